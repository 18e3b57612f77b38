import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: a list told side by side («ومن الجانب X …، ومن الجانب Y …») whose part for one side names no one
// the engine reads as a person. The next side phrase still ends that part: who follows it is of the side named right
// before him, not of the side whose part was empty.
describe('findDelegations: a side phrase ends the part before it, even when no one of that part was read', () => {
  it('seats the one named after the third side phrase on the third side', () => {
    const text = [
      'اجتماع ثلاثي لوزراء خارجية مصر والأردن والعراق في عمان',
      'عقد وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين اليوم في عمان اجتماعا ثلاثيا لبحث التعاون الاقتصادي.',
      'وشارك في الاجتماع من الجانب المصري السفير المصري في عمان محمد سمير، ومن الجانب الأردني عدد من كبار المسؤولين في الوزارة، ومن الجانب العراقي وكيل وزارة الخارجية العراقية هشام العلوي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'هشام العلوي')).toBe(sideOf(found, 'فؤاد حسين'));
    expect(sideOf(found, 'هشام العلوي')).not.toBe(sideOf(found, 'أيمن الصفدي'));
  });
  it('keeps a part that names its people on its own side', () => {
    const text = [
      'مباحثات كويتية أردنية',
      'عقد وزير الخارجية الكويتي عبدالله اليحيا ونظيره الأردني أيمن الصفدي اليوم في الكويت جلسة مباحثات رسمية.',
      'وحضر المباحثات من الجانب الكويتي مساعد وزير الخارجية لشؤون الوطن العربي عزيز الديحاني، ومن الجانب الأردني السفير الأردني لدى الكويت صخر ملكاوي.',
    ].join('\n\n');
    const found = sides(text);
    expect(sideOf(found, 'عزيز الديحاني')).toBe(sideOf(found, 'عبدالله اليحيا'));
    expect(sideOf(found, 'صخر ملكاوي')).toBe(sideOf(found, 'أيمن الصفدي'));
  });
});
