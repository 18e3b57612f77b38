import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const officials = (text: string) => analyze(text).officials.map((o) => [o.name_ar, o.role_en]);
const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// After a civil style («سعادة», «معالي», «السيد») and no title, the words up to a full office in apposition are the
// person's name, whatever the name lists make of them: the style says a person is named, the office where the name
// ends. (Invented sentences.)
describe('a name between a civil style and its full office', () => {
  it('reads «علي» after the style as the name Ali, and a family name no list holds', () => {
    expect(names('وحضر اللقاء سعادة علي صفوي خوشنودي سفير الجمهورية الإسلامية الإيرانية لدى دولة الكويت.')).toContain('علي صفوي خوشنودي');
  });
  it('reads a foreign name whose last word begins with و', () => {
    expect(names('ووقع الاتفاقية سعادة السيدة ماريكا كامبالا ويليما وزيرة الصحة في زامبيا.')).toContain('ماريكا كامبالا ويليما');
  });
  it('goes on over a name word that reads as a title governing nothing', () => {
    expect(names('وحضر الاجتماع سعادة السيد سيدي ولد محمد الأمين سفير موريتانيا لدى دولة قطر.')).toContain('سيدي ولد محمد الأمين');
  });
  it('gives the name the office after it', () => {
    expect(officials('وحضر اللقاء سعادة علي صفوي خوشنودي سفير الجمهورية الإسلامية الإيرانية لدى دولة الكويت.')[0]?.[1]).toMatch(/^Ambassador of Iran/);
  });
  it('reads no name where the words run into the next item of a list', () => {
    expect(names('وحضر اللقاء سعادة السفير وكبار المسؤولين وزير الخارجية.')).not.toContain('وكبار المسؤولين');
  });
});
