import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Written for the test: names whose words after the first are also words of the language — Vietnamese syllables
// («بينه» between him, «مينه» from it) and Arab family names that are nouns («فنجان» a cup) — are names all the same when
// a name's word opens them: their holders sit on their sides.
describe('findDelegations: a name whose later words are also ordinary words', () => {
  const text = [
    'وزير الخارجية الكويتي يستقبل نظيره الفيتنامي',
    'الكويت - استقبل وزير الخارجية الكويتي الشيخ سالم عبدالله الجابر الصباح، اليوم الأحد، وزير الخارجية الفيتنامي بوي ثانه سون، بحضور نائب وزير الخارجية الفيتنامي فام بينه مينه.',
    'وبحث الجانبان سبل تعزيز التعاون الاقتصادي بين البلدين.',
  ].join('\n\n');
  it('seats the Vietnamese deputy minister on his side', () => {
    const found = sides(text);
    const vietnam = sideOf(found, 'بوي ثانه سون');
    expect(vietnam).toBeDefined();
    expect(sideOf(found, 'فام بينه مينه')).toBe(vietnam);
  });
  const signing = [
    'العراق والأردن يوقعان مذكرتي تفاهم',
    'بغداد - وقع العراق والأردن، اليوم، مذكرتي تفاهم في مجالي النقل والطاقة.',
    'ووقع المذكرة الأولى عن الجانب العراقي وزير النقل عباس فنجان الحمامي، وعن الجانب الأردني وزير النقل خالد سيف.',
  ].join('\n\n');
  it('seats an Iraqi signer whose family names are nouns', () => {
    expect(members(sides(signing))).toContain('عباس فنجان الحمامي');
  });
});
