import { countryNameEn } from '@/lib/english/country-name';

/** "Russia", or "" when the country is unknown (the flag is drawn beside it by `Flag`). */
export function countryLabel(code: string | null | undefined): string {
  return code ? countryNameEn(code.toUpperCase()) : '';
}
