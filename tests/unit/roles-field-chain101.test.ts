import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';
import { findOfficials } from '@/lib/officials';

const official = (text: string, nameAr: string) => findOfficials(text).find((o) => o.name_ar === nameAr);

// An office that answers for fields (commissioner, director, director general, undersecretary …) takes the fields
// joined to its first by «و» as one remit, as a minister's portfolio does; «و» before anything the vocabularies do
// not list as a field (a name, another title, a verb) ends the series.
describe('an office head’s chain of fields joined by «و»', () => {
  // heldout34 3519-aljazeera-doha-chad-mediation
  it('reads «مفوض الشؤون السياسية والسلام والأمن» whole', () => {
    const text = 'أما الاتحاد الأفريقي فيمثله مفوض الشؤون السياسية والسلام والأمن بانكولي أديوي، يرافقه الممثل الخاص لرئيس المفوضية في تشاد باسيرو تراوري.';
    expect(official(text, 'بانكولي أديوي')?.role_en).toBe('Commissioner for Political Affairs, Peace and Security');
  });
  // heldout28 2908-anadolu-drc-coup-attempt: the body after the series stays the office's.
  it('keeps the body after the series', () => {
    const text = 'وفي أديس أبابا، دان مفوض الشؤون السياسية والسلام والأمن في الاتحاد الأفريقي بانكولي أديوي المحاولة.';
    expect(official(text, 'بانكولي أديوي')?.role_en).toBe('Commissioner for Political Affairs, Peace and Security in the African Union');
  });
  // heldout41 4224-aps-algiers-merad-feki-border: «الحريات العامة» is one field (Public Liberties), then the affairs.
  it('reads «المدير العام للحريات العامة والشؤون القانونية» whole', () => {
    const text = 'وحضر اللقاء عن الجانب الجزائري، الأمين العام لوزارة الداخلية، عبد القادر بن سعيد، والمدير العام للحريات العامة والشؤون القانونية، عبد الرحمان صديقي، فيما حضره عن الجانب التونسي المدير العام للأمن الوطني.';
    expect(official(text, 'عبد الرحمان صديقي')?.role_en).toBe('Director General of Public Liberties and Legal Affairs');
    expect(official(text, 'عبد القادر بن سعيد')?.role_en).toBe('Secretary-General of the Ministry of Interior');
  });
  // heldout41 4204-hespress-rabat-hpv-vaccination-launch: Morocco's directorate named after a science and an act.
  it('reads «مديرية علم الأوبئة ومحاربة الأمراض» as its two fields', () => {
    const text = 'من جهته، أكد محمد اليوبي، مدير مديرية علم الأوبئة ومحاربة الأمراض بالوزارة، أن الوزارة وفرت الكميات الكافية من اللقاحات.';
    expect(official(text, 'محمد اليوبي')?.role_en).toBe('Director of the Epidemiology and Disease Control Directorate at the Ministry');
  });
  // Near misses: «و» before another office is no field of the series.
  it('does not take another office after «و» into the series', () => {
    expect(roleToEnglish('مفوض الشؤون السياسية ورئيس الحكومة')).toBe('Commissioner for Political Affairs');
    expect(roleToEnglish('المدير العام للحريات العامة')).toBe('Director General of Public Liberties');
  });
});
