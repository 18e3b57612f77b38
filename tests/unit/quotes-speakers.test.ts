import { describe, expect, it } from 'vitest';
import { findQuotes } from '@/lib/quotes';
import type { Official } from '@/lib/types';

/** A hand-made official with a role, nationality and a mention at every occurrence of each of its forms. */
function official(id: string, text: string, name_ar: string, name_en: string, role_ar: string | null, country: string | null, forms: string[] = [name_ar]): Official {
  const mentions: [number, number][] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      if (!mentions.some(([s, e]) => i < e && s < i + form.length)) mentions.push([i, i + form.length]);
    }
  }
  mentions.sort((a, b) => a[0] - b[0]);
  return { id, name_ar, name_en, role_ar, role_en: null, country, mentions, evidence: name_ar, known: true };
}

const quoteOf = (text: string, officials: Official[], words: string) => findQuotes(text, officials).find((q) => q.text.includes(words));

describe('gender agreement', () => {
  it('gives a feminine participle to the woman who spoke, not to the man named nearest', () => {
    const text = 'وقالت المتحدثة باسم الخارجية سلمى رحيمي إن المحادثات مثمرة. وانتقدت الدبلوماسية تصريحات وزير الدفاع كريم بن عمر الأخيرة، معتبرة أنها "لا تخدم الاستقرار في المنطقة".';
    const women = official('o1', text, 'سلمى رحيمي', 'Salma Rahimi', 'المتحدثة باسم الخارجية', 'TN');
    const man = official('o2', text, 'كريم بن عمر', 'Karim Ben Omar', 'وزير الدفاع', 'TN');
    expect(quoteOf(text, [women, man], 'لا تخدم')!.speaker_en).toBe('Salma Rahimi');
  });

  it('carries a feminine verb with no subject back over a man to the last woman', () => {
    const text = 'وقالت وزيرة التجارة ليلى حداد إن الصادرات ارتفعت هذا العام. وقال وزير المالية سمير نصار إن العجز تراجع بنسبة كبيرة. وأضافت أن الحكومة ستدعم المصدرين الصغار.';
    const o = [official('o1', text, 'ليلى حداد', 'Layla Haddad', 'وزيرة التجارة', 'LB'), official('o2', text, 'سمير نصار', 'Samir Nassar', 'وزير المالية', 'LB')];
    expect(quoteOf(text, o, 'ستدعم المصدرين')!.speaker_en).toBe('Layla Haddad');
  });

  it('reads معاليها as the last woman named, and skips the pronoun of فيه before معاليه', () => {
    const text = 'استقبلت وزيرة الدولة نورة الكعبي السفير خالد منصور. وأكدت معاليها أن العلاقات بين البلدين متينة. ثم عقد السفير مؤتمرا أكد فيه معاليه أن التعاون سيتوسع قريبا.';
    const o = [official('o1', text, 'نورة الكعبي', 'Noura Al Kaabi', 'وزيرة الدولة', 'AE'), official('o2', text, 'خالد منصور', 'Khaled Mansour', 'السفير', 'EG')];
    expect(quoteOf(text, o, 'العلاقات بين البلدين')!.speaker_en).toBe('Noura Al Kaabi');
    expect(quoteOf(text, o, 'التعاون سيتوسع')!.speaker_en).toBe('Khaled Mansour');
  });
});

describe('subjects written before the verb', () => {
  it('resolves «أما المسؤول الأوروبي فقال» through the official whose role names Europe', () => {
    const text = 'وترأس الاجتماع الأمين العام للمجلس سالم الهاشمي والممثل الأعلى للاتحاد الأوروبي بيتر فان دام. وقال الهاشمي إن الاجتماع ناجح. أما المسؤول الأوروبي فقال للصحافيين: "الشراكة بيننا استراتيجية ولن تتراجع".';
    const o = [official('o1', text, 'سالم الهاشمي', 'Salem Al-Hashemi', 'الأمين العام للمجلس', null, ['سالم الهاشمي', 'الهاشمي']),
      official('o2', text, 'بيتر فان دام', 'Peter van Dam', 'الممثل الأعلى للاتحاد الأوروبي', null)];
    expect(quoteOf(text, o, 'الشراكة بيننا')!.speaker_en).toBe('Peter van Dam');
  });

  it('takes the name at the end of a topic after أما, not a city inside it', () => {
    const text = 'أما الباحثة في معهد الدراسات الآسيوية في طوكيو يوكو تاناكا فقالت إن «التقارب بين البلدين ما زال هشا ويحتاج إلى وقت».';
    const [q] = findQuotes(text, []);
    expect(q!.speaker_ar).toBe('يوكو تاناكا');
    expect(q!.speaker_en).toMatch(/Tanaka/);
  });

  it('gives a headline «X يحذر Y: …» to its subject, not to the object', () => {
    const text = 'بيدرسن يحذر مجلس الأمن: سوريا على حافة "انهيار اقتصادي"\n\nوقال المبعوث غير بيدرسن إن الوضع خطير.';
    const o = [official('o1', text, 'غير بيدرسن', 'Geir Pedersen', 'المبعوث الأممي إلى سوريا', null, ['غير بيدرسن', 'بيدرسن'])];
    expect(quoteOf(text, o, 'على حافة')!.speaker_en).toBe('Geir Pedersen');
  });
});

describe('people outside office and statements', () => {
  it('names a professor quoted after his description, with an English transliteration', () => {
    const text = 'وقال أستاذ العلوم السياسية في جامعة القاهرة حسن نافعة لـ«الأهرام» إن «القمة لن تغير الكثير في موازين القوى».';
    const [q] = findQuotes(text, []);
    expect(q!.speaker_ar).toBe('حسن نافعة');
    expect(q!.speaker_en).toMatch(/^Hassan/);
  });

  it('keeps an anonymous official as written: an adjective after a one-word subject is not a name', () => {
    const [q] = findQuotes('وقال مسؤول أمني كبير إن الهجوم أحبط قبل ساعات من تنفيذه.', []);
    expect(q!.speaker_ar).toBe('مسؤول أمني كبير');
  });

  it('names the MP after a bloc in quotation marks, not the bloc', () => {
    const text = 'في المقابل، قال عضو كتلة "التنمية والتحرير" النائب علي خريس إن الحوار "هو الطريق الوحيد للخروج من الأزمة".';
    const [q] = findQuotes(text, []);
    expect(q!.speaker_ar).toBe('علي خريس');
  });

  it('lets a joint statement speak for itself rather than the last speaker', () => {
    const text = 'وقال الوزير فهد العتيبي إن الزيارة ناجحة. وأكد البيان المشترك أهمية تعزيز التعاون الاقتصادي بين البلدين.';
    const o = [official('o1', text, 'فهد العتيبي', 'Fahad Al-Otaibi', 'الوزير', 'KW')];
    expect(quoteOf(text, o, 'تعزيز التعاون')!.speaker_en).toMatch(/statement/i);
  });

  it('keeps «وأضاف البيان» with the institution whose statement it is', () => {
    const text = 'وقال بيان وزارة الصحة إن الإصابات تراجعت هذا الأسبوع. وأضاف البيان أن حملة التطعيم ستستمر حتى نهاية الشهر.';
    const q = quoteOf(text, [], 'حملة التطعيم')!;
    expect(q.speaker_ar).toContain('وزارة الصحة');
  });
});

describe('statements found and refused', () => {
  it('reads «فاكتفى بالقول للصحافيين إن» as a statement of the topic after أما', () => {
    const text = 'واستقبل الرئيس الموفد الفرنسي ميشال دوكلو. أما الموفد الفرنسي فاكتفى بالقول للصحافيين إن باريس "لا تحمل أي مبادرة جديدة".';
    const o = [official('o1', text, 'ميشال دوكلو', 'Michel Duclos', 'الموفد الفرنسي', 'FR')];
    const q = quoteOf(text, o, 'مبادرة')!;
    expect(q.text).toMatch(/^باريس/);
    expect(q.speaker_en).toBe('Michel Duclos');
  });

  it('reads a verbal noun followed by أن as a statement of the sentence subject', () => {
    const text = 'وسارعت وزارة الخارجية إلى تأكيد أن السفارة ستبقى مفتوحة أمام المراجعين.';
    const [q] = findQuotes(text, []);
    expect(q!.text).toBe('السفارة ستبقى مفتوحة أمام المراجعين');
    expect(q!.speaker_ar).toContain('وزارة الخارجية');
  });

  it('reads «حذر … من أن» opening a paragraph after a headline that ends with a quotation', () => {
    const text = 'المبعوث يحذر: الوضع "خطير جدا"\n\nحذر المبعوث الأممي إلى ليبيا عبد الله باتيلي، الثلاثاء، من أن الانقسام السياسي يهدد بعودة القتال.';
    const o = [official('o1', text, 'عبد الله باتيلي', 'Abdoulaye Bathily', 'المبعوث الأممي إلى ليبيا', null)];
    const q = quoteOf(text, o, 'الانقسام السياسي');
    expect(q!.speaker_en).toBe('Abdoulaye Bathily');
  });

  it('does not take a passive verb in a relative clause as a statement', () => {
    const text = 'وجرى اللقاء بحضور الوزير، الذي رعت بلاده الاتفاق الذي أُعلن في مايو الماضي لاستئناف العلاقات بين البلدين.';
    expect(findQuotes(text, [])).toEqual([]);
  });

  it('does not read a headline whose head is an event («قمة X - Y: …») as a statement', () => {
    const text = 'قمة عمّان - بغداد: تعاون اقتصادي يثير اهتمام المستثمرين\n\nعقدت القمة أمس.';
    expect(findQuotes(text, [])).toEqual([]);
  });
});
