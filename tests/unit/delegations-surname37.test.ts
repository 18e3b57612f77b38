import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 37, delegations: a principal named by his surname with a preposition joined to it («المرافق للسوداني»).

// Written for the test (Anadolu's style): the Iraqi prime minister's surname is a nisba, «السوداني»; joined to «لـ» it
// names him, not Sudan, and the delegation accompanying him is Iraq's.
describe('findDelegations: the one accompanied named by his nisba surname after «المرافق لـ»', () => {
  it('seats «الوفد المرافق للسوداني» with Iraq, not Sudan', () => {
    const text = [
      'أنقرة (الأناضول) - استقبل الرئيس التركي رجب طيب أردوغان، الخميس، رئيس الوزراء العراقي محمد شياع السوداني في المجمع الرئاسي.',
      'وضم الوفد المرافق للسوداني وزير الخارجية فؤاد حسين ووزير النفط حيان عبد الغني.',
      'كما حضر اللقاء من الجانب التركي وزير الخارجية هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم قالن.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'فؤاد حسين')).toBe('Iraq');
    expect(sideOf(found, 'حيان عبد الغني')).toBe('Iraq');
    expect(sideOf(found, 'هاكان فيدان')).toBe('Turkey');
    expect(Object.keys(found)).not.toContain('Sudan');
  });
  it('keeps «من الجانب السوداني» a side', () => {
    const text = [
      'القاهرة - استقبل الرئيس عبد الفتاح السيسي، اليوم، رئيس مجلس السيادة السوداني عبد الفتاح البرهان.',
      'وحضر اللقاء من الجانب السوداني وزير الخارجية علي الصادق.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'علي الصادق')).toBe('Sudan');
  });
});
