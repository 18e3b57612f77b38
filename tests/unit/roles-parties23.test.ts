import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => analyze(text).officials.find((o) => o.name_ar === name);

describe('a party, movement or bloc named in quotation marks that the vocabularies cannot read', () => {
  it('keeps its name, spelled out', () => {
    expect(roleToEnglish('رئيس حزب «نداء كردستان»')).toMatch(/^Head of the \S+ \S+ Party$/);
    expect(roleToEnglish('النائب عن كتلة "بدر"')).toMatch(/^MP for the \S+ Bloc$/);
  });
  it('writes an acronym spelled in the letters\' names in its letters, with what the party is', () => {
    expect(roleToEnglish('زعيم حزب "إيه إن سي" الحاكم')).toBe('Leader of the Ruling ANC Party');
    expect(roleToEnglish('رئيس حزب "سي دي - إس يو"')).toBe('Head of the CD-SU Party');
  });
  it('leaves words of the language untold', () => {
    expect(roleToEnglish('زعيم حزب "المدافعين عن حقوق العمال"')).toBe('Leader of the Party');
  });
  it('still finds the holder named after the closing mark, also after another description', () => {
    const text = 'وقال المهندس ورئيس حزب «نداء كردستان» شيرزاد حسين إن "الانتخابات مزورة".';
    expect(byName(text, 'شيرزاد حسين')?.role_en).toMatch(/Head of the \S+ \S+ Party$/);
  });
});

describe('a named alliance of parties («تحالف X»)', () => {
  it('is an Alliance; a coalition («ائتلاف») and the generic «التحالف» stay coalitions', () => {
    expect(roleToEnglish('زعيم تحالف الإصلاح')).toBe('Leader of the Reform Alliance');
    expect(roleToEnglish('النائبة عن تحالف "بدر"')).toMatch(/^MP for the \S+ Alliance$/);
    expect(roleToEnglish('زعيم ائتلاف دولة القانون')).toBe('Leader of the State of Law Coalition');
    expect(roleToEnglish('المتحدث باسم التحالف الدولي')).toBe('Spokesman for the International Coalition');
  });
});

describe('a body «بزعامة» or «برئاسة» a member of parliament named with his bare title', () => {
  it('is led by him, and he sits', () => {
    const party = 'ويتوقع أن يتقدم حزب العمال بزعامة النائب يوهان كارلسون في الانتخابات المقبلة.';
    expect(byName(party, 'يوهان كارلسون')?.role_en).toBe("MP and Leader of the Workers' Party");
  });
  it('keeps the bare title where the body is not read', () => {
    const text = 'ويتوقع أن يتقدم حزب النجمة الساطعة بزعامة النائب يوهان كارلسون في الانتخابات المقبلة.';
    expect(byName(text, 'يوهان كارلسون')?.role_en).toBe('MP');
  });
});

describe('«الشعبي» of a front, a force or a mobilisation', () => {
  it('is Popular; of a party, a council or an army the People\'s', () => {
    expect(roleToEnglish('المتحدث باسم الجبهة الشعبية')).toBe('Spokesman for the Popular Front');
    expect(roleToEnglish('قائد القوات الشعبية')).toBe('Commander of the Popular Forces');
    expect(roleToEnglish('رئيس الحزب الشعبي')).toBe("Chairman of the People's Party");
    expect(roleToEnglish('قائد الجيش الشعبي')).toBe("Commander of the People's Army");
  });
});
