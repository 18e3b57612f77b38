import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

// Invented sentences: a place with its preposition glued to it («بباريس», in Paris) after a body is where the body is,
// never the first word of the name after it.
describe('a place with its preposition before a name', () => {
  it('is no word of a researcher\'s name after a body of studies', () => {
    const r = analyze('أما الباحثة في معهد الدراسات الأفريقية بباريس ليلى منصور، فتعتقد أن "التسوية ممكنة قبل نهاية العام".');
    expect(r.people.map((p) => p.name_ar)).toContain('ليلى منصور');
    expect(r.quotes[0]?.speaker_en).toMatch(/^La[iy]la Mansour$/);
  });
  it('is no word of a name after a research centre either', () => {
    const r = analyze('ويرى الخبير في مركز الأبحاث بلندن سامي حداد أن الأسواق ستتعافى قريبا.');
    expect(r.people.concat(r.officials as never[]).map((p: { name_ar: string }) => p.name_ar)).not.toContain('بلندن سامي حداد');
  });
  it('leaves a given name that starts with ب or ل alone', () => {
    const r = analyze('وقال وزير الخارجية الأردني بلال الخطيب إن الزيارة ناجحة.');
    expect(r.officials.map((o) => o.name_ar)).toContain('بلال الخطيب');
  });
});
