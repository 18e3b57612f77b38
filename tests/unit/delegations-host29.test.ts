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
