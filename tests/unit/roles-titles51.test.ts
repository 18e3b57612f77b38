import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const roleOf = (text: string, surname: string) => findOfficials(text).find((o) => o.name_ar.endsWith(surname))?.role_en;

describe('«بالنيابة» after an office', () => {
  it('holds it in the meantime (Acting), like «بالوكالة» and «بالإنابة»', () => {
    expect(roleToEnglish('رئيس البرلمان بالنيابة')).toBe('Acting Speaker of Parliament');
    expect(roleToEnglish('الأمين العام بالنيابة للتجمع الوطني الديمقراطي')).toBe('Acting Secretary-General of the National Rally for Democracy');
    expect(roleToEnglish('المدير العام بالنيابة')).toBe('Acting Director General');
  });
  it('after the office, its body and its nationality too', () => {
    expect(roleOf('وقال رئيس الاتحاد الإسباني لكرة القدم بالنيابة بيدرو غارسيا إن الملف قوي.', 'غارسيا')).toMatch(/^Acting President of the Spanish /);
  });
});

describe('an ambassador named by his nationality «لدى» a capital', () => {
  it('keeps the city the article names after the state he is accredited to (after «في» the city alone)', () => {
    expect(roleToEnglish('السفير التركي لدى بغداد')).toBe('Turkish Ambassador to Iraq, in Baghdad');
    expect(roleToEnglish('السفير الروسي لدى كاراكاس')).toBe('Russian Ambassador to Venezuela, in Caracas');
    expect(roleToEnglish('السفير التركي في بغداد')).toBe('Turkish Ambassador in Baghdad');
  });
  it('while one «لدى» a country, or named by his country, is accredited to the country', () => {
    expect(roleToEnglish('السفير الروسي لدى العراق')).toBe('Russian Ambassador to Iraq');
    expect(roleToEnglish('سفير تركيا لدى بغداد')).toBe('Ambassador of Turkey to Iraq, in Baghdad');
  });
});

describe('a story whose officials tell no majority and whose words no one country', () => {
  it('spells an official of no stated country by the country twice as many hold office in', () => {
    const text = 'أعلن العاهل المغربي الملك محمد السادس دعم الملف. وقال رئيس الجامعة الملكية المغربية لكرة القدم فوزي لقجع إن الملف جاهز. '
      + 'من جهته، قال شكيب بنموسى، وزير التربية الوطنية والتعليم الأولي والرياضة، إن الوزارة مستعدة. '
      + 'وقال رئيس الاتحاد البرتغالي لكرة القدم فرناندو غوميش إن التحالف مع إسبانيا قوي. فيما اعتبر رئيس الاتحاد الإسباني بالنيابة بيدرو روتشا أن الملف أقوى من أي وقت مضى.';
    expect(findOfficials(text).find((o) => o.name_ar === 'شكيب بنموسى')?.name_en).toMatch(/^Chakib /);
  });
});

describe('levels of schooling in a minister\'s portfolio', () => {
  it('are portfolios, not an ordinal of the office («الأولي» is preschool, no First Minister)', () => {
    expect(roleToEnglish('وزير التربية الوطنية والتعليم الأولي والرياضة')).toBe('Minister of National Education, Preschool and Sports');
    expect(roleToEnglish('وزير التعليم الأساسي')).toBe('Minister of Basic Education');
    expect(roleToEnglish('وزيرة التعليم الثانوي')).toBe('Minister of Secondary Education');
  });
});
