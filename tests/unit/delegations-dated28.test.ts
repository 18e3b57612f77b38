import { describe, expect, it } from 'vitest';
import { members, sides } from './helpers/delegations';

// Written for the test: the background of a meeting names those who chaired an earlier event in a relative clause:
// «الدورة الأخيرة للجنة … التي ترأسها X ونظيره Y» (the noun called the last one, «نظيره» inside the clause) and
// «المجلس الوزاري الذي ترأسه الملك Z في يوليوز الماضي» (a verb of chairing, dated in the past). They were not at the
// article's meeting.
describe('findDelegations: those who chaired an earlier event, told in a relative clause, are no members', () => {
  const text = [
    'وزير الداخلية المغربي يستقبل نظيره الموريتاني',
    'الرباط - استقبل وزير الداخلية عبد الوافي لفتيت، اليوم الثلاثاء بالرباط، وزير الداخلية الموريتاني محمد أحمد ولد محمد الأمين، الذي يقوم بزيارة عمل إلى المملكة.',
    'وتناول اللقاء سبل تعزيز التعاون الأمني بين البلدين.',
    'ويأتي اللقاء تنفيذا لتوصيات الدورة الأخيرة للجنة العليا المشتركة التي ترأسها رئيس الحكومة سعد الدين العثماني ونظيره الموريتاني إسماعيل ولد الشيخ سيديا.',
    'ويشار إلى أن الاتفاق الأمني صودق عليه في المجلس الوزاري الذي ترأسه العاهل المغربي الملك محمد السادس في يوليوز الماضي.',
  ].join('\n\n');
  it('keeps the two ministers and leaves out the earlier chairs', () => {
    const names = members(sides(text));
    expect(names).toContain('عبد الوافي لفتيت');
    expect(names.some((n) => n.startsWith('سعد الدين العثماني'))).toBe(false);
    expect(names.some((n) => n.startsWith('إسماعيل ولد الشيخ'))).toBe(false);
    expect(names).not.toContain('محمد السادس');
  });
});
