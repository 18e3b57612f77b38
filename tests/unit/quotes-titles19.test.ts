// A title with no name as the subject, round 19: titles that open with و as a letter of their own («وزير», «وكيل»),
// a nationality after the title's complement, and an honorific before the title. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const speakerOf = (text: string, words: string) => {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}»`);
  return q.speaker_en ?? q.speaker_ar;
};

describe('a title named alone refers back to the official who holds it', () => {
  it('«وكيل الوزارة» (و is part of the head): the undersecretary named before, not the bare title', () => {
    const t = 'استقبل وكيل وزارة الخارجية العماني خليفة بن علي الحارثي سفير اليابان كويتشي ماتسوموتو. وأعرب السفير الياباني عن شكره. وأكد وكيل الوزارة أن السلطنة "تقدر جهود السفير".';
    expect(speakerOf(t, 'تقدر جهود')).toBe('Khalifa bin Ali Al-Harthi');
  });
  it('«سعادة وزير العمل الفلبيني»: the honorific goes, the nationality after the complement picks the guest', () => {
    const t = 'اجتمع سعادة الدكتور علي بن صميخ المري وزير العمل اليوم مع سعادة السيد سيلفستر بيلو وزير العمل والتوظيف في جمهورية الفلبين. وأكد سعادة وزير العمل أن الدولة "ماضية في تطوير سوق العمل". من جانبه، قال سعادة وزير العمل الفلبيني إن الإصلاحات "تطمئن أسر العمال".';
    expect(speakerOf(t, 'ماضية في تطوير')).toBe('Ali bin Samikh Al-Mari');
    expect(speakerOf(t, 'تطمئن أسر')).toBe('Sylvester Bello');
  });
  it('«معالي وزيرة الخارجية الإكوادورية» (feminine): the minister whose role names her country', () => {
    const t = 'تلقى معالي الشيخ عبدالله بن زايد آل نهيان وزير الخارجية اتصالا هاتفيا من معالي ماريا فرناندا إسبينوزا وزيرة الخارجية بجمهورية الإكوادور. وأعربت معالي وزيرة الخارجية الإكوادورية عن تقدير بلادها لمواقف الدولة.';
    expect(speakerOf(t, 'تقدير بلادها')).toBe('Maria Fernanda Espinosa');
  });
});

const quoteTexts = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a body named in quotation marks inside the subject is no statement', () => {
  it('«قائد "البعثة" الجنرال X، في بيان، إن»: the words after إن, said by the general', () => {
    const t = 'وقال قائد «مينوسما» الجنرال دينيس جيليان، في بيان، إن قوات البعثة «ستواصل حماية المدنيين في الشمال».';
    expect(quoteTexts(t).some((q) => q.startsWith('«مينوسما»'))).toBe(false);
    expect(speakerOf(t, 'حماية المدنيين')).toBe('Denis Gillian');
  });
  it('a party of several words with its acronym in parentheses, then the leader between commas', () => {
    const t = 'وقال رئيس حزب "الحركة الشعبية لتحرير السودان - الشمال" (الحركة الشعبية)، ياسر عرمان، إن الاتفاق "خطوة ناقصة".';
    expect(quoteTexts(t).some((q) => q.includes('خطوة ناقصة'))).toBe(true);
    expect(quoteTexts(t).some((q) => q.startsWith('"الحركة الشعبية'))).toBe(false);
    expect(speakerOf(t, 'خطوة ناقصة')).toBe('Yasser Arman');
  });
  it('not a quotation after a label noun in the clause after إن («إن الاتفاق "…"، مضيفا أن»)', () => {
    const t = 'وقال رئيس الوزراء البريطاني بوريس جونسون إن الاتفاق "جيد ويحقق جميع الشروط"، مضيفا أن البرلمان "سيصادق عليه قريبا".';
    expect(speakerOf(t, 'جيد ويحقق')).toBe('Boris Johnson');
    expect(speakerOf(t, 'سيصادق')).toBe('Boris Johnson');
  });
});

describe('a title the officials layer linked to someone else yields to the name after its body\'s quoted name', () => {
  it('«زعيم حزب "…" المعارض، Y، أن» after X was named «زعيم حزب "…"»: Y speaks', () => {
    const t = 'وقال وزير الدفاع اليوناني بانوس كامينوس، زعيم حزب "اليونانيين المستقلين"، إن الاسم "يوناني". واعتبر زعيم حزب "في إم آر أو - دي بي إم إن إي" المعارض، هريستيان ميتسكوسكي، أن الحكومة "استسلمت".';
    expect(speakerOf(t, 'استسلمت')).not.toBe('Panos Kaminos');
    expect(analyze(t).quotes.find((q) => q.text.includes('استسلمت'))!.speaker_ar).toBe('هريستيان ميتسكوسكي');
  });
});

describe('a relative pronoun after an official and the title in apposition to them', () => {
  it('«X، ولي عهد دبي رئيس المجلس التنفيذي، الذي أكد أن»: X speaks, not the council their title names', () => {
    const t = 'وحضر الحفل سمو الشيخ حمدان بن محمد بن راشد آل مكتوم، ولي عهد دبي رئيس المجلس التنفيذي للإمارة، الذي أكد أن المشروع "إنجاز وطني كبير".';
    expect(speakerOf(t, 'إنجاز وطني')).toBe('Hamdan bin Mohammed Al Maktoum');
  });
  it('a woman and «التي» after her party title', () => {
    const t = 'والتقى الوفد رئيسة الوزراء النيوزيلندية جاسيندا أرديرن، زعيمة حزب العمال، التي أكدت أن بلادها "ستبقى منفتحة على الحوار".';
    expect(speakerOf(t, 'ستبقى منفتحة')).toBe('Jacinda Ardern');
  });
});

describe('«أما X، …، فقال»: a topic that names someone the officials layer did not read', () => {
  const speakerAr = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;
  it('a party leader named after the party in quotation marks, another leader named before', () => {
    const t = 'ومن المتوقع أن ينتخب البرلمان زعيم الحزب ونائب الرئيس، سيريل رامابوزا، رئيسا للبلاد. أما زعيم حزب "التحالف من أجل التغيير الديمقراطي"، نيلسون تشاميسا، فقال إن حزبه سيطعن في النتائج.';
    expect(speakerAr(t, 'سيطعن')).toBe('نيلسون تشاميسا');
  });
  it('a foreign name first, then what she is between commas', () => {
    const t = 'وقال وزير الصحة إن المستشفيات "ممتلئة". أما روفارو تشيكوري، الممرضة في مستشفى هراري، فقالت إنها تخشى أن "تنهار الخدمات".';
    expect(speakerAr(t, 'تنهار الخدمات')).toBe('روفارو تشيكوري');
  });
});
