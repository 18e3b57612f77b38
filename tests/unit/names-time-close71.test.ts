import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A time noun before the day it names is no word of the name before it. (Invented sentence.)
describe('a time phrase after a whole name', () => {
  it('closes the name before «ليل» and a weekday', () => {
    const found = names('وأعلن الرئيس الكولومبي غوستافو بيترو ليل الخميس أن الحكومة ستعلن الهدنة.');
    expect(found).toContain('غوستافو بيترو');
    expect(found.join()).not.toContain('ليل');
  });
});
