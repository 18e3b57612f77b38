import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { roleToEnglish } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('the head of a party, a front, a bloc or a movement', () => {
  it('is its Head, as رئيس reads (the press writes "Head of the X Party" more than "Leader")', () => {
    expect(roleToEnglish('رئيس حزب الوفد')).toBe('Head of the Wafd Party');
    expect(roleToEnglish('رئيسة كتلة التغيير')).toBe('Head of the Change Bloc');
    expect(roleToEnglish('رئيس جبهة الإنقاذ')).toBe('Head of the Salvation Front');
  });
  it('while زعيم stays its Leader', () => {
    expect(roleToEnglish('زعيم حزب الوفد')).toBe('Leader of the Wafd Party');
  });
});

describe('a state named with the noun of its form («جمهورية», «مملكة», «سلطنة»)', () => {
  it('is the country, in a construct title and after لدى', () => {
    expect(roleToEnglish('وزير خارجية جمهورية الجبل الأسود')).toBe('Minister of Foreign Affairs of Montenegro');
    expect(roleToEnglish('سفير تونس لدى جمهورية سلوفاكيا')).toBe('Ambassador of Tunisia to Slovakia');
  });
  it('so a second office after the first one keeps its country', () => {
    const text = 'واستقبل الرئيس معالي يانكو ستويانوف النائب الأول لرئيس الوزراء وزير خارجية جمهورية صربيا الذي يزور البلاد.';
    expect(byName(text, 'يانكو ستويانوف')?.role_en).toBe('First Deputy Prime Minister and Minister of Foreign Affairs of Serbia');
  });
  it('but a place that is a republic of its own stays that place', () => {
    expect(roleToEnglish('رئيس جمهورية الشيشان')).toBe('Head of the Chechen Republic');
  });
});
