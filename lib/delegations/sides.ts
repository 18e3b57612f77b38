/**
 * Naming the sides of a meeting: a country (from a nationality adjective, a country name, an epithet such
 * as "خادم الحرمين الشريفين", or an official's country) or an organisation (UN, EU, GCC, Arab League…).
 */
import { normalize } from '../arabic/normalize';
import { countryNameEn } from '../english/countries';
import {
  alsoPresent,
  complementizers,
  counterpartWords,
  epithets,
  internationalOrganisations,
  listOpeners,
  meetingNouns,
  meetingVerbs,
  nonStateKeys,
  northWords,
  stoppers,
  organisation,
  organisationAdjectives,
  organisations,
  partitioned,
  sideNameOverride,
  sideWords,
  southWords,
  topicNouns,
} from '../vocab/meetings';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import { framedNationality } from '../vocab/other-sense-nationalities';
import { heads } from '../vocab/titles';
import { institutionEnglish, parseInstitution } from '../officials/titles';
import { toWords } from '../officials/words';
import { countryName } from '../english/roles';
import type { Official } from '../types';
import { buildContext, inAgreementSubject, isIn, lookup, sentenceBounds, type Context, type Mention } from './context';

export interface Side {
  /** "country:RU", "org:UN", "also". */
  key: string;
  /** ISO code for a country side, null for an organisation or the "also present" group. */
  country: string | null;
  en: string;
  /** The Arabic words the article uses for the side, when it names it ("الجانب الروسي"), else "". */
  ar: string;
}

export const ALSO_PRESENT: Side = { key: 'also', country: null, en: alsoPresent.en, ar: alsoPresent.ar };

const sideByCode = new Map<string, Side>();

const PSEUDO_COUNTRY_CODES = new Set(['UN', 'EU']);

export function countrySide(code: string, ar = ''): Side {
  let side = sideByCode.get(code);
  if (!side) {
    // The nationality data uses UN/EU as pseudo-country codes; AU and AL are Australia and Albania, not the unions.
    const org = PSEUDO_COUNTRY_CODES.has(code) ? organisation(code) : null;
    side = org
      ? { key: 'org:' + org.key, country: null, en: org.en, ar: '' }
      : { key: 'country:' + code, country: code, en: sideNameOverride(code) ?? countryNameEn(code), ar: '' };
    sideByCode.set(code, side);
  }
  return ar ? { ...side, ar } : side;
}

function organisationSide(key: string, en: string, ar = ''): Side {
  return { key: 'org:' + key, country: null, en, ar };
}

/** The divided country ("الكوري الشمالي" / "الجنوبي") the article is about, if any: north and south codes. */
export function partitionOf(ctx: Context): { north: string; south: string } | null {
  // The first partition in vocabulary order that the text names anywhere.
  let best = partitioned.length;
  for (let i = 0; i < ctx.tokens.length && best > 0; i++) {
    for (const f of ctx.forms[i]!) {
      const p = partitionByWord.get(f);
      if (p !== undefined && p < best) best = p;
    }
  }
  return partitioned[best] ?? null;
}

const partitionByWord = new Map<string, number>();
partitioned.forEach((p, n) => {
  for (const w of p.context) if (!partitionByWord.has(w)) partitionByWord.set(w, n);
});

/** A side named at token i (adjective, country, organisation, epithet, bare north/south), with its length in tokens. */
export function sideAt(
  ctx: Context,
  i: number,
  partition: { north: string; south: string } | null,
): { side: Side; length: number } | null {
  const memo = ctx.sideMemo[i];
  if (memo !== undefined) return memo;
  // "الذراع اليمنى للزعيم": the right hand, not Yemen (اليمنى and اليمني are one word once normalised).
  if (/^ل?ل?ا?ليمني$/.test(ctx.norms[i] ?? '') && /^(?:ال)?(?:ذراع|يد|جناح)$/.test(ctx.norms[i - 1] ?? '')) return (ctx.sideMemo[i] = null);
  // «لدائرة المغرب العربي»، «دول المغرب الكبير»: the Maghreb, a region, not Morocco.
  if (/^[وبل]?(?:ال|لل)مغرب$/.test(ctx.norms[i] ?? '') && /^(?:العربي|الكبير)$/.test(ctx.norms[i + 1] ?? '')) return (ctx.sideMemo[i] = null);
  // "المديرة القطرية للبنك الدولي"، "المكتب القطري للبرنامج": an organisation's country director or office, not Qatar.
  if (isCountryOfficeAdjective(ctx, i)) return (ctx.sideMemo[i] = null);
  // «الوفد المالي»، «نظيره المجري»: a nationality that is also a common word reads as one only in a side's frame.
  const framed = framedNationality(ctx.norms, i);
  if (framed) return (ctx.sideMemo[i] = { side: countrySide(framed), length: 1 });
  // The longest side phrase has five words: the word and the four after it decide the reading.
  const key = `${partition?.north ?? ''}|${ctx.norms.slice(i, i + 5).join(' ')}`;
  let found = sideReadings.get(key);
  if (found === undefined) {
    if (sideReadings.size > 50_000) sideReadings.clear();
    found = readSideAt(ctx, i, partition);
    sideReadings.set(key, found);
  }
  ctx.sideMemo[i] = found;
  return found;
}

/**
 * «المدير القطري»، «المديرة القطرية»، «مدير المكتب القطري»، «البرنامج القطري»: قطري after an office noun is the
 * organisation's country (director, office, programme) in UN and bank usage, not the nationality of Qatar.
 */
function isCountryOfficeAdjective(ctx: Context, i: number): boolean {
  if (!/^[وبل]?(?:ال|لل)?قطري[هة]?$/.test(ctx.norms[i] ?? '')) return false;
  const before = (ctx.norms[i - 1] ?? '').replace(/^[وبلف]+(?=ال|لل)/, '').replace(/^(?:ال|لل)/, '').replace(/^[وبل](?=مدير|مكتب)/, '');
  return COUNTRY_OFFICE_NOUNS.test(before);
}
const COUNTRY_OFFICE_NOUNS = /^(?:مدير|مديره|مديرة|مديري|مديرو|مكتب|مكاتب|برنامج|برامج|فريق|استراتيجيه|خطه|اطار)$/;

// Side readings by the five words from a position, shared across analyses.
const sideReadings = new Map<string, { side: Side; length: number } | null>();

function readSideAt(
  ctx: Context,
  i: number,
  partition: { north: string; south: string } | null,
): { side: Side; length: number } | null {
  const forms = (k: number) => ctx.forms[k] ?? [];
  const org = organisations.match(forms, i, ctx.tokens.length);
  if (org) return { side: organisationSide(org.value.key, org.value.en), length: org.length };
  const orgAdj = lookup(ctx, i, organisationAdjectives);
  if (orgAdj) return { side: organisationSide(orgAdj.key, orgAdj.en), length: 1 };
  // "السودان ومصر": the second of two joined countries carries و.
  const named = inOwnName(ctx, i);
  const norms = !named && /^و../.test(ctx.norms[i] ?? '') ? [ctx.norms[i]!.slice(1), ...ctx.norms.slice(i + 1, i + 5)] : null;
  const nat = matchNationality(ctx.norms, i, named) ?? (norms && matchNationality(norms, 0));
  if (nat) return { side: countrySide(nat.country), length: nat.length };
  const country = matchCountryName(ctx.norms, i, named) ?? (norms && matchCountryName(norms, 0));
  if (country) return { side: countrySide(country.country), length: country.length };
  const ep = epithets.match(forms, i, ctx.tokens.length);
  if (ep) return { side: countrySide(ep.value), length: ep.length };
  if (partition && isIn(ctx, i, northWords)) return { side: countrySide(partition.north), length: 1 };
  if (partition && isIn(ctx, i, southWords)) return { side: countrySide(partition.south), length: 1 };
  return null;
}

/**
 * Whether token i is a word of the name of the official mentioned there: no prefix letter is read off a name's word to
 * find a nationality or a country in it («كارمن» is Carmen, not ك + «أرمن»; «كلاوس» is Klaus, not ك + «لاوس»).
 */
function inOwnName(ctx: Context, i: number): boolean {
  const m = ctx.coveredBy[i];
  const norm = ctx.norms[i]!;
  return !!ctx.nameWords?.has(norm) || (!!m && normalize(m.official.name_ar).split(/\s+/).includes(norm));
}

export interface SidePhrase {
  side: Side;
  /** Token range of the phrase ("من الجانب الروسي"). */
  first: number;
  last: number;
}

/**
 * A side word followed by the side's name in tokens [a, b): "الجانب الروسي", "من جانب قطر", "الوفد السعودي",
 * "وفد دبلوماسي كوري جنوبي رفيع المستوى" (a few words may come between).
 */
export function sidePhraseIn(
  ctx: Context,
  a: number,
  b: number,
  partition: { north: string; south: string } | null,
): SidePhrase | null {
  for (let i = a; i < b; i++) {
    if (!isIn(ctx, i, sideWords) || ctx.quoted[i] !== ctx.quoted[a] || besidePreposition(ctx, i)) continue;
    for (let k = i + 1; k < Math.min(b, i + 4); k++) {
      if (ctx.mentionAt[k]) break;
      // «وفد الجبهة الثورية السودانية»، «وفد حركة تحرير السودان»: a movement or front right after the delegation word
      // is the side, not the country its name holds (and so is a council, in talks between a country's councils).
      const movement = k === i + 1 && !organisations.match((q) => ctx.forms[q] ?? [], k, ctx.tokens.length) ? movementAt(ctx, k) : null;
      if (movement) return movement;
      // «وفدا يابانيا»، «وفدا أمنيا مصريا»: after a delegation word in the indefinite accusative, its adjective is too.
      const plain = sideAt(ctx, k, partition);
      const m = plain ?? (/^و?وفدا$/.test(ctx.norms[i]!) ? accusativeNationalityAt(ctx, k) : null);
      if (m) {
        const last = k + m.length;
        const ar = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[last - 1]!.end);
        // («وفدا يابانيا» → «الجانب الياباني»: the side's name in the definite.)
        const name = plain ? sidePhraseName(ar) : `الجانب ال${ctx.tokens[k]!.text.replace(/ا$/, '')}`;
        return { side: { ...m.side, ar: name }, first: i, last };
      }
    }
  }
  return null;
}

/**
 * «، إلى جانب والي ولاية الجزائر X»: «إلى جانب» (beside, besides) adds one more to a list; its «جانب» is no side, even
 * when the title after it names a country.
 */
function besidePreposition(ctx: Context, i: number): boolean {
  return i > 0 && ctx.norms[i] === 'جانب' && /^و?الي$/.test(ctx.norms[i - 1]!);
}

/**
 * «وفد الجبهة الثورية السودانية»، «وفد الحركة الشعبية لتحرير السودان-شمال»: a movement or front (حركة، جبهة) named at
 * token k, as far as its name runs, is a side of its own (named in English from its words). A nationality in its name
 * («السودانية») is the country it fights in, not the side. «وفد المجلس الأعلى للدولة» and «وفد مجلس النواب»: so is a
 * council, when the article names the delegations of two councils of one country (talks between its institutions).
 */
function movementAt(ctx: Context, k: number): SidePhrase | null {
  const head = (ctx.norms[k] ?? '').replace(/^و/, '').replace(/^ال/, '');
  if (MOVEMENT_HEADS.has(head)) return namedBodyAt(ctx, k);
  if (!COUNCIL_HEADS.has(head)) return null;
  const found = namedBodyAt(ctx, k);
  return found && councilTalks(ctx) ? found : null;
}

function namedBodyAt(ctx: Context, k: number): SidePhrase | null {
  // The name runs to the next comma, mention or title (at most eight words).
  let end = k + 1;
  // («… رئيس الجبهة X»: the title of the one who leads it starts after the name.)
  const titleHead = (j: number) => heads.has((ctx.norms[j] ?? '').replace(/^و/, '').replace(/^ال/, ''));
  while (end < Math.min(ctx.tokens.length, k + 8) && !ctx.comma[end] && !ctx.mentionAt[end] && !titleHead(end) && ctx.sentence[end] === ctx.sentence[k]) end++;
  const words = toWords(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[end - 1]!.end));
  const parsed = parseInstitution(words, words.map((w) => w.norm), 0, /^(و|ف)?(ل{1,2}|ب)?$/);
  // A bare «الحركة»، «الجبهة» names no movement.
  if (!parsed || parsed.end < 2) return null;
  const en = institutionEnglish(parsed.inst, countryName, false);
  if (!en || en.split(/\s+/).length < 2) return null;
  const last = k + parsed.end;
  const ar = ctx.text.slice(ctx.tokens[k - 1]!.start, ctx.tokens[last - 1]!.end);
  const key = ctx.norms.slice(k, last).map(bodyKeyWord).join(' ');
  return { side: organisationSide('BODY:' + key, en.replace(/^the /i, ''), sidePhraseName(ar)), first: k - 1, last };
}

/** «لحركة»، «الحركة»، «وحركة» → «حركه»: a body's word without its clitics, one key for every way the article writes it. */
const bodyKeyWord = (n: string) => n.replace(/^و(?=.{3})/, '').replace(/^(?:بال|لل|ال|ل(?!ل))(?=.{3})/, '');

/**
 * «رئيس الحركة الشعبية لتحرير السودان-شمال»، «الأمين العام لجبهة …»: a title whose office is in a movement or front
 * (its titles' words, then the movement's noun) makes its holder the movement's, not the country its name holds.
 */
function movementInTitle(words: string | null): Side | null {
  if (!words) return null;
  const cached = titleMovements.get(words);
  if (cached !== undefined) return cached;
  if (titleMovements.size > 20_000) titleMovements.clear();
  const ctx = buildContext(words, []);
  let found: Side | null = null;
  for (let k = 0; k < Math.min(ctx.tokens.length, 5); k++) {
    const bare = bodyKeyWord(ctx.norms[k]!);
    if (MOVEMENT_HEADS.has(bare)) {
      const body = k > 0 ? namedBodyAt(ctx, k) : null;
      // (Its Arabic name is the movement's words, without the title or a clitic ل.)
      if (body) found = { ...body.side, ar: words.slice(ctx.tokens[k]!.start, ctx.tokens[body.last - 1]!.end).replace(/^[وبل]+(?=ال)/, '').replace(/^ل(?!ل)/, '') };
      break;
    }
    // (Only title words before it: «وزير الخارجية في حكومة …» is the government's.)
    if (!heads.has(bare) && !TITLE_MODIFIERS.test(bare)) break;
  }
  titleMovements.set(words, found);
  return found;
}
const titleMovements = new Map<string, Side | null>();
const TITLE_MODIFIERS = /^(?:الاول|اول|العام|عام|السياسي|التنفيذي|المكتب|مكتب|القيادي|قيادي|المتحدث|باسم)$/;

/**
 * «وفد مجلس النواب … ووفد المجلس الأعلى للدولة»: the article names the delegations of two councils or more, and no two
 * countries in their names (the Saudi Shura Council's and the Bahraini parliament's delegations are their countries').
 */
function councilTalks(ctx: Context): boolean {
  const cached = councilTalksMemo.get(ctx);
  if (cached !== undefined) return cached;
  const keys = new Set<string>();
  const countries = new Set<string>();
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    if (!/^[وف]?(?:ال)?وفد$/.test(ctx.norms[i]!)) continue;
    if (!COUNCIL_HEADS.has((ctx.norms[i + 1] ?? '').replace(/^و/, '').replace(/^ال/, ''))) continue;
    const body = namedBodyAt(ctx, i + 1);
    if (!body) continue;
    keys.add(body.side.key);
    for (let k = body.first + 1; k < body.last; k++) {
      const s = sideAt(ctx, k, null);
      if (s?.side.country) countries.add(s.side.country);
    }
  }
  const found = keys.size >= 2 && countries.size <= 1;
  councilTalksMemo.set(ctx, found);
  return found;
}
const councilTalksMemo = new WeakMap<Context, boolean>();
const COUNCIL_HEADS: ReadonlySet<string> = new Set(['مجلس']);
const MOVEMENT_HEADS: ReadonlySet<string> = new Set(['حركه', 'جبهه', 'تنسيقيه']);

/** "مصريا" → مصري: a nationality adjective in the indefinite accusative (read only after a delegation word). */
export function accusativeNationalityAt(ctx: Context, j: number): { side: Side; length: number } | null {
  const norm = ctx.norms[j] ?? '';
  if (!/^[^ا]\S+يا$/.test(norm) || norm.length < 5) return null;
  const m = matchNationality([norm.slice(0, -1)], 0);
  return m && m.length === 1 ? { side: countrySide(m.country), length: 1 } : null;
}

/** "من الجانب الروسي" → "الجانب الروسي"; "وفي الجانب الأميركي" → "الجانب الأميركي". */
function sidePhraseName(phrase: string): string {
  return phrase.replace(/^(?:و?(?:من|عن|في)\s+)/, '').replace(/^[وف](?=ال)/, '');
}

// Sides of role strings, shared across analyses (roles repeat).
const roleSides = new Map<string, Side | null>();

/** The first side named in a short text (a role, an evidence span). */
/** The side a person's own title names («وزيرة الطاقة الصربية»، «سفير الصين»), if it names one. */
export function sideInTitle(o: Official): Side | null {
  return sideInWords(o.role_ar);
}

function sideInWords(words: string | null, name = ''): Side | null {
  if (!words) return null;
  const key = name ? `${words}\u0000${name}` : words;
  const cached = roleSides.get(key);
  if (cached !== undefined) return cached;
  if (roleSides.size > 20_000) roleSides.clear();
  const ctx = buildContext(words, []);
  if (name) ctx.nameWords = new Set(normalize(name).split(/\s+/));
  let found: Side | null = null;
  // "سفير الدولة لدى ماليزيا": the place after لدى/في is where the person serves, not whom they serve; "وزير الدولة للشؤون
  // الأوروبية": the side after a topic noun is the portfolio.
  for (let i = 0; i < ctx.tokens.length && !found; i++) {
    // «وسعادة صالح أحمد السويدي سفير الدولة لدى البرازيل»: the words of the person's own name are not a nationality.
    if (ctx.nameWords?.has(ctx.norms[i]!)) continue;
    if (servesAt(ctx, i)) i = postingEnd(ctx, i);
    else if (isAmmanOffice(ctx, i)) found = countrySide('JO');
    else if (portfolioOrganisation(ctx, i)) i += portfolioOrganisation(ctx, i) - 1;
    else if (!isPlaceWithBa(ctx.norms[i]!) && !isIn(ctx, i - 1, topicNouns)) found = sideAt(ctx, i, null)?.side ?? null;
  }
  roleSides.set(key, found);
  return found;
}

/** «أمين عمان»، «أمانة عمان»، «محافظ عمان»: a city's office; the city is Amman (Oman's capital is Muscat). */
const CITY_OFFICE = /^و?(?:امين|امانه|بلديه|محافظ|عمده)$/;
function isAmmanOffice(ctx: Context, k: number): boolean {
  return ctx.norms[k] === 'عمان' && CITY_OFFICE.test(ctx.norms[k - 1] ?? '');
}

/**
 * "سفير الدولة لدى جمهورية إندونيسيا": the country at token k is where someone serves, after لدى/في/إلى (a state word
 * such as جمهورية or المملكة may come between).
 */
function isPosting(ctx: Context, k: number): boolean {
  if (LOCATIVE.has(ctx.norms[k - 1] ?? '')) return true;
  // ("رئيس المجلس البابوي في دولة الفاتيكان" is of the Vatican: only لدى and إلى, not في, with a state word.)
  return STATE_WORD.test(ctx.norms[k - 1] ?? '') && /^(?:لدي|الي)$/.test(ctx.norms[k - 2] ?? '');
}

/**
 * A place where the person serves, not whom he serves (isPosting) — but an organisation after في is where he works:
 * "مدير إدارة الشرق الأوسط في صندوق النقد الدولي" is of the Fund ("سفير … لدى الأمم المتحدة" stays a posting).
 */
function servesAt(ctx: Context, k: number): boolean {
  if (!isPosting(ctx, k)) return false;
  return !(ctx.norms[k - 1] === 'في' && sideAt(ctx, k, null)?.side.key.startsWith('org:'));
}

/**
 * The last token of the place someone serves at, from its first token k: a long name ("لدى الجمهورية الإسلامية
 * الإيرانية") is passed whole, so its closing adjective is not read as the person's own country.
 */
function postingEnd(ctx: Context, k: number): number {
  const place = sideAt(ctx, k, null);
  return place ? k + Math.max(place.length, 1) - 1 : k;
}

const STATE_WORD = /^(?:ال)?(?:جمهوري[ةه]|مملك[ةه]|دول[ةه]|سلطن[ةه]|امار[ةه])$/;

/**
 * The organisation a title names first ("الأمين العام للأمم المتحدة"، "المبعوث الدولي إلى سوريا"), if the title names
 * no country before it. A national body named like an organisation ("مجلس الأمن القومي الإيراني"، "مجلس الأمن الروسي"،
 * "مجلس التعاون الاقتصادي") has an adjective right after the organisation's words: it is none ("المبعوث الأممي الخاص" is).
 */
/**
 * «وزير الخارجية والاتحاد الأوروبي والتعاون الإسباني»، «وزير أوروبا والشؤون الخارجية»: an organisation joined by و to a
 * minister's portfolio, or right after «وزير», is part of the portfolio: a state's minister, not the body's. Its length
 * in tokens (to read past), else 0.
 */
function portfolioOrganisation(ctx: Context, i: number): number {
  if (!/^وزير[ةه]?$/.test(ctx.norms[0] ?? '') || i === 0) return 0;
  if (i !== 1 && !/^و/.test(ctx.norms[i]!)) return 0;
  const s = sideAt(ctx, i, null);
  return s && s.side.key.startsWith('org:') ? s.length : 0;
}

function organisationInTitle(words: string | null): Side | null {
  if (!words) return null;
  const ctx = buildContext(words, []);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (servesAt(ctx, i)) { i = postingEnd(ctx, i); continue; }
    if (portfolioOrganisation(ctx, i)) { i += portfolioOrganisation(ctx, i) - 1; continue; }
    if (isPlaceWithBa(ctx.norms[i]!) || isIn(ctx, i - 1, topicNouns)) continue;
    const s = sideAt(ctx, i, null);
    if (!s) continue;
    if (!s.side.key.startsWith('org:')) return null;
    const next = ctx.norms[i + s.length] ?? '';
    return /^ال/.test(next) && !/^(?:الي|الذي|التي|الذين|الخاص[ةه]?|السامي|العام|الجديد[ةه]?)$/.test(next) ? null : s.side;
  }
  return null;
}

/** Words after which a place is where a person serves ("سفير … لدى الأردن", "الملحق العسكري … في الأردن"). */
const LOCATIVE = new Set(['لدي', 'في', 'الي', 'داخل']);
// («بمكتبه»: at his office, where the meeting was held.)
const PLACE_PREPOSITION = /^(?:في|الي|من|مع|علي|عند|لدي|ب(?:ال|مقر|قصر|مطار))$|^ب(?:ال|مقر|قصر|مطار|مكتب)/;
/** «اليوم», «أمس», «غدا» after a name: the clause has gone on to when, and what follows is no title of the name's. */
const DAY_ADVERB = /^(?:اليوم|امس|غدا)$/;
const RELATIVE = /^(?:الذي|التي|الذين|اللذين|اللذان|اللتين|اللتان|اللواتي|اللاتي)$/;
const WAW_INITIAL = /^(?:وزير|وزيره|وزاره|والي|وكيل|ولي|وفد|وكاله|وسيط)$/;

/** "بواشنطن", "بعمان": a place with the preposition ب, not a nationality. */
function isPlaceWithBa(norm: string): boolean {
  const stem = norm.replace(/^و?ب/, '');
  return stem !== norm && stem.length > 2 && matchCountryName([stem], 0) !== null;
}

/**
 * The side named by the title words around a mention: before the name ("وزير الخارجية الأميركي، مايك بومبيو",
 * "سفير خادم الحرمين الشريفين لدى الأردن الدكتور سامي الصالح") or after it ("تميم بن حمد آل ثاني أمير دولة قطر").
 * A place after لدى/في is where the person serves, not whom they serve.
 */
function sideAroundMention(ctx: Context, m: Mention, partition: Partition): Side | null {
  const [start, end] = sentenceBounds(ctx, m.first);
  const at = (k: number): Side | null => {
    if (isPosting(ctx, k) || isPlaceWithBa(ctx.norms[k] ?? '') || isIn(ctx, k - 1, topicNouns)) return null;
    return sideAt(ctx, k, partition)?.side ?? null;
  };
  // Words in quotation marks are what someone said ("وعون يطلب «مظلة أوروبية»"), not a title.
  const quoted = (k: number) => ctx.quoted[k] && !ctx.quoted[m.first];
  // The mention itself ("الرئيس الروسي", "أمير دولة قطر"), then the title before it, nearest first, then after it.
  // The words of the name are not a nationality ("محمد الهندي"، "أحمد المصري"، "تركي الفيصل").
  const name = new Set(normalize(m.official.name_ar).split(/\s+/));
  for (let k = m.first; k < m.last; k++) {
    if (name.has(ctx.norms[k]!)) continue;
    const s = at(k);
    if (s) return s;
  }
  const titleBreak = (k: number) => ctx.coveredBy[k] || quoted(k) || isIn(ctx, k, stoppers) || isIn(ctx, k, meetingNouns) || lookup(ctx, k, meetingVerbs) || lookup(ctx, k, listOpeners);
  let posted: Side | null = null;
  for (let k = m.first - 1; k >= Math.max(start, m.first - (posted ? 14 : 8)); k--) {
    if (titleBreak(k)) break;
    const s = at(k);
    if (!s) continue;
    // «سفير دولة الكويت لدى جمهورية الإكوادور المقيم في العاصمة الكولومبية بوغوتا السفير X»: past «لدى», the title
    // names where he is posted and resides; the country before «لدى» is whom he serves.
    if (afterPosting(k)) { posted ??= s; continue; }
    // («ووقع مذكرة التفاهم، بشأن إقامة منطقة صناعية بيلاروسية …، المهندس X»: a nationality in what the agreement he signs
    // is about is no title of his.)
    if (inAgreementSubject(ctx, k, start)) break;
    return firstOfPair(k) ?? (s.country ? organisationServed(k, s) : s);
  }
  if (posted) return posted;
  function afterPosting(k: number): boolean {
    for (let j = k - 1; j >= Math.max(start, m.first - 14) && !titleBreak(j); j--) if (ctx.norms[j] === 'لدي') return true;
    return false;
  }
  // «وفد مجموعة الصداقة البرلمانية البريطانية البحرينية … برئاسة X»، «مجلس الأعمال السعودي الأمريكي»: a body named by two
  // nationalities is the first one's (its own country's group, of friendship with the second).
  function firstOfPair(k: number): Side | null {
    if (k - 1 < start || !matchNationality(ctx.norms, k) || !matchNationality(ctx.norms, k - 1)) return null;
    const first = sideAt(ctx, k - 1, partition);
    return first && first.length === 1 && first.side.country ? first.side : null;
  }
  // «رئيس بعثة الأمم المتحدة لمساعدة العراق»، «منسق الأمم المتحدة لدعم ليبيا»: a country after an organisation and a
  // word of purpose with ل is what the organisation's office serves; the person is the organisation's.
  function organisationServed(k: number, country: Side): Side {
    let purpose = false;
    for (let j = k - 1; j >= Math.max(start, m.first - 12) && !titleBreak(j) && !ctx.comma[j + 1]; j--) {
      if (/^ل(?!ل)./.test(ctx.norms[j]!) && !/^لد/.test(ctx.norms[j]!)) purpose = true;
      const o = sideAt(ctx, j, partition)?.side;
      if (o && !o.country && o.key.startsWith('org:')) return purpose ? o : country;
      if (o) return country;
    }
    return country;
  }
  const until = Math.min(end, m.last + 8, nextTitleStart(ctx, m.last, Math.min(end, m.last + 8)));
  for (let k = m.last; k < until && !ctx.coveredBy[k] && !quoted(k); k++) {
    const n = ctx.norms[k] ?? '';
    // "زيد المجالي وسفير الهند …": the next list item starts with و right after the name.
    if ((k > m.last && ctx.comma[k]) || (n.startsWith('و') && !WAW_INITIAL.test(n))) break;
    // "… أحمد الطيب بالقصر الرئاسي في العاصمة الإندونيسية": after a preposition, the words tell a place.
    // "X، الذي يزور مصر": a relative clause tells what he does, not whom he serves.
    // "X بمكتبه اليوم المدير القطري لبرنامج …": after «اليوم» the words name the one met.
    if (PLACE_PREPOSITION.test(n) || RELATIVE.test(n) || DAY_ADVERB.test(n)) break;
    // "محافظ الإسكندرية يستقبل وفد الاتحاد الأوروبي": after the meeting verb, the words tell whom he meets.
    if (lookup(ctx, k, meetingVerbs) || lookup(ctx, k, listOpeners) || isIn(ctx, k, meetingNouns)) break;
    // «وأكد X أن العلاقات الإماراتية الباكستانية …»: after أن the words are what he said, not his title.
    if (isIn(ctx, k, complementizers)) break;
    const s = at(k);
    if (s) return s;
  }
  return stateOfCutTitle(ctx, m, name, end, partition);
}

/** Envoys and representatives: «في جمهورية X» after their title is where they serve, not whom they serve. */
const POSTED_TITLE = /(?:^|\s)(?:ال)?(?:سفير|سفيره|قنصل|قنصله|ممثل|ممثله|مندوب|مندوبه|ملحق|مبعوث|مبعوثه|منسق|منسقه)(?:\s|$)/;
const STATE_AFTER_BA = /^ب(?:ال)?(?:جمهوري[ةه]|مملك[ةه]|دول[ةه]|سلطن[ةه]|امار[ةه])$/;

/**
 * «رئيس الوزراء ووزير الشؤون الخارجية وشؤون المغتربين في جمهورية كينيا»، «وزيرة الفلاحة والموارد الحيوانية بجمهورية
 * رواندا»: a title the mention cut short still runs on to the state it serves, «في/ب» and a state word with its name.
 * (Only after title words, never after the name: «استقبل X في جمهورية …» tells where.)
 */
function stateOfCutTitle(ctx: Context, m: Mention, name: ReadonlySet<string>, end: number, partition: Partition): Side | null {
  const title = m.official.role_ar ? normalize(m.official.role_ar) : '';
  if (!title || POSTED_TITLE.test(title)) return null;
  // The title words: the mention's own when it ends on them, else those right after the name (its role, no comma).
  const titleWords = title.split(/\s+/);
  const endsOnTitle = !name.has(ctx.norms[m.last - 1] ?? '');
  if (!endsOnTitle && (ctx.comma[m.last] || ctx.norms[m.last] !== titleWords[0])) return null;
  const reach = m.last + (endsOnTitle ? 0 : titleWords.length) + 6;
  for (let k = m.last; k < Math.min(end, reach); k++) {
    if (ctx.coveredBy[k] || ctx.quoted[k] || (k > m.last && ctx.comma[k])) return null;
    const n = ctx.norms[k] ?? '';
    if (RELATIVE.test(n) || lookup(ctx, k, meetingVerbs) || lookup(ctx, k, listOpeners) || isIn(ctx, k, meetingNouns)) return null;
    const inState = n === 'في' ? STATE_WORD.test(ctx.norms[k + 1] ?? '') : STATE_AFTER_BA.test(n);
    if (inState) {
      const s = sideAt(ctx, n === 'في' ? k + 1 : k, partition)?.side ?? sideAt(ctx, n === 'في' ? k + 2 : k + 1, partition)?.side;
      return s?.country ? s : null;
    }
    if (PLACE_PREPOSITION.test(n)) return null;
  }
  return null;
}

export type Partition = { north: string; south: string } | null;

/**
 * "استقبل محافظ الإسكندرية X اليوم سفير اليابان لدى مصر Y": after a name, another person's title runs up to his name,
 * with no comma between. The last title head before the next name, found in [from, end), starts it (end when none).
 */
function nextTitleStart(ctx: Context, from: number, end: number): number {
  let head = -1;
  for (let k = from; k < end; k++) {
    if (k > from && ctx.comma[k]) return end;
    if (ctx.mentionAt[k] && k > from) return head >= 0 ? head : end;
    const bare = (ctx.norms[k] ?? '').replace(/^و/, '').replace(/^ال/, '');
    if (heads.has(bare)) head = k;
  }
  return end;
}

/**
 * "رئيس حكومة الوفاق الوطني فايز السراج"، "خليفة حفتر، قائد الجيش الوطني الليبي": a movement, faction or rival government
 * named in the title words around a mention, even when the person's country is known (one country's factions meet as
 * sides of their own).
 */
function nonStateAroundMention(ctx: Context, m: Mention, partition: Partition): Side | null {
  const [start, end] = sentenceBounds(ctx, m.first);
  // A phrase of two words or more: a one-word name ("فتح"، "أمل") is also a word of the language.
  const at = (k: number): Side | null => {
    const s = sideAt(ctx, k, partition);
    return s && s.length >= 2 && isNonState(s.side) ? s.side : null;
  };
  for (let k = m.first - 1; k >= Math.max(start, m.first - 8); k--) {
    if (ctx.coveredBy[k] || isIn(ctx, k, stoppers) || isIn(ctx, k, meetingNouns) || lookup(ctx, k, meetingVerbs) || lookup(ctx, k, listOpeners)) break;
    const s = at(k);
    if (s) return s;
  }
  // The apposition after the name: "، قائد …" (a comma right after the name, none after).
  if (!ctx.comma[m.last]) return null;
  for (let k = m.last; k < Math.min(end, m.last + 6) && !ctx.coveredBy[k]; k++) {
    if ((k > m.last && ctx.comma[k]) || PLACE_PREPOSITION.test(ctx.norms[k] ?? '')) break;
    const s = at(k);
    if (s) return s;
  }
  return null;
}

/** "Co-chair of the Syrian Democratic Council": a side that is not a state, named in the English role (a title after the name). */
function nonStateInEnglish(role: string | null): Side | null {
  if (!role) return null;
  const lower = role.toLowerCase();
  for (const { pattern, words, org } of nonStatePatterns()) if (lower.includes(words) && pattern.test(lower)) return organisationSide(org.key, org.en);
  return null;
}

/**
 * "Special Envoy of IGAD to South Sudan": an organisation the person serves, in the English role the officials layer
 * composed (which reads «للهيئة» after «إيغاد» as IGAD). "… to the United Nations" is a posting, not whom he serves.
 */
function organisationInEnglish(role: string | null): Side | null {
  if (!role) return null;
  orgRegexes ??= internationalOrganisations.map((org) => {
    const plain = org.en.replace(/\s*\(.*\)$/, '');
    const en = plain.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    // (A name in ASCII letters that the lower-cased role does not hold cannot match: most of the list is passed over
    // with a substring test. A name with other letters is always tried, the pattern's case folding being the regex's.)
    return { pattern: new RegExp(`\\b(?:of|for|at) (?:the )?${en}\\b`, 'i'), words: /^[\x00-\x7f]*$/.test(plain) ? plain.toLowerCase() : '', org };
  });
  const lower = role.toLowerCase();
  for (const { pattern, words, org } of orgRegexes) if (lower.includes(words) && pattern.test(role)) return organisationSide(org.key, org.en);
  return null;
}
/** Each organisation's pattern, and the words (lower case) a role must hold for it to match ('' where not told). */
let orgRegexes: { pattern: RegExp; words: string; org: { key: string; en: string } }[] | null = null;

let nonStateRegexes: { pattern: RegExp; words: string; org: { key: string; en: string } }[] | null = null;
function nonStatePatterns() {
  return (nonStateRegexes ??= [...nonStateKeys].map((key) => {
    const org = organisation(key)!;
    const words = org.en.replace(/\s*\(.*\)$/, '').toLowerCase();
    const en = words.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    return { pattern: new RegExp(`\\b${en}\\b`), words, org };
  }));
}

/** A region, party or movement side ("org:HAMAS", "org:CHECHNYA"). */
/** "حركة"، "حزب"، "جماعة": nouns that refer back to a movement or party named in the article. */
export const MOVEMENT_NOUNS: ReadonlySet<string> = new Set(['حركه', 'حزب', 'جماعه', 'تيار', 'جبهه', 'ايتلاف', 'مجلس', 'هييه']);

/**
 * «الجبهة»، «الحركة» for a movement the article names: the non-state side whose own words hold the noun («جبهة تحرير شعب
 * تيغراي»), else the only non-state side the article names.
 */
export function movementOfNoun(ctx: Context, noun: string, partition: { north: string; south: string } | null): Side | null {
  let only: Side | null = null;
  let count = 0;
  for (let j = 0; j < ctx.tokens.length; j++) {
    const s = sideAt(ctx, j, partition);
    if (!s || !isNonState(s.side)) continue;
    // "حركة حماس" for "الحركة": the named side's own words hold the noun.
    for (let q = j; q < j + s.length; q++) if ((ctx.forms[q] ?? []).some((f) => f.replace(/^ال/, '') === noun)) return s.side;
    if (only?.key !== s.side.key) count++;
    only = s.side;
    j += s.length - 1;
  }
  return count === 1 ? only : null;
}

const HEAD_OF_GOVERNMENT = /^(?:ال)?(?:رييس|ملك|امير|سلطان)$/;

/**
 * «وفد الحكومة»، «الوفد الحكومي» in talks between a government and a movement («المفاوضات بين الحكومة الأفغانية وحركة
 * طالبان»، «محادثات بين الحكومة الإثيوبية وجبهة …»): the country whose government the article names (one only).
 */
export function governmentSide(ctx: Context, partition: { north: string; south: string } | null): Side | null {
  let found: Side | null = null;
  for (let j = 0; j < ctx.tokens.length - 1; j++) {
    if (ctx.coveredBy[j] || !/^[وبل]?(?:ال|لل)?حكوم[هة]$/.test(ctx.norms[j]!)) continue;
    // («حكومة الرئيس الفنزويلي نيكولاس مادورو»: the government named by its head's title and nationality.)
    const s = sideAt(ctx, j + 1, partition) ?? (HEAD_OF_GOVERNMENT.test(ctx.norms[j + 1] ?? '') ? sideAt(ctx, j + 2, partition) : null);
    if (!s || !s.side.country) continue;
    if (found && found.key !== s.side.key) return null;
    found = s.side;
  }
  return found;
}

/**
 * «وفد المعارضة»، «وفد المعارضة السورية» at token k (after a delegation or side word): the opposition of the country
 * it names, else of the one whose government the talks name, a side of its own (not the government's country).
 */
export function oppositionAt(ctx: Context, k: number, partition: { north: string; south: string } | null): Side | null {
  if (ctx.coveredBy[k] || !/^(?:ال)?معارض[هة]$/.test(ctx.norms[k] ?? '')) return null;
  const own = (ctx.sentence[k + 1] === ctx.sentence[k] ? sideAt(ctx, k + 1, partition)?.side : null) ?? governmentSide(ctx, partition);
  const country = own?.country ? own : null;
  return organisationSide('OPPOSITION:' + (country?.country ?? ''), country ? `${country.en} opposition` : 'Opposition', 'المعارضة');
}

/** «وفد الحكومة»، «الوفد الحكومي»: the words after a delegation word at token k name a government. */
export function namesGovernment(ctx: Context, k: number): boolean {
  return !ctx.coveredBy[k] && /^(?:ال)?(?:حكوم[هة]|حكومي)$/.test(ctx.norms[k] ?? '') && !sideAt(ctx, k + 1, null);
}

export function isNonState(side: Side | null): side is Side {
  return !!side && side.key.startsWith('org:') && nonStateKeys.has(side.key.slice(4));
}

/**
 * A known non-state side, or a movement or front the article names in its own words («الحركة الشعبية لتحرير السودان-شمال»،
 * «حركة العدل والمساواة»): a party to talks of its own, or one of the factions an umbrella's delegation brings.
 */
export function isMovement(side: Side | null): side is Side {
  return !!side && ((side.key.startsWith('org:BODY:') && MOVEMENT_HEADS.has(side.key.slice(9).split(' ')[0]!)) || isNonState(side));
}

/** "X ونظيره الروسي": the side of the counterpart named right after a mention (a side X is not on). */
function counterpartSideAfter(ctx: Context, m: Mention, partition: Partition): Side | null {
  const k = m.last;
  if (!counterpartWords.has((ctx.norms[k] ?? '').replace(/^[وب]/, ''))) return null;
  return sideAt(ctx, k + 1, partition)?.side ?? null;
}

/** The faction named around a meeting party's mentions (title before the name, apposition after), if any. */
export function factionResolver(ctx: Context, partition: Partition): (o: Official) => Side | null {
  const cache = new Map<Official, Side | null>();
  return (o) => {
    if (!cache.has(o)) {
      let found: Side | null = null;
      for (const m of ctx.mentions) if (!found && m.official === o) found = nonStateAroundMention(ctx, m, partition);
      cache.set(o, found);
    }
    return cache.get(o)!;
  };
}

/** Resolves each official's side once: country, else role words, else evidence, else the words around the mentions. */
export function sideResolver(ctx: Context, partition: Partition): (o: Official) => Side | null {
  const cache = new Map<Official, Side | null>();
  const byOfficial = new Map<Official, Mention[]>();
  for (const m of ctx.mentions) {
    const list = byOfficial.get(m.official) ?? [];
    if (list.length < 4) list.push(m);
    byOfficial.set(m.official, list);
  }
  return (o) => {
    if (cache.has(o)) return cache.get(o)!;
    // "رئيس المكتب السياسي لحركة حماس"، "رئيس جمهورية الشيشان"، "المبعوث الدولي": a title that names a side that is not
    // a state (a movement, the UN) decides; the person's own nationality does not.
    const titled = sideInWords(o.role_ar);
    const nonState = (isNonState(titled) ? titled : organisationInTitle(o.role_ar)) ?? nonStateInEnglish(o.role_en) ?? organisationInEnglish(o.role_en) ?? movementInTitle(o.role_ar);
    let side: Side | null = nonState ?? (o.country ? countrySide(o.country) : titled ?? sideInWords(o.evidence, o.name_ar));
    // "وزيرة الصحة سميرة مرعي ونظيرتها السودانية": whoever has a Sudanese counterpart is not Sudanese.
    const notSides = (byOfficial.get(o) ?? []).map((m) => counterpartSideAfter(ctx, m, partition)).filter((x): x is Side => !!x);
    const ruledOut = (s: Side | null) => !!s && notSides.some((n) => n.key === s.key);
    if (ruledOut(side)) side = null;
    for (const m of byOfficial.get(o) ?? []) {
      if (side) break;
      side = sideAroundMention(ctx, m, partition);
      if (ruledOut(side)) side = null;
    }
    cache.set(o, side);
    return side;
  };
}

/**
 * An Arabic name for a side the article does not name with side words: "الجانب" with the nationality adjective
 * of a member's title ("ولي العهد السعودي" → "الجانب السعودي"), else the organisation or country words found there.
 */
export function arabicSideName(side: Side, titles: readonly (string | null)[]): string {
  let fallback = '';
  for (const t of titles) {
    if (!t) continue;
    for (const named of sidesNamedIn(t)) {
      if (named.key !== side.key) continue;
      // "الولايات المتحدة الأمريكية" → "الجانب الأمريكي": the side noun is masculine.
      if (named.adjective) return `الجانب ${named.words.replace(/ية(?=$| )/g, 'ي')}`;
      fallback ||= named.words;
    }
  }
  return fallback;
}

interface NamedSide {
  key: string;
  words: string;
  adjective: boolean;
}

// The sides a title names, by title, shared across analyses.
const namedSides = new Map<string, NamedSide[]>();

function sidesNamedIn(title: string): NamedSide[] {
  const cached = namedSides.get(title);
  if (cached) return cached;
  if (namedSides.size > 20_000) namedSides.clear();
  const out: NamedSide[] = [];
  const ctx = buildContext(title, []);
  for (let i = 0; i < ctx.tokens.length; i++) {
    const m = sideAt(ctx, i, null);
    if (!m) continue;
    let words = title
      .slice(ctx.tokens[i]!.start, ctx.tokens[i + m.length - 1]!.end)
      .replace(/^و?لل/, 'ال')
      .replace(/^[وفبل]+(?=ال)/, '');
    // "لحركة حماس" → "حركة حماس": a clitic preposition, when the name reads the same without it.
    if (/^[وفبل]/.test(words) && sideInWords(words.slice(1))?.key === m.side.key) words = words.slice(1);
    // A nationality adjective ("السعودي", "الكوري الشمالي") reads as "الجانب …"; a country or organisation name
    // stands alone; an epithet ("خادم الحرمين") is not a side's name.
    const adjective = !!matchNationality(ctx.norms, i) && words.startsWith('ال');
    if (adjective || m.side.key.startsWith('org:') || matchCountryName(ctx.norms, i)) out.push({ key: m.side.key, words, adjective });
  }
  namedSides.set(title, out);
  return out;
}
