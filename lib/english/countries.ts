/** English name of a country from its ISO code ("KP" → "North Korea"). */
export function countryNameEn(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
