import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a given name the stop list holds as a word, right after a military rank and before the father’s name', () => {
  it('opens the name', () => {
    // SPA (heldout18).
    expect(names('والملحق العسكري الباكستاني لدى المملكة العميد شاهد محمود أعوان. وقال الملحق إن التعاون قديم.')).toContain('شاهد محمود أعوان');
  });
  it('stays a word with no rank before it or no given name after it', () => {
    expect(names('وقال المتحدث إن شاهد محمود أعوان كان هناك.')).not.toContain('شاهد محمود أعوان');
    expect(names('وقال العميد شاهد العيان إن الوضع هادئ.')).not.toContain('شاهد العيان');
  });
});
