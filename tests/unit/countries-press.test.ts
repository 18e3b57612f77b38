import { describe, expect, it } from 'vitest';
import { findOfficials } from '@/lib/officials';

const found = (text: string) => findOfficials(text).map((o) => [o.name_ar, o.country]);

describe('country names as the press spells them', () => {
  it('reads a one-word country with the article some papers give it («البيرو»)', () => {
    expect(found('وقال رئيس البيرو مارتين فيزكارا إن الحكومة باقية.')).toEqual([['مارتين فيزكارا', 'PE']]);
    expect(found('وأكد وزير خارجية الهندوراس ماريا دولوريس أغويرو أن التعاون مستمر.')).toEqual([['ماريا دولوريس أغويرو', 'HN']]);
  });

  it("reads Egypt's ج for the g others write غ («أنجولا», «بنجلاديش»)", () => {
    expect(found('واستقبل الوزير سفير أنجولا لدى القاهرة جوزيه مانويل.')).toEqual([['جوزيه مانويل', 'AO']]);
    expect(found('وقالت رئيسة وزراء بنجلاديش الشيخة حسينة إن الانتخابات نزيهة.').map(([, c]) => c)).toEqual(['BD']);
  });

  it('reads the nisba of a two-word country before the name, not as its first word', () => {
    expect(found('وقال وزير الدفاع البوركيني شريف سي إن الجيش يلاحق المسلحين.')).toEqual([['شريف سي', 'BF']]);
  });

  it('reads the names the press uses beside the official one («مونتينيغرو», «تشيكيا»)', () => {
    expect(found('وقال وزير خارجية مونتينيغرو سردان داركوفيتش إن بلاده تدعم الحوار.')).toEqual([['سردان داركوفيتش', 'ME']]);
    expect(found('وأكد رئيس وزراء تشيكيا أندريه بابيش أن الحكومة مستقرة.')).toEqual([['أندريه بابيش', 'CZ']]);
  });
});

describe('«الكونغولي» without a qualifier', () => {
  it('is the Democratic Republic of the Congo, the Congo the press means unless it says Brazzaville', () => {
    expect(found('وقال الرئيس الكونغولي جوزيف كابيلا إن الانتخابات ستجري في موعدها.').map(([, c]) => c)).toEqual(['CD']);
  });
});
