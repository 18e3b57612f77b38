import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quoteOf = (text: string, words: string) => analyze(text).quotes.find((x) => x.text.includes(words));

describe('«يدعى X (23 عاما)»: an aside in brackets after the name the subject goes by', () => {
  it('ends the name before the bracket (heldout6 712, a witness named with his age)', () => {
    const text = 'وقال لاجئ أفغاني يدعى جواد رحيمي (23 عاما) للجزيرة نت إن النار "انتشرت في دقائق بين الحاويات".';
    expect(quoteOf(text, 'انتشرت في دقائق')?.speaker_ar).toBe('جواد رحيمي');
  });

  it('ends it for a woman, with «تدعى»', () => {
    const text = 'وقالت إحدى النازحات وتدعى فاطمة حسين (40 عاما) لوكالة الأنباء إن المخيم "يفتقر إلى الماء".';
    expect(quoteOf(text, 'يفتقر إلى الماء')?.speaker_ar).toBe('فاطمة حسين');
  });
});

describe('«الوزيرة السودانية» after «وزيرة الصحة X ونظيرتها السودانية Y»: the counterpart the nationality names', () => {
  it('gives the words to the counterpart whose role kept its conjunction (dev 128)', () => {
    const text = 'وقعت الاتفاقية تحت إشراف وزيرة الصحة التونسية سميرة مرعي ونظيرتها السودانية سمية إدريس أكد. '
      + 'وأكدت الوزيرة السودانية على أهمية "بعث توأمة وشراكة بين المخبرين".';
    expect(quoteOf(text, 'بعث توأمة')?.speaker_ar).toMatch(/^سمية/);
  });
});

describe('«علي» and a family name that is also a word («علي واعظ») opening the subject', () => {
  it('reads the name Ali, with the apposition after it (heldout2 312)', () => {
    const text = 'وأعلن المبعوث الأمريكي الخاص ستيف ويتكوف أن واشنطن "لا تزال منفتحة على اتفاق". '
      + 'ويرى علي واعظ، مدير مشروع إيران في مجموعة الأزمات الدولية، أن طهران "تستخدم ورقة المفتشين".';
    expect(quoteOf(text, 'تستخدم ورقة المفتشين')?.speaker_ar).toBe('علي واعظ');
  });

  it('keeps «على» a preposition before what it governs', () => {
    const text = 'وقال الوزير سامي حداد علي هامش القمة إن بلاده "لن تتراجع".';
    expect(quoteOf(text, 'لن تتراجع')?.speaker_ar).toBe('سامي حداد');
  });
});

describe('unnamed people who hold no office, described by what they do', () => {
  it('says an eyewitness in English, not the title read as a name («شاهد عيان»)', () => {
    const text = 'وقال شاهد عيان لرويترز إن الشرطة "أطلقت الغاز المسيل للدموع".';
    const q = quoteOf(text, 'أطلقت الغاز');
    expect(q?.speaker_ar).toBe('شاهد عيان');
    expect(q?.speaker_en).toBe('Eyewitness');
  });

  it.each([
    ['متظاهر', 'Protester'],
    ['مسعف', 'Paramedic'],
    ['ممرضة', 'Nurse'],
    ['سائق سيارة أجرة', 'Driver'],
    ['عامل إغاثة', 'Aid worker'],
  ])('says «%s» as %s', (who, en) => {
    const text = `وقال ${who} لوكالة الأنباء إن الوضع "صعب جدا".`;
    expect(quoteOf(text, 'صعب جدا')?.speaker_en).toBe(en);
  });
});

describe('a body that opens the sentence speaks on', () => {
  it('after a time, its nationality and an apposition: «أصدرت الهيئة … المصرية، جهاز …، بياناً، قالت إنه» (dev 164)', () => {
    const text = 'ونفت السلطات المصرية احتجازه قائلة إنه "ليس محبوساً". '
      + 'ومساء الخميس، أصدرت الهيئة العامة للاستعلامات المصرية، جهاز الإعلام الرسمي للدولة، بياناً، قالت إنه للرد على ما "أثارته بعض وسائل الإعلام الأجنبية".';
    expect(quoteOf(text, 'أثارته بعض وسائل')?.speaker_ar).toBe('الهيئة العامة للاستعلامات المصرية');
  });
});

describe('a body named in quotation marks right after the reporting verb', () => {
  const text = 'وقال وزير الداخلية محمود توفيق إن الأمن "مستتب". '
    + 'وأعلن "المعهد الدولي لبحوث السلام" المستقل ومقره في العاصمة السويدية، أن الوزير التقى مدير المعهد. '
    + 'وقال المعهد في رسالة إلكترونية إن "المباحثات ليست للنشر".';

  it('is the subject, and the words are what follows the complementizer (dev 156)', () => {
    const q = quoteOf(text, 'الوزير التقى مدير');
    expect(q?.speaker_ar).toBe('المعهد الدولي لبحوث السلام');
    expect(analyze(text).quotes.some((x) => x.text.includes('لبحوث السلام'))).toBe(false);
  });

  it('speaks on when named again by its head noun, a circumstance after it', () => {
    expect(quoteOf(text, 'ليست للنشر')?.speaker_en).toBe(quoteOf(text, 'الوزير التقى مدير')?.speaker_en);
  });
});
