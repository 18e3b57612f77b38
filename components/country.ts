import { countryNameEn } from '@/lib/english/country-name';

/** The flag emoji of an ISO 3166-1 alpha-2 code ("RU" → 🇷🇺), or "" for anything else. */
export function flagEmoji(code: string | null | undefined): string {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** "🇷🇺 Russia", or "" when the country is unknown. */
export function countryLabel(code: string | null | undefined): string {
  if (!code) return '';
  return `${flagEmoji(code)} ${countryNameEn(code.toUpperCase())}`.trim();
}
