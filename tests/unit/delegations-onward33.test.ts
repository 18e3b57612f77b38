import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: a visit to a country whose region has a leader of its own. The next leg of the tour
// («ويتوجه X، الثلاثاء، إلى أربيل، حيث يلتقي …») is not the article's meeting, and the list «من الجانب العراقي» at talks
// the country's own leader holds is the country's side, not the region's.
describe('findDelegations: the next leg of a tour, and a country side beside its region', () => {
  const visit = [
    'الرئيس الإيراني في بغداد',
    'وصل الرئيس الإيراني مسعود بزشكيان، الأربعاء، إلى بغداد، حيث كان في استقباله رئيس مجلس الوزراء محمد شياع السوداني.',
    'وعقد الجانبان جلسة مباحثات موسعة، شارك فيها من الجانب العراقي وزير الخارجية فؤاد حسين ووزير النفط حيان عبد الغني.',
  ];
  it('leaves out the leader met on the next leg of the tour', () => {
    const text = [...visit, 'ويتوجه بزشكيان، الخميس، إلى أربيل، حيث يلتقي رئيس إقليم كردستان نيجيرفان بارزاني.'].join('\n\n');
    const found = sides(text);
    expect(members(found)).not.toContain('نيجيرفان بارزاني');
    expect(sideOf(found, 'فؤاد حسين')).toBe(sideOf(found, 'محمد شياع السوداني'));
  });
  it('keeps the country list on the country side when the region leader is met too', () => {
    const text = ['الرئيس الإيراني يلتقي السوداني وبارزاني في بغداد', ...visit.slice(1), 'والتقى بزشكيان أيضا رئيس إقليم كردستان نيجيرفان بارزاني.'].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'فؤاد حسين')).toBeDefined();
    expect(sideOf(found, 'فؤاد حسين')).toBe(sideOf(found, 'محمد شياع السوداني'));
    expect(sideOf(found, 'حيان عبد الغني')).toBe(sideOf(found, 'محمد شياع السوداني'));
    expect(sideOf(found, 'نيجيرفان بارزاني')).not.toBe(sideOf(found, 'محمد شياع السوداني'));
  });
});
