import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

// Given names compounded with الدين, as the press of the Muslim world outside the Arab countries joins them. (Invented
// names.)
describe('الدين compounds outside the Arab world', () => {
  it('are joined with -uddin in South Asia, Afghanistan and the Malay world', () => {
    expect(nameToEnglish('كمال الدين أحمد', { country: 'BD' })).toMatch(/^Kamaluddin Ahm[ae]d$/);
    expect(nameToEnglish('نور الدين كريمي', { country: 'AF' })).toMatch(/^Nuruddin /);
    expect(nameToEnglish('سراج الدين يوسف', { country: 'MY' })).toMatch(/^Sirajuddin /);
    expect(nameToEnglish('صلاح الدين حسين', { country: 'PK' })).toMatch(/^Salahuddin /);
  });
  it('read a compound written as one word by its two parts', () => {
    expect(nameToEnglish('أحمد شمسالدين رحمن', { country: 'ID' })).toMatch(/^Ahm[ae]d Shamsuddin /);
  });
  it('are joined with -eddin in Iran, -iddin in Central Asia and -ettin in Turkey', () => {
    expect(nameToEnglish('جلال الدين رضائي', { country: 'IR' })).toMatch(/^Jalaleddin /);
    expect(nameToEnglish('نور الدين كريموف', { country: 'UZ' })).toMatch(/^Nuriddin /);
    expect(nameToEnglish('كمال الدين يلماز', { country: 'TR' })).toMatch(/^Kemalettin |^Kamalettin /);
  });
  it('leave the Arab countries’ conventions alone', () => {
    expect(nameToEnglish('جمال الدين حسن', { country: 'EG' })).toMatch(/al-Din/);
    expect(nameToEnglish('نور الدين بدوي', { country: 'DZ' })).toMatch(/^Noureddine /);
    expect(nameToEnglish('زين الدين فارس', { country: 'LB' })).toMatch(/^Zaineddine /);
  });
});
