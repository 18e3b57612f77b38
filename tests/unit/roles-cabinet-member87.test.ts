import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a member of a council of ministers is a Cabinet Member', () => {
  it('joined to a minister of state, alone, and before a third office', () => {
    expect(roleToEnglish('وزير الدولة عضو مجلس الوزراء')).toBe('Minister of State and Cabinet Member');
    expect(roleToEnglish('عضو مجلس الوزراء')).toBe('Cabinet Member');
    expect(roleToEnglish('وزير الدولة للشؤون الخارجية عضو مجلس الوزراء')).toBe('Minister of State for Foreign Affairs and Cabinet Member');
    expect(roleToEnglish('وزير الدولة عضو مجلس الوزراء مستشار الأمن الوطني')).toBe('Minister of State, Cabinet Member and National Security Adviser');
  });
  it('keeps the state the council is of', () => {
    expect(roleToEnglish('عضو مجلس الوزراء السعودي')).toBe('Saudi Cabinet Member');
  });
  it('leaves the council itself, its head and another council alone', () => {
    expect(roleToEnglish('رئيس مجلس الوزراء')).not.toMatch(/Cabinet/);
    expect(roleToEnglish('عضو مجلس الشورى')).toMatch(/^Member of /);
  });
});
