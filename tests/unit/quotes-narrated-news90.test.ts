import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);

describe('a counted noun after a number is no participle ending the words', () => {
  it('reads «40 مركزا» as forty centres inside the words', () => {
    const text = 'الوزارة تطلق حملة للتلقيح\n\nأعلن وزير الصحة سالم الحربي اليوم حملة للتلقيح.\n\nوأوضح الوزير أن الوزارة جهزت 40 مركزا لاستقبال المواطنين في كل المحافظات.\n';
    expect(quotesOf(text)).toContain('الوزارة جهزت 40 مركزا لاستقبال المواطنين في كل المحافظات');
  });

  it('still ends the words at a participle set off by a comma', () => {
    const text = 'الوزارة تطلق حملة للتلقيح\n\nوأوضح وزير الصحة سالم الحربي أن الوزارة جهزت المراكز في كل المحافظات، مركزا على ضرورة الالتزام بالمواعيد.\n';
    expect(quotesOf(text)).toContain('الوزارة جهزت المراكز في كل المحافظات');
  });
});

describe('the lede tells the event in the agency\'s words', () => {
  const lede = 'الرئيس يستقبل وزير الخارجية الماليزي\n\nالرباط - استقبل الرئيس كمال الودغيري اليوم الاثنين بالقصر وزير الخارجية الماليزي، حسب ما أورده بيان للرئاسة.\n\n';
  it('reads no statement in the lede attributed after it', () => {
    expect(quotesOf(lede + 'وقال الوزير الماليزي إن بلاده تريد تعزيز التعاون مع المملكة.\n')).toEqual(['بلاده تريد تعزيز التعاون مع المملكة']);
  });

  it('keeps the source for the statement that names it again', () => {
    const quotes = analyze(lede + 'وأورد البيان ذاته أن الجانبين بحثا سبل تطوير العلاقات الثنائية.\n').quotes;
    expect(quotes.map((q) => q.text)).toEqual(['الجانبين بحثا سبل تطوير العلاقات الثنائية']);
    expect(quotes[0]!.speaker_en).toMatch(/presidency/i);
  });

  it('still reads such a statement later in the story', () => {
    const text = lede + 'وأورد البيان أن الجانبين بحثا سبل تطوير العلاقات.\n\nويزور الوزير الماليزي مدينة فاس غدا، حسب ما أورده بيان للرئاسة.\n';
    expect(quotesOf(text)).toContain('ويزور الوزير الماليزي مدينة فاس غدا');
  });
});

describe('what an unnamed body of opinion holds is no one\'s words', () => {
  const LEAD = 'البرلمان يقر الدستور\n\nقال رئيس البرلمان حسن الكبير إن الدستور الجديد يعزز الفصل بين السلطات.\n\n';
  it('reads no words in «ويرى مراقبون أن …»', () => {
    expect(quotesOf(LEAD + 'ويرى مراقبون أن الدستور الجديد يمنح الرئيس صلاحيات واسعة.\n')).toEqual(['الدستور الجديد يعزز الفصل بين السلطات']);
  });

  it('reads no words in «بينما يصر معارضوه على أنه …»', () => {
    expect(quotesOf(LEAD + 'ويرى أنصار الرئيس أن النص ضروري، بينما يصر معارضوه على أنه يفتح الباب أمام حكم الفرد.\n')).toEqual(['الدستور الجديد يعزز الفصل بين السلطات']);
  });

  it('still reads what analysts say', () => {
    expect(quotesOf(LEAD + 'ويقول محللون إن الدستور الجديد يمنح الرئيس صلاحيات واسعة.\n')).toContain('الدستور الجديد يمنح الرئيس صلاحيات واسعة');
  });
});

describe('an object that points back holds no words', () => {
  const LEAD = 'احتجاجات في المدينة\n\nقال محافظ المدينة سامي العلي إن الشرطة لم تستخدم القوة ضد المحتجين.\n\n';
  it('reads no words in «نفى X هذه الرواية»', () => {
    expect(quotesOf(LEAD + 'غير أن الناشط علي حسن، وهو أحد منسقي الاحتجاجات، نفى هذه الرواية.\n')).toEqual(['الشرطة لم تستخدم القوة ضد المحتجين']);
  });

  it('still reads the words after such a denial', () => {
    expect(quotesOf(LEAD + 'ونفى المتحدث باسم المحتجين هذه الرواية، مؤكدا أن الشرطة أطلقت الغاز على الحشود.\n')).toContain('الشرطة أطلقت الغاز على الحشود');
  });
});

describe('figures cited as the source are read, not said', () => {
  const LEAD = 'نقص في الأطباء\n\nقال وزير الصحة خالد الناصري إن الحكومة ستوظف خمسة آلاف طبيب.\n\n';
  it('reads no words in «وحسب معطيات رسمية، فإن …»', () => {
    expect(quotesOf(LEAD + 'وحسب معطيات رسمية، فإن البلاد تتوفر على سبعة أطباء لكل عشرة آلاف نسمة.\n')).toEqual(['الحكومة ستوظف خمسة آلاف طبيب']);
  });

  it('still reads a statement cited as the source', () => {
    expect(quotesOf(LEAD + 'وحسب بيان للوزارة، فإن الحكومة ستفتح عشرين مستشفى جديدا.\n')).toContain('الحكومة ستفتح عشرين مستشفى جديدا');
  });
});
