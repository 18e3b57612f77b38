import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A given name that reads as an adjective too, right after the definite last word of a role the grammar does not
// read whole: no attribute of the definite noun, the name's first word. (Invented sentences.)
describe('a name of three words after a definite word of the role', () => {
  it('keeps its first word', () => {
    expect(names('وأوضح المتحدث باسم مجلس صيانة الدستور هادي طحان نظيف أن المجلس سيبت في الطعون.')).toContain('هادي طحان نظيف');
  });
});
