import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const quoteWith = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words));

describe('a body named by a construct chain after a reporting verb is the subject, not the words', () => {
  // heldout4 525-bbc-arabic-khartoum-pound: «أعلن بنك السودان المركزي تحديد سعر صرف جديد …».
  it('«بنك السودان المركزي»: an indefinite institution noun in construct with a country, then its adjective', () => {
    const q = quoteWith('الخرطوم - أعلن بنك السودان المركزي تحديد سعر صرف جديد للجنيه عند 47.5 جنيها للدولار الأمريكي.', 'سعر صرف');
    expect(q?.text.startsWith('تحديد')).toBe(true);
    expect(q?.speaker_en).toBe('Central Bank of Sudan');
  });
  // heldout19 2004-hespress-rabat-measles-catch-up-campaign: a ministry whose long name has «و» inside.
  it('«وزارة الصحة والحماية الاجتماعية»: a definite noun joined by و is more of the name', () => {
    const q = quoteWith('الرباط - أعلنت وزارة الصحة والحماية الاجتماعية، اليوم الأربعاء، تسجيل 3365 إصابة مؤكدة بداء الحصبة.', 'إصابة مؤكدة');
    expect(q?.text.startsWith('تسجيل')).toBe(true);
    expect(q?.speaker_en).toBe('Ministry of Health and Social Protection');
  });
  // heldout34 3508-enab-baladi-idlib-first-covid-case: «مختبر … التابع لوحدة تنسيق الدعم».
  it('«مختبر الترصد الوبائي التابع لوحدة تنسيق الدعم»: the body it belongs to is more of the name', () => {
    const q = quoteWith('إدلب - أعلن مختبر الترصد الوبائي التابع لوحدة تنسيق الدعم تسجيل أول إصابة مؤكدة بفيروس كورونا في شمال غربي سوريا.', 'أول إصابة');
    expect(q?.text.startsWith('تسجيل')).toBe(true);
  });
  // heldout28 2912-mena-munich-group-amman: a plural of a title in construct, up to the comma.
  it('«وزراء خارجية مصر والأردن …،»: a plural title runs to the comma', () => {
    const q = quoteWith('عمان - أكد وزراء خارجية مصر والأردن وفرنسا وألمانيا، اليوم الإثنين، التزامهم بدعم جهود السلام في المنطقة.', 'جهود السلام');
    expect(q?.text.startsWith('التزامهم')).toBe(true);
  });
  // Near miss: after «أن» the chain opens the speaker's words (their subject), it does not speak.
  it('a chain after «أن» stays in the words', () => {
    const q = quoteWith('بغداد - أكد الوزير أن بنك العراق المركزي سيطرح فئات نقدية جديدة خلال الأسابيع المقبلة.', 'فئات نقدية');
    expect(q?.text.startsWith('بنك العراق المركزي')).toBe(true);
  });
});
