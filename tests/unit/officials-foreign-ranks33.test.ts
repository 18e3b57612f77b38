import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

// Military ranks the press writes in the letters of another language: the rank stands before the name, not in it.
// (Invented sentences.)
describe('a foreign military rank before a name', () => {
  it('is no word of the name', () => {
    const names = (text: string) => findOfficials(text).map((o) => o.name_ar);
    expect(names('وقال قائد القوات المسلحة الإندونيسية، المارشال سوكارنو أدي، إن الجيش أرسل طائرات.')).toContain('سوكارنو أدي');
    expect(names('وقال الكولونيل جان دوبوا إن الوضع هادئ.')).toContain('جان دوبوا');
    expect(names('وقال الميجور جون سميث إن الوضع هادئ.')).toContain('جون سميث');
  });
});
