import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: a visitor arrives in a third country, is received by its ruler, then meets the other party there
// in the same sentence («حيث استقبله …، قبل أن يلتقي …»). The ruler hosted the talks: a third side, the host's.
describe('findDelegations: the host who received the visitor before his talks is the third side', () => {
  const text = [
    'وزير الخارجية البريطاني يلتقي وفد المعارضة السودانية في الدوحة',
    'الدوحة - عقد وزير الخارجية البريطاني جيمس كليفرلي، اليوم، لقاء مع وفد من قوى المعارضة السودانية.',
    'وكان كليفرلي قد وصل إلى الدوحة، الأحد، حيث استقبله أمير دولة قطر الشيخ تميم بن حمد آل ثاني في الديوان الأميري، قبل أن يلتقي وفدا من قوى المعارضة السودانية برئاسة رئيس الحزب عمر الدقير، وذلك بحضور وزير الدولة للشؤون الخارجية القطري محمد الخليفي.',
    'وبحث الجانبان سبل إنهاء الحرب في السودان.',
  ].join('\n\n');
  it('seats the emir on the Qatari side with the minister present', () => {
    const found = sides(text);
    expect(members(found).some((n) => n.includes('تميم بن حمد'))).toBe(true);
    const qatar = sideOf(found, 'محمد الخليفي');
    expect(qatar).toBeDefined();
    expect(found[qatar!]!.some((n) => n.includes('تميم بن حمد'))).toBe(true);
  });
});

// Written for the test: «في اجتماع ثلاثي استضافه وزير …»: the host named in a relative clause on the meeting noun (a verb
// with its object pronoun) is the third side; the verbal noun «استضافة» is no such verb.
describe('findDelegations: the host of a tripartite meeting named in a relative clause', () => {
  const text = [
    'اجتماع ثلاثي في القاهرة بين وزيري خارجية إثيوبيا والسودان',
    'التقى وزير الخارجية الإثيوبي ديمقي مكونن ووزير الخارجية السوداني إبراهيم غندور، اليوم الأحد، في اجتماع ثلاثي استضافه وزير الخارجية المصري سامح شكري في مقر الوزارة.',
    'وبحث الاجتماع ملف سد النهضة وسبل التعاون بين الدول الثلاث.',
  ].join('\n\n');
  it('seats the host minister on his own side', () => {
    const found = sides(text);
    const host = sideOf(found, 'سامح شكري') ?? '';
    expect(host).not.toBe('');
    expect(found[host]!.some((n) => n.includes('غندور') || n.includes('مكونن'))).toBe(false);
  });
});
