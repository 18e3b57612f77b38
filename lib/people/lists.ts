/**
 * Attendance lists («وحضر اللقاء …»، «بحضور …»، «يرافقه …»، «وضم الوفد …»، «كل من …»، «وكان في استقباله …») read by
 * their own structure: items separated by «،» or «و», each [title] [name]. When most items of a list are already
 * people, an item of the same shape whose name the officials layer did not accept (an unknown family name, a foreign
 * name) is a person too: the list is the evidence, the title its role.
 */
import type { Official, Person } from '../types';
import { toWords, type Word } from '../officials/words';
import { parseTitle, type Title } from '../officials/titles';
import { resolveTheState } from '../officials/institutions';
import { PUBLIC_BODY_NOUNS } from '../officials/classify';
import { startsTitle } from '../officials/names';
import { isNameWord } from '../officials/lookups';
import { countryName, renderTitle } from '../english/roles';
import { nameToEnglish } from '../english/names';
import { placeNameEn } from '../english/countries';
import { pinyinByRule } from '../english/pinyin';
import { isGazetteerWord, isOrdinaryWord, isUnattestedWord, isWordOfNoLanguage, NASAB } from './evidence';
import { inNameDictionaries } from '../vocab/names';
import { grammarStops, nameStops, ordinals, pluralHeads, rankArms, ranks, styles } from '../vocab/titles';
import { PRESENCE, SIDE_LEAD, SIDE_NOUN, SIDE_WORD } from '../vocab/attendance';

/** «كل من»، «كلا من» (the accusative after a verb): the list follows. */
const EVERY = /^[وف]?كلا?$/;
/** How far after the opener «كل من» may stand and still open its list («وضم الوفد الأذربيجاني كلا من …»). */
const EVERY_REACH = 4;
const MAX_ITEMS_WORDS = 80;
const NAME_MIN = 2;
const NAME_MAX = 4;

interface Item {
  first: number;
  last: number;
}

/** Officials named in attendance lists that the officials layer left out, numbered after `officials`. */
export function listedOfficials(text: string, officials: readonly Official[], people: readonly Person[]): Official[] {
  const words = toWords(text);
  if (!words.length) return [];
  const norms = words.map((w) => w.norm);
  const covered = coverage(words, [...officials, ...people]);
  const found: Official[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!opensList(norms, i)) continue;
    const items = segment(words, norms, covered, i + 1);
    const people = items.filter((it) => isCovered(covered, it)).length;
    if (!people) continue;
    const shaped = items.map((it, n) => (isCovered(covered, it) ? null : itemPerson(words, norms, covered, it, items[n - 1], items[n + 1])));
    const added = shaped.filter(Boolean).length;
    // The list's people are most of its persons: those it adds are never more than those already found, plus one.
    if (people + added < 2 || added > people + 1) continue;
    for (const s of shaped) {
      if (!s) continue;
      // («سفير جمهورية كينيا لدى الدولة» in a list of a Doha meeting: the State is the one the article's officials serve.)
      const title = resolveTheState(s.title, hostState(officials, s.title.country), countryName);
      const o = toOfficial(text, words, { ...s, title }, `o${officials.length + found.length + 1}`);
      if (seen.has(o.name_ar)) continue;
      seen.add(o.name_ar);
      found.push(o);
    }
  }
  return found;
}

/** The verbs of membership and company that open a delegation's list («وضم الوفد …»، «يرافقه …»). */
const MEMBERSHIP = /^[وف]?(?:ضم|يضم|تضم|ضمت|يرافقه|يرافقها|ترافقه|رافقه|رافقها)$/;
/** What the officials layer reads as a description only but a delegation's list makes its staff: an expert, an economist. */
const STAFF_HEAD = /^(?:Expert|Economist)$/;

/**
 * «وضم وفد الصندوق كلا من A، نائب رئيس البعثة، والخبير الاقتصادي B»، «بعثة البنك … والوفد المرافق له، الذي ضم
 * الخبراء C وD»: a person described only as an expert, named in the list of a public body's delegation beside at least
 * one official, is on the body's staff: an official, not a commentator. (The body is named in the list's sentence: an
 * opposition's or a party's delegation may take an economist along who holds no office.) The ids of those people.
 */
export function listedStaff(text: string, officials: readonly Official[], people: readonly Person[]): Set<string> {
  const staff = people.filter((p) => p.named && p.description_ar && expertOnly(p.description_ar));
  const ids = new Set<string>();
  if (!staff.length) return ids;
  const words = toWords(text);
  const norms = words.map((w) => w.norm);
  const covered = coverage(words, [...officials, ...people]);
  const byOfficial = coverage(words, officials);
  const owner = words.map((): string | null => null);
  for (const p of staff) {
    const marks = coverage(words, [p]);
    marks.forEach((m, k) => { if (m) owner[k] = p.id; });
  }
  const bodies = sentencesNamingPublicBodies(words);
  for (let i = 0; i < words.length; i++) {
    if (!MEMBERSHIP.test(norms[i]!) || !bodies.has(words[i]!.sentence)) continue;
    const items = segment(words, norms, covered, i + 1);
    if (!items.some((it) => isCovered(byOfficial, it))) continue;
    for (const it of items) {
      for (let k = it.first; k < it.last; k++) if (owner[k] && !byOfficial[k]) ids.add(owner[k]!);
    }
  }
  return ids;
}

/** The sentences in which a public body's noun stands («وفد الصندوق»، «بعثة البنك الدولي»، «وزارة المالية»). */
function sentencesNamingPublicBodies(words: readonly Word[]): Set<number> {
  const found = new Set<number>();
  for (const w of words) if (w.forms.some((f) => PUBLIC_BODY.has(f.form.replace(/^ال/, '')))) found.add(w.sentence);
  return found;
}

const PUBLIC_BODY = new Set([...PUBLIC_BODY_NOUNS, 'بنك']);

/**
 * A description whose every role is an expert's («الخبير الاقتصادي»، «الخبيرة في إدارة الشؤون المالية»), the plural
 * a list's names share read in the singular («الخبراء»).
 */
function expertOnly(description: string): boolean {
  const words = toWords(description);
  if (!words.length) return false;
  const single = pluralHeads.get(words[0]!.norm.replace(/^ال/, ''));
  if (single) words[0] = { ...words[0]!, norm: single, forms: [{ prefix: '', form: single }] };
  const t = parseTitle(words, 0, countryName, words.map((w) => w.norm));
  return !!t && t.roles.every((r) => r.head.person && STAFF_HEAD.test(r.head.en));
}

/** The state most of the officials found serve, other than `own`, when one leads the others. */
function hostState(officials: readonly Official[], own: string | null): string | null {
  const counts = new Map<string, number>();
  for (const o of officials) if (o.country && o.country !== own) counts.set(o.country, (counts.get(o.country) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

function opensList(norms: readonly string[], i: number): boolean {
  const n = norms[i]!;
  if (EVERY.test(n)) return norms[i + 1] === 'من';
  return PRESENCE.test(n);
}

/**
 * The word after «كل من» when it follows the opener at `i` within a few words of one sentence, no punctuation between
 * (-1 when it does not).
 */
function everyAfter(words: readonly Word[], norms: readonly string[], i: number): number {
  for (let k = i; k < Math.min(words.length - 1, i + EVERY_REACH); k++) {
    if (k > i && words[k]!.punctBefore) return -1;
    if (EVERY.test(norms[k]!) && norms[k + 1] === 'من' && !words[k + 1]!.punctBefore) return k + 2;
  }
  return -1;
}

/** «ومن الجانب»، «وعن جانب»: after «و», the words that name the side the list's next people are for. */
function opensSide(norms: readonly string[], k: number): boolean {
  return /^و(?:من|عن)$/.test(norms[k] ?? '') && /^(?:ال)?جانب$/.test(norms[k + 1] ?? '');
}

const SIDE_MAX = 6;

/**
 * «وضم الجانب الصيني نائب وزير الخارجية …»، «وحضر من الجانب الجزائري وزير التجارة …»: the item past the side it
 * opens with (the side's noun and its nationality), so that its first person is read by title and name like the
 * others. The item itself when it opens with no side, or when no title follows the side within a few words.
 */
function afterSide(words: readonly Word[], norms: readonly string[], it: Item): Item {
  let k = it.first;
  while (k < it.last && k - it.first < 2 && SIDE_LEAD.test(norms[k]!)) k++;
  // («وحضر اللقاء متصرف لواء … X Y»: the meeting's word alone, then the title.)
  if (k > it.first && k < it.last && /^ال/.test(norms[it.first]!) && !words[k]!.punctBefore && startsTitle(words as Word[], norms as string[], k)
    && parseTitle(words as Word[], k, countryName, norms as string[])) return { first: k, last: it.last };
  if (k >= it.last || !SIDE_NOUN.test(norms[k]!)) return it;
  for (let t = k + 1; t < Math.min(it.last, k + SIDE_MAX); t++) {
    if (words[t]!.punctBefore) return it;
    if (startsTitle(words as Word[], norms as string[], t) && parseTitle(words as Word[], t, countryName, norms as string[])) return { first: t, last: it.last };
    // Only the side's own words may come before the first title («الصيني»، «المرافق»، «كلا من»): any other word is a
    // title we cannot read («مستشار رئيس الجمهورية …»), and the title after it would be half of it.
    if (!SIDE_WORD.test(norms[t]!)) return it;
  }
  return it;
}

/**
 * Where the item's person starts when the item opens with its side and the side's own words («من الجانب النرويجي»،
 * «الوفد السنغالي») or with the meeting's word («اللقاء»): the word after them; the item's first word otherwise.
 */
function pastSide(words: readonly Word[], norms: readonly string[], it: Item): number {
  let k = it.first;
  while (k < it.last && k - it.first < 2 && SIDE_LEAD.test(norms[k]!)) k++;
  // («وحضر اللقاء X Y مدير …»: the meeting's word alone opens the item too.)
  if (k >= it.last || !SIDE_NOUN.test(norms[k]!)) return k > it.first && k < it.last && !words[k]!.punctBefore && /^ال/.test(norms[it.first]!) ? k : it.first;
  for (let t = k + 1; t < Math.min(it.last, k + SIDE_MAX); t++) {
    if (words[t]!.punctBefore) return it.first;
    if (!SIDE_WORD.test(norms[t]!)) return t;
  }
  return it.first;
}

/** Each word's index is inside a mention of someone already found. */
function coverage(words: readonly Word[], persons: readonly { mentions: [number, number][] }[]): boolean[] {
  const covered = words.map(() => false);
  // (Words run in text order, so each mention marks its run of words found by a binary search: a long article has
  // many words and many mentions, and testing every word against every mention grew with their product.)
  for (const p of persons) {
    for (const [s, e] of p.mentions) {
      for (let k = firstWordEndingAfter(words, s); k < words.length && words[k]!.tok.start < e; k++) covered[k] = true;
    }
  }
  return covered;
}

/** The index of the first word that ends after `offset` (words.length when none does). */
function firstWordEndingAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.tok.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function isCovered(covered: readonly boolean[], it: Item): boolean {
  for (let k = it.first; k < it.last; k++) if (covered[k]) return true;
  return false;
}

/** The items after the opener, to the end of its sentence: a break at «،» and at «و» before a title. */
function segment(words: readonly Word[], norms: readonly string[], covered: readonly boolean[], from: number): Item[] {
  const items: Item[] = [];
  const sentence = words[from - 1]!.sentence;
  let first = from;
  let k = from;
  // «كل من»: the list starts after «من», also when the opener's object stands before it («ضم الوفد اليوناني كلا من»).
  const every = everyAfter(words, norms, from - 1);
  if (every >= 0) first = k = every;
  for (; k < words.length && k - from < MAX_ITEMS_WORDS && words[k]!.sentence === sentence; k++) {
    if (k === first) continue;
    const w = words[k]!;
    const comma = !!w.punctBefore && /[،,]/.test(w.punctBefore);
    if (w.punctBefore && !comma && !armInBrackets(words, k)) break;
    const andTitle = /^و/.test(norms[k]!) && startsTitle(words as Word[], norms as string[], k)
      && (covered[k - 1] || isNameWord(norms[k - 1]!) || titleEndsBefore(words, norms, first, k - 1));
    // («… السفير X ومن الجانب الهندي سفير …»: the other side's people, not a part of X's name.)
    if (comma || andTitle || opensSide(norms, k)) {
      items.push({ first, last: k });
      first = k;
    }
  }
  if (k > first) items.push({ first, last: k });
  return items;
}

/** Word `k` is a rank's arm of service in brackets, «(طيار)», or the word after it: no break in the list. */
function armInBrackets(words: readonly Word[], k: number): boolean {
  const open = words[k]!.punctBefore === '(' ? k : words[k]!.punctBefore === ')' ? k - 1 : -1;
  return open > 0 && words[open]!.punctBefore === '(' && words[open + 1]?.punctBefore === ')' && rankArms.has(words[open]!.norm);
}

/**
 * «رئيس مجلس المحافظة صباح البزوني والنائبة …»: the item so far holds an office that ended before word `k`, so the
 * words up to `k` are its holder's name and «و» + a title at `k` opens the next person, not a second office.
 */
function titleEndsBefore(words: readonly Word[], norms: readonly string[], first: number, k: number): boolean {
  for (let t = first; t < k; t++) {
    if (!startsTitle(words as Word[], norms as string[], t)) continue;
    const title = parseTitle(words as Word[], t, countryName, norms as string[]);
    if (title) return title.end < k && title.end > t;
  }
  return false;
}

interface Shaped {
  title: Title;
  nameFirst: number;
  nameLast: number;
  /** Where the role ends when the office runs past its parsed title (an institution, a place); the title's end otherwise. */
  roleEnd?: number;
}

/**
 * The first person of a list that opens with its side, read by title and name; only a name every word of which the
 * name dictionaries know, since nothing else in the item vouches for it.
 */
function sidedTitledName(words: readonly Word[], norms: readonly string[], covered: readonly boolean[], it: Item): Shaped | null {
  const sided = afterSide(words, norms, it);
  if (sided === it) return null;
  const titled = titledName(words, norms, covered, sided);
  if (!titled) return null;
  // (A Chinese name read by its syllables vouches for itself: «نائب وزير الخارجية ما تشاو شيوي».)
  if (isChineseName(words, norms, covered, titled.nameFirst, titled.nameLast)) return titled;
  for (let k = titled.nameFirst; k < titled.nameLast; k++) if (!isNameWord(norms[k]!) && !inNameDictionaries(norms[k]!)) return null;
  return titled;
}

/** The person an item names: [title] [name], [honorific] [name] [title], or [name] alone with a bare title as the next item. */
function itemPerson(
  words: readonly Word[], norms: readonly string[], covered: readonly boolean[], it: Item, prev: Item | undefined, next: Item | undefined,
): Shaped | null {
  const titled = sidedTitledName(words, norms, covered, it) ?? titledName(words, norms, covered, it) ?? titledBeforeAppositive(words, norms, covered, it, next);
  if (titled) return titled;
  // (An item that opens with its side, «من الجانب النرويجي X Y وزير الدولة …», names its person after the side's words.)
  const opening = pastSide(words, norms, it);
  const first = afterStyles(words, norms, opening, it.last);
  // [honorific] [name] [title]: the title follows the name.
  for (let k = first + NAME_MIN; k <= Math.min(first + NAME_MAX, it.last - 1); k++) {
    if (words[k]!.punctBefore) break;
    const title = parseTitle(words as Word[], k, countryName, norms as string[], false);
    if (title && isName(words, norms, covered, first, k)) return { title, nameFirst: first, nameLast: k };
  }
  // «المدير العام لمجلس …، السيد باتريك …»: a bare title as the previous item, the honorific and the name this one.
  if (prev && first > opening && !isCovered(covered, prev) && isName(words, norms, covered, first, it.last)) {
    const title = parseTitle(words as Word[], prev.first, countryName, norms as string[]);
    if (title && (title.end >= prev.last - 2 || isComplement(words, norms, covered, title.end, prev.last))) return { title, nameFirst: first, nameLast: it.last, roleEnd: prev.last };
  }
  // «مارينا ويس، المديرة الإقليمية …»: a name alone, its title the next item.
  if (next && first === opening && !isCovered(covered, next) && isName(words, norms, covered, first, it.last)) {
    const title = parseTitle(words as Word[], next.first, countryName, norms as string[]);
    if (title && (title.end === next.last || isComplement(words, norms, covered, title.end, next.last))) return { title, nameFirst: first, nameLast: it.last, roleEnd: next.last };
  }
  return null;
}

/**
 * «النائب سامد سيدوف، رئيس لجنة العلاقات الدولية …»: [title] [two or three words], the next item an office alone. With
 * a title on both sides, a name half of whose words are name words (the other may be an ordinary word, «سامد») is a
 * person's; the title before the name is his role.
 */
function titledBeforeAppositive(
  words: readonly Word[], norms: readonly string[], covered: readonly boolean[], it: Item, next: Item | undefined,
): Shaped | null {
  if (!next || isCovered(covered, next)) return null;
  const title = parseTitle(words as Word[], it.first, countryName, norms as string[]);
  if (!title || title.end >= it.last) return null;
  const nameFirst = afterStyles(words, norms, title.end, it.last);
  if (it.last - nameFirst < NAME_MIN || it.last - nameFirst > 3 || !isName(words, norms, covered, nameFirst, it.last, true)) return null;
  const office = parseTitle(words as Word[], next.first, countryName, norms as string[]);
  // (The office opens the next item and runs to two words at least: «رئيس لجنة …», not a bare «رئيس».)
  if (!office || office.start !== next.first || office.end - office.start < 2) return null;
  return { title, nameFirst, nameLast: it.last };
}

/** Past the honorifics (السيد، سعادة، الدكتور) that open an item, and the conjunction before them. */
function afterStyles(words: readonly Word[], norms: readonly string[], from: number, to: number): number {
  let k = from;
  while (k < to) {
    const forms = k === from ? words[k]!.forms.map((f) => f.form) : [norms[k]!];
    const m = forms.map((f) => styles.match(f, norms, k) ?? ranks.match(f, norms, k)).find((x) => x);
    if (!m) break;
    k += m.length;
    // (A rank's arm of service in brackets goes with it: «الفريق الركن (طيار) X».)
    if (k + 1 < to && armInBrackets(words, k)) k++;
  }
  return k === from && /^و/.test(norms[from]!) && !mayBeNameWord(norms[from]!) ? from : k;
}

/**
 * Words [first, last) are a name of two to four words, none of someone already found, each a name word (a given name,
 * a foreign word of no language); a name of three words or more may hold a family name that is also an ordinary word
 * («خالد بن إبراهيم الحمر») beside at least as many name words, and so may a name of two (`halfNamed`) where titles on
 * both sides vouch for it. Never a particle, a time word, a place or a title.
 */
function isName(words: readonly Word[], norms: readonly string[], covered: readonly boolean[], first: number, last: number, halfNamed = false): boolean {
  const n = last - first;
  if (n < NAME_MIN || n > NAME_MAX) return false;
  let strong = 0;
  for (let k = first; k < last; k++) {
    if (covered[k] || (k > first && words[k]!.punctBefore)) return false;
    const norm = k === first && conjunctionLength(words[k]!) ? norms[k]!.slice(1) : norms[k]!;
    if (!mayBeFamilyWord(norm) || startsTitle(words as Word[], norms as string[], k)) return false;
    // («لمصر واليمن وجيبوتي»: places joined by «و» end a title, they are no name.)
    if (placeNameEn(norm) || placeNameEn(norm.replace(/^و/, '')) || (k > first && /^و/.test(norm) && !isKnownNameWord(norm))) return false;
    // («الخليفة الأول لرئيس مجلس المستشارين»: an ordinal closes an office's name; a regnal number is a known name's.)
    if (ordinals.has(norm)) return false;
    if (mayBeNameWord(norm)) strong++;
  }
  // («الناها بنت هارون ولد الشيخ سيديا»: a name goes on after its nasab link, the word after «ولد» is no title.)
  if (NASAB.test(norms[last - 1]!)) return false;
  return n >= 3 || halfNamed ? strong * 2 >= n : strong === n;
}

/**
 * «نائب وزير الخارجية ما تشاو شيوي»: two or three words each one Chinese syllable as the press writes pinyin, after a
 * title. The family name may be a syllable that is also a particle («ما» Ma, «لو» Lu, «هو» Hu), but not a preposition;
 * the given name's syllables may not, nor may they be ordinary words.
 */
function isChineseName(words: readonly Word[], norms: readonly string[], covered: readonly boolean[], first: number, last: number): boolean {
  if (last - first < 2 || last - first > 3) return false;
  for (let k = first; k < last; k++) {
    if (covered[k] || (k > first && words[k]!.punctBefore) || !pinyinByRule(norms[k]!)) return false;
    if (k > first && (nameStops.has(norms[k]!) || grammarStops.has(norms[k]!) || isOrdinaryWord(norms[k]!) || /^و/.test(norms[k]!))) return false;
  }
  return !PREPOSITIONS.has(norms[first]!);
}

/** Particles that open a complement of the title, never a Chinese family name. */
const PREPOSITIONS = new Set(['في', 'من', 'عن', 'ان', 'او', 'ام', 'لا', 'لم', 'لن']);

/** Not a particle, a time word, a number or a Latin word: a word that may stand in a family name. */
function mayBeFamilyWord(norm: string): boolean {
  return norm.length >= 2 && !/[0-9٠-٩A-Za-z]/.test(norm) && !nameStops.has(norm);
}

/** An item [title] [name of two to four name words], the name's words each possible name words. */
function titledName(words: readonly Word[], norms: readonly string[], covered: readonly boolean[], it: Item): Shaped | null {
  const title = parseTitle(words as Word[], it.first, countryName, norms as string[]);
  if (!title || title.end >= it.last) return null;
  const nameFirst = afterStyles(words, norms, pastTitleWords(words, norms, afterStyles(words, norms, title.end, it.last), it.last), it.last);
  const nameLast = it.last;
  const n = nameLast - nameFirst;
  // («ووزير الدولة براتيكنو»: one word of no language is a foreign name.)
  const single = n === 1 && isWordOfNoLanguage(norms[nameFirst]!) && !nounOrPlaceAfterTitle(norms[nameFirst]!);
  const named = single
    ? !covered[nameFirst] && !startsTitle(words as Word[], norms as string[], nameFirst)
    : n >= NAME_MIN && n <= NAME_MAX && (isName(words, norms, covered, nameFirst, nameLast) || isKnownGivenAndFamily(words, norms, covered, nameFirst, nameLast)
      || isChineseName(words, norms, covered, nameFirst, nameLast));
  return named ? { title, nameFirst, nameLast } : officeThenName(words, norms, covered, it, title);
}

/**
 * «رئيس لجنة الموازنة والاعتمادات»، «مدير دائرة المغرب العربي ومالطا»: a word with the article or a place's name,
 * maybe joined by «و», goes on the title (a field, a place it covers); a foreign name takes no article.
 */
function nounOrPlaceAfterTitle(norm: string): boolean {
  const bare = norm.replace(/^[وف]/, '');
  return /^(ال|لل)/.test(norm) || /^(ال|لل)/.test(bare) || !!placeNameEn(norm) || !!placeNameEn(bare);
}

/**
 * «والنائبة الديمقراطية إليسا سلوتكين»، «والسيناتورة الجمهورية جوني إرنست»، «ووزيرة الجامعات آنا ماريا برنيني»: a
 * definite word that no name source lists, between the title and a name, is the title's (an adjective the grammar
 * did not agree with the title, a complement it did not read); a name opens with a given name, and the given names
 * that take the article («المختار», «الحسن», «الأمين») are in the name sources. Two words stay for the name, and the
 * first of them may open one.
 */
function pastTitleWords(words: readonly Word[], norms: readonly string[], from: number, last: number): number {
  let k = from;
  while (last - k > NAME_MIN && !words[k + 1]!.punctBefore && /^و?ال../.test(norms[k]!) && ((!isNameWord(norms[k]!) && !inNameDictionaries(norms[k]!)) || nisbaOfTitleNoun(words, norms, k, last))) k++;
  // (Only up to a word that may open a name: «… والشؤون الإقليمية بوزارة الخارجية فؤاد يزوغ» is an office read on.)
  return k > from && mayBeNameWord(norms[k]!) ? k : from;
}

/**
 * «ووزيرة الجامعات والبحث العلمي آنا ماريا برنيني»: a nisba that is a family name too («العلمي»), right after the
 * title's masculine definite noun, is that noun's adjective when a name of three words still follows it; a given name
 * with the article opens a shorter name («الرئيس الباجي قائد السبسي»).
 */
function nisbaOfTitleNoun(words: readonly Word[], norms: readonly string[], k: number, last: number): boolean {
  const noun = norms[k - 1] ?? '';
  return last - k > 3 && !words[k]!.punctBefore && /^و?ال..+[^ه]$/.test(noun) && /^ال..+ي$/.test(norms[k]!);
}

/**
 * «ومديرة إدارة الأقليات في الدول غير الأعضاء [السفيرة] فلانة الفلانية»: the office runs past the title the grammar
 * parsed (an institution, a place, a field it does not know) up to the name that ends the item. The name starts at the
 * first name word after a complement of the office (or after the honorific that follows it) from which the rest of
 * the item is a name.
 */
function officeThenName(words: readonly Word[], norms: readonly string[], covered: readonly boolean[], it: Item, title: Title): Shaped | null {
  for (let s = title.end + 1; s <= it.last - NAME_MIN; s++) {
    if (!isComplement(words, norms, covered, title.end, s)) return null;
    const nameFirst = afterStyles(words, norms, s, it.last);
    if (nameFirst === s && !mayBeNameWord(norms[s]!)) continue;
    if (it.last - nameFirst < NAME_MIN) continue;
    // (A complement that ends in a name word, «مستشار الأمير فيصل …», leaves the name's first word in doubt.)
    if (nameFirst === s && mayBeNameWord(norms[s - 1]!) && !placeNameEn(norms[s - 1]!)) return null;
    if (isName(words, norms, covered, nameFirst, it.last) || isKnownGivenAndFamily(words, norms, covered, nameFirst, it.last)) {
      return { title, nameFirst, nameLast: it.last, roleEnd: s };
    }
  }
  return null;
}

/**
 * Two words [first, last) read as a given name and a family name: the given name known to a name source (a time word
 * may be one, «صباح»; no word of grammar), the family name listed by a name source though it may be an ordinary word
 * too («البزوني»، «سعادة»), no place, no office and no «و»-joined word. Only after a title, in an attendance list.
 */
function isKnownGivenAndFamily(words: readonly Word[], norms: readonly string[], covered: readonly boolean[], first: number, last: number): boolean {
  if (last - first !== 2 || covered[first] || covered[first + 1] || words[first + 1]!.punctBefore) return false;
  const given = withoutNameConjunction(words[first]!);
  const family = norms[first + 1]!;
  if (!isKnownNameWord(given) || grammarStops.has(given)) return false;
  // (A style that ends the item has no one to stand before: in «ميرنا سعادة» the word is a family name.)
  return mayBeFamilyWord(family) && !/^و/.test(family) && !isUnattestedWord(family) && !placeNameEn(family)
    && !parseTitle(words as Word[], first + 1, countryName, norms as string[]);
}

const COMPLEMENT_MAX = 8;

/**
 * Words [from, to) complete an office: one to eight words of an institution, a place or a field, none of a person
 * already found, none opening another office, no break between them.
 */
function isComplement(words: readonly Word[], norms: readonly string[], covered: readonly boolean[], from: number, to: number): boolean {
  if (to <= from || to - from > COMPLEMENT_MAX) return false;
  for (let k = from; k < to; k++) {
    if (covered[k] || words[k]!.punctBefore || /[0-9٠-٩A-Za-z]/.test(norms[k]!)) return false;
    if (startsTitle(words as Word[], norms as string[], k) && parseTitle(words as Word[], k, countryName, norms as string[])) return false;
  }
  return true;
}

function mayBeNameWord(norm: string): boolean {
  if (/[0-9٠-٩A-Za-z]/.test(norm) || norm.length < 2) return false;
  if (isOrdinaryWord(norm) || nameStops.has(norm)) return false;
  return isNameWord(norm) || isWordOfNoLanguage(norm) || isGazetteerWord(norm) || inNameDictionaries(norm) || (norm.startsWith('ال') && inNameDictionaries(norm.slice(2)));
}

function toOfficial(text: string, words: readonly Word[], s: Shaped, id: string): Official {
  const roleStart = words[s.title.start]!.tok.start;
  const nameStart = words[s.nameFirst]!.tok.start + conjunctionLength(words[s.nameFirst]!, /[،,]/.test(words[s.nameFirst]!.punctBefore ?? ''));
  const nameEnd = words[s.nameLast - 1]!.tok.end;
  const roleLast = words[(s.roleEnd ?? s.title.end) - 1]!;
  const role_ar = withoutConjunction(text.slice(roleStart, roleLast.tok.end));
  const name_ar = text.slice(nameStart, nameEnd);
  const country = s.title.country;
  return {
    id,
    name_ar,
    name_en: nameToEnglish(name_ar, { country }),
    role_ar,
    role_en: renderTitle(s.title),
    country,
    mentions: [[nameStart, nameEnd]],
    evidence: text.slice(Math.min(roleStart, nameStart), Math.max(nameEnd, roleLast.tok.end)),
    known: false,
  };
}

/** «ووزير الخارجية» → «وزير الخارجية»; «وزير» keeps its letter. */
function withoutConjunction(role: string): string {
  if (!/^[وف]/.test(role)) return role;
  const rest = role.slice(1);
  const words = toWords(rest);
  return parseTitle(words, 0, countryName, words.map((w) => w.norm), false) ? rest : role;
}

/**
 * «ومحمد»: the conjunction glued to the first word of a name, when the word without it is a name word. After the comma
 * of a list, a name the sources know without the «و» opens the next item even when the whole word is listed too
 * («، وأجيت X»: a list writes «ووليد» for Walid).
 */
function conjunctionLength(w: Word, afterComma = false): number {
  if (!/^و/.test(w.norm) || !mayBeNameWord(w.norm.slice(1))) return 0;
  return !isKnownNameWord(w.norm) || (afterComma && isKnownNameWord(w.norm.slice(1))) ? 1 : 0;
}

/** A word the name sources list (وليد، وائل), not a foreign word behind the conjunction (وهالينا). */
function isKnownNameWord(norm: string): boolean {
  return isNameWord(norm) || isGazetteerWord(norm) || inNameDictionaries(norm);
}

/** The form of a name's first word without a conjunction glued to it («وصباح» → «صباح»). */
function withoutNameConjunction(w: Word): string {
  return conjunctionLength(w) ? w.norm.slice(1) : w.norm;
}
