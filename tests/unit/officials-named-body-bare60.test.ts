import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

// Round 60, officials recall: a title naming its body by the bare noun («رئيس الجمعية», «رئيس الجامعة») that the article
// named in full before («الجمعية الوطنية» a parliament, «الجامعة … لكرة القدم» a federation) holds a public office; the
// bare noun alone (an association, a university) no longer makes its holder civil society.

const officials = (text: string) => analyze(text).officials.map((o) => o.name_ar);
const people = (text: string) => analyze(text).people.map((p) => p.name_ar);

describe('a bare body noun the article named in full', () => {
  // Written for the test.
  it('seats the parliament\'s deputy speakers as officials', () => {
    const text = 'زار وفد من الجمعية الوطنية البلغارية بيروت أمس. وترأس الوفد نائب رئيس الجمعية بويكو ميتيف، وقال إن بلاده تدعم لبنان.';
    expect(officials(text)).toContain('بويكو ميتيف');
  });

  // Written for the test.
  it('keeps the head of an association that is one as civil society', () => {
    const text = 'أصدرت جمعية حماية المستهلك بيانا أمس. وقال رئيس الجمعية سمير حداد إن الأسعار ارتفعت.';
    expect(officials(text)).not.toContain('سمير حداد');
    expect(people(text)).toContain('سمير حداد');
  });
});
