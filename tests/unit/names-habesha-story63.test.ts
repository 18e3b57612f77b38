import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// In a story of Ethiopia, a person the article gives no country whose given name is no Arabic name is read as an
// Ethiopian's, even where a letter of the name (ق, ض, ع) reads as an Arab's. (Invented names.)
describe('an Ethiopian name in a story of Ethiopia, no country given', () => {
  it('is read the Ethiopian way when the given name is no Arabic name', () => {
    expect(nameToEnglish('دمقي ولدقبرئيل', { home: 'ET' })).toMatch(/^Dem/);
    expect(nameToEnglish('تسفاي قبرمسقل', { home: 'ET' })).toMatch(/^Tesfaye? Gebre/);
  });
  it('leaves an Arab or Sudanese name in the story alone', () => {
    expect(nameToEnglish('محمد حمدان دقلو', { home: 'ET' })).toMatch(/^Moham/);
    expect(nameToEnglish('رضوان حسين', { home: 'ET' })).toBe('Radwan Hussein');
  });
});
