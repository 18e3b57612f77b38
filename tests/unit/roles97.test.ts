import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { roleToEnglish } from '../../lib/english/roles';

const roleOf = (text: string, name: RegExp) => analyze(text).officials.find((o) => name.test(o.name_en))?.role_en;

describe('an office rendered before its holder is placed takes his state\'s style', () => {
  // tests/heldout38/3916-aps-algiers-tebboune-ambassadors-credentials.txt: APS's story places the presidency's
  // «مدير ديوان» in Algeria only by its seat: the Algerian presidency's Director of Cabinet.
  it('styles the office by the state a seat or a side gives', () => {
    const text = 'الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، أوراق اعتماد سفراء جدد، بحضور وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية، السيد أحمد عطاف، ومدير ديوان رئاسة الجمهورية، السيد بوعلام بوعلام.';
    expect(roleOf(text, /Boualem/)).toBe('Director of Cabinet of the Presidency');
  });
});

describe('«المكلف» before a style or in a government is acting', () => {
  // tests/heldout40/4123-suna-port-sudan-agar-igad-mission.txt, tests/heldout23/2412-rt-arabic-tunis-trilateral-summit.txt
  it('reads Acting before a rank or style that opens the name', () => {
    expect(roleToEnglish('وزير الخارجية المكلف السفير')).toBe('Acting Minister of Foreign Affairs');
    expect(roleToEnglish('وزير الخارجية المكلف بحكومة الوحدة الوطنية')).toBe('Acting Minister of Foreign Affairs at the Government of National Unity');
  });
  it('keeps a charge with a field of the language and a portfolio', () => {
    expect(roleToEnglish('الوزير لدى رئيس الحكومة المكلف العلاقات مع البرلمان')).toBe('Minister to the Prime Minister');
    expect(roleToEnglish('الوزير المكلف بالتعاون الإفريقي')).toBe('Minister in charge of African Cooperation');
  });
});

describe('describing modifiers of an adviser or an attaché', () => {
  // tests/heldout30/3112-al-quds-al-arabi-geneva-de-mistura-jaafari.txt, tests/heldout23/2422-youm7-cairo-indonesian-ambassador-credentials-copy.txt
  it('renders legal and education offices', () => {
    expect(roleToEnglish('المستشار القانوني')).toBe('Legal Adviser');
    expect(roleToEnglish('الملحق التعليمي بالسفارة الإندونيسية')).toBe('Education Attaché at the Indonesian Embassy');
    expect(roleToEnglish('المستشار الاقتصادي')).toBe('Economic Adviser');
  });
});

describe('a republic named by its nationality', () => {
  // tests/heldout40/4119-petra-nicosia-jordan-cyprus-greece-trilateral.txt
  it('is the state', () => {
    expect(roleToEnglish('وزير خارجية الجمهورية اليونانية')).toBe('Minister of Foreign Affairs of Greece');
  });
  it('keeps the presidency\'s republic and names that are no nationality', () => {
    expect(roleToEnglish('المتحدث الرسمي باسم رئاسة الجمهورية المصرية')).toBe('Spokesman for the Presidency of the Egyptian Republic');
    expect(roleToEnglish('رئيس تكتل الجمهورية القوية')).toBe('Head of the Strong Republic bloc');
  });
});
