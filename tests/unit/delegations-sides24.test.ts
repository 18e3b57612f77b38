import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Written for the test: a guest whose title, as the officials layer reads it, stops before «في جمهورية X» / «بجمهورية X»
// (a title too long to keep whole). The sentence still names the state the title serves: the guest sits on its side.
describe('findDelegations: the state a cut title runs on to is its holder\'s side', () => {
  const tails = ['وشؤون التعاون الإقليمي في جمهورية غانا', 'والتكامل الإقليمي بجمهورية غانا'];
  for (const tail of tails) {
    const text = [
      'بوريطة يستقبل وزيرا إفريقيا',
      `الرباط - استقبل السيد ناصر بوريطة وزير الخارجية، اليوم الأربعاء بالرباط، السيد صامويل أبلاكوا وزير الخارجية ${tail}، الذي يزور المملكة حاليا.`,
      'وتناولت المباحثات سبل تطوير العلاقات الثنائية.',
      'وحضر اللقاء السيد فؤاد يزوغ السفير المدير العام للعلاقات الثنائية بوزارة الخارجية المغربية.',
    ].join('\n\n');
    it(`seats the guest with Ghana (${tail})`, () => {
      const found = sides(text);
      expect(sideOf(found, 'صامويل أبلاكوا')).toBe('Ghana');
      expect(sideOf(found, 'ناصر بوريطة')).toBe('Morocco');
    });
  }
});

// Written for the test: one present at the meeting, of no stated country, speaks "عقب اللقاء" later on (a meeting word
// with him as its only party); no dateline names the place, and the country the article names most (the refugees')
// is no side of the meeting.
describe('findDelegations: a party of unknown side whom a list names among those present takes the list\'s side', () => {
  const text = [
    'بو حبيب يبحث مع منظمة الصحة العالمية أوضاع النازحين',
    'استقبل وزير الخارجية اللبناني عبد الله بو حبيب في مكتبه اليوم ممثل منظمة الصحة العالمية في لبنان عبد الناصر أبو بكر، بحضور مدير الشؤون السياسية في الوزارة هاني شميطلي، وجرى البحث في الأوضاع الصحية للنازحين السوريين.',
    'وتناول البحث حاجات المستشفيات التي تستقبل المرضى السوريين، وكلفة علاج اللاجئين السوريين في المناطق الحدودية.',
    'وكان شميطلي أكثر تشاؤما، إذ قال للصحفيين عقب اللقاء إن أعداد النازحين السوريين تتزايد.',
  ].join('\n\n');
  it('seats the one present with the host', () => {
    const found = sides(text);
    expect(sideOf(found, 'هاني شميطلي')).toBe('Lebanon');
    expect(found['Syria']).toBeUndefined();
  });
});
