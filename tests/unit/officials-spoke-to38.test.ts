import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officialOf = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name) ?? null;

describe('whom the person spoke to closes a name whose family name has the article', () => {
  it('reads «… الذويبي لمراسل الجوهرة» as a whole name', () => {
    // Jawhara FM (heldout3 412): «وأكد والي تطاوين المنجي الذويبي لمراسل الجوهرة أف أم أن الهدوء عاد».
    const o = officialOf('وأكد والي تطاوين المنجي الذويبي لمراسل الجوهرة أف أم أن الهدوء عاد نسبيا.', 'المنجي الذويبي');
    expect(o?.role_en).toBe('Governor of Tataouine');
  });
  it('reads «… للصحفيين» the same way', () => {
    expect(officialOf('وقال وزير الداخلية سمير الكعبوري للصحفيين إن الوضع تحت السيطرة.', 'سمير الكعبوري')).not.toBeNull();
  });
});
