import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a government that only runs current business («حكومة تصريف الأعمال»)', () => {
  it('is headed by a Caretaker Prime Minister', () => {
    expect(roleToEnglish('رئيس حكومة تصريف الأعمال')).toBe('Caretaker Prime Minister');
  });
  it('and its ministers sit in the Caretaker Government', () => {
    expect(roleToEnglish('وزير الزراعة في حكومة تصريف الأعمال')).toBe('Minister of Agriculture at the Caretaker Government');
  });
});
