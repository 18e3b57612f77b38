import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a government that only runs current business («حكومة تصريف الأعمال»)', () => {
  it('is headed by a Caretaker Prime Minister', () => {
    expect(roleToEnglish('رئيس حكومة تصريف الأعمال')).toBe('Caretaker Prime Minister');
  });
  it('and its ministers are Caretaker ministers, as the press writes them', () => {
    expect(roleToEnglish('وزير الزراعة في حكومة تصريف الأعمال')).toBe('Caretaker Minister of Agriculture');
  });
});
