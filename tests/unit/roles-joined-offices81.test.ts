import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('two offices of one person joined by و', () => {
  it('render both, joined by "and"', () => {
    expect(roleToEnglish('نائب رئيس الوزراء ووزير الصحة')).toBe('Deputy Prime Minister and Minister of Health');
    expect(roleToEnglish('رئيس الوزراء ووزير الخارجية')).toBe('Prime Minister and Minister of Foreign Affairs');
    expect(roleToEnglish('نائب رئيس الوزراء ووزير المالية')).toBe('Deputy Prime Minister and Minister of Finance');
  });
  it('but not two offices of one kind, nor a second word that names no body', () => {
    expect(roleToEnglish('وزير الخارجية ووزير الدفاع')).toBe('Minister of Foreign Affairs');
    expect(roleToEnglish('رئيس الوزراء والوفد المرافق')).toBe('Prime Minister');
  });
});
