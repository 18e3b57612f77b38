import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const names = (text: string) => analyze(text).officials.map((o) => o.name_ar);

// «الشقيقة»/«الصديقة» after the title's country is an epithet of the country, not the name's first word. (Invented
// sentences.)
describe("the country's epithet before a name", () => {
  it('is left out of the name', () => {
    expect(names('وتلقى الوزير اتصالا هاتفيا من وزير خارجية الجمهورية التركية الصديقة هاكان فيدان تناول آخر التطورات.')).toContain('هاكان فيدان');
    expect(names('واستقبل الوزير سفير جمهورية صربيا الصديقة ألكسندر يوفانوفيتش في مكتبه.')).toContain('ألكسندر يوفانوفيتش');
  });
});
