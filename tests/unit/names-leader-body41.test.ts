import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// A body a leader's name owns in the construct («حملة تينوبو»), then the name of the body's office holder. (Invented
// sentences; Tinubu is a known person.)
describe("the holder's name after a leader's body", () => {
  const text = 'أعلنت اللجنة فوز بولا تينوبو بالرئاسة. وقال المتحدث باسم حملة تينوبو فستوس كيامو إن على المعارضين "اللجوء إلى المحاكم".';
  it('leaves the leader out of the holder’s name', () => {
    expect(analyze(text).officials.map((o) => o.name_ar)).toContain('فستوس كيامو');
  });
  it('gives the quote to the holder, not the leader', () => {
    const quote = analyze(text).quotes.find((q) => q.text.includes('اللجوء'));
    expect(quote?.speaker_en).toMatch(/Festus/);
  });
});
