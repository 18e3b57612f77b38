/**
 * An Arabic-script personal name in English letters, for people not in the gazetteer: Arabic naming
 * conventions (bin, Abu, Abdul…, Al-/Al), Korean and Chinese syllables, name-word dictionaries by origin,
 * then letter rules.
 */
import givenNameForms from '../../assets/given-name-forms.json';
import { normalize } from '../arabic/normalize';
import { vietnameseNameEnglish } from '../vocab/vietnamese';
import { latinLetterNamed } from '../vocab/latin-letters';
import {
  arabicNameWord, burmeseSyllable, originsOfGivenName, chineseSyllable, isBurmeseMark, foreignNameWord, givenNameOf, inNameDictionaries, isArabicRuleSpelled, isStopWord, isWorldName, rareForeignSpelling, koreanSurname, koreanSyllable,
} from '../vocab/names';
import { isOrdinaryWord } from '../people/evidence';
import { isArabicScript, originByShape, originOf, originOfSurname, type Origin } from './origin';
import { capitalize, diminutive, germanicFamilyName, hasGermanicEnding, transliterateWord } from './transliterate';
import { closeness } from './closeness';
import { arabicStemOv } from './stem-ov';
import { turkicBek } from './turkic-bek';
import { turkishLookAlike } from './turkish-look-alike';
import { sahelFamilyName } from './sahel-family';
import { biblicalGivenName } from './african-biblical';
import { opensWithVowel, WEST_AFRICAN_VOWEL_NAMES, westAfricanFamilyName } from './west-african';
import { pinyinByRule } from './pinyin';
import { egyptianFamilyName, egyptianLetters } from './egyptian';
import { polishLetters } from './polish';
import { turkicOpening } from './turkic-opening';
import { INDIC, indicLetters } from './indic';
import { FIJIAN, fijianLetters } from './fijian';
import { MALAY_ARABIC, malayArabicName, malayArabicStock } from './malay';
import { arabicSpellings, englishGivenMatch, isEnglishGivenName, readRightElsewhere } from './english-given';

/** Countries whose press writes عبد الفتاح as "Abdel Fattah" rather than the Gulf "Abdulfattah". */
const ABDEL_STYLE = new Set('EG SD LY TN DZ MA MR PS JO LB SY'.split(' '));
/** Countries whose press writes the compounds of الله as "-ullah" (Zabihullah, Hekmatullah). */
const ULLAH = new Set(['AF', 'PK', 'IR', 'BD', 'IN', 'TJ']);
/**
 * How the press of the Muslim world outside the Arab countries joins a given name compounded with الدين to its first
 * part, as one word: South Asia's, Afghanistan's and the Malay world's -uddin (Shahabuddin, Sirajuddin, Muhyiddin), Iran's
 * and Azerbaijan's -eddin (Fakhreddin, Alaeddin), Central Asia's -iddin (Nuriddin, Kamoliddin), Turkey's -ettin (Nurettin,
 * Fahrettin, Bahattin after a vowel).
 */
const DIN_JOIN: Record<string, string> = Object.fromEntries([
  ...'AF PK BD IN MY ID BN SG MV LK PH'.split(' ').map((c) => [c, 'uddin']),
  ...'IR AZ'.split(' ').map((c) => [c, 'eddin']),
  ...'UZ TJ KG KZ TM'.split(' ').map((c) => [c, 'iddin']),
  ['TR', 'ettin'],
]);
/** The first part of a الدين compound joined to it by its country's convention (Shahab → Shahabuddin). */
function joinDin(first: string, join: string): string {
  // (The French ou an Arab list spells نور with is u in the English of South and Central Asia: Nuruddin, Nuriddin.)
  const stem = (join === 'uddin' || join === 'iddin' ? first.replace(/ou/g, 'u') : first).replace(/([aeiou])\1+$/, '$1');
  if (/[aeiouy]$/.test(stem)) return stem.replace(/y$/, 'i') + (join === 'eddin' ? join : join.slice(1));
  return stem + join;
}

/**
 * Lebanon, Syria, Jordan and Palestine: a family name's final ة is -eh in their press (Hamadeh, Tarawneh, Judeh), and
 * -iyya is -ieh (Attieh, Makkieh, Kanakrieh), but -a after the gutturals, the emphatics and r (Qudah, Mahafzah).
 */
const LEVANT = new Set(['LB', 'SY', 'JO', 'PS']);
function levantineEnding(english: string, word: string): string {
  if (!word.endsWith('ة') || /eh$/.test(english)) return english;
  const before = [...word][word.length - 2];
  if (before === undefined || 'حخعغقصضطظرءاوى'.includes(before)) return english;
  if (before === 'ي') return english.replace(/(?:iy+|y+|i)ah?$/, 'ieh');
  return english.replace(/([^aeiouy])ah?$/, '$1eh');
}
/**
 * A Greek family name's final و is the -ou of the genitive (Dimitriou, Stavrou, Nikolaou), where a list led by Italian
 * or Spanish bearers reads it -o (Demetrio); Greek names do not end in -o.
 */
function greekGenitive(english: string, norm: string): string {
  return /[^و]و$/.test(norm) && /(?:[^aeiouy]|[aei])o$/.test(english) ? english + 'u' : english;
}
/**
 * Sudan's press writes ق as the g its speech has in the names no name list spells (Gosh, Dagalo, al-Digair); a name a
 * list knows keeps that spelling (Sadiq).
 */
function sudaneseG(english: string, norm: string): string {
  if (!norm.includes('ق') || arabicNameWord(norm) !== undefined || foreignNameWord(norm) !== undefined) return english;
  return english.replace(/q/g, 'g').replace(/Q/g, 'G');
}
/** The countries whose press writes a family name's ق as the g of their speech (see nameToEnglish). */
const MAGHREB_G = new Set(['DZ', 'TN', 'LY', 'MR']);
/**
 * A family name's ق that the Maghreb's press writes g (see nameToEnglish): in a name no Arabic list holds, not before the
 * final vowel of a name (Bouteflika) nor in the Ks it opens a name with (Ksentini, Ksila).
 */
const spokenG = (stem: string) => stem.includes('ق') && !/ق[هاى]$|^ق[سص]/.test(stem) && arabicNameWord(stem) === undefined;
/** The Gulf's and Iraq's press, which spells every Arab name by its Arabic letters. */
const GULF = new Set(['SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ']);
type Press = 'gulf' | 'arab' | undefined;
const CENTRAL_ASIAN_J = new Set(['KG', 'UZ', 'TM', 'TJ', 'AZ']);
const PARTICLES: Record<string, string> = { 'بن': 'bin', 'ابن': 'bin', 'بنت': 'bint', 'ابو': 'Abu', 'ام': 'Umm', 'ابنه': 'bint' };
const ORDINALS: Record<string, string> = {
  'الاول': 'I', 'الثاني': 'II', 'الثالث': 'III', 'الرابع': 'IV', 'الخامس': 'V', 'السادس': 'VI', 'السابع': 'VII', 'الثامن': 'VIII',
  'السابعه': 'VII', 'الثامنه': 'VIII', 'التاسع': 'IX', 'العاشر': 'X', 'الحادي': 'I',
  'الاولي': 'I', 'الثانيه': 'II', 'الثالثه': 'III', 'الرابعه': 'IV', 'الخامسه': 'V', 'السادسه': 'VI',
};
/** The letters the article's l takes the sound of. */
const SUN_LETTERS = 'تثدذرزسشصضطظلن';
/** The consonants that take the article's l unassimilated (ع, ا and ء aside, whose vowel the l may fuse with). */
const MOON_CONSONANTS = 'بجحخغفقكمهوي';
const UNITS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
const roman = (n: number) => 'X'.repeat(Math.floor(n / 10)) + UNITS[n % 10]!;
/** A ruler's number after his name in Roman numerals («الثاني» → II), or undefined. */
export const regnalNumber = (norm: string): string | undefined => ORDINALS[norm];
/** Particles of European surnames, written in lower case (Ursula von der Leyen, Staffan de Mistura). */
const SURNAME_PARTICLES: Record<string, string> = {
  'فون': 'von', 'فان': 'van', 'دير': 'der', 'دي': 'de', 'دو': 'du', 'دا': 'da', 'ديل': 'del', 'لا': 'la', 'لو': 'le', 'دوس': 'dos',
};
/**
 * Divine attributes that appear in names only after عبد: "بن العزيز" is a slip for "بن عبد العزيز", and the press
 * writes the name whole.
 */
const DIVINE = new Set(['العزيز', 'الرحمن', 'الرحيم', 'اللطيف', 'المجيد', 'الرزاق', 'الوهاب', 'الغفار', 'القادر', 'الفتاح', 'المحسن', 'الخالق', 'الباري', 'الاله', 'المعطي']);
/** Traditions an article's country lends to the names of its people that give no country of their own. */
// (Mongolia's too: a story of Ulaanbaatar names its politicians with no office of their own, and Arabic letters read
// the English way turn them to Lofsanyam Gantomor where the romanisation of Mongolian gives Luvsannyam Gantumur.)
const HOME_CONVENTIONS = new Set<Origin>(['spanish', 'portuguese', 'africanFrench', 'african', 'nilotic', 'slavic', 'albanian', 'indoMalay', 'mongolian']);
/**
 * English-speaking West Africa, whose Yoruba, Igbo and Akan names keep the o that the East's and South's Bantu names
 * turn u (Oshiomhole, Obasanjo, Akufo-Addo; Mutodi, Mudenda).
 */
const WEST_AFRICA = new Set(['NG', 'GH', 'LR', 'SL', 'GM']);
// Azerbaijan's and Turkmenistan's own Latin letters write ح h, which their officials' names keep in English (Hajiyev,
// Hasanov, Huseynov), where the Russian press writes kh (Rakhimov, Khakimov).
const LATIN_H = new Set(['AZ', 'TM']);

/** The table of Arabic given names in their Turkic form (Kassym, Shavkat; Mikayil, Samad) by the official's country. */
const TURKIC_GIVEN: Record<string, string> = { KZ: 'centralAsian', KG: 'centralAsian', UZ: 'centralAsian', TJ: 'centralAsian', TM: 'centralAsian', AZ: 'azerbaijani' };
/** The Turkic states of the former Soviet Union, whose officials' names reach English through Russian letter values. */
const SOVIET_TURKIC = new Set(['KZ', 'KG', 'UZ', 'TM', 'AZ']);
/** The states whose names open on no two consonants: the Soviet Turkic ones and Tajikistan. */
const TURKIC_OPENING = new Set([...SOVIET_TURKIC, 'TJ']);
/**
 * A foreign list's spelling of a Central Asian or Azerbaijani name word with letters the Russian-based romanisation of
 * those names never writes (w, q, x, a doubled l or r; c but for Azerbaijan's own c, read below) is another language's
 * word written alike: إلمان is Elman, not the German Allman; نصيروف Nasirov, not the Polish Nasyrow; أرين Aryn, not Warren.
 */
function sovietTurkicMisreading(english: string, country: string): boolean {
  return /w|q|x|rr|ll/i.test(english) || (country !== 'AZ' && /c(?!h)/i.test(english));
}
/** Letters that occur in Arabic and Persian names but hardly ever in transliterated foreign ones. */
const ARABIC_LETTERS = /[عحصضظق]/;

/**
 * `country`: the person's country. `home`: the country the article is about, for a person it gives none: an Arabic
 * name is then spelt as that country's press spells it (Moez in a Tunisian story, Abdel in a Lebanese one).
 */
interface Hint {
  country?: string | null; home?: string | null;
  /**
   * The country the story's words name most (see ./story-country), for an article whose officials tell none: it
   * stands for `home`, but for English-speaking Africa, whose letter rules (u inside a name, g for ق) misread the
   * foreigners such a story quotes (envoys, diplomats, observers) and whose own people the article names with a country.
   */
  story?: string | null;
  /**
   * The state of the office the article gives the person where it names no state for it (see officeState in the
   * officials layer): an Arab name is spelt as that state's press spells it, a name of another tradition keeps its own.
   */
  office?: string | null;
  /** Set when the name was found to be an Arab's whose country none of the hints tells (see arabArticledGiven). */
  noArabCountry?: boolean;
}

/**
 * A near spelling (one letter swapped, a long vowel dropped) is another name unless it sounds like what the
 * origin's letter rules read: كيرياكو is not Kérékou's كيريكو, كوليبا not Kleppe's كليبا.
 */
const NEAR_ENOUGH = 0.5;
/** Closeness below which a list's spelling has hardly a letter in common with the word's reading (Speke for سبيك). */
const FAR_APART = 0.35;

/**
 * A foreign list's spelling of a word that, in an Arab, Maghreb or Persian name, is another language's word written
 * alike (كواري is Wikidata's "quarry", غالي the Italian Galli): it keeps no gh for غ, or is far from what the letter
 * rules read (Kuwari, Ghali).
 */
function foreignMisreading(own: string, word: string, origin: Origin, press: Press, articled = false): boolean {
  if (word.includes('غ') && !own.includes('gh')) return true;
  // (Nor does the Levant's, Egypt's or Libya's for a family name with the article, an Arab word, where the list's spelling
  // is far from the letters and no French spelling of that press: البدول is Al-Badoul, not the English Bedwell.)
  if (articled && press === 'arab' && origin === 'arab' && !frenchLetters(own, word) && closeness(own, transliterateWord(word, origin)) < NEAR_ENOUGH) return true;
  // (Only the Gulf's and Iraq's press spells every name by the Arabic letters: Beirut's and Cairo's write some the French
  // way, Chidiac for شدياق, and Khartoum's the Dinka way, Garang for قرنق.)
  if (press === 'gulf') return closeness(own, transliterateWord(word, origin)) < NEAR_ENOUGH || frenchLetters(own, word);
  // (The Maghreb's press writes its people's names the French way, whose letters an English look-alike of a foreign list
  // does not share: تومي is Toumi, not Tommy; سبيك Sabik, not Speke; مونية, with the feminine ending, Mounia, not Monet.
  // A West African's name the list spells near enough its letters keeps it: ديالو is Diallo.)
  // (Nor the ph of a Greek or French word for its ف: فرعون is an Algerian's Feraoun, not the French pharaon.)
  return origin === 'maghreb' && (/[^aeiou]y$/.test(own) || own.includes('ph') || (/ة$/.test(word) && !/[aeiou]$/.test(own)) ||
    closeness(own, transliterateWord(word, origin)) < FAR_APART);
}

/**
 * Letters of the French spelling that the Maghreb's and Lebanon's press gives an Arab name and the Gulf's never does:
 * eu and c for a vowel and ص (Naceur), dj for ج, ou for a vowel where no و is written, ch for ش.
 */
function frenchLetters(own: string, word: string): boolean {
  return /eu|dj|c(?!h)/.test(own) || (/ou/.test(own) && !word.includes('و')) || (/ch/.test(own) && word.includes('ش'));
}

/** A Persian family name ending in -pour, «son of», glued (Homayounpour, Dehghanpour): three letters before it at least. */
const PERSIAN_POUR = /^.{3,}(بور|پور)$/;

/** Traditions whose family names English writes with the letters of their own spelling (Kamau, Koç, Pacolli, Kuol). */
const OWN_LETTERS = new Set<Origin>(['african', 'nilotic', 'turkish', 'albanian', 'lao', 'ethiopian', 'indoMalay']);

/** A name word in lower-case English by the dictionaries of its origin, then the letter rules. */
/**
 * Egyptian print writes a name's final ي as ى (حمدى, هانى; Museveni's يورى موسيفينى). A word the Arabic rules spell right
 * was listed by its ي reading (Hamdi, Hani), and a foreign name ends in a written ا where English has a (Malema, not
 * ماليمى): in both, ى is that ي. A known Arabic name keeps its alif maqsura (مصطفى, ليلى, يحيى), as does an Arabic name no
 * list knows, which the rest of the Arab press writes with it.
 */
function egyptianFinalYa(word: string, norm: string, origin: Origin): string {
  // (Not a word of the language a title or a place name carries: الوسطى, الكبرى.)
  if (!/[^ا]ى$/.test(word) || isOrdinaryWord(norm)) return word;
  const ruleSpelled = isArabicRuleSpelled(norm);
  const foreign = !isArabicScript(origin) && arabicNameWord(norm) === undefined && foreignNameWord(norm) === undefined;
  return ruleSpelled || foreign ? word.slice(0, -1) + 'ي' : word;
}

function wordToEnglish(written: string, norm: string, origin: Origin, family = false, vowel?: string, press?: Press, opening = false, articled = false): string {
  const word = egyptianFinalYa(written, norm, origin);
  const onArabic = origin === 'russian' ? arabicStemOv(norm) ?? turkicBek(norm) : null;
  if (onArabic) return onArabic;
  // (A middle word is a family name too in the Sahel's double family names: Aïssata Tall Sall.)
  const sahel = !opening && origin === 'africanFrench' ? sahelFamilyName(norm) : undefined;
  if (sahel) return sahel;
  // A European given name in the form of its bearer's language (Felipe Nyusi's Filipe, not the dictionary's Philippe).
  const form = !family ? (givenNameForms as Record<string, Partial<Record<Origin, string>>>)[norm]?.[origin] : undefined;
  if (form) return form;
  // (Sanskrit's honorific Sri opens many of the Malay world's and Sri Lanka's names, Sri Mulyani, Sri Wahyuni: not the
  // Arabic سري, Sari.)
  if (origin === 'indoMalay' && norm === 'سري') return 'sri';
  // (A single sighting spells a word no list gives, under the same guards as a listed spelling.)
  const own = (origin === 'arab' || origin === 'maghreb' || origin === 'somali' ? arabicNameWord(norm) ?? foreignNameWord(norm)
    : foreignNameWord(norm) ?? arabicNameWord(norm)) ?? rareForeignSpelling(norm);
  if (own && press && isArabicScript(origin) && arabicNameWord(norm) === undefined && foreignMisreading(own, word, origin, press, articled)) return transliterateWord(word, origin, vowel);
  // (Pakistan's and Afghanistan's press writes غ gh, as a foreign list's look-alike without it does not: غوث is Ghaus,
  // not the German Guth.)
  if (own && origin === 'southAsian' && arabicNameWord(norm) === undefined && word.includes('غ') && !own.includes('gh') && !/نغ/.test(norm)) return transliterateWord(word, origin, vowel);
  // Russia's and Central Asia's press writes the ش of a name with English sh (Rashid Nurgaliyev, Rashid Meredov, Shamil
  // Basayev), not the French ch the foreign list's commonest bearer has (Rachid, Chamil).
  if (own && origin === 'russian' && word.includes('ش') && own.includes('ch') && !word.includes('تش')) return own.replace(/ch/g, 'sh');
  // A family name of a tradition with letters of its own that a foreign list spells far from what those letters read is
  // another language's word written alike: كامو is a Kenyan's Kamau, not Camus; كوتش a Turk's Koç, not Couch.
  // A Turk's family name that only an Arabic list spells is a Turkish word of Arabic stock, written Turkey's way where the
  // letters give every syllable its vowel: شاهين is Şahin (Sahin), not the Gulf's Shaheen.
  if (family && origin === 'turkish' && own && own === arabicNameWord(norm) && foreignNameWord(norm) === undefined) {
    const rule = transliterateWord(word, origin, vowel);
    if (!/^[^aeiou]{2}|[^aeiou]{3}/.test(rule)) return rule;
  }
  if (own && family && OWN_LETTERS.has(origin) && arabicNameWord(norm) === undefined) {
    const rule = transliterateWord(word, origin, vowel);
    // (The list's French or Latin soft c is the s the letters read: سيزار is a Rwandan's César, not Sizar. Turkish and
    // Albanian write c for another sound.)
    const heard = origin === 'turkish' || origin === 'albanian' ? own : own.replace(/c(?=[eiy])/g, 's');
    if (closeness(heard, rule) < NEAR_ENOUGH) return rule;
  }
  // A family name that a foreign list spells as another tradition's name written alike in Arabic is read by its own
  // letters: a Colombian's فيليس is not the English Phyllis, a Slovene's فايون not the French Fillon, a Turk's آيدن not
  // the English Eden.
  if (own && !opening && !isArabicScript(origin) && arabicNameWord(norm) === undefined) {
    const rule = family ? germanicFamilyName(word, origin, vowel) : transliterateWord(word, origin, vowel);
    if (anotherTraditions(own, rule, word, origin)) return rule;
  }
  if (own && opening && !family && (ENGLISH_GIVEN.has(origin) || CONTINENTAL.has(origin))) {
    const usual = usualEnglishGiven(norm, own);
    if (usual) return usual;
  }
  // (The Malay world's and Sri Lanka's given names end in -i and double no consonant, where the world's list reads the
  // word as the English name written alike: تري is Tri, بودي Budi, روني Roni, not Trey, Buddy, Ronnie.)
  if (own && origin === 'indoMalay' && !family && /ي$/.test(norm) && arabicNameWord(norm) === undefined) return malayFinalI(own);
  if (own) return own;
  // (An opening name word the language's word list also holds, an English word the press writes in Arabic letters, is the
  // English given name it spells exactly: تشاريتي Charity, جافيت Japhet, إيس Ace, not Chariti, Jafit, Is.)
  const english = opening && ENGLISH_GIVEN.has(origin) ? englishGiven(norm) ?? (isOrdinaryWord(norm) ? englishGiven(norm, 0, true) : undefined) : undefined;
  if (english) return english;
  // Names the Arabic rules spell right keep their vowels; the Maghreb writes their letters its way (Rached, Youssef).
  if (isArabicRuleSpelled(norm)) return origin === 'maghreb' ? transliterateWord(word, origin, 'a') : transliterateWord(word, origin === 'southAsian' ? origin : 'arab');
  // (A Turkish word that no list spells is no Arabic name, whose f Turkish keeps: its ف after the first letter is the v of
  // Turkish words, Yavaş, Güven, Avsever, not Yafas, Gufen, Afsifer.)
  const letters = origin === 'turkish' ? word.replace(/(?<=.)ف/g, 'ڤ') : word;
  // Any other listed name is one whose usual spelling the foreign letter rules give (or come close to).
  if (inNameDictionaries(norm)) {
    const arabicLooking = isArabicScript(origin) && /[عحصضظقطذث]/.test(norm);
    // (English-speaking Africa's listed given names are the world's, Constantino, Jacob; only its family names its own.)
    if (family && !isArabicScript(origin)) return germanicFamilyName(letters, origin);
    return transliterateWord(letters, isArabicScript(origin) ? (arabicLooking ? origin : 'western') : origin === 'african' && !family ? 'western' : origin, arabicLooking ? vowel : undefined);
  }
  // (A family name no list knows, of the diminutive's shape, is read as one: الدقير → al-Dugair, not al-Daqir.)
  const small = family && origin === 'arab' ? diminutive(norm) : null;
  if (small) return small;
  const rule = family ? germanicFamilyName(letters, origin, vowel) : transliterateWord(letters, origin, vowel);
  if (caaC(norm, origin)) return rule.replace(/^([^aeiou]+)a/, '$1aa');
  // (Not a Dinka or Nuer name's: كول is Kuol, not Cole.)
  // (Nor an East or Southern African's family name, whose English letters the rules read: مويلو is Mwilu, not Melo; their
  // given names are mostly England's, ديفيد David, فيلومينا Philomena.)
  if (!isArabicScript(origin) && origin !== 'nilotic' && (origin !== 'african' || !family)) {
    const near = foreignNameWord(norm, true);
    // (A continental family name is not the English given name a spelling variant of it lists: كاريون is Carrion, not Karen.)
    const givenForFamily = family && CONTINENTAL.has(origin) && !!near && isEnglishGivenName(near);
    // (A name read with a final vowel keeps it in its look-alike, the vowel being a syllable of its own: شاكيلا is Shakila,
    // not Shaquille; أرياسا Arreaza's, not Arias; ريغو Rego, not Rigaud. جوزيفين is Josephine.)
    const otherTradition = !opening && !!near && anotherTraditions(near, rule, word, origin);
    const notTurkish = origin === 'turkish' && !!near && !turkishLookAlike(near, rule, word);
    if (near && !givenForFamily && !otherTradition && !notTurkish && closeness(near, rule) >= NEAR_ENOUGH && (!/[aiou]$/.test(rule) || near.slice(-1) === rule.slice(-1))) return near;
  }
  return rule;
}

/**
 * Letters a tradition's own spelling of a name never has, which mark a list's spelling as another language's: Spanish
 * and Portuguese write no ph, sh, ee or oo (their countries' German and Italian family names keep their own letters,
 * Hoffmann, Kirchner, Pezzotti, so doubled letters, k and w tell nothing there); South Slavic and Czech double no
 * letter; Turkish writes no ph, th, w, x or q. The romanisations of Amharic and Tigrinya, and of English-speaking
 * Africa's own languages, write no ph, ee, oo or ck, and end no family name in -ie (Ethiopia's none in -y after the
 * first word): an Ethiopian's شيدي is Shide, not the English Sheedy; a Ghanaian's أوسي Osei, not Ossie. Nor do Amharic's
 * write q (كفالي is Kefale, not the Norwegian Qvale). The Baltic and Finnic alphabets write no ph, th, w, q, x, and
 * c but in č (كاريس is an Estonian's Karis, not Caresse).
 */
const FOREIGN_LETTERS: Partial<Record<Origin, RegExp>> = {
  spanish: /ph|sh|ee|oo/,
  portuguese: /ph|sh|ee|oo/,
  slavic: /ph|th|([a-z])\1/,
  turkish: /ph|th|w|x|q|ee|oo/,
  ethiopian: /ph|th|ee|oo|ck|q|y$/,
  african: /ph|ee|oo|ck|ie$/,
  baltic: /ph|th|w|q|x|c(?!h)/,
};
function lettersForeignTo(spelling: string, origin: Origin): boolean {
  return FOREIGN_LETTERS[origin]?.test(spelling.toLowerCase()) ?? false;
}

/**
 * A list's spelling of a name word that is another tradition's name written alike: it has letters the bearer's own
 * tradition never writes (and the letter rules' reading has none), or it opens with e, i, o or u where the Arabic opens
 * with the long آ, which writes a (آنيز Áñez, not Inez; آنيو Año, not Ennio; آيدن Aydın, not Eden).
 */
function anotherTraditions(spelling: string, rule: string, written: string, origin: Origin): boolean {
  if (/^آ/.test(written) && /^[eiou]/i.test(spelling) && /^a/i.test(rule)) return true;
  return lettersForeignTo(spelling, origin) && !lettersForeignTo(rule, origin);
}

/** An English spelling of a name ending in the sound i (Trey, Buddy, Ronnie, Eddie) in the Malay world's letters: Tri, Budi, Roni, Edi. */
function malayFinalI(english: string): string {
  return english.replace(/([^aeiou])\1/g, '$1').replace(/(ie|ey|ee|y)$/, 'i');
}

/**
 * A name of three letters with ع between two consonants is read CaʿC and written with a double a, as the Arabic list
 * spells 9 of its 11 such names (Saad, Raad, Jaafar's Jaab, Shaar; only the participles of م, Muad and Muiz, differ):
 * the rules' single a read «النعم» as Nam where the Moroccan press writes Naam (Ennaam Mayara).
 */
function caaC(norm: string, origin: Origin): boolean {
  return (origin === 'arab' || origin === 'maghreb') && /^[^اويىءأإآمه]ع[^اويىةءأإآه]$/.test(norm);
}

/**
 * The English given name the usual spelling of an English name writes, where the foreign list reads the word as a
 * name of another kind that English letters would spell otherwise: ديان Diane, not Dejan; باول Paul, not Powell.
 * (Not where the list's name is an English given name too: Anthony, Frederick, Lee.)
 */
function usualEnglishGiven(norm: string, own: string): string | undefined {
  if (isEnglishGivenName(own) || arabicSpellings(own).get(norm) === 0) return undefined;
  return englishGiven(norm, 0);
}

/** Traditions whose given names are mostly England's: English-speaking Africa's (Lovemore, Philomena, Energy) and the West's. */
const ENGLISH_GIVEN = new Set<Origin>(['western', 'african', 'nilotic']);
/**
 * Continental Europe's traditions, whose given names the English list mostly writes as their bearers do (Nadia, Julia,
 * Marco): where the foreign list reads such a name in another language's letters (Nadja), the English list's spelling
 * is the one the bearer's own language shares.
 */
const CONTINENTAL = new Set<Origin>(['spanish', 'portuguese', 'italian', 'german', 'nordic', 'greek', 'french']);

/** An English given name no name list holds, spelt as the Arabic press writes it (فيلومينا Philomena, إنرجي Energy). */
function englishGiven(norm: string, maxCost = Infinity, ordinary = false): string | undefined {
  if (isArabicRuleSpelled(norm) || arabicNameWord(norm) !== undefined || (!ordinary && isOrdinaryWord(norm)) || isStopWord(norm)) return undefined;
  const match = englishGivenMatch(norm);
  if (!match || match[1] > maxCost) return undefined;
  // (A spelling some name dictionary holds is that name's, تران Tran; one no dictionary holds may take the list's
  // second choice: جاستن Justin, whose usual spelling جوستين the dictionaries read as Justin.)
  if (match[1] > 0 && inNameDictionaries(norm) && readRightElsewhere(match[0], (k) => [foreignNameWord(k), transliterateWord(k, 'western')])) return undefined;
  return match[0].toLowerCase();
}

/** English of an ال-word without its article, glued or assimilated ("elsewedy" → "sewedy", "essediri" → "sediri"). */
function withoutArticle(english: string, firstLetter: string): string {
  const m = /^(?:[ae]l-?|[ae](?=(.)\1))(.*)$/.exec(english);
  if (!m) return english;
  const rest = english.startsWith('al') || english.startsWith('el') ? english.replace(/^[ae]l-?/, '') : english.slice(2);
  return rest.length >= 3 && (english.includes('-') || rest.startsWith(firstLetter)) ? rest : english;
}

/**
 * The family-name article: الجبير → Al-Jubeir. A word some dictionary knows whole (Wikidata aligns القحطاني with
 * "qahtani") keeps that spelling, with Al- in front for Arab and Persian names as the Gulf and Levantine press writes them.
 */
function articleWord(written: string, norm: string, origin: Origin, outer: boolean, vowel?: string, press?: Press): string {
  const stem = norm.slice(2);
  // Egyptian print writes the final ي of a nisba as ى (السبكى, المنوفى): Al-Sobky, not Al-Sabka, unless a dictionary
  // knows the name with its alif maqsura (المصطفى).
  const word = isArabicScript(origin) && /ى$/.test(written) && !arabicNameWord(stem) ? written.slice(0, -1) + 'ي' : written;
  const whole = foreignNameWord(norm);
  // The Maghreb press drops the article of a first or family name (الحبيب → Habib, الجهيناوي → Jhinaoui), not inside
  // a compound (زين العابدين).
  // (A short name keeps the article its dictionary spelling fuses to it: العلوي → Alaoui, اللومي → Elloumi.)
  // (But not one whose stem opens with a moon consonant, where no sound joins the article to the name: Tunisia's and
  // Algeria's press drop it there too, الفقي → Feki as الجبالي → Jebali; a list's glued "elfiky" is Egypt's print.)
  if (origin === 'maghreb' && outer && whole) {
    const bare = withoutArticle(whole, '');
    return capitalize(bare.length >= 6 || (vowel !== 'a' && MOON_CONSONANTS.includes(stem[0]!) && bare.length >= 3) ? bare : whole);
  }
  if (origin === 'maghreb' && outer) return capitalize(withoutArticle(wordToEnglish(word.slice(word.indexOf('ل') + 1), stem, origin, false, vowel, press), ''));
  // (A stem the Arabic rules spell right is spelt so where Wikidata's spelling opens with an article the rules cannot
  // take off: its الشريف is the Maghreb's "acherif", its المجيد a whole "abdulmajid"; الجميل stays Gemayel.)
  const first = transliterateWord(stem, 'arab')[0] ?? '';
  const glued = !!whole && isArabicScript(origin) && isArabicRuleSpelled(stem) && /^[ae]/.test(whole) && !/^[aeiou]/.test(first) &&
    withoutArticle(whole, first)[0] !== first;
  if (whole && !arabicNameWord(stem) && !glued) {
    if (!isArabicScript(origin)) return capitalize(whole);
    // (The Maghreb's spelling fuses the article's l to a stem that opens with ع or a vowel, العماري Lamari, العموري
    // Laamouri: elsewhere that l is the article's, not the name's, and Al- stands for it: Al-Amari, not Al-Lamari.)
    const fused = /^l[aeiou]/.test(whole) && /^[عاأإآ]/.test(stem);
    const bare = fused ? whole.slice(1) : withoutArticle(whole, transliterateWord(stem, 'arab')[0] ?? '');
    // (The Gulf's press spells the name by its letters where the list's spelling is another press's: الناصر of Saudi
    // Aramco is Al-Nasser, not the Tunisian Naceur.)
    if (!(press === 'gulf' && foreignMisreading(bare, stem, origin, press))) return 'Al-' + capitalize(bare);
  }
  return 'Al-' + capitalize(wordToEnglish(word.slice(word.indexOf('ل') + 1), stem, origin, true, vowel, press, false, true));
}

/** Traditions whose surnames take lower-case particles (von, de, di, van…). */
const EUROPEAN = new Set<Origin>(['western', 'german', 'italian', 'spanish', 'portuguese', 'nordic', 'french', 'africanFrench']);
/** Italian writes its particles di and da (Luigi Di Maio), Portuguese do and dos, French le and de (Arabic دو). */
const PARTICLE_BY_ORIGIN: Partial<Record<Origin, Record<string, string>>> = {
  italian: { 'دي': 'di' },
  portuguese: { 'دو': 'do' },
  french: { 'دو': 'de', 'لو': 'Le' },
  africanFrench: { 'دو': 'de' },
};

/** Russian surname endings as Arabic writes them: -ov, -ev, -ova, -eva, -sky, -enko, -in. */
const RUSSIAN_ENDING = /(وف|يف|وفا|يفا|سكي|ينكو|يفيتش|وفيتش)$/;
/**
 * Georgian family names in -shvili and -dze (بابواشفيلي, كوباخيدزه), which reach English with the letters Russian values
 * give Arabic ones (k, v, kh, ts, dz): Papuashvili, Kobakhidze, not the English reading's Babwashfili, Cobakhidze.
 */
const GEORGIAN_ENDING = /^.{3,}(شفيلي|دزه|دزي)$/;

/** A name of the Somali table that no other table and no Arab name list holds (ورسمي Warsame, هرسي Hirsi), in its Somali spelling. */
function somaliOnlyName(norm: string): string | undefined {
  const origins = originsOfGivenName(norm);
  return origins.length === 1 && origins[0] === 'somali' && arabicNameWord(norm) === undefined ? givenNameOf('somali', norm) : undefined;
}

/**
 * The traditions a given name tells of. Not the Arab world's own tables, whose names any Muslim may carry, nor the
 * tables that only spell another's names (the Hausa and Somali spellings of Nigeria's and Somalia's, Ukrainian forms
 * used only for a Ukrainian, Bosniak forms only for a Bosnian, the Turkic forms of Arabic names only for a Central Asian or an
 * Azerbaijani: a UN official's ميكائيل is no Mikayil).
 */
const UNTELLING_GIVEN = new Set(['arab', 'maghreb', 'moroccan', 'somali', 'nigerian', 'ukrainian', 'bosniak', 'centralAsian', 'azerbaijani']);
function tellingOriginsOfGivenName(norm: string) {
  const origins = originsOfGivenName(norm).filter((o) => !UNTELLING_GIVEN.has(o));
  // (A name Russia and the western Slavs share, ألكسندر or إيفان, is read the Russian way as before the Slavic table was.)
  return origins.includes('russian') ? origins.filter((o) => o !== 'slavic') : origins;
}

/**
 * A first name only the French carry (جان is Jean, not John's جون; فرانسوا, لوران) marks a French name in a country
 * with no tradition of its own (Canada, Switzerland) or with none given; جاك or ماري, which English-speaking bearers
 * share (Jack, Mary: the 'western' table), say nothing.
 */
function frenchByGivenName(norms: string[]): boolean {
  if (norms.length < 2) return false;
  const origins = tellingOriginsOfGivenName(norms[0]!);
  return origins.length === 1 && origins[0] === 'french';
}

/**
 * A family name in the Soviet -ov, -ova on a stem of four letters or more (بيراموف, كاملوف, سمايلوف), or -yev after a
 * vowel (علييف, حاجييف, توكايف), that no Arabic list holds and no foreign list spells otherwise: Azerbaijan's, Central
 * Asia's, the Caucasus's, under given names of Arabic stock that the letters would read as an Arab's (حكمت, عليخان,
 * عبد العزيز). An Arabic family name in وف has a stem of three (معلوف, مخلوف); none ends in ييف.
 */
function sovietFamilyName(norm: string): boolean {
  if (!/^.{4,}(وف|وفا)$|^.{2,}(ييف|ييفا)$|^.{3,}(ايف|ايفا)$/.test(norm)) return false;
  const listed = foreignNameWord(norm);
  return arabicNameWord(norm) === undefined && !isArabicRuleSpelled(norm) && !isOrdinaryWord(norm) && (listed === undefined || /(ov|ev|ova|eva)$/.test(listed));
}

function guessOrigin(norms: string[]): Origin {
  // (-pour, «son of», glued or apart, is Iran's whatever the letters of the rest: همايونبور Homayounpour, رضائي بور
  // Rezaeipour; not جبور, كابور.)
  const last = norms[norms.length - 1]!;
  if (norms.length > 1 && (PERSIAN_POUR.test(last) || last === 'بور' || last === 'پور')) return 'persian';
  // (A Turkish -oğlu family name tells Turkey under Arabic given names too, whose letters the check below reads as an
  // Arab's: محمد غللو أوغلو is Mehmet Güllüoğlu, أحمد داود أوغلو Ahmet Davutoğlu.)
  if (norms.length > 1 && !norms.some((n) => n in PARTICLES || n === 'ال' || n.startsWith('ال')) && (last === 'اوغلو' || (last.length > 6 && last.endsWith('اوغلو')))) return 'turkish';
  // (No article but after عبد, no بن or أبو: an Arab's name.)
  if (norms.length > 1 && sovietFamilyName(last) && !norms.some((n, k) => n in PARTICLES || n === 'ال' || (n.startsWith('ال') && norms[k - 1] !== 'عبد'))) return 'russian';
  // (A family name only Somalis carry tells a Somali under Arabic given names: عبد الله محمد ورفا is Abdullahi Mohamed Warfa.)
  if (norms.length > 1 && somaliOnlyName(last) !== undefined) return 'somali';
  if (norms.some((n) => n in PARTICLES || n === 'ال' || n.startsWith('عبد') || ARABIC_LETTERS.test(n))) return 'arab';
  // (A Central or South Slavic given name makes a -ski Polish or Macedonian, not Russian: هريستيان ميتسكوسكي is Hristijan
  // Mickoski; and a family name in -ić is Slavic under any given name no other tradition claims: أندريه ماهيسيتش.)
  const givenTold = norms.length > 1 ? tellingOriginsOfGivenName(norms[0]!) : [];
  if (givenTold.length === 1 && givenTold[0] === 'slavic') return 'slavic';
  if (norms.length > 1 && (RUSSIAN_ENDING.test(last) || GEORGIAN_ENDING.test(last))) return 'russian';
  if (norms.length > 1 && originOfSurname(last) === 'slavic' && givenTold.every((o) => o === 'slavic' || o === 'russian' || o === 'french')) return 'slavic';
  if (norms.some((n) => n === 'اوغلو' || n.endsWith('اوغلو'))) return 'turkish';
  if (norms.some((n) => n === 'زاده' || n.endsWith('زاده'))) return 'persian';

  const shaped = originByShape(norms);
  if (shaped) return shaped;
  // A first name only one tradition's bearers carry (خوان, جوزيبي, شينزو) says where the name comes from.
  // (The Arab and Maghreb tables spell Arabic names by country; they say nothing of where a name comes from. Nor does
  // an Arabic name that Turks or Iranians also carry: خالد, جمال, صالح are Khaled, Jamal, Saleh unless the country says Turkey.)
  const sharedWithArabs = arabicNameWord(norms[0]!) !== undefined || isArabicRuleSpelled(norms[0]!);
  // (The Hausa table is a spelling of Nigeria's, not a tradition of its own.)
  const given = norms.length > 1 && !sharedWithArabs ? tellingOriginsOfGivenName(norms[0]!) : [];
  if (given.length === 1 && given[0] !== 'western') return given[0] as Origin;
  // (A family name with the article counts by its stem: التميمي is Arab when تميمي is, whatever Wikidata aligned to it.)
  const arabicWord = (n: string) => {
    const stem = n.replace(/^ال/, '');
    if (arabicNameWord(stem) !== undefined || isArabicRuleSpelled(n)) return true;
    if (stem === n || stem.length < 3) return false;
    // (Wikidata aligns an Arab family name's English without its article, التميمي → tamimi; ألبرتو → alberto keeps it.)
    const seen = foreignNameWord(n);
    return isArabicRuleSpelled(stem) || (seen !== undefined && !/^[ae]l/.test(seen));
  };
  const arabicCount = norms.filter(arabicWord).length;
  const foreignCount = norms.filter((n) => foreignNameWord(n) !== undefined && arabicNameWord(n) === undefined && !arabicWord(n)).length;
  return arabicCount > foreignCount ? 'arab' : 'western';
}

/**
 * A Dinka or Nuer name, which the Sudanese press spells in Arabic letters, for a person given no country: a word ending
 * in the ng that Sudanese Arabic writes نق (دينق Deng, قرنق Garang, مالونق Malong), which no Arabic name ends in; or, in a
 * story of Sudan or South Sudan, a name of two words or more none of which any Arabic or foreign name list knows (توت
 * قلواك: Tut Gatluak), where a Sudanese Arab's name has at least one (محمد حمدان دقلو).
 */
function nilotic(norms: string[], home: string | null): boolean {
  const unknown = (n: string) => !n.startsWith('ال') && !n.startsWith('عبد') && !(n in PARTICLES) && arabicNameWord(n) === undefined &&
    foreignNameWord(n) === undefined && !isArabicRuleSpelled(n);
  if (norms.some((n) => n.length >= 4 && /[^ن]نق$/.test(n) && unknown(n) && !isOrdinaryWord(n))) return true;
  return (home === 'SD' || home === 'SS') && norms.length >= 2 && norms.every(unknown);
}

/**
 * A name of a Turkish story that Turkey's press may own, for a person the article gives no country: Turks carry Arabic given
 * names (Ömer, Fuat, Sadi, Mehmet) but never the article, عبد or بن, and mostly a family name no Arabic list knows (جيليك
 * Çelik, غوفن Güven, أوقطاي Oktay); an Arab in the story (وليد الصباغ) has every word in the lists.
 */
function turkishInTurkey(norms: string[]): boolean {
  if (norms.length < 2) return false;
  if (norms.some((n) => n.startsWith('ال') || n.startsWith('عبد') || n in PARTICLES || n === 'الله')) return false;
  // (A family name the world writes with the letters of an Arabic transliteration, which Turkish has not, is an Arab's:
  // خاشقجي is Jamal Khashoggi's, not a Turk's.)
  const family = foreignNameWord(norms[norms.length - 1]!);
  if (family && /kh|sh|th|dh|gh|q|ee|oo/.test(family)) return false;
  return norms.some((n) => arabicNameWord(n) === undefined && !isArabicRuleSpelled(n));
}

/**
 * A family name no Arabic or foreign list holds, ending in a vowel as the Bantu languages' open syllables do (نكوبي Ncube,
 * مويلو Mwilu, كامو Kamau; not ماكغولدريك McGoldrick or كولفيل Colville): one only its own country's letters can spell.
 */
function unplaced(norm: string): boolean {
  return norm.length >= 3 && /[اويىه]$/.test(norm) && !norm.startsWith('ال') && foreignNameWord(norm) === undefined && foreignNameWord(norm, true) === undefined &&
    !inNameDictionaries(norm) && arabicNameWord(norm) === undefined;
}

const CHRISTIAN_GIVEN = new Set(['western', 'russian', 'slavic', 'greek', 'italian', 'spanish', 'portuguese', 'german', 'nordic', 'albanian', 'japanese']);
/** The country of a Maghreb name whose family name tells the Maghreb but not which of its countries. */
const MAGHREB_UNPLACED = 'maghreb';
/**
 * The Maghreb told by the family name of an Arab name given no country (a UN envoy, an OPEC or AU official): Bou- glued
 * to a name (بوطرفة Boutarfa, بوشوارب Bouchouareb, بوريطة Bourita), which the East writes apart (بو صعب) if at all; or a
 * nisba in ق without the article that the East's press would give it, no list knowing it (زروقي Zerrougui, شرقي Chergui):
 * Algeria's g of ق, which its press writes gu.
 */
function maghrebByShape(norms: string[]): string | null {
  const family = norms[norms.length - 1]!;
  if (norms.length < 2 || family.startsWith('ال') || arabicNameWord(family) !== undefined) return null;
  // (The given name an Arab one, which no Christian tradition claims: not Vladimir Putin's فلاديمير, nor a Hausa محمدو;
  // إسماعيل, which Turks, Iranians and French-speaking Africa share, is.)
  const given = norms[0]!;
  if ((arabicNameWord(given) === undefined && foreignNameWord(given) === undefined && !isArabicRuleSpelled(given)) || tellingOriginsOfGivenName(given).some((o) => CHRISTIAN_GIVEN.has(o))) return null;
  const listed = foreignNameWord(family);
  if (/^بو.{3,}$/.test(family) && (listed === undefined || /^bou/.test(listed))) return MAGHREB_UNPLACED;
  // (A list's spelling with q is South Asia's: صديقي Siddiqui.)
  if (/^.{2,}قي$/.test(family) && (listed === undefined || !/q/.test(listed)) && !isArabicRuleSpelled(family)) return 'DZ';
  return null;
}

/**
 * A Muslim's name of French-speaking Africa, in a story of its country, for a person the article gives no country: an
 * Arabic given name the guess reads as an Arab's, but a family name no Arabic list or rule knows and with none of the
 * letters only Arabic names have (عثمان سونكو in Dakar is Ousmane Sonko, not Othman); an Arab visitor's is Arabic whole.
 */
function africanMuslim(norms: string[]): boolean {
  if (norms.length < 2 || norms.some((n) => n.startsWith('ال') || n.startsWith('عبد') || n in PARTICLES || n === 'ولد')) return false;
  const family = norms[norms.length - 1]!;
  return arabicNameWord(family) === undefined && !isArabicRuleSpelled(family) && !ARABIC_LETTERS.test(family) && !isOrdinaryWord(family);
}

/**
 * An Ethiopian's or Eritrean's name in a story of their country, for a person the article gives no country, that the
 * letters read as an Arab's (a ق, ض or ع in it: دمقي, رضا): a given name no Arabic list or rule knows (Amharic and
 * Tigrinya given names are not Arabic), and no article, «بن», «أبو» or «ولد». An Arab's or a Sudanese's name in the
 * story opens with an Arabic given name.
 */
function habeshaGiven(norms: string[]): boolean {
  if (norms.length < 2 || norms.some((n) => n.startsWith('ال') || n.startsWith('عبد') || n in PARTICLES || n === 'ولد')) return false;
  const given = norms[0]!;
  return arabicNameWord(given) === undefined && foreignNameWord(given) === undefined && !isArabicRuleSpelled(given) && !isOrdinaryWord(given) && given.length >= 3;
}

/** Countries whose Muslims write their Arabic names in Hausa form (Yakubu, Aliyu, Abubakar). */
const HAUSA_HOMES = new Set(['NG', 'GH']);

/**
 * An Arabic name as Nigeria's and Ghana's Muslims carry it: no article, «بن», «آل» or «ولد», and a family name no Arabic
 * list knows (ياكوبو Yakubu) or a compound the Hausa table spells (أبو بكر Abubakar): a Nigerian story's
 * electoral commissioner or opposition candidate, whom the article gives no country of its own.
 */
function hausaMuslim(norms: string[]): boolean {
  if (norms.length < 2 || norms.some((n) => n.startsWith('ال') || n in PARTICLES && n !== 'ابو' || n === 'ولد' || n === 'ال')) return false;
  const family = norms[norms.length - 1]!;
  const compound = norms.length >= 3 ? `${norms[norms.length - 2]} ${family}` : '';
  // (A one-word family name the table spells, عمر or يوسف, is any Arab's too: an Egyptian envoy's أحمد عمر stays Ahmed Omar.)
  if (compound && givenNameOf('nigerian', compound) !== undefined) return true;
  return arabicNameWord(family) === undefined && !isArabicRuleSpelled(family) && !ARABIC_LETTERS.test(family) && !isOrdinaryWord(family);
}

/** An Arabic name as the Malay world carries it: two words or more, no article but after عبد, no آل, no ولد. */
/** Origins whose people carry no Arabic nasab (not the Malay world's, Africa's or South Asia's Muslims). */
const FAR_FROM_NASAB = new Set<Origin>(['japanese', 'chinese', 'southKorean', 'northKorean', 'burmese', 'lao', 'western', 'french', 'german',
  'italian', 'spanish', 'portuguese', 'nordic', 'greek', 'slavic']);

/** Three or more words, «بن» or «ابن» between every two names, each name one the Arabic list knows (a compound of عبد too). */
function arabNasab(norms: string[]): boolean {
  if (norms.length < 3 || norms.length % 2 === 0) return false;
  return norms.every((n, k) => (k % 2 === 1 ? n === 'بن' || n === 'ابن'
    : arabicNameWord(n) !== undefined || (n.startsWith('عبد') && n.length > 4 && arabicNameWord(n.slice(3).replace(/^ال/, '')) !== undefined)));
}

function malayArabic(norms: string[]): boolean {
  return norms.length >= 2 && norms.every((n, k) => (!n.startsWith('ال') || norms[k - 1] === 'عبد') && n !== 'ال' && n !== 'ولد');
}

/** A Turkish family name word, its glued -oğlu («لوغلو») read as the oglu it is, not by the letters (Lughlu). */
function turkishFamilyWord(word: string, norm: string): string {
  const glued = /^(.*[^اوي])وغلو$/.exec(norm);
  if (glued) return capitalize(wordToEnglish(word.slice(0, glued[1]!.length), glued[1]!, 'turkish', true)) + 'oglu';
  return capitalize(wordToEnglish(word, norm, 'turkish', true));
}

/** Korean names: surname then given-name syllables; North Korean press spaces them, South Korean joins with a hyphen. */
function koreanName(parts: string[], north: boolean, hinted: boolean): string | null {
  const norms = parts.map(normalize);
  const surname = koreanSurname(norms[0]!);
  const given = norms.slice(1).map(koreanSyllable);
  if (!surname || given.length === 0) return null;
  // With a Korean hint a syllable the table lacks is read by the dictionaries and rules; without one, it means "not Korean".
  if (given.some((g) => !g) && (!hinted || given.filter((g) => !g).length > 1)) return null;
  const pick = (pair: [string, string]) => pair[north ? 0 : 1];
  const syllables = given.map((g, k) => (g ? pick(g) : capitalize(wordToEnglish(parts[k + 1]!, norms[k + 1]!, 'western'))));
  return north ? [pick(surname), ...syllables].join(' ') : `${pick(surname)} ${syllables.join('-').replace(/-(\w)/g, (_m, c: string) => '-' + c.toLowerCase())}`;
}

function chineseName(parts: string[], hinted = false): string | null {
  // (For a person the article makes Chinese, a given name written as one word is read as the table's syllables it joins,
  // «شياويونغ» Xiaoyong, and a syllable the table lacks by the press's pinyin shapes, «تشن» Chen.)
  const norms = hinted ? parts.map(normalize).flatMap((n, k) => (k > 0 && !chineseSyllable(n) && !pinyinByRule(n) ? tableSyllables(n) ?? ruledSyllables(n) ?? [n] : [n]))
    : unhintedSyllables(parts.map(normalize));
  // (With no country, three syllables of which the table knows all but one are Chinese too: «خه لي فنغ» He Lifeng.)
  const oneUnknown = !hinted && norms.length >= 3 && norms.filter((n) => !chineseSyllable(n)).length === 1;
  const syll = norms.map((n) => chineseSyllable(n) ?? (hinted || oneUnknown ? capitalize(pinyinByRule(n) ?? '') || undefined : undefined));
  if (norms.length < 2 || syll.some((s) => !s)) return null;
  return `${syll[0]} ${syll.slice(1).map((s, i) => (i === 0 ? s! : s!.toLowerCase())).join('')}`;
}

/** A word that is two or three of the table's Chinese syllables run together («شياويونغ»: شياو + يونغ), split. */
function tableSyllables(norm: string): string[] | null {
  for (let cut = 2; cut <= norm.length - 2; cut++) {
    const head = norm.slice(0, cut), tail = norm.slice(cut);
    if (!chineseSyllable(head)) continue;
    if (chineseSyllable(tail)) return [head, tail];
    const more = tail.length >= 4 ? tableSyllables(tail) : null;
    if (more && more.length === 2) return [head, ...more];
  }
  return null;
}

/**
 * A given name of two syllables run together of which the table knows the first and the press's pinyin shapes read the
 * second, «جيانغو»: جيان + غو, Jianguo (the table lacks غو, Guo, whose tone the press writes without the final ه).
 */
function ruledSyllables(norm: string): string[] | null {
  for (let cut = 2; cut <= norm.length - 2; cut++) {
    const head = norm.slice(0, cut), tail = norm.slice(cut);
    if (chineseSyllable(head) && pinyinByRule(tail)) return [head, tail];
  }
  return null;
}

/**
 * With no country, a surname the table knows before one word that is two of the table's syllables, or one of them and
 * a syllable of the press's pinyin shape («ليو جيانغو» Liu Jianguo), a word no name list knows (not جونسون, Johnson):
 * the name is Chinese as its three syllables are.
 */
function unhintedSyllables(norms: string[]): string[] {
  if (norms.length !== 2 || !chineseSyllable(norms[0]!) || chineseSyllable(norms[1]!) || norms[1]!.length < 5 || inNameDictionaries(norms[1]!)) return norms;
  const split = tableSyllables(norms[1]!) ?? ruledSyllables(norms[1]!);
  return split && split.length === 2 ? [norms[0]!, ...split] : norms;
}

/** Single Arabic letters standing for initials («ر. غ. كابور»), beside the Latin letters' names. */
const ARABIC_INITIALS = new Map<string, string>([
  ['ا', 'A'], ['ب', 'B'], ['ت', 'T'], ['ج', 'J'], ['ح', 'H'], ['خ', 'K'], ['د', 'D'], ['ر', 'R'], ['ز', 'Z'], ['س', 'S'], ['ش', 'S'],
  ['ص', 'S'], ['ط', 'T'], ['ع', 'A'], ['غ', 'G'], ['ف', 'F'], ['ق', 'Q'], ['ك', 'K'], ['ل', 'L'], ['م', 'M'], ['ن', 'N'], ['ه', 'H'],
  ['و', 'W'], ['ي', 'Y'],
]);

/** The Latin letters of the initials that open a name, as many as there are (none when the first word is no initial). */
function leadingInitials(norms: string[]): string[] {
  const out: string[] = [];
  for (const n of norms) {
    const letter = latinLetterNamed(n) ?? ARABIC_INITIALS.get(n);
    if (!letter) break;
    out.push(letter);
  }
  return out;
}

/** Burmese names: syllables spaced, each as the Myanmar press writes it; a syllable the table lacks is read by the rules. */
function burmeseName(parts: string[], hinted: boolean): string | null {
  const norms = parts.map(normalize);
  const syll = norms.map(burmeseSyllable);
  const known = syll.filter(Boolean).length;
  if (hinted ? known === 0 : known < norms.length || !norms.some(isBurmeseMark)) return null;
  return syll.map((s, k) => s ?? capitalize(wordToEnglish(parts[k]!, norms[k]!, 'burmese'))).join(' ');
}

/**
 * A name that opens with a given name written with the Arabic article and without a hamza (النعم, المنهل, الحبيب; not
 * ألبرتو or الكسندر, which the world's lists know) is an Arab's: a country of another script the sentence gave it (a
 * Moroccan speaker met by a Chilean delegation) says nothing of how it is spelt, the story's own country does.
 */
function arabArticledGiven(written: string, norm: string): boolean {
  return /^ال/.test(written) && norm.length > 4 && foreignNameWord(norm) === undefined && !tellingOriginsOfGivenName(norm).length;
}

/**
 * A name an Arab may carry: opening with an Arabic given name (نسيم, عمر), or closing with a family name with the
 * article (لينا الشيخ, زيتون الدليمي), which no name of another tradition has; or read as Arab and opening with no given
 * name of another tradition (جوزاف عون is Joseph Aoun).
 */
function looksArab(norms: string[]): boolean {
  const [first, last] = [norms[0]!, norms[norms.length - 1]!];
  if (arabicNameWord(first) !== undefined || isArabicRuleSpelled(first)) return true;
  if (norms.length > 1 && /^ال../.test(last) && !/^ال/.test(first)) return true;
  return foreignNameWord(first) === undefined && guessOrigin(norms) === 'arab';
}

/**
 * Traditions whose people carry Arab names, spelt their press's way (Nassim in Algiers, Abubakar in Abuja, Oumar in
 * Dakar): an office of their states spells an Arab name as they do; another state's (Nepal's, Bosnia's) tells nothing.
 */
const ARAB_NAMES_SPELT = new Set<Origin>(['turkish', 'africanFrench', 'african', 'indoMalay']);
const spellsArabNames = (country: string) => { const o = originOf(country)!; return isArabicScript(o) || ARAB_NAMES_SPELT.has(o); };

/** The words of a written name, without the marks and brackets around it (#بومبيو, فلاديمير_بوتين). */
const nameWords = (nameAr: string) => nameAr.replace(/[\u0640\u064B-\u065F\u0670]/g, '').replace(/[#_()[\]{}«»"“”.,،:;!?؟]/g, ' ').trim().split(/\s+/).filter(Boolean);

/**
 * Whether an office of `state` spells the name as that state's press does (see the office hint of nameToEnglish): an
 * Arab name, where the state's press spells Arab names; a name of another tradition keeps its own.
 */
export function officeSpellsName(nameAr: string, state: string): boolean {
  const written = nameWords(nameAr);
  return !!written.length && !!originOf(state.toUpperCase()) && spellsArabNames(state.toUpperCase()) && looksArab(written.map(normalize));
}

/**
 * An Arabic name in English letters. After the hint is settled (initials, an office's state, an articled given name where
 * no Arab country is told), in stages: whose conventions spell it (whoseConventions), an East Asian name by its
 * syllables (eastAsianName), the words and the style to spell them in (spellingOf), each word (spellWords), and the
 * letters of the country's press (nationalLetters).
 */
export function nameToEnglish(nameAr: string, hint: Hint = {}): string {
  // Hashtags and brackets around a name (#بومبيو, فلاديمير_بوتين) are not part of it.
  const written = nameWords(nameAr);
  if (!written.length) return '';
  const writtenNorms = written.map(normalize);
  // (Initials before a surname, «آر إم إيه إل راتنايكي», are Latin letters: R.M.A.L. Rathnayake.)
  const initials = leadingInitials(writtenNorms);
  if (initials.length >= 2 && initials.length < written.length) return `${initials.join('.')}. ${nameToEnglish(written.slice(initials.length).join(' '), hint)}`;
  // (An office's state spells an Arab name its holder carries, Nassim Bernaoui in Algiers, Abubakar Umar in Abuja, but
  // not the foreign name of a visitor or an international body's envoy whose title the article left unplaced.)
  if (!hint.country && hint.office) {
    return nameToEnglish(nameAr, { ...hint, country: spellsArabNames(hint.office) && looksArab(writtenNorms) ? hint.office : null, office: null });
  }
  // (Where no Arab country is told at all, its given name's article is dropped, as most golds of every region write it
  // or allow it: Manhal Al-Safi, Sadiq al-Mahdi, Hadi Idris; the Maghreb's Naam, Habib, Said.)
  const told = hint.country ?? hint.home ?? hint.story;
  if (!hint.noArabCountry && arabArticledGiven(written[0]!, writtenNorms[0]!) && (!told || !isArabicScript(originOf(told.toUpperCase()) ?? 'western'))) {
    return nameToEnglish(written.join(' '), { noArabCountry: true }).replace(/^Al-(?=[A-Z])/, '');
  }
  const { country, origin: placed, home, story } = whoseConventions(written, writtenNorms, hint);
  const asian = eastAsianName(written, country, placed);
  if (asian) return asian;
  const origin = placed === 'northKorean' || placed === 'southKorean' || placed === 'chinese' || placed === 'burmese' ? 'western' : placed;
  const spelling = spellingOf(written, country, origin);
  const out = spellWords(spelling);
  nationalLetters(spelling, out, hint, home, story);
  // A family name alone is how the press refers to the person, without the article: الأسد → Assad.
  if (out.length === 1 && spelling.words.length === 1 && /^Al-/.test(out[0]!)) return out[0]!.slice(3);
  return out.join(' ');
}

/**
 * Stage 1 of nameToEnglish: whose conventions spell the name — the country of the office, else the story's or the
 * writer's home where the name's shape agrees with it, else one the name's own shape tells (a Maghreb family name, a
 * Nilotic name, Mauritania's «ولد») — and the origin they give it.
 */
function whoseConventions(written: string[], writtenNorms: string[], hint: Hint): { country: string | null; origin: Origin | null; home: string | null; story: string | null } {
  const story = hint.story?.toUpperCase() ?? null;
  const home = hint.home?.toUpperCase() ?? (story && originOf(story) !== 'african' ? story : null);
  const guessed = guessOrigin(writtenNorms);
  // (Ethiopia's and Eritrea's names, which no dictionary knows, follow their own letters: Meles, Gebreab.)
  // (So do Iran's and Pakistan's that no dictionary knows, which look foreign to Arabic eyes: هوشنك بازوند is Houshang
  // Bazvand in an Iranian story; a word the world's spelling lists know, روبرت, keeps a name Western.)
  const homeOrigin = originOf(home);
  const homeHolds = !hint.country && !!home && ((isArabicScript(homeOrigin!) && guessed === 'arab') ||
    (homeOrigin === 'ethiopian' && guessed === 'western' && writtenNorms.every((n) => arabicNameWord(n) === undefined)) ||
    (homeOrigin === 'ethiopian' && guessed === 'arab' && habeshaGiven(writtenNorms)) ||
    ((homeOrigin === 'persian' || homeOrigin === 'southAsian') && guessed === 'western' && writtenNorms.every((n) => foreignNameWord(n) === undefined)) ||
    // (And a name of no telling shape in a story of Latin America, French-speaking or East Africa or the Balkans is
    // spelt by that country's conventions: ميرسيدس أراوز in Lima is Mercedes Aráoz, not Mirsids.)
    // (Not a name all of whose words are the world's common names: جيري رايس in a story of Colombo is an IMF spokesman's,
    // Gerry Rice, not the Malay world's Jeri Rays.)
    (!!homeOrigin && HOME_CONVENTIONS.has(homeOrigin) && guessed === 'western' && writtenNorms.every((n) => arabicNameWord(n) === undefined) &&
      !writtenNorms.every(isWorldName)) ||
    // (A Malay or Indonesian Muslim's Arabic name carries no article but in عبد's compound, where an Arab visitor's
    // family name mostly has it: محمد صوفيان عبد الرزاق in Kuala Lumpur is Mohamed Sofian Abdul Razak.)
    (homeOrigin === 'indoMalay' && guessed === 'arab' && malayArabic(writtenNorms)) ||
    (homeOrigin === 'turkish' && (guessed === 'arab' || writtenNorms.every((n) => foreignNameWord(n) === undefined)) && turkishInTurkey(writtenNorms)) ||
    (homeOrigin === 'africanFrench' && guessed === 'arab' && africanMuslim(writtenNorms)) ||
    (!!home && HAUSA_HOMES.has(home) && guessed === 'arab' && hausaMuslim(writtenNorms)));
  // A story of English-speaking Africa lends its letters only to a name the world's lists cannot place: no word an Arabic
  // list knows and a family name no list knows at all (أوين نكوبي in Harare is Owen Ncube's, وافولا تشيبوكاتي in Nairobi
  // Wafula Chebukati's), where the envoys and observers such a story quotes carry names the lists know.
  const africanStory = !hint.country && !home && !!story && originOf(story) === 'african' && !WEST_AFRICA.has(story) && guessed === 'western' && written.length >= 2 &&
    writtenNorms.every((n) => arabicNameWord(n) === undefined && !isArabicRuleSpelled(n)) &&
    unplaced(writtenNorms[writtenNorms.length - 1]!);
  // «ولد» between two names ("محمد ولد الشيخ") is Mauritania's own patronymic: its press spells the name.
  const ould = writtenNorms.slice(1, -1).some((n) => n === 'ولد');
  // (A Maghreb family name in a story of a country whose press is not the Arab world's keeps the Maghreb's spelling: an
  // Algerian minister at an OPEC meeting in Vienna, where the Iranian delegate's story lends Iran. Not in a Turkish one,
  // whose own family names open with Bo- and Bu- (Bozdağ, Bulut) under Arabic given names.)
  const maghrebi = !hint.country && guessed === 'arab' && homeOrigin !== 'arab' && homeOrigin !== 'maghreb' && homeOrigin !== 'turkish'
    ? maghrebByShape(writtenNorms) : null;
  const country = hint.country?.toUpperCase() ?? (nilotic(writtenNorms, home) ? 'SS' : maghrebi ?? (homeHolds ? home : africanStory ? story : ould ? 'MR' : null));
  let origin = country === MAGHREB_UNPLACED ? 'maghreb' : originOf(country);
  // A chain of «بن» between Arabic names is an Arab's nasab whatever country the story gave the name (a Saudi prince
  // receiving the Japanese ambassador is no Japanese): spelt the Arab way.
  if (origin && FAR_FROM_NASAB.has(origin) && arabNasab(writtenNorms)) origin = 'arab';
  return { country, origin, home, story };
}

/** Stage 2 of nameToEnglish: a Vietnamese, Burmese, Korean or Chinese name, spelt by its syllables; null if it is none. */
function eastAsianName(written: string[], country: string | null, origin: Origin | null): string | null {
  const syllableParts = written.flatMap((w) => w.split('-')).filter(Boolean);
  const vietnamese = vietnameseNameEnglish(syllableParts.map(normalize), country === 'VN');
  if (vietnamese) return vietnamese;

  if (origin === 'burmese' || origin === null) {
    const b = burmeseName(syllableParts, origin !== null);
    if (b) return b;
  }
  if (origin === 'northKorean' || origin === 'southKorean' || origin === null) {
    const k = koreanName(syllableParts, origin !== 'southKorean', origin !== null);
    if (k && (origin !== null || syllableParts.length >= 3 || syllableParts.some((p) => p.includes('-')))) return k;
    if (k && origin === null && written.some((w) => w.includes('-'))) return k;
  }
  if (origin === 'chinese' || (origin === null && !written.some((w) => w.includes('-')))) {
    const c = chineseName(syllableParts, origin === 'chinese');
    if (c) return c;
  }
  return null;
}

/**
 * Stage 3 of nameToEnglish: the words to spell (a compound the country joins its own way read as its two parts), the
 * name's style (the origin, else its shape's) and the conventions of the country's press that the words follow.
 */
function spellingOf(written: string[], country: string | null, origin: Origin | null) {
  const dinJoin = country ? DIN_JOIN[country] : undefined;
  // (A compound written as one word, «نورالدين», is read as its two parts where the country joins them its own way.)
  const words = written.map((w) => w.replace(/-/g, ' ')).flatMap((w) => w.split(' '))
    .flatMap((w) => (dinJoin && /^[^ال].+الدين$/.test(normalize(w)) && normalize(w).length > 6 ? [w.slice(0, -5), w.slice(-5)] : [w]));
  const norms = words.map(normalize);
  // A Western country says little of the name: the surname's shape may say Greek or Italian.
  const style: Origin = origin === 'western' ? originByShape(norms) ?? (frenchByGivenName(norms) ? 'french' : origin)
    : origin ?? guessOrigin(norms);
  const abdel = country !== null && ABDEL_STYLE.has(country);
  // French-speaking Africa's given names are France's (Laurent, Moïse), with its Muslim names (Moussa, Ousmane).
  const givenStyle = style === 'africanFrench' ? 'french' : style;
  const levant = country !== null && LEVANT.has(country);
  const sudanese = country === 'SD';
  // Morocco's press writes a where Tunisia's and Algeria's write e (Najib El Khadi, Mustapha El Khalfi; Nejib, Khelfi).
  const moroccan = country === 'MA' && style === 'maghreb';
  const vowel = moroccan ? 'a' : undefined;
  // Nigeria's and Ghana's Muslims write their names in Hausa form (Yakubu, Aliyu, Abubakar), whatever else they carry.
  const hausa = country === 'NG' || country === 'GH';
  // An Arab country's press, whose names a foreign list's look-alike must not misread (Al-Kuwari, El Ghali).
  const press: Press = country && GULF.has(country) ? 'gulf' : country && (style === 'arab' || style === 'maghreb') ? 'arab' : undefined;
  // (Ukraine's officials carry their names in Ukrainian form, Oleksandr and Serhiy, where the Arabic spelling is Russia's.)
  const ukrainian = country === 'UA';
  // (Central Asia's and Azerbaijan's officials carry their Arabic given names in Turkic form: Kassym, Shavkat, Mikayil.)
  const turkicGiven = style === 'russian' && country !== null ? TURKIC_GIVEN[country] : undefined;
  const givenOf = (key: string) => (moroccan ? givenNameOf('moroccan', key) : undefined) ??
    (country === 'MR' ? givenNameOf('mauritanian', key) : undefined) ?? (country === 'TD' ? givenNameOf('chadian', key) : undefined) ??
    (sudanese ? givenNameOf('sudanese', key) : undefined) ?? (hausa ? givenNameOf('nigerian', key) : undefined) ??
    (ukrainian ? givenNameOf('ukrainian', key) : undefined) ?? (country === 'BA' ? givenNameOf('bosniak', key) : undefined) ??
    (turkicGiven ? givenNameOf(turkicGiven, key) : undefined) ?? givenNameOf(givenStyle, key);
  return { words, norms, country, style, givenStyle, abdel, levant, sudanese, moroccan, vowel, press, dinJoin, givenOf };
}

type Spelling = ReturnType<typeof spellingOf>;

/**
 * Stage 4 of nameToEnglish: each word in English — a given name from the lists, a particle, a compound (عبد, الله,
 * الدين, زاده), a word with the article, a family name of its language's shape — in the style of the name.
 */
function spellWords(sp: Spelling): string[] {
  const out: string[] = [];
  for (let i = 0; i < sp.words.length;) {
    const norm = sp.norms[i]!;
    const word = sp.style === 'maghreb' ? maghrebFamilyIntensive(maghrebFeminineHa(sp.words[i]!, norm), norm, i > 0 && i === sp.words.length - 1) : sp.words[i]!;
    i += spellWord(sp, { i, word, norm, next: sp.norms[i + 1] }, out);
  }
  return out;
}

/** The word of a name at `i`, its spelling-normal form and the next word's. */
interface WordAt { i: number; word: string; norm: string; next: string | undefined }

/** One kind of word a stage spells: it pushes the word's English (or joins it to the last one) and says how many
 * words it took, 1 or 2 with the next; null when the word is not of its kind. */
type SpellStage = (sp: Spelling, at: WordAt, out: string[]) => number | null;

/** The English of the word at `at` by the first stage it is of, the ordinary reading failing all; how many words it took. */
function spellWord(sp: Spelling, at: WordAt, out: string[]): number {
  for (const stage of SPELL_STAGES) {
    const took = stage(sp, at, out);
    if (took !== null) return took;
  }
  return ordinaryWord(sp, at, out);
}

/** The kinds of word, in the order tried: ordinals, given names, particles, compounds and joins, articled words,
 * family names of one language's shape. */
const SPELL_STAGES: SpellStage[] = [
  ordinal, givenPair, bangladeshJoin, sahelFamily, givenName, somaliOnly, ouByFrenchReading, middleParticle, benOpening,
  europeanParticle, abu, frenchGluedLe, frenchUnknownLe, dynastyAl, abdCompound, gluedAbdal, allahCompound,
  maghrebEddine, levantEddine, joinedDin, dinApart, divineAfterBin, ogluJoined, turkishKara, persianPour,
  persianAllah, zadehJoined, ethiopianGebre, ethiopianGebreApart, junior, wholeArticledName, articledWord,
  scottishMc, niloticWord, westAfricanVowel, maghrebG, germanicFamily
];

function ordinal(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { i, norm, next } = at;
  if (i > 0 && ORDINALS[norm]) {
    // الثاني عشر → XII: a units ordinal followed by عشر/عشره is in the teens.
    if (next === 'عشر' || next === 'عشره') { out.push(roman(10 + UNITS.indexOf(ORDINALS[norm]!))); return 2; }
    out.push(ORDINALS[norm]!);
    return 1;
  }
  return null;
}

function givenPair(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { givenOf } = sp;
  const { norm, next } = at;
  const pair = next ? givenOf(`${norm} ${next}`) : undefined;
  if (pair) { out.push(pair); return 2; }
  return null;
}

function bangladeshJoin(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { norms, country, style } = sp;
  const { i, word, norm } = at;
  // Bangladesh's press joins a given name to the ال-word of its compound, the article's l taking a sun letter's sound
  // and ي's diphthong written ai: Obaidul Quader, Anisul Huq, Shafiqul Islam; Habibur Rahman, Mujibur Rahman.
  // (الزمان is glued whole: Asaduzzaman, Kamruzzaman. الدين and الله have their own joins below.)
  if (country === 'BD' && i > 0 && word.startsWith('ال') && norm.length > 3 && norm !== 'الدين' && norm !== 'الله' && out.length &&
    /^[A-Z][a-z]+$/.test(out[out.length - 1]!) && !(norms[i - 1]! in PARTICLES)) {
    const stem = norm.slice(2);
    const english = capitalize(wordToEnglish(word.slice(2), stem, style, true));
    const joined = out[out.length - 1]!.replace(/ei/, 'ai').replace(/([aeiou])\1+$/, '$1') + 'u' + (SUN_LETTERS.includes(stem[0]!) ? english[0]!.toLowerCase() : 'l');
    if (stem === 'زمان') out[out.length - 1] = joined + 'zaman';
    else { out[out.length - 1] = joined; out.push(english); }
    return 1;
  }
  return null;
}

function sahelFamily(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { style } = sp;
  const { i, norm } = at;
  // (A later word of a Sahel name that is a Wolof family name is no given name: سيدو غي is Seydou Gueye, not Guy.)
  const sahel = style === 'africanFrench' && i > 0 ? sahelFamilyName(norm) : undefined;
  if (sahel) { out.push(sahel); return 1; }
  return null;
}

function somaliOnly(sp: Spelling, at: WordAt, out: string[]): number | null {
  // (A later word that only Somalis carry, no Arab name, keeps its Somali spelling in an Arab country's name: Djibouti's
  // «عبدي محمد ورسمه» is Warsame, not Warsmah.)
  const somali = sp.style === 'arab' && at.i > 0 ? somaliOnlyName(at.norm) : undefined;
  if (somali) { out.push(somali); return 1; }
  return null;
}

function givenName(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, norms, country, givenStyle, givenOf } = sp;
  const { i, norm, next } = at;
  const familyPlace = givenStyle === 'western' && i > 0 && i === words.length - 1;
  // (عبد before another word is the compound's, read below: Persian Abdollah, not Abdol Al-Lah.)
  // (The English-speaking table spells given names only: a family name written alike is another's, Moshe Dayan's دايان,
  // Deborah Kerr's كير.)
  const given = (norm === 'عبد' && next) || familyPlace ? undefined : biblicalGivenName(norms, i, country) ?? givenOf(norm);
  if (given) { out.push(given); return 1; }
  return null;
}

function ouByFrenchReading(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { country, style, vowel } = sp;
  const { word, norm } = at;
  if (style === 'africanFrench' && !(country !== null && U_FOR_WAW.has(country)) && ouMisreadByList(word, norm)) {
    out.push(capitalize(transliterateWord(word, style, vowel)));
    return 1;
  }
  return null;
}

function middleParticle(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, country, style } = sp;
  const { i, norm } = at;
  // (Mauritania's daughter of is Mint: Mariem Mint Ahmed.)
  if (norm in PARTICLES && i > 0 && i < words.length - 1) {
    out.push(style === 'maghreb' && norm === 'بن' ? 'Ben' : country === 'MR' && (norm === 'بنت' || norm === 'ابنه') ? 'Mint' : PARTICLES[norm]!);
    return 1;
  }
  return null;
}

function benOpening(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { style } = sp;
  const { i, norm } = at;
  if (norm === 'بن' && i === 0 && style !== 'arab') { out.push('Ben'); return 1; }
  return null;
}

function europeanParticle(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, style } = sp;
  const { i, norm } = at;
  if (EUROPEAN.has(style) && i > 0 && i < words.length - 1 && SURNAME_PARTICLES[norm]) {
    out.push(PARTICLE_BY_ORIGIN[style]?.[norm] ?? SURNAME_PARTICLES[norm]!);
    return 1;
  }
  return null;
}

function abu(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { norm, next } = at;
  if (norm === 'ابو' && next) { out.push('Abu'); return 1; }
  return null;
}

function frenchGluedLe(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { style } = sp;
  const { i, word, norm } = at;
  // French le glued to the name it belongs to (لودريان → Le Drian, لوبان → Le Pen): the rest a known name, the
  // whole none.
  if (style === 'french' && i > 0 && /^لو[^اويىةءئؤ]/.test(norm) && norm.length >= 5 && inNameDictionaries(norm.slice(2)) &&
    !inNameDictionaries(norm)) {
    out.push('Le ' + capitalize(wordToEnglish(word.slice(2), norm.slice(2), style)));
    return 1;
  }
  return null;
}

function frenchUnknownLe(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, style } = sp;
  const { i, word, norm } = at;
  // (A French family name closing the name that no list knows, the rest none either, is that le glued as French writes
  // most such names, Lemoine, Legendre, Lebrun: not the o or u the letters read, Lomouan, Lujandar; nor a list's
  // look-alike of another language, لوبان's Lubben.)
  if (style === 'french' && i > 0 && i === words.length - 1 && /^لو[^اويىةءئؤ]/.test(norm) && norm.length >= 5 && !inNameDictionaries(norm) &&
    !inNameDictionaries(norm.slice(2))) {
    out.push('Le' + transliterateWord(word.slice(2), style));
    return 1;
  }
  return null;
}

function dynastyAl(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, style } = sp;
  const { i, norm, next } = at;
  if (norm === 'ال' && next) {
    // آل سعود → Al Saud: the dynasty word takes the next word without the hyphen of the article.
    out.push('Al ' + capitalize(wordToEnglish(words[i + 1]!, next, style)));
    return 2;
  }
  return null;
}

function abdCompound(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, country, style, abdel } = sp;
  const { i, norm, next } = at;
  if (norm === 'عبد' && next) {
    if (next === 'الله') out.push(style === 'somali' ? 'Abdullahi' : style === 'persian' ? 'Abdollah' : style === 'maghreb' ? maghrebAbdallah(country) : 'Abdullah');
    else out.push(abdelName(words[i + 1]!, next, style, abdel));
    return 2;
  }
  return null;
}

function gluedAbdal(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { country, style, abdel, givenOf } = sp;
  const { word, norm } = at;
  if (norm.startsWith('عبدال') && norm.length > 5 && (style === 'arab' || style === 'maghreb' || style === 'somali' || style === 'southAsian' || style === 'indoMalay' || style === 'russian')) {
    out.push(givenOf(`عبد ${norm.slice(3)}`) ?? (norm === 'عبدالله' ? (style === 'maghreb' ? maghrebAbdallah(country) : 'Abdullah') : abdelName(word.slice(3), norm.slice(3), style, abdel)));
    return 1;
  }
  return null;
}

function allahCompound(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { country, style } = sp;
  const { word, norm, next } = at;
  // A compound with الله is one given or family name: Nasrallah, Fadlallah; Zabihullah, Habibullah further east.
  // (A name of these two words alone is that one name too: نصر الله is Nasrallah, عطاء الله Ataullah.)
  // (A list that spells the first word with the compound's الله already in it, as the Maghreb's glued بنعبد is
  // Benabdallah, is not given it twice.)
  if (next === 'الله' && norm !== 'عبد') {
    const head = capitalize(wordToEnglish(word, norm, style)).replace(/([aeiou])\1+$/, '$1');
    out.push(/[aeiu]ll?ahi?$/.test(head) ? head : head + (country && ULLAH.has(country) ? 'ullah' : 'allah'));
    return 2;
  }
  return null;
}

function maghrebEddine(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { style } = sp;
  const { i, norm } = at;
  // (The Maghreb press glues it: Saadeddine, Noureddine.)
  if (norm === 'الدين' && i > 0 && style === 'maghreb' && out.length) { out[out.length - 1] += 'eddine'; return 1; }
  return null;
}

function levantEddine(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { style, levant } = sp;
  const { i, norm } = at;
  // (So does the Levant's, the French way, with its e for the i of عز: Ezzeddine, Safieddine, Sharafeddine, Alameddine.)
  if (norm === 'الدين' && i > 0 && levant && style === 'arab' && out.length && /^[A-Z][a-z]+$/.test(out[out.length - 1]!)) {
    out[out.length - 1] = out[out.length - 1]!.replace(/^Izz$/, 'Ezz').replace(/([^e])e?$/, '$1') + 'eddine';
    return 1;
  }
  return null;
}

function joinedDin(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { dinJoin } = sp;
  const { i, norm } = at;
  if (norm === 'الدين' && i > 0 && dinJoin && out.length && /^[A-Z][a-z]+$/.test(out[out.length - 1]!)) {
    out[out.length - 1] = joinDin(out[out.length - 1]!, dinJoin);
    return 1;
  }
  return null;
}

function dinApart(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { i, norm } = at;
  if (norm === 'الدين' && i > 0) { out.push('al-Din'); return 1; }
  return null;
}

function divineAfterBin(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { norms, style, abdel } = sp;
  const { i, word, norm } = at;
  if (DIVINE.has(norm) && (norms[i - 1] === 'بن' || norms[i - 1] === 'ابن')) { out.push(abdelName(word, norm, style, abdel)); return 1; }
  return null;
}

function ogluJoined(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { norm } = at;
  if ((norm === 'اوغلو' || norm === 'اغلو') && out.length) {
    out[out.length - 1] += 'oglu';
    return 1;
  }
  return null;
}

function turkishKara(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, style } = sp;
  const { i, norm, next } = at;
  // Turkish family names opening with kara, «black», which the Arabic press writes apart as قره: Kara joined to the
  // family name after it (قره أوغلو Karaoğlu, قره لوغلو Karaloğlu, قره عثمان Karaosman), not the Arabic Qurra.
  if (style === 'turkish' && norm === 'قره' && i > 0) {
    if (!next || next === 'اوغلو' || next === 'اغلو' || i + 2 !== words.length) { out.push('Kara'); return 1; }
    out.push('Kara' + turkishFamilyWord(words[i + 1]!, next).toLowerCase());
    return 2;
  }
  return null;
}

function persianPour(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { style } = sp;
  const { norm } = at;
  if ((norm === 'بور' || norm === 'پور') && style === 'persian' && out.length) {
    out[out.length - 1] += 'pour';
    return 1;
  }
  return null;
}

function persianAllah(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, style } = sp;
  const { i, norm, next } = at;
  // (Iran's compounds opening with الله are one given name: Allahmorad, Allahverdi, Allahyar.)
  if (norm === 'الله' && i === 0 && next && style === 'persian') {
    out.push('Allah' + wordToEnglish(words[i + 1]!, next, style).toLowerCase());
    return 2;
  }
  return null;
}

function zadehJoined(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { norm } = at;
  if (norm === 'زاده' && out.length) {
    out[out.length - 1] += 'zadeh';
    return 1;
  }
  return null;
}

function ethiopianGebre(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, style } = sp;
  const { i, norm, next } = at;
  // (An Ethiopian or Eritrean name compounded on Gebre is often written in two words, «يماني قبر آب»: one name,
  // Gebreab, not a word Keber and another.)
  // (Where the writer gave Gebre its e, «تولدي جبري مريم», the second part is a name of its own, spelt as one:
  // Gebremariam, not Jabri Mariam.)
  if (style === 'ethiopian' && i > 0 && next && next.length >= 3 && /^(جبر|قبر|غبر)[يى]$/.test(norm)) {
    out.push('Gebre' + wordToEnglish(words[i + 1]!, next, style).toLowerCase());
    return 2;
  }
  return null;
}

function ethiopianGebreApart(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, style } = sp;
  const { i, word, norm, next } = at;
  if (style === 'ethiopian' && i > 0 && next && /^(جبر|قبر|غبر)[يى]?$/.test(norm)) {
    out.push(capitalize(transliterateWord(word.replace(/[يى]$/, '') + words[i + 1]!, style)));
    return 2;
  }
  return null;
}

function junior(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words } = sp;
  const { i, norm } = at;
  // «الابن» closing a name of two or more is the son who carries his father's name: Ferdinand Marcos Jr.
  if (norm === 'الابن' && i >= 2 && i === words.length - 1) { out.push('Jr.'); return 1; }
  return null;
}

function wholeArticledName(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { word, norm } = at;
  // A name the Arabic list knows whole, its opening ال the name's own letters written without the hamza (الياس،
  // الهام، الفت for إلياس، إلهام، ألفت): Elias, Ilham, Ulfat, not Al-Elias.
  const whole = word.startsWith('ال') && norm.length > 3 ? arabicNameWord(norm) : undefined;
  if (whole && /^[aeiou]/.test(whole) && !/^al-/.test(whole)) { out.push(capitalize(whole)); return 1; }
  return null;
}

function articledWord(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, country, style, levant, sudanese, moroccan, vowel, press, givenOf } = sp;
  const { i, word, norm, next } = at;
  if (word.startsWith('ال') && norm.length > 3 && (isArabicScript(style) || !foreignNameWord(norm))) {
    // (In the Maghreb a double family name drops both articles: "الزعفراني الزنزري" → Zaafrani Zenzri.)
    const last = i > 0 && i === words.length - 1;
    // (So is the ق of an articled family name that no list spells, the article aside: القنجي Gongi, العقوري Al-Agouri;
    // a list's القروي, الرقيق, العقاب keep their k and q: Karoui, Rekik, Al-Oqab.)
    const g = last && country !== null && MAGHREB_G.has(country) && (style === 'maghreb' || style === 'arab') &&
      spokenG(norm.slice(2)) && arabicNameWord(norm) === undefined && foreignNameWord(norm) === undefined && !givenOf(norm.slice(2));
    const english = g
      ? articleWord(word.replace(/ق/g, 'گ'), norm, style, true, norm.startsWith('ق', 2) ? 'a' : vowel, press).replace(/g(?=[ie])/g, 'gu')
      : articleWord(word, norm, style, i === 0 || i === words.length - 1 || (style === 'maghreb' && !!next?.startsWith('ال')), vowel, press);
    // Morocco's press keeps the article of a family name, as El (Mustapha El Khalfi, Habib El Malki, Saad Eddine El
    // Othmani), where Tunisia's and Algeria's drop it; one a dictionary spells glued (Alaoui, Elalamy) stays so.
    // (A family name the lists know whole is spelt as they spell it, the article dropped where they drop it: التوفيق
    // → Toufiq, الرميد → Ramid, الداودي → Daoudi.)
    // (Not before a sun letter, which takes the article's l into itself: Tamni or Ettamni, Samadi, Terrab, Talbi, Zerouali,
    // as the golds write every such name, never El Tamni.)
    if (moroccan && last && !/^[AE]l/.test(english) && !foreignNameWord(norm) && !SUN_LETTERS.includes(norm[2]!)) { out.push('El ' + english); return 1; }
    // Lebanon's drops it from a family name the name lists know (Saad Hariri, Nada Boustani, Nouhad Machnouk, Kamal
    // Hayek), but not before a stem that is a given name of its own (Raya El Hassan); one no list knows keeps it, its
    // reading being a guess that the article's letters make no worse.
    if (country === 'LB' && last && /^Al-/.test(english) && arabicNameWord(norm.slice(2)) === undefined && !givenOf(norm.slice(2)) &&
      (inNameDictionaries(norm.slice(2)) || foreignNameWord(norm) !== undefined)) {
      out.push(levantineEnding(english.slice(3), word));
      return 1;
    }
    out.push(levant && i > 0 ? levantineEnding(english, word) : sudanese ? sudaneseG(english, norm.slice(2)) : english);
    return 1;
  }
  return null;
}

function scottishMc(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { style } = sp;
  const { word, norm } = at;
  // Scottish and Irish Mc (ماكغولدريك → McGoldrick, ماكين → McCain): ماك before a consonant in a name no dictionary
  // knows whole (not ماكرون, ماكسيم, ماكي).
  if (style === 'western' && /^ماك[غكقفدلمنتبجشه]/.test(norm) && norm.length >= 6 && !foreignNameWord(norm)) {
    // (Its final k after a vowel is English -ck, as no Gaelic name ends in -ik or -ak: McGoldrick, McCormack, McCarrick.)
    out.push('Mc' + capitalize(wordToEnglish(word.slice(3), norm.slice(3), style).replace(/([aeiou])k$/, '$1ck')));
    return 1;
  }
  return null;
}

function niloticWord(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { style } = sp;
  const { i, word, norm } = at;
  // A Dinka or Nuer name after the first, a Christian or Arabic given name (James, Hussein), is its own: no English
  // surname list knows دينق, كير, كول (Deng, Kiir, Kuol; not Kerr, Cole).
  if (style === 'nilotic' && i > 0 && arabicNameWord(norm) === undefined) { out.push(capitalize(transliterateWord(word, style))); return 1; }
  return null;
}

function westAfricanVowel(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, country, style } = sp;
  const { i, word, norm } = at;
  // A southern Nigerian's or Ghanaian's family name that opens with a vowel and no list holds is spelt with the e and o
  // of its orthography: أديوولي Adewole, not the East African reading Adyuli (see ./west-african).
  if (style === 'african' && country !== null && WEST_AFRICAN_VOWEL_NAMES.has(country) && i > 0 && i === words.length - 1 && opensWithVowel(word) &&
    arabicNameWord(norm) === undefined && foreignNameWord(norm) === undefined && !inNameDictionaries(norm)) {
    out.push(westAfricanFamilyName(word));
    return 1;
  }
  return null;
}

function maghrebG(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, country, style, vowel, givenOf } = sp;
  const { i, word, norm } = at;
  // The Maghreb's press (Algeria's, Tunisia's, Libya's, Mauritania's) writes the ق of a family name no Arabic name list
  // holds as the g of its speech, gu before e and i (Chergui, Goudjil, Bourguiba, Bengdara, Mesgarou), where given
  // names keep k (Abdelkader, Belkacem, Tarek); not before the final vowel of a name (Bouteflika) nor in the Ks it opens
  // a name with (Ksentini, Ksila).
  if (country !== null && MAGHREB_G.has(country) && (style === 'maghreb' || style === 'arab') && i > 0 && i === words.length - 1 &&
    spokenG(norm) && !givenOf(norm)) {
    // (The vowel after an opening g is a, as the uvular's is: Garrach, Gasmi, Gdara.)
    out.push(capitalize(transliterateWord(word.replace(/ق/g, 'گ'), style, norm.startsWith('ق') ? 'a' : vowel).replace(/g(?=[ie])/g, 'gu')));
    return 1;
  }
  return null;
}

function germanicFamily(sp: Spelling, at: WordAt, out: string[]): number | null {
  const { words, style } = sp;
  const { i, word, norm } = at;
  // (So does a family name no list knows with the ending of an English, German, Dutch or Scandinavian one, whatever the
  // given name: Denis's مولينبرغ is Muilenberg, not Molinbrg.)
  if (i > 0 && i === words.length - 1 && !isArabicScript(style) && style !== 'nilotic' &&
    foreignNameWord(norm) === undefined && hasGermanicEnding(norm, style)) {
    out.push(capitalize(germanicFamilyName(word, style === 'german' || style === 'nordic' ? style : 'western')));
    return 1;
  }
  return null;
}

function ordinaryWord(sp: Spelling, at: WordAt, out: string[]): number {
  const { words, country, style, levant, sudanese, moroccan, vowel, press } = sp;
  const { i, word, norm } = at;
  // (A Slavic -ski or -ić keeps its own letters in a Spanish, French or English name: Kuczynski, not Cochinsque.)
  const own = i > 0 && style !== 'russian' && style !== 'slavic' && !isArabicScript(style) ? originOfSurname(norm) : null;
  const onArabic = style === 'russian' && !own ? arabicStemOv(norm, country !== null && LATIN_H.has(country)) : null;
  const listed = own || onArabic ? undefined : wordToEnglish(word, norm, style, i > 0 && i === words.length - 1, vowel, press, i === 0 && words.length > 1);
  const misread = listed !== undefined && style === 'russian' && country !== null && SOVIET_TURKIC.has(country) &&
    listed === foreignNameWord(norm) && sovietTurkicMisreading(listed, country);
  const english = capitalize(own ? transliterateWord(word, own) : onArabic ?? (misread ? transliterateWord(word, style) : listed!)).replace(/^Mc([a-z])/, (_m, c: string) => 'Mc' + c.toUpperCase())
    // (Tunisia's and Algeria's press write a name's final -اة as -et: Najet, Hayet; Morocco's keeps Najat.)
    .replace(/at$/, (m) => (style === 'maghreb' && !moroccan && /اة$/.test(word) ? 'et' : m));
  out.push(levant && i > 0 && style === 'arab' ? levantineEnding(english, word) : sudanese ? sudaneseG(english, norm)
    : style === 'greek' && i > 0 ? greekGenitive(english, norm) : english);
  return 1;
}

/** Each word of the name that neither the foreign nor the Arabic lists hold, respelt with a language's `letters`. */
function respellUnlisted(out: string[], norms: readonly string[], letters: (en: string) => string): void {
  for (let k = 0; k < out.length; k++) if (foreignNameWord(norms[k]!) === undefined && arabicNameWord(norms[k]!) === undefined) out[k] = letters(out[k]!);
}

/**
 * Whether a word's English is the letter rules' reading: no list spells it so, nor is it a Russian-style family name read
 * on an Arabic name (Samadov, Mehdiyev), whose stem keeps the Arabic list's spelling.
 */
function readByLetters(english: string, norm: string): boolean {
  const listed = [foreignNameWord(norm), arabicNameWord(norm), arabicStemOv(norm)].filter((s): s is string => s !== undefined && s !== null);
  return !listed.some((s) => s.toLowerCase() === english.toLowerCase());
}

/** A name with a word of the Arabic lists or of Arabic's own letters: a Muslim's, whose ف is f (Shafiq, Arif). */
const muslimName = (norms: readonly string[]) => norms.some((n) => arabicNameWord(n) !== undefined || ARABIC_LETTERS.test(n));

/** Stage 5 of nameToEnglish: the letters of a country's press over the spelt words (the Maghreb's ch, Egypt's g, …). */
function nationalLetters({ words, norms, country, style }: Spelling, out: string[], hint: Hint, home: string | null, story: string | null): void {
  // The Maghreb press writes the names a dictionary spells the Gulf's or Egypt's way with its French letters: ch for ش
  // (Chawki, Hichem), k for ق (Abdelkader, Karoui); Algeria's dj for ج (Djamel, Abdelmadjid, Hadj, Djilali).
  if (style === 'maghreb') for (let k = 0; k < out.length; k++) out[k] = maghrebLetters(out[k]!, country);
  if (country === 'EG' && style === 'arab') {
    // (Not a name with a word a foreign list spells with j, a Western given name, John or Joseph, which the press writes
    // the Western way with the rest of the name: John Jabbour.)
    if (!norms.some((n) => /j/.test(foreignNameWord(n) ?? ''))) {
      for (let k = 0; k < out.length; k++) out[k] = egyptianLetters(out[k]!);
      // (The family name is the last word whatever compounds came before it, عبد الهادي القصبي → Abdel Hadi El-Kasaby.)
      const last = out.length - 1;
      const stated = !!hint.country;
      if (last > 0) out[last] = egyptianFamilyName(out[last]!, norms[norms.length - 1]!, stated);
      if (out.length === words.length) for (let k = 1; k < last; k++) out[k] = egyptianFamilyName(out[k]!, norms[k]!, stated);
    }
  }
  if (country === 'PL' && out.length === words.length) respellUnlisted(out, norms, polishLetters);
  // Central Asia's and Azerbaijan's names that the letter rules read open on a vowel of a, not e (see ./turkic-opening).
  if (style === 'russian' && country !== null && TURKIC_OPENING.has(country) && out.length === words.length) {
    for (let k = 0; k < out.length; k++) if (readByLetters(out[k]!, norms[k]!)) out[k] = turkicOpening(out[k]!, norms[k]!);
  }
  // India's, Nepal's, Sri Lanka's and Bhutan's names no list holds take their languages' letters (see ./indic).
  // (Not a Muslim's name, one with a word of the Arabic lists or of Arabic's own letters, whose ف is f: Shafiq, Arif.)
  if (country !== null && INDIC.has(country) && style !== 'arab' && out.length === words.length && !muslimName(norms)) respellUnlisted(out, norms, indicLetters);
  // Fiji's names no list holds take Fijian's letters (see ./fijian); not a Muslim Indo-Fijian's, as India's above.
  if (country !== null && FIJIAN.has(country) && out.length === words.length && !muslimName(norms)) respellUnlisted(out, norms, fijianLetters);
  if (style === 'indoMalay' && country !== null && MALAY_ARABIC.has(country)) {
    for (let k = 0; k < out.length && k < norms.length; k++) if (malayArabicStock(norms[k]!)) out[k] = malayArabicName(out[k]!, norms[k]!);
  }
  // Kyrgyzstan, Uzbekistan, Turkmenistan and Tajikistan write the j of their names J where Russia writes Zh (Jeenbekov,
  // Japarov, Jurabek, Jamshed): ج there is j.
  if (style === 'russian' && country && CENTRAL_ASIAN_J.has(country) && words.some((w) => w.includes('ج'))) {
    // (And where a list spells it the French way, dj: جباروف is Japarov, not Djeparov.)
    for (let k = 0; k < out.length; k++) out[k] = out[k]!.replace(/zh|dj/g, 'j').replace(/Zh|Dj/g, 'J');
  }
  // (An Azerbaijani given name a list spells in the Turkic alphabet, whose c is j and ç ch, is written in English with
  // those: Ceyhun → Jeyhun, Elçin → Elchin.)
  if (country === 'AZ' && out.length === words.length) {
    for (let k = 0; k < out.length; k++) {
      if (words[k]!.includes('تش')) out[k] = out[k]!.replace(/c(?!h)/g, 'ch').replace(/C(?!h)/g, 'Ch');
      else if (words[k]!.includes('ج')) out[k] = out[k]!.replace(/c(?!h)/g, 'j').replace(/C(?!h)/g, 'J');
    }
  }
  // (Armenia writes its «-يان» family names -yan in English, whatever vowel comes before: Sargsyan, Mirzoyan, Nalbandyan;
  // the Arabic ويان is its -oyan.)
  // (So does a story of Armenia for a name whose country the article does not tell: «… ميرزويان في يريفان».)
  if ((country === 'AM' || (!country && (home === 'AM' || story === 'AM'))) && out.length === words.length) {
    for (let k = 1; k < out.length; k++) {
      if (norms[k]!.length >= 5 && norms[k]!.endsWith('يان')) out[k] = armenianYan(out[k]!, norms[k]!);
    }
    // (Its ك is k, as in Russian-letter names: Mnatsakanyan, Kocharyan.)
    for (let k = 0; k < out.length; k++) if (words[k]!.includes('ك') && !words[k]!.includes('تش')) out[k] = out[k]!.replace(/c(?!h)/g, 'k').replace(/C(?!h)/g, 'K');
  }
}

/**
 * The Congo's and Burundi's names are written with the u of their Bantu orthographies (Ilunga, Tshisekedi, Ntumba,
 * Ndayishimiye), where the rest of French-speaking Africa writes و ou (Ouattara, Touadéra, Doudou, Moubelet).
 */
const U_FOR_WAW = new Set(['CD', 'BI']);

/**
 * A word of French-speaking Africa that a foreign list spells with an English u where Arabic writes و and the French
 * letters read ou: another language's word written alike (دودو Doudou, not Dudu; يوم Youm, not Yumu; هوت Hout, not
 * Haute). An Arabic name keeps its list's reading, as does a one-syllable family name of the Sahel (Sow).
 */
function ouMisreadByList(word: string, norm: string): boolean {
  if (!word.includes('و') || arabicNameWord(norm) !== undefined || sahelFamilyName(norm) !== undefined) return false;
  const own = foreignNameWord(norm);
  return own !== undefined && !own.includes('ou') && own.includes('u') && transliterateWord(word, 'africanFrench').includes('ou');
}

/**
 * The Maghreb's press, Mauritania's above all, writes the feminine ending of a name no list knows as a plain ه after a
 * consonant (اشروقه, حننه), which is read as its ة: Chrougha, Hanena, not the Levant's -eh of Saadeh. After a long vowel
 * the ه is heard (الداه Dah, الفقيه Fekih), and a listed name keeps its list's reading (عبده Abdou).
 */
function maghrebFeminineHa(word: string, norm: string): string {
  if (norm.length < 4 || !/[^اأإآويىءه]ه$/.test(word) || arabicNameWord(norm) !== undefined || foreignNameWord(norm) !== undefined) return word;
  return word.slice(0, -1) + 'ة';
}

/**
 * A Maghreb family name of the shape CCāC that no list knows is mostly the intensive faʿʿāl of a trade or a trait, its
 * middle consonant doubled, which the French spelling writes twice: حكار Hakkar, عطاف Attaf, حصاد Hassad, خلاف Khellaf,
 * ملال Mellal, زمال Zammel, قراش Garrach. (A listed word is read as its list spells it: نزار, بلال, عمار.)
 */
function maghrebFamilyIntensive(word: string, norm: string, family: boolean): string {
  if (!family || !/^[^اويىءأإآ][^اويىءأإآ]ا[^اويىةهءأإآ]$/.test(norm) || norm[0] === norm[1]) return word;
  if (arabicNameWord(norm) !== undefined || foreignNameWord(norm) !== undefined || !/^..ا.$/.test(word)) return word;
  return word[0]! + word[1]! + word.slice(1);
}

/** عبد الله in the Maghreb: Abdallah (Abdallah Djaballah, Abdallah Bouanou), Mauritania's Abdallahi (Sidi Ould Cheikh Abdallahi). */
const maghrebAbdallah = (country: string | null) => (country === 'MR' ? 'Abdallahi' : 'Abdallah');

function maghrebLetters(english: string, country: string | null): string {
  const algeria = country === 'DZ';
  // (And French vowels and s: ee is i, oo is ou, a single s between vowels is ss: Chakib, Moussa, Messahel; a final y
  // after a consonant, Egypt's print of a final ي, is i: Fathi, Choukri, Feki, not Fathy.)
  const s = english.replace(/sh/g, 'ch').replace(/Sh/g, 'Ch').replace(/q/g, 'k').replace(/Q/g, 'K')
    .replace(/ee/g, 'i').replace(/oo/g, 'ou').replace(/([aeiouy])s(?=[aeiouy])/g, '$1ss').replace(/([^aeiouy\s-])y\b/g, '$1i')
    // (A و inside a name is ou, as a consonant too: Badraoui, Bouchouareb, Chaouki, Marouane, Moualfi; the short vowel
    // put back before it is lost in the ou. A name's opening W stays, Walid and Wassef as often as Oualid.)
    .replace(/([a-z])w/g, (_m, c: string) => (c === 'e' || c === 'o' || c === 'u' ? 'ou' : `${c}ou`));
  // (Mauritania's press writes a name's final u ou: Ahmedou, Mohamedou, Sidatou.)
  if (country === 'MR') return s.replace(/([^aeiou])u$/, '$1ou');
  return algeria ? s.replace(/(d?)(j+)/gi, (m, d: string, j: string) => (d ? m : (j[0] === 'J' ? 'Dj' : 'dj'))) : s;
}

/** عبد + (ال)X: "Abdulaziz" in Gulf style, "Abdel Aziz" in Egyptian and Levantine style. */
function abdelName(word: string, norm: string, origin: Origin, abdel: boolean): string {
  const stem = norm.startsWith('ال') ? norm.slice(2) : norm;
  const stemWord = norm.startsWith('ال') ? word.slice(word.indexOf('ل') + 1) : word;
  // (South Asia's and Iran's attribute is the Arabic word, read by the Arabic list or the rules: Abdul Kalam, not a Wikidata
  // alignment's Zibakalam.)
  const english = origin === 'persian' ? givenNameOf(origin, stem)?.toLowerCase() ?? transliterateWord(stemWord, origin)
    : origin === 'southAsian' ? givenNameOf(origin, stem)?.toLowerCase() ?? arabicNameWord(stem) ?? transliterateWord(stemWord, origin)
    : wordToEnglish(stemWord, stem, origin);
  // Abdelaziz, Abdelmadjid: the Maghreb press joins what Egypt and the Levant write apart.
  // (Before a sun letter it writes the article as heard, taken into the letter: Abderrahim, Abdessalam, Abdennour,
  // Abdessattar; but Abdelaziz, the one it never assimilates.)
  if (origin === 'maghreb') return /^[تدرسصطضن]/.test(stem) && /^[rsntd][aeiou]/.test(english) ? `Abde${english[0]}${english}` : `Abdel${english}`;
  // Somalia joins Abdi to the attribute: Abdirahman, Abdirashid, Abdiweli.
  if (origin === 'somali') return `Abdi${english.replace(/^[ae]l-?/, '')}`;
  // Iran joins Abdol to the attribute: Abdolnaser, Abdolreza, Abdolrahim.
  if (origin === 'persian') return `Abdol${english.replace(/^[ae]l-?/i, '').toLowerCase()}`;
  // Central Asia joins Abdu to a family name in -ov: Abdurakhmanov, Abdullayev.
  if (origin === 'russian' && /(ov|ev)a?$/.test(english)) return `Abdu${english.replace(/^[ae]l-?/i, '')}`;
  // Pakistan and Bangladesh write Abdul apart: Abdul Razak, Abdul Hafeez; so do Malaysia and Indonesia (Abdul Hadi, Abdul
  // Rahman).
  if (origin === 'southAsian' || origin === 'indoMalay') return `Abdul ${capitalize(english.replace(/^[ae]l-?/i, ''))}`;
  return abdel ? `Abdel ${capitalize(english)}` : `Abdul${english}`;
}

/**
 * True for a normalised word that is plausibly part of a personal name (a given name, a family name with or
 * without its article, a Korean or Chinese syllable); false for common words, verbs and function words.
 */
export function isNameWord(norm: string): boolean {
  if (norm.includes('-')) return norm.split('-').every((part) => part !== '' && isNameWord(part));
  // عبد glued to a name of God is a name whatever the lexicon says of the whole: «عبدالعال», «عبدالمعطي».
  if (/^عبدال.{2,}$/.test(norm) && isNameWord(norm.slice(3))) return true;
  if (isStopWord(norm) || isOrdinaryWord(norm)) return false;
  if (inNameDictionaries(norm)) return true;
  if (norm.startsWith('ال') && norm.length > 4) return !isStopWord(norm.slice(2)) && inNameDictionaries(norm.slice(2));
  return false;
}

/** An Armenian family name's English ending for the Arabic «-يان»: -yan, and -oyan for «-ويان» (Mirzoyan). */
function armenianYan(english: string, norm: string): string {
  if (norm.endsWith('ويان') && /w[iy]an$/.test(english)) return english.replace(/w[iy]an$/, 'oyan');
  return english.replace(/(?<=[^aeiouy])ian$/, 'yan');
}

/** Whether a name reads as an Arab's by its letters and particles (see guessOrigin), whatever country bears it. */
export function readsArabic(nameAr: string): boolean {
  const norms = nameAr.trim().split(/\s+/).filter(Boolean).map(normalize);
  return norms.length > 0 && guessOrigin(norms) === 'arab';
}
