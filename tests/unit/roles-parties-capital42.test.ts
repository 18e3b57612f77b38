import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

describe('a party named by a country in the construct', () => {
  it('puts the country first, the party noun without its article read as with it', () => {
    expect(roleToEnglish('زعيم حزب مؤتمر ملاوي')).toBe('Leader of the Malawi Congress Party');
    expect(roleToEnglish('رئيس حزب شعب باكستان')).toBe('Head of the Pakistan People Party');
  });
  it('leaves the parties already read as they were', () => {
    expect(roleToEnglish('زعيم حزب الحركة القومية')).toBe('Leader of the Nationalist Movement Party');
    expect(roleToEnglish('زعيم حزب المؤتمر الوطني')).toBe('Leader of the National Congress Party');
    expect(roleToEnglish('رئيس حركة حماس')).toBe('Head of Hamas');
  });
});

describe('party nouns of welfare, movements and citizens', () => {
  it('names the party whose words are all party nouns', () => {
    expect(roleToEnglish('زعيم حزب الرفاه من جديد')).toBe('Leader of the Welfare Party');
    expect(roleToEnglish('مرشح حزب "حركة المواطنين"')).toBe('Candidate of the Movement of Citizens');
  });
});

describe('the mayor of the capital', () => {
  it('is the mayor of the capital of the state the story is about', () => {
    const text = 'قال المتحدث باسم الكرملين ديمتري بيسكوف إن الرئيس الروسي فلاديمير بوتين تلقى تقريرا. وفي موسكو، أعلن عمدة العاصمة، سيرغي سوبيانين، أن حكومة المدينة ستدفع تعويضات للعائلات.';
    expect(analyze(text).officials.find((o) => o.name_ar === 'سيرغي سوبيانين')?.role_en).toBe('Mayor of Moscow');
  });
});

describe('bodies for elections', () => {
  it('name the elections before them in the singular', () => {
    expect(roleToEnglish('رئيس مفوضية الانتخابات')).toBe('Head of the Election Commission');
    expect(roleToEnglish('رئيس هيئة الانتخابات')).toBe('Head of the Election Authority');
    expect(roleToEnglish('رئيس لجنة الانتخابات المركزية')).toBe('Head of the Central Election Commission');
  });
  it('an electoral committee is the Electoral Commission', () => {
    expect(roleToEnglish('رئيسة اللجنة الانتخابية')).toBe('Chairwoman of the Electoral Commission');
    expect(roleToEnglish('رئيس المفوضية الانتخابية')).toBe('Head of the Electoral Commission');
  });
});
