import { describe, expect, it } from 'vitest';
import { findQuotes } from '@/lib/quotes';
import { findQuotedSpans } from '@/lib/quotes/marks';
import type { Official } from '@/lib/types';

/** A hand-made official with a mention at every occurrence of each of its forms. */
function official(id: string, text: string, name_ar: string, name_en: string, forms: string[] = [name_ar]): Official {
  const mentions: [number, number][] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      if (!mentions.some(([s, e]) => i < e && s < i + form.length)) mentions.push([i, i + form.length]);
    }
  }
  mentions.sort((a, b) => a[0] - b[0]);
  return { id, name_ar, name_en, role_ar: null, role_en: null, country: null, mentions, evidence: name_ar, known: true };
}

describe('quotation marks', () => {
  it('pairs every kind of mark', () => {
    const text = 'قال «أولا» ثم “ثانيا” ثم „ثالثا“ ثم ‹رابعا› ثم "خامسا".';
    const inner = findQuotedSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd));
    expect(inner).toEqual(['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا']);
  });

  it('nests an ASCII quotation that opens before a word inside another', () => {
    // Al-Riyadh, 2015 (dev corpus 031-al-riyadh)
    const text = 'قال وزير الخارجية الأميركي: "إنه تم الاتفاق على الاستمرار في مساعدة الحكومة العراقية على دحر "داعش"، وتنفيذ إصلاحات واسعة لتعزيز ذلك"، مؤكدًا في الوقت ذاته الحاجة إلى معالجة الوضع الإنساني في العراق.';
    const spans = findQuotedSpans(text);
    const outer = spans.find((s) => s.depth === 0)!;
    expect(text.slice(outer.innerStart, outer.innerEnd)).toMatch(/^إنه تم الاتفاق.*لتعزيز ذلك$/);
    expect(spans.some((s) => s.depth === 1 && text.slice(s.innerStart, s.innerEnd) === 'داعش')).toBe(true);
  });

  it('closes a mark left open at the end of a paragraph, and runs on when the next paragraph reopens it', () => {
    const text = 'وقال الوزير: «نحن ندعم الحل السياسي\n\n«ونرفض أي تدخل خارجي في شؤون المنطقة»\n\nوقال آخر: "هذا كلام لم يكتمل\n\nفقرة أخرى.';
    const spans = findQuotedSpans(text).filter((s) => s.depth === 0);
    expect(text.slice(spans[0]!.innerStart, spans[0]!.innerEnd)).toContain('ونرفض أي تدخل');
    expect(spans[1]!.closed).toBe(false);
    expect(text.slice(spans[1]!.innerStart, spans[1]!.innerEnd)).toBe('هذا كلام لم يكتمل');
  });
});

describe('direct and indirect statements', () => {
  it('takes the words after the verb, its subject and أن, to the end of the sentence', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim)
    const text = 'وأشار بوتين إلى أن روسيا تكافح سياسة الهيمنة الإمبريالية التي تحاول الولايات المتحدة وتوابعها فرضها عليها منذ عقود.';
    const [q] = findQuotes(text, [official('o1', text, 'فلاديمير بوتين', 'Vladimir Putin', ['بوتين'])]);
    expect(q!.text).toBe('روسيا تكافح سياسة الهيمنة الإمبريالية التي تحاول الولايات المتحدة وتوابعها فرضها عليها منذ عقود');
    expect(q!.kind).toBe('indirect');
    expect(q!.speaker_en).toBe('Vladimir Putin');
    expect(q!.speaker_id).toBe('o1');
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('makes one direct quote of a statement that mixes indirect speech and quoted words', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim)
    const text = 'بدأت صباح اليوم الأربعاء، في قصر "كومسوسان" في العاصمة الكورية الشمالية، مباحثات بوتين وجونغ أون بمشاركة وفدي الدولتين، حيث أكد الزائر الروسي في مستهل المحادثات أن موسكو تقدر عاليا "الدعم المستمر والثابت" الذي تقدمه كوريا الشمالية للسياسة الروسية، "بما في ذلك على المسار الأوكراني".';
    const putin = official('o1', text, 'فلاديمير بوتين', 'Vladimir Putin', ['بوتين', 'الزائر الروسي']);
    const quotes = findQuotes(text, [putin]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.kind).toBe('direct');
    expect(quotes[0]!.text).toMatch(/^موسكو تقدر عاليا .*المسار الأوكراني"$/);
    expect(quotes[0]!.speaker_en).toBe('Vladimir Putin');
    // the name of the palace in marks is not a statement
    expect(quotes.some((q) => q.text.includes('كومسوسان'))).toBe(false);
  });

  it('does not take a quoted name after a label noun for a statement', () => {
    // France 24, March 2018 (dev corpus 024-france-24-arabic)
    const text = 'وكرست صحيفة "رودونغ سينمون" الناطقة باسم الحزب الحاكم صفحتها الأولى بالكامل للزيارة.';
    expect(findQuotes(text, [])).toEqual([]);
  });

  it('splits a sentence at a participle that starts a new statement of the same speaker', () => {
    // Al-Diyar, June 2024 (dev corpus diyar-putin-kim)
    const text = 'وشدد بوتين على أن التعاون بين روسيا وكوريا الشمالية يقوم على مبادئ "المساواة والاحترام المتبادل لمصالح البلدين"، مضيفا أن "روسيا وكوريا الديمقراطية تجمعهما علاقات صداقة قوية وحسن جوار وثيق منذ عقود عديدة".';
    const quotes = findQuotes(text, [official('o1', text, 'فلاديمير بوتين', 'Vladimir Putin', ['بوتين'])]);
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(quotes[0]!.text).toMatch(/^التعاون بين روسيا .*البلدين"$/);
    expect(quotes[1]!.text).toMatch(/^"روسيا وكوريا الديمقراطية .*عديدة"$/);
    expect(quotes.map((q) => q.speaker_en)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('ends a quotation the statement opened with at its closing mark', () => {
    // France 24, August 2018 (dev corpus 040-france-24-arabic)
    const text = 'وأكدت فريلاند أن "حقوق النساء هي حقوق إنسانية" بعدما انتقدت الأسبوع الفائت توقيف الناشطة سمر بدوي وزميلتها نسيمة السادة في السعودية.';
    const [q] = findQuotes(text, [official('o1', text, 'كريستيا فريلاند', 'Chrystia Freeland', ['فريلاند'])]);
    expect(q!.text).toBe('"حقوق النساء هي حقوق إنسانية"');
  });

  it('attributes the clause before "حسبما أعلن" to the speaker after it', () => {
    // France 24, March 2018 (dev corpus 024-france-24-arabic)
    const text = 'استقبل الزعيم الكوري الشمالي كيم جونغ أون وفدا من كوريا الجنوبية رفيع المستوى قام بزيارة تاريخية إلى الشمال، وبحث معه إمكانية عقد قمة كورية مشتركة، حسبما أعلن البلدان الثلاثاء، في مؤشر جديد على التهدئة.';
    const quotes = findQuotes(text, []);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toMatch(/^استقبل الزعيم الكوري الشمالي .*قمة كورية مشتركة$/);
    expect(quotes[0]!.speaker_ar).toContain('البلدان');
  });

  it('reads nothing into a negated or subjunctive verb', () => {
    // BBC Arabic, 2018 (dev corpus 036-bbc-arabic)
    const text = 'وقد قبل ترامب الدعوة، دون أن يعلن الطرفان عن موعدها، وسط تكهنات بإلغائها.';
    expect(findQuotes(text, [])).toEqual([]);
  });

  it('does not take "عبر" (via) for "عبّر" (expressed)', () => {
    // France 24, May 2018 (dev corpus 029-france-24-arabic)
    const text = 'أدان الرئيس الفرنسي إيمانويل ماكرون أعمال العنف التي ترتكبها القوات الإسرائيلية بحق المتظاهرين الفلسطينيين في غزة، وذلك خلال محادثتين عبر الهاتف أجراهما مساء الاثنين مع الرئيس الفلسطيني محمود عباس.';
    expect(findQuotes(text, []).some((q) => q.text.startsWith('الهاتف'))).toBe(false);
  });
});

describe('speakers', () => {
  it('finds the official named after the verb, through the title', () => {
    // BBC Arabic, June 2018 (dev corpus 059-bbc-arabic)
    const text = 'وقال وزير الخارجية التركي مولود جاويش أوغلو "إن قوات بلاده ستدير مع القوات الأمريكية منطقة منبج حتى تشكيل إدارة جديدة بموجب تفاهم مع واشنطن".';
    const [q] = findQuotes(text, [official('o3', text, 'مولود جاويش أوغلو', 'Mevlüt Çavuşoğlu')]);
    expect(q!.speaker_id).toBe('o3');
    expect(q!.text.startsWith('"إن قوات بلاده')).toBe(true);
  });

  it('finds the subject before the verb ("أما … فقال")', () => {
    // Al-Arabiya, May 2018 (dev corpus 053-al-arabiya)
    const text = 'أما وزير الخارجية الأردني أيمن الصفدي فقال إن "لا سلام ولا أمن في المنطقة دون حقوق الشعب الفلسطيني".';
    const [q] = findQuotes(text, [official('o5', text, 'أيمن الصفدي', 'Ayman Safadi')]);
    expect(q!.speaker_en).toBe('Ayman Safadi');
    expect(q!.text).toBe('"لا سلام ولا أمن في المنطقة دون حقوق الشعب الفلسطيني"');
  });

  it('carries the speaker on to "وأضاف" and "وتابع"', () => {
    // Al-Arabiya, May 2018 (dev corpus 053-al-arabiya)
    const text = 'وشدد أبو الغيط على أن "قرار نقل السفارة الأميركية إلى القدس مرفوض بكافة المراحل".\n\nوأضاف أبو الغيط: "نحن أمام حالة من العدوان السافر على القانون والشرعية الدولية".\n\nوتابع: "إننا نعاود التأكيد على أن القرار الأميركي باطل ومنعدم ولا أثر قانونيا له".';
    const quotes = findQuotes(text, [official('o2', text, 'أحمد أبو الغيط', 'Ahmed Aboul Gheit', ['أبو الغيط'])]);
    expect(quotes).toHaveLength(3);
    expect(quotes.every((q) => q.speaker_id === 'o2')).toBe(true);
  });

  it('reads a headline "الجبير: …" as a statement of the name before the colon', () => {
    // Al-Arabiya, May 2018 (dev corpus 053-al-arabiya)
    const text = 'الجبير: نقل سفارة أميركا للقدس مخالف للقوانين الدولية\n\nأكد وزير الخارجية السعودي، عادل الجبير، أن "نقل السفارة الأميركية إلى القدس مخالف للقوانين الدولية".';
    const quotes = findQuotes(text, [official('o1', text, 'عادل الجبير', 'Adel al-Jubeir', ['الجبير'])]);
    expect(quotes[0]!.text).toBe('نقل سفارة أميركا للقدس مخالف للقوانين الدولية');
    expect(quotes.map((q) => q.speaker_en)).toEqual(['Adel al-Jubeir', 'Adel al-Jubeir']);
  });

  it('names an institution with its nationality, and an anonymous source, as speakers', () => {
    // France 24, August 2018 (dev corpus 040-france-24-arabic); France 24, March 2018 (024-france-24-arabic)
    const text = 'اعتبرت وزارة الخارجية السعودية في بيان نشرته الاثنين على حسابها عبر تويتر السفير الكندي لدى الرياض "شخصا غير مرغوب فيه ولديه 24 ساعة لمغادرة البلاد".\n\nوقال مسؤول من القصر الرئاسي "ليس اتفاقا، انها محادثات".';
    const [a, b] = findQuotes(text, []);
    expect(a!.speaker_ar).toBe('وزارة الخارجية السعودية');
    expect(a!.speaker_en).toMatch(/Foreign/);
    expect(a!.speaker_en).toMatch(/Saudi/);
    expect(b!.speaker_ar).toBe('مسؤول من القصر الرئاسي');
    expect(b!.text).toBe('"ليس اتفاقا، انها محادثات"');
  });

  it('takes the name in apposition for a person the officials layer does not know', () => {
    // BBC Arabic, 2018 (dev corpus 036-bbc-arabic)
    const text = 'ويقول محرر شؤون أمريكا الشمالية، جون سوبل، إنهما سيلتقيان إما في قصر باكنغهام في لندن أو في قصر وندسور.';
    const [q] = findQuotes(text, []);
    expect(q!.speaker_ar).toBe('جون سوبل');
    expect(q!.text).toBe('سيلتقيان إما في قصر باكنغهام في لندن أو في قصر وندسور');
  });

  it('gives a relative clause the antecedent as speaker ("نتانياهو، الذي اعتبر …")', () => {
    // France 24, May 2018 (dev corpus 029-france-24-arabic)
    const text = 'وهو نفس الموقف الذي أعرب عنه رئيس الوزراء الإسرائيلي بنيامين نتانياهو، الذي اعتبر الحركة "منظمة إرهابية" مضيفا أن "من واجب كل بلد الدفاع عن أراضيه".';
    const quotes = findQuotes(text, [official('o4', text, 'بنيامين نتانياهو', 'Benjamin Netanyahu')]);
    expect(quotes.map((q) => q.text)).toEqual(['الحركة "منظمة إرهابية"', '"من واجب كل بلد الدفاع عن أراضيه"']);
    expect(quotes.every((q) => q.speaker_id === 'o4')).toBe(true);
  });

  it('gives a quotation followed by "، قال …" to the speaker named after it', () => {
    const text = '"نحن ملتزمون بالسلام الدائم في المنطقة"، قال الرئيس الأمريكي دونالد ترامب في مؤتمر صحفي عقده اليوم.';
    const quotes = findQuotes(text, [official('o1', text, 'دونالد ترامب', 'Donald Trump')]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('"نحن ملتزمون بالسلام الدائم في المنطقة"');
    expect(quotes[0]!.speaker_id).toBe('o1');
  });

  it('takes the source an agency quotes as the speaker ("نقلت وكالة … عن مسؤول")', () => {
    // France 24, May 2018 (dev corpus 029-france-24-arabic)
    const text = 'وأوردت وكالة "سانا" الرسمية عن مصدر في وزارة الخارجية السورية أن "الجمهورية العربية السورية تدين بأشد العبارات المجزرة الوحشية".';
    const [q] = findQuotes(text, []);
    expect(q!.speaker_ar).toBe('مصدر في وزارة الخارجية السورية');
    expect(q!.text).toBe('"الجمهورية العربية السورية تدين بأشد العبارات المجزرة الوحشية"');
  });

  it('skips the whole name of a spokesman\'s institution before the words', () => {
    const text = 'ونفى المتحدث باسم الحكومة صحة التقارير عن استقالة الوزير.';
    const [q] = findQuotes(text, []);
    expect(q!.text).toBe('صحة التقارير عن استقالة الوزير');
    expect(q!.speaker_ar).toBe('المتحدث باسم الحكومة');
    expect(q!.speaker_en).toMatch(/ spokesperson$/);
  });
});

describe('quotation marks around names on the way to the words', () => {
  it('skips «الشرق الأوسط» and «تويتر» before أن or a colon, and runs a quotation on over paragraphs', () => {
    const text = 'وأوضح المصدر لـ«الشرق الأوسط» أن الاتصالات مستمرة بين الطرفين. وقال الوزير في تغريدة على «تويتر»: «لن نتفاوض تحت الضغط».\n\nوتابع: «على واشنطن أن تعود إلى الاتفاق النووي\n\n«قبل أي حديث عن مفاوضات جديدة».';
    const quotes = findQuotes(text, []);
    expect(quotes.map((q) => q.text)).toEqual([
      'الاتصالات مستمرة بين الطرفين',
      '«لن نتفاوض تحت الضغط»',
      '«على واشنطن أن تعود إلى الاتفاق النووي\n\n«قبل أي حديث عن مفاوضات جديدة»',
    ]);
  });

  it('takes the name before the title in apposition ("بن هاريس كويني، مدير مركز …")', () => {
    // BBC Arabic, 2018 (dev corpus 036-bbc-arabic)
    const text = 'ويقول بن هاريس كويني، مدير مركز البحث باو إن زيارة الرئيس ترامب لمدينة لندن من المحتمل أن تثير احتجاجات.';
    expect(findQuotes(text, [])[0]!.speaker_ar).toBe('بن هاريس كويني');
  });
});

describe('verbs with an object pronoun', () => {
  it('reads "ووصفها بـ«…»" as a statement of the speaker before', () => {
    // France 24, May 2018 (dev corpus 029-france-24-arabic)
    const text = 'وقال العاهل المغربي في رسالة إلى عباس إن هذه "الخطوة تتعارض مع القانون الدولي". ووصفها بـ"العمل الأحادي الجانب الذي يتنافى مع ما دأبت الأسرة الدولية في التأكيد عليه".';
    const quotes = findQuotes(text, []);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.text).toBe('"العمل الأحادي الجانب الذي يتنافى مع ما دأبت الأسرة الدولية في التأكيد عليه"');
    expect(quotes[1]!.speaker_ar).toBe(quotes[0]!.speaker_ar);
  });
});

describe('title-only references', () => {
  it('resolves "وقال السفير" to the ambassador named before', () => {
    // Jawhara FM, 2016 (dev corpus 061-jawhara-fm)
    const text = 'وأكد سفير الولايات المتحدة الامريكية بتونس، دانيال روبينستين، أن بلاده ملتزمة بدعم تونس. وقال السفير في رده على سؤال، "نحن لن ندخل في تفاصيل كل برامج التعاون الأمني والعسكري".';
    const o = { ...official('o2', text, 'دانيال روبينستين', 'Daniel Rubinstein'), role_ar: 'سفير الولايات المتحدة الامريكية بتونس', country: 'US' };
    const quotes = findQuotes(text, [o]);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.speaker_id).toBe('o2');
  });
});

describe('background from the writer', () => {
  it('does not take "يُذكر أن" for a statement', () => {
    expect(findQuotes('يذكر أن الرئيس زار المنطقة الشهر الماضي في أول زيارة له.', [])).toEqual([]);
  });
});
