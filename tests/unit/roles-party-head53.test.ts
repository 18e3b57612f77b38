import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';
import { partyHeadStyled } from '@/lib/english/roles';

const byName = (text: string, name: string) => findOfficials(text).find((o) => o.name_ar === name);

describe('the head of a party («رئيس حزب X») in the style of the party\'s state', () => {
  it('is its President in France and the states of its tradition', () => {
    expect(partyHeadStyled('Head of the National Rally', 'FR', false)).toBe('President of the National Rally');
    expect(partyHeadStyled('Head of the Tawassoul Party', 'MR', false)).toBe('President of the Tawassoul Party');
  });
  it('its Chairman (Chairwoman) in Nigeria, Pakistan and Turkey', () => {
    expect(partyHeadStyled('Head of the Labour Party', 'NG', false)).toBe('Chairman of the Labour Party');
    expect(partyHeadStyled('Head of the Good Party', 'TR', true)).toBe('Chairwoman of the Good Party');
  });
  it('and stays its Head elsewhere, or when the office is not a head\'s', () => {
    expect(partyHeadStyled('Head of the Progressive Socialist Party', 'LB', false)).toBe('Head of the Progressive Socialist Party');
    expect(partyHeadStyled('Deputy Head of the Tawassoul Party', 'MR', false)).toBe('Deputy Head of the Tawassoul Party');
  });
  it('read from an article', () => {
    const text = 'وقال رئيس حزب تواصل الموريتاني محمد محمود ولد سييدي إن الحزب سيشارك في الانتخابات.';
    expect(byName(text, 'محمد محمود ولد سييدي')?.role_en).toMatch(/^President of /);
  });
});
