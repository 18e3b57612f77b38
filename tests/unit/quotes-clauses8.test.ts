// Quotes and speakers on unseen text (issue 11, round 8), by class of sentence. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { quoteWith } from './helpers/quotes';

describe('a clause of time tells what was said: "بعد أن قال", "قبل أن يقول"', () => {
  const t = 'وكان وزير الداخلية الإيطالي ماتيو سالفيني قد أثار جدلا واسعا بعد أن وصف المهاجرين، خلال جلسة في مجلس الشيوخ، بأنهم «عبء على الدولة والمدن»، قبل أن يقول في مقابلة لاحقة إنه كان يقصد «المهربين الذين يستغلون اليائسين».';
  it('"بعد أن وصف X بأنهم «…»": the words, and the subject of the sentence says them', () => {
    const q = quoteWith(t, 'عبء على الدولة');
    expect(q.speaker_en).toBe('Matteo Salvini');
  });
  it('"قبل أن يقول … إنه …": the words, the same speaker', () => {
    const q = quoteWith(t, 'المهربين الذين');
    expect(q.speaker_en).toBe('Matteo Salvini');
    expect(q.text).not.toMatch(/عبء/);
  });
  it('"ويأتي القرار بعد أن أكد X أن …": the one named after the verb', () => {
    const q = quoteWith('ويأتي القرار بعد أن أكد الرئيس الفرنسي إيمانويل ماكرون في خطاب سابق أن "فرنسا لن تتراجع عن الإصلاح".', 'لن تتراجع');
    expect(q.speaker_en).toBe('Emmanuel Macron');
  });
  it('"دون أن يعلن" still reports nothing', () => {
    expect(analyze('وغادر الوزير القاعة دون أن يعلن أن الاتفاق "انتهى".').quotes.every((q) => !q.text.includes('الاتفاق'))).toBe(true);
  });
});

describe('"…، في حين ردت X بأن …": the reply of the other side is a statement of its own', () => {
  it('the reply is a quote, its speaker the body that replied', () => {
    const t = 'وقال وزير الخارجية الألماني هايكو ماس إن برلين "تدعم الحوار"، في حين ردت الخارجية التركية بأن التصريحات الألمانية "تدخل في الشؤون الداخلية".';
    const q = quoteWith(t, 'تدخل في الشؤون');
    expect(q.speaker_en).toMatch(/Turkish Foreign Ministry|Ministry of Foreign Affairs of Turkey/);
    expect(quoteWith(t, 'تدعم الحوار').speaker_en).toBe('Heiko Maas');
  });
});

describe('"وجاء في البيان … أن": the document named after "جاء في" says the words', () => {
  it('a joint declaration speaks as itself, also past the words that say who issued it', () => {
    const q = quoteWith('وجاء في الإعلان المشترك الصادر عن القمة أن البلدين "يرفضان أي تدخل أجنبي في شؤون المنطقة".', 'يرفضان أي تدخل');
    expect(q.speaker_en).toBe('Joint declaration');
    expect(q.speaker_ar).toBe('الإعلان المشترك');
    expect(q.text).not.toMatch(/الصادر/);
  });
  it('a joint statement issued by two named leaders is still the joint statement; "وأضاف البيان" goes on with it', () => {
    const t = 'وجاء في بيان مشترك أصدره رئيس الوزراء الإيطالي جوزيبي كونتي والمستشارة الألمانية أنغيلا ميركل، أن الأزمة ألحقت أضرارا كبيرة بالاقتصاد، وأن "على أوروبا أن تتحرك بسرعة".\n\nوأضاف البيان أن "الحل لن يكون إلا أوروبيا".';
    const q = quoteWith(t, 'ألحقت أضرارا');
    expect(q.speaker_en).toBe('Joint statement');
    expect(q.speaker_ar).toBe('بيان مشترك');
    const next = quoteWith(t, 'إلا أوروبيا');
    expect(next.speaker_en).toBe('Joint statement');
    expect(next.speaker_ar).toBe('البيان');
  });
  it('"جاء في بيان لوزارة …": the ministry that issued it', () => {
    const q = quoteWith('وجاء في بيان لوزارة الخارجية الفرنسية أن باريس "تدين بشدة الهجوم على السفارة".', 'تدين بشدة');
    expect(q.speaker_en).toMatch(/French (Foreign Ministry|Ministry of Foreign Affairs)|Ministry of Foreign Affairs of France/);
  });
  it('"جاء في المرتبة الثانية" is no document', () => {
    expect(analyze('وجاء في المرتبة الثانية المرشح المستقل بنسبة 20 في المئة، وأن النتائج "ستعلن غدا".').quotes.every((q) => q.speaker_en !== 'Joint statement')).toBe(true);
  });
});

describe('where the words end', () => {
  it('"…"، لأن …": the speaker\'s reason after the closing mark is more of the words', () => {
    const t = 'ويرى الباحث في الشؤون الأفريقية أحمد سليمان أن المبادرة الكينية "تملك حظوظا كبيرة"، لأن نيروبي "تحتفظ بعلاقات جيدة مع جميع الأطراف في المنطقة".';
    const q = quoteWith(t, 'تملك حظوظا');
    expect(q.text).toMatch(/تحتفظ بعلاقات جيدة/);
    expect(analyze(t).quotes).toHaveLength(1);
  });
  it('"…، مقابل 30.5 في المئة لـ…": figures compared inside the words; "…، مقابل تأكيد الوفد …" still ends them', () => {
    const t = 'وقال رئيس اللجنة الانتخابية نبيل بفون إن الحزب الحاكم حصل على 41.2 في المئة من الأصوات، مقابل 30.5 في المئة لتحالف المعارضة، فيما حلت الأحزاب الصغيرة في المرتبة الثالثة.';
    expect(quoteWith(t, 'الحزب الحاكم').text).toMatch(/30\.5 في المئة لتحالف المعارضة/);
    const u = 'وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو "مستعدة للحوار"، مقابل تأكيد الوفد الأوكراني رفضه أي تنازل.';
    expect(quoteWith(u, 'مستعدة للحوار').text).not.toMatch(/تأكيد الوفد/);
  });
  it('"م. ك. سينغ": a single letter with its full stop is an initial, the sentence and its speaker go on', () => {
    const t = 'وقال قائد الشرطة الهندية م. ك. سينغ للصحفيين في الموقع: "لقد سيطرنا على الوضع بالكامل، ولا داعي للقلق".';
    const qs = analyze(t).quotes;
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toMatch(/سيطرنا على الوضع/);
    expect(qs[0]!.speaker_ar).toMatch(/سينغ/);
  });
});

describe('a document or agency that reports what someone said: that someone speaks', () => {
  it('"أفاد بيان صادر عن … بأن الرئيس X أكد للسفير أن «…»": X', () => {
    const t = 'واستقبل الرئيس اللبناني ميشال عون السفير الأميركي في قصر بعبدا. وأفاد بيان صادر عن مكتب الإعلام في رئاسة الجمهورية بأن الرئيس عون أكد للسفير أن «لبنان متمسك بالقرار 1701 ولن يقبل أي خرق له».';
    const q = quoteWith(t, 'متمسك بالقرار');
    expect(q.speaker_en).toBe('Michel Aoun');
    expect(q.text).not.toMatch(/أكد للسفير/);
  });
  it('"وذكرت وكالة الأنباء … أن الملك شدد على أن …": the king', () => {
    const q = quoteWith('وذكرت وكالة الأنباء الأردنية "بترا" أن الملك عبد الله الثاني شدد خلال اللقاء على أن "الحل السياسي هو السبيل الوحيد لإنهاء الأزمة".', 'الحل السياسي');
    expect(q.speaker_en).toMatch(/Abdullah II/);
  });
  it('"وأضافت "بترا" أن النيابة العامة تؤكد أن …": a body named in two words, then its verb in the present', () => {
    const q = quoteWith('وأضافت "بترا" أن النيابة العامة تؤكد أن تحقيقاتها في القضية مستمرة مع جميع الموقوفين.', 'تحقيقاتها');
    expect(q.speaker_en).toMatch(/Public Prosecution/);
  });
  it('a person who recounts what was said to them keeps the words ("لافتا إلى أن الوزير X أكد له أن …")', () => {
    const t = 'من جهته، أكد وزير الداخلية الإيطالي ماتيو بيانتيدوزي أن روما "تتابع الملف"، لافتا إلى أن وزير الداخلية التونسي خالد النوري أكد له أن "كل تجاوز سيحاسب عليه".';
    expect(quoteWith(t, 'كل تجاوز').speaker_ar).toBe('ماتيو بيانتيدوزي');
  });
  it('"أن واشنطن ترى …": a capital is the government a speaker speaks for, the speaker keeps the words', () => {
    const t = 'وأضاف وزير الخارجية الأمريكي أنتوني بلينكن أن واشنطن ترى "فرصة حقيقية" للتقدم في المفاوضات.';
    expect(quoteWith(t, 'فرصة حقيقية').speaker_en).toBe('Antony Blinken');
  });
});

describe('an office that issues a statement speaks through it', () => {
  it('"وذكر بيان صادر عن مكتب رئيس الوزراء الياباني أن …": the office, in English', () => {
    const q = quoteWith('وذكر بيان صادر عن مكتب رئيس الوزراء الياباني أن الزعيمين اتفقا على "عقد قمة ثانية قبل نهاية العام".', 'قمة ثانية');
    expect(q.speaker_en).toBe('Office of the Japanese Prime Minister');
  });
  it('"بيان لمكتب X": the office of the one named, not X himself', () => {
    const t = 'واستقبل رئيس الوزراء الإسرائيلي بنيامين نتنياهو المبعوث الأميركي في القدس. وذكر بيان لمكتب نتنياهو أن الجانبين ناقشا "الملف الإيراني والوضع في غزة".';
    const q = quoteWith(t, 'الملف الإيراني');
    expect(q.speaker_en).toBe('Office of Benjamin Netanyahu');
    expect(q.speaker_ar).toBe('مكتب نتنياهو');
  });
});

describe('a group of countries or sides that speaks together has an English name', () => {
  const t = 'وفي بيان مشترك، أكدت الدول الأربع أن الاتفاقية "تعزز الاستقرار في المنطقة".\n\nوقالت الأطراف الثلاثة إن المفاوضات "ستستأنف الأسبوع المقبل".\n\nوأكدت الدولتان أن التعاون "سيتوسع".';
  it('"الدول الأربع" is the four countries, "الأطراف الثلاثة" the three parties, "الدولتان" the two countries', () => {
    expect(quoteWith(t, 'تعزز الاستقرار').speaker_en).toBe('The four countries');
    expect(quoteWith(t, 'ستستأنف').speaker_en).toBe('The three parties');
    expect(quoteWith(t, 'سيتوسع').speaker_en).toBe('The two countries');
  });
});

describe('participles of saying that opened no statement', () => {
  it('"…، مبرزا أن X "…"" and "…، مرجحا أن …": more words of the same speaker', () => {
    const t = 'وقال وزير الخارجية المغربي ناصر بوريطة إن "العلاقات مع إسبانيا ممتازة"، مبرزا أن رئيس الحكومة الإسباني "أكد الالتزام نفسه"، مرجحا أن تعقد القمة المقبلة "في الربيع".';
    expect(quoteWith(t, 'أكد الالتزام').speaker_en).toBe('Nasser Bourita');
    expect(quoteWith(t, 'في الربيع').speaker_en).toBe('Nasser Bourita');
  });
  it('"ومذكرة تفاهم وقعها …" is a memorandum, no participle', () => {
    expect(analyze('وشملت الاتفاقيات مذكرة تفاهم في مجال الطاقة وقعها الوزيران، ومذكرة في مجال النقل.').quotes).toHaveLength(0);
  });
});

describe('a country, or two joined by و, right after the verb is its subject', () => {
  const lead = 'وقالت وزارة الخارجية التركية إن الهجوم "جريمة". ';
  it('"ونفت روسيا استخدام …": Russia, and the country is no part of the words', () => {
    const q = quoteWith(lead + 'ونفت روسيا استخدام أسلحة كيميائية في المدينة.', 'أسلحة كيميائية');
    expect(q.speaker_en).toBe('Russia');
    expect(q.text).not.toMatch(/روسيا/);
  });
  it('"ونفت روسيا وسوريا …": both, in English', () => {
    expect(quoteWith(lead + 'ونفت روسيا وسوريا استخدام أسلحة كيميائية في المدينة.', 'أسلحة كيميائية').speaker_en).toBe('Russia and Syria');
  });
  it('"أشادت مصر بالجهود …" is news of a position, no quote', () => {
    expect(analyze('وأشادت مصر بالجهود المبذولة لإنهاء الأزمة في السودان واستعادة الاستقرار.').quotes).toHaveLength(0);
  });
});
