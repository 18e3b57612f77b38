import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: one the article says does not attend («ولا يشارك X في هذه الجولة») is seated nowhere, and an
// official of an international body, of no country (the head of a UN mission, the special representative of a
// commission's chairman), never sits with a state's side.
describe('findDelegations: the absent and the officials of international bodies', () => {
  it('seats no leader said not to attend with «ولا يشارك»', () => {
    const text = [
      'جولة جديدة من المفاوضات بين الحكومة المالية والحركات المسلحة في الجزائر',
      'انطلقت في الجزائر اليوم جولة جديدة من المفاوضات بين الحكومة المالية والحركات المسلحة بوساطة جزائرية.',
      'ويرأس وفد الحكومة المالية وزير الخارجية عبد الله ديوب، ويضم الوفد وزير المصالحة الوطنية إسماعيل واغي.',
      'ولا يشارك الرئيس الانتقالي العقيد عاصمي غويتا في هذه الجولة، لكنه بعث برسالة إلى الرئيس الجزائري.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'عبد الله ديوب')).toBeDefined();
    expect(members(found)).not.toContain('عاصمي غويتا');
  });
  it('keeps the head of a UN mission off the host state\'s side', () => {
    const text = [
      'الآلية الثلاثية تلتقي رئيس المجلس الرئاسي في طرابلس',
      'التقى أعضاء الآلية الثلاثية المكونة من الأمم المتحدة والاتحاد الإفريقي والجامعة العربية، الاثنين، رئيس المجلس الرئاسي الليبي محمد المنفي في طرابلس.',
      'وضم وفد الآلية رئيس بعثة "أونسميل" عبد الله باتيلي، ومبعوث الاتحاد الإفريقي إلى ليبيا وحيد جابر، فيما شارك في الاجتماع من الجانب الليبي نائب رئيس المجلس الرئاسي الليبي موسى الكوني.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'موسى الكوني')).toBeDefined();
    expect(sideOf(found, 'عبد الله باتيلي')).not.toBe('Libya');
  });
});
