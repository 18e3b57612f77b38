import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// A title that ends on a modifier of two words carrying the holder's pronoun («المنتهية ولايته», Outgoing) governs no
// genitive: the first word of a long name after it is the name's, not the title's. (Invented sentences.)
describe('a name after a title closed by «المنتهية ولايته»', () => {
  it('keeps a foreign given name', () => {
    expect(names('وقال الرئيس المنتهية ولايته خوسيه ماريا فيغيريس إن الانتخابات جرت بهدوء.')).toContain('خوسيه ماريا فيغيريس');
  });

  it('keeps «علي» before a foreign family name', () => {
    expect(names('أعلنت اللجنة فوز الرئيس المنتهية ولايته علي بونغو أونديمبا بولاية ثانية، بحصوله على نصف الأصوات.')).toContain('علي بونغو أونديمبا');
  });
});
