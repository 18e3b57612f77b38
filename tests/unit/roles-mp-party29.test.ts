// A party whose English name puts its noun first ("Movement of Society for Peace", "Front of Socialist Forces") is
// still the party an MP sits for; before, only names ending in the noun ("Fatah Bloc") were read so (round 29).
import { describe, expect, it } from 'vitest';
import { roleToEnglish } from '@/lib/english/roles';

describe('a member of parliament «عن» a party whose English name opens with its noun', () => {
  it('sits for it', () => {
    expect(roleToEnglish('النائب عن حركة مجتمع السلم')).toBe('MP for the Movement of Society for Peace');
    expect(roleToEnglish('النائبة عن حركة مجتمع السلم')).toBe('MP for the Movement of Society for Peace');
  });
  it('a party named with its noun last still reads as before, and a place stays the constituency', () => {
    expect(roleToEnglish('النائب عن كتلة الفتح')).toBe('MP for the Fatah Bloc');
    expect(roleToEnglish('النائب عن محافظة نينوى')).toBe('MP for Nineveh');
  });
});
