import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker_en);

describe('a nationality whose word has another sense («المجري», also «المجرى»), after a person\'s title or description', () => {
  const visit = 'التقى كريم العلوي، وزير الخارجية، اليوم بالرباط، بيتر سيارتو، وزير الشؤون الخارجية والتجارة المجري.\n\nوقال سيارتو إن "المجر شريك موثوق".\n\n';
  it('"وأضاف المسؤول المجري" after the Hungarian minister spoke: the minister goes on', () => {
    expect(speakers(visit + 'وأضاف المسؤول المجري أن بلاده تريد الاستفادة من موقع المغرب.')).toEqual(['Péter Szijjártó', 'Péter Szijjártó']);
  });
  it('an unnamed source is a Hungarian one', () => {
    expect(speakers('وقال مسؤول مجري إن بلاده تريد الاستفادة من موقع المغرب.')).toEqual(['Hungarian official']);
  });
  it('the watercourse is no nationality', () => {
    expect(speakers('وقال الخبير إن تغيير المجرى "سيضر بالمزارعين".')).toEqual(['Expert']);
  });
});
