/**
 * Poland's names that no list holds, read with Polish letters: sz for ش, cz for تش (szcz for شتش), w for ف, which Arabic
 * writes for Polish w and v alike, and -cki for -تسكي: ريشارد تيرليتسكي is Ryszard Terlecki's Riszard Terlicki, not Rishard
 * Terlitski; شتشيبانسكي Szczepanski's Szeczibanski; ياكوبوفسكي Jakubowski's Jakobowski.
 */
export function polishLetters(english: string): string {
  return english.replace(/sh/g, 'sz').replace(/Sh/g, 'Sz').replace(/ch/g, 'cz').replace(/Ch/g, 'Cz')
    .replace(/ts(?=k)/g, 'c').replace(/v/g, 'w').replace(/[VF]/g, 'W').replace(/f/g, 'w');
}
