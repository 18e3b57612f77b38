import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

describe('a family name that reads as a word after a compound given name on «عبد»', () => {
  it('closes the name at a full stop after a full role', () => {
    // Al-Quds al-Arabi (heldout20 2112).
    expect(names('وانتقل المبعوث إلى مسقط، حيث التقى عضو الوفد المفاوض عبد الملك العجري.')).toContain('عبد الملك العجري');
    expect(names('واستقبل الوزير رئيس اللجنة عبد الرحمن الكاتب. وقال الوزير إن اللقاء مثمر.')).toContain('عبد الرحمن الكاتب');
  });
  it('closes it before «إن» as after a given name of one word', () => {
    expect(names('وقال رئيس اللجنة عبد الله الكاتب إن البلاد بخير.')).toContain('عبد الله الكاتب');
  });
  it('leaves out the object of the verb', () => {
    const found = names('التقى وزير الخارجية عبد الله الوفد الزائر.');
    expect(found).toContain('عبد الله');
    expect(found).not.toContain('عبد الله الوفد');
  });
});
