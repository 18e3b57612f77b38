import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// The Tuareg «أغ» (son of) is a particle of descent as «بن» is: the word before it is a given name, even one written
// with the article, not the last word of the title. (Invented sentences.)
describe('a given name with the article before «أغ»', () => {
  it('starts the name after a movement title', () => {
    expect(names('وقال رئيس الحركة الطاهر أغ إبراهيم إن الحوار مستمر.')).toContain('الطاهر أغ إبراهيم');
  });
});

// «الحركة الوطنية لتحرير أزواد»: Azawad is a place, so the movement's name ends on it and the holder's name follows.
describe('an office in a liberation movement named after a region', () => {
  it('finds the holder after a verb of leading', () => {
    expect(names('وترأس الوفد الأمين العام للحركة الوطنية لتحرير أزواد محمد أغ الطاهر.')).toContain('محمد أغ الطاهر');
  });
});
