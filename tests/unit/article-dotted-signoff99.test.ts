// A wire's sign-off under the text: the agency in brackets, then the editors' dotted initials (issue 14, item 1).
import { describe, expect, it } from 'vitest';
import { articleFromPlainText } from '@/lib/article/text';

// Sentences from tests/heldout40/4124-tap-tunis-nafti-muhriddin-talks.txt (TAP signs «(وات) م.ع/ ح.س» under the story).
const story = (tail: string) => [
  'وزير الخارجية يتحادث مع نظيره الطاجيكي',
  'تونس 12 نوفمبر (وات) - تحادث وزير الشؤون الخارجية والهجرة والتونسيين بالخارج، محمد علي النفطي، اليوم الثلاثاء بمقر الوزارة، مع وزير خارجية جمهورية طاجيكستان، سراج الدين مهر الدين، الذي يؤدي زيارة عمل إلى تونس تدوم يومين.',
  'ويذكر أن العلاقات الدبلوماسية بين تونس وطاجيكستان أقيمت سنة 1992، وتعد هذه أول زيارة لوزير خارجية طاجيكي إلى تونس منذ أكثر من عشر سنوات.',
].join('\n\n') + tail;
const LAST = 'منذ أكثر من عشر سنوات.';

describe("an agency's sign-off with the editors' dotted initials", () => {
  for (const signOff of ['(وات) م.ع/ ح.س', '(واس) م.ع/ ح.س', '--(بترا) ع.ح/ ب.ط']) {
    it(`is left out: «${signOff}»`, () => {
      const { text } = articleFromPlainText(story(`\n\n${signOff}`));
      expect(text.endsWith(LAST)).toBe(true);
    });
  }
  it('leaves the initials spaced apart out as before', () => {
    expect(articleFromPlainText(story('\n\n(وات) م ع/ ح س')).text.endsWith(LAST)).toBe(true);
  });
});

describe('near misses that stay', () => {
  it('a last line of words after an agency in brackets', () => {
    const { text } = articleFromPlainText(story('\n\n(وات) وأكد الوزير أن الزيارة تفتح آفاقا جديدة للتعاون بين البلدين.'));
    expect(text).toContain('وأكد الوزير أن الزيارة تفتح آفاقا جديدة للتعاون بين البلدين.');
  });
  it('dotted initials inside a sentence after an agency in brackets', () => {
    const { text } = articleFromPlainText(story('\n\n(وات) م.ع/ ح.س أكد الوزير أن الزيارة ناجحة.'));
    expect(text).toContain('أكد الوزير أن الزيارة ناجحة.');
  });
});
