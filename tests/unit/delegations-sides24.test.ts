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
