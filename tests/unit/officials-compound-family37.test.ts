import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const names = (text: string) => findOfficials(text).map((o) => o.name_ar);

describe('a family name in the construct, a noun and a noun with the article («بيت المال», «بحر العلوم»)', () => {
  it('reads both words before «إن» that opens what the person said', () => {
    expect(names('وقال عميد بلدية طرابلس المركز عبد الرؤوف بيت المال إن مئات الأسر نزحت.')).toEqual(['عبد الرؤوف بيت المال']);
  });

  it('reads both words before «و» and the next attendee’s title', () => {
    expect(names('وضم الوفد وكيل وزارة الخارجية السفير محمد حسين بحر العلوم ورئيس الدائرة القانونية الدكتور غسان الجميلي.'))
      .toContain('محمد حسين بحر العلوم');
  });

  it('leaves a time word and a given name before it alone', () => {
    expect(names('وقال وزير الخارجية محمد حسين اليوم إن الاجتماع مهم.')).not.toContain('محمد حسين اليوم');
    expect(names('وقال وزير الخارجية عبد الله بن زايد الثلاثاء إن الاجتماع مهم.')).not.toContain('عبد الله بن زايد الثلاثاء');
  });
});
