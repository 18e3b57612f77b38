import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

describe('a name-shaped place after «في» in the subject is where the speaker spoke, not who', () => {
  const text = 'وقال وزير الزراعة في مؤتمر صحافي عقده في سهيلة المرابطي إن الموسم سيكون وفيرا.';
  it('no official is made of the place', () => {
    expect(analyze(text).officials.map((o) => o.name_ar)).not.toContain('سهيلة المرابطي');
  });
  it('the minister speaks', () => {
    expect(speakerOf(text, 'الموسم سيكون')).toBe('وزير الزراعة');
  });
  it('the holder named after the title still speaks when a place follows «في»', () => {
    const named = 'وقال النائب كريم الحداد في مؤتمر صحافي في سهيلة المرابطي إن الجلسة غير قانونية.';
    expect(speakerOf(named, 'الجلسة غير قانونية')).toBe('كريم الحداد');
  });
});
