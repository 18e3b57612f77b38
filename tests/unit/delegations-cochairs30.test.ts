import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: a meeting or a committee's session chaired by two people of two countries, named after the
// chairing noun «برئاسة» and joined by «و» (a counterpart «ونظيره الليبي», or a title with its nationality): each
// leads his own side, as after the verb «ترأس».
describe('findDelegations: co-chairs of two countries after «برئاسة»', () => {
  it('seats the counterpart after «برئاسة X ونظيره Y» on his own side', () => {
    const text = [
      'انطلاق أعمال اللجنة الأمنية المشتركة بين تونس وليبيا',
      'تونس - انطلقت اليوم الثلاثاء بالعاصمة أعمال الدورة الثالثة للجنة الأمنية التونسية الليبية المشتركة، برئاسة وزير الداخلية كمال الفقي ونظيره الليبي وزير الداخلية المكلف بحكومة الوحدة الوطنية عماد الطرابلسي.',
      'ويشارك في أعمال اللجنة عن الجانب التونسي المدير العام للأمن الوطني مراد سعيدان، وعن الجانب الليبي رئيس جهاز المباحث العامة الليبي أسامة بن حمد.',
    ].join('\n\n');
    const found = sides(text);
    const libya = sideOf(found, 'عماد الطرابلسي');
    expect(libya).toBeDefined();
    expect(libya).not.toBe(sideOf(found, 'كمال الفقي'));
  });
  it('seats both chairs of a round of talks the two sides held', () => {
    const text = [
      'قطر وسلطنة عمان تعقدان جولة مشاورات سياسية',
      'الدوحة - عقد الجانبان القطري والعماني اليوم الأربعاء جولة مشاورات سياسية في مقر الوزارة برئاسة وزير الدولة للشؤون الخارجية سلطان بن سعد المريخي ووكيل وزارة الخارجية العماني الشيخ خليفة بن علي الحارثي.',
      'وضم الجانب القطري مدير إدارة الشؤون الخليجية السفير علي بن فهد الهاجري.',
    ].join('\n\n');
    const found = sides(text);
    const oman = sideOf(found, 'خليفة بن علي الحارثي');
    expect(oman).toBeDefined();
    expect(sideOf(found, 'سلطان بن سعد المريخي')).toBeDefined();
    expect(oman).not.toBe(sideOf(found, 'سلطان بن سعد المريخي'));
  });
});
