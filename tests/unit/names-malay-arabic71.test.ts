import { describe, expect, it } from 'vitest';
import { nameToEnglish } from '@/lib/english/names';

describe("the Malay world's Arabic names, in Malay letters", () => {
  it('writes the Arab press open-syllable e as a and its -ed as -ad, or -id in the participle', () => {
    // «وقال النائب الإندونيسي فضلي سانتوسو …», «التقى وزير الدفاع الماليزي أحمد زاهد …»
    expect(nameToEnglish('فضلي سانتوسو', { country: 'ID' })).toBe('Fadli Santoso');
    expect(nameToEnglish('أحمد زاهد', { country: 'MY' })).toBe('Ahmad Zahid');
    expect(nameToEnglish('خالد إسماعيل', { country: 'BN' })).toMatch(/^Khalid /);
  });
  it('writes u for the lists’ ou and the Arabic list’s spelling for a French one', () => {
    expect(nameToEnglish('نور هارون', { country: 'MY' })).toBe('Nur Harun');
    expect(nameToEnglish('يوسف كارتيكا', { country: 'ID' })).toMatch(/^Yus[eu]f /);
    expect(nameToEnglish('لطفي رؤوف', { country: 'ID' })).toBe('Lutfi Rauf');
  });
  it("leaves a Javanese word its e and the Arab press and Sri Lanka their spellings", () => {
    expect(nameToEnglish('ديدي سيتياوان', { country: 'ID' })).toMatch(/ Setiawan$/);
    expect(nameToEnglish('نور هارون', { country: 'EG' })).toBe('Nour Haroun');
    expect(nameToEnglish('أحمد زاهد', { country: 'LK' })).not.toBe('Ahmad Zahid');
  });
});
