import { describe, expect, it } from 'vitest';
import { sideOf, sides } from './helpers/delegations';

// Round 57, delegations: a delegation's list («الذي ضم …») ends at «، في حضور» as it does at «، بحضور», even when none of
// its own members was read as an official: those present after it are not the delegation's.

describe('«الوفد المرافق له، الذي ضم …، في حضور …»', () => {
  // Written for the test (a Lebanese daily's style).
  it('keeps those present after «، في حضور» off the visiting delegation', () => {
    const text =
      'استقبل رئيس الحكومة نجيب ميقاتي، في السراي الحكومي، وزير الخارجية الفرنسي جان نويل بارو والوفد المرافق له، الذي ضم الخبراء في الشؤون الإقليمية، في حضور المدير العام للشؤون السياسية كريم حداد.\n\n' +
      'وتناول اللقاء الأوضاع في الجنوب.';
    const found = sides(text);
    expect(sideOf(found, 'جان نويل بارو')).toBe('France');
    expect(sideOf(found, 'كريم حداد')).not.toBe('France');
  });
});
