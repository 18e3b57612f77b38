/**
 * The naming tradition a person's name follows, which decides how its Arabic spelling is read back: from the
 * country the engine gives, or from the shape of the name itself (Greek -opoulos, Italian -icchio…).
 */
export type Origin =
  | 'arab' | 'maghreb' | 'somali' | 'southAsian' | 'persian' | 'turkish' | 'russian' | 'slavic' | 'northKorean' | 'southKorean' | 'chinese' | 'japanese' | 'burmese'
  | 'albanian' | 'greek' | 'italian' | 'spanish' | 'portuguese' | 'german' | 'nordic' | 'ethiopian' | 'african' | 'nilotic' | 'lao' | 'indoMalay' | 'french' | 'africanFrench' | 'baltic' | 'mongolian' | 'western';

const BY_COUNTRY: [Origin, string][] = [
  ['arab', 'SA AE QA KW BH OM YE IQ SY LB JO PS EG SD LY DJ KM'],
  // Somalia: Arabic names as the Somali press writes them (Mohamed, Abdirahman, Abdullahi, Farah, Jama).
  ['somali', 'SO'],
  // Tunisia, Algeria, Morocco, Mauritania (and Chad): Arabic names in the French spelling of their press (Jhinaoui,
  // Bourita, Koulamallah).
  ['maghreb', 'TN DZ MA MR TD'],
  // (Azerbaijan's officials are written in English the Soviet way, whatever their Turkic given names: -ov, -ova, -yev,
  // -yeva and v for ف (Aliyev, Mammadov, Bayramov, Gafarova, Pashayeva); read as Turkey's names they were Lyif, Mehmduf.)
  // (Georgia's too: its names reach English with k, v, kh, ts and dz, which Russian letter values give and the English
  // reading of Arabic letters does not: Kobakhidze, Papuashvili, Ivanishvili, not Cobakhidze, Babwashfili, Ifanishfili.)
  ['russian', 'RU BY UA KZ KG TJ UZ TM MD SU AZ GE'],
  // Central and South Slavic: Russian letter values, but -ski and -ić as the press writes them.
  ['slavic', 'PL CZ SK RS HR BA ME SI MK BG'],
  // Albania and Kosovo: Albanian letters, k for ك, c for تش and تس (Thaci, Cakaj), the final -aj of family names
  // (Haradinaj, Begaj) and h for خ (Hoxha); a Kosovo Serb's -ić is read by its ending.
  ['albanian', 'AL XK'],
  ['persian', 'IR'],
  // Pakistan and Bangladesh: Arabic and Persian names with Urdu and Bengali vowels (Arif, Asim, Mohsin; Mahmood,
  // Dawood; Alvi, Naqvi) and Abdul apart (Abdul Razak Dawood).
  // (And Afghanistan, whose Pashto and Dari names English writes as Pakistan's are written, not Iran's: Abdul Ghani
  // Baradar, Amir Khan Muttaqi, Abdul Salam Hanafi, Akhund; read as Iran's they were Abdolghani, Matghi, Akhvand.)
  ['southAsian', 'PK BD AF'],
  ['turkish', 'TR'],
  ['northKorean', 'KP'],
  ['southKorean', 'KR'],
  ['chinese', 'CN TW HK MO SG'],
  ['japanese', 'JP'],
  ['burmese', 'MM'],
  ['greek', 'GR CY'],
  ['italian', 'IT SM VA'],
  // Spanish-speaking countries and the Philippines, whose names are largely Spanish.
  ['spanish', 'ES MX AR CO PE VE CL CU BO EC GT HN NI PA PY SV UY DO CR PR PH GQ'],
  // France, Belgium, Luxembourg, Monaco, Haiti: given names in their French form (Jean, Laurent, Agnès) and the
  // French letter values (ch, -ier, -ière, -ois, le glued to the name).
  ['french', 'FR BE LU MC HT'],
  // The French-speaking states of West and Central Africa: the same, but و is ou (Ouattara, Coulibaly, Touadéra,
  // Boubacar), where in France's names it is mostly o (Colonna, Jospin, Théophile). Rwanda (English since 2008,
  // Kinyarwanda sh and u) and Madagascar (Malagasy o for u) stay 'western'; Djibouti and the Comoros are 'arab',
  // Chad 'maghreb', their officials' names being Arabic.
  ['africanFrench', 'CD CG CI SN ML NE BF GN CM GA BJ TG CF BI'],
  ['portuguese', 'PT BR AO MZ CV GW ST'],
  ['german', 'DE AT LI'],
  ['nordic', 'NO SE DK IS'],
  // Estonia, Latvia, Lithuania and Finland: names English writes with the letters of their own alphabets, k for ك (never
  // c), v for ف, ai for the diphthong Arabic writes اي (Reinsalu, Laidre, Laitinen) and the -us of their masculine names
  // (Margus, Markus, Šimkus, Gabrielius); read as English names they were Caresse, Margos, Raynsalo.
  ['baltic', 'EE LV LT FI'],
  // Mongolia: the romanisation of Mongolian Cyrillic, k and kh, v for ф (Luvsannamsrai), j for ж (Dorjsuren), ai for ай
  // (Batsaikhan), and u for the у and ү that Arabic writes و inside a name (Khurelsukh, Luvsan, Dorjsuren, Gantumur).
  ['mongolian', 'MN'],
  ['ethiopian', 'ET ER'],
  // South Sudan: Dinka and Nuer names, which English writes with the letters of their own orthography: ق is g and a final
  // نق is ng (Garang, Deng, Malong), ش is ch (Machar, Achol), the vowel Arabic drops after a first consonant is a
  // (Gatluak, Mayardit), و before a is u (Gatluak, Lual, Kuol).
  ['nilotic', 'SS'],
  // Laos: the French-era romanisation of Lao (Vorachith, Sisoulith, Thongphane, Savanphet, Bounnhang): k for ك, v for
  // an initial or intervocalic ف and ph after a consonant, ou for most و, a final t written th.
  ['lao', 'LA'],
  // Sri Lanka and the Malay world (Indonesia, Malaysia, Brunei, East Timor): names written in English with the letters
  // of their own romanisations, u inside a name where Arabic writes و (Luhut, Nugroho, Jayasundara, Gunasekera), o at
  // its end and in the syllable before a final o (Widodo, Sutopo, Pramono), k for ك (Kalla, Wickremesinghe), i before a
  // vowel (Subianto) and p for an opening بر (Prabowo, Pramono, Premadasa).
  // (India's and Nepal's Hindi names keep o as often as u, Modi, Doval, Kovind, Oli; the Philippines stay 'spanish';
  // Vietnam's one-syllable words, Son and Long, keep their o.)
  ['indoMalay', 'LK ID MY BN TL'],
  // English-speaking Africa (East Africa, Nigeria, Ghana, the south but South Africa, Liberia, Sierra
  // Leone, Gambia; Rwanda): its names are written with English letters, u and k (Buhari, Museveni, Kutesa, Gashumba,
  // Tut), and Arabic writes their hard g ق where it is Sudanese (Garang, Deng, Gatluak).
  ['african', 'KE UG TZ NG GH ZW ZM MW LR SL GM BW NA LS SZ RW'],
];
const ORIGINS = new Map(BY_COUNTRY.flatMap(([origin, codes]) => codes.split(' ').map((c) => [c, origin] as const)));

export function originOf(country: string | null | undefined): Origin | null {
  if (!country) return null;
  return ORIGINS.get(country.toUpperCase()) ?? 'western';
}

/** The French tradition, of France or of French-speaking Africa. */
export const isFrench = (origin: Origin) => origin === 'french' || origin === 'africanFrench';

/** Traditions whose short vowels the letter rules put back the Arabic way (بندر → Bandar). */
export const isArabicScript = (origin: Origin) => origin === 'arab' || origin === 'maghreb' || origin === 'somali' || origin === 'persian' || origin === 'southAsian';

/**
 * Surname endings that tell the tradition whatever the country (a Greek-American senator, an Italian-born envoy),
 * normalised Arabic as the news writes them: only endings that Arabic and English names hardly ever have
 * (-opoulos, -idis, -akis; -icchio, -ucci), not -ini or -iz, which Arabic names share.
 */
const SHAPES: [Origin, RegExp][] = [
  ['greek', /(وبولوس|وبولو|يديس|يذيس|اكيس|اكوس)$/],
  ['italian', /(يكيو|اكيو|وكيو|وتشي|اتشي)$/],
  // Spanish patronymics as Arabic writes them: -ndez, -guez, -nez, with z as ز or the Castilian ث (فرنانديث,
  // رودريغيز, مارتينيث); and -rez, -lez, -mez, -pez in ث (بيريث, غونثاليث, غوميث, لوبيث), which no Arabic name longer
  // than غيث has (not -sith, -thith: the Lao and Thai سيث of Kommasith, Vorachith).
  ['spanish', /(نديز|نديث|غيز|..غيث|ينيز|ينيث|..[رلمب]يث)$/],
];

/**
 * Surname endings that tell the tradition of the one word they end, whatever the rest of the name: a Polish or
 * Czech -ski (كوتشينسكي → Kuczynski in Peru or the United States) and a South Slavic -ić (داتشيتش) are Slavic.
 */
export function originOfSurname(norm: string): Origin | null {
  if (norm.length >= 5 && /[^اوي]سك[يى]$/.test(norm)) return 'slavic';
  if (norm.length >= 5 && /[^ا]يتش$/.test(norm)) return 'slavic';
  return null;
}

export function originByShape(norms: string[]): Origin | null {
  const last = norms[norms.length - 1];
  if (!last || norms.length < 2) return null;
  return SHAPES.find(([, re]) => re.test(last))?.[0] ?? null;
}
