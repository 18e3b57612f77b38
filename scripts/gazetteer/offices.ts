/** Office codes used in the gazetteer sources, the English role they expand to, and the office key. */
export interface Office {
  role: string;
  office: string;
}

export const OFFICES: Record<string, Office> = {
  president: { role: 'President of {C}', office: 'president' },
  pm: { role: 'Prime Minister of {C}', office: 'prime_minister' },
  vp: { role: 'Vice President of {C}', office: 'vice_president' },
  dpm: { role: 'Deputy Prime Minister of {C}', office: 'deputy_prime_minister' },
  king: { role: 'King of {C}', office: 'king' },
  emir: { role: 'Emir of {C}', office: 'emir' },
  sultan: { role: 'Sultan of {C}', office: 'sultan' },
  cp: { role: 'Crown Prince of {C}', office: 'crown_prince' },
  dcp: { role: 'Deputy Crown Prince of {C}', office: 'deputy_crown_prince' },
  fm: { role: 'Minister of Foreign Affairs', office: 'foreign_minister' },
  dfm: { role: 'Deputy Minister of Foreign Affairs', office: 'deputy_foreign_minister' },
  dm: { role: 'Minister of Defense', office: 'defense_minister' },
  im: { role: 'Minister of Interior', office: 'interior_minister' },
  fin: { role: 'Minister of Finance', office: 'finance_minister' },
  energy: { role: 'Minister of Energy', office: 'energy_minister' },
  oil: { role: 'Minister of Oil', office: 'oil_minister' },
  speaker: { role: 'Speaker of Parliament', office: 'speaker' },
  cgs: { role: 'Chief of the General Staff', office: 'chief_of_staff' },
  nsa: { role: 'National Security Adviser', office: 'national_security_adviser' },
  un: { role: 'Permanent Representative to the United Nations', office: 'un_ambassador' },
  fmspox: { role: 'Spokesperson for the Ministry of Foreign Affairs', office: 'foreign_ministry_spokesperson' },
  cbank: { role: 'Governor of the Central Bank', office: 'central_bank_governor' },
  intel: { role: 'Director of Intelligence', office: 'intelligence_chief' },
};

/** Office key of a literal English role, for the common offices written out in full. */
export function officeOf(role: string): string | undefined {
  const r = role.toLowerCase();
  if (/^(secretary of state|foreign secretary|minister (of|for) foreign affairs|minister responsible for foreign affairs)\b/.test(r))
    return 'foreign_minister';
  if (/^(secretary of defense|defence secretary|secretary of state for defence|minister of (national )?defen[cs]e)\b/.test(r))
    return 'defense_minister';
  if (/^(supreme leader)\b/.test(r)) return 'supreme_leader';
  if (/^(premier|chancellor) of\b/.test(r)) return 'prime_minister';
  if (/^white house press secretary/.test(r)) return 'white_house_spokesperson';
  if (/^spokesperson for the (state department|department of state)/.test(r)) return 'foreign_ministry_spokesperson';
  if (/^spokesperson for the kremlin|^kremlin spokesperson/.test(r)) return 'presidential_spokesperson';
  if (/^secretary-general of the united nations$/.test(r)) return 'un_secretary_general';
  if (/^secretary-general of the arab league$/.test(r)) return 'arab_league_secretary_general';
  if (/^un (special )?envoy for (\w+)$/.test(r)) return 'un_envoy_' + r.split(' ').pop();
  return undefined;
}

export const COUNTRY_EN: Record<string, string> = {
  SA: 'Saudi Arabia', AE: 'the United Arab Emirates', QA: 'Qatar', KW: 'Kuwait', BH: 'Bahrain', OM: 'Oman',
  JO: 'Jordan', MA: 'Morocco', EG: 'Egypt', IQ: 'Iraq', SY: 'Syria', LB: 'Lebanon', PS: 'Palestine', YE: 'Yemen',
  LY: 'Libya', SD: 'Sudan', TN: 'Tunisia', DZ: 'Algeria', MR: 'Mauritania', SO: 'Somalia', DJ: 'Djibouti',
  KM: 'the Comoros', IR: 'Iran', TR: 'Turkey', IL: 'Israel', US: 'the United States', RU: 'Russia', CN: 'China',
  GB: 'the United Kingdom', FR: 'France', DE: 'Germany', IT: 'Italy', KP: 'North Korea', KR: 'South Korea',
  JP: 'Japan', IN: 'India', PK: 'Pakistan', AF: 'Afghanistan', UA: 'Ukraine', CA: 'Canada', ES: 'Spain',
  ET: 'Ethiopia', VE: 'Venezuela', BY: 'Belarus', HU: 'Hungary', AZ: 'Azerbaijan', KZ: 'Kazakhstan',
  BR: 'Brazil', ZA: 'South Africa', NL: 'the Netherlands', PL: 'Poland', VA: 'the Holy See', ER: 'Eritrea',
  SS: 'South Sudan', TD: 'Chad', NE: 'Niger', ML: 'Mali', ID: 'Indonesia', MY: 'Malaysia', BD: 'Bangladesh',
  GR: 'Greece', CY: 'Cyprus', AM: 'Armenia', SE: 'Sweden', NO: 'Norway', AU: 'Australia', MX: 'Mexico',
  BE: 'Belgium', IE: 'Ireland', AT: 'Austria', CH: 'Switzerland', AR: 'Argentina', NG: 'Nigeria', SN: 'Senegal',
  RS: 'Serbia', UZ: 'Uzbekistan', TJ: 'Tajikistan', PH: 'the Philippines', KE: 'Kenya', UG: 'Uganda', RW: 'Rwanda',
  BF: 'Burkina Faso', CI: "Côte d'Ivoire", NZ: 'New Zealand', DK: 'Denmark', TW: 'Taiwan',
  AO: 'Angola', CD: 'the Democratic Republic of the Congo', CG: 'the Republic of the Congo', CM: 'Cameroon', GA: 'Gabon',
  GN: 'Guinea', BJ: 'Benin', TG: 'Togo', CF: 'the Central African Republic', BI: 'Burundi', GW: 'Guinea-Bissau',
  GQ: 'Equatorial Guinea', GH: 'Ghana', TZ: 'Tanzania', ZW: 'Zimbabwe', ZM: 'Zambia', MW: 'Malawi', MZ: 'Mozambique',
  LR: 'Liberia', SL: 'Sierra Leone', NA: 'Namibia', BW: 'Botswana', KG: 'Kyrgyzstan', TM: 'Turkmenistan', GE: 'Georgia',
  PE: 'Peru', CO: 'Colombia', CL: 'Chile', BO: 'Bolivia', EC: 'Ecuador', CU: 'Cuba',
  VN: 'Vietnam', TH: 'Thailand', LK: 'Sri Lanka', KH: 'Cambodia', SG: 'Singapore', MM: 'Myanmar', LA: 'Laos',
  MG: 'Madagascar', GM: 'the Gambia',
};
