import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Round 37, delegations: one received whose name the officials layer did not read, then «، بحضور Y».

// Written for the test (Al-Masry Al-Youm's style): the guest is named with his title after a comma; the one named after
// «، بحضور» attended, and was not the one received (whose office would have made the meeting one of two ministries).
describe('findDelegations: «استقبل X، …، Y، مدير …، بحضور Z» with Y not read', () => {
  it('does not make the minister present the one received', () => {
    const text = 'القاهرة - استقبل الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، اليوم، ريتشارد كوزول رايت، مدير الاستراتيجيات بمنظمة الأونكتاد، بحضور الدكتورة رانيا المشاط، وزيرة التعاون الدولي.';
    const found = sides(text);
    expect(Object.keys(found)).not.toContain('Ministry of International Cooperation');
    expect(Object.keys(found)).not.toContain('Council of Ministers');
  });
  it('still seats a guest the layer reads, and the minister present with the host', () => {
    const text = 'القاهرة - استقبل الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، اليوم، أنتوني بلينكن، وزير الخارجية الأمريكي، بحضور الدكتورة رانيا المشاط، وزيرة التعاون الدولي.';
    const found = sides(text);
    expect(sideOf(found, 'أنتوني بلينكن')).toBe('United States');
    expect(sideOf(found, 'رانيا المشاط')).toBe('Egypt');
    expect(members(found)).toContain('مصطفى مدبولي');
  });
});

// Written for the test (Al Jazeera's style): «، بمشاركة» after the two delegations tells who else took part; the movement
// named last before it is no side of the one named after it.
describe('findDelegations: «بين وفد A ووفد حركة B، بمشاركة X»', () => {
  it('seats the American envoy with the United States, not with the movement named before «، بمشاركة»', () => {
    const text = [
      'الدوحة - عقدت في الدوحة اليوم جولة مباحثات بين وفد حكومة أفغانستان ووفد حركة طالبان، بمشاركة المبعوث الأمريكي زلماي خليل زاد.',
      'وترأس وفد الحكومة عبد الله عبد الله، فيما ترأس وفد طالبان الملا عبد الغني برادر.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'زلماي خليل زاد')).toBe('United States');
    expect(sideOf(found, 'عبد الغني برادر')).toBe('Taliban');
  });
});
