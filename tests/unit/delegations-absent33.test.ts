import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: people named at a meeting who were not at it. The one whose personal envoy is received
// («الموفد الشخصي للرئيس الفرنسي X») sent him; the leaders of a meeting a host is ready to hold («مستعدة لاستضافة لقاء
// بين الرئيسين X وY») have not met.
describe('findDelegations: the sender of an envoy, and a meeting only offered', () => {
  it('seats the envoy, not the president who sent him', () => {
    const text = [
      'ميقاتي يستقبل لودريان',
      'استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي اليوم في السرايا الموفد الشخصي للرئيس الفرنسي إيمانويل ماكرون إلى لبنان، وزير الخارجية الفرنسي السابق جان إيف لودريان.',
      'وحضر اللقاء سفيرة فرنسا في لبنان آن غريو.',
    ].join('\n\n');
    const found = sides(text);
    expect(members(found)).not.toContain('إيمانويل ماكرون');
    expect(sideOf(found, 'جان إيف لودريان')).toBeDefined();
    expect(sideOf(found, 'جان إيف لودريان')).not.toBe(sideOf(found, 'نجيب ميقاتي'));
  });
  it('leaves out the leaders of a meeting the host is ready to hold', () => {
    const text = [
      'اجتماع ثلاثي في أنطاليا',
      'عقد وزيرا خارجية روسيا سيرغي لافروف وأوكرانيا دميترو كوليبا اليوم في أنطاليا اجتماعا ثلاثيا استضافه وزير الخارجية التركي مولود جاووش أوغلو.',
      'وقال الوزير التركي إن أنقرة مستعدة لاستضافة لقاء بين الرئيسين الروسي فلاديمير بوتين والأوكراني فولوديمير زيلينسكي.',
    ].join('\n\n');
    const found = sides(text);
    expect(members(found)).not.toContain('فلاديمير بوتين');
    expect(members(found)).not.toContain('فولوديمير زيلينسكي');
    expect(sideOf(found, 'سيرغي لافروف')).toBeDefined();
  });
});
