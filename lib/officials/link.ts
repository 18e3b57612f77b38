/**
 * One person, many mentions: detections (titled names, known names, title-only references) grouped into persons,
 * then every bare surname / first name / trailing part of a name in the text linked to the person it means.
 */
import type { KnownPerson } from '../gazetteer';
import type { PersonalEntry, Span } from '../types';
import { isNameWord, matchNationality } from './lookups';
import { isVerbAsWritten } from '../people/lexicon';
import { inNameDictionaries } from '../vocab/names';
import { reportingVerb } from '../vocab/reporting';
import { compoundNameEnds, heads, nameParticles, ranks, styles, visitorNouns } from '../vocab/titles';
import { otherSenseNationality } from '../vocab/other-sense-nationalities';
import { renderRole } from '../english/roles';
import { originOf } from '../english/origin';
import type { NameRun } from './names';
import type { Title } from './titles';
import type { Word, WordForm } from './words';
import { spelledAs } from './known';
import { stripAl } from '../arabic/article';
import { normalize } from '../arabic/normalize';

export interface Detection {
  name: NameRun | null;
  title: Title | null;
  rank: string | null;
  /** Word indices of the whole evidence [start, end). */
  start: number;
  end: number;
  known: KnownPerson | null;
  /** A title-only reference ("الرئيس الروسي"), to be linked to a named person. */
  ref: boolean;
  styledOnly?: boolean;
  /** A name with no title that speaks («وروت فاطمة آدم، وهي أم …، أن»): a person, unless a title is found elsewhere. */
  bareSpeaker?: boolean;
  /** The styles written before the name (normalised): السيد، الدكتور، معالي… */
  styleWords?: string[];
  visitor?: boolean;
  /** The state a nationality after a bare rank names («الجنرال الموريتاني X»), where no title tells one. */
  country?: string;  /** «الراحل» after the bare rank: the holder has died («الرئيس الراحل X»). */
  late?: boolean;
}

export interface Person {
  key: string[];
  nameAr: string;
  title: Title | null;
  rank: string | null;
  /** A mention gave the rank with «الراحل»: the rank is the late holder's (Late President). */
  late?: boolean;
  country: string | null;
  known: KnownPerson | null;
  personal: (PersonalEntry & { norm: string }) | null;
  mentions: Span[];
  evidence: string;
  detections: Detection[];
  first: number;
  last: number;
}

/** Given names too common to stand for one person on their own. */
const COMMON_GIVEN = new Set(['محمد', 'احمد', 'علي', 'عبدالله', 'حسن', 'حسين', 'ابراهيم', 'عمر', 'خالد', 'فهد', 'سعود', 'عبد']);
const GIVEN_NAME_FIRST = new Set(['ET', 'ER']);
const EAST_ASIAN = new Set(['KP', 'KR', 'CN', 'VN', 'TW', 'MM', 'KH', 'JP']);
const LEADER = /^(?:[A-Z][a-z]+ )*(President|King|Queen|Leader|Monarch|Emir|Sultan|Custodian of the Two Holy Mosques|Supreme Leader)$/;

const nameKey = (norms: string[]) => norms.map((w, i) => (i === 0 ? stripConj(w) : w));
function stripConj(w: string): string {
  return /^[وفبل]/.test(w) && w.length > 4 && !w.startsWith('ول') ? w : w;
}

/** The name ends with this word as its family name; the word after بن is the father's ("سلمان" of "محمد بن سلمان"). */
function endsFamilyName(name: string[], word: string): boolean {
  return name[name.length - 1] === word && !nameParticles.has(name[name.length - 2]!);
}

function isPart(small: string[], big: string[]): boolean {
  if (small.length >= big.length || small.length < 1) return false;
  if (small.length === 1) return endsFamilyName(big, small[0]!) || small[0] === big[0];
  // Arabic short form: first name and family name of a name with بن ("رائد قرملي" of "رائد بن خالد قرملي"), or of a
  // given name, the father's and the family name ("حنان الكواري" of "حنان محمد الكواري").
  if (small.length === 2 && (big.length === 3 || (big.length > 3 && big.includes('بن'))) && small[0] === big[0] && small[1] === big[big.length - 1]) return true;
  // (So of a compound given name: «عبد الرحمن الحسيني» of «عبد الرحمن حامد الحسيني».)
  if (gulfShortForm(small, big)) return true;
  if (small.length === 3 && big.length === 4 && compoundGiven(small[0]!, small[1]!) && small[0] === big[0] && small[1] === big[1] && small[2] === big[3] && !nameParticles.has(big[2]!)) return true;
  const lead = small.every((w, i) => w === big[i]);
  const off = big.length - small.length;
  const trail = small.every((w, i) => w === big[off + i]) && !nameParticles.has(big[off - 1]!);
  return lead || trail;
}

/**
 * The Gulf short form of a name of four words or more: the given name, then one of the middle names with the article,
 * the grandfather's as written («سالم الجابر» of «سالم عبدالله الجابر الصباح») or the father's given the article
 * («أحمد الناصر» of «أحمد ناصر المحمد الصباح»).
 */
function gulfShortForm(small: string[], big: string[]): boolean {
  if (small.length !== 2 || big.length < 4 || small[0] !== big[0] || !small[1]!.startsWith('ال') || big.includes('بن')) return false;
  if (compoundGiven(big[0]!, big[1]!)) return false;
  for (let k = 1; k < big.length - 1; k++) {
    if (nameParticles.has(big[k]!) || nameParticles.has(big[k - 1]!)) return false;
    if (small[1] === big[k] || small[1] === `ال${big[k]}`) return true;
  }
  return false;
}

/** Two words that make one given name: «عبد الرحمن», «أبو بكر», «نور الدين». */
function compoundGiven(first: string, second: string): boolean {
  return first === 'عبد' || first === 'ابو' || compoundNameEnds.has(second);
}

/**
 * The Spanish-speaking countries, whose names carry the father's family name, then the mother's: the press calls the
 * bearer by the first of them («الرئيس بوريك» of «غابرييل بوريك فونت», «مادورو» of «نيكولاس مادورو موروس»). Not the
 * Philippines, whose names are Spanish but put the mother's family name in the middle.
 */
const paternalFirst = (country: string) => originOf(country) === 'spanish' && country !== 'PH';

/** A one-word mention that is the father's family name of a Spanish double surname (the word before the last). */
function paternalSurname(key: string[], p: Person): boolean {
  const big = p.key;
  return key.length === 1 && big.length >= 3 && !!p.country && paternalFirst(p.country) && key[0] === big[big.length - 2]
    && !nameParticles.has(key[0]!) && !nameParticles.has(big[big.length - 3]!);
}

/**
 * The name a Portuguese-speaking country's press calls its bearer by: the word before the particle of the last surname,
 * after a given name or two («لولا» of «لويس إيناسيو لولا دا سيلفا»).
 */
function nameBeforeParticle(p: Person): string | null {
  const k = p.key;
  if (k.length < 4 || !p.country || originOf(p.country) !== 'portuguese' || !/^(دا|دي|دو|دوس|داس)$/.test(k[k.length - 2]!)) return null;
  const word = k[k.length - 3]!;
  return nameParticles.has(word) || word.length < 3 ? null : word;
}

const titleCache = new WeakMap<Title, string>();
function titleEnglish(t: Title | null): string {
  if (!t) return '';
  let en = titleCache.get(t);
  if (en === undefined) { en = t.roles.map((r) => renderRole(r)).join(' / '); titleCache.set(t, en); }
  return en;
}

const headCache = new WeakMap<Title, string>();
/** The role's head in English without nationality or tails, to compare references with named roles. */
function headEnglish(t: Title): string {
  let en = headCache.get(t);
  if (en === undefined) {
    const r = t.roles[0]!;
    // "رئيس إريتريا" and "الرئيس الإريتري" are one office: the country, however said, is not part of the head.
    const complement = r.complement?.kind === 'country' ? null : r.complement;
    en = renderRole({ ...r, nat: null, tails: [], complement });
    headCache.set(t, en);
  }
  return en;
}

const stackedCache = new WeakMap<Title, string[]>();
/** The heads of each stacked office after the first ("Minister of Foreign Affairs" in "Deputy Prime Minister and …"). */
function stackedHeads(t: Title): string[] {
  // Cached per title: each title-only reference compares itself with every named person's title.
  let heads = stackedCache.get(t);
  if (!heads) { heads = t.roles.slice(1).map((r) => headEnglish({ ...t, roles: [r] })); stackedCache.set(t, heads); }
  return heads;
}

/**
 * A known person found only by one ambiguous word ("المالكي") when the article names someone in full with that word
 * ("رياض المالكي") is that someone: the gazetteer's other bearer of the name is not the article's.
 */
function mergeBareKnownNames(persons: Person[], norms: string[]): void {
  for (const p of [...persons]) {
    if (!p.known || p.key.length !== 1 || p.detections.some((d) => d.title || (d.name && d.name.norms.length > 1))) continue;
    const word = p.key[0]!;
    const own = new Set([...(p.known.short_ar ?? [])].map((n) => n.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه')));
    const ambiguous = (p.known.ambiguous_ar ?? []).length > 0 || !own.has(word);
    const others = persons.filter((q) => q !== p && q.key.length >= 2 && q.known?.id !== p.known!.id);
    const bearers = others.filter((q) => endsFamilyName(q.key, word) || q.key[0] === word);
    // (Even a name the gazetteer holds as its own short form is the article's person who bears it when the article
    // named that person in full before: «يوسف حمد الشيباني … وأضاف الشيباني» is Yousef, not a namesake minister.)
    const named = bearers.filter((q) => q.first < p.first);
    // (A first word of a compound family name the article gave, read alone though its second word follows every time:
    // «فرناندو غراندي مارلاسكا … وغراندي مارلاسكا» is not Filippo Grandi.)
    const truncated = others.filter((q) => p.detections.every((d) => !!d.name && continuesName(q.key, word, norms[d.name.end])));
    const hosts = truncated.length ? truncated : ambiguous ? bearers : named;
    if (hosts.length !== 1) continue;
    const host = hosts[0]!;
    host.mentions.push(...p.mentions);
    host.mentions.sort((a, b) => a[0] - b[0]);
    host.detections.push(...p.detections);
    host.first = Math.min(host.first, p.first);
    persons.splice(persons.indexOf(p), 1);
  }
}

/** The name holds `word` after its first word, and `next` (the word read after it) is the name's next one. */
function continuesName(name: string[], word: string, next: string | undefined): boolean {
  const k = name.indexOf(word, 1);
  return k > 0 && k < name.length - 1 && next === name[k + 1] && !nameParticles.has(name[k - 1]!);
}

/**
 * The persons so far by known id (the first of them, as a search in order finds it) and by the first and the last
 * word of each key they have had: every name that may be the same (sameName, isPart either way) shares its first
 * or its last word with the key, so only those are compared (comparing each name with every person before it
 * was quadratic in the article's length).
 */
class PersonIndex {
  readonly persons: Person[] = [];
  private readonly order = new Map<Person, number>();
  private readonly byKnown = new Map<string, Person>();
  private readonly byWord = new Map<string, Person[]>();

  add(p: Person): void {
    this.order.set(p, this.persons.length);
    this.persons.push(p);
    this.indexKey(p);
  }

  knownAs(id: string): Person | null {
    return this.byKnown.get(id) ?? null;
  }

  forgetKnown(p: Person): void {
    if (p.known && this.byKnown.get(p.known.id) === p) this.byKnown.delete(p.known.id);
  }

  indexKnown(p: Person): void {
    if (!p.known) return;
    const had = this.byKnown.get(p.known.id);
    if (!had || this.order.get(had)! > this.order.get(p)!) this.byKnown.set(p.known.id, p);
  }

  indexKey(p: Person): void {
    if (!p.key.length) return;
    // (And by the word before the last, a Spanish father's family name: paternalSurname.)
    for (const w of new Set([p.key[0]!, p.key[p.key.length - 1]!, ...(p.key.length >= 3 ? [p.key[p.key.length - 2]!] : [])])) {
      const list = this.byWord.get(w);
      if (!list) this.byWord.set(w, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    }
  }

  /** The persons whose key shares the first or the last word of `key`, in the order they were found. */
  sameOrPart(key: string[]): Person[] {
    if (!key.length) return this.persons;
    const found = new Set([...(this.byWord.get(key[0]!) ?? []), ...(this.byWord.get(key[key.length - 1]!) ?? [])]);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/** The persons of the article's named detections, and the country a known person not taken for one lends it. */
interface Grouped {
  persons: Person[];
  lent: Map<Person, string | null>;
}

export function buildPersons(
  words: Word[], norms: string[], detections: Detection[], personal: (PersonalEntry & { norm: string })[],
): Person[] {
  const { persons, lent } = groupDetections(words, detections);
  mergeBareKnownNames(persons, norms);
  const kept = keepPersons(persons, personal, lent, sideContext(words, norms));
  linkTitleReferences(words, detections, kept);
  linkCounterpartsAndGuests(words, norms, kept);
  linkBareMentions(words, norms, kept, (a, b) => spanOf(words, a, b));
  return inTextOrder(kept);
}

/** Every detection with a name joins the person of that name found before it, or starts a new one. */
function groupDetections(words: Word[], detections: Detection[]): Grouped {
  const index = new PersonIndex();
  const lent = new Map<Person, string | null>();
  for (const d of detections) {
    if (!d.name) continue;
    const key = nameKey(d.name.norms);
    const country = d.title?.country ?? d.country ?? d.known?.country ?? null;
    let p = earlierPerson(index, d, key, country);
    if (!p) {
      p = newPerson(d, key, nameTextOf(words, d.name));
      index.add(p);
    } else if (key.length > p.key.length) widenName(index, p, d, key, nameTextOf(words, d.name));
    p.detections.push(d);
    p.last = d.start;
    adoptKnown(p, d);
    index.indexKnown(p);
    recordDetection(words, p, d, country, lent);
  }
  return { persons: index.persons, lent };
}

/** The person found before whom this detection names: the same known person, or the latest with a name that fits. */
function earlierPerson(index: PersonIndex, d: Detection, key: string[], country: string | null): Person | null {
  const known = d.known && index.knownAs(d.known.id);
  if (known) return known;
  // (Not a known person whose spellings hold every word of the name but its given name: a relative who bears the
  // same family name, «حافظ قائد السبسي» beside «السبسي».)
  const relative = (q: Person) => !!q.known && !d.known && key.length >= 2 && !spelledAs(q.known, key) && spelledAs(q.known, key.slice(1));
  const cands = index.sameOrPart(key).filter((q) => (sameName(key, q.key) || isPart(key, q.key) || isPart(q.key, key) || paternalSurname(key, q)) && compatible(q, country) && !relative(q));
  return familyNameFirst(key, cands).sort((a, b) => b.last - a.last)[0] ?? null;
}

/**
 * Arabic news calls a person by the family name: a lone name word («قال السيد مراد») that is one person's family name
 * («وزير الداخلية إبراهيم مراد») and another's given name («المدير العام مراد سعيدان») is the family name's holder,
 * however recent the other. Not where the given name is what the bearer is called: by the press's usage for his name
 * (calledByFirstWord), or by this article, which named him by it alone before.
 */
function familyNameFirst(key: string[], cands: Person[]): Person[] {
  if (key.length !== 1 || cands.length < 2) return cands;
  const word = key[0]!;
  if (!cands.some((q) => q.key.length >= 2 && endsFamilyName(q.key, word))) return cands;
  const givenOnly = (q: Person) => q.key.length >= 2 && q.key[0] === word && !endsFamilyName(q.key, word) && !calledByFirstWord(q) && !namedAlone(q, word);
  return cands.filter((q) => !givenOnly(q));
}

/**
 * The press calls the person by the first word of the name: an East Asian family name («كيم» of «كيم جونغ أون»), an
 * Ethiopian or Eritrean given name («آبي»), the given name of a patronymic name («تميم» of «تميم بن حمد») unless too
 * common to tell.
 */
function calledByFirstWord(p: Person): boolean {
  const k = p.key;
  if (k.length < 2) return false;
  if (p.country && EAST_ASIAN.has(p.country)) return true;
  if (p.country && GIVEN_NAME_FIRST.has(p.country) && !COMMON_GIVEN.has(k[0]!)) return true;
  return k.length >= 3 && k[1] === 'بن' && !COMMON_GIVEN.has(k[0]!);
}

/** A detection of the person named by this word alone (or a known person's short form is the word). */
function namedAlone(p: Person, word: string): boolean {
  if (p.detections.some((d) => d.name?.norms.length === 1 && nameKey(d.name.norms)[0] === word)) return true;
  return (p.known?.short_ar ?? []).some((s) => normalize(s) === word);
}

function newPerson(d: Detection, key: string[], nameAr: string): Person {
  return { key, nameAr, title: null, rank: null, country: null, known: d.known, personal: null, mentions: [], evidence: '', detections: [], first: d.start, last: d.start };
}

/** A longer mention of the person gives the person's name in full. */
function widenName(index: PersonIndex, p: Person, d: Detection, key: string[], nameAr: string): void {
  // A full name the gazetteer knows decides between the bearers of a family name a bare mention was linked to:
  // «وجنبلاط» then «وليد جنبلاط» is Walid, not his son Taymour.
  if (p.key.length === 1 && key.length >= 2 && d.known && p.known && p.known.id !== d.known.id) {
    index.forgetKnown(p);
    p.known = d.known;
  }
  p.key = key;
  p.nameAr = nameAr;
  index.indexKey(p);
}

/**
 * A known person found by a shorter mention names this person only when the gazetteer spells every word of the
 * name: «وأضافت هولاند» after «أليسون هولاند» is Alison Holland, not François Hollande.
 */
function adoptKnown(p: Person, d: Detection): void {
  if (!p.known && d.known && (p.key.length <= d.name!.norms.length || spelledAs(d.known, p.key))) p.known = d.known;
}

/** The detection's mention, and the title, evidence, rank and country it gives the person. */
function recordDetection(words: Word[], p: Person, d: Detection, country: string | null, lent: Map<Person, string | null>): void {
  p.mentions.push(spanOf(words, d.name!.start, d.name!.end));
  if (d.title && (!p.title || (isHonorific(p.title) && !isHonorific(d.title)) || statesMore(p.title, d.title) || officeOverSeat(p.title, d.title))) {
    p.title = d.title;
    p.evidence = wordsText(words, d.start, d.end, words[d.start]!.tok.start);
  }
  if (!p.evidence) p.evidence = wordsText(words, d.start, d.end, words[d.start]!.tok.start);
  p.rank ??= d.rank;
  if (d.late) p.late = true;
  // (A known person this person was not taken for lends a country only where the sides of the story tell none: «قال
  // جباروف» after «ترأس الجانب الأذربيجاني وزير الاقتصاد ميكائيل جباروف» is not Kyrgyzstan's Sadyr Japarov.)
  if (d.known && p.known !== d.known && !d.title?.country && !d.country) { if (!p.country) lent.set(p, d.known.country ?? null); }
  else p.country ??= country;
}

/** Officials (a role, a rank, or a known person), and people the text has speak with no title, with their country. */
function keepPersons(
  persons: Person[], personal: (PersonalEntry & { norm: string })[], lent: Map<Person, string | null>,
  sideCountry: (i: number) => string | null,
): Person[] {
  const kept = persons.filter((p) => p.title || p.rank || p.known || personal.some((e) => e.norm === p.key.join(' ')) || p.detections.some((d) => d.bareSpeaker));
  for (const p of kept) {
    p.personal = personal.find((e) => { const k = e.norm.split(' '); return sameName(k, p.key) || isPart(p.key, k) || isPart(k, p.key); }) ?? null;
    if (!p.country) p.country = p.known?.country ?? sideCountry(p.first) ?? lent.get(p) ?? null;
  }
  return kept;
}

/** Title-only references: the named person with that role (or the leader of that country). */
function linkTitleReferences(words: Word[], detections: Detection[], kept: Person[]): void {
  const referents = new Referents(kept);
  for (const d of detections) {
    if (!d.ref || !d.title) continue;
    const target = resolveReference(d, referents);
    if (target) target.mentions.push(spanOf(words, d.start, d.end));
  }
}

/** «نظيره المالي», «الضيف الروسي»: a counterpart or a guest named by a nationality is a mention of that state's person. */
function linkCounterpartsAndGuests(words: Word[], norms: string[], kept: Person[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!visitorNouns.has(words[i]!.forms[0]!.form) && !visitorNouns.has(norms[i]!)) continue;
    // (A counterpart or a guest is of a state: «نظيره المالي» is Malian, not financial.)
    const nat = matchNationality(norms, i + 1) ?? otherSenseNationality(norms[i + 1]);
    if (!nat || words[i + 1]!.punctBefore) continue;
    const target = visitorNounTarget(norms, i, nat.country, kept);
    if (target) target.mentions.push(spanOf(words, i, i + 1 + nat.length));
  }
}

/** The person the visitor noun at `i` with a nationality of `country` means. */
function visitorNounTarget(norms: string[], i: number, country: string, kept: Person[]): Person | undefined {
  const ofCountry = kept.filter((p) => p.country === country);
  // "نظيره الكوري الشمالي": the counterpart holds the office of the one before it, not the leader of that country.
  if (/^(و|ف)?نظير/.test(norms[i]!)) {
    const before = [...kept].filter((p) => p.country !== country && p.title && p.first < i).sort((a, b) => b.first - a.first)[0];
    return before ? ofCountry.find((p) => p.title && headEnglish(p.title) === headEnglish(before.title!)) : undefined;
  }
  return ofCountry.sort((a, b) => rankOf(b) - rankOf(a) || a.first - b.first)[0];
}

/** Each person's mentions in order with overlaps dropped, and the persons in the order the text first mentions them. */
function inTextOrder(kept: Person[]): Person[] {
  for (const p of kept) {
    p.mentions.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    p.mentions = p.mentions.filter((m, i, all) => i === 0 || m[0] >= all[i - 1]![1]);
    p.first = Math.min(p.first, p.mentions[0]?.[0] ?? Infinity);
  }
  return kept.sort((a, b) => (a.mentions[0]?.[0] ?? 0) - (b.mentions[0]?.[0] ?? 0));
}

function spanOf(words: Word[], a: number, b: number): Span {
  return [words[a]!.tok.start, words[b - 1]!.tok.end];
}

/** The name's text as written, from where its first word's prefix (a conjunction, a preposition) ends. */
function nameTextOf(words: Word[], run: NameRun): string {
  const first = words[run.start]!;
  const f = first.forms.find((x) => x.form === run.norms[0]) ?? first.forms[first.forms.length - 1]!;
  const startOff = f.prefix ? first.tok.start + f.prefix.length : first.tok.start;
  return wordsText(words, run.start, run.end, startOff);
}

function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function compatible(p: Person, country: string | null): boolean {
  return !country || !p.country || p.country === country;
}

/**
 * «نظيره X» then «الرئيس الفيتنامي X»: a later mention that gives the same office with what it is of (its body, its
 * state) says what the person is; the bare first one (a counterpart's office, «الرئيس X») cut it short.
 */
function statesMore(had: Title, next: Title): boolean {
  if (had.roles.length !== 1 || next.roles.length !== 1 || had.country) return false;
  const a = had.roles[0]!, b = next.roles[0]!;
  // (Not an office over another, «وزير دولة الرئيس التنفيذي لشركة…», which the title's joining reads as two.)
  if (a.complement || a.nat || a.tails.length || (!b.complement && !b.nat) || b.complement?.kind === 'role') return false;
  return a.mods.join() === b.mods.join() && bareHead(a) === bareHead(b);
}

/**
 * «برئاسة النائب X» … «النائب X، رئيس اللجنة»: a member of parliament's bare seat, said first, says less than the office
 * in a body a later mention gives him (the Chairman of the African Affairs Committee): the office is his role.
 */
function officeOverSeat(had: Title, next: Title): boolean {
  if (had.roles.length !== 1 || had.country || !isSeat(had.roles[0]!)) return false;
  // (The later mention may give the seat again before the office, «النائب X، رئيس اللجنة».)
  const offices = next.roles.filter((r) => !isSeat(r));
  return offices.length === 1 && offices[0]!.complement?.kind === 'inst' && !offices[0]!.mods.length;
}

/** «النائب»: a member of parliament's bare seat, no body, party or constituency said. */
function isSeat(r: Title['roles'][number]): boolean {
  return r.head.bare === 'MP' && !r.complement && !r.nat && !r.tails.length && !r.mods.length;
}

function bareHead(r: Title['roles'][number]): string {
  return renderRole({ ...r, nat: null, tails: [], complement: null });
}

function isHonorific(t: Title): boolean {
  return t.roles.length === 1 && !!t.roles[0]!.head.honorific && !t.roles[0]!.complement;
}

function rankOf(p: Person): number {
  const en = p.title ? headEnglish(p.title) : p.rank ?? '';
  if (LEADER.test(en)) return 3;
  if (en === 'Prime Minister' || en === 'Crown Prince') return 2;
  return p.title ? 1 : 0;
}

const headPatterns = new Map<string, RegExp>();
/** A role head as a whole-word pattern, built once per head. */
function headPattern(head: string): RegExp {
  let re = headPatterns.get(head);
  // (A "Minister" is not a "Prime Minister" or a "Deputy Minister": the head is the office's first word.)
  if (!re) { re = new RegExp(`(?<!(Prime|Deputy|Vice|Assistant|Under) )\\b${head.replace(/[^A-Za-z ]/g, '')}\\b`); headPatterns.set(head, re); }
  return re;
}

/**
 * The persons a title-only reference may stand for, in the order of the persons: those with a title or a known
 * person, of the reference's country; for a reference with no country only those whose title, head or a stacked
 * head is the reference's in English (no other can score). Indexed once per article instead of a pass over every
 * person per reference, quadratic in the article's length. The persons' titles and countries are settled here.
 */
class Referents {
  private byCountry: Map<string, Person[]> | null = null;
  private byEnglish: Map<string, Person[]> | null = null;
  private readonly order = new Map<Person, number>();
  private readonly all: Person[];
  constructor(persons: Person[]) {
    this.all = persons.filter((p) => p.title || p.known);
    this.all.forEach((p, k) => this.order.set(p, k));
  }
  ofCountry(country: string): Person[] {
    if (!this.byCountry) {
      this.byCountry = new Map();
      for (const p of this.all) {
        if (!p.country) continue;
        const list = this.byCountry.get(p.country);
        if (list) list.push(p);
        else this.byCountry.set(p.country, [p]);
      }
    }
    return this.byCountry.get(country) ?? [];
  }
  withEnglish(want: string, wantHead: string): Person[] {
    if (!this.byEnglish) {
      this.byEnglish = new Map();
      for (const p of this.all) {
        if (!p.title) continue;
        for (const en of new Set([titleEnglish(p.title), headEnglish(p.title), ...stackedHeads(p.title)])) {
          const list = this.byEnglish.get(en);
          if (list) list.push(p);
          else this.byEnglish.set(en, [p]);
        }
      }
    }
    const found = new Set([...(this.byEnglish.get(want) ?? []), ...(this.byEnglish.get(wantHead) ?? [])]);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

function resolveReference(d: Detection, referents: Referents): Person | null {
  const t = d.title!;
  const country = t.country;
  const want = titleEnglish(t);
  const wantHead = headEnglish(t);
  const cands = country ? referents.ofCountry(country) : referents.withEnglish(want, wantHead);
  if (!cands.length) return null;
  const before = (p: Person) => (p.first <= d.start ? 1 : 0);
  const score = (p: Person) => {
    if (!p.title) {
      // A known person named without a title ("بوتين … الرئيس الروسي"): the gazetteer's latest role.
      const known = p.known!.roles[p.known!.roles.length - 1]?.role_en ?? '';
      return country && wantHead && headPattern(wantHead).test(known) ? 3 : 0;
    }
    if (titleEnglish(p.title) === want) return 4;
    // One of stacked offices: "وزير الخارجية" of the "نائب رئيس مجلس الوزراء ووزير الخارجية" named before.
    if ((headEnglish(p.title) === wantHead || stackedHeads(p.title).includes(wantHead)) && (country || t.roles[0]!.complement)) return 3;
    // «الوزير الإسباني» after «نظيره الإسباني، وزير الداخلية X»: a bare office of a country is that country's holder
    // of an office of that name.
    // (… or one of his stacked offices: «الوزير الفيتنامي» of the «نائب رئيس الوزراء وزير الخارجية» named before.)
    if (country && !t.roles[0]!.complement && [headEnglish(p.title), ...stackedHeads(p.title)].some((h) => h.startsWith(`${wantHead} of `))) return 3;
    if (LEADER.test(wantHead) && rankOf(p) === 3 && country) return 2;
    return 0;
  };
  // "الرئيس المشترك …" is not the "الرئيسة المشتركة" named with the same office: the title's gender must agree
  // (a woman alone with that office may still be meant by a masculine title, as the press sometimes writes).
  const fem = t.roles[0]!.head.fem;
  const agreed = (p: Person) => (p.title && p.title.roles[0]!.head.fem !== fem ? score(p) - 3 : score(p));
  const best = cands.map((p) => ({ p, s: agreed(p) })).filter((x) => x.s > 0).sort((a, b) => b.s - a.s || before(b.p) - before(a.p) || b.p.last - a.p.last);
  if (!best.length) return null;
  // Two different people with the same role and no way to tell them apart: leave the reference alone.
  if (best.length > 1 && best[0]!.s === best[1]!.s && best[0]!.s < 4 && !country) return null;
  return best[0]!.p;
}

/** Surnames, first names of East Asian names, and trailing parts ("جونغ أون") linked to the most recent person. */
function linkBareMentions(words: Word[], norms: string[], persons: Person[], span: (a: number, b: number) => Span): void {
  // (By word index, and a word found by its start offset: a Set and a Map of every word of the article were most of
  // what this pass allocated.)
  const covered = new Uint8Array(words.length);
  const indexAt = (start: number) => wordStartingAt(words, start);
  for (const p of persons) {
    for (const [s, e] of p.mentions) {
      for (let i = indexAt(s) ?? -1; i >= 0 && i < words.length && words[i]!.tok.end <= e; i++) covered[i] = 1;
    }
  }
  const seqs = new Map<string, { p: Person; seq: string[] }[]>();
  const add = (p: Person, seq: string[], short = false) => {
    if (!seq.length || seq.some((w) => !w)) return;
    // One-letter-pair words are names only as East Asian family names ("شو", "لي").
    if (seq.length === 1 && (nameParticles.has(seq[0]!) || compoundNameEnds.has(seq[0]!) || (seq[0]!.length < 3 && !short))) return;
    const list = seqs.get(seq[0]!) ?? [];
    if (!list.some((x) => x.p === p && sameName(x.seq, seq))) list.push({ p, seq });
    seqs.set(seq[0]!, list);
  };
  for (const p of persons) {
    const k = p.key;
    add(p, k);
    for (let n = 2; n < k.length; n++) {
      add(p, k.slice(0, n));
      if (!nameParticles.has(k[k.length - n - 1]!)) add(p, k.slice(k.length - n));
    }
    // East Asian names put the family name first ("كيم" of "كيم جونغ أون"); others last ("لافروف").
    const eastAsian = !!p.country && EAST_ASIAN.has(p.country);
    if (k.length >= 2 && !eastAsian && !nameParticles.has(k[k.length - 2]!)) add(p, [k[k.length - 1]!]);
    // («كيم» of «كيم جونغ أون», «آبي» of «آبي أحمد», «تميم» of «تميم بن حمد».)
    if (calledByFirstWord(p)) add(p, [k[0]!], eastAsian);
    if (p.known) for (const s of p.known.short_ar ?? []) add(p, s.split(' ').map((w) => w));
    const byName = nameBeforeParticle(p);
    if (byName) add(p, [byName]);
  }
  const quoted = quotedWords(words);
  // Every mention start in word indices, to find each person's latest mention before a bare word.
  const seen = new Map<Person, { at: number; quoted: boolean }[]>();
  for (const p of persons) {
    const list = p.mentions.map(([s]) => indexAt(s)).filter((x): x is number => x !== undefined).map((at) => ({ at, quoted: quoted[at]! }));
    seen.set(p, list);
  }
  /**
   * Salience of a person at word i: a person named only inside quotations ranks last, then one with a role in the
   * text, then the latest mention. The words are visited in order, so each person's mentions before i are counted
   * as i passes them (a pass over all of a person's mentions per bare word was quadratic in the article's length).
   */
  const tallies = new Map<Person, { at: { at: number; quoted: boolean }[]; next: number; before: number; outside: number; latestOutside: number; latest: number }>();
  for (const [p, list] of seen) tallies.set(p, { at: [...list].sort((a, b) => a.at - b.at), next: 0, before: 0, outside: 0, latestOutside: -1, latest: -1 });
  const count = (t: { before: number; outside: number; latestOutside: number; latest: number }, m: { at: number; quoted: boolean }) => {
    t.before++;
    t.latest = Math.max(t.latest, m.at);
    if (!m.quoted) { t.outside++; t.latestOutside = Math.max(t.latestOutside, m.at); }
  };
  const salience = (p: Person, i: number): [number, number, number] => {
    const t = tallies.get(p)!;
    while (t.next < t.at.length && t.at[t.next]!.at < i) count(t, t.at[t.next++]!);
    const latest = t.outside ? t.latestOutside : t.latest;
    return [t.outside || p.title ? 1 : 0, p.title || p.rank ? 1 : 0, t.before ? latest : -1e9 + p.first];
  };
  const better = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    let best: { p: Person; len: number; s: [number, number, number] } | null = null;
    for (const f of words[i]!.forms) {
      if (f.prefix.length > 3) continue;
      for (const { p, seq } of seqs.get(f.form) ?? []) {
        if (!seq.slice(1).every((w, k) => norms[i + 1 + k] === w && !covered[i + 1 + k] && !words[i + 1 + k]!.punctBefore)) continue;
        if (otherGivenNameBefore(words, norms, i, f, p)) continue;
        // «محمد ناجي الأصم» is no mention of «موسى فكي محمد»: a common given name before another name word opens a name.
        if (seq.length === 1 && COMMON_GIVEN.has(f.form) && opensName(words, norms, i + 1, covered)) continue;
        if (seq.length === 1 && maqsuraApart(words[i]!.tok.text, p.nameAr, seq[0]!)) continue;
        const len = seq.length;
        if (best && len < best.len) continue;
        const s = salience(p, i);
        if (!best || len > best.len || better(s, best.s) > 0) best = { p, len, s };
      }
    }
    if (!best) continue;
    best.p.mentions.push(span(i, i + best.len));
    // Before every word after this one (the words are visited in order).
    count(tallies.get(best.p)!, { at: i, quoted: quoted[i]! });
    i += best.len - 1;
  }
}

/**
 * «الاعتداءات اليومية على القرى» is no mention of «عبير علي»: the preposition «على» (and «إلى»، «لدى») reads as the name
 * «علي» once ى and ي are normalised alike. A word written with a final ى, where the name writes that word with ي, is
 * another word.
 */
function maqsuraApart(written: string, nameAr: string, form: string): boolean {
  if (!/ى[\u064B-\u0652]*$/.test(written)) return false;
  const same = nameAr.split(/\s+/).filter((w) => normalize(w) === form);
  return same.length > 0 && same.every((w) => /ي[\u064B-\u0652]*$/.test(w));
}

/** The index of the word that starts at offset `start` (the words are in text order), or undefined. */
function wordStartingAt(words: readonly Word[], start: number): number | undefined {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.tok.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo]!.tok.start === start ? lo : undefined;
}

function opensName(words: Word[], norms: string[], k: number, covered: Uint8Array): boolean {
  return !!words[k] && !words[k]!.punctBefore && !covered[k] && (isNameWord(norms[k]!) || inNameDictionaries(norms[k]!)) && !reportingVerb(norms[k]!);
}

/**
 * «إحسان الشمري» after «عبد الأمير الشمري»: a given name of someone else's right before the shared family name
 * makes it another person's.
 */
function otherGivenNameBefore(words: Word[], norms: string[], i: number, f: { prefix: string }, p: Person): boolean {
  if (i === 0 || f.prefix || words[i]!.punctBefore) return false;
  const prev = norms[i - 1]!;
  if (p.key.includes(prev) || nameParticles.has(prev) || heads.has(stripAl(prev)) || styles.has(prev) || ranks.has(prev)) return false;
  // «وأكد كيم»: a verb (with its conjunction) before the name is no given name, though «واكد» is a surname too.
  if (reportingVerb(prev) || words[i - 1]!.forms.some((x) => /^[وف]?$/.test(x.prefix) && isVerbAsWritten(x.form))) return false;
  return isNameWord(prev) || inNameDictionaries(prev);
}

/** Whether each word stands inside quotation marks (« », “ ”, or paired "). */
function quotedWords(words: Word[]): boolean[] {
  const out: boolean[] = [];
  let depth = 0;
  let straight = false;
  let paragraph = -1;
  for (const w of words) {
    if (w.paragraph !== paragraph) { paragraph = w.paragraph; depth = 0; straight = false; }
    for (const c of w.punctBefore ?? '') {
      if (c === '«' || c === '“') depth++;
      else if ((c === '»' || c === '”') && depth > 0) depth--;
      else if (c === '"') straight = !straight;
    }
    out.push(depth > 0 || straight);
  }
  return out;
}

/**
 * «فيما», «بينما», «أما» (alone or after و): a contrasting clause, which opens another side's list. (A set, and one pass
 * over the forms in sideNounOf: sideContext asks these of every word of the article.)
 */
const CONTRASTS = new Set(['فيما', 'بينما', 'اما', 'وفيما', 'وبينما', 'واما']);

/** «الوفد» if a reading of the word is it, else «الجانب» if one is, else null. */
function sideNounOf(forms: readonly WordForm[]): 'الوفد' | 'الجانب' | null {
  let side = false;
  for (const x of forms) {
    if (x.form === 'الوفد') return 'الوفد';
    if (x.form === 'الجانب') side = true;
  }
  return side ? 'الجانب' : null;
}

/**
 * «، بحضور …»، «، في حضور …»، «، بمشاركة …» after a comma, in a sentence that has named two sides: those present at the
 * event it tells (a signing «عن الجانب الأردني X، وعن الجانب العراقي Y، بحضور A، وB»), not members of the side it named
 * last. (After one side, «ترأس الجانب القطري X، بحضور A»، they are that side's.)
 */
function eventAttendanceAt(words: Word[], norms: string[], i: number): boolean {
  if (!words[i]!.punctBefore) return false;
  return EVENT_ATTENDANCE.test(norms[i]!) || (/^و?في$/.test(norms[i]!) && norms[i + 1] === 'حضور');
}
const EVENT_ATTENDANCE = /^و?ب(?:حضور|مشاركه)$/;

/** How many countries the side phrases of one sentence have named so far. */
function sidesInSentence(marks: readonly { country: string | null; sentence?: number }[], sentence: number): number {
  const countries = new Set<string>();
  for (let k = marks.length - 1; k >= 0 && marks[k]!.sentence === sentence; k--) if (marks[k]!.country) countries.add(marks[k]!.country!);
  return countries.size;
}

/** "من الجانب الروسي", "الوفد الكوري الشمالي": the side a list of names belongs to, per paragraph. */
function sideContext(words: Word[], norms: string[]): (i: number) => string | null {
  const marks: { at: number; paragraph: number; country: string | null; sentence?: number }[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    // A contrasting clause starts another side's list: "…، فيما رافق المبعوث الدولي نائبه …".
    // (So does «مع»: whom a side meets is its counterpart, «أجرى الوفد التشيلي مباحثات مع X، رئيس مجلس المستشارين».)
    if (CONTRASTS.has(norms[i]!) || (norms[i] === 'في' && norms[i + 1] === 'حين') || norms[i] === 'مع') { marks.push({ at: i, paragraph: words[i]!.paragraph, country: null }); continue; }
    if (eventAttendanceAt(words, norms, i) && sidesInSentence(marks, words[i]!.sentence) >= 2) { marks.push({ at: i, paragraph: words[i]!.paragraph, country: null }); continue; }
    const noun = sideNounOf(words[i]!.forms);
    if (!noun) continue;
    const delegation = noun === 'الوفد';
    // (A delegation is a state's: «الوفد المالي» is Mali's; «الجانب المالي» is as often the financial side of a matter.)
    const nat = matchNationality(norms, i + 1) ?? (delegation ? otherSenseNationality(norms[i + 1]) : null);
    if (nat) marks.push({ at: i, paragraph: words[i]!.paragraph, country: nat.country, sentence: words[i]!.sentence });
  }
  return (i: number) => {
    let best: string | null = null;
    for (const m of marks) if (m.at <= i && m.paragraph === words[i]?.paragraph) best = m.country;
    return best;
  };
}

function wordsText(words: Word[], a: number, b: number, startOff: number): string {
  const full = words.slice(a, b);
  if (!full.length) return '';
  let s = '';
  let prevEnd = startOff;
  for (let k = 0; k < full.length; k++) {
    const t = full[k]!.tok;
    const from = k === 0 ? startOff : t.start;
    s += (k === 0 ? '' : ' ') + originalSlice(t, from);
    prevEnd = t.end;
  }
  void prevEnd;
  return s;
}

function originalSlice(t: { text: string; start: number }, from: number): string {
  return t.text.slice(from - t.start);
}
