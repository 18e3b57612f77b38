// Round 21: the holder's name after a title whose portfolio or province words no list holds. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a portfolio the lists do not hold, then the name', () => {
  it('takes a head in the genitive of a verbal noun for part of the portfolio, not a title of its own', () => {
    expect(names('وقال وزير حماية المواطن يانيس ماركوبولوس إن الحرائق تحت السيطرة.')).toContain('يانيس ماركوبولوس');
  });

  it('still ends the role at a verb and a particle before another title', () => {
    const found = analyze('وكان الرئيس البرازيلي قد التقى مع الزعيم الصيني شي جين بينغ في بكين.').officials;
    expect(found.find((o) => o.name_ar === 'شي جين بينغ')?.role_en ?? '').not.toMatch(/Brazil/);
  });
});

describe('a province or state named in a word no list holds', () => {
  it('reads the name apposed after «حاكم ولاية X،»', () => {
    expect(names('ورافقه حاكم ولاية مونيكا، خوسيه كاليثايا، إلى الاجتماع.')).toContain('خوسيه كاليثايا');
  });

  it('reads the name with no comma after a compass point and the place', () => {
    expect(names('وانتقد حاكم إقليم جنوب إيجه يورغوس هاتزيماركوس قرار الحكومة.')).toContain('يورغوس هاتزيماركوس');
  });
});
