import { describe, expect, it } from 'vitest';
import { members, sideOf, sides } from './helpers/delegations';

// Round 38, delegations: «بقيادة» after a council is who commands the body («المجلس العسكري بقيادة الجنرال X»), not a
// delegation or a meeting he leads.

// Written for the test (Sky News Arabia's style): a call between two presidents, then a junta's leader told of.
describe('leaderMeeting: a council «بقيادة» someone', () => {
  it('gives the junta\'s leader no side of his own', () => {
    const text =
      'أجرى الرئيس المصري عبد الفتاح السيسي، مساء الأربعاء، اتصالا هاتفيا بالرئيس النيجيري بولا أحمد تينوبو، تناول تطورات الأزمة في النيجر.\n\n' +
      'وفي نيامي، يواصل المجلس العسكري بقيادة الجنرال عبد الرحمن تياني رفض الوساطات الإقليمية.';
    const found = sides(text);
    expect(sideOf(found, 'عبد الفتاح السيسي')).toBe('Egypt');
    expect(members(found)).not.toContain('عبد الرحمن تياني');
  });

  it('still reads a delegation «بقيادة» its head', () => {
    const text = 'استقبل وزير الخارجية المصري سامح شكري، اليوم، وفدا سودانيا بقيادة وزير الخارجية السوداني علي الصادق، وبحث معه تطورات الأوضاع.';
    const found = sides(text);
    expect(sideOf(found, 'علي الصادق')).toBe('Sudan');
  });
});
