import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('the brief of an envoy after his sender, nationality or modifiers («ل» + a portfolio)', () => {
  it('is what he is an envoy for', () => {
    expect(roleToEnglish('المبعوث الفرنسي الخاص لمكافحة الإرهاب')).toBe('French Special Envoy for Counter-Terrorism');
    expect(roleToEnglish('المبعوث الخاص لرئيس الوزراء البريطاني للمصالحة')).toBe('Special Envoy of the British Prime Minister for Reconciliation');
    expect(roleToEnglish('مبعوث الرئيس الصيني للمصالحة')).toBe('Envoy of the Chinese President for Reconciliation');
    expect(roleToEnglish('المبعوثة الخاصة لوزير الخارجية الألماني للمصالحة والوساطة')).toMatch(/^Special Envoy of the German Minister of Foreign Affairs for Reconciliation and Mediation$/);
  });
  it('and an envoy with nothing after him stays as he was', () => {
    expect(roleToEnglish('مبعوث الأمم المتحدة الخاص')).toBe('UN Special Envoy');
  });
});
