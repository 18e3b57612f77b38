/**
 * The title grammar: where a role starts and ends, and what it is made of.
 *   ROLE  := HEAD [ORDINAL|MODIFIER]* [COMPLEMENT] [MODIFIER]* [NATIONALITY] [MODIFIER]* [TAIL]*
 *   COMPLEMENT := ROLE (genitive: نائب رئيس الوزراء، النائب الأول لرئيس الوزراء) | PORTFOLIO | COUNTRY | INSTITUTION
 *   INSTITUTION := (BODY | NOUN) [ADJECTIVE|NATIONALITY]* [(ل)INSTITUTION]
 *   TAIL := للشؤون ADJ+ | في/لدى/إلى PLACE | ب/في BODY
 * Stacked roles follow each other without a conjunction ("ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الداخلية").
 */
import { isNameWord, matchCountryName, matchNationality, type NationalityMatch, nameWordOf } from './lookups';
import { otherSenseCountry, otherSenseNationality } from '../vocab/other-sense-nationalities';
import { adjectiveOf, countryAsWritten, pressAdjective } from '../vocab/nationalities';
import {
  affairsAdjectives, affairsRegions, adjectives, bodies, stateBodyNouns, ministerPortfolios, partyNames, partyNouns, movementWords, capitals, councilFields, councilMembers, professionMembers, fields, hazardFields, memberPeoples, heads, institutionNouns, modifiers, nameParticles, nameStops, grammarStops, ordinals, places, portfolios, provinceCountries, ranks, styles, townOpeners, type BodyDef, type HeadDef,
} from '../vocab/titles';
import { spellingFacts, type Word, type WordForm } from './words';
import { adjectiveHead } from './adjective-head';
import { stripAl } from '../arabic/article';
import { normalize } from '../arabic/normalize';
import { readPartyName } from './parties';
import { nameToEnglish, regnalNumber } from '../english/names';
import { countryNameEn, placeToEnglish } from '../english/countries';
import { isLexical, lexicalReading } from '../people/lexicon';
import { meetingVerbs } from '../vocab/meetings';

export interface Institution {
  en: string;
  /** The short form used before a noun ("UN Envoy", "the UN Mission"). */
  short?: string;
  /** The acronym the press names the body by before a noun (the IAEA Director General, the ICRC Mission): English only. */
  acronym?: string;
  /** A company or utility named in English as one compound of its place, qualifiers and trade ("Dubai Electricity and Water Authority"). */
  compound?: boolean;
  /** A person's office as genitive: "مكتب وزير الدفاع" → Office of the Minister of Defense. */
  ofRole?: Role;
  /** English of the head of this institution ("Chairman" of a council). */
  head?: string;
  noArticle?: boolean;
  /** English adjectives in Arabic order ("العسكرية المركزية" → ["Military", "Central"]). */
  adjectives: string[];
  nat: NationalityMatch | null;
  /** The second country of a body of two («مجموعة الصداقة البرلمانية المغربية الشيلية»): the Moroccan-Chilean group. */
  partner?: NationalityMatch;
  of: Institution | null;
  country: string | null;
  /** The state the article named this body of before, which styles its offices though the English does not name it
   * («الجمعية الوطنية الكينية» … «رئيس الجمعية الوطنية»: Kenya's, presided by a Speaker). */
  styledBy?: string;
  /** A body of civil society (its heads hold no public office). */
  civil?: boolean;
  /** An international body (the UN, the African Union): its officials are of no state the story is about. */
  intl?: boolean;
  /** A generic noun (مؤسسة، جهاز) rather than a named body: English compounds it ("State Security Service"). */
  generic?: boolean;
  /** The generic noun as written, normalised without its article ("مجلس"). */
  noun?: string;
  /** Named with a possessive pronoun ("مكتبه"): the office of someone named before. */
  possessed?: boolean;
  /** What the body is for, when that is a portfolio: "الهيئة العامة للترفيه" → "Entertainment". */
  purpose?: string;
  /** The purpose goes before the noun in English: what is done to a field ("Election Observation Mission"). */
  purposeBefore?: boolean;
  /** A generic noun written without its article («هيئة»): it names no body the article named before. */
  indefinite?: boolean;
  /** Its head is called `head` whether the Arabic says «رئيس» or «مدير» (NASA's Administrator). */
  ownHead?: boolean;
  /** A state company named by its brand: «شركة سوكار الأذربيجانية» is SOCAR, with no adjective of its own state. */
  brand?: boolean;
  /** The country that leads it ("بقيادة الولايات المتحدة"): "US-led". */
  ledBy?: string;
  /** The profession it gathers, and the state of its members («نقابة أطباء السودان»): the Sudan Doctors' Syndicate. */
  members?: { plural: string; place?: string };
}

/**
 * A body named only by its generic noun («لجنة التنسيق العلمانية», «مجموعة المساعدة القانونية»: no genitive, country,
 * adjective or nationality English keeps), whose noun is not the state's by nature (a ministry, an embassy): it may be
 * civil society, so an office of it vouches for no public office.
 */
export function namedByGenericNounOnly(inst: Institution): boolean {
  return !!inst.generic && !inst.of && !inst.country && !inst.adjectives.length && !inst.nat && !stateBodyNouns.has(inst.noun ?? '');
}

export type Complement =
  | { kind: 'role'; role: Role }
  | { kind: 'portfolio'; en: string; country?: string; /** Owned by a pronoun («وزير خارجيته»): the ministry of someone named before. */ owned?: boolean }
  | { kind: 'country'; code: string; regime?: true }
  | { kind: 'inst'; inst: Institution };

export interface Role {
  head: HeadDef;
  /** English modifiers before the head ("First", "Special", "Former"). */
  mods: string[];
  complement: Complement | null;
  nat: NationalityMatch | null;
  /** English tails ("for International Affairs", "in Pyongyang"). */
  tails: string[];
  /** The country an ambassador is accredited to ("لدى صربيا" → RS). */
  accreditedTo?: string;
  /** The country of the institution a tail names ("بالسفارة الصينية" → CN): the holder serves it. */
  tailCountry?: string;
  /** A bare body a tail names («في الصندوق» → "at the Fund"), by the tail's index: the article may have named it in full. */
  tailBodies?: { index: number; inst: Institution }[];
  /** Every body a tail names («في الصندوق», «بوزارة المالية»): where the holder works. */
  tailInsts?: Institution[];
  /** Word indices [start, end). */
  start: number;
  end: number;
}

export interface Title {
  roles: Role[];
  start: number;
  end: number;
  country: string | null;
  /** An office given to the name before it (the accusative of appointment, a ministry taken over). */
  appointed?: boolean;
  /** States the title names by a formal name English keeps («جمهورية كوريا», the Republic of Korea): code → English. */
  formalNames?: ReadonlyMap<string, string>;
}

/**
 * States English itself calls by their formal name where the Arabic writes it: «جمهورية كوريا» is the Republic of
 * Korea (its own and the diplomatic name), where «كوريا الجنوبية» is South Korea. Most states keep their short name
 * («جمهورية بيرو» is Peru): only a formal name that tells the state apart from its namesake is kept.
 */
const FORMAL_NAMES: readonly { code: string; ar: RegExp; en: string }[] = [
  { code: 'KR', ar: /(?:^| )(?:[وفبل]|لل)?جمهوريه كوريا(?! (?:الديمقراطيه|الشعبيه|الشماليه|الجنوبيه))/, en: 'the Republic of Korea' },
  // «الجمهورية الهيلينية»: a formal name that does not spell the short one (Greece) is the state as the article names
  // it, the Hellenic Republic (the Greek Ambassador stays Greek).
  { code: 'GR', ar: /(?:^| )[وفب]?(?:ال|لل)جمهوريه الهيلينيه(?: |$)/, en: 'the Hellenic Republic' },
  // «روسيا الاتحادية»: Russia by its formal name is the Russian Federation (President of the Russian Federation,
  // Ambassador of Egypt to the Russian Federation); «روسيا» alone stays Russia.
  { code: 'RU', ar: /(?:^| )(?:[وفبل]|لل)?روسيا الاتحاديه(?: |$)/, en: 'the Russian Federation' },
];

function formalNamesIn(norms: readonly string[], start: number, end: number): ReadonlyMap<string, string> | undefined {
  const text = norms.slice(start, end).join(' ');
  const found = FORMAL_NAMES.filter((f) => f.ar.test(text));
  return found.length ? new Map(found.map((f) => [f.code, f.en])) : undefined;
}

const CONJ = /^[وف]/;

/** A country named after و/ف («وفرنسا»), not one whose name starts with those letters («فرنسا», «فنزويلا»). */
function conjoined(norms: string[], j: number): boolean {
  return CONJ.test(norms[j]!) && !countryAsWritten(norms, j);
}

/** «آمر» as written, with its madda (و/ف and ال before it allowed). */
const COMMANDER_WRITTEN = /^[وف]?(ال)?آمر$/;
function commanderWritten(w: Word): boolean {
  return w.tok.text.includes('آمر') && COMMANDER_WRITTEN.test(w.tok.text.replace(/[\u064B-\u0652\u0640]/g, ''));
}

/** A head title starting at word i; `conj` allows a leading و/ف. */
interface HeadMatch { def: HeadDef; length: number; prefix: string; definite: boolean }
function matchHead(words: Word[], norms: string[], i: number, conj: boolean, genitive = false): HeadMatch | null {
  const w = words[i];
  if (!w) return null;
  let best: HeadMatch | null = null;
  for (const f of w.forms) {
    if (!conj && CONJ.test(f.prefix)) continue;
    if (genitive && !/^ل/.test(f.prefix)) continue;
    const m = heads.match(stripAl(f.form), norms, i);
    // "مساعد بن محمد": a head word followed by بن is a name.
    if (m && /^(بن|ابن|بنت)$/.test(norms[i + m.length] ?? '')) continue;
    // «المجلس القيادي الرئاسي», «الدور القيادي»: a head that is also an adjective qualifies the definite word before it.
    if (m && adjectiveHead(words, norms, i, f)) continue;
    const definite = m ? (m.length > 1 ? norms[i + m.length - 1]!.startsWith('ال') : f.form.startsWith('ال')) : false;
    if (m && (!best || m.length > best.length)) best = { def: m.value, length: m.length, prefix: f.prefix, definite };
  }
  // «محافظة البنك المركزي»: the woman who governs a bank (bankGovernor).
  if (!best) {
    const f = w.forms.find((x) => (conj || !CONJ.test(x.prefix)) && !genitive && stripAl(x.form) === 'محافظه');
    const m = f && (bankGovernor(w, norms[i + 1] ?? '') || womanGovernor(words, norms, i)) ? heads.match('محافظ', [], 0) : null;
    if (f && m) best = { def: { ...m.value, fem: true }, length: 1, prefix: f.prefix, definite: f.form.startsWith('ال') };
  }
  // «آمر القوات البحرية», «آمر الحرس الوطني»: the commander of a force, as Libya, Iraq and Tunisia call him — written with
  // its madda and before a body, since normalised it is also «أمر» (an order; he ordered).
  if (!best && commanderWritten(w) && noPunct(words, i + 1) && parseInstitution(words, norms, i + 1, /^$/)) {
    const f = w.forms.find((x) => (conj || !CONJ.test(x.prefix)) && !genitive && stripAl(x.form) === 'امر');
    const m = f ? heads.match('قايد', [], 0) : null;
    if (f && m) best = { def: m.value, length: 1, prefix: f.prefix, definite: f.form.startsWith('ال') };
  }
  // «نائبه», «نائبته للشؤون السياسية», «مساعدها»: a deputy, an assistant, an adviser of someone named before.
  // (Not as the genitive of a definite head: in «رافق المبعوث الدولي نائبه X» the deputy is the object, no complement.)
  const owned = possessedHead(w);
  if (owned && (!genitive || /^ل/.test(w.forms.find((f) => f.form === owned.form)?.prefix ?? '')) && (!best || best.length === 1)) best = { def: owned, length: 1, prefix: w.forms.find((f) => f.form === owned.form)?.prefix ?? '', definite: true };
  // «الناطق الإعلامي باسم …», «المتحدثة العسكرية باسمه»: a spokesman's describing modifiers may stand before «باسم».
  if (!best || best.length === 1) {
    const f = w.forms.find((x) => (conj || !CONJ.test(x.prefix)) && (!genitive || /^ل/.test(x.prefix)) && SPOKES.test(stripAl(x.form)));
    if (f && spokesmanBasm(words, norms, i + 1)) {
      const form = stripAl(f.form);
      const m = heads.match(/ه$/.test(form) ? 'متحدثه' : 'متحدث', [form, 'باسم'], 0);
      if (m) best = { def: m.value, length: 1, prefix: f.prefix, definite: f.form.startsWith('ال') };
    }
  }
  return best;
}

/** The name of a constituency from word k: one to three words closed by punctuation, a و, a ب + place noun or the end. */
function constituencyName(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  for (let e = k + 1; e <= k + 3; e++) {
    const w = norms[e - 1]!;
    if ((e - 1 > k && words[e - 1]!.punctBefore) || /^و/.test(w) || mayStartTitle(words[e - 1]) || styles.match(w, norms, e - 1)) return null;
    const closed = !words[e] || !!words[e]!.punctBefore || /^و/.test(norms[e]!) || /^ب(محافظه|مركز|مدينه|ولايه)$/.test(norms[e]!) || words[e]!.forms.some((f) => f.prefix === 'ب' && !!places.match(f.form, norms, e));
    if (closed) return { en: nameToEnglish(words.slice(k, e).map((x) => x.tok.text).join(' ')), end: e };
  }
  return null;
}

/** Heads that a possessive pronoun may follow: someone's deputy, assistant, adviser, secretary, envoy, representative. */
const OWNED_HEADS = new Set(['نايب', 'مساعد', 'مستشار', 'سكرتير', 'مبعوث', 'ممثل', 'مندوب', 'رييس', 'زعيم']);

/** A form that is an owned head and a possessive pronoun («نائبها», «مساعدته»): head, ت, pronoun. */
function possessedShape(f: WordForm): RegExpExecArray | null {
  // (Every suffix ends in ه, ا or م: a cheap test before the pattern.)
  const last = f.form.charCodeAt(f.form.length - 1);
  if (last !== 0x647 && last !== 0x627 && last !== 0x645) return null;
  if (f.form.startsWith('ال') || CONJ.test(f.prefix)) return null;
  const m = /^(.{3,}?)(ت)?(ه|ها|هم|هما)$/.exec(f.form);
  return m && OWNED_HEADS.has(m[1]!) ? m : null;
}

/**
 * A head with a possessive pronoun («نائبه», «نائبها»: his, her deputy; «نائبته», «مساعدته»: his woman deputy,
 * assistant): the office of the deputy of someone named before, not an MP (the masculine «نائبه» is told from the
 * woman MP «نائبة» by its written ه). Its English is the head's without its bare reading.
 */
function possessedHead(w: Word): (HeadDef & { form: string; owned: true }) | null {
  let written: string | undefined;
  for (const f of w.forms) {
    const m = possessedShape(f);
    if (!m) continue;
    // (A masculine head with ه only as written with ه: «نائبة» is a woman MP.)
    written ??= w.tok.text.replace(/[\u064B-\u0652\u0640]/g, '');
    if (!m[2] && m[3] === 'ه' && !/ه$/.test(written)) continue;
    const def = heads.match(m[2] ? `${m[1]}ه` : m[1]!, [], 0)?.value;
    if (def) return { ...def, bare: undefined, natBare: undefined, fem: !!m[2], form: f.form, owned: true };
  }
  return null;
}

/** The nouns of a spokesman («المتحدث», «الناطقة»), keyed without ال. */
const SPOKES = /^(متحدث|ناطق)ه?$/;

/** One or two modifiers from word k, then «باسم» (or «باسمه»): the index of that word, or 0. */
function spokesmanBasm(words: Word[], norms: string[], k: number): number {
  let j = k;
  while (j < k + 2 && noPunct(words, j) && modifiers.has(norms[j]!)) j++;
  return j > k && noPunct(words, j) && /^باسم(ه|ها|هم)?$/.test(norms[j]!) ? j : 0;
}

/** A conjunct of up to two words (no name, no title) right before «في وزارة …»: where the ministry's «في» is. */
function ministryAfterConjunct(words: Word[], norms: string[], k: number): number | null {
  if (!noPunct(words, k) || !/^و../.test(norms[k]!)) return null;
  for (let e = k + 1; e <= k + 2; e++) {
    const w = norms[e - 1]!;
    if (!noPunct(words, e - 1) || isNameWord(w) || isNameWord(w.slice(1)) || heads.has(stripAl(w.replace(/^و/, '')))) return null;
    if (noPunct(words, e) && norms[e] === 'في' && noPunct(words, e + 1) && /^وزار/.test(norms[e + 1]!)) return e;
  }
  return null;
}

function noPunct(words: Word[], j: number): boolean {
  return !!words[j] && !words[j]!.punctBefore;
}

/** Forms of word j without a conjunction (ل/لل/ب allowed when `preps` holds them). */
function formsOf(words: Word[], j: number, preps: RegExp) {
  return words[j]!.forms.filter((f) => f.prefix === '' || preps.test(f.prefix));
}

function matchBody(words: Word[], norms: string[], j: number, preps: RegExp): { def: BodyDef; length: number } | null {
  for (const f of formsOf(words, j, preps)) {
    const m = bodies.match(f.form, norms, j);
    if (m) return { def: m.value, length: m.length };
  }
  return null;
}

function matchPortfolio(words: Word[], norms: string[], j: number, preps: RegExp): { en: string; length: number } | null {
  for (const f of formsOf(words, j, preps)) {
    const m = portfolios.match(f.form, norms, j);
    if (m) return { en: m.value, length: m.length };
  }
  for (const f of formsOf(words, j, preps)) {
    const affairs = f.form === 'الشوون' ? qualifiedAffairs(words, norms, j) : null;
    if (affairs) return affairs;
  }
  return null;
}

function matchMinisterPortfolio(norms: string[], j: number): { en: string; length: number } | null {
  const m = ministerPortfolios.match(norms[j]!, norms, j);
  return m ? { en: m.value, length: m.length } : null;
}

/**
 * «الشؤون الأوروبية», «الشؤون السياسية الدولية»: affairs and the adjectives that qualify them, a portfolio the table does
 * not list (European Affairs, International Political Affairs). A nationality after them is the office's, not theirs.
 */
function qualifiedAffairs(words: Word[], norms: string[], j: number): { en: string; length: number } | null {
  const adjs: string[] = [];
  let k = j + 1;
  while (noPunct(words, k) && affairsAdjective(norms[k]!)) adjs.push(affairsAdjective(norms[k++]!)!);
  return adjs.length ? { en: `${adjs.reverse().join(' ')} Affairs`, length: k - j } : null;
}

/**
 * «الشؤون المالية», «الشؤون الاقتصادية»: a definite «الشؤون» is in no construct with the definite word after it; a word
 * that can qualify it is its adjective (Financial Affairs), not a portfolio it belongs to (the Finance Affairs).
 */
function qualifiedAffairsNoun(inst: Institution, form: string, next: string): boolean {
  return inst.noun === 'شوون' && form.startsWith('ال') && next.startsWith('ال') && !!affairsAdjective(next);
}

/** An adjective that may qualify «الشؤون»: any of the vocabulary's, or one that qualifies affairs only (الجمركية, Customs). */
function affairsAdjective(w: string): string | undefined {
  return adjectives.get(w) ?? affairsAdjectives.get(w);
}

/**
 * A party's own name outside the vocabulary, before its leader's name: «رئيس حزب طلائع الحريات علي بن فليس» — one to
 * three words that are no name words, then a name word. Its English is the words transliterated.
 */
function unknownPartyName(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  // «حزب فريليمو الحاكم», «حزب يونيتا المعارض»: one word of no language with no article, then the party's standing,
  // is the party's own name.
  const own = words[k];
  if (own && !own.punctBefore && words[k + 1] && !words[k + 1]!.punctBefore && PARTY_STANDINGS.has(norms[k + 1]!)
    && !norms[k]!.startsWith('ال') && !nameWordOf(own) && !isLexical(norms[k]!)) return { en: nameToEnglish(own.tok.text), end: k + 1 };
  for (let m = 1; m <= 3; m++) {
    const end = k + m;
    if (!words[end] || words[end]!.punctBefore) return null;
    const w = words[end - 1]!;
    if ((end - 1 > k && w.punctBefore) || nameWordOf(w) || heads.has(stripAl(w.norm))) return null;
    const next = norms[end]!;
    const after = words[end + 1] && !words[end + 1]!.punctBefore ? norms[end + 1]! : null;
    // (A word before «بن» or «ولد» starts a name whatever else it reads as: «علي بن فليس».)
    if (after && !next.startsWith('ال') && ((isNameWord(next) && isNameWord(after)) || nameParticles.has(after))) {
      return { en: words.slice(k, end).map((x) => nameToEnglish(x.tok.text)).join(' '), end };
    }
  }
  return null;
}

/** Arabic spellings of the Latin letters' names, as the press spells an acronym out («في إم آر أو»: VMRO). */
const LETTER_NAMES: Record<string, string> = {
  'إيه': 'A', 'أيه': 'A', 'بي': 'B', 'سي': 'C', 'دي': 'D', 'إي': 'E', 'إف': 'F', 'اف': 'F', 'جي': 'G', 'إتش': 'H', 'اتش': 'H',
  'آي': 'I', 'جيه': 'J', 'كيه': 'K', 'كي': 'K', 'إل': 'L', 'إم': 'M', 'ام': 'M', 'إن': 'N', 'ان': 'N', 'أو': 'O', 'كيو': 'Q',
  'آر': 'R', 'ار': 'R', 'إس': 'S', 'اس': 'S', 'تي': 'T', 'يو': 'U', 'في': 'V', 'دبليو': 'W', 'إكس': 'X', 'اكس': 'X', 'واي': 'Y', 'زد': 'Z',
};
const QUOTE_OPENS = /^["«“]$/;
const QUOTE_CLOSES = /^["»”]/;

/** A body's own noun that may open a party's quoted name, in English last: «حزب «تحالف الطريق الثالث»» (Third Way Alliance). */
const QUOTED_BODY_NOUNS: Record<string, string> = { 'تحالف': 'Alliance', 'ايتلاف': 'Coalition', 'جبهه': 'Front', 'حركه': 'Movement', 'تجمع': 'Rally' };

/**
 * The words of a quoted name from j to its closing mark, each read (a movement's word, an adjective, an ordinal) and
 * definite, in English in reverse order: «الخلاص الوطني» National Salvation, «الطريق الثالث» Third Way. Any word the
 * vocabularies cannot read, or a name longer than four words, leaves the name to the other readings.
 */
function quotedDescriptiveWords(words: Word[], norms: string[], j: number): { en: string; end: number } | null {
  const en: string[] = [];
  const start = j;
  // (The name's first word may carry the opening mark: «تحالف "المجتمع المواطن"».)
  while (j < words.length && (j === start || !QUOTE_CLOSES.test(words[j]!.punctBefore ?? ''))) {
    if (j - start >= 4 || (j > start && words[j]!.punctBefore) || !norms[j]!.startsWith('ال')) return null;
    const word = movementWords[stripAl(norms[j]!)] ?? adjectives.get(norms[j]!) ?? (j > start ? ordinals.get(norms[j]!) : undefined);
    if (!word) return null;
    en.push(word);
    j++;
  }
  return en.length && j < words.length ? { en: en.reverse().join(' '), end: j } : null;
}

/**
 * A front's or a movement's name quoted with its noun, in words of the language («رئيس «جبهة الخلاص الوطني»», «مرشح
 * "تحالف الجمهور"»): in English before the noun (the National Salvation Front, the People's Alliance).
 */
function quotedWithNoun(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  if (!words[k - 1] || !QUOTE_OPENS.test(words[k - 1]!.punctBefore ?? '')) return null;
  return quotedDescriptiveWords(words, norms, k);
}

/**
 * A name of descriptive words quoted after its noun, «زعيم تحالف "المجتمع المواطن" المعارض» (the Opposition Citizen
 * Community Alliance), or opening with a body's noun of its own, «زعيم حزب «تحالف الطريق الثالث»» (the Third Way
 * Alliance): the words translated, what the party is after the closing mark before them.
 */
function quotedAfterNoun(words: Word[], norms: string[], k: number): { en: string; end: number; ownNoun?: boolean } | null {
  if (!words[k] || !QUOTE_OPENS.test(words[k]!.punctBefore ?? '')) return null;
  const own = QUOTED_BODY_NOUNS[norms[k]!];
  const read = quotedDescriptiveWords(words, norms, own ? k + 1 : k);
  if (!read || (own && words[k + 1]!.punctBefore)) return null;
  const standing = standingAfter(words, norms, read.end);
  return { en: [...standing.before, read.en, ...(own ? [own] : [])].join(' '), end: standing.end, ownNoun: !!own };
}

/** «… " المعارض», «… » الحاكم»: what a party is, right after the closing mark of its name (Opposition, Ruling). */
function standingAfter(words: Word[], norms: string[], j: number): { before: string[]; end: number } {
  const before: string[] = [];
  while (j < words.length && (before.length ? !words[j]!.punctBefore : QUOTE_CLOSES.test(words[j]!.punctBefore ?? '') && words[j]!.punctBefore!.length === 1) && PARTY_ADJECTIVES.has(adjectives.get(norms[j]!) ?? '')) before.push(adjectives.get(norms[j++]!)!);
  return { before: before.reverse(), end: j };
}

/**
 * A party's, movement's or bloc's own name in quotation marks right after its noun that the vocabularies cannot read
 * («حزب «قلب تونس»», «تحالف "سائرون"»): a proper name, transliterated; an acronym spelled out in the letters' names
 * («حزب "في إم آر أو - دي بي إم إن إي"») is written in its letters (VMRO-DPMNE).
 */
function quotedPartyName(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  if (!words[k] || !QUOTE_OPENS.test(words[k]!.punctBefore ?? '')) return null;
  let j = k + 1;
  while (j < words.length && !QUOTE_CLOSES.test(words[j]!.punctBefore ?? '')) {
    if (j - k >= 10 || (words[j]!.punctBefore && !/^[-–]$/.test(words[j]!.punctBefore!))) return null;
    j++;
  }
  const quoted = words.slice(k, j);
  // (A quoted title or name of a person is no party's name.)
  if (quoted.some((w, i) => heads.has(stripAl(w.norm)) || styles.match(w.norm, norms, k + i))) return null;
  const letters = quoted.map((w) => LETTER_NAMES[w.tok.text.replace(/[\u064B-\u0652]/g, '')]);
  let en: string;
  if (quoted.length > 1 && letters.every(Boolean)) en = quoted.map((w, i) => (i && w.punctBefore ? '-' : '') + letters[i]).join('');
  // (Words of the language, «المناضلين من أجل الحرية», are no name to spell out: the name stays untold.)
  else if (quoted.length <= 3 && quoted.every((w) => !/^ال/.test(w.norm) && !/^(من|في|اجل|الي|علي)$/.test(w.norm))) en = quoted.map((w) => nameToEnglish(w.tok.text)).join(' ');
  else return null;
  // «زعيم حزب "…" المعارض»: what the party is, after the closing mark, stands before its name in English.
  const standing = standingAfter(words, norms, j);
  return { en: [...standing.before, en].join(' '), end: standing.end };
}
/** What a party is, said after its name: in opposition, in power. */
const PARTY_ADJECTIVES = new Set(['Opposition', 'Ruling']);
/** A party's standing after its name: ruling, opposition. */
const PARTY_STANDINGS = new Set(['الحاكم', 'المعارض']);

/** Nouns of companies and public utilities, named in English as one compound: "China National Petroleum Company". */
const UTILITY_NOUNS = new Set(['Company', 'Corporation', 'Authority']);
/** What an «إدارة» manages rather than names: disasters, crises, risks (first in a series). */
const MANAGED = /^(Disaster|Crisis|Risk)( and |, |$)/;
/** What a chamber of commerce is of (not an operations room, «غرفة العمليات»). */
const TRADES = /^((Commerce|Industry|Trade|Agriculture|Crafts|Tourism)(, | and |$))+$/;
/**
 * «هيئة كهرباء دبي», «غرفة تجارة دبي»: a utility named by what it runs, or a chamber by its trades, in an indefinite
 * genitive of the portfolios' vocabulary.
 */
function namedByWhatItRuns(nounEn: string, words: Word[], norms: string[], k: number): boolean {
  if (!noPunct(words, k) || norms[k]!.startsWith('ال')) return false;
  const p = portfolios.match('ال' + norms[k]!, norms, k);
  return !!p && (UTILITY_NOUNS.has(nounEn) || (nounEn === 'Chamber' && TRADES.test(p.value)) || (nounEn === 'Directorate' && !!sectorPlaceAt(words, norms, k + p.length)));
}

/** A place of the gazetteer (no country) at word k, after a sector in the construct: «صحة إدلب», «مياه إربد». */
function sectorPlaceAt(words: Word[], norms: string[], k: number): { en: string; length: number } | null {
  if (!noPunct(words, k)) return null;
  const place = parsePlace(words, norms, k);
  return place && !place.code && !place.head && !place.prefix ? { en: place.en.replace(/^the /, ''), length: place.length } : null;
}

/**
 * «مدير صحة إدلب», «مدير مياه إربد»: a local directorate named, as the Levant's press names it, by its sector alone (an
 * indefinite portfolio of the vocabulary) in the construct with a place of the gazetteer: Idlib Health, Irbid Water.
 */
function sectorOfPlace(words: Word[], norms: string[], j: number): { inst: Institution; end: number } | null {
  if (norms[j]!.startsWith('ال') || words[j]!.forms.every((f) => f.prefix !== '')) return null;
  const sector = portfolios.match('ال' + norms[j]!, norms, j);
  if (!sector || sector.length > 1) return null;
  const place = sectorPlaceAt(words, norms, j + 1);
  if (!place) return null;
  return { inst: { en: `${place.en} ${sector.value}`, noArticle: true, adjectives: [], nat: null, of: null, country: placeCountry(place.en) ?? null }, end: j + 1 + place.length };
}
/** Bodies a board, a council or an office in the construct may belong to, named by their noun without the article
 * («مجلس إدارة بنك قطر الوطني», «مجلس إدارة صندوق التنمية»). */
const BOARD_OF = new Set([...UTILITY_NOUNS, 'Bank', 'Fund', 'Group', 'Agency', 'Market', 'Stock Exchange']);

/** Bodies abroad, placed in or accredited to a country. */
const MISSION_NOUNS = new Set(['Mission', 'Embassy', 'Delegation', 'Office']);

/** Nouns that name a town before its name, and what English puts after the name: «مدينة الموصل» (Mosul City). */
const TOWN_NOUNS: Record<string, string> = { 'مدينه': ' City', 'بلده': '', 'قريه': '' };

/**
 * A town named with its noun at word k («مدينة الموصل», «بلدة كفرنبل»): its English name and where it ends. The word
 * after the noun is the town's whatever else it reads as («مدينة صيدا»), unless it is a definite word of the language
 * («مدينة الطب» is a medical city) or opens a title, a style or a name.
 */
function townAt(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  if (TOWN_NOUNS[norms[k]!] === undefined || !noPunct(words, k + 1)) return null;
  return townNamed(words, norms, k + 1);
}

/** The town's name at word k, right after the noun that names a town («مدينة», «بلدة», the «بلدية» of a mayor). */
function townNamed(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  const known = parsePlace(words, norms, k);
  // «رئيس بلدية دير القمر», «رئيس بلدية رأس بيروت»: a town's name that a noun opens takes the word after it too.
  const opener = townOpeners.get(norms[k]!);
  if (opener && (!known || known.length < 2) && noPunct(words, k + 1)) {
    const second = townSecond(words, norms, k + 1);
    if (second) return { en: `${opener} ${second}`, end: k + 2 };
  }
  if (known) return !known.code && !known.head ? { en: known.en.replace(/^the /, ''), end: k + known.length } : null;
  const w = norms[k]!;
  if (w.length < 3 || (w.startsWith('ال') && lexicalReading(w) !== null) || heads.has(stripAl(w)) || styles.match(w, norms, k) || ranks.match(w, norms, k) || nameParticles.has(w)) return null;
  return { en: placeToEnglish(words[k]!.tok.text.replace(/^ال/, '')), end: k + 1 };
}

/**
 * «بلدية الغبيري»: the town that names a municipality at word k, known or not, as a mayor's «بلدية» is
 * (townNamed) — the body a pronoun after it may own («برئاسة رئيسها»), which parseInstitution leaves unnamed when the
 * town's name has the article.
 */
export function municipalityNamed(words: Word[], norms: string[], k: number): { town: Institution; end: number } | null {
  if (!words[k]!.forms.some((f) => f.form === 'بلديه' && /^[وف]?[بل]?$/.test(f.prefix)) || !noPunct(words, k + 1) || TOWN_NOUNS[norms[k + 1]!] !== undefined) return null;
  const town = townNamed(words, norms, k + 1);
  return town ? { town: { en: town.en, noArticle: true, adjectives: [], nat: null, of: null, country: null }, end: town.end } : null;
}

/** The second word of a town's name after its opening noun: a known place («رأس بيروت») or a word that opens no title. */
function townSecond(words: Word[], norms: string[], k: number): string | null {
  const w = norms[k]!;
  const known = places.match(w, norms, k);
  if (known && known.length === 1) return known.value.replace(/^the /, '');
  if (w.length < 2 || heads.has(stripAl(w)) || styles.match(w, norms, k) || ranks.match(w, norms, k) || nameParticles.has(w) || /^[وف]?(في|من|عن|علي|الي|الذي|التي)$/.test(w)) return null;
  const text = words[k]!.tok.text;
  // (The article stays: Deir al-Qamar, Bint Jbeil.)
  return /^ال/.test(text) ? `al-${placeToEnglish(text.replace(/^ال/, ''))}` : placeToEnglish(text);
}

/** Points of the compass that open a place's name: «إقليم شمال كيفو» (North Kivu). */
const COMPASS: Record<string, string> = { 'شمال': 'North', 'جنوب': 'South', 'شرق': 'East', 'غرب': 'West', 'وسط': 'Central' };
/** The same points as adjectives after a place's name: «سولاويسي الوسطى» (Central Sulawesi), «كردفان الشمالية». */
const COMPASS_AFTER: Record<string, string> = { 'الشمالي': 'North', 'الشماليه': 'North', 'الجنوبي': 'South', 'الجنوبيه': 'South', 'الشرقي': 'East', 'الشرقيه': 'East', 'الغربي': 'West', 'الغربيه': 'West', 'الاوسط': 'Central', 'الوسطي': 'Central' };

/** Nouns of the places an office may be "in": «في الإقليم», «في الولاية». */
const REGION_NOUNS = new Set(['Region', 'State', 'Province', 'Governorate']);
/** What makes an «منطقة» a zone set apart for trade or industry rather than a region. */
const ZONE_ADJECTIVES = new Set(['Free', 'Economic', 'Industrial', 'Commercial', 'Technological']);
/** The word at which a quotation closes, within `most` words from word k with no other punctuation before it; null if none. */
function quoteClosedAfter(words: Word[], k: number, most: number): number | null {
  for (let e = k; e <= k + most && e <= words.length; e++) {
    const p = words[e]?.punctBefore ?? '';
    if (/^["»”]/.test(p)) return e;
    if (p) return null;
  }
  return null;
}

/** Punctuation that opens a quoted name, alone between two words. */
const QUOTE_OPENING = /^\s*["«“]\s*$/;

/** A place the gazetteer knows whose name is quoted from word k and closed right after it. */
function quotedPlace(words: Word[], norms: string[], k: number): { en: string; length: number } | null {
  const place = parsePlace(words, norms, k);
  if (!place || place.code) return null;
  const after = words[k + place.length];
  return !after || /["»”]/.test(after.punctBefore ?? '') ? { en: place.en, length: place.length } : null;
}

/** Bodies named for the liberation of a country or a people. */
const LIBERATION_NOUNS = new Set(['Movement', 'Front', 'Army', 'Organization']);

/**
 * The name of a liberation movement after its noun at word k: adjectives, then «لتحرير» (after a definite noun) or
 * «تحرير» (in the construct), then a country, a known place or a word of no language (a people: أورومو), and the
 * wings the press adds («- شمال», «- في المعارضة»). In English the place comes first (the Sudan People's Liberation
 * Movement-North, the Oromo Liberation Front), but Palestine's fronts are "for the Liberation of Palestine".
 */
function liberationName(words: Word[], norms: string[], k: number, noun: string): { en: string; end: number } | null {
  const adjs: string[] = [];
  let j = k;
  while (noPunct(words, j) && adjectives.has(norms[j]!)) adjs.push(adjectives.get(norms[j]!)!), j++;
  if (!noPunct(words, j) || !/^(ل|لل)?تحرير$/.test(norms[j]!)) return null;
  j++;
  if (!noPunct(words, j)) return null;
  let place: string;
  // («السودان-شمال», «السودان-المجلس الانتقالي» are written as one word: the place, then the wing.)
  const glued = /^([^-]+)-(.+)$/.exec(norms[j]!);
  if (glued) {
    const gc = matchCountryName([glued[1]!], 0);
    const gp = gc ? null : places.match(glued[1]!, [glued[1]!], 0);
    const wing = gc || gp ? gluedWing(words, norms, glued[2]!, j + 1) : null;
    if (wing) return { en: `${liberationEnglish(gc ? countryNameEn(gc.country) : gp!.value.replace(/^the /, ''), adjs, noun)}-${wing.en}`, end: wing.end };
  }
  const c = matchCountryName(norms, j);
  const pl = c ? null : places.match(norms[j]!, norms, j);
  if (c) { place = countryNameEn(c.country); j += c.length; }
  else if (pl) { place = pl.value.replace(/^the /, ''); j += pl.length; }
  else if (!norms[j]!.startsWith('ال') && norms[j]!.length >= 4 && lexicalReading(norms[j]!) === null) { place = nameToEnglish(words[j]!.tok.text); j++; }
  else return null;
  const en = liberationEnglish(place, adjs, noun);
  // The wings: «الحركة الشعبية لتحرير السودان - شمال», «… - في المعارضة».
  const dash = (at: number) => !!words[at] && /^\s*[-–—]\s*$/.test(words[at]!.punctBefore ?? '');
  const plain = (at: number) => noPunct(words, at) || dash(at);
  if (plain(j) && /^(ال)?شمال$/.test(norms[j]!)) return { en: `${en}-North`, end: j + 1 };
  if (plain(j) && norms[j] === 'في' && noPunct(words, j + 1) && norms[j + 1] === 'المعارضه') return { en: `${en}-in-Opposition`, end: j + 2 };
  return { en, end: j };
}

/**
 * The wing of a movement written after a hyphen glued to its place: «شمال» (North), or a body's noun and its adjectives,
 * «المجلس الانتقالي» (Transitional Council). Where it ends (j is the word after the glued one).
 */
function gluedWing(words: Word[], norms: string[], after: string, j: number): { en: string; end: number } | null {
  if (/^(ال)?شمال$/.test(after)) return { en: 'North', end: j };
  const body = after.startsWith('ال') ? institutionNouns.get(stripAl(after)) : undefined;
  if (!body) return null;
  const adjs: string[] = [];
  while (noPunct(words, j) && adjectives.has(norms[j]!) && !matchNationality(norms, j)) adjs.push(adjectives.get(norms[j++]!)!);
  return { en: [...adjs.reverse(), body.en].join(' '), end: j };
}

function liberationEnglish(place: string, adjs: string[], noun: string): string {
  const a = [...adjs].reverse();
  // (The Palestinian fronts: the Popular Front, the Democratic Front for the Liberation of Palestine.)
  if (/Palestin/.test(place)) return `${a.map((x) => (x === "People's" ? 'Popular' : x)).join(' ')} ${noun} for the Liberation of Palestine`.trim();
  return `${place} ${a.join(' ')} Liberation ${noun}`.replace(/\s+/g, ' ');
}

/**
 * The name of a council after its noun in the construct at word k: its members, a plural noun of people (مجلس الحكماء:
 * the Council of Elders; a title's plural in the construct with its portfolio, مجلس وزراء الداخلية العرب: the Council of
 * Arab Interior Ministers; مجلس حكماء المسلمين, مجلس كبار العلماء: of Muslim Elders, of Senior Scholars), or a field
 * no ministry has (مجلس القضاء: the Judicial Council).
 */
function councilName(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  let j = k;
  const senior = noPunct(words, j) && norms[j] === 'كبار';
  if (senior) j++;
  if (!noPunct(words, j)) return null;
  const w = norms[j]!;
  const definite = w.startsWith('ال');
  if (definite && !senior) {
    const field = councilFields.match(w, norms, j);
    if (field) return { en: `${field.value} Council`, end: j + field.length };
  }
  const plural = councilMembers.get(stripAl(w));
  if (!plural) return null;
  j++;
  const quals: string[] = [];
  if (!definite) {
    // An indefinite plural takes its genitive: a people or faith (حكماء المسلمين) or a portfolio (وزراء الداخلية).
    if (!noPunct(words, j)) return null;
    const people = memberPeoples.get(norms[j]!);
    const p = people || !norms[j]!.startsWith('ال') ? null : matchPortfolio(words, norms, j, /^$/);
    if (people) { quals.push(people); j++; }
    else if (p) {
      const chain = [p.en];
      j = morePortfolios(words, norms, j + p.length, chain);
      quals.push(series(chain) === 'Foreign Affairs' ? 'Foreign' : series(chain));
    } else return null;
  }
  if (senior) quals.unshift('Senior');
  // (The people after them: «وزراء الداخلية العرب», the Arab Interior Ministers.)
  const people = noPunct(words, j) ? memberPeoples.get(norms[j]!) : undefined;
  if (people) { quals.unshift(people); j++; }
  return { en: `Council of ${[...quals, plural].join(' ')}`, end: j };
}

/** Bodies English names by the profession of their members, before the noun: the Sudan Doctors' Syndicate. */
const PROFESSION_BODIES = new Set(['Union', 'Committee', 'Association', 'League']);

/**
 * The profession a body at word k gathers, in the construct after its noun: «نقابة أطباء السودان» (its members and
 * their state: the Sudan Doctors' Syndicate), «نقابة الصحفيين السودانيين» (the nationality after it is the body's:
 * the Sudanese Journalists' Syndicate), «نقابة الأطباء» (the Doctors' Syndicate).
 */
function professionName(words: Word[], norms: string[], k: number): { members: { plural: string; place?: string }; nat: NationalityMatch | null; end: number } | null {
  if (!noPunct(words, k)) return null;
  const w = norms[k]!;
  const definite = w.startsWith('ال');
  const first = professionMembers.get(definite ? stripAl(w) : w);
  if (!first) return null;
  // (And the professions joined to it: «نقابة الأطباء والصيادلة», the Doctors and Pharmacists' Syndicate.)
  const chain = [first];
  let j = k + 1;
  for (let more; noPunct(words, j) && /^و/.test(norms[j]!) && (more = professionMembers.get(definite ? stripAl(norms[j]!.slice(1)) : norms[j]!.slice(1))); j++) chain.push(more);
  const plural = series(chain);
  if (!definite) {
    // An indefinite plural takes its state: «أطباء السودان».
    const country = noPunct(words, j) ? matchCountryName(norms, j) : null;
    return country ? { members: { plural, place: country.country }, nat: null, end: j + country.length } : null;
  }
  const nat = noPunct(words, j) && norms[j]!.startsWith('ال') ? matchNationality(norms, j) : null;
  return { members: { plural }, nat, end: nat ? j + nat.length : j };
}

/** «الاحتلال» (the occupation) after a body noun in the construct names Israel's body. */
const OCCUPATION = 'الاحتلال';
/** «النظام السوري», «النظام الإيراني»: a regime named by its people's adjective, for its state (its country and length). */
function regimeOf(words: Word[], norms: string[], j: number): { country: string; length: number } | null {
  if (norms[j] !== 'النظام' || !noPunct(words, j + 1)) return null;
  const nat = matchNationality(norms, j + 1);
  return nat && norms[j + 1]!.startsWith('ال') ? { country: nat.country, length: 1 + nat.length } : null;
}
const ISRAELI: NationalityMatch = { country: 'IL', adjective_en: 'Israeli', length: 1 };

/** Portfolios that are an armed service, which after a definite noun qualify it: «المجموعة البحرية», «القاعدة البحرية» (the
 * Naval Group, the Naval Base), not the Navy's. */
const ARMED_SERVICES = new Set(['Navy']);
/** Units of an army, commanded and numbered: «قائد الفرقة الرابعة», «قائد اللواء الخامس». */
const MILITARY_UNITS = new Set(['Division', 'Brigade', 'Battalion', 'Corps', 'Regiment']);
/** Departments of a ministry, numbered as units are. */
const NUMBERED_OFFICES = new Set(['Department', 'Directorate']);
/** The numbers of units past the ordinals of offices (first to sixth), both genders. */
const UNIT_ORDINALS = new Map([
  ['الرابعة', 'Fourth'], ['الخامسة', 'Fifth'], ['السادسة', 'Sixth'], ['السابع', 'Seventh'], ['السابعة', 'Seventh'], ['الثامن', 'Eighth'],
  ['الثامنة', 'Eighth'], ['التاسع', 'Ninth'], ['التاسعة', 'Ninth'], ['العاشر', 'Tenth'], ['العاشرة', 'Tenth'],
].map(([ar, en]) => [normalize(ar!), en!]));
/** The units digit of a unit numbered in the teens, «الفيلق الحادي عشر», «الفرقة الخامسة عشرة» (the 11th Corps, the
 * 15th Division): English writes these in figures. */
const TEEN_UNIT_DIGITS = new Map([
  ['الحادي', 1], ['الحادية', 1], ['الثاني', 2], ['الثانية', 2], ['الثالث', 3], ['الثالثة', 3], ['الرابع', 4], ['الرابعة', 4],
  ['الخامس', 5], ['الخامسة', 5], ['السادس', 6], ['السادسة', 6], ['السابع', 7], ['السابعة', 7], ['الثامن', 8], ['الثامنة', 8],
  ['التاسع', 9], ['التاسعة', 9],
].map(([ar, n]) => [normalize(ar as string), n as number]));
const TEEN = new Set([normalize('عشر'), normalize('عشرة')]);

/** «الحادي عشر» … «التاسعة عشرة» at k: the teen number of a unit (11th … 19th), read as two words. */
function teenUnitNumber(words: Word[], norms: string[], k: number): string | undefined {
  const digit = TEEN_UNIT_DIGITS.get(norms[k]!);
  return digit && noPunct(words, k + 1) && TEEN.has(norms[k + 1]!) ? `${10 + digit}th` : undefined;
}

/**
 * «فريق التقدم والاشتراكية بمجلس النواب»: a «فريق» named by a party, in a chamber, is the party's parliamentary group
 * (the Maghreb's word for a bloc); not a team named by its task («فريق العمل»), which no chamber follows.
 */
function parliamentaryGroup(words: Word[], norms: string[], k: number, noun: string, form: string): { en: string; end: number; group: true | 'named' } | null {
  if (noun !== 'Team') return null;
  if (form.startsWith('ال')) return partyAdjectiveGroup(words, norms, k) ?? namedByAdjectives(words, norms, k);
  const party = readPartyName(words, norms, k);
  // (A name of two words at least: «فريق العمل» is a working group.)
  if (!party || party.end - k < 2) return null;
  // (A member of parliament sits for his group with no chamber named: «النائبة عن فريق العدالة والتنمية»; and a team
  // named by a party's name of joined parts is the party's group, chamber named or not: «رئيس فريق العدالة والتنمية».)
  if (memberSitsFor(words, norms, k) || / (and|for) /.test(party.en)) return { en: party.en, end: party.end, group: true };
  if (!noPunct(words, party.end)) return null;
  const at = norms[party.end]!;
  const chamber = at === 'بمجلس' || at === 'بالبرلمان' || (at === 'في' && noPunct(words, party.end + 1) && /^(مجلس|البرلمان)$/.test(norms[party.end + 1]!));
  return chamber ? { en: party.en, end: party.end, group: true } : null;
}

/**
 * «الفريق الاشتراكي بالمجلس», «الفريق الاستقلالي بمجلس النواب», «النائب عن الفريق الحركي»: a definite team named by
 * its adjectives is a parliamentary group where a chamber follows or a member sits for it (the Socialist Group).
 */
function namedByAdjectives(words: Word[], norms: string[], k: number): { en: string; end: number; group: true } | null {
  const adjs: string[] = [];
  let j = k;
  while (noPunct(words, j) && adjectives.has(norms[j]!)) adjs.push(adjectives.get(norms[j++]!)!);
  if (!adjs.length) return null;
  const en = adjs.reverse().join(' ');
  if (memberSitsFor(words, norms, k)) return { en, end: j, group: true };
  // («رئيس الفريق الاشتراكي»: a team its head or member names by a political creed is the creed's group, no chamber
  // named; «رئيس الفريق الفني» heads a technical team.)
  if (GROUP_MEMBERS.test(norms[k - 2] ?? '') && noPunct(words, k - 1) && POLITICAL_CREEDS.test(adjs[adjs.length - 1]!)) return { en, end: j, group: true };
  if (!noPunct(words, j)) return null;
  const at = norms[j]!;
  const chamber = /^(بالمجلس|بمجلس|بالبرلمان|النيابي)$/.test(at) || (at === 'في' && noPunct(words, j + 1) && /^(المجلس|مجلس|البرلمان)$/.test(norms[j + 1]!));
  return chamber ? { en, end: j, group: true } : null;
}

/** Who heads or sits in a parliamentary group: «رئيس الفريق», «رئيسة الفريق», «عضو الفريق». */
const GROUP_MEMBERS = /^(رييس|رييسه|عضو)$/;
/** Adjectives of a political creed, which name parties and their groups (Socialist, Liberal), not teams. */
const POLITICAL_CREEDS = /^(Socialist|Communist|Liberal|Conservative|Progressive|Republican|Labour|Democratic|Constitutional)$/;

/**
 * «النائب عن الفريق الاستقلالي (للوحدة والتعادلية)», «النائب البرلماني عن الفريق الاشتراكي»: a member of parliament sits
 * for «الفريق» named by his party's adjective, the party's group (the Istiqlal Group, the Socialist Group), its motto
 * after it part of the name. Only after «عن» that follows a member of parliament: elsewhere «الفريق» is a team or a rank.
 */
function partyAdjectiveGroup(words: Word[], norms: string[], k: number): { en: string; end: number; group: 'named' } | null {
  if (!memberSitsFor(words, norms, k) || !noPunct(words, k) || !/^ال.{3,}ي$/.test(norms[k]!) || matchNationality(norms, k)) return null;
  const en = partyNouns.get(norms[k]!.slice(0, -1)) ?? adjectives.get(norms[k]!);
  if (!en) return null;
  return { en, end: purposeEnd(words, norms, k + 1), group: 'named' };
}

const MEMBER_OF_PARLIAMENT = /^النا[يئ]به?$/;

/**
 * «النائب عن الفريق …», «النائبة عن فريق …»: a member of parliament sits for the group named from word k on (k - 1 is
 * «الفريق»/«فريق», k - 2 «عن»), «النائب البرلماني عن …» too.
 */
function memberSitsFor(words: Word[], norms: string[], k: number): boolean {
  if (norms[k - 2] !== 'عن' || !noPunct(words, k - 1) || !noPunct(words, k - 2)) return false;
  return MEMBER_OF_PARLIAMENT.test(norms[k - 3] ?? '') || (norms[k - 3] === 'البرلماني' && MEMBER_OF_PARLIAMENT.test(norms[k - 4] ?? ''));
}

/**
 * «كتلة فرنسا الأبية», «كتلة «فرنسا الأبية»»: a bloc named after a party the vocabulary knows, quoted or not, is that
 * party's (the France Unbowed Bloc), not a bloc "of France".
 */
function knownPartyName(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  const quoted = QUOTE_OPENS.test(words[k]?.punctBefore ?? '');
  if (!words[k] || (words[k]!.punctBefore && !quoted)) return null;
  const m = partyNames.match(norms[k]!, norms, k);
  if (!m) return null;
  const end = k + m.length;
  if (words.slice(k + 1, end).some((w) => w.punctBefore)) return null;
  // (A quoted name is the party's only where the quotation closes with it.)
  if (quoted && !QUOTE_CLOSES.test(words[end]?.punctBefore ?? '')) return null;
  return { en: m.value, end };
}

/** Nouns of bodies that have names of their own after them (a party, a movement, a bloc). */
const PARTY_NOUNS = new Set(['Party', 'Movement', 'Bloc', 'Front', 'Coalition', 'Current', 'Rally', 'Alliance']);
/** A named party or bloc a member of parliament sits for (its noun last or first in English: "Fatah Bloc", "Movement of Society for Peace"). */
const MP_PARTY = /\b(Party|Movement|Bloc|Front|Coalition|Current|Rally|Alliance|Parliamentary Group|Group)$|^(Party|Movement|Front|Rally|Union|Forces|Alliance|Coalition) (of|for)\b/;
/** What «النائب عن المحافظة» is for until the article's province is put in (lib/officials/classify.ts). */
export const PROVINCE_PLACEHOLDER = 'the Province';

/**
 * An ambassador named by his nationality («السفير الإثيوبي بالقاهرة», «السفير التركي في أثينا») is, in English, the
 * Ethiopian Ambassador in Cairo: the press keeps the capital the article names (after «لدى» with the state he is
 * accredited to before it: «السفير التركي لدى بغداد», the Turkish Ambassador to Iraq, in Baghdad). One named by his
 * country's name («سفير لبنان في نيقوسيا») is the Ambassador of Lebanon to Cyprus. (Only a single city: not «في أبوظبي ودبي».)
 */
function cityKept(role: Role, names: string[]): boolean {
  return !!role.nat && !role.complement && names.length === 1;
}

/**
 * An ambassador of a country named in a capital («سفير إندونيسيا بالرباط», «سفير ألبانيا لدى أنقرة») is accredited to
 * the capital's country, and the city the article names is kept after it: "Ambassador of Indonesia to Morocco, in Rabat"
 * (the press writes both "Ambassador of Chile in Rabat" and "Ambassador of Chile to Morocco").
 */
function accreditedIn(country: string, city: string): string {
  // (Only one whose country, or sovereign, is named — «سفير خادم الحرمين الشريفين لدى القاهرة» too: «سفير بلاده لدى
  // الخرطوم» is his country's Ambassador to Sudan.)
  return `to ${country}, in ${city}`;
}

/** The country of a province or capital named in a tail ("بالمنستير" → TN). */
function placeCountry(en: string): string | undefined {
  const bare = en.replace(/^the /, '');
  return provinceCountries.get(bare) ?? provinceCountries.get(en) ?? capitals.get(bare) ?? capitals.get(en);
}

/**
 * A body the title calls national («اللجنة الوطنية المستقلة للانتخابات», «المجلس القومي للسكان»): the country named as
 * its place is its state («… بنيجيريا», «… في كينيا»), not a country it works in, as an international body's office is.
 */
function nationalBody(role: Role): boolean {
  const c = role.complement;
  return c?.kind === 'inst' && (c.inst.adjectives.includes('National') || /\bNational\b/.test(c.inst.en));
}

/** An institution noun with a possessive pronoun ("مكتبه", "وزارتها"; not a noun ending in ة, "هيئه"). */
function possessedNoun(norm: string): { en: string; head: string; noun: string } | null {
  const m = /^(.{3,}?)(ه|ها|هم)$/.exec(norm);
  if (!m || norm.startsWith('ال')) return null;
  const stem = m[1]!;
  const noun = stem.endsWith('ت') ? stem.slice(0, -1) + 'ه' : stem;
  if (noun === stem && stem.endsWith('ه')) return null;
  const def = institutionNouns.get(noun);
  return def && !institutionNouns.has(norm) ? { ...def, noun } : null;
}

function definiteAdjective(norms: string[], j: number): boolean {
  return !!norms[j] && norms[j]!.startsWith('ال');
}

/** An institution parsed at a word, and the word after it. */
type ParsedInstitution = { inst: Institution; end: number };

/**
 * An institution at word j: a known body, or a generic noun with adjectives and a genitive. Read in stages: the body
 * itself (knownBody, or genericBody with what names it), the words that agree with it (agreeingWords), what the
 * English calls it by its kind (renameByKind), then whose it is, what it is for and whose office it is
 * (ownerAfterLam, bodyPurpose, officeOfPerson).
 */
export function parseInstitution(words: Word[], norms: string[], j: number, preps: RegExp, depth = 0): ParsedInstitution | null {
  if (depth > 3 || !words[j]) return null;
  // (A rank after a body is its holder's, before his name — «رئيس الأركان العامة للجيوش الفريق X» — no body's genitive;
  // a rank's word with a definite adjective after it is a body again: «النائب عن الفريق الاستقلالي», the Istiqlal Group.)
  const rank = depth > 0 ? ranks.match(norms[j]!, norms, j) : null;
  if (rank && !(noPunct(words, j + rank.length) && norms[j + rank.length]!.startsWith('ال'))) return null;
  // («الاتحاد الأفريقي لكرة القدم», «الاتحاد الأوروبي لكرة القدم»: a known body's words with a sport after them name the
  // game's governing body — the African Football Confederation, not the African Union.)
  const known = matchBody(words, norms, j, preps);
  const body = known && sportAfter(words, norms, j + known.length) ? null : known;
  let parsed: ParsedInstitution | null;
  if (body) parsed = knownBody(words, norms, j, body, depth);
  else {
    // "مدير مكتبه", "وزير خارجيتها"'s kin: an institution noun with a possessive pronoun is the office of someone named
    // before; it takes no genitive after it.
    const owned = possessedNoun(norms[j]!);
    if (owned) return { inst: { en: owned.en, head: owned.head, adjectives: [], nat: null, of: null, country: null, generic: true, noun: owned.noun, possessed: true }, end: j + 1 };
    parsed = genericBody(words, norms, j, preps, depth);
  }
  if (!parsed) return depth === 0 ? sectorOfPlace(words, norms, j) : null;
  const { inst } = parsed;
  let k = agreeingWords(words, norms, inst, parsed.end);
  // «القاعدة» alone is the organisation the press names so (al-Qaeda), not a military base: a base is named by what
  // qualifies it, «القاعدة الجوية», «قاعدة حميميم».
  if (inst.generic && inst.noun === 'قاعده' && !inst.indefinite && !inst.adjectives.length && !inst.nat && !inst.of) return null;
  k = renameByKind(words, norms, inst, k);
  // "التحالف الدولي بقيادة الولايات المتحدة": the US-led International Coalition.
  if (noPunct(words, k) && norms[k] === 'بقياده' && noPunct(words, k + 1)) {
    const c = matchCountryName(norms, k + 1);
    if (c) { inst.ledBy = c.country; k += 1 + c.length; }
  }
  // (Not a region after a bare body noun: «نائب رئيس البنك لمنطقة الشرق الأوسط» is the Bank's, for the region.)
  const regionAfterBare = inst.generic && !inst.adjectives.length && !inst.nat && noPunct(words, k) && /^ل(منطقه|مناطق|اقليم)$/.test(norms[k]!)
    && noPunct(words, k + 1) && !!parsePlace(words, norms, k + 1) && !parsePlace(words, norms, k + 1)!.code;
  if (regionAfterBare) return { inst, end: k };
  k = ownerAfterLam(words, norms, inst, k, !!body?.def.intl, depth);
  // («اللجنة المركزية للانتخابات والاستفتاءات»: a body the vocabulary names by its noun and adjectives alone, the
  // Central Committee, is such a body again when a field follows it: the Central Committee for Elections.)
  const nounNamed = !!body && !body.def.intl && !body.def.country && !inst.of && !inst.purpose && institutionNouns.get(stripAl(norms[j]!))?.en === inst.en.split(' ').pop();
  k = bodyPurpose(words, norms, inst, k, nounNamed);
  // (Inside another body's name an international body leaves what follows to it: «مكتب الأمم المتحدة لحقوق الإنسان».)
  if (!inst.of && !(depth > 0 && body?.def.intl)) k = purposeEnd(words, norms, k);
  k = officeOfPerson(words, norms, inst, k, depth);
  diwanAsOffice(inst);
  return { inst, end: k };
}

/** A body the vocabularies name (matchBody's), and the genitive a body in the construct takes. */
function knownBody(words: Word[], norms: string[], j: number, body: NonNullable<ReturnType<typeof matchBody>>, depth: number): ParsedInstitution {
  const capital = body.def.en === 'Capital' ? capitalNamed(words, norms, j + body.length) : null;
  if (capital) {
    // «شرطة العاصمة دكا»: the capital by its name (the Dhaka Police).
    const inst: Institution = { en: capital.en, noArticle: true, adjectives: [], nat: null, of: null, country: placeCountry(capital.en) ?? null };
    return { inst, end: j + body.length + capital.length };
  }
  const inst: Institution = { en: body.def.en, short: body.def.short, acronym: body.def.acronym, head: body.def.head, ownHead: body.def.ownHead, brand: body.def.brand, noArticle: body.def.noArticle, adjectives: [], nat: null, of: null, country: body.def.country ?? null, civil: body.def.civil, intl: body.def.intl };
  let k = j + body.length;
  // A body in the construct takes its genitive: "مجلس إدارة الهيئة العامة للترفيه" (the Board of the Authority).
  // (… or a company in the construct: «مجلس إدارة هيئة كهرباء ومياه دبي».)
  // (… or a company, an agency or a fund by its own name: «مجلس إدارة أرامكو».)
  if (!norms[k - 1]!.startsWith('ال') && noPunct(words, k) && (norms[k]!.startsWith('ال') || BOARD_OF.has(institutionNouns.get(norms[k]!)?.en ?? '') || (!norms[k]!.startsWith('ال') && !!matchBody(words, norms, k, /^$/)))) {
    const sub = parseInstitution(words, norms, k, /^$/, depth + 1);
    // … or the city it sits in: «محكمة جنايات القاهرة» (the Criminal Court of Cairo).
    const place = sub ? null : parsePlace(words, norms, k);
    if (sub) { inst.of = sub.inst; inst.country ??= sub.inst.country; k = sub.end; }
    else if (place && !place.code && !place.head && !place.prefix) { inst.of = { en: place.en.replace(/^the /, ''), noArticle: true, adjectives: [], nat: null, of: null, country: null }; k += place.length; }
  }
  return { inst, end: k };
}

/** A generic institution noun at j (الوزارة، هيئة، مجلس …) and what names it after it (GENERIC_NAMINGS). */
function genericBody(words: Word[], norms: string[], j: number, preps: RegExp, depth: number): ParsedInstitution | null {
  for (const f of formsOf(words, j, preps)) {
    const noun = institutionNouns.get(stripAl(f.form));
    if (!noun) continue;
    // (An industry is a body only in the construct with its field, «صناعة الكهرباء»: «للصناعة» is a portfolio.)
    if (noun.en === 'Industry' && (f.form.startsWith('ال') || !noPunct(words, j + 1) || !portfolios.match(norms[j + 1]!, norms, j + 1))) continue;
    // A place named with the noun is the place: «قطاع غزة» (the Gaza Strip), not a sector («جمهورية الشيشان» is a republic).
    const place = places.match(f.form, norms, j);
    if (place && place.length > 1 && !place.value.includes(noun.en)) continue;
    const inst: Institution = { en: noun.en, head: noun.head, adjectives: [], nat: null, of: null, country: null, generic: true, noun: stripAl(f.form), indefinite: !f.form.startsWith('ال') };
    const b: GenericAt = { words, norms, inst, nounEn: noun.en, form: f.form, definite: f.form.startsWith('ال'), depth };
    let end = j + 1;
    for (const naming of GENERIC_NAMINGS) {
      const next = naming(b, j + 1);
      if (next !== null) { end = next; break; }
    }
    return { inst, end };
  }
  return null;
}

/** A generic institution noun being read: its words, the Institution filled in, the noun's English and spelling. */
interface GenericAt { words: Word[]; norms: string[]; inst: Institution; nounEn: string; form: string; definite: boolean; depth: number }

/**
 * A way of naming a generic body by the words right after its noun (at k): where the name ends, inst filled in; or
 * null where the words do not name it so. The first of GENERIC_NAMINGS that reads the words names the body.
 */
type GenericNaming = (b: GenericAt, k: number) => number | null;

/**
 * «رئيس مجلس إدارتها», «عضو مجلس إدارته»: the board of directors of a company or a body named before, not a council
 * of a department.
 */
const boardOfDirectors: GenericNaming = ({ words, norms, inst, nounEn, definite }, k) => {
  if (!(nounEn === 'Council' && !definite && noPunct(words, k) && /^ادارت(ه|ها|هم)$/.test(norms[k]!))) return null;
  inst.en = 'Board of Directors';
  inst.generic = false;
  inst.possessed = true;
  return k + 1;
};

/** «الحركة الشعبية لتحرير السودان», «جبهة تحرير أورومو»: a movement for the liberation of a country or a people. */
const liberationMovement: GenericNaming = ({ words, norms, inst, nounEn }, k) => {
  const freed = LIBERATION_NOUNS.has(nounEn) ? liberationName(words, norms, k, nounEn) : null;
  if (!freed) return null;
  inst.en = freed.en;
  inst.generic = false;
  return freed.end;
};

/**
 * «جيش الاحتلال», «حكومة الاحتلال», «شرطة الاحتلال»: the occupation's army, government or police is Israel's, as the
 * Palestinian and much of the Arab press names them (a nationality after it says so again).
 */
const occupation: GenericNaming = ({ words, norms, inst, definite }, k) => {
  if (!(!definite && noPunct(words, k) && norms[k] === OCCUPATION)) return null;
  inst.nat = ISRAELI;
  inst.country = 'IL';
  k++;
  if (noPunct(words, k) && matchNationality(norms, k)?.country === 'IL') k++;
  return k;
};

/**
 * "حزب الأمة القومي": the National Umma Party, a body with a name of its own.
 * («تحالف "سائرون"», «تحالف الفتح»: a named alliance of parties is an Alliance; a coalition is a ائتلاف.)
 */
const partyName: GenericNaming = ({ words, norms, inst, nounEn, form, definite }, k) => {
  const party = PARTY_NOUNS.has(nounEn) && !definite ? (nounEn === 'Bloc' ? knownPartyName(words, norms, k) : null) ?? readPartyName(words, norms, k) ?? unknownPartyName(words, norms, k) ?? quotedPartyName(words, norms, k) ?? quotedWithNoun(words, norms, k) ?? quotedAfterNoun(words, norms, k) : parliamentaryGroup(words, norms, k, nounEn, form);
  if (!party) return null;
  const partyNoun = inst.noun === 'تحالف' ? 'Alliance' : 'group' in party ? (party.group === 'named' ? 'Group' : 'Parliamentary Group') : nounEn;
  inst.en = nounEn === 'Party' && 'ownNoun' in party && party.ownNoun ? party.en : `${party.en} ${partyNoun}`;
  inst.generic = false;
  return party.end;
};

/**
 * «مجلس الحكماء», «مجلس وزراء الداخلية العرب», «مجلس القضاء الأعلى»: a council named by its members or its field.
 * (So is «هيئة كبار العلماء», the Council of Senior Scholars.)
 */
const councilNamed: GenericNaming = ({ words, norms, inst, nounEn, definite }, k) => {
  if (!((nounEn === 'Council' || (nounEn === 'Authority' && norms[k] === 'كبار')) && !definite)) return null;
  const named = councilName(words, norms, k);
  if (!named) return null;
  inst.en = named.en;
  inst.generic = false;
  // (A council of the judiciary is headed, as a court is, by its President.)
  if (/^Judicial /.test(named.en)) inst.head = 'President';
  return named.end;
};

/**
 * «نقابة أطباء السودان», «لجنة أطباء السودان المركزية»: a body named by its members' profession (a syndicate is the Arab
 * press's word for «نقابة», a union its «اتحاد»).
 */
const professionBody: GenericNaming = ({ words, norms, inst, nounEn, definite }, k) => {
  const profession = PROFESSION_BODIES.has(nounEn) && !definite ? professionName(words, norms, k) : null;
  if (!profession) return null;
  inst.members = profession.members;
  if (profession.nat) inst.nat = profession.nat;
  if (inst.noun === 'نقابه') inst.en = 'Syndicate';
  inst.generic = false;
  return profession.end;
};

/**
 * «بعثة مراقبي الاتحاد الأفريقي»: a mission of a body's observers is its Observer Mission (the African Union Observer
 * Mission).
 */
const observerMission: GenericNaming = ({ words, norms, inst, nounEn, definite, depth }, k) => {
  const observed = nounEn === 'Mission' && !definite && noPunct(words, k) && norms[k] === 'مراقبي' && noPunct(words, k + 1) ? parseInstitution(words, norms, k + 1, /^$/, depth + 1) : null;
  if (!observed) return null;
  inst.en = 'Observer Mission';
  inst.of = observed.inst;
  inst.country = observed.inst.country;
  return observed.end;
};

/** «وزارة الخارجية والتعاون الدولي»: a ministry of its portfolios (a ministry no portfolio names stays a Ministry). */
const ministryOf: GenericNaming = ({ words, norms, inst, nounEn }, k) => {
  if (nounEn !== 'Ministry') return null;
  const p = noPunct(words, k) ? matchPortfolio(words, norms, k, /^$/) : null;
  if (!p) return k;
  const chain = [p.en];
  k = morePortfolios(words, norms, k + p.length, chain);
  inst.en = `Ministry of ${series(chain)}`;
  return k;
};

/**
 * «هيئة التنظيم والرقابة المصرفية», «مركز القيادة والسيطرة»: a body named after acts and fields joined by «و» (the
 * Banking Regulation and Supervision Authority, the Command and Control Center).
 */
const actsJoined: GenericNaming = ({ words, norms, inst, nounEn, depth }, k) => {
  const acted = actSeries(words, norms, k);
  if (!acted) return null;
  k = acted.end;
  // (A body it is a unit of, after «ل», follows the fields as English names a unit of it: «دائرة الاستعمال والتحضير
  // لأركان الجيش», the Department of Employment and Preparation of the Army Staff.)
  const owner = noPunct(words, k) && !purposePortfolios(words, norms, k) && !/^لل?شوون$/.test(norms[k]!) && words[k]!.forms.some((x) => /^ل{1,2}$/.test(x.prefix)) ? parseInstitution(words, norms, k, /^ل{1,2}$/, depth + 1) : null;
  if (owner && !owner.inst.indefinite) {
    inst.en = `${nounEn} of ${acted.en}`;
    inst.generic = false;
    inst.of = owner.inst;
    inst.country ??= owner.inst.country;
    return owner.end;
  }
  inst.of = { en: acted.en, noArticle: true, adjectives: [], nat: null, of: null, country: null };
  return k;
};

/**
 * «لجنة مراقبة الانتخابات», «هيئة تنظيم الاتصالات»: what the body does to a field (the Election Observation Committee);
 * «قسم تحليل أسواق النفط»: to what of a field (the Oil Markets Analysis Department).
 */
const actOnFieldNamed: GenericNaming = ({ words, norms, inst }, k) => {
  const acted = actOnField(words, norms, k);
  if (!acted) return null;
  inst.of = { en: acted.en, noArticle: true, adjectives: [], nat: null, of: null, country: null };
  return acted.end;
};

/** "لجنة المال والموازنة": a committee or council of a portfolio (the Finance and Budget Committee). */
const portfolioBody: GenericNaming = ({ words, norms, inst, form, definite }, k) => {
  if (!(noPunct(words, k) && (norms[k]!.startsWith('ال') || (matchPortfolio(words, norms, k, /^$/)?.length ?? 0) > 1) && matchPortfolio(words, norms, k, /^$/) && !(definite && ARMED_SERVICES.has(matchPortfolio(words, norms, k, /^$/)!.en)) && !qualifiedAffairsNoun(inst, form, norms[k]!))) return null;
  const p = matchPortfolio(words, norms, k, /^$/)!;
  const chain = [p.en];
  k += p.length;
  // («قطاع الرقابة التجارية وحماية المستهلك»: a field's own adjective before another field joined by و qualifies the
  // first field, and the series goes on: the Commercial Control and Consumer Protection Sector.)
  const adj = fieldAdjective(words, norms, k);
  if (adj && morePortfolios(words, norms, k + 1, [...chain]) > k + 1) { chain[0] = `${adj} ${chain[0]}`; k++; }
  k = morePortfolios(words, norms, k, chain);
  inst.of = { en: series(chain), noArticle: true, adjectives: [], nat: null, of: null, country: null };
  return k;
};

/** An adjective agreeing with a field at k («الرقابة التجارية»: Commercial), not a state's («المصرية»). */
function fieldAdjective(words: Word[], norms: string[], k: number): string | undefined {
  return noPunct(words, k) && /ه$/.test(norms[k]!) && !matchNationality(norms, k) ? adjectives.get(norms[k]!) : undefined;
}

/**
 * «مركز الملك سلمان للإغاثة», «جامعة الملك سعود», «مستشفى الأمير سلطان»: a body named after a person, whose name is the
 * body's, not its head's.
 */
const namedAfterPerson: GenericNaming = ({ words, norms, inst, nounEn, definite }, k) => {
  if (!(!definite && noPunct(words, k) && HONOREES[norms[k]!] && noPunct(words, k + 1) && isNameWord(norms[k + 1]!))) return null;
  let e = k + 2;
  while (noPunct(words, e) && noPunct(words, e + 1) && /^(بن|ابن)$/.test(norms[e]!) && isNameWord(norms[e + 1]!)) e += 2;
  if (noPunct(words, e) && noPunct(words, e + 1) && norms[e] === 'ال' && isNameWord(norms[e + 1]!)) e += 2;
  // («معهد الأمير الحسين بن عبدالله الثاني»: and the ruler's number, Abdullah II.)
  const regnal = noPunct(words, e) ? regnalNumber(norms[e]!) : undefined;
  const name = nameToEnglish(words.slice(k + 1, e).map((w) => w.tok.text).join(' '));
  inst.en = `${HONOREES[norms[k]!]} ${name}${regnal ? ` ${regnal}` : ''} ${nounEn}`;
  return regnal ? e + 1 : e;
};

/**
 * «هيئة كهرباء ومياه دبي», «شركة نفط البصرة»: a utility named by what it runs (an indefinite genitive) and where: in
 * English one compound, the Dubai Electricity and Water Authority.
 */
const utilityNamed: GenericNaming = ({ words, norms, inst, nounEn }, k) => {
  if (!namedByWhatItRuns(nounEn, words, norms, k)) return null;
  const p = portfolios.match('ال' + norms[k]!, norms, k)!;
  const chain = [p.value];
  k += p.length;
  while (noPunct(words, k) && /^و[^ا]/.test(norms[k]!)) {
    const more = portfolios.match('ال' + norms[k]!.slice(1), norms, k);
    if (!more) break;
    chain.push(more.value);
    k += more.length;
  }
  // («غرفة صناعة الأردن», «غرفة تجارة وصناعة دبي»: a chamber is of its trades, the Jordan Chamber of Industry.)
  inst.en = nounEn === 'Chamber' ? `Chamber of ${series(chain)}` : `${series(chain)} ${nounEn}`;
  inst.compound = true;
  inst.generic = false;
  const c = noPunct(words, k) ? matchCountryName(norms, k) : null;
  const place = c || !noPunct(words, k) ? null : parsePlace(words, norms, k);
  if (c && !conjoined(norms, k)) { inst.of = { en: '', adjectives: [], nat: null, of: null, country: c.country }; inst.country = c.country; k += c.length; }
  else if (place && !place.code && !place.head && !place.prefix) { inst.of = { en: place.en.replace(/^the /, ''), noArticle: true, adjectives: [], nat: null, of: null, country: null }; inst.country = placeCountry(place.en) ?? null; k += place.length; }
  return k;
};

/**
 * «رئيس إقليم «أرض الصومال»», «إقليم "بونتلاند"»: a province's name in quotes is its name all the same (the Somaliland
 * Region).
 */
const quotedRegionName: GenericNaming = ({ words, norms, inst, nounEn, definite }, k) => {
  const place = REGION_NOUNS.has(nounEn) && !definite && QUOTE_OPENING.test(words[k]?.punctBefore ?? '') ? quotedPlace(words, norms, k) : null;
  if (!place) return null;
  inst.of = { en: place.en.replace(/^the /, ''), noArticle: true, adjectives: [], nat: null, of: null, country: null };
  inst.country = placeCountry(place.en) ?? null;
  return k + place.length;
};

/**
 * «مدير عام شؤون شرق إفريقيا»: the affairs of a region no place list names are the region's, by its adjective (East
 * African Affairs), as they are after «لشؤون».
 */
const regionAffairs: GenericNaming = ({ words, norms, inst, nounEn, definite }, k) => {
  const region = nounEn === 'Affairs' && !definite && noPunct(words, k) && !parsePlace(words, norms, k) ? matchRegion(norms, k, false) : null;
  if (!region) return null;
  inst.en = `${region.en} Affairs`;
  inst.noArticle = true;
  inst.generic = false;
  return k + region.length;
};

/** Offices and units a body runs for one of its projects or programmes. */
const PROJECT_UNITS = new Set(['Office', 'Unit']);
const PROJECTS: Record<string, string> = { 'مشروع': 'Project', 'برنامج': 'Programme' };

/**
 * «مكتب مشروع منظمة العمل الدولية في الدوحة»: an office of a body's project, the project in the construct between the
 * office and its body, is the body's Project Office (the ILO Project Office in Doha), not an office cut short. (Not a
 * programme that is a body of its own: «مكتب برنامج الأمم المتحدة الإنمائي» is UNDP's office.)
 */
const projectOffice: GenericNaming = ({ words, norms, inst, nounEn, definite, depth }, k) => {
  const project = !definite && PROJECT_UNITS.has(nounEn) && noPunct(words, k) && noPunct(words, k + 1) ? PROJECTS[norms[k]!] : undefined;
  if (!project || matchBody(words, norms, k, /^$/)) return null;
  const sub = parseInstitution(words, norms, k + 1, /^$/, depth + 1);
  if (!sub || sub.inst.generic) return null;
  inst.en = `${project} ${nounEn}`;
  inst.generic = false;
  inst.of = sub.inst;
  inst.country ??= sub.inst.country;
  return sub.end;
};

/**
 * The genitive of a body's noun: a country («وزارة خارجية فرنسا»), another body, a place, a town by its noun, or a
 * province no gazetteer lists. Where it ends (k itself where the words are none of these).
 */
const genitiveOf: GenericNaming = (b, k) => {
  if (!noPunct(b.words, k)) return null;
  return countryGenitive(b, k) ?? bodyOrPlaceGenitive(b, k) ?? townGenitive(b, k) ?? unlistedProvince(b, k) ?? k;
};

/**
 * A country after a body's noun is whose it is. "أمريكا اللاتينية" is a region, not America; after a definite noun a
 * definite country name is its adjective («الهيئة السعودية» is the Saudi authority).
 */
function countryGenitive({ norms, inst, nounEn, definite }: GenericAt, k: number): number | null {
  const c0 = matchCountryName(norms, k);
  const longerPlace = c0 ? places.match(norms[k]!, norms, k) : null;
  const agrees = !!c0 && definite && norms[k]!.startsWith('ال') && !!matchNationality(norms, k);
  const c = (longerPlace && longerPlace.length > c0!.length) || agrees ? null : c0;
  if (!c || conjoined(norms, k)) return null;
  inst.of = { en: '', adjectives: [], nat: null, of: null, country: c.country };
  inst.country = c.country;
  if (UTILITY_NOUNS.has(nounEn) && inst.indefinite) inst.compound = true;
  return k + c.length;
}

/** Another body in the construct with a body's noun, or a known place (regions joined by و, a point of the compass). */
function bodyOrPlaceGenitive({ words, norms, inst, nounEn, definite, depth }: GenericAt, k: number): number | null {
  // (A definite noun is in no construct with an indefinite one: «في الصندوق نادية سالم» is no club's fund.)
  const sub0 = parseInstitution(words, norms, k, /^$/, depth + 1);
  const sub = sub0 && definite && sub0.inst.generic && (sub0.inst.indefinite || sub0.inst.possessed) ? null : sub0;
  if (sub) { inst.of = sub.inst; inst.country = sub.inst.country; return sub.end; }
  // (Nor does a place after ب: «للصندوق بالرباط», «المجلس بالرباط» is where the body sits, the Fund in Rabat.)
  const seat = (x: ReturnType<typeof parsePlace>) => !!x?.prefix && /ب/.test(x.prefix) && definite;
  const place0 = parsePlace(words, norms, k);
  const place = seat(place0) ? null : place0;
  if (!place || place.code) return null;
  // («إدارة آسيا وأفريقيا والشرق الأوسط»: a department of regions joined by و is of them all, the Asia, Africa and
  // Middle East Department.)
  const chain = [place.en.replace(/^the /, '')];
  let more = !definite && !place.prefix ? joinedPlaces(words, norms, k + place.length, chain) : k + place.length;
  // («ولاية كردفان الشمالية», «إقليم دارفور الغربية»: a province named with a point of the compass after a known
  // place is North Kordofan, West Darfur.)
  const point = chain.length === 1 && REGION_NOUNS.has(nounEn) && !definite && noPunct(words, more) ? COMPASS_AFTER[norms[more]!] : undefined;
  if (point) { chain[0] = `${point} ${chain[0]}`; more++; }
  inst.of = { en: series(chain), noArticle: true, adjectives: [], nat: null, of: null, country: null };
  inst.country = chain.length > 1 ? null : placeCountry(place.en) ?? null;
  return more;
}

/**
 * «قائد شرطة مدينة الموصل», «رئيس بلدية بلدة كفرنبل»: a town named with its noun after a body in the construct is where
 * the body is (the Mosul City Police).
 */
function townGenitive({ words, norms, inst, definite }: GenericAt, k: number): number | null {
  const town = definite ? null : townAt(words, norms, k);
  if (!town) return null;
  inst.of = { en: `${town.en}${TOWN_NOUNS[norms[k]!]}`, noArticle: true, adjectives: [], nat: null, of: null, country: null };
  return town.end;
}

/**
 * «حاكم إقليم كاتانغا», «والي ولاية كردفان»: a province's name no gazetteer lists, a word of no language right after the
 * province noun, is the province's (not its governor's first name); so after a point of the compass («إقليم شمال
 * كيفو»: North Kivu). (So is a town's after «بلدية»: «رئيس بلدية بيرا», the Mayor of Beira.) Null where the noun
 * takes no such name; k where it takes one but none follows.
 */
function unlistedProvince({ words, norms, inst, nounEn, definite }: GenericAt, k: number): number | null {
  if (!((REGION_NOUNS.has(nounEn) || nounEn === 'Municipality' || hazardAfter(words, norms, k + 1)) && !definite)) return null;
  // (Between a body and the hazard it watches a word is where it watches, whatever names it may also spell:
  // «مرصد غوما للبراكين».)
  const watched = hazardAfter(words, norms, k + 1) && lexicalReading(norms[k]!) === null;
  const compass = noPunct(words, k + 1) ? COMPASS[norms[k]!] : undefined;
  const at = compass ? k + 1 : k;
  // «حاكم إقليم سولاويسي الوسطى», «إقليم جاوة الغربية»: a point of the compass after the place's name is of its
  // name too, and comes first in English (Central Sulawesi, West Java).
  const after = !compass && noPunct(words, at + 1) ? COMPASS_AFTER[norms[at + 1]!] : undefined;
  // (After a point of the compass, or before one, the word is the place's, whatever names or words it may
  // also spell.)
  const framed = !!(compass || after) && !nameStops.has(norms[at]!) && !heads.has(norms[at]!) && !COMPASS[norms[at]!];
  // («وزير دولة وسعادة X»: a style of address, after «و» too, opens the next person; it names no state.)
  const styled = words[at]!.forms.some((x) => styles.match(x.form, norms, at));
  if (styled || norms[at]!.startsWith('ال') || norms[at]!.length < (compass || after ? 3 : 4) || !(framed || watched || (lexicalReading(norms[at]!) === null && !isNameWord(norms[at]!)))) return k;
  const en = placeToEnglish(words[at]!.tok.text);
  const point = compass ?? after;
  inst.of = { en: point ? `${point} ${en}` : en, noArticle: true, adjectives: [], nat: null, of: null, country: null };
  return at + (after ? 2 : 1);
}

/** The ways of naming a generic body, in the order they are tried (see GenericNaming). */
const GENERIC_NAMINGS: GenericNaming[] = [
  boardOfDirectors, liberationMovement, occupation, partyName, councilNamed, professionBody, observerMission, ministryOf,
  actsJoined, actOnFieldNamed, portfolioBody, namedAfterPerson, utilityNamed, quotedRegionName, regionAffairs, projectOffice, genitiveOf,
];

/**
 * The adjectives, nationality, ordinal and partner state that agree with a body after its name («الهيئة العامة»,
 * «الحكومة المالية», «الفرقة الرابعة», «لجنة الصداقة البرلمانية البرازيلية - اللبنانية»). Where they end.
 */
function agreeingWords(words: Word[], norms: string[], inst: Institution, k: number): number {
  while (noPunct(words, k)) {
    // («الحكومة المالية», «الجيش المالي»: a state's own body is Mali's, never a financial one.)
    const stateOwn = !inst.nat && !inst.of && STATE_OWN.has(inst.en) ? otherSenseNationality(norms[k]) : null;
    if (stateOwn) { inst.nat = stateOwn; inst.country ??= stateOwn.country; k++; continue; }
    const a = inst.noun === 'شوون' ? affairsAdjective(norms[k]!) : adjectives.get(norms[k]!);
    if (a) { inst.adjectives.push(a); k++; continue; }
    // «حكومة تصريف الأعمال»: a government that only runs current business is, in English, a Caretaker one.
    if (inst.en === 'Government' && norms[k] === 'تصريف' && noPunct(words, k + 1) && norms[k + 1] === 'الاعمال') { inst.adjectives.push('Caretaker'); k += 2; continue; }
    // «الفرقة الرابعة», «المنطقة العسكرية الثانية»: a military unit or region is numbered (the Fourth Division).
    // (So is a ministry's department, «إدارة آسيا الثانية», «الإدارة الأولى»: the Second Asia Department.)
    const numbered = inst.generic && (MILITARY_UNITS.has(inst.en) || inst.adjectives.includes('Military') || NUMBERED_OFFICES.has(inst.en));
    const teen = numbered ? teenUnitNumber(words, norms, k) : undefined;
    if (teen) { inst.adjectives.push(teen); k += 2; continue; }
    const nth = numbered ? ordinals.get(norms[k]!) ?? UNIT_ORDINALS.get(norms[k]!) : undefined;
    if (nth) { inst.adjectives.push(nth); k++; continue; }
    const nat = definiteAdjective(norms, k) ? matchNationality(norms, k) : null;
    // («الكونغرس البيروفي», «مجلس الشيوخ البرازيلي»: a body the vocabulary places in one state by default is another
    // state's body of that name when that state's adjective agrees with it; a country named by «of» still stands.)
    if (nat && !inst.nat) { inst.nat = nat; inst.country = inst.of ? inst.country ?? nat.country : nat.country; k += nat.length; continue; }
    if (nat && !inst.partner && nat.country !== inst.nat?.country) { inst.partner = nat; k += nat.length; continue; }
    // "البعثة الطبية"، "اللجنة الفنية": a feminine nisba outside the vocabulary agrees with a feminine body (a name does
    // not start with one); its English is left out.
    if (inst.generic && /ه$/.test(inst.noun ?? '') && /^ال..+يه$/.test(norms[k]!) && !isNameWord(norms[k]!) && !heads.has(stripAl(norms[k]!))) { k++; continue; }
    break;
  }
  // «لجنة الصداقة البرلمانية البرازيلية - اللبنانية»: the second state of a body of two may follow a dash.
  const dashed = inst.nat && !inst.partner && words[k] && /^\s*[-–—]\s*$/.test(words[k]!.punctBefore ?? '') && definiteAdjective(norms, k) ? matchNationality(norms, k) : null;
  if (dashed && dashed.country !== inst.nat!.country) { inst.partner = dashed; k += dashed.length; }
  return k;
}

/** What English calls a generic body by the adjectives or field it took: a Zone, a council headed by its President, the Supreme Judicial Council. */
function renameByKind(words: Word[], norms: string[], inst: Institution, k: number): number {
  // «المنطقة الحرة», «المنطقة الاقتصادية الخاصة», «المنطقة الصناعية»: an area set apart for trade or industry is a Zone in
  // English (the Free Zone, the Special Economic Zone), headed by its Head, not a region's Governor.
  if (inst.generic && inst.noun === 'منطقه' && inst.adjectives.some((a) => ZONE_ADJECTIVES.has(a))) { inst.en = 'Zone'; inst.head = 'Head'; }
  // «المجلس الدستوري»: a constitutional council, a court in all but name, is presided by its President (Algeria's,
  // Lebanon's, France's), as a constitutional court is.
  if (inst.generic && inst.en === 'Council' && inst.adjectives.includes('Constitutional')) inst.head = 'President';
  // «المجلس الأعلى للقضاء», «المجلس الأعلى للجامعات»: a council for a field no ministry has is named by it (the Supreme
  // Judicial Council).
  if (inst.generic && inst.en === 'Council' && !inst.of && noPunct(words, k)) {
    const lf = words[k]!.forms.find((x) => x.prefix === 'ل' && x.form.startsWith('ال') && councilFields.match(x.form, norms, k));
    if (lf) { const field = councilFields.match(lf.form, norms, k)!; inst.en = `${field.value} Council`; inst.generic = false; if (field.value === 'Judicial') inst.head = 'President'; k += field.length; }
  }
  return k;
}

/**
 * A genitive with ل: "للجنة العسكرية المركزية للحزب", the body this one is of. Where it ends.
 * (An international body is no one's: «مكتب الأمم المتحدة لحقوق الإنسان» is the UN's office for human rights.)
 */
function ownerAfterLam(words: Word[], norms: string[], inst: Institution, k: number, intl: boolean, depth: number): number {
  // (Nor what a body does to a field: «الشركة المصرية لإدارة وتشغيل المترو» runs the metro, it is no department's.)
  const doesToField = inst.generic && !!purposePortfolios(words, norms, k)?.before;
  // (Nor fields joined by و, the first of which the vocabulary also names as a body: «اللجنة الوطنية للتنمية والإصلاح»
  // is for development and reform, «الهيئة العامة للاستثمار والمناطق الحرة» for investment and free zones.)
  const forJoinedFields = inst.generic && (purposePortfolios(words, norms, k)?.parts ?? 0) > 1;
  if (noPunct(words, k) && !inst.of && !intl && !doesToField && !forJoinedFields && !/^لل?شوون$/.test(norms[k]!) && words[k]!.forms.some((f) => /^ل/.test(f.prefix))) {
    const sub = parseInstitution(words, norms, k, /^ل{1,2}$/, depth + 1);
    if (sub) { inst.of = sub.inst; inst.country ??= sub.inst.country; k = sub.end; }
  }
  return k;
}

/**
 * What the body is for: a portfolio («الهيئة العامة للترفيه», «الهيئة السعودية للسياحة والتراث الوطني») in English,
 * anything else ("المنتدى التونسي للحقوق الاقتصادية والاجتماعية", "المرصد السوري لحقوق الإنسان") as part of its name.
 * (What a mission of a named body does is the mission's too: «بعثة الاتحاد الأوروبي لمراقبة الانتخابات».)
 */
function bodyPurpose(words: Word[], norms: string[], inst: Institution, k: number, nounNamed: boolean): number {
  const actOfBody = !!inst.of && !inst.of.of && !!(inst.of.en || inst.of.country) && noPunct(words, k) && words[k]!.forms.some((x) => x.prefix === 'ل' && !!ACTS[x.form]);
  // (So is the hazard a body watches where it stands: «مرصد غوما للبراكين», the Goma Volcano Observatory.)
  const watchAt = !!inst.of && plainPlace(inst.of) && hazardAfter(words, norms, k);
  if (!((inst.generic || inst.compound || nounNamed) && (!inst.of || (inst.of.short && !inst.of.of) || inst.compound || actOfBody || watchAt))) return k;
  const p = purposePortfolios(words, norms, k);
  if (p) { inst.purpose = p.en; inst.purposeBefore = p.before || hazardNamedFirst(p.en); return p.end; }
  // … or a field the vocabulary names as a body of its own: «مكتب الأمم المتحدة لحقوق الإنسان».
  if (inst.of && noPunct(words, k)) {
    const field = matchBody(words, norms, k, /^ل$/);
    if (field?.def.noArticle && !field.def.intl) { inst.purpose = field.def.en; k += field.length; }
  }
  return k;
}

/** A person's office, past a style: "مكتب سمو وزير الدفاع", "الشؤون الخاصة لسمو ولي العهد". Where it ends. */
function officeOfPerson(words: Word[], norms: string[], inst: Institution, k: number, depth: number): number {
  if (!(!inst.of && noPunct(words, k) && depth < 2 && roleParser)) return k;
  let r = k;
  const lStyle = words[r]!.forms.some((f) => f.prefix === 'ل' && styles.match(f.form, norms, r));
  if (styles.match(norms[r]!, norms, r) || lStyle) r++;
  if (!noPunct(words, r)) return k;
  // (A noun in the construct takes a definite office of two words or more too: «مكتب الأمين العام».)
  // (A definite noun ends the construct: an office right after it with no ل is a second office of the holder's,
  // «نائب رئيس مجلس الدولة رئيس الدائرة الأولى», not the body's.)
  // (An indefinite noun whose genitive or adjective has already come is out of the construct: after «حكومة تصريف
  // الأعمال» a head that is a given name too, «أمين», «أمير», opens the holder's name, no office of the government.)
  const open = !!inst.indefinite && !inst.adjectives.length && !inst.nat;
  const role = roleParser(words, norms, r, open || lStyle ? /^ل?$/ : /^ل$/, open && r === k);
  if (!role) return k;
  inst.ofRole = role;
  return role.end;
}

/**
 * «ديوان رئاسة الجمهورية», «ديوان الرئاسة», «ديوان رئيس الوزراء»: a president's or a prime minister's diwan is, in
 * English, his Office; a court is a monarch's («ديوان ولي العهد», «الديوان الملكي»).
 */
function diwanAsOffice(inst: Institution): void {
  if (inst.noun !== 'ديوان' || !inst.generic) return;
  const r = inst.ofRole;
  const royal = !!r && /King|Emir|Prince|Sultan/.test(`${r.head.en} ${r.head.bare ?? ''}`);
  if (!royal && ((!!inst.of && /Presidency/.test(inst.of.en)) || (!!r && /President|Prime Minister/.test(`${r.head.en} ${r.head.bare ?? ''}`)))) inst.en = 'Office';
}

/**
 * The end of a purpose phrase after a body's name: «للحقوق الاقتصادية والاجتماعية», «لحقوق الإنسان», «للدراسات»;
 * not an office («لرئيس المجلس») or a style («لسمو …»), which name whom the body serves.
 */
/** "للسياحة والتراث الوطني": portfolios after ل/لل, joined by و. */
function purposePortfolios(words: Word[], norms: string[], k: number): { en: string; end: number; before?: boolean; parts?: number } | null {
  if (!noPunct(words, k)) return null;
  // «لمراقبة الانتخابات», «لتنظيم الاتصالات»: what is done to a field, in English after it (Election Observation).
  // (Two acts joined by و share the field: «لإدارة وتشغيل المترو», Metro Management and Operation.)
  const act = words[k]!.forms.find((x) => x.prefix === 'ل' && ACTS[x.form]);
  const acts = act ? [ACTS[act.form]!] : [];
  let at = k + 1;
  while (acts.length && noPunct(words, at) && /^و/.test(norms[at]!) && ACTS[norms[at]!.slice(1)]) acts.push(ACTS[norms[at++]!.slice(1)]!);
  if (act && noPunct(words, at) && norms[at]!.startsWith('ال')) {
    const field = portfolios.match(norms[at]!, norms, at);
    if (field) return { en: `${attributiveField(field.value)} ${series(acts)}`, end: at + field.length, before: true };
  }
  const qualified = qualifiedAct(words, norms, k) ?? reductionOf(words, norms, k) ?? unityOf(words, norms, k);
  if (qualified) return { ...qualified, before: true };
  // (… or a field named in the construct, «لكرة القدم», «لمكافحة الفساد»: the Football Association's, the Anti-Corruption
  // Commission's.)
  const f = words[k]!.forms.find((x) => x.prefix === 'ل' && (x.form.startsWith('ال') || (portfolios.match(x.form, norms, k)?.length ?? 0) > 1));
  const first = f ? portfolios.match(f.form, norms, k) : null;
  if (!first) return null;
  const parts = [first.value];
  let end = k + first.length;
  for (;;) {
    // «للدراسات الدولية», «للبحوث الاستراتيجية»: an adjective agreeing with the field qualifies it (International Studies).
    const adj = noPunct(words, end) && /ه$/.test(norms[end]!) && !matchNationality(norms, end) ? adjectives.get(norms[end]!) : undefined;
    if (adj) { parts[parts.length - 1] = `${adj} ${parts[parts.length - 1]}`; end++; continue; }
    if (!noPunct(words, end) || !norms[end]!.startsWith('وال')) break;
    const more = portfolios.match(norms[end]!.slice(1), norms, end);
    if (!more) break;
    parts.push(more.value);
    end += more.length;
  }
  // (A body is for women, where a ministry is of Women's Affairs: «المجلس القومي للمرأة», the National Council for Women.)
  return { en: series(parts.map((x) => (x === "Women's Affairs" ? 'Women' : x))), end, parts: parts.length };
}

/**
 * «للتنشيط السياحي», «للتطوير العقاري»: a definite act with the adjective of its field, the body's purpose in English
 * before its noun (the Tourism Promotion Authority; written «Authority for Tourism Promotion»).
 */
function qualifiedAct(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  const act = words[k]!.forms.find((x) => x.prefix === 'ل' && x.form.startsWith('ال') && ACTS[x.form.slice(2)]);
  // (Not a field the vocabulary names in its two words: «للرعاية الصحية» is for Healthcare, «للحماية المدنية» Civil Protection.)
  if (!act || !noPunct(words, k + 1) || matchNationality(norms, k + 1) || (portfolios.match(act.form, norms, k)?.length ?? 0) > 1) return null;
  const field = adjectives.get(norms[k + 1]!);
  return field ? { en: `${field} ${ACTS[act.form.slice(2)]}`, end: k + 2 } : null;
}

/**
 * «المجلس الأعلى لوحدة أزواد», «الجبهة الوطنية لوحدة السودان»: a body for the unity of a country or a land (the High
 * Council for the Unity of Azawad), not a unit of it.
 */
function unityOf(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  if (!words[k]!.forms.some((x) => x.prefix === 'ل' && x.form === 'وحده') || !noPunct(words, k + 1)) return null;
  const c = matchCountryName(norms, k + 1);
  const pl = c ? null : places.match(norms[k + 1]!, norms, k + 1);
  if (!c && !pl) return null;
  return { en: `the Unity of ${c ? countryNameEn(c.country) : pl!.value}`, end: k + 1 + (c ?? pl)!.length };
}

/**
 * «للحد من مخاطر الكوارث», «للحد من الفقر»: a body for reducing a field (and the things of it), in English the field
 * first, singular as a noun before a noun is (Disaster Risk Reduction, Poverty Reduction).
 */
function reductionOf(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  if (!words[k]!.forms.some((x) => x.prefix === 'ل' && x.form === 'الحد') || !noPunct(words, k + 1) || norms[k + 1] !== 'من') return null;
  const objects: string[] = [];
  let at = k + 2;
  while (objects.length < 2 && noPunct(words, at + 1) && ACT_OBJECTS[norms[at]!]) objects.push(ACT_OBJECTS[norms[at++]!]!);
  if (!noPunct(words, at) || !norms[at]!.startsWith('ال')) return null;
  const field = portfolios.match(norms[at]!, norms, at);
  if (!field) return null;
  const singular = (en: string) => attributiveField(en).replace(/(?<=[a-z])s$/, '');
  return { en: [attributiveField(field.value), ...objects.reverse().map(singular), 'Reduction'].join(' '), end: at + field.length };
}

/** Heads of a local administration (Tunisia's «المعتمد», a province's «الوالي» or «العامل»). */
const LOCAL_ADMINISTRATORS = new Set(['Delegate', 'Governor']);
const PROVINCE_NOUNS = new Set(['ولايه', 'معتمديه', 'محافظه', 'اقليم', 'عماله']);

/** Word j is «ب» + a province's noun with its name after it: «بولاية سوسة», «بإقليم الحوز». */
function seatedInProvince(words: Word[], j: number): boolean {
  return noPunct(words, j) && noPunct(words, j + 1) && words[j]!.forms.some((f) => f.prefix === 'ب' && PROVINCE_NOUNS.has(f.form));
}

/** Bodies only a state has (its government, presidency, missions, army, parliament). */
const STATE_OWN = new Set(['Government', 'Presidency', 'Embassy', 'Consulate', 'Army', 'Armed Forces', 'Armies', 'Parliament']);

/** Verbal nouns of what a body does to a field («مراقبة الانتخابات»), in English after the field. */
const ACTS: Record<string, string> = {
  'مراقبه': 'Observation', 'رقابه': 'Oversight', 'تنظيم': 'Regulation', 'دعم': 'Support', 'حمايه': 'Protection', 'تنميه': 'Development',
  'تطوير': 'Development', 'اداره': 'Management', 'تنسيق': 'Coordination', 'تشجيع': 'Promotion', 'ترويج': 'Promotion', 'رعايه': 'Welfare',
  // (What a utility or an operator does to what it runs: «لتوزيع الكهرباء», «لإدارة وتشغيل المترو», «لتكرير البترول».)
  'تشغيل': 'Operation', 'توزيع': 'Distribution', 'انتاج': 'Production', 'تكرير': 'Refining', 'تسويق': 'Marketing', 'استخراج': 'Extraction',
  // (What a regulator keeps: «وكالة سلامة الطيران», the Aviation Safety Agency; «هيئة سلامة الغذاء».)
  'سلامه': 'Safety',
  // (What a tourism or investment body does: «للتنشيط السياحي», «هيئة تنشيط السياحة».)
  'تنشيط': 'Promotion',
};

/** What a unit of a body does, beyond ACTS (read only in a body's name, «قسم تحليل البيانات», «إدارة تقييم المخاطر»). */
const UNIT_ACTS: Record<string, string> = {
  'تحليل': 'Analysis', 'تخطيط': 'Planning', 'تقييم': 'Evaluation', 'رصد': 'Monitoring', 'متابعه': 'Follow-up', 'تفتيش': 'Inspection',
  'ترخيص': 'Licensing', 'تمويل': 'Financing', 'تدريب': 'Training', 'توعيه': 'Awareness', 'وقايه': 'Prevention', 'تحصيل': 'Collection',
  'تسجيل': 'Registration', 'اصدار': 'Issuance', 'معالجه': 'Processing', 'تنفيذ': 'Implementation', 'صيانه': 'Maintenance',
  'ضمان': 'Assurance', 'مراجعه': 'Review', 'تقدير': 'Assessment', 'استشراف': 'Foresight',
};

/** What a body's act is done to, between the act and its field: «تحليل أسواق الطاقة» (Energy Markets Analysis). */
const ACT_OBJECTS: Record<string, string> = {
  'اسواق': 'Markets', 'موارد': 'Resources', 'خدمات': 'Services', 'برامج': 'Programmes', 'مشاريع': 'Projects', 'مشروعات': 'Projects',
  'بيانات': 'Data', 'سياسات': 'Policies', 'مخاطر': 'Risks', 'عمليات': 'Operations', 'جوده': 'Quality', 'اداء': 'Performance',
  'انظمه': 'Systems', 'شبكات': 'Networks', 'منشات': 'Facilities', 'مصادر': 'Sources', 'اسعار': 'Prices', 'معلومات': 'Information',
};

/**
 * An act of a body on a field, after the body's noun: the act, the things of the field it is done to (indefinite, at most
 * two), then the field or a thing (definite) — «مراقبة الانتخابات» Election Observation, «تحليل أسواق الطاقة» Energy
 * Markets Analysis, «تقييم المخاطر» Risks Evaluation. In English the field comes first.
 */
function actOnField(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  if (!noPunct(words, k) || !noPunct(words, k + 1)) return null;
  const act = ACTS[norms[k]!] ?? UNIT_ACTS[norms[k]!];
  if (!act) return null;
  const objects: string[] = [];
  let at = k + 1;
  // (The things come only with a unit's own acts: ACTS read «هيئة تنظيم الاتصالات» as they always have.)
  while (UNIT_ACTS[norms[k]!] && objects.length < 2 && noPunct(words, at + 1) && ACT_OBJECTS[norms[at]!]) objects.push(ACT_OBJECTS[norms[at++]!]!);
  const w = norms[at]!;
  if (!w.startsWith('ال')) return null;
  const field = portfolios.match(w, norms, at);
  const thing = field ? null : UNIT_ACTS[norms[k]!] ? ACT_OBJECTS[w.slice(2)] : undefined;
  if (!field && !thing) return null;
  const head = field ? attributiveField(field.value) : thing!;
  // (Watching a frontier is its Surveillance, as English says of borders and coasts: «مراقبة الحدود».)
  const watch = act === 'Observation' && !objects.length && WATCHED_FRONTIERS.test(head) ? 'Surveillance' : act;
  return { en: [head, ...objects.reverse(), watch].join(' '), end: at + (field ? field.length : 1) };
}

const WATCHED_FRONTIERS = /^(Borders?|Coasts?|Airspace|Territorial Waters)$/;

/** A field before a noun is singular where English makes it so: "Election Observation", "Export Promotion". */
const ATTRIBUTIVE: Readonly<Record<string, string>> = { Elections: 'Election', Exports: 'Export' };
function attributiveField(en: string): string {
  return ATTRIBUTIVE[en] ?? en;
}

function purposeEnd(words: Word[], norms: string[], k: number): number {
  if (!noPunct(words, k) || /^لل?شوون$/.test(norms[k]!)) return k;
  const f = words[k]!.forms.find((x) => /^ل{1,2}$/.test(x.prefix));
  if (!f || f.form.length < 3 || heads.has(stripAl(f.form)) || styles.has(f.form) || isNameWord(f.form)) return k;
  let end = k + 1;
  // «للقاء الملك سلمان»: a phrase that runs into a title is the purpose of a visit, not of a body.
  const office = (j: number) => noPunct(words, j) && (heads.has(stripAl(norms[j]!)) || !!styles.match(norms[j]!, norms, j));
  if (office(end)) return k;
  // An indefinite noun takes its genitive: «لحقوق الإنسان».
  if (f.prefix === 'ل' && !f.form.startsWith('ال')) {
    if (!noPunct(words, end) || !definiteAdjective(norms, end)) return k;
    end++;
  }
  while (noPunct(words, end) && /^(ال|وال)/.test(norms[end]!) && !matchCountryName(norms, end) && !office(end)) end++;
  return end;
}

/** «(ب)تشكيل الحكومة (الجديدة)» at k: where the charge of forming a government ends, or 0. */
function formingGovernmentEnd(words: Word[], norms: string[], k: number): number {
  if (!noPunct(words, k) || !/^ب?تشكيل$/.test(norms[k]!) || !noPunct(words, k + 1) || !/^(ال)?حكوم[هة]$/.test(norms[k + 1]!)) return 0;
  return noPunct(words, k + 2) && /^الجديد[هة]$/.test(norms[k + 2]!) ? k + 3 : k + 2;
}

/** «المقيم», «المقيمة»: resident, or residing. */
const RESIDING = /^المقيم[هة]?$/;

/**
 * Offices a body keeps resident in a country, whose «المقيم» after the body is the office's own: «ممثل الصندوق المقيم
 * في الخرطوم» (the IMF Resident Representative), «منسق الأمم المتحدة المقيم في ليبيا».
 */
const RESIDENT_POSTS = new Set(['Representative', 'Coordinator']);

/** «الاتحادي», «الفيدرالية»: federal, said of an office of a federation. */
const FEDERAL = /^ال(اتحادي|فيدرالي|فدرالي)ه?$/;

/** «الخاص», «الخاصة»: said of a body, "dedicated" to what follows it with ب. */
const DEDICATED = /^الخاص[هة]?$/;

/**
 * «منسق المركز الوطني لعمليات الطوارئ الخاص بشلل الأطفال»: after a generic body «الخاص ب…» says what the body is
 * dedicated to (the centre for polio), no Special office of its holder. Where the phrase ends (j where there is none):
 * the ب-word, not a place or «بشأن» (an envoy «الخاص بشأن سوريا» is Special), and the definite words of its construct.
 */
function dedicatedToEnd(words: Word[], norms: string[], j: number, role: Role): number {
  const body = role.complement?.kind === 'inst' && role.complement.inst.generic && !role.complement.inst.intl;
  if (!body || !noPunct(words, j) || !DEDICATED.test(norms[j]!) || !noPunct(words, j + 1)) return j;
  const w = norms[j + 1]!;
  if (!/^ب../.test(w) || w === 'بشان' || parsePlace(words, norms, j + 1) || matchCountryName(norms, j + 1)) return j;
  let end = j + 2;
  while (noPunct(words, end) && norms[end]!.startsWith('ال') && !matchNationality(norms, end) && !heads.has(stripAl(norms[end]!))) end++;
  return end;
}

function readModifiers(norms: string[], words: Word[], j: number, mods: string[], afterComplement = false, accredited = false): number {
  while (noPunct(words, j)) {
    const w = norms[j]!;
    // «الحاكم السابق لإقليم X المقيم في المنفى»: after the office's complement «المقيم في» is where its holder lives
    // (residing in exile), no Resident office, nor after the holder's nationality or time («رئيس الوزراء الليبي الأسبق
    // المقيم في لندن»); right after the head it is one («المنسق المقيم», «الممثل المقيم»), and so is an ambassador's
    // anywhere («سفير إيطاليا المقيم في بيروت»: he is resident where he is accredited).
    if ((afterComplement || mods.length > 0) && !accredited && RESIDING.test(w) && norms[j + 1] === 'في') break;
    // «الرئيس المكلف تشكيل الحكومة», «رئيس الوزراء المكلف بتشكيل الحكومة الجديدة»: charged with forming the government,
    // the designate (Prime Minister-designate), the charge said out.
    const forming = CHARGED.test(w) ? formingGovernmentEnd(words, norms, j + 1) : 0;
    if (forming) { mods.push('Designate'); j = forming; continue; }
    // "المكلف بالتعاون الإفريقي": in charge of a portfolio (a tail), not acting. (Not «المكلف بحكومة الوحدة الوطنية»:
    // a minister charged in a government is its acting one, the government a tail.)
    if (CHARGED.test(w) && !IN_GOVERNMENT.test(norms[j + 1] ?? '') && inCharge(words, norms, j + 1)) break;
    // «المكلف متابعة …», «المكلف ملف …»: charged with a task, an indefinite noun of the language after it — not acting.
    if (CHARGED.test(w) && noPunct(words, j + 1) && !norms[j + 1]!.startsWith('ال') && !/^[وفب]/.test(norms[j + 1]!) && isLexical(norms[j + 1]!) && !isNameWord(norms[j + 1]!) && !heads.has(stripAl(norms[j + 1]!))) break;
    // «الوزير لدى رئيس الحكومة المكلف العلاقات مع …»: charged with a field of the language (a definite noun, no
    // modifier, nationality or name) — the minister's charge, not the head of government's designation.
    // (Nor a rank, style or office that opens the holder's name: «وزير الخارجية المكلف السفير حسين عوض علي» is acting.)
    if (CHARGED.test(w) && noPunct(words, j + 1) && /^ال/.test(norms[j + 1]!) && !modifiers.has(norms[j + 1]!) && !ordinals.has(norms[j + 1]!) && !matchNationality(norms, j + 1) && isLexical(norms[j + 1]!) && !isNameWord(norms[j + 1]!) && !opensName(norms, j + 1)) break;
    // «نائب المفوض العام»: a modifier that opens an office of several words is that office, the deputy's complement
    // (the Deputy Commissioner-General), not a Plenipotentiary MP.
    if (!mods.length && (heads.match(stripAl(w), norms, j)?.length ?? 0) > 1) break;
    // «المنتهية ولايته»: a modifier of two words (Outgoing), the second with the holder's pronoun.
    const pair = noPunct(words, j + 1) ? modifiers.get(`${w} ${norms[j + 1]}`) : undefined;
    if (pair) { mods.push(pair); j += 2; continue; }
    // «وزير العدل الاتحادي»: a federal office is said after what the office is of (Federal Minister of Justice). (Right
    // after a head, «الرئيس الاتحادي», it is no title's modifier: the press names that office by its state.)
    if (afterComplement && FEDERAL.test(w)) { mods.push('Federal'); j++; continue; }
    const m = ordinals.get(w) ?? modifiers.get(w);
    // "المستشار الاقتصادي والتجاري": a second describing modifier joined by و.
    const joined = !m && mods.length && /^وال/.test(w) ? modifiers.get(w.slice(1)) : undefined;
    if (!m && !joined) break;
    if (joined) mods.push('and');
    mods.push((m ?? joined)!);
    j++;
  }
  return j;
}

/** A place after في/لدى/إلى (or ل): a country, a known city, or an international body. */
function parsePlace(words: Word[], norms: string[], j: number, afterIn = false): { en: string; code: string | null; length: number; head?: string; prefix?: string; civil?: boolean; short?: string; acronym?: string } | null {
  // «في عمان» is in the city, Amman; the sultanate is «سلطنة عمان» (or the office is «لدى عمان»).
  const c = afterIn && CITY_BEFORE_COUNTRY.has(norms[j]!) ? null : matchCountryName(norms, j);
  const region = c ? places.match(norms[j]!, norms, j) : null;
  if (c && !(region && region.length > c.length)) return { en: '', code: c.country, length: c.length };
  for (const f of words[j]!.forms) {
    if (CONJ.test(f.prefix)) continue;
    const p = places.match(f.form, norms, j);
    const city = p?.value === CAPITAL ? capitalNamed(words, norms, j + p.length) : null;
    if (city) return { en: city.en, code: null, length: p!.length + city.length, prefix: f.prefix };
    if (p) return { en: p.value, code: null, length: p.length, prefix: f.prefix };
    const b = bodies.match(f.form, norms, j);
    const named = b?.value.en === 'Capital' ? capitalNamed(words, norms, j + b.length) : null;
    if (named) return { en: named.en, code: null, length: b!.length + named.length, prefix: f.prefix };
    if (b && (b.value.intl || b.value.place) && !sportAfter(words, norms, j + b.length)) return { en: (b.value.noArticle ? '' : 'the ') + b.value.en, code: null, length: b.length, head: b.value.head, civil: b.value.civil, short: b.value.short, acronym: b.value.acronym };
  }
  return null;
}

const CAPITAL = 'the Capital';

/**
 * «شرطة العاصمة دكا», «محافظ العاصمة بغداد», «العاصمة الليبية طرابلس»: the capital named right after «العاصمة» (past
 * its country's adjective) is the place, a city, not the first word of a name.
 */
function capitalNamed(words: Word[], norms: string[], k: number): { en: string; length: number } | null {
  let m = k;
  const nat = noPunct(words, m) ? matchNationality(norms, m) : null;
  if (nat) m += nat.length;
  if (!noPunct(words, m)) return null;
  const city = places.match(norms[m]!, norms, m);
  if (!city || city.value === CAPITAL || (matchCountryName(norms, m) && !CITY_BEFORE_COUNTRY.has(norms[m]!))) return null;
  return { en: city.value, length: m - k + city.length };
}

/** Regions joined by و after a first one (country-less places: «وأفريقيا», «والشرق الأوسط»), pushed on `chain`; the end. */
function joinedPlaces(words: Word[], norms: string[], k: number, chain: string[]): number {
  while (noPunct(words, k) && /^و/.test(norms[k]!)) {
    const f = words[k]!.forms.find((x) => x.prefix === 'و');
    if (!f) break;
    // (A country is no region: «وأمريكا» is the US, «وأمريكا الشمالية» a region.)
    const c = matchCountryName([f.form, ...norms.slice(k + 1, k + 4)], 0);
    const p = places.match(f.form, norms, k);
    if (!p || (c && c.length >= p.length) || placeCountry(p.value)) break;
    chain.push(p.value.replace(/^the /, ''));
    k += p.length;
  }
  return k;
}

/** Styles of the people bodies are named after: «مركز الملك سلمان», «مستشفى الأمير سلطان». */
const HONOREES: Record<string, string> = { 'الملك': 'King', 'الامير': 'Prince', 'الشيخ': 'Sheikh', 'السلطان': 'Sultan', 'الامام': 'Imam' };

/** Names of a city and a country both, read as the city after «في»: عمان (Amman, not Oman). */
const CITY_BEFORE_COUNTRY = new Set(['عمان']);

const PLACE_PREP: Record<string, string> = { 'في': 'in', 'لدي': 'to', 'الي': 'to', 'بـ': 'in' };

const OPENS_QUOTE = /["«“]/;
const CLOSES_QUOTE = /["»”]/;

/**
 * After a generic body («مركز», «معهد»), its own name and what it studies: «مركز "سيتا" للدراسات في أنقرة»,
 * «معهد كارنيغي للسلام». Those words name the body, not the person whose name follows them.
 */
function ownNameEnd(words: Word[], norms: string[], j: number): number {
  let k = j;
  if (words[k] && OPENS_QUOTE.test(words[k]!.punctBefore ?? '')) {
    const stop = Math.min(words.length, k + 5);
    let end = k + 1;
    while (end < stop && !CLOSES_QUOTE.test(words[end]!.punctBefore ?? '')) end++;
    if (end >= stop && end < words.length) return j;
    k = end;
  } else if (noPunct(words, k) && noPunct(words, k + 1) && /^لل/.test(norms[k + 1] ?? '') && !/^(ال|لل)/.test(norms[k]!)) {
    k += 1; // «مركز كارنيغي للسلام»: one word of name, then what the body is for
  }
  // «للدراسات الاستراتيجية»: what the body is for, right after its name (a closing quotation mark may stand between).
  const closedAt = k;
  if (k > j || /^لل/.test(norms[k] ?? '')) {
    const joined = (m: number) => !words[m]!.punctBefore || (m === closedAt && CLOSES_QUOTE.test(words[m]!.punctBefore!));
    if (k < words.length && joined(k) && /^لل/.test(norms[k]!)) for (k++; k < words.length && k < j + 8 && noPunct(words, k) && /^(ال|وال)/.test(norms[k]!); k++);
  }
  // «… في أنقرة»
  if (k > j && noPunct(words, k) && norms[k] === 'في' && noPunct(words, k + 1)) {
    const c = matchCountryName(norms, k + 1);
    const pl = c ? null : places.match(norms[k + 1]!, norms, k + 1);
    if (c || pl) k += 1 + (c ? c.length : pl!.length);
  }
  return k;
}

/** A portfolio's English when it names affairs: «لشؤون الإعلام» is for Media Affairs (the ministry is of Information). */
const AFFAIRS_EN: Record<string, string> = { Information: 'Media' };

/** Nouns of a collective of states or peoples whose affairs are named by its adjective alone: «لشؤون الدول الأفريقية»,
 * «لشؤون الوطن العربي» (African Affairs, Arab Affairs). */
const COLLECTIVE_NOUNS = new Set(['الدول', 'البلدان', 'الوطن', 'العالم']);
/** Bodies whose affairs English names by another word: «لشؤون مجلس الوزراء» Cabinet Affairs, «لشؤون رئاسة الجمهورية»
 * Presidential Affairs. */
const BODY_AFFAIRS: Record<string, string> = { 'Council of Ministers': 'Cabinet', 'Presidency of the Republic': 'Presidential', Presidency: 'Presidential' };

/**
 * What «لشؤون» names when it is no field, region or adjective of the vocabulary: a collective of states by its
 * adjective, what an office does (ACTS: «لشؤون التوزيع», Distribution Affairs) or a body («لشؤون الشرطة», Police
 * Affairs; «لشؤون مجلس التعاون», GCC Affairs). Without it the remit was lost ("for Affairs").
 */
function affairsRemit(words: Word[], norms: string[], k: number, countryName: (code: string) => string): { en: string; end: number } | null {
  const w = norms[k]!;
  if (COLLECTIVE_NOUNS.has(w) && noPunct(words, k + 1)) {
    const a = adjectives.get(norms[k + 1]!) ?? (definiteAdjective(norms, k + 1) ? matchNationality(norms, k + 1)?.adjective_en : undefined);
    if (a) return { en: a, end: k + 2 };
  }
  // «لشؤون دول الخليج», «لشؤون دول حوض النيل»: the affairs of the states of a region are the region's (Gulf Affairs).
  const region = w === 'دول' && noPunct(words, k + 1) ? matchRegion(norms, k + 1, false) : null;
  if (region) return { en: region.en, end: k + 1 + region.length };
  const act = w.startsWith('ال') ? ACTS[w.slice(2)] : undefined;
  if (act) return { en: act, end: k + 1 };
  const body = parseInstitution(words, norms, k, /^$/, 1);
  if (!body || body.inst.nat || body.inst.adjectives.length > 1) return null;
  const en = institutionEnglish(body.inst, countryName, false);
  if (BODY_AFFAIRS[en]) return { en: BODY_AFFAIRS[en], end: body.end };
  // (A place named by its noun, «لشؤون منطقة الساحل», is no body; nor is a body of something named after it.)
  if (body.inst.of || body.inst.ofRole || REGION_NOUNS.has(body.inst.en) || /^(Region|Area|Zone|City|Capital)$/.test(body.inst.en)) return null;
  return { en: attributive(body.inst) ?? en, end: body.end };
}

/**
 * A field an office is of, in a body of civil society its tail names («منسقة الطوارئ في منظمة أطباء بلا حدود»): the
 * field is that body's, so the office is one in civil society too.
 */
function civilField(role: Role): void {
  const c = role.complement;
  if (c?.kind === 'inst' && c.inst.noArticle && !c.inst.generic && !c.inst.of) c.inst.civil = true;
}

/**
 * «ملف العراق»، «الملف السياسي»، «ملف الهجرة»: a file an official is in charge of, named by a country, by an adjective or
 * by a portfolio of the vocabularies after «ملف» (the country is the file's subject, not the holder's). Its English
 * («the Iraq File», «the Political File») and where it ends; the office is rendered as the file's head.
 */
function fileInCharge(words: Word[], norms: string[], j: number, countryName: (code: string) => string): { en: string; end: number } | null {
  if (!noPunct(words, j) || !noPunct(words, j + 1)) return null;
  if (norms[j] === 'الملف') {
    const adj = adjectives.get(norms[j + 1]!);
    return adj ? { en: `the ${adj} File`, end: j + 2 } : null;
  }
  if (norms[j] !== 'ملف') return null;
  const c = matchCountryName(norms, j + 1);
  if (c) return { en: `the ${countryName(c.country)} File`, end: j + 1 + c.length };
  const field = portfolios.match(norms[j + 1]!, norms, j + 1);
  return field ? { en: `the ${field.value} File`, end: j + 1 + field.length } : null;
}

/** A rank, a style or an office's head at `j`, which opens a name or another title, no field of a charge. */
function opensName(norms: string[], j: number): boolean {
  return heads.has(stripAl(norms[j]!)) || !!styles.match(norms[j]!, norms, j) || !!ranks.match(norms[j]!, norms, j);
}

/** «بحكومة»: in a government, after «المكلف». */
const IN_GOVERNMENT = /^بحكوم[هة]$/;

/** "المكلف"، "المكلفة" before ب: in charge of what follows. */
const CHARGED = /^(?:ال)?مكلف[ةه]?$/;

/**
 * "(المكلف) بالتعاون الإفريقي"، "بالجالية المغربية المقيمة بالخارج"، "بملف الهجرة": what an office is in charge of, after
 * ب: the word after ب and the definite words that qualify it (not a name's word, a title or a style). Its English when
 * the words are in the vocabularies, else "".
 */
function inCharge(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  if (!noPunct(words, k)) return null;
  const f = words[k]!.forms.find((x) => x.prefix === 'ب' && x.form.length > 2);
  if (!f || heads.has(stripAl(f.form)) || styles.has(f.form)) return null;
  const first = portfolios.match(f.form, norms, k);
  const parts: string[] = [];
  let chain: string[] | null = first ? [first.value] : null;
  let end = k + (first?.length ?? 1);
  const stop = (j: number) => !noPunct(words, j) || heads.has(stripAl(norms[j]!)) || !!styles.match(norms[j]!, norms, j) || matchCountryName(norms, j) !== null;
  for (let guard = 0; guard < 4 && !stop(end); guard++) {
    const w = norms[end]!;
    const nat = definiteAdjective(norms, end) ? matchNationality(norms, end) : null;
    if (nat) { parts.push(nat.adjective_en); end += nat.length; continue; }
    const adj = adjectives.get(w);
    if (adj) { parts.push(adj); end++; continue; }
    const more = /^وال/.test(w) ? portfolios.match(w.slice(1), norms, end) : null;
    if (more && chain) { chain.push(more.value); end += more.length; continue; }
    // Another definite word of the phrase, never one that may start a name ("الحسن").
    // ("المقيمة بالخارج": and a definite word after ب or ل.)
    const bare = w.replace(/^(?:ب|ل)(?=ال)|^ل(?=ل)/, '');
    if (/^ال/.test(bare) && !isNameWord(bare) && !isNameWord(bare.slice(2)) && !heads.has(stripAl(bare))) { chain = null; end++; continue; }
    break;
  }
  return { en: chain ? [...parts, series(chain)].join(' ') : '', end };
}

/** «المعين», «المعينة», «المعينين», «المعينون»: appointed, of an ambassador not yet accredited. */
const DESIGNATE = /^المعين(ه|ين|ون)?$/;

/** What every stage of readTails reads: the title's words, the role whose tails it adds, how a country is spelled. */
interface TailCtx extends Ctx { role: Role }

/**
 * A stage of readTails: where the tail it reads at word j ends (its English pushed on role.tails, the role's facts set),
 * or null where no tail of its kind starts at j. `guard` counts the tails read before.
 */
type TailStage = (t: TailCtx, j: number, guard: number) => number | null;

/**
 * What follows a title's head and complement and qualifies the office — its status («غير المقيم»), its remit («المكلف
 * بـ»، «لشؤون»), the place or body it is held in («لدى»، «في»، «بـ»), a member of parliament's seat: up to three tails,
 * each read by the first of TAIL_STAGES that reads one. Where the title ends.
 */
function readTails(words: Word[], norms: string[], j: number, role: Role, countryName: (code: string) => string): number {
  const t: TailCtx = { words, norms, role, countryName };
  // («ممثلة «يونيسيف» في السودان»: the mark that closes a body's name in the title goes on to the tail.)
  const j0 = j;
  const afterQuoted = (k: number) => k === j0 && /^["»”]$/.test(words[k]?.punctBefore ?? '') && words.slice(role.start + 1, k).some((w) => QUOTE_OPENS.test(w.punctBefore ?? ''));
  for (let guard = 0; guard < 3 && (noPunct(words, j) || afterQuoted(j)); guard++) {
    const next = readTail(t, j, guard);
    if (next === null) break;
    j = next;
  }
  return j;
}

function readTail(t: TailCtx, j: number, guard: number): number | null {
  for (const stage of TAIL_STAGES) {
    const next = stage(t, j, guard);
    if (next !== null) return next;
  }
  return null;
}

/**
 * «سفير كرواتيا غير المقيم لدى المملكة»: an ambassador accredited from abroad; so is an attaché («الملحق العسكري غير
 * المقيم»), posted to a neighbouring embassy.
 */
const nonResident: TailStage = ({ words, norms, role }, j) => {
  if (!((role.head.accredited || /Attaché$/.test(role.head.en)) && words[j]!.norm === 'غير' && noPunct(words, j + 1) && /^المقيم[هة]?$/.test(norms[j + 1]!))) return null;
  if (!role.mods.includes('Non-Resident')) role.mods.push('Non-Resident');
  return j + 2;
};

/** «سفير السلطنة المعتمد لدى فرنسا»: "accredited" before the place says no more than «لدى» does. */
const accreditedWord: TailStage = ({ words, norms, role }, j) =>
  role.head.accredited && /^المعتمد[هة]?$/.test(words[j]!.norm) && noPunct(words, j + 1) && (norms[j + 1] === 'لدي' || words[j + 1]!.forms.some((f) => f.prefix === 'ب')) ? j + 1 : null;

/** «سفير جمهورية تشيلي المعين (حديثا) لدى البلاد خورخي …»: an ambassador-designate, the name after the place. */
const designate: TailStage = ({ words, norms, role }, j) => {
  const at = role.head.accredited && DESIGNATE.test(words[j]!.norm) ? (noPunct(words, j + 1) && norms[j + 1] === 'حديثا' ? j + 2 : j + 1) : -1;
  return at > 0 && noPunct(words, at) && norms[at] === 'لدي' ? at : null;
};

/** "المكلف بالتعاون الإفريقي": in charge of a portfolio. */
const inChargeOf: TailStage = ({ words, norms, role }, j) => {
  const charge = CHARGED.test(words[j]!.norm) ? inCharge(words, norms, j + 1) : null;
  if (!charge) return null;
  if (charge.en) role.tails.push(`in charge of ${charge.en}`);
  return charge.end;
};

/** «المديرة القطرية المسؤولة عن السودان»: the country or region an office is responsible for. */
const responsibleFor: TailStage = ({ words, norms, role, countryName }, j) => {
  if (!(/^(ال)?مسوول[هة]?$/.test(words[j]!.norm) && noPunct(words, j + 1) && norms[j + 1] === 'عن' && noPunct(words, j + 2))) return null;
  const p = parsePlace(words, norms, j + 2);
  if (!p || p.head) return null;
  role.tails.push(`for ${p.code ? countryName(p.code) : p.en.replace(/^the /, '')}`);
  return j + 2 + p.length;
};

/** «نائب رئيس البنك الدولي لمنطقة الشرق الأوسط وشمال أفريقيا»: the region an office of a body covers. */
const regionCovered: TailStage = ({ words, norms, role }, j) => {
  if (!(/^ل(منطقه|مناطق|اقليم)$/.test(words[j]!.norm) && noPunct(words, j + 1))) return null;
  const p = parsePlace(words, norms, j + 1);
  if (!p || p.code || p.head) return null;
  role.tails.push(`for the ${p.en.replace(/^the /, '')} Region`);
  return j + 1 + p.length;
};

/**
 * «المدير الإقليمي لدول مجلس التعاون الخليجي», «… لدول الخليج», «الممثل لدى دول الساحل»: the group of countries an
 * office covers — the Gulf Cooperation Council's, or a region's.
 */
const statesCovered: TailStage = ({ words, norms, role }, j) => {
  const w = words[j]!;
  const statesAt = w.norm === 'لدول' ? j + 1 : w.norm === 'لدي' && noPunct(words, j + 1) && norms[j + 1] === 'دول' ? j + 2 : -1;
  if (statesAt < 0 || !noPunct(words, statesAt)) return null;
  const gcc = norms[statesAt] === 'مجلس' && noPunct(words, statesAt + 1) && norms[statesAt + 1] === 'التعاون';
  if (gcc) {
    let k = statesAt + 2;
    if (noPunct(words, k) && norms[k] === 'الخليجي') k++;
    else if (noPunct(words, k) && norms[k] === 'لدول' && noPunct(words, k + 1) && norms[k + 1] === 'الخليج') k += noPunct(words, k + 2) && norms[k + 2] === 'العربيه' ? 3 : 2;
    role.tails.push('for the GCC countries');
    return k;
  }
  const region = matchRegion(norms, statesAt, false);
  if (!region) return null;
  role.tails.push(`for the ${region.en} countries`);
  return statesAt + region.length;
};

/**
 * "الوزير المنتدب لدى وزير الشؤون الخارجية": a minister delegate to another minister.
 * (Tunisia's and Morocco's «الوزير لدى رئيس الحكومة …» too: a minister attached to the head of government.)
 */
const delegateTo: TailStage = ({ words, norms, role }, j) => {
  if (!(words[j]!.norm === 'لدي' && (role.mods.includes('Delegate') || (role.head.en === 'Minister' && !role.complement && !role.tails.length)) && roleParser && noPunct(words, j + 1))) return null;
  const inner = roleParser(words, norms, j + 1, /^$/);
  if (!inner) return null;
  if (roleRenderer) role.tails.push(`to the ${roleRenderer(inner)}`);
  return inner.end;
};

/** للشؤون الدولية / لشؤون الشرق الأوسط / في شؤون دارفور: the affairs an office is for. */
const affairsTail: TailStage = (t, j) => {
  const { words, norms, role, countryName } = t;
  const w = words[j]!;
  const inAffairs = w.norm === 'في' && noPunct(words, j + 1) && norms[j + 1] === 'شوون';
  if (!/^لل?شوون$/.test(w.norm) && !inAffairs) return null;
  const read = affairsWords(t, inAffairs ? j + 2 : j + 1);
  const parts = read.parts;
  let adjOnly = read.adjOnly;
  let k = read.end;
  if (!parts.length && !inAffairs && noPunct(words, k)) {
    const remit = affairsRemit(words, norms, k, countryName);
    if (remit) { parts.push(remit.en); adjOnly = false; k = remit.end; }
  }
  // An affairs word outside the vocabulary: شؤون always takes its genitive («لشؤون دارفور»، «في شؤون الهجرة»).
  if (!parts.length && noPunct(words, k)) for (k++; noPunct(words, k) && definiteAdjective(norms, k); k++);
  // (Adjectives stacked on الشؤون go before it in the reverse order: «للشؤون السياسية الدولية», International Political Affairs.)
  if (adjOnly && !parts.includes('and')) parts.reverse();
  // (A portfolio that names affairs already is not doubled: «لشؤون المرأة», for Women's Affairs.)
  // («للشؤون السياسية والقانونية والأمنية»: three adjectives or more are a series, Political, Legal and Security Affairs.)
  const said = adjOnly ? parts.join(' ').replace(/ and (?=.* and )/g, ', ') : parts.join(' ');
  // (Nor are relations or cooperation: «لشؤون العلاقات الدولية», for International Relations; «لشؤون التعاون الدولي».)
  let affairsEn = / (Affairs|Relations|Cooperation)$/.test(parts[parts.length - 1] ?? '') ? said : `${said} Affairs`;
  // «للشؤون الخارجية والسياسة الأمنية»: a policy joined to the affairs by its adjective (and Security Policy).
  const policy = parts.length && noPunct(words, k) && noPunct(words, k + 1) && norms[k] === 'والسياسه' ? adjectives.get(norms[k + 1]!) : undefined;
  if (policy) { affairsEn += ` and ${policy} Policy`; k += 2; }
  // («لشؤون الأمم المتحدة ومنظماتها المتخصصة في وزارة الخارجية»: a remit joined to the affairs that the grammar leaves
  // unread does not hide the ministry the office is held in, read after it.)
  if (parts.length) k = ministryAfterConjunct(words, norms, k) ?? k;
  if (parts.length || !inAffairs) role.tails.push(parts.length ? `${inAffairs ? 'on' : 'for'} ${affairsEn}` : 'for Affairs');
  return k;
};

/**
 * The words after «شؤون» at k that the vocabularies read: adjectives, regions, a field of portfolios, a country or a
 * place. Their English in order, whether they are adjectives only, and where they end.
 */
function affairsWords({ words, norms, countryName }: TailCtx, k: number): { parts: string[]; adjOnly: boolean; end: number } {
  const parts: string[] = [];
  let adjOnly = true;
  // («لشؤون منطقة الشرق الأوسط وشمال إفريقيا»: the region named with its noun is the region's affairs.)
  if (norms[k] === 'منطقه' && noPunct(words, k + 1) && matchRegion(norms, k + 1, false)) k++;
  // (The field a portfolio names, whose adjective goes before it: «لشؤون الأمن الدولي», International Security Affairs.)
  let field = -1;
  while (noPunct(words, k)) {
    const a = affairsAdjective(norms[k]!);
    if (a && field >= 0 && field === parts.length - 1) { parts.splice(field, 0, a); field++; k++; continue; }
    if (a) { parts.push(a); k++; continue; }
    // («للشؤون المتعددة الأطراف», «للشؤون الدولية المتعددة الأطراف»: an adjective of two words, Multilateral.)
    if (/^(ال)?متعدد(ه)?$/.test(norms[k]!) && noPunct(words, k + 1) && norms[k + 1] === 'الاطراف') { parts.push('Multilateral'); k += 2; continue; }
    // "للشؤون العربية والأفريقية": a second adjective joined by و.
    if (parts.length && /^وال/.test(norms[k]!)) {
      const bare = norms[k]!.slice(1);
      const more = affairsAdjective(bare) ?? (bare.endsWith('ه') ? matchNationality([bare], 0)?.adjective_en : undefined);
      if (more) { parts.push('and', more); k++; continue; }
    }
    // «لشؤون الشرق الأدنى», «لشؤون أوروبا وأوراسيا»: a region's affairs by its adjective (Near Eastern, European and Eurasian).
    // (A region alone that is also a place keeps its name: «لشؤون أوروبا», for Europe Affairs.)
    const region0 = !parts.length || (parts.length && !adjOnly && /^و/.test(norms[k]!)) ? matchRegion(norms, k, parts.length > 0) : null;
    const alone = !!region0 && !parts.length && !(noPunct(words, k + region0.length) && /^و/.test(norms[k + region0.length]!) && matchRegion(norms, k + region0.length, true));
    const region = region0 && !(alone && places.match(norms[k]!, norms, k)?.length === region0.length) ? region0 : null;
    if (region) { if (parts.length) parts.push('and'); parts.push(region.en); adjOnly = false; k += region.length; continue; }
    if (!parts.length) {
      // "لشؤون الأمن القومي", "لشؤون أفريقيا"
      const fields = affairsFields(words, norms, k);
      if (fields) {
        field = parts.length;
        parts.push(fields.en);
        adjOnly = false;
        k = fields.end;
        continue;
      }
      // (A place longer than the country it opens is the place: «لشؤون المغرب العربي», the Maghreb, not Morocco.)
      const c0 = matchCountryName(norms, k);
      const pl = places.match(norms[k]!, norms, k);
      const c = c0 && !(pl && pl.length > c0.length) ? c0 : null;
      if (c || pl) { adjOnly = false; parts.push(c ? countryName(c.country) : pl!.value.replace(/^the /, '')); k += c ? c.length : pl!.length; continue; }
    }
    // Only a feminine nisba agrees with الشؤون; a masculine one belongs to the person ("…الخارجية الإماراتي").
    const nat = norms[k]!.endsWith('ه') ? matchNationality(norms, k) : null;
    if (nat && definiteAdjective(norms, k)) { parts.push(nat.adjective_en); k += nat.length; continue; }
    break;
  }
  return { parts, adjOnly, end: k };
}

/**
 * «لشؤون النفط والغاز»، «لشؤون البترول والغاز والثروة المعدنية»: fields joined by و are one remit, a series — for Oil
 * and Gas Affairs; each may take its adjective, «والطاقة المتجددة».
 */
function affairsFields(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  const pf = portfolios.match(norms[k]!, norms, k);
  if (!pf) return null;
  const chain = [AFFAIRS_EN[pf.value] ?? pf.value];
  k += pf.length;
  for (;;) {
    const adj = chain.length > 1 && noPunct(words, k) ? adjectives.get(norms[k]!) : undefined;
    if (adj) { chain[chain.length - 1] = `${adj} ${chain[chain.length - 1]}`; k++; continue; }
    const more = noPunct(words, k) && /^وال/.test(norms[k]!) ? portfolios.match(norms[k]!.slice(1), norms, k) : null;
    if (!more) break;
    chain.push(AFFAIRS_EN[more.value] ?? more.value);
    k += more.length;
  }
  return { en: series(chain), end: k };
}

/**
 * "سفير الولايات المتحدة بتونس": ب glued to the place, and any office's place: "المندوب الجهوي للصحة بالمنستير وسوسة".
 */
const gluedPlace: TailStage = ({ words, norms, role, countryName }, j) => {
  const { head, tails } = role;
  const w = words[j]!;
  if (!((head.place || !head.person) && w.forms.some((f) => f.prefix === 'ب'))) return null;
  const bForm = w.forms.find((f) => f.prefix === 'ب')!;
  const c = matchCountryName([bForm.form, ...norms.slice(j + 1, j + 4)], 0);
  const pl = c ? null : places.match(bForm.form, norms, j);
  if (!c && !pl) return null;
  const capitalOf = !c && head.accredited ? capitals.get(pl!.value) : undefined;
  if (!head.place && !c) role.tailCountry ??= placeCountry(pl!.value);
  // (And so is a minister's: «وزير الشؤون الخارجية والتعاون الدولي بجمهورية جيبوتي» is Djibouti's.)
  if (!head.place && c && (nationalBody(role) || role.complement?.kind === 'portfolio')) role.tailCountry ??= c.country;
  j += c ? c.length : pl!.length;
  const names = [c ? countryName(c.country) : pl!.value];
  const more = !capitalOf && noPunct(words, j) && /^و/.test(norms[j]!) ? places.match(norms[j]!.slice(1), norms, j) : null;
  if (more) { names.push(more.value); j += more.length; }
  // "السفير الصيني بتونس": an ambassador is accredited to the country, in its capital or not. (But one named by
  // his nationality keeps the city the article names: «السفير الإثيوبي بالقاهرة», the Ethiopian Ambassador in Cairo.)
  tails.push(capitalOf && !cityKept(role, names) ? (role.complement ? accreditedIn(countryName(capitalOf), pl!.value) : `to ${countryName(capitalOf)}`) : `${head.accredited && c ? 'to' : 'in'} ${names.join(' and ')}`);
  if (head.accredited && (c || capitalOf)) role.accreditedTo ??= c?.country ?? capitalOf;
  return j;
};

/** The body, or one it belongs to («مكتب مشروع منظمة العمل الدولية»), is international: its offices are of no state. */
function ofInternationalBody(inst: Institution): boolean {
  for (let b: Institution | null | undefined = inst, depth = 0; b && depth < 6; b = b.of, depth++) if (b.intl) return true;
  return false;
}

/** "النائب عن البصرة", "عضو مجلس النواب عن دائرة إدفو": the place a member of parliament is elected for. */
const electedFor: TailStage = ({ words, norms, role, countryName }, j) => {
  const { head, tails } = role;
  if (!(words[j]!.norm === 'عن' && (head.bare === 'MP' || (role.complement?.kind === 'inst' && /House|Parliament|Assembly|Council/.test(role.complement.inst.en))) && noPunct(words, j + 1))) return null;
  let k = j + 1;
  const unit = institutionNouns.get(stripAl(norms[k]!)) ?? (/^دائر[ةه]$/.test(stripAl(norms[k]!)) ? { en: 'Constituency', head: '' } : undefined);
  if (unit && noPunct(words, k + 1)) k++;
  const p = parsePlace(words, norms, k);
  if (p && !p.head) {
    const en = p.code ? countryName(p.code) : p.en.replace(/^the /, '');
    tails.push(`for ${en}`);
    return k + p.length;
  }
  // «عضو مجلس النواب عن دائرة نصر النوبة،»: a constituency no gazetteer lists, named up to the comma, the و or the
  // province that closes it (one to three words); without such an end the words may be the member's name.
  const seat = /^دايره$/.test(norms[j + 1]!) && k > j + 1 ? constituencyName(words, norms, k) : null;
  if (seat) { tails.push(`for ${seat.en}`); return seat.end; }
  // «النائب عن المحافظة»، «النائبة عن المدينة»: the province the article has named before; the officials' classifier
  // puts its name in (PROVINCE_PLACEHOLDER), or drops the tail where the article names none.
  if (head.bare === 'MP' && /^المحافظه$/.test(norms[j + 1]!)) { tails.push(`for ${PROVINCE_PLACEHOLDER}`); return j + 2; }
  // «النائب عن كتلة الفتح»، «النائب عن الحزب الديمقراطي الكردستاني»: the bloc or party a member sits for, when the
  // vocabularies name it (a bare noun, «عن الكتلة», names none).
  if (head.bare !== 'MP') return null;
  const party = parseInstitution(words, norms, j + 1, /^$/, 1);
  if (!party || party.inst.generic || !MP_PARTY.test(party.inst.en)) return null;
  tails.push(`for ${institutionEnglish(party.inst, countryName, true)}`);
  return party.end;
};

/** "وزير المالية في الإقليم": the body the office is in, named by its noun (the Region, the Government). */
const inRegionNoun: TailStage = ({ words, norms, role }, j) => {
  if (!(words[j]!.norm === 'في' && noPunct(words, j + 1) && norms[j + 1]!.startsWith('ال') && !words[j + 2]?.forms.some((f) => f.form.startsWith('ال') && !f.prefix))) return null;
  const noun = institutionNouns.get(stripAl(norms[j + 1]!));
  if (!noun || !REGION_NOUNS.has(noun.en)) return null;
  role.tails.push(`in the ${noun.en}`);
  return j + 2;
};

/** "سفير البرتغال لدى الدولة", «سفير كينيا لدى البلاد»: the Gulf agencies' own state (WAM's and KUNA's words). */
const toTheState: TailStage = ({ words, norms, role }, j) => {
  if (!(words[j]!.norm === 'لدي' && role.head.accredited && /^(الدوله|البلاد)$/.test(norms[j + 1]!) && noPunct(words, j + 1))) return null;
  role.tails.push('to the State');
  return j + 2;
};

/**
 * «سفير قبرص في بيروت», «رئيس بعثة الاتحاد الأوروبي لدى المغرب»: the place after a preposition (PLACE_PREP) that an
 * office held in a place, a local body's office or a mission is in or accredited to.
 */
const placeAfterPreposition: TailStage = ({ words, norms, role, countryName }, j) => {
  const { head, tails } = role;
  const prep = PLACE_PREP[words[j]!.norm];
  // (Any office of a generic body takes the city it is in: "مديرة مكتبه في دمشق".)
  // (So does a local service named as a body: «مدير الدفاع المدني في نينوى», «قائد الشرطة في البصرة».)
  const officeIn = !head.place && role.complement?.kind === 'inst' && localBody(role.complement.inst) && prep === 'in';
  // (A mission or delegation is in a country or accredited to it: "رئيس بعثة الاتحاد الأوروبي لدى المغرب".)
  const mission = !head.place && role.complement?.kind === 'inst' && MISSION_NOUNS.has(role.complement.inst.en.replace(/^.* /, '')) && (prep === 'in' || prep === 'to');
  // («منسق الحكومة لدى «يونيفيل»»: an international body in quotation marks, its whole name inside them, is the place too.)
  const quoted = !!words[j + 1] && QUOTE_OPENS.test(words[j + 1]!.punctBefore ?? '');
  if (!(prep && (head.place || officeIn || mission) && words[j + 1] && (!words[j + 1]!.punctBefore || quoted))) return null;
  const p = parsePlace(words, norms, j + 1, prep === 'in');
  const closed = (k: number) => !words[k] || QUOTE_CLOSES.test(words[k]!.punctBefore ?? '');
  if (!(p && (!quoted || (!p.code && !!p.en && closed(j + 1 + p.length))) && (mission || !officeIn || (!p.code && !p.head)))) return null;
  let k = j + 1 + p.length;
  // An ambassador in a capital is accredited to its country: "سفيرة قبرص في بيروت" → "to Lebanon".
  const capitalOf = !p.code && head.accredited ? capitals.get(p.en) : undefined;
  // (The city of a local office is in its country; a body's office elsewhere — «مكتبه في دمشق» — is not.)
  // (Nor is an international body's office: «رئيس مكتب منظمة العمل الدولية في الدوحة» is the ILO's, of no state.)
  if (!head.place && !p.code && !(role.complement?.kind === 'inst' && (role.complement.inst.possessed || ofInternationalBody(role.complement.inst)))) role.tailCountry ??= placeCountry(p.en);
  const cityNamed = !!capitalOf && (prep === 'in' || prep === 'to') && cityKept(role, [p.en]);
  // (After «لدى» he is accredited to the state, and the city stays after it: «السفير التركي لدى إسلام آباد», the
  // Turkish Ambassador to Pakistan, in Islamabad.)
  const keep = cityNamed && prep === 'in';
  const names = [p.code ? countryName(p.code) : capitalOf && !keep ? countryName(capitalOf) : p.en];
  // "لدى إيطاليا ومالطا"
  if (noPunct(words, k) && norms[k]!.startsWith('و')) {
    const c2 = matchCountryName(norms, k);
    if (c2) { names.push(countryName(c2.country)); k += c2.length; }
  }
  tails.push(capitalOf && !keep && names.length === 1 && (role.complement || cityNamed) ? accreditedIn(names[0]!, p.en) : `${head.accredited && (p.code || (capitalOf && !keep)) ? 'to' : prep} ${names.join(' and ')}`);
  if (p.civil) civilField(role);
  if (head.accredited && (p.code || capitalOf)) role.accreditedTo ??= p.code ?? capitalOf;
  return k;
};

/**
 * "النائب في تكتل "لبنان القوي"": a bloc or party named in quotation marks, whose English the article does not give,
 * is part of the title and left out of its English. (And a member of parliament's: "النائبة عن تحالف «سائرون»".)
 */
const quotedBloc: TailStage = ({ words, norms, role }, j) => {
  const w = words[j]!;
  if (!(!role.head.person && (w.norm === 'في' || (w.norm === 'عن' && role.head.bare === 'MP')) && noPunct(words, j + 1) && institutionNouns.has(stripAl(norms[j + 1]!)) && /["«“]$/.test(words[j + 2]?.punctBefore ?? ''))) return null;
  let k = j + 2;
  while (k < j + 7 && words[k + 1] && !/^["»”]/.test(words[k + 1]!.punctBefore ?? '')) k++;
  return k < j + 7 && words[k + 1] ? k + 1 : null;
};

/**
 * «وزير العمل في جمهورية الفلبين», «وزيرة الصحة بدولة الكويت», «وزير المالية في المملكة المغربية»: the country of a
 * minister's portfolio named after it (the Gulf agencies' way) is the minister's country, as «وزير خارجية فرنسا» is:
 * Minister of Health of Kuwait, not "at the State of Kuwait".
 */
const portfolioCountry: TailStage = ({ words, norms, role }, j) => {
  if (!(role.complement?.kind === 'portfolio' && !role.complement.country && !role.nat)) return null;
  const w = words[j]!;
  const bForm = w.norm === 'في' ? null : w.forms.find((f) => f.prefix === 'ب' && f.form.length > 2);
  const c = w.norm === 'في' ? (noPunct(words, j + 1) ? matchCountryName(norms, j + 1) : null) : bForm ? matchCountryName([bForm.form, ...norms.slice(j + 1, j + 4)], 0) : null;
  if (!c) return null;
  role.complement = { ...role.complement, country: c.country };
  return j + (w.norm === 'في' ? 1 : 0) + c.length;
};

/** بالديوان الملكي / في الديوان الملكي: "at the Royal Court"; or a ministry by its portfolio. */
const bodyHeldIn: TailStage = (t, j) => {
  const { words, norms, role, countryName } = t;
  const { head, tails } = role;
  if (!(words[j]!.norm === 'في' || words[j]!.forms.some((f) => f.prefix === 'ب'))) return null;
  const at = words[j]!.norm === 'في' ? j + 1 : j;
  if (!noPunct(words, at) && at !== j) return null;
  const inst = parseInstitution(words, norms, at, /^ب$/, 1);
  // ب + an institution of a named place is where the office is too: "رئيس النيابة الخصوصية ببلدية سوسة".
  const ofPlace = !!inst && at === j && !!inst.inst.generic && !!inst.inst.of && !inst.inst.of.generic && !inst.inst.of.of && !!(inst.inst.of.en || inst.inst.of.country);
  // … and so is ب + an institution of a nationality: "المستشار التجاري بالسفارة الصينية".
  const ofNation = !!inst && at === j && !!inst.inst.generic && !!inst.inst.nat;
  // … and a bare body the article has named, right before the holder's name: "المستشار الاقتصادي بالسفارة لي …",
  // "المدير العام … بالوزارة مختار …" (not "استقبل الوزير بالوزارة سفير …", where a title follows).
  // (Not an indefinite noun with nothing after it in the construct, which the name after it completes: «أستاذ العلاقات
  // الدولية بجامعة محمد الخامس» names the university after the king, no holder; «بمكتب الأمين العام X» is X's.)
  const openConstruct = !!inst && !!inst.inst.indefinite && !inst.inst.of && !inst.inst.ofRole;
  const namedNext = !!inst && at === j && !!inst.inst.generic && !openConstruct && noPunct(words, inst.end) && !mayStartTitle(words[inst.end]) && !styles.match(norms[inst.end]!, norms, inst.end) && isNameWord(norms[inst.end]!);
  // … and a bare body closing a description after the holder's name, «X، الخبير الاقتصادي بالصندوق،»: the
  // staff of the body the article has named (an expert describes nobody else's office).
  // (So does it after a unit's office, «X، مدير إدارة أوروبا بالوزارة،»: the unit is the ministry's.)
  const closesDescription = !!inst && at === j && (!!head.person || headsUnit(role)) && !!inst.inst.generic && !inst.inst.indefinite && !inst.inst.of && !inst.inst.ofRole && !noPunct(words, inst.end);
  // «وزير الطاقة في حكومة تصريف الأعمال»: an office held in a caretaker government is itself a Caretaker one
  // (Caretaker Minister of Energy), as the press writes it, not "at the Caretaker Government".
  if (inst && at !== j && isCaretakerGovernment(inst.inst)) {
    if (!role.mods.includes('Caretaker')) role.mods.push('Caretaker');
    if (inst.inst.nat && !role.nat) role.nat = inst.inst.nat;
    return inst.end;
  }
  if (inst && (at !== j || ofPlace || ofNation || namedNext || closesDescription || words[j]!.forms.some((f) => f.prefix === 'ب' && (bodies.match(f.form, norms, j) || institutionNouns.get(f.form)?.en === 'Ministry')) && inst.inst.en !== 'Ministry')) {
    // (A province named with its noun is a place the office is in: «في محافظة نينوى», in Nineveh.)
    tails.push(`${namedPlace(inst.inst) !== inst.inst ? 'in' : 'at'} ${institutionEnglish(inst.inst, countryName, true, false, true)}`);
    if (inst.inst.generic && inst.inst.noun && !inst.inst.of) role.tailBodies = [...(role.tailBodies ?? []), { index: tails.length - 1, inst: inst.inst }];
    role.tailInsts = [...(role.tailInsts ?? []), inst.inst];
    if (inst.inst.civil) civilField(role);
    role.tailCountry ??= inst.inst.country ?? (ofPlace && inst.inst.of!.en ? placeCountry(inst.inst.of!.en) : undefined);
    return inst.inst.generic ? ownNameEnd(words, norms, inst.end) : inst.end;
  }
  return inst ? null : ministryByPortfolio(t, j, at);
};

/**
 * A portfolio for its ministry, as the press shortens it: "مدير قسم أمريكا اللاتينية في الخارجية الروسية" (after «في»,
 * at = j + 1; or glued to ب, at = j).
 */
function ministryByPortfolio({ words, norms, role }: TailCtx, j: number, at: number): number | null {
  const bForm = at === j ? words[j]!.forms.find((f) => f.prefix === 'ب' && f.form.startsWith('ال')) : null;
  const pf = at !== j ? (norms[at]!.startsWith('ال') ? portfolios.match(norms[at]!, norms, at) : null) : bForm ? portfolios.match(bForm.form, norms, j) : null;
  if (!pf || fields.has(pf.value)) return null;
  let k = at + pf.length;
  const nat = noPunct(words, k) && definiteAdjective(norms, k) ? matchNationality(norms, k) : null;
  if (nat) k += nat.length;
  // (The ministry's nation is the holder's: «مديرة إدارة الشرق الأوسط بالخارجية البوليفية» is Bolivia's.)
  if (nat) role.tailCountry ??= nat.country;
  role.tails.push(`at the ${nat ? `${pressAdjective(nat.country, nat.adjective_en)} ` : ''}Ministry of ${pf.value}`);
  return k;
}

/**
 * «المبعوث الخاص لوزير الخارجية لمكافحة الإرهاب», «المبعوث الأمريكي الخاص للمصالحة في أفغانستان»: the brief of an
 * envoy, a portfolio after ل once whoever sent him is said, is what he is an envoy for.
 */
const envoyBriefTail: TailStage = ({ words, norms, role }, j) => {
  const brief = envoyBrief(words, norms, j, role);
  if (!brief) return null;
  role.tails.push(`for ${brief.en}`);
  return brief.end;
};

/**
 * «نائب وزير المالية للسياسات المالية X», «مساعد وزير الداخلية لقطاع الأمن العام اللواء X»: the area a minister's
 * deputy or assistant (or a minister) is for, outside the vocabulary, right before the holder's name or rank. Its
 * English where its words are known (for Armament), else left out; the name after it is read either way.
 */
const ministerialAreaTail: TailStage = ({ words, norms, role }, j) => {
  const area = ministerialArea(words, norms, j, role);
  if (!area) return null;
  if (area.en) role.tails.push(`for ${area.en}`);
  return area.end;
};

/**
 * «رئيس مكتب التحقيق في حوادث الطيران X», «رئيس هيئة التحقيق في الحوادث البحرية X»: the field a body works in,
 * right before its head's name, belongs to the title (its English is left to the body's name).
 * (The body's own name may come first, a definite noun after an indefinite body: «هيئة التحقيق في …».)
 */
const bodyFieldTail: TailStage = ({ words, norms, role }, j) => {
  const w = words[j]!;
  const ownName = headedBody(role)?.indefinite && /^ال/.test(w.norm) && isLexical(w.norm) && !nameWordOf(w) && !heads.has(stripAl(w.norm)) && noPunct(words, j + 1) && norms[j + 1] === 'في';
  const field = w.norm === 'في' ? bodyFieldEnd(words, norms, j + 1, role) : ownName ? bodyFieldEnd(words, norms, j + 2, role) : 0;
  return field ? field : null;
};

/**
 * «مديرة إدارة التعاون مع دول الشرق الأوسط في وزارة الخارجية الكازاخية», «رئيس مكتب تمثيل سلوفينيا لدى دولة فلسطين»:
 * words the grammar cannot read (a field, what a unit does, an acronym) between the body's name and the body or
 * place after «في/بـ/لدى» the office belongs to. The body or place is read; the words are left out of the English.
 */
const unreadWords: TailStage = ({ words, norms, role }, j, guard) => {
  const past = guard < 2 ? unreadBeforeBody(words, norms, j, role) : -1;
  return past > j ? past : null;
};

/** The stages of readTails, in the order they are tried at each word. */
const TAIL_STAGES: TailStage[] = [
  nonResident, accreditedWord, designate, inChargeOf, responsibleFor, regionCovered, statesCovered, delegateTo, affairsTail,
  gluedPlace, electedFor, inRegionNoun, toTheState, placeAfterPreposition, quotedBloc, portfolioCountry, bodyHeldIn,
  envoyBriefTail, ministerialAreaTail, bodyFieldTail, unreadWords,
];

/** Words that end the title rather than qualify it: a relative, a conjunction's clause, a verb of saying. */
const CLAUSE_WORDS = /^(الذي|التي|الذين|اللذين|اللتين|اللواتي|حيث|كما|بينما|عندما|اذ|قد|لقد|ان|انه|انها|قال|قالت|اكد|اكدت|اعلن|اعلنت|اوضح|اوضحت|صرح|صرحت|يقول|تقول|خلال|عن|على|الي|من|منذ|بعد|قبل|امام|حول)$/;

/** At most this many unread words between an office and the body after «في/بـ/لدى». */
const MOST_UNREAD = 4;

/**
 * Where the body or place an office belongs to starts after words the grammar cannot read (see readTails), or -1: one
 * to MOST_UNREAD words, none a name, a title's start or a clause's, then «في» or «بـ» with a body that names itself (a
 * ministry, a body of a nationality or of another), or «لدى/في» with a country or a known place where the office has one.
 */
function unreadBeforeBody(words: Word[], norms: string[], j: number, role: Role): number {
  const c = role.complement;
  // (An office with no body, «ممثلة فاو في إثيوبيا», only where its head is held in a place.)
  if (c ? c.kind !== 'inst' && c.kind !== 'portfolio' : !role.head.place) return -1;
  for (let k = j; k <= j + MOST_UNREAD && noPunct(words, k); k++) {
    const norm = norms[k]!;
    if (k > j && (norm === 'في' || norm === 'لدي')) {
      if (!noPunct(words, k + 1)) return -1;
      const inst = norm === 'في' && c ? parseInstitution(words, norms, k + 1, /^ب$/, 1) : null;
      if (inst && selfNamedBody(inst.inst)) return k;
      const mission = c?.kind === 'inst' && MISSION_NOUNS.has(c.inst.en.replace(/^.* /, ''));
      const p = role.head.place || mission ? parsePlace(words, norms, k + 1, norm === 'في') : null;
      return p && (p.code || !p.head) ? k : -1;
    }
    if (k > j && c && words[k]!.forms.some((f) => f.prefix === 'ب' && (bodies.match(f.form, norms, k) || institutionNouns.get(f.form)?.en === 'Ministry'))) {
      const inst = parseInstitution(words, norms, k, /^ب$/, 1);
      return inst && selfNamedBody(inst.inst) ? k : -1;
    }
    // (A name word may be the holder's name, right after the office: only a later word of the run may also be a name,
    // where it is a word of the language — «مع دول الشرق الأوسط».)
    const name = isNameWord(norm) && !matchCountryName(norms, k) && (k === j || !isLexical(norm));
    // (Nor a word of time, a verb or a kinship noun: «قال السفير أمس في الرياض».)
    const stop = nameStops.has(norm) && !grammarStops.has(norm);
    // (Nor another body's noun, the subject of the next sentence where a headline runs on: «… وزير الصحة ¶ ناقشت لجنة …».)
    const body = institutionNouns.has(stripAl(norm)) || !!bodies.match(norm, norms, k);
    if (name || stop || body || CLAUSE_WORDS.test(norm) || (/^و/.test(norm) && !isLexical(norm)) || mayStartTitle(words[k], norms[k + 1] ?? '') || styles.match(norm, norms, k) || ranks.match(norm, norms, k)) return -1;
  }
  return -1;
}

/** A body that names itself, not one the article named before by its noun: a ministry, a body of a nationality, of another body. */
function selfNamedBody(inst: Institution): boolean {
  return !inst.generic || !!inst.nat || !!inst.of || !!inst.purpose || inst.noun === 'وزاره';
}

/** The units a ministry or an agency is divided in: «إدارة», «دائرة», «قسم», «مديرية», «شعبة». */
const UNIT_NOUNS = new Set(['اداره', 'دايره', 'قسم', 'مديريه', 'شعبه']);

/** An office of a unit of a body («مدير إدارة الشؤون الأوروبية»), which the body named after it holds. */
function headsUnit(role: Role): boolean {
  const c = role.complement;
  return c?.kind === 'inst' && !!c.inst.generic && UNIT_NOUNS.has(c.inst.noun ?? '');
}

/** The body a role heads («مكتب التحقيق» of «رئيس مكتب التحقيق»), through an office it is the head of. */
function headedBody(role: Role): Institution | null {
  const c = role.complement;
  if (c?.kind === 'inst') return c.inst;
  return c?.kind === 'role' ? headedBody(c.role) : null;
}

/**
 * After «في», a noun phrase of the language (an indefinite noun and its definite genitive, or a definite noun, then
 * definite adjectives; four words at most) that ends right before a name or a rank: the field of the body the role
 * heads. The end of the phrase, or 0. Not a place, a country, a body of its own or a title.
 */
function bodyFieldEnd(words: Word[], norms: string[], k: number, role: Role): number {
  if (!headedBody(role) || !noPunct(words, k)) return 0;
  const first = norms[k]!;
  const plain = (n: number) => noPunct(words, n) && !/^([وف]|[بلك]ال|لل)/.test(norms[n]!) && isLexical(norms[n]!) && !isNameWord(norms[n]!)
    && !heads.has(stripAl(norms[n]!)) && !institutionNouns.has(stripAl(norms[n]!)) && !matchCountryName(norms, n) && !places.match(norms[n]!, norms, n);
  if (!plain(k) || first.length < 4) return 0;
  let end = k + 1;
  if (!first.startsWith('ال')) {
    if (!plain(end) || !norms[end]!.startsWith('ال')) return 0;
    end++;
  }
  while (end < k + 4 && plain(end) && norms[end]!.startsWith('ال')) end++;
  // (Two words at least: «في الجنوب» alone is where the office is, read elsewhere.)
  if (end - k < 2 || !noPunct(words, end)) return 0;
  const next = norms[end]!;
  const ranked = !!ranks.match(next, norms, end) || !!styles.match(next, norms, end);
  // (A name word, or a word of no language: «سامويل أوكيري», «أمديي أيالو».)
  const named = (isNameWord(next) || (next.length >= 4 && !next.startsWith('ال') && !/^[وفبل]/.test(next) && !lexicalReading(next))) && !heads.has(stripAl(next)) && !next.startsWith('ال');
  return ranked || named ? end : 0;
}

/** A minister's own office or a deputy's, assistant's or adviser's to a minister: its portfolio tail is an area. */
function ministerial(role: Role): boolean {
  const c = role.complement;
  if (!c) return false;
  if (c.kind === 'portfolio') return true;
  if (c.kind === 'role') return ministerial(c.role) || (c.role.complement?.kind === 'inst' && c.role.complement.inst.en === 'Ministry');
  return c.kind === 'inst' && /^Ministry\b/.test(c.inst.en) && !c.inst.of;
}

/** Heads whose holder is sent or named with a brief: an envoy (the English is "Envoy for …"), a commissioner of a
 * president's («مفوضة الرئيس الروسي لحقوق الطفل», Commissioner of the Russian President for Children's Rights). */
const SENT = new Set(['Envoy', 'Commissioner']);

/**
 * The brief of an envoy at word j, after his sender or his modifiers: «ل» + portfolios the vocabulary knows, joined by
 * و («لمكافحة الإرهاب», «للمصالحة»). Only once the role has said more than its head (a sender, a nationality or a
 * modifier), where «ل» no longer opens its complement; not a tail already read.
 */
function envoyBrief(words: Word[], norms: string[], j: number, role: Role): { en: string; end: number } | null {
  if (!SENT.has(role.head.en) || role.tails.length || (!role.complement && !role.nat && !role.mods.length)) return null;
  if (role.complement && role.complement.kind !== 'role' && role.complement.kind !== 'inst') return null;
  if (!noPunct(words, j) || /^لل?شوون$/.test(norms[j]!)) return null;
  const first = matchPortfolio(words, norms, j, /^ل{1,2}$/);
  if (!first) return null;
  const chain = [first.en];
  const end = morePortfolios(words, norms, j + first.length, chain);
  return { en: series(chain), end };
}

/** A phrase «ل + noun + adjectives» at word j after a ministerial office, ended by a name, a rank or a style. */
function ministerialArea(words: Word[], norms: string[], j: number, role: Role): { en: string; end: number } | null {
  if (!ministerial(role) || /^لل?شوون$/.test(norms[j]!)) return null;
  // (A field the vocabulary lists is read even where its word also names a holder: «للدبلوماسية الاقتصادية» is Economic
  // Diplomacy, not a diplomat.)
  const listed = purposePortfolios(words, norms, j);
  const whole = Math.max(purposeEnd(words, norms, j), listed?.end ?? 0);
  // (It ends before a rank or a style: «للتسليح الفريق أول X».)
  let end = j + 1;
  while (end < whole && !ranks.match(norms[end]!, norms, end) && !styles.match(norms[end]!, norms, end)) end++;
  if (end === j || whole === j || end - j > 4 || !noPunct(words, end)) return null;
  const next = norms[end]!;
  const ranked = !!ranks.match(next, norms, end) || !!styles.match(next, norms, end);
  if (!ranked && (!isNameWord(next) || heads.has(stripAl(next)))) return null;
  if (listed && listed.end === end) return { en: listed.en, end };
  // (A noun the vocabulary knows and adjectives it knows: «لقطاع الأمن العام» is not; «للتسليح» is a portfolio.)
  const f = words[j]!.forms.find((x) => /^ل{1,2}$/.test(x.prefix) && x.form.startsWith('ال'));
  const noun = f ? portfolios.match(f.form, norms, j) : null;
  if (noun && j + noun.length <= end) {
    const adjs: string[] = [];
    for (let k = j + noun.length; k < end; k++) {
      const a = adjectives.get(norms[k]!);
      if (!a) return { en: '', end };
      adjs.unshift(a);
    }
    return { en: [...adjs, noun.value].join(' '), end };
  }
  return { en: '', end };
}

let roleParser: ((words: Word[], norms: string[], i: number, preps: RegExp, construct?: boolean) => Role | null) | null = null;
/** «حكومة تصريف الأعمال» (with at most its state's adjective), no other body or qualifier. */
function isCaretakerGovernment(inst: Institution): boolean {
  return inst.en === 'Government' && inst.adjectives.length === 1 && inst.adjectives[0] === 'Caretaker' && !inst.of;
}

let roleRenderer: ((role: Role) => string) | null = null;
/** The English renderer of roles (lib/english/roles.ts registers it; it renders institutions that hold a role). */
export function setRoleRenderer(render: (role: Role) => string): void {
  roleRenderer = render;
}

/** The portfolios after a first one, each joined by «و» («الصحة والعمل والشؤون الاجتماعية»), added to chain: where they end. */
/**
 * "الثقافة والإعلام" beyond the listed pairs, each portfolio with the adjective that agrees with it ("التجارة الدولية
 * والصناعة"): where a minister's portfolios end from word k, the chain's English completed.
 */
function qualifiedPortfolios(words: Word[], norms: string[], k: number, chain: string[], minister = false): number {
  for (let guard = 0; guard < 4; guard++) {
    const at = k;
    k = morePortfolios(words, norms, k, chain);
    // "وزير التنمية الدولية", «وزير التكامل الاقتصادي»: Minister of International Development, of Economic
    // Integration, not an international or an economic minister.
    // (A minister's portfolio is not qualified by «المالي»: «وزير الدفاع وقدامى المحاربين المالي» is Mali's minister, the
    // state's adjective, as «وزير الدفاع التونسي» is Tunisia's; a ministry of finance is «وزارة المالية».)
    const stateAdjective = minister && noPunct(words, k) && !!otherSenseNationality(norms[k]);
    const adj = noPunct(words, k) && !matchNationality(norms, k) && !stateAdjective ? portfolioAdjective(norms, k) : undefined;
    if (adj) {
      const last = chain[chain.length - 1]!;
      const and = last.lastIndexOf(' and ');
      // «التجارة الداخلية والخارجية», «التنمية الاقتصادية والاجتماعية»: a second adjective joined by و that agrees with
      // the first qualifies the same portfolio (Internal and Foreign Trade), no portfolio of its own.
      const second = sharedAdjective(words, norms, k + 1);
      const adjs = second ? `${adj} and ${second}` : adj;
      chain[chain.length - 1] = and < 0 ? `${adjs} ${last}` : `${last.slice(0, and + 5)}${adjs} ${last.slice(and + 5)}`;
      k += second ? 2 : 1;
    }
    if (k === at) break;
  }
  return k;
}

/** «والتعليم العالي»: the word at k, joined by و, opens a listed portfolio of more than one word. */
function opensLongerPortfolio(norms: string[], k: number): boolean {
  return /^وال/.test(norms[k]!) && (portfolios.match(norms[k]!.slice(1), norms, k)?.length ?? 0) > 1;
}

function morePortfolios(words: Word[], norms: string[], k: number, chain: string[]): number {
  while (noPunct(words, k) && norms[k]!.startsWith('و')) {
    // (… after a listed portfolio that ends with its adjective too: «التنمية الاقتصادية والاجتماعية», Economic and Social
    // Development; «التجارة الخارجية والداخلية», Foreign and Internal Trade.)
    const last = chain[chain.length - 1]!;
    const second = adjectives.has(norms[k - 1] ?? '') && !heads.has(stripAl(norms[k - 2] ?? '')) && /^\S+ \S+$/.test(last) ? sharedAdjective(words, norms, k) : undefined;
    if (second) { chain[chain.length - 1] = last.replace(/^(\S+)/, `$1 and ${second}`); k++; continue; }
    const listed = portfolios.match(norms[k]!.slice(1), norms, k);
    // (A field in the construct joins the series without the article: «الطوارئ ومكافحة الأوبئة», Emergency and Epidemic Control.)
    const joined = listed && (norms[k]!.startsWith('وال') || listed.length > 1) ? listed : null;
    const more = joined ? { en: joined.value, length: joined.length } : norms[k] === 'والشوون' ? qualifiedAffairs(words, norms, k) : joinedAct(words, norms, k);
    if (!more) break;
    // (A field joined by «و» takes its own adjectives too, where they agree with it: «العلاقات الدولية والعلاقات
    // البرلمانية», «المالية والتخطيط الاقتصادي»; not the body's: «جهاز الأمن والمخابرات الوطني».)
    const field = joined && agreesWith(norms[k]!, norms[k + more.length] ?? '') ? agreeingAdjectives(words, norms, k + more.length, more.en) : { en: more.en, end: k + more.length };
    chain.push(field.en);
    k = field.end;
  }
  return k;
}

/** An adjective whose gender agrees with a noun's: feminine after «ـة» or a plural in «ـات», masculine otherwise. */
function agreesWith(noun: string, adjective: string): boolean {
  return /(ه|ات)$/.test(noun) === /ه$/.test(adjective);
}

/**
 * A field of administration at k with the adjectives that agree with it, from k on: «المراسم الملكية» (Royal Protocol);
 * English stacks them the other way round: «العلاقات العسكرية الدولية» are International Military Relations.
 */
function agreeingAdjectives(words: Word[], norms: string[], k: number, en: string): { en: string; end: number } {
  const before: string[] = [];
  while (fields.has(en) && noPunct(words, k) && definiteAdjective(norms, k) && !matchNationality(norms, k) && adjectives.get(norms[k]!)) before.push(adjectives.get(norms[k++]!)!);
  return { en: [...before.reverse(), en].join(' '), end: k };
}

/**
 * An act joined to a series of fields by «و»: named alone, with its article («التنظيم والرقابة», Regulation and
 * Supervision; «القيادة والسيطرة», Command and Control), or done to a field of its own («الهجرة ومراقبة الحدود»,
 * Migration and Border Observation).
 */
function joinedAct(words: Word[], norms: string[], k: number): { en: string; length: number } | null {
  const word = norms[k]!;
  if (!word.startsWith('و')) return null;
  const alone = definiteAct(word.slice(1));
  if (alone) return { en: alone, length: 1 };
  if (!ACTS[word.slice(1)] && !UNIT_ACTS[word.slice(1)]) return null;
  const bare = norms.slice();
  bare[k] = word.slice(1);
  const acted = actOnField(words, bare, k);
  return acted ? { en: acted.en, length: acted.end - k } : null;
}

/**
 * «التنظيم», «التنسيق», «السيطرة»: an act named alone, with its article, as a field of a body or of its unit, beside
 * another act or field («هيئة التنظيم والرقابة»). («الإدارة» alone is a body, the Administration.)
 */
function definiteAct(norm: string): string | undefined {
  if (!norm.startsWith('ال')) return undefined;
  const bare = norm.slice(2);
  if (bare === 'اداره') return undefined;
  return ACTS[bare] ?? UNIT_ACTS[bare] ?? ABSOLUTE_ACTS[bare];
}

/** Acts a unit is named after only alone, with the article (an army's «القيادة والسيطرة», its «الاستعمال والتحضير»). */
const ABSOLUTE_ACTS: Record<string, string> = {
  'قياده': 'Command', 'سيطره': 'Control', 'تحكم': 'Control', 'تحضير': 'Preparation', 'استعمال': 'Employment', 'تهديه': 'De-escalation',
  'تعاون': 'Cooperation',
};

/**
 * A series of fields after a body's noun of which one at least is an act named alone («هيئة التنظيم والرقابة المصرفية»,
 * «مكتب التعاون والتنسيق العسكري», «دائرة الاستعمال والتحضير»), with the adjective that agrees with the body or with the
 * series after it: the Banking Regulation and Supervision Authority, the Military Cooperation and Coordination Office.
 */
function actSeries(words: Word[], norms: string[], k: number): { en: string; end: number } | null {
  if (!noPunct(words, k) || !norms[k]!.startsWith('ال')) return null;
  const listed = portfolios.match(norms[k]!, norms, k);
  const act = listed ? undefined : definiteAct(norms[k]!);
  const first = listed ? { en: listed.value, length: listed.length } : act ? { en: act, length: 1 } : null;
  if (!first) return null;
  const chain = [first.en];
  const end = morePortfolios(words, norms, k + first.length, chain);
  if (chain.length < 2) return null;
  // (Only where an act named alone is in the series: a series of listed fields is read as it always has been.)
  const acts = [norms[k]!, ...norms.slice(k + first.length, end).map((w) => w.replace(/^و/, ''))];
  if (!acts.some((w) => definiteAct(w) && !portfolios.match(w, norms, 0))) return null;
  const adj = noPunct(words, end) && !matchNationality(norms, end) && !otherSenseNationality(norms[end]) ? adjectives.get(norms[end]!) : undefined;
  return { en: `${adj ? `${adj} ` : ''}${series(chain)}`, end: adj ? end + 1 : end };
}

/** Portfolios and fields joined as English joins a series: "Health and Labor", "Health, Labor and Social Affairs". */
function series(parts: readonly string[]): string {
  // (A listed pair, «الثقافة والشباب», is two of the series' items: Culture, Youth and Sports.)
  const items = parts.length < 2 ? parts : parts.flatMap((p) => p.split(' and '));
  return items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** English of an institution: adjectives before the noun (reversed Arabic order), genitives after. */
/** Bodies whose «الشعبي» English calls Popular. */
const POPULAR_NOUNS = /^(Front|Force|Forces|Mobilization|Mobilisation|Committees|Resistance)$/;

export function institutionEnglish(inst: Institution, countryName: (code: string) => string, article: boolean, keepDivision = false, complement: boolean | 'governed' = false): string {
  const s = composeInstitution(inst, countryName, article, keepDivision, complement);
  // «مجلس التنمية الرواندي», «مجلس التنمية الاقتصادية»: a council for development is a state's Development Board (the
  // Rwanda Development Board, Bahrain's Economic Development Board), not a council of members.
  return inst.noun === 'مجلس' && inst.generic ? s.replace(/\bDevelopment Council$/, 'Development Board') : s;
}

/** A genitive English names without «the» and with nothing of its own (no genitive, adjective or nationality): «إدارة الكوارث». */
function plainGenitive(of: Institution | null): of is Institution {
  return !!of && !!of.noArticle && !of.of && !of.adjectives.length && !of.nat;
}

function composeInstitution(inst: Institution, countryName: (code: string) => string, article: boolean, keepDivision: boolean, complement: boolean | 'governed'): string {
  // (A council keeps its division's noun: the Council of the Basra Governorate; and so does a province named on its own,
  // as a side of talks: the Basra Governorate.)
  const council = inst.en === 'Council';
  const withArticle = (name: string) => (article && !inst.noArticle ? `the ${name}` : name);
  if (complement && !keepDivision) inst = namedPlace(inst, complement === 'governed');
  if (inst.of && !council) inst = { ...inst, of: namedPlace(inst.of) };
  // («مفوضية الانتخابات», «هيئة الانتخابات»: elections named before a body are, in English, singular: the Election
  // Commission, the Election Authority.)
  if (plainGenitive(inst.of) && inst.of.en === 'Elections') inst = { ...inst, of: { ...inst.of, en: attributiveField(inst.of.en) } };
  if (inst.ofRole && roleRenderer) {
    const base = institutionEnglish({ ...inst, ofRole: undefined }, countryName, article);
    return `${base} of the ${roleRenderer(inst.ofRole)}`;
  }
  if (!inst.en && inst.country) return countryName(inst.country);
  // («الجبهة الشعبية», «القوة الشعبية», «الحشد الشعبي»: a front, a force or a mobilisation of the people is Popular in
  // English; a party, a movement, a council or an army stays the People's.)
  const adjs = [...inst.adjectives].reverse().map((a) => (a === "People's" && POPULAR_NOUNS.test(inst.en) ? 'Popular' : a));
  const nationEn = (nat: NationalityMatch) => pressAdjective(nat.country, nat.adjective_en);
  // (A company the press names by its own name takes no adjective of its own state: «شركة سوكار الأذربيجانية» SOCAR.)
  const ownState = !!inst.nat && !inst.partner && !!inst.brand && inst.country === inst.nat.country;
  if (inst.nat && !ownState) adjs.unshift(inst.partner ? `${nationEn(inst.nat)}-${nationEn(inst.partner)}` : nationEn(inst.nat));
  if (inst.ledBy) adjs.unshift(`${inst.ledBy === 'US' ? 'US' : countryName(inst.ledBy)}-led`);
  // (A committee or commission for elections is, in English, an Electoral Commission.)
  // (And one for elections and another field is a Commission for both: «اللجنة المستقلة للانتخابات والحدود», the
  // Independent Commission for Elections and Boundaries; «اللجنة العليا للانتخابات والاستفتاء».)
  // (So is a council for elections an Electoral Council: «المجلس الوطني للانتخابات», the National Electoral Council.)
  const electoral = inst.purpose === 'Elections' && /^(Committee|Commission|Council)$/.test(inst.en);
  const electoralAnd = !electoral && /^Elections\b/.test(inst.purpose ?? '') && /^(\w+ )?Committee$/.test(inst.en);
  // («الاتحاد المصري لكرة القدم», «الاتحاد الدولي لكرة السلة»: a union for a sport is its Football Association, its
  // Basketball Federation, as English names a game's governing body; not a "Union for Football".)
  const sport = governsSport(inst) ? sportBody(inst.purpose, inst.nat?.country ?? inst.country) : undefined;
  if (sport) {
    // (English puts Royal first: «الجامعة الملكية المغربية», the Royal Moroccan Football Federation.)
    const c = [...adjs.filter((a) => a === 'Royal'), ...adjs.filter((a) => a !== 'Royal'), sport].join(' ');
    return withArticle(c);
  }
  // («اللجنة الانتخابية»: so is an electoral committee, the Electoral Commission.)
  const electoralCommittee = inst.en === 'Committee' && adjs.includes('Electoral') && !inst.purpose;
  // (Its members' profession goes after its nationality and before its own adjectives: the Sudan Doctors' Central Committee.)
  if (inst.members) adjs.splice(inst.nat ? 1 : 0, 0, `${inst.members.place ? `${countryName(inst.members.place).replace(/^the /, '')} ` : ''}${inst.members.plural}'`);
  let s = [...adjs, electoral ? (inst.en === 'Council' ? 'Electoral Council' : 'Electoral Commission') : electoralAnd || electoralCommittee ? inst.en.replace(/Committee$/, 'Commission') : inst.en].join(' ');
  if (inst.purpose && !electoral) s += ` for ${inst.purpose}`;
  if (inst.compound && (inst.en.includes(' ') || adjs.length || inst.purpose)) {
    const where = inst.of ? (inst.of.en || (inst.of.country ? countryName(inst.of.country).replace(/^the /, '') : '')) : '';
    const c = [where, ...adjs, inst.purpose, inst.en].filter(Boolean).join(' ');
    return withArticle(c);
  }
  // «بعثة الاتحاد الأوروبي لمراقبة الانتخابات»: a body of a state or union that does something to a field is named
  // with the state's adjective before it (the EU Election Observation Mission).
  if (inst.purposeBefore && inst.purpose && inst.of && !inst.of.en && inst.of.country && !inst.of.of) {
    const adjective = adjectiveOf(inst.of.country);
    const who = inst.of.country === 'EU' ? 'EU' : adjective ? pressAdjective(inst.of.country, adjective) : inst.of.country === 'US' ? 'US' : countryName(inst.of.country);
    const c = [...adjs, who, inst.purpose, inst.en].join(' ');
    return withArticle(c);
  }
  // «مجلس الهيئة», «مجلس المفوضية», «مجلس البنك المركزي»: the council of an authority, a commission, a company, a bank or
  // a fund is its Board (Member of the Board of the Authority), not a Council named after it.
  if (inst.en === 'Council' && inst.generic && inst.of && !inst.adjectives.length && !inst.nat && !inst.purpose && BOARD_BODIES.test(inst.of.en)) {
    const b = `Board of ${institutionEnglish(inst.of, countryName, true)}`;
    return withArticle(b);
  }
  // «مكتب الرئاسة», «مكتب الرئاسة الأوكرانية»: the office of a presidency is, in English, the Presidential Office.
  const presidency = inst.of;
  if (inst.noun === 'مكتب' && inst.generic && presidency?.en === 'Presidency' && !presidency.of && !presidency.ofRole && !presidency.adjectives.length && !presidency.purpose && !inst.adjectives.length && !inst.purpose) {
    const nat = presidency.nat ?? inst.nat;
    const c = `${nat ? `${nationEn(nat)} ` : ''}Presidential Office`;
    return withArticle(c);
  }
  // «مفوض إدارة الكوارث», «رئيس إدارة الكوارث والطوارئ»: the «إدارة» of disasters, crises or risks is their management
  // (the Disaster Management Department, the Disaster and Emergency Management Department), not a Disaster Department.
  if (inst.noun === 'اداره' && inst.generic && inst.indefinite && plainGenitive(inst.of) && MANAGED.test(inst.of.en) && !inst.purpose) {
    const c = [...adjs, `${inst.of.en} Management Department`].join(' ');
    return withArticle(c);
  }
  // «غرفة التجارة والصناعة الأوزبكية», «غرفة التجارة الأمريكية»: a chamber is of its trades (the Uzbek Chamber of Commerce
  // and Industry, the US Chamber of Commerce), not a compound before it.
  if (inst.en === 'Chamber' && inst.generic && plainGenitive(inst.of) && TRADES.test(inst.of.en) && !inst.purpose) {
    const c = [...adjs, `Chamber of ${inst.of.en}`].join(' ');
    return withArticle(c);
  }
  const short = inst.of ? beforeUnit(inst.of) : null;
  // (So are the affairs a committee deals with: «لجنة الشؤون الأفريقية», the African Affairs Committee.)
  const affairs = !!inst.of && inst.of.noun === 'شوون' && !inst.of.of && !inst.of.ofRole && !inst.of.purpose && !inst.of.nat && inst.of.adjectives.length > 0;
  // (A body named with its article and a noun of its own, «جماعة الحوثي» the Houthi movement, is no adjective: the
  // Political Council of it; a one-word name is, the Taliban Delegation.)
  if (inst.of && inst.generic && inst.of.en && !inst.of.of && (!inst.of.generic || affairs) && (!!short || !/^the \S+ /.test(inst.of.en))) {
    // "the UN Human Rights Office"; a body with no short form: "the Arab League Office for Human Rights".
    const what = (short || inst.purposeBefore) && inst.purpose && !electoral ? `${inst.purpose} ${inst.en}` : inst.purpose && !electoral ? `${inst.en} for ${inst.purpose}` : inst.en;
    // (A body's short form comes before the unit's adjectives: the PLO Executive Committee, the WHO Regional Office.)
    const body = short ?? institutionEnglish(inst.of, countryName, false);
    s = (short ? [body, ...adjs, what] : [...adjs, body, what]).join(' ').trim();
  }
  else if (inst.of) s += ' of ' + institutionEnglish(inst.of, countryName, true, council);
  return article && !inst.noArticle && !s.startsWith('the ') ? 'the ' + s : s;
}

/** Games the vocabulary of fields names («لكرة القدم»: Football), whose governing bodies English calls Federations. */
const SPORTS = new Set(['Football', 'Basketball', 'Handball', 'Volleyball', 'Athletics', 'Swimming', 'Tennis', 'Equestrian']);
/** States whose football body is a Federation (the Maghreb's and Saudi Arabia's, after the French and Spanish); the
 * Mashriq's and the Gulf's are Associations (the Egyptian, Jordanian, Iraqi, Qatari Football Association). */
const FOOTBALL_FEDERATIONS = new Set(['MA', 'DZ', 'TN', 'LY', 'MR', 'SA', 'FR', 'ES', 'IT', 'PT', 'TR']);

/**
 * A union for a game is its governing body: «الاتحاد المصري لكرة القدم»; so is a «جامعة» for one in the Maghreb, where
 * the word names the federation, not a university: «الجامعة الملكية المغربية لكرة القدم», «الجامعة التونسية لكرة اليد».
 */
export function governsSport(inst: Institution): boolean {
  return (inst.noun === 'اتحاد' || inst.noun === 'جامعه') && !inst.of && !inst.ofRole && !!inst.purpose && SPORTS.has(inst.purpose);
}

/** A game's governing body: «الاتحاد المصري لكرة القدم», the Egyptian Football Association. */
function sportBody(purpose: string | undefined, country: string | null | undefined): string | undefined {
  if (!purpose || !SPORTS.has(purpose)) return undefined;
  return purpose === 'Football' && !(country && FOOTBALL_FEDERATIONS.has(country)) ? 'Football Association' : `${purpose} Federation`;
}

/** Bodies whose council is, in English, a Board. */
const BOARD_BODIES = /\b(Authority|Commission|Company|Corporation|Bank|Fund|Agency)( for .*)?$/;

/** A generic body, or a named one of no country, union or civil society: a service a city or province has its own of. */
function localBody(inst: Institution): boolean {
  return !!inst.generic || (!inst.country && !inst.short && !inst.nat && !inst.civil && !inst.of && !inst.ofRole && !inst.noArticle);
}

/** A region of the world at word k (after its «و» when `joined`): its adjective and length. */
function matchRegion(norms: string[], k: number, joined: boolean): { en: string; length: number } | null {
  const first = joined ? norms[k]!.replace(/^و/, '') : norms[k]!;
  const m = affairsRegions.match(first, [first, ...norms.slice(k + 1)], 0);
  return m ? { en: m.value, length: m.length } : null;
}

/** Nouns of a country's first-level division that English drops before its name. */
const DIVISION_NOUNS = new Set(['ولايه', 'مقاطعه', 'محافظه', 'اماره']);

/**
 * «ولاية تكساس», «مقاطعة خاركيف», «محافظة نينوى», «إمارة أبوظبي»: a state, province, governorate or emirate named with its
 * noun is, in English, its name alone (Governor of Texas, the Nineveh Police, Ruler of Abu Dhabi), not "the Texas State".
 */
function namedPlace(inst: Institution, governed = false): Institution {
  const of = inst.of;
  // (A region a governor governs is named so too: «حاكم إقليم دارفور», Governor of Darfur.)
  if (!inst.generic || !inst.indefinite || !(DIVISION_NOUNS.has(inst.noun ?? '') || (governed && inst.noun === 'اقليم')) || inst.adjectives.length || inst.purpose || inst.ofRole) return inst;
  if (!of || !of.noArticle || !of.en || of.of || of.generic || of.adjectives.length || of.nat) return inst;
  return { ...of, country: of.country ?? inst.country };
}

/**
 * A body's short form when it stands before a noun, as the press writes it: "the UN Mission", "UN Envoy" (a body
 * with a qualifier of its own keeps its full name).
 */
export function attributive(inst: Institution): string | null {
  return inst.short && plainBody(inst) ? inst.short : null;
}

/** A plain body (no qualifier of its own). */
function plainBody(inst: Institution): boolean {
  return !inst.of && !inst.ofRole && !inst.adjectives.length && !inst.nat && !inst.purpose;
}

/**
 * What names a body before a unit of its own: its short form, or the acronym the press names it by (the PLO Executive
 * Committee, the ICRC Mission, the WHO Regional Office) — an office held in the body itself keeps its full name
 * (Spokesman for the World Food Programme).
 */
function beforeUnit(inst: Institution): string | null {
  return attributive(inst) ?? (inst.acronym && plainBody(inst) ? inst.acronym : null);
}

interface Ctx { words: Word[]; norms: string[]; countryName: (code: string) => string }
roleParser = (words, norms, i, preps, construct = false) => {
  const ctx: Ctx = { words, norms, countryName: (c) => c };
  // Only a construct-state office (مكتب وزير الدفاع) or one with ل (لسمو ولي العهد); "الديوان الملكي المشرف العام" is a new role.
  // (After an indefinite noun a definite office of two words or more is its genitive: «مكتب الأمين العام»; not a bare
  // «الرئيس», which is also the courtesy title before a name: «رئيس مكتب الرئيس X».)
  // (… nor one word a punctuation mark closes: «في مكتب الممثل،» is the representative's office, no one's title before
  // a name. The words' end alone says nothing: a title may be cut from the name after it.)
  const closing = !!words[i + 1]?.punctBefore;
  const ok = words[i]!.forms.some((f) => preps.test(f.prefix) && (f.prefix === 'ل' || !f.form.startsWith('ال') || (construct && f.prefix === '' && ((heads.match(stripAl(f.form), norms, i)?.length ?? 0) > 1 || closing))) && heads.match(stripAl(f.form), norms, i));
  return ok ? parseRole(ctx, i, false, 2, false) : null;
};

/** Adjectives of states' formal names: the Islamic Republic, the Arab Republic, the People's Democratic Republic. */
const FORMAL_STATE_WORDS = new Set(['الاسلاميه', 'العربيه', 'الديمقراطيه', 'الديموقراطيه', 'الشعبيه', 'الاتحاديه', 'الفيدراليه', 'الفدراليه', 'الاشتراكيه']);

/** Where the words of a state's formal name from word j end (j itself when there are none). */
function formalStateWordsEnd(words: Word[], norms: string[], j: number): number {
  while (noPunct(words, j) && FORMAL_STATE_WORDS.has(norms[j]!)) j++;
  return j;
}

/** A natural hazard right after word k («للبراكين», «لعلم الزلازل»): the body before it is a state's watch over it. */
function hazardAfter(words: Word[], norms: string[], k: number): boolean {
  return noPunct(words, k) && hazardFields.has(purposePortfolios(words, norms, k)?.en ?? '');
}

/** A hazard itself, not its science, goes before the body's noun in English: the Volcano Observatory, but the Institute
 * for Volcanology and Seismology. */
function hazardNamedFirst(en: string): boolean {
  return hazardFields.has(en) && !/(ology|ics|Monitoring)$/.test(en);
}

/** A place's bare name as a body's genitive (Goma, Kinshasa): no body, state or office of its own. */
function plainPlace(inst: Institution): boolean {
  return !!inst.noArticle && !!inst.en && !inst.of && !inst.ofRole && !inst.adjectives.length && !inst.nat;
}

/** A sport right after word k («لكرة القدم», «لألعاب القوى»): the body before it governs the game. */
function sportAfter(words: Word[], norms: string[], k: number): boolean {
  return noPunct(words, k) && SPORTS.has(purposePortfolios(words, norms, k)?.en ?? '');
}

/** A legislator's camp after the definite title: the US parties, the opposition, no party. */
const LEGISLATOR_LEANINGS: Record<string, string> = {
  الجمهوري: 'Republican', الجمهوريه: 'Republican', الديمقراطي: 'Democratic', الديمقراطيه: 'Democratic', الديموقراطي: 'Democratic', الديموقراطيه: 'Democratic',
  المعارض: 'Opposition', المعارضه: 'Opposition', المستقل: 'Independent', المستقله: 'Independent',
};

/** «النائب», «النائبة», «السيناتور»: a member of a legislature by the definite title alone (not «نائب» before an office). */
function isLegislator(head: HeadDef, norm: string): boolean {
  return (head.bare === 'MP' || head.en === 'MP' || head.en === 'Senator') && /^[وف]?ال/.test(norm);
}

function parseRole(ctx: Ctx, i: number, conj: boolean, depth: number, genitive = false): Role | null {
  const { words, norms } = ctx;
  const h = matchHead(words, norms, i, conj, genitive);
  if (!h) return null;
  const role: Role = { head: h.def, mods: [], complement: null, nat: null, tails: [], start: i, end: i + h.length };
  let j = readModifiers(norms, words, role.end, role.mods, false, !!h.def.accredited);
  j = legislatorLeaningEnd(ctx, h, role, j);
  const afterBasm = spokesmanBasmEnd(ctx, h, role, j);
  const basm = afterBasm > j;
  j = firstBeforeGenitiveEnd(ctx, h, role, afterBasm);
  // (A head that ends in «باسم» takes its genitive as an indefinite head does.)
  let definite = h.definite && !basm;
  // «الوكيل الأقدم للوزارة», «الرئيس الحالي للاتحاد الأفريقي»: after a definite head a definite word is its adjective,
  // never its genitive; one the vocabulary does not know is left out of the English, and the body after it with «ل» is
  // still the office's (Undersecretary of the Ministry, President of the African Union) — less than the Arabic says,
  // not a bare office.
  if (definite) j = unknownDescriberEnd(ctx, j, role.head, depth);
  // "المشرف العام على مكتب…": the complement comes with على.
  if (h.def.en === 'Supervisor' && norms[j] === 'علي' && noPunct(words, j + 1)) { j++; definite = false; }
  j = roleComplementEnd(ctx, role, j, depth, definite);
  const bare = bareOfficeEnd(ctx, h, role, j, depth);
  if (bare === null) return null;
  // «مساعدة» is help as often as a woman assistant: she is one only before an office («مساعدة وزير العدل», «مساعدة
  // الأمين العام»), not before a body or a country («بمساعدة الجيش», «مساعدة الولايات المتحدة»).
  if (h.def.fem && h.def.en === 'Assistant' && role.complement?.kind !== 'role' && !('owned' in h.def)) return null;
  role.end = roleNationalityEnd(ctx, h, role, bare);
  return role;
}

/**
 * «النائب الجمهوري», «السيناتورة الديمقراطية», «النائب المعارض»: a legislator's camp right after the title is part of
 * how the press names him (Republican Senator, Opposition MP).
 */
function legislatorLeaningEnd(ctx: Ctx, h: HeadMatch, role: Role, j: number): number {
  const { words, norms } = ctx;
  const leaning = j === role.end && isLegislator(h.def, norms[role.start]!) && noPunct(words, j) ? LEGISLATOR_LEANINGS[norms[j]!] : undefined;
  if (!leaning) return j;
  role.mods.push(leaning);
  role.end = j + 1;
  return j + 1;
}

/** (The «باسم» after a spokesman's modifiers: «الناطق الإعلامي باسم الوزارة»; «باسمه» speaks for someone named before.) */
function spokesmanBasmEnd(ctx: Ctx, h: HeadMatch, role: Role, j: number): number {
  const { words, norms } = ctx;
  if (!(j > role.end && h.def.compose === 'for' && h.def.en === 'Spokesman' && spokesmanBasm(words, norms, role.end) === j)) return j;
  if (norms[j] !== 'باسم') {
    const pron = heads.match(h.def.fem ? 'متحدثه' : 'متحدث', ['', 'باسمه'], 0);
    if (pron) role.head = pron.value;
  }
  // (An official spokesman is a spokesman, as «الناطق الرسمي باسم» reads: the press says "Government Spokesman".)
  role.mods = role.mods.filter((m) => m !== 'Official');
  return j + 1;
}

/** "وكيل أول وزارة الري"، "وكيل أول الوزارة": an indefinite head takes «أول» (First) before its genitive. */
function firstBeforeGenitiveEnd(ctx: Ctx, h: HeadMatch, role: Role, j: number): number {
  const { words, norms } = ctx;
  if (!h.definite && j === role.end && noPunct(words, j) && /^اول[يى]?$/.test(norms[j]!) && noPunct(words, j + 1) && !/^[وف]/.test(norms[j + 1]!)) {
    role.mods.push('First');
    return j + 1;
  }
  return j;
}

/** The office's complement from word j (parseComplement), a body's name in quotation marks too: where it ends. */
function roleComplementEnd(ctx: Ctx, role: Role, j: number, depth: number, definite: boolean): number {
  const { words, norms } = ctx;
  // A body's name may stand in quotation marks: 'الناطق باسم "الجيش الوطني الليبي"'.
  const quoted = !!words[j] && /^["«“]$/.test(words[j]!.punctBefore ?? '');
  let closed: number | null = null;
  if (role.head.compose === 'none' || !(noPunct(words, j) || quoted) || /^لل?شوون$/.test(norms[j]!)) return j;
  const complement = parseComplement(ctx, j, role.head, depth, definite);
  if (complement && (!quoted || /^["»”]$/.test(words[complementEnd]?.punctBefore ?? ''))) { role.complement = complement; return complementEnd; }
  // «رئيس «جبهة الخلاص الوطني»»: a body whose noun opens the quotation is the complement, the rest of the quotation its
  // own name that the grammar did not read.
  if (complement && quoted && complement.kind === 'inst' && (closed = quoteClosedAfter(words, complementEnd, 3)) !== null) { role.complement = complement; return closed; }
  // «زعيمة "القوة الشعبية"», «رئيس "التجمع الوطني"»: a party's own name in quotation marks after its leader's title,
  // its noun left out (the Popular Force).
  if (quoted && LEADS_PARTY.has(role.head.en)) {
    const party = readPartyName(words, norms, j);
    if (party && /^["»”]/.test(words[party.end]?.punctBefore ?? '')) { role.complement = { kind: 'inst', inst: { en: party.en, adjectives: [], nat: null, of: null, country: null } }; return party.end; }
  }
  return j;
}

/**
 * An office with no complement read: the other ways it may still name what it holds (a file, a country answered for, a
 * caretaker government, a province with ب, a deputy's director). Where it ends, or null when it needs a complement and
 * has none.
 */
function bareOfficeEnd(ctx: Ctx, h: HeadMatch, role: Role, j: number, depth: number): number | null {
  const { words, norms } = ctx;
  // («مسؤول ملف العراق في …», «ومسؤول الملف السياسي في …»: an official named by the file he is in charge of.)
  const file = h.def.en === 'Official' && !role.complement ? fileInCharge(words, norms, j, ctx.countryName) : null;
  if (file) { role.complement = { kind: 'inst', inst: { en: file.en, adjectives: [], nat: null, of: null, country: null } }; j = file.end; }
  // (A country director may name the country she answers for instead of her body: «المديرة القطرية المسؤولة عن السودان».)
  const answersFor = h.def.en === 'Country Director' && noPunct(words, j) && /^(ال)?مسوول[هة]?$/.test(norms[j]!) && norms[j + 1] === 'عن' && noPunct(words, j + 2) && !!parsePlace(words, norms, j + 2);
  // («رئيس حكومة تصريف الأعمال»: the head of a caretaker government is its Caretaker Prime Minister.)
  const caretaker = h.def.needsComplement && h.def.en === 'Prime Minister' && !role.complement && norms[j] === 'تصريف' && noPunct(words, j + 1) && norms[j + 1] === 'الاعمال';
  if (caretaker) { role.mods.push('Caretaker'); j += 2; }
  // («المعتمد الأول بولاية سوسة»: a local administrator may name the province he sits in with ب instead of a genitive.)
  const seated = h.def.needsComplement && !role.complement && LOCAL_ADMINISTRATORS.has(h.def.en) && seatedInProvince(words, j);
  // («نائبة المدير القطري السيدة X»: the deputy of a country director is the Deputy Country Director of the body the
  // story names; a Qatari director's deputy would be named by his body.)
  const deputyOf = depth > 0 && h.definite && h.def.en === 'Country Director';
  if (h.def.needsComplement && !role.complement && !answersFor && !caretaker && !seated && !deputyOf) return null;
  return j;
}

/** After the complement: the holder's own country, modifiers, the state's nationality and tails. Where the office ends. */
function roleNationalityEnd(ctx: Ctx, h: HeadMatch, role: Role, j: number): number {
  const { words, norms } = ctx;
  // "سفير بلاده لدى الخرطوم": the holder's own country, named by a pronoun; the place after it still counts.
  if (!role.complement && noPunct(words, j) && /^(بلاد|بلد)(ه|ها|هم)$/.test(norms[j]!)) j++;
  j = dedicatedToEnd(words, norms, j, role);
  j = readModifiers(norms, words, j, role.mods, !!role.complement || !!role.nat, !!role.head.accredited || RESIDENT_POSTS.has(role.head.en));
  j = stateNationalityEnd(ctx, role, j);
  j = readModifiers(norms, words, j, role.mods, !!role.complement || !!role.nat, !!role.head.accredited || RESIDENT_POSTS.has(role.head.en));
  j = readTails(words, norms, j, role, ctx.countryName);
  if (!role.nat && noPunct(words, j) && definiteAdjective(norms, j)) {
    const nat = matchNationality(norms, j);
    if (nat) { role.nat = nat; j += nat.length; }
  }
  return otherSenseNationalityEnd(ctx, h, role, j);
}

/**
 * «رئيس الجمهورية الإسلامية الموريتانية», «رئيس الجمهورية العربية السورية»: the words of a state's formal name around
 * its nationality («الإسلامية», «العربية», «الديمقراطية الشعبية») name no other office: the Mauritanian President.
 */
function stateNationalityEnd(ctx: Ctx, role: Role, j: number): number {
  const { words, norms } = ctx;
  const formal = role.head.ofTheState && !role.complement ? formalStateWordsEnd(words, norms, j) : j;
  if (formal > j && matchNationality(norms, formal)) j = formal;
  if (noPunct(words, j) && definiteAdjective(norms, j)) {
    const nat = matchNationality(norms, j);
    if (nat) { role.nat = nat; j += nat.length; if (role.head.ofTheState && !role.complement) j = formalStateWordsEnd(words, norms, j); }
  }
  return j;
}

/**
 * «المالي» is Malian, not financial, after an office of a state before its holder's name: «الرئيس المالي X», «وزير
 * الخارجية المالي X», «السفير المالي X» (not «المدير المالي», «المستشار المالي»: a chief financial officer, an adviser);
 * so are the other adjectives left out for a second sense («السفير المجري X», «الرئيس القمري X»).
 * (The name may be of no language at all, two words or more: «الرئيس المالي أسيمي غويتا».)
 * (After a minister's portfolios it is the state's whatever follows: «وزير الدفاع المالي،», Mali's; qualifiedPortfolios
 * left it unread.)
 */
function otherSenseNationalityEnd(ctx: Ctx, h: HeadMatch, role: Role, j: number): number {
  const { words, norms } = ctx;
  const ministerOf = h.def.en.startsWith('Minister') && role.complement?.kind === 'portfolio' && noPunct(words, j);
  const otherSense = (noPunct(words, j) && noPunct(words, j + 1) && words[j + 1] && (isNameWord(norms[j + 1]!) || unreadGivenName(words, norms, j + 1))) || ministerOf ? otherSenseNationality(norms[j]) : null;
  if (!role.nat && otherSense) {
    const state = (h.def.bare === 'President' && !role.complement) || role.complement?.kind === 'portfolio' || h.def.en === 'Ambassador';
    if (state) { role.nat = otherSense; j += 1; }
  }
  return j;
}

/** Word k reads as nothing in the lexicon, has no article and opens a run of two words or more: a foreign given name. */
function unreadGivenName(words: Word[], norms: string[], k: number): boolean {
  return lexicalReading(norms[k]!) === null && !norms[k]!.startsWith('ال') && !!words[k + 1] && noPunct(words, k + 1);
}

/** Heads that lead a party, named after them in quotation marks. */
const LEADS_PARTY = new Set(['Leader', 'Head', 'President', 'Chairman', 'Secretary-General']);

/**
 * Adjectives of a domain, which qualify a field rather than the office holder: «الإدماج الاقتصادي» is economic
 * integration, «الطيران المدني» civil aviation. (Not those of the holder or his office: federal, interim, independent,
 * a party's, a people's or a region's.)
 */
const FIELD_ADJECTIVES = new Set([
  'Economic', 'Social', 'Political', 'Security', 'Military', 'National', 'Foreign', 'Internal', 'International', 'Regional',
  'Local', 'Central', 'Bilateral', 'Scientific', 'Technical', 'Humanitarian', 'Strategic', 'Nuclear', 'Atomic', 'Industrial',
  'Agricultural', 'Cultural', 'Health', 'Educational', 'Sports', 'Commercial', 'Financial', 'Administrative', 'Legal',
  'Religious', 'Civil', 'Judicial', 'Constitutional', 'Legislative', 'Electoral', 'Media', 'Press', 'Diplomatic',
  'Consular', 'Border', 'Railway', 'Intelligence', 'Communication', 'Naval', 'Air', 'Ground', 'Parliamentary',
  'Environmental', 'Digital', 'Food', 'Water', 'Cyber', 'Electronic', 'Technological', 'Tourism',
]);

/**
 * The adjective at k that agrees with the portfolio before it and so is the portfolio's: any the vocabulary lists after
 * a feminine one ("وزير التنمية الدولية", Minister of International Development), a domain's after a masculine one
 * («وزير التكامل الاقتصادي», Minister of Economic Integration, not an economic minister). A masculine adjective of
 * another kind («وزير العدل الاتحادي») is the minister's.
 */
function portfolioAdjective(norms: string[], k: number): string | undefined {
  const prev = norms[k - 1]!;
  const w = norms[k]!;
  if (FEDERAL.test(w)) return undefined;
  if (/ه$/.test(prev)) return /ه$/.test(w) ? adjectives.get(w) : undefined;
  // (The portfolio is definite, with its preposition or not: «للتكامل».)
  if (!/^(ال|لل|وال|بال)/.test(prev) || !/^ال.+ي$/.test(w)) return undefined;
  const en = adjectives.get(w);
  return en && FIELD_ADJECTIVES.has(en) ? en : undefined;
}

/** «والخارجية» after a feminine adjective of a portfolio: a second feminine adjective of the language, joined by و. */
function sharedAdjective(words: Word[], norms: string[], k: number): string | undefined {
  const w = norms[k];
  if (!noPunct(words, k) || !w || !/^وال.+يه$/.test(w) || !/يه$/.test(norms[k - 1]!)) return undefined;
  if (noPunct(words, k + 1) && /^ال/.test(norms[k + 1]!) && !adjectives.has(norms[k + 1]!)) return undefined;
  return adjectives.get(w.slice(1));
}

let complementEnd = 0;

/** Heads of a body, whose chair may be held in turn or shared. */
const BODY_HEADS_IN_TURN = /^(President|Head|Chairman|Chairwoman|Leader|Co-Chair)$/;

/**
 * Past a describing word at j that no vocabulary knows, after a definite head: a definite word of the language (no
 * modifier, ordinal, nationality, head, camp or name word) right before a complement with «ل» that the grammar reads.
 * Returns the complement's start, or j.
 */
function unknownDescriberEnd(ctx: Ctx, j: number, head: HeadDef, depth: number): number {
  const { words, norms } = ctx;
  // (Not after the head of a body: «الرئيس الحالي للاتحاد الأفريقي», «الرئيس الدوري للجماعة», «الرئيس المشارك للحزب» —
  // a word there says a turn or a share of the chair, held by one whose own office is another, a state's.)
  if (head.compose === 'none' || BODY_HEADS_IN_TURN.test(head.en) || !noPunct(words, j) || !noPunct(words, j + 1)) return j;
  const w = norms[j]!;
  if (!/^ال/.test(w) || modifiers.has(w) || ordinals.has(w) || LEGISLATOR_LEANINGS[w] || heads.has(stripAl(w)) || matchNationality(norms, j) || isNameWord(w) || !isLexical(w)) return j;
  if (!words[j + 1]!.forms.some((f) => /^ل{1,2}$/.test(f.prefix))) return j;
  const end = complementEnd;
  const complement = parseComplement(ctx, j + 1, head, depth, true);
  complementEnd = end;
  return complement ? j + 1 : j;
}

/**
 * What a head title governs at j: a minister's portfolio, an inner role, a state, a place, a town, a body or a field.
 * Sets complementEnd to the word after it.
 */
function parseComplement(ctx: Ctx, j: number, head: HeadDef, depth: number, definite: boolean): Complement | null {
  const isMinister = head.en.startsWith('Minister');
  const governed = (isMinister ? ministerPortfolio(ctx, j) : null) ?? roleComplement(ctx, j, depth, definite);
  if (governed) return governed;
  // A definite head ("رئيس هيئة الأركان العامة", "الأمير") takes no bare genitive: "…العامة الفريق أول" is a rank.
  if (definite && !ctx.words[j]!.forms.some((f) => /^ل/.test(f.prefix))) return null;
  return joinedFields(ctx, head, countryComplement(ctx, j, head) ?? placeComplement(ctx, j, head, isMinister) ?? townComplement(ctx, j, head, definite)
    ?? stateOfCountry(ctx, j) ?? stateMinisterPortfolio(ctx, j, head) ?? institutionComplement(ctx, j) ?? fieldComplement(ctx, j, head));
}

/** Heads of offices that answer for fields, as a minister answers for portfolios. */
const FIELD_CHAIN_HEADS = new Set(['Commissioner', 'Director', 'Director General', 'Head', 'Undersecretary', 'Secretary']);

/**
 * «مفوض الشؤون السياسية والسلام والأمن», «المدير العام للحريات العامة والشؤون القانونية»: an office that answers for
 * fields (a commissioner's, a director's, an undersecretary's) takes the fields joined to its first by «و» as one
 * remit, as a minister's portfolio does (Political Affairs, Peace and Security). Only fields the vocabularies list
 * join: a name, a title or a verb after «و» begins another person or clause and ends the series.
 */
function joinedFields(ctx: Ctx, head: HeadDef, c: Complement | null): Complement | null {
  if (c?.kind !== 'inst' || !FIELD_CHAIN_HEADS.has(head.en)) return c;
  const { inst } = c;
  const field = inst.noArticle || / Affairs$/.test(inst.en);
  if (!field || inst.of || inst.ofRole || inst.nat || inst.adjectives.length || inst.country) return c;
  const chain = [inst.en];
  const end = morePortfolios(ctx.words, ctx.norms, complementEnd, chain);
  if (chain.length < 2) return c;
  complementEnd = end;
  return { kind: 'inst', inst: { ...inst, en: series(chain) } };
}

/** A minister's portfolio at j: named, of a country in the construct, or owned by a pronoun. */
function ministerPortfolio(ctx: Ctx, j: number): Complement | null {
  return namedPortfolio(ctx, j) ?? (ctx.norms[j]!.startsWith('ال') ? null : portfolioOfCountry(ctx, j) ?? ownedPortfolio(ctx, j));
}

/** A portfolio the vocabulary names, with the ones joined to it: "وزير الدفاع", «وزير الخارجية والمغتربين». */
function namedPortfolio(ctx: Ctx, j: number): Complement | null {
  const { words, norms } = ctx;
  const p = matchPortfolio(words, norms, j, /^$/) ?? matchMinisterPortfolio(norms, j);
  if (!p) return null;
  let k = j + p.length;
  const chain = [p.en];
  // A doubled word in real text: "وزير الدفاع الدفاع" — not one that opens a longer portfolio of its own
  // («التربية والتعليم والتعليم العالي», Education and Higher Education).
  while (noPunct(words, k) && norms[k] === norms[k - 1] && !opensLongerPortfolio(norms, k)) k++;
  complementEnd = qualifiedPortfolios(words, norms, k, chain, true);
  return { kind: 'portfolio', en: series(chain) };
}

/** Construct state with a country: "وزير خارجية فرنسا", "وزير دفاع الولايات المتحدة". */
function portfolioOfCountry(ctx: Ctx, j: number): Complement | null {
  const { words, norms } = ctx;
  const p = portfolios.match('ال' + norms[j]!, norms, j);
  const c = p && noPunct(words, j + p.length) ? (matchCountryName(norms, j + p.length) ?? otherSenseCountry(norms[j + p.length]) ?? regimeOf(words, norms, j + p.length)) : null;
  if (!p || !c) return null;
  complementEnd = j + p.length + c.length;
  return { kind: 'portfolio', en: p.value, country: c.country };
}

/**
 * A portfolio with a possessive pronoun: «وزير خارجيته», «وزيرة داخليتها», «وزير دفاعه» — the ministry of the state or
 * the leader named before; the holder's name follows.
 */
function ownedPortfolio(ctx: Ctx, j: number): Complement | null {
  const { words, norms } = ctx;
  const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(norms[j]!);
  const stem = m ? (m[1]!.endsWith('ت') ? m[1]!.slice(0, -1) + 'ه' : m[1]!) : null;
  const p = stem && /(ه|ها|هم|هما)$/.test(words[j]!.tok.text) ? portfolios.match('ال' + stem, [], 0) : null;
  if (!p || p.length !== 1) return null;
  complementEnd = j + 1;
  return { kind: 'portfolio', en: p.value, owned: true };
}

/** A role the head governs, maybe after a style: "مستشار جلالة الملك", "النائب الأول لرئيس الوزراء". */
function roleComplement(ctx: Ctx, j: number, depth: number, definite: boolean): Complement | null {
  if (depth >= 3) return null;
  const { words, norms } = ctx;
  // A style before the office: "مستشار جلالة الملك", "المستشار الدبلوماسي لدولة رئيس وزراء…".
  if (noPunct(words, j + 1)) {
    const styled = words[j]!.forms.find((f) => (f.prefix === '' || f.prefix === 'ل') && styles.match(f.form, norms, j));
    if (styled && (!definite || styled.prefix === 'ل')) {
      const inner = parseRole(ctx, j + 1, false, depth + 1, false);
      if (inner) { complementEnd = inner.end; return { kind: 'role', role: inner }; }
    }
  }
  // A definite head takes a role only through ل ("النائب الأول لرئيس الوزراء"); an indefinite one by idafa.
  const inner = parseRole(ctx, j, false, depth + 1, definite);
  if (inner) { complementEnd = inner.end; return { kind: 'role', role: inner }; }
  return null;
}

/** A state the office is of: its name, its regime, the occupation, or a country the vocabulary leaves out for a second sense. */
function countryComplement(ctx: Ctx, j: number, head: HeadDef): Complement | null {
  const { words, norms } = ctx;
  // («رئيس حكومة الاحتلال», «رئيس وزراء الاحتلال الإسرائيلي»: the occupation's is Israel's.)
  // («مندوب النظام السوري لدى الأمم المتحدة»: the regime named by its people's adjective is its state's, Syria's.)
  // (A country the vocabulary leaves out for a second sense is the state after the office of one: «سفير مالي لدى
  // روسيا», «رئيس مالي».)
  const stateOffice = !!head.accredited || head.bare === 'President';
  const c0 = matchCountryName(norms, j) ?? (stateOffice ? otherSenseCountry(norms[j]) : null) ?? (norms[j] === OCCUPATION ? { country: 'IL', length: noPunct(words, j + 1) && matchNationality(norms, j + 1)?.country === 'IL' ? 2 : 1 } : regimeOf(words, norms, j));
  // A province named after its country is the province: «محافظ أذربيجان الشرقية» (East Azerbaijan).
  const longerPlace = c0 ? places.match(norms[j]!, norms, j) : null;
  const c = longerPlace && longerPlace.length > c0!.length ? null : c0;
  if (!c || conjoined(norms, j) || sportAfter(words, norms, j + c.length)) return null;
  complementEnd = j + c.length;
  // (The state's regime, «النظام السوري», is named by its adjective: the Syrian President.)
  return c === c0 && !matchCountryName(norms, j) && norms[j] === 'النظام' ? { kind: 'country', code: c.country, regime: true } : { kind: 'country', code: c.country };
}

/** A place the gazetteer knows: a capital for its state, a region a minister answers for, or a place as a body. */
function placeComplement(ctx: Ctx, j: number, head: HeadDef, isMinister: boolean): Complement | null {
  const { words, norms } = ctx;
  // (A body the vocabulary names is no place its first word also spells: «بورصة الكويت» is Kuwait's exchange, not Bursa.)
  const named = matchBody(words, norms, j, /^ل{1,2}$/);
  const place = parsePlace(words, norms, j);
  // The reading that names the place decides, not the longest one: «والي وهران» is not و + هران.
  if (!place || (named && named.length > place.length) || place.code || CONJ.test(place.prefix ?? words[j]!.forms.find((f) => f.form)!.prefix)) return null;
  complementEnd = j + place.length;
  // «سفير مقديشو لدى أنقرة», «سفير كينشاسا لدى أنغولا»: the press names a state by its capital; an envoy of a
  // capital is his state's (the Ambassador of Somalia to Turkey), never a city's.
  const capitalState = head.accredited && !place.prefix ? capitals.get(place.en) : undefined;
  if (capitalState) return { kind: 'country', code: capitalState };
  // «وزير أوروبا والشؤون الخارجية»: a region a minister answers for heads a series of portfolios (the Minister for
  // Europe and Foreign Affairs).
  if (isMinister && !place.prefix) {
    const chain = [place.en.replace(/^the /, '')];
    const end = qualifiedPortfolios(words, norms, complementEnd, chain);
    if (chain.length > 1) { complementEnd = end; return { kind: 'portfolio', en: series(chain) }; }
  }
  // (A province is in its country: the Governor of Monastir holds office in Tunisia.)
  const country = head.accredited ? null : provinceCountries.get(place.en) ?? null;
  return { kind: 'inst', inst: { en: place.en.replace(/^the /, ''), short: place.short, acronym: place.acronym, head: place.head ?? regionHead(norms[j]!), noArticle: !/^the /.test(place.en), adjectives: [], nat: null, of: null, country, civil: place.civil } };
}

/** The town a mayor, a governor or a district governor holds office in. */
function townComplement(ctx: Ctx, j: number, head: HeadDef, definite: boolean): Complement | null {
  const { words, norms } = ctx;
  // «رئيس بلدية مدينة صيدا»: the office of a town named with its noun (Mayor of Saida).
  // (And «رئيس بلدية بيرا»: the word after the mayor's «بلدية» is the town's, known or not: Mayor of Beira.)
  // (The construct needs its genitive: whatever the word may also read as, it names the town.)
  // (So is the word after a district governor's «لواء», Jordan's district: «متصرف لواء بني كنانة», of Bani Kinana.)
  const ofDistrict = head.en === 'District Governor' && norms[j - 1] === 'لواء';
  const ofMunicipality = (ofDistrict || (head.en === 'Mayor' && norms[j - 1] === 'بلديه')) && !words[j]!.punctBefore && TOWN_NOUNS[norms[j]!] === undefined;
  const town = ofMunicipality ? townNamed(words, norms, j) : !definite || words[j]!.forms.some((f) => /^ل/.test(f.prefix)) ? townAt(words, norms, j) : null;
  if (!town || !(head.en === 'Mayor' || ofDistrict || head.bare === 'Governor' || head.en === 'Governor')) return null;
  complementEnd = town.end;
  return { kind: 'inst', inst: { en: town.en, noArticle: true, adjectives: [], nat: null, of: null, country: null } };
}

/** «دولة» before a country's name: the State of it. */
function stateOfCountry(ctx: Ctx, j: number): Complement | null {
  const { words, norms } = ctx;
  if (norms[j] !== 'دوله' || !noPunct(words, j + 1)) return null;
  const c2 = matchCountryName(norms, j + 1);
  if (!c2) return null;
  complementEnd = j + 1 + c2.length;
  return { kind: 'inst', inst: { en: 'State', adjectives: [], nat: null, of: { en: '', adjectives: [], nat: null, of: null, country: c2.country }, country: c2.country } };
}

/**
 * «وزير الدولة للإعلام»: what a minister of state is for is a portfolio wherever the vocabulary lists one (Minister of
 * State for Information), before any body of the same name (the Media).
 */
function stateMinisterPortfolio(ctx: Ctx, j: number, head: HeadDef): Complement | null {
  const { words, norms } = ctx;
  const statePortfolio = head.en === 'Minister of State' ? matchPortfolio(words, norms, j, /^ل{1,2}$/) : null;
  if (!statePortfolio) return null;
  const chain = [statePortfolio.en];
  complementEnd = qualifiedPortfolios(words, norms, j + statePortfolio.length, chain);
  return { kind: 'inst', inst: { en: series(chain), noArticle: true, adjectives: [], nat: null, of: null, country: null } };
}

/** A body the institution grammar reads. */
function institutionComplement(ctx: Ctx, j: number): Complement | null {
  const inst = parseInstitution(ctx.words, ctx.norms, j, /^ل{1,2}$/);
  if (!inst) return null;
  complementEnd = inst.end;
  return { kind: 'inst', inst: inst.inst };
}

/** A field of administration: the press's short name of a ministry after a spokesman, or the fields a directorate is named after. */
function fieldComplement(ctx: Ctx, j: number, head: HeadDef): Complement | null {
  const { words, norms } = ctx;
  const p = matchPortfolio(words, norms, j, /^ل{1,2}$/);
  if (!p) return null;
  if (head.compose === 'for' && norms[j]!.startsWith('ال')) {
    // "المتحدثة باسم الخارجية الروسية": the press's short name of a ministry, and its country.
    let k = j + p.length;
    const nat = noPunct(words, k) && definiteAdjective(norms, k) ? matchNationality(norms, k) : null;
    if (nat) k += nat.length;
    complementEnd = k;
    return { kind: 'inst', inst: { en: `Ministry of ${p.en}`, adjectives: [], nat, of: null, country: nat?.country ?? null } };
  }
  // «رئيس المراسم الملكية»: a field of administration takes the adjectives that agree with it (Royal Protocol), which
  // would otherwise stop the title short of the style and the name after it.
  const field = agreeingAdjectives(words, norms, j + p.length, p.en);
  // («مدير التوثيق والهجرة», «مدير الدراسات والتوقعات المالية»: the fields a directorate is named after, joined by و.)
  const chain = [field.en];
  complementEnd = morePortfolios(words, norms, field.end, chain);
  return { kind: 'inst', inst: { en: series(chain), noArticle: true, adjectives: [], nat: null, of: null, country: null } };
}

/**
 * «رئيس إقليم كردستان»: a place named with its region noun (إقليم، ولاية، محافظة) is headed as the noun's body is (the
 * President of the Kurdistan Region), however well the gazetteer knows the place.
 */
function regionHead(first: string): string | undefined {
  const noun = institutionNouns.get(stripAl(first));
  return noun && REGION_NOUNS.has(noun.en) ? noun.head : undefined;
}

/** Cheap test before parsing: some reading of the word is the first word of a head title. */
export function mayStartTitle(w: Word | undefined, next?: string): boolean {
  if (!w) return false;
  const t = headTraits(w.forms);
  return t.head || (t.mayBePossessed && !!possessedHead(w)) || (next !== undefined && ((t.governorate && BANK.test(next)) || t.bareGovernorate)) || commanderWritten(w);
}

/**
 * What mayStartTitle asks of every word that its forms alone decide (once per forms array, which words of one
 * spelling share): some form, its article removed, starts a head; some form has the shape of a possessed head
 * (possessedHead still checks the word as written); «محافظة» with or without the article, and bare.
 */
interface HeadTraits { head: boolean; mayBePossessed: boolean; governorate: boolean; bareGovernorate: boolean }
function headTraits(forms: readonly WordForm[]): HeadTraits {
  const facts = spellingFacts(forms);
  let t = facts.head as HeadTraits | undefined;
  if (t === undefined) {
    t = {
      head: forms.some((f) => heads.has(stripAl(f.form))),
      mayBePossessed: forms.some((f) => !!possessedShape(f)),
      governorate: forms.some((f) => stripAl(f.form) === 'محافظه'),
      bareGovernorate: forms.some(isBareGovernorate),
    };
    facts.head = t;
  }
  return t;
}

/**
 * «محافظة النبطية هويدا الترك تفقدت …», «وقالت محافظة النبطية هويدا الترك»: bare «محافظة» and a place, then a name word
 * with no punctuation between, the verb the woman's in the feminine before or after the two-word name: she governs
 * the place, the governorate itself takes no name after it.
 */
function womanGovernor(words: Word[], norms: string[], i: number): boolean {
  const w = words[i]!, place = words[i + 1], given = words[i + 2];
  if (!bareGovernorate(w) || !place || !given || place.punctBefore || given.punctBefore) return false;
  const p = parsePlace(words, norms, i + 1);
  if (!p || p.length !== 1 || p.head || norms[i + 2]!.startsWith('ال') || !isNameWord(norms[i + 2]!)) return false;
  const feminineVerb = (k: number) => !!words[k] && /^و?(قالت|اكدت|اعلنت|اوضحت|اشارت|تفقدت|زارت|افادت|صرحت|كشفت|لفتت|شددت)$/.test(norms[k]!);
  return (feminineVerb(i - 1) && !w.punctBefore) || ((feminineVerb(i + 4) && !words[i + 4]!.punctBefore) || (feminineVerb(i + 3) && !words[i + 3]!.punctBefore));
}

/** «محافظة» without the article, which may be a woman governor (womanGovernor decides). */
function bareGovernorate(w: Word): boolean {
  return headTraits(w.forms).bareGovernorate;
}

function isBareGovernorate(f: WordForm): boolean {
  return f.form === 'محافظه' && /^و?$/.test(f.prefix);
}

/** «محافظة البنك المركزي»: محافظة is a governorate, but before a bank it is the woman who governs it. */
const BANK = /^(ال)?(بنك|مصرف)$/;
function bankGovernor(w: Word, next: string): boolean {
  return headTraits(w.forms).governorate && BANK.test(next);
}

/** The country a role itself names: its nationality, its institution, or the head (خادم الحرمين الشريفين → SA). */
export function roleCountry(role: Role): string | null {
  if (role.nat) return role.nat.country;
  const c = role.complement;
  // «المديرة الإقليمية لمصر واليمن وجيبوتي»: a regional office answers for the countries it names, it is not theirs.
  if (c?.kind === 'country') return /\bRegional\b/.test(role.head.en) || role.mods.includes('Regional') ? null : c.code;
  if (c?.kind === 'portfolio' && c.country) return c.country;
  if (c?.kind === 'inst' && c.inst.country) return c.inst.country;
  if (c?.kind === 'role') { const inner = roleCountry(c.role); if (inner) return inner; }
  return role.head.country ?? role.tailCountry ?? null;
}

/**
 * Word i comes right after a verb whose object is a person, with no punctuation between: one of meeting or hosting
 * («التقى», «استقبل»), of accompanying («رافق», «يرافق»), or the noun of receiving or seeing off after «في» («وكان في
 * استقبال», «في وداع»).
 */
export function afterMeetingVerb(words: Word[], i: number): boolean {
  const verb = words[i - 1];
  if (!verb || words[i]!.punctBefore) return false;
  const kind = verb.forms.map((f) => meetingVerbs.get(f.form)).find((k) => k);
  if (kind === 'meet' || kind === 'host') return true;
  if (verb.forms.some((f) => ACCOMPANYING_VERB.test(f.form))) return true;
  return verb.forms.some((f) => RECEIVING_NOUN.test(f.form)) && words[i - 2]?.norm === 'في' && !verb.punctBefore;
}
/**
 * A title of the object of a verb of meeting, hosting or accompanying: one definite office with only its nationality
 * right after the verb («رافق الوزير البوسني …», «وكان في استقبال السفير الياباني …»). What follows it without a
 * name — another office, a style, a rank — is the subject's, another person.
 */
export function objectOfMeetingVerb(words: Word[], norms: string[], t: Title): boolean {
  if (t.roles.length !== 1) return false;
  const r = t.roles[0]!;
  return !!r.nat && !r.complement && !r.tails.length && !r.mods.length && norms[r.start]!.replace(/^[وف]/, '').startsWith('ال') && afterMeetingVerb(words, t.start);
}
/** Verbs of accompanying someone, past and present, either gender, with the future's س. */
const ACCOMPANYING_VERB = /^س?(رافق|رافقت|رافقا|رافقه|رافقها|يرافق|ترافق|يرافقه|يرافقها|يرافقان|ترافقه|ترافقها)$/;
/** «في استقبال X», «في وداع X»: receiving or seeing off X. */
const RECEIVING_NOUN = /^(استقبال|وداع)$/;

/**
 * A second office after «و» is one of another kind than the last one before it: two offices of one kind
 * («وزير الخارجية ووزير الدفاع») are two people more often than one person's double office.
 */
export function anotherKindOfOffice(first: Title, more: Title): boolean {
  const next = more.roles[0]!;
  return next.head.en !== first.roles[first.roles.length - 1]!.head.en || !!next.head.stacks;
}

/**
 * «سفير مصر لدى إثيوبيا ومندوبها الدائم لدى الاتحاد الأفريقي», «سفير دولة الكويت لدى إثيوبيا والممثل الدائم لدى
 * الاتحاد الأفريقي»: an ambassador is often his state's permanent representative to a body seated where he serves too
 * (the African Union in Addis Ababa, the Arab League in Cairo), and the press joins the two offices by «و» (the pronoun
 * is his state's). The permanent representative's office at word j after an ambassador's is his own, or null.
 */
function permanentSeatOfAmbassador(ctx: Ctx, prev: Role, j: number): Role | null {
  const w = ctx.words[j];
  if (!w || prev.head.en !== 'Ambassador' || !/^و/.test(ctx.norms[j]!)) return null;
  const words = ctx.words.slice();
  words[j] = withoutConjunction(w);
  const norms = ctx.norms.slice();
  norms[j] = words[j]!.norm;
  const seat = parseRole({ ...ctx, words, norms }, j, false, 0);
  if (!(seat && seat.head.en === 'Representative' && (seat.tails.length > 0 || !!seat.complement))) return null;
  // («ومندوبها لدى الجامعة العربية» without «الدائم» is that office too: the state's pronoun ties it to the ambassador,
  // and a state's representative to a body seated where its ambassador serves is its permanent one.)
  if ('owned' in seat.head) return seat.mods.includes('Permanent') ? seat : { ...seat, mods: ['Permanent', ...seat.mods] };
  // (After a definite ambassador, «السفير المصري لدى إثيوبيا والمندوب الدائم لدى الأمم المتحدة X», the second office
  // with its article may be another person's: only the state's pronoun, «ومندوبها», makes it his.)
  return seat.mods.includes('Permanent') && !ctx.norms[prev.start]!.replace(/^[وف]/, '').startsWith('ال') ? seat : null;
}

/** The word as it would be written without its leading «و»: «ومندوبها» read as «مندوبها». */
function withoutConjunction(w: Word): Word {
  return { ...w, norm: w.norm.slice(1), forms: w.forms.filter((f) => f.prefix.startsWith('و')).map((f) => ({ prefix: f.prefix.slice(1), form: f.form })) };
}

/**
 * The title starting at word i (a leading و/ف allowed), with stacked roles, or null.
 * Exported for the delegations layer: `parseTitle(words, i)` on words from `toWords(text)`.
 */
export function parseTitle(
  words: Word[], i: number, countryName: (code: string) => string = (c) => c, norms = words.map((w) => w.norm), conj = true,
): Title | null {
  if (!mayStartTitle(words[i], norms[i + 1] ?? '')) return null;
  const ctx: Ctx = { words, norms, countryName };
  const first = parseRole(ctx, i, conj, 0);
  if (!first) return null;
  const roles = [first];
  let j = first.end;
  while (noPunct(words, j) && roles.length < 4) {
    // «عضو مجلس السيادة والمتحدث باسمه»: a second office after و that speaks for the body of the first by its pronoun
    // is the same person's.
    const back = /^و/.test(norms[j]!) ? parseRole(ctx, j, true, 0) : null;
    if (back && back.head.en === 'Spokesman' && back.head.compose === 'none' && !back.complement && (roles[roles.length - 1]!.complement || roles[roles.length - 1]!.nat)) {
      roles.push(back);
      j = back.end;
      continue;
    }
    const seat = permanentSeatOfAmbassador(ctx, roles[roles.length - 1]!, j);
    if (seat) {
      roles.push(seat);
      j = seat.end;
      continue;
    }
    const next = parseRole(ctx, j, false, 0);
    if (!next || (!next.complement && !next.head.en.includes(' ') && !next.nat)) break;
    // (An office of someone's by its pronoun, «وزير خارجيته», is another person's: the one before is its owner.)
    if (next.complement?.kind === 'portfolio' && next.complement.owned) break;
    // «استقبل الوزير سفير كينيا»: a bare definite office is a person of its own (the host), not the first of stacked
    // offices, which each name their body («نائب رئيس الوزراء وزير الخارجية»).
    const prev = roles[roles.length - 1]!;
    const bareDefinite = !prev.complement && !prev.tails.length && !prev.mods.length && norms[prev.start]!.replace(/^[وف]/, '').startsWith('ال');
    if (bareDefinite && !prev.nat && !norms[j]!.startsWith('ال')) break;
    // («رافق الوزير الماليزي الأمين العام للوزارة»: a definite office with only its nationality, then another definite
    // office, is two people, the second the first's object; stacked offices after a nationality drop the article.)
    if (bareDefinite && prev.nat && norms[j]!.startsWith('ال')) break;
    // (Right after a verb of meeting, so is an office in the construct: «التقى الموفد الفرنسي قائد الجيش» — the subject
    // and the one met.)
    if (bareDefinite && prev.nat && roles.length === 1 && afterMeetingVerb(words, i)) break;
    // («استقبل الرئيس التونسي وزير الخارجية الأمريكي X»: nor is one of another state's office after it; one person holds
    // no offices of two states.)
    const nextCountry = bareDefinite && prev.nat ? roleCountry(next) : null;
    if (nextCountry && nextCountry !== prev.nat!.country) break;
    roles.push(next);
    j = next.end;
  }
  const country = roles.map(roleCountry).find((c) => c) ?? null;
  const formalNames = formalNamesIn(norms, i, j);
  return formalNames ? { roles, start: i, end: j, country, formalNames } : { roles, start: i, end: j, country };
}

/**
 * The province the article last named before word `before` («محافظة البصرة»، «لمحافظة ميسان»، «بمحافظة نينوى»), in
 * English ("Basra"), for «النائب عن المحافظة». The nearest one wins; none, null.
 */
export function provinceNamedBefore(words: Word[], norms: string[], before: number): string | null {
  for (let k = Math.min(before, words.length) - 1; k >= 0; k--) {
    if (!words[k]!.forms.some((f) => stripAl(f.form) === 'محافظه' && !f.form.startsWith('ال')) || !noPunct(words, k + 1)) continue;
    const p = parsePlace(words, norms, k + 1);
    if (p && !p.code && !p.head) return p.en.replace(/^the /, '');
  }
  return null;
}
