import { describe, expect, it } from 'vitest';
import { findDelegations } from '@/lib/delegations';
import type { Official } from '@/lib/types';
import { members, official, sideOf, sides } from './helpers/delegations';

// Written for the test: a minister receives a visiting minister; his own title names no state, and a third state is named
// only for a meeting still to come. He and those present with him sit at the meeting's place, and whoever will attend the
// meeting to come sits at none.
describe('findDelegations: one who receives sits at home; those of a meeting to come are not at this one', () => {
  const text = [
    'وزير الطاقة يستقبل وزير المناجم المالي',
    'تونس - استقبل وزير الصناعة والطاقة، سمير بن عمار، اليوم الخميس بتونس العاصمة، وزير المناجم بجمهورية مالي، موسى كوناتي، الذي يقوم بزيارة عمل إلى تونس على رأس وفد، حسب بيان للوزارة.',
    'وجرى اللقاء بحضور المدير العام للطاقة بالوزارة، كمال الهمامي، فيما حضر عن الجانب المالي سفير مالي بتونس، إبراهيم سيسي.',
    'وأشار الطرفان إلى ضرورة عقد اجتماع ثلاثي قريبا يضم تونس ومالي والسنغال، بمشاركة وزير الطاقة السنغالي، عثمان ديوب، لبحث مشروع الربط الكهربائي.',
  ].join('\n\n');
  const found = sides(text);
  it('seats the host on the side of the place, apart from his guest', () => {
    expect(sideOf(found, 'سمير بن عمار')).toBe('Tunisia');
    expect(sideOf(found, 'كمال الهمامي')).toBe('Tunisia');
    expect(sideOf(found, 'موسى كوناتي')).toBe('Mali');
  });
  it('seats no one named for the meeting to come', () => {
    expect(members(found)).not.toContain('عثمان ديوب');
  });
});

// Written for the test: the host's title read with his guest's state (as a misread title «وزير خارجية جمهورية إستونيا وزير
// الخارجية» gives it); the meeting's place, another state's, is where he receives.
describe("findDelegations: a host read as of his guest's own state receives at the meeting's place", () => {
  const text = [
    'وزير الخارجية يستقبل وزير خارجية جمهورية إستونيا',
    'المنامة في 3 مارس / بنا / استقبل الدكتور عبداللطيف بن راشد الزياني، وزير الخارجية، بمقر الوزارة اليوم، السيد مارغوس تساهكنا، وزير خارجية جمهورية إستونيا، الذي يقوم بزيارة رسمية إلى مملكة البحرين.',
    'حضر اللقاء الشيخ عبدالله بن أحمد آل خليفة وكيل وزارة الخارجية للشؤون السياسية، والسيد يانو فانتس سفير جمهورية إستونيا غير المقيم لدى مملكة البحرين.',
  ].join('\n\n');
  const officials: Official[] = [
    official(text, 'عبداللطيف بن راشد الزياني', 'Abdullatif Al Zayani', 'EE', 'وزير خارجية جمهورية إستونيا وزير الخارجية'),
    official(text, 'مارغوس تساهكنا', 'Margus Tsahkna', 'EE', 'وزير خارجية جمهورية إستونيا'),
    official(text, 'عبدالله بن أحمد آل خليفة', 'Abdulla bin Ahmed Al Khalifa', 'BH', 'وكيل وزارة الخارجية للشؤون السياسية'),
    official(text, 'يانو فانتس', 'Jaanus Vants', 'EE', 'سفير جمهورية إستونيا غير المقيم لدى مملكة البحرين'),
  ];
  const sideOfName = (name: string) => findDelegations(text, officials).find((d) => d.members.some((m) => m.name_en === name))?.country;
  it("seats the host on the place's side, his guest on his own", () => {
    expect(sideOfName('Abdullatif Al Zayani')).toBe('BH');
    expect(sideOfName('Margus Tsahkna')).toBe('EE');
  });
});
