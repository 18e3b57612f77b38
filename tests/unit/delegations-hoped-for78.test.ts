import { describe, expect, it } from 'vitest';
import { members, sides } from './helpers/delegations';

// Written for the test: the article's meeting is the ministers' talks; the leaders are named only in the meeting the
// talks are hoped to lead to (a verb of leading to it, then «إلى»).
describe('findDelegations: a meeting the talks are to lead to is not held', () => {
  const text = [
    'وزير الخارجية التركي: محادثات إسطنبول خطوة أولى',
    'إسطنبول / الأناضول',
    'قال وزير الخارجية التركي مولود جاويش أوغلو، الأربعاء، إن الاجتماع الذي جمعه بنظيريه الأذربيجاني جيهون بيرموف والأرميني أرارات ميرزويان في إسطنبول كان "بداية مهمة".',
    'وأضاف جاويش أوغلو أن تركيا ستواصل جهودها لتحويل هذا الاجتماع إلى مسار دائم يفضي إلى لقاء بين الرئيسين إلهام علييف ونيكول باشينيان.',
  ].join('\n\n');
  it('seats the ministers and leaves the two presidents out', () => {
    const names = members(sides(text));
    expect(names).toContain('مولود جاويش أوغلو');
    expect(names).toContain('أرارات ميرزويان');
    expect(names.some((n) => n.includes('علييف'))).toBe(false);
    expect(names.some((n) => n.includes('باشينيان'))).toBe(false);
  });
});

// Written for the test: one side says it does not oppose holding a meeting of the two leaders («لا تعارض عقد لقاء»).
describe('findDelegations: a meeting a side does not oppose holding is not held', () => {
  const text = [
    'محادثات أرمينية أذربيجانية في موسكو',
    'موسكو / الأناضول',
    'عقد وزير الخارجية الأذربيجاني جيهون بيرموف، الخميس، جلسة مباحثات مع نظيره الأرميني أرارات ميرزويان في موسكو.',
    'وقال بيرموف إن بلاده لا تعارض عقد لقاء بين إلهام علييف ونيكول باشينيان "لكن يجب أن يكون مخصصا لتوقيع اتفاق السلام".',
  ].join('\n\n');
  it('leaves the two leaders out', () => {
    const names = members(sides(text));
    expect(names).toContain('أرارات ميرزويان');
    expect(names.some((n) => n.includes('علييف'))).toBe(false);
    expect(names.some((n) => n.includes('باشينيان'))).toBe(false);
  });
});

// Written for the test: the title tells of the send-off («يودع»); the lead names the leader the guest held talks with
// during the visit, and the agreements of the visit name a signer for each side.
describe('findDelegations: a send-off in the title seats those who saw the guest off, not the leader he met', () => {
  const text = [
    'سيف بن زايد يودع الرئيس البيروفي في ختام زيارته للدولة',
    'أبوظبي في 12 مارس / وام / غادر فخامة بيدرو كاستيو رئيس جمهورية بيرو أرض الدولة اليوم في ختام زيارة رسمية استغرقت يومين بحث خلالها مع صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي سبل تطوير علاقات التعاون بين البلدين.',
    'وكان في وداعه لدى مغادرته مطار الرئاسة في أبوظبي سمو الشيخ سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية ومعالي الدكتور ثاني بن أحمد الزيودي وزير دولة للتجارة الخارجية.',
    'وشهدت الزيارة توقيع مذكرة تفاهم في مجال الطاقة وقعها عن الجانب الإماراتي معالي سهيل بن محمد المزروعي وزير الطاقة والبنية التحتية وعن الجانب البيروفي معالي أوسكار مايورغا وزير الطاقة والمناجم.',
  ].join('\n\n');
  it('leaves out the crown prince met during the visit', () => {
    const names = members(sides(text));
    expect(names.some((n) => n.includes('سيف بن زايد'))).toBe(true);
    expect(names.some((n) => n.includes('بيدرو كاستيو'))).toBe(true);
    expect(names.some((n) => n.includes('محمد بن زايد'))).toBe(false);
  });
});

// Written for the test: the talks are in one city; a leader who spoke elsewhere, «حيث كان يشارك في قمة …» (taking part
// in another event there), is named in passing.
describe('findDelegations: one taking part in another event where he was is not seated', () => {
  const text = [
    'محادثات مباشرة بين أرمينيا وأذربيجان في ألماتي',
    'ألماتي - وكالات',
    'انطلقت في ألماتي، الاثنين، جولة من المحادثات المباشرة بين أرمينيا وأذربيجان حول ترسيم الحدود.',
    'وترأس الوفد الأرميني نائب رئيس الوزراء مهير غريغوريان، وضم نائب وزير الخارجية فاهان كوستانيان.',
    'أما الوفد الأذربيجاني فترأسه نائب رئيس الوزراء شاهين مصطفاييف، وضم مساعد الرئيس حكمت حاجييف.',
    'وفي براغ، حيث كان يشارك في قمة المجموعة السياسية الأوروبية، قال رئيس الوزراء الأرميني نيكول باشينيان إن بلاده "تريد سلاما دائما".',
  ].join('\n\n');
  it('leaves out the prime minister at the other summit', () => {
    const names = members(sides(text));
    expect(names).toContain('فاهان كوستانيان');
    expect(names.some((n) => n.includes('باشينيان'))).toBe(false);
  });
});
