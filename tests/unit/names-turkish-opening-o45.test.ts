import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe('a Turkish name opening أو', () => {
  it('opens with O, as Turkey writes Özgür, Özel, Oktay (was Uzgur Uzal, Uktay)', () => {
    expect(nameToEnglish('أوزغور أوزال', { country: 'TR' })).toBe('Ozgur Ozal');
    expect(nameToEnglish('فؤاد أوقطاي', { country: 'TR' })).toBe('Fuat Oktay');
  });

  it('keeps u inside the name and in a name the lists know (Kurtulmuş, Umut)', () => {
    expect(nameToEnglish('نعمان قورتولموش', { country: 'TR' })).toBe('Numan Kurtulmus');
    expect(nameToEnglish('أوموت كوتش', { country: 'TR' })).toMatch(/^Umut /);
  });
});
