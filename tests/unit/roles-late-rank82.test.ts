import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const roleOf = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name)?.role_en;

describe('«الراحل» after a bare rank before the name', () => {
  it('makes the rank the late holder\'s', () => {
    expect(roleOf('ووضع الوزير إكليلا من الزهور على ضريح الرئيس الراحل هواري بومدين في العاصمة.', 'هواري بومدين')).toBe('Late President');
    expect(roleOf('وشارك الوفد في إحياء ذكرى الرئيسة الراحلة كورازون أكينو في مانيلا.', 'كورازون أكينو')).toBe('Late President');
  });
  it('and the office a known holder\'s rank stands for', () => {
    expect(roleOf('وبدأت الخطة في عهد حكومات الرئيس الراحل رفيق الحريري في التسعينيات.', 'رفيق الحريري')).toBe('Late Prime Minister of Lebanon');
  });
  it('while a rank without it stays the holder\'s own', () => {
    expect(roleOf('واستقبل الرئيس عبد المجيد تبون الوفد في قصر المرادية.', 'عبد المجيد تبون')).toBe('President');
  });
});
