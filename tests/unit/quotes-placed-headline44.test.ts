import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => q.text);
const BODY = '\n\nأجرى وزير الخارجية الروسي سيرغي لافروف اليوم محادثات مع نظيره الجزائري أحمد عطاف في موسكو.';

describe('a headline «X في مكان: …» or «X بعد محادثاته مع Y: …» sums up the story of a visit; its line is no quote', () => {
  it('reads no quote after a speaker set at a place', () => {
    expect(quotesOf('لافروف في موسكو: روسيا والجزائر تنسقان مواقفهما في مجلس الأمن الدولي' + BODY)).toEqual([]);
  });

  it('reads no quote after a speaker set after a meeting', () => {
    expect(quotesOf('لافروف بعد محادثاته مع عطاف: روسيا والجزائر تنسقان مواقفهما في مجلس الأمن الدولي' + BODY)).toEqual([]);
  });

  it('still reads a bare «X: …» headline', () => {
    expect(quotesOf('لافروف: روسيا والجزائر تنسقان مواقفهما في مجلس الأمن الدولي' + BODY)).toEqual(['روسيا والجزائر تنسقان مواقفهما في مجلس الأمن الدولي']);
  });
});
