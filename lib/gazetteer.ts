/**
 * Known officials: English spelling as the English-language press writes it, country, dated roles.
 * Data: assets/gazetteer.json, built from scripts/gazetteer/sources/*.json by scripts/gazetteer/build.ts.
 * Lookups go through `nameKey`, so hamza/ya/ta-marbuta forms, "عبد الله"/"عبدالله", "نصر الله"/"نصرالله",
 * "داود أوغلو"/"داوداوغلو" and hyphenated Korean names (جونغ-أون) all meet.
 */
import data from '../assets/gazetteer.json';
import precomputed from '../assets/gazetteer-index.json';
import { normalize } from './arabic/normalize';
import { withoutParticles } from './arabic/clitics';
import { cachedIn } from './bounded-cache';

export interface KnownRole {
  role_en: string;
  /** Office key for role look-ups ("president", "foreign_minister", ...), when the role is a common office. */
  office?: string;
  /** ISO dates (YYYY or YYYY-MM), open ends allowed. */
  from?: string;
  to?: string | null;
}

export interface KnownPerson {
  id: string;
  name_en: string;
  /** Common Arabic spellings, fullest first. */
  names_ar: string[];
  /** Single words or short forms that identify the person on their own in news text ("بوتين", "لافروف"). */
  short_ar?: string[];
  /** Forms that identify the person only right after a title or honorific ("الملك سلمان", "الرئيس بري"). */
  after_title_ar?: string[];
  /** Forms knowingly shared with another entry (resolved by date, then by recency). */
  ambiguous_ar?: string[];
  country: string | null;
  /** Oldest first, except that the main role (see `mainRole`) is moved last, so `roles.at(-1)` is the role to show. */
  roles: KnownRole[];
}

export interface LookupOptions {
  /** The article's date (YYYY, YYYY-MM or YYYY-MM-DD): prefers the person in office then. */
  date?: string;
  /** The name follows a title or honorific, so after-title forms count. */
  afterTitle?: boolean;
}

export const knownPeople: readonly KnownPerson[] = data as KnownPerson[];

// Words that attach to their neighbour in one spelling and stand apart in another.
const JOIN_NEXT = new Set(['عبد']);
const JOIN_PREV = new Set(['الله', 'اوغلو', 'زاده']);

/** Key tokens of a normalised word run: hyphens split, عبد/الله/أوغلو joined, ابن inside a name read as بن. */
function keyTokens(words: string[]): string[] {
  const out: string[] = [];
  let pendingJoin = false;
  for (const w of words) {
    for (const raw of w.split('-')) {
      if (!raw) continue;
      // "عبدالله الثاني ابن الحسين" = "عبدالله الثاني بن الحسين": ابن inside a name is بن.
      const part = raw === 'ابن' && out.length > 0 ? 'بن' : raw;
      if (pendingJoin) {
        out[out.length - 1] += part;
        pendingJoin = false;
      } else if (JOIN_PREV.has(part) && out.length > 0 && !JOIN_NEXT.has(out[out.length - 1]!)) {
        out[out.length - 1] += part;
      } else out.push(part);
      if (JOIN_NEXT.has(part)) pendingJoin = true;
    }
  }
  return out;
}

// Key tokens of one word, by word: the matcher looks up the same article words at every position.
const wordKeyCache = new Map<string, readonly string[]>();

function wordKeyTokens(word: string): readonly string[] {
  let toks = wordKeyCache.get(word);
  if (!toks) {
    toks = keyTokens([word]);
    if (wordKeyCache.size > 50_000) wordKeyCache.clear();
    wordKeyCache.set(word, toks);
  }
  return toks;
}

/** The matching key of an Arabic name: normalised, punctuation dropped, spacing variants folded. */
export function nameKey(nameAr: string): string {
  const words = normalize(nameAr)
    .replace(/[^\u0621-\u064A0-9A-Za-z\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return keyTokens(words).join(' ');
}

// Foreign names reach Arabic through many transliterations (تشاووش/جاويش أوغلو, بيلوسوف/بيلاوسوف,
// تشونغ/جونغ): a consonant skeleton folds them for people whose names are not Arabic in origin.
const ARABIC_NAME_COUNTRIES = new Set([
  'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'JO', 'MA', 'EG', 'IQ', 'SY', 'LB', 'PS', 'YE', 'LY', 'SD', 'TN', 'DZ', 'MR',
  'SO', 'DJ', 'KM', 'IR', 'AF', 'PK',
]);
/** A state whose people carry names of Arabic origin (the Arab states, and Iran, Afghanistan, Pakistan). */
export function namesArabicInOrigin(country: string): boolean {
  return ARABIC_NAME_COUNTRIES.has(country);
}
const SKELETON_FOLD: Record<string, string> = {
  'ى': 'و', 'غ': 'ك', 'ج': 'ك', 'ق': 'ك', 'گ': 'ك', 'ذ': 'ز', 'ظ': 'ز', 'ص': 'س', 'ث': 'س', 'ط': 'ت', 'ض': 'د', 'ح': 'ه', 'خ': 'ه', 'پ': 'ب', 'ڤ': 'ف', 'چ': 'ك',
};

/**
 * Transliteration skeleton of one key token: look-alike consonants folded (غ/ج/ق/ك, تش→ج, ص/س, ط/ت...), ع/ء
 * dropped, vowel letters reduced to two classes (ا and و/ي) with runs collapsed, a final ه dropped.
 * "جاويش" and "تشاووش" meet; "تشانغ" (Zhang) and "تشونغ" (Chung) stay apart.
 */
const skeletonCache = new Map<string, string>();
const consonantCache = new Map<string, string>();

const TOKEN_CACHE_LIMIT = 50_000;

export function skeletonToken(token: string): string {
  return cachedIn(skeletonCache, token, TOKEN_CACHE_LIMIT, computeSkeleton);
}

function computeSkeleton(token: string): string {
  const t = token.replace(/تش/g, 'ج').replace(/(.)ه$/, '$1').replace(/[عء]/g, '');
  let out = '';
  for (const ch of t) {
    const c = ch === 'ا' ? 'ا' : ch === 'و' || ch === 'ي' ? 'و' : (SKELETON_FOLD[ch] ?? ch);
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

/** The skeleton without vowel letters: "بيلاوسوف" and "بيلوسوف" meet. Used only for long names. */
export function consonantToken(token: string): string {
  return cachedIn(consonantCache, token, TOKEN_CACHE_LIMIT, (t) => skeletonToken(t).replace(/[او]/g, ''));
}

const consonants = (t: string) => t.replace(/[او]/g, '').length;

/** A way of folding names, and how much of a name must remain to identify one person. */
interface Folding {
  token: (t: string) => string;
  distinctive: (skel: string[]) => boolean;
  byKey: Map<string, KnownPerson[]>;
  trie: Trie;
}

const foldings: Folding[] = [];

function foreignName(p: KnownPerson, key: string): boolean {
  if (p.country && ARABIC_NAME_COUNTRIES.has(p.country)) return false;
  return !key.split(' ').some((t) => t.startsWith('ال') || t.startsWith('عبد') || ['بن', 'ابن', 'بنت', 'ولد', 'ابو'].includes(t));
}

interface Trie {
  next: Map<string, Trie>;
  plain: KnownPerson[];
  titled: KnownPerson[];
}

const newTrie = (): Trie => ({ next: new Map(), plain: [], titled: [] });
const byKey = new Map<string, KnownPerson[]>();
const byTitledKey = new Map<string, KnownPerson[]>();
const trie = newTrie();
// Two words with consonants and four consonants in all keep vowel classes; without vowels, six and two per word.
foldings.push(
  {
    token: skeletonToken,
    distinctive: (sk) => sk.filter((t) => consonants(t) > 0).length >= 2 && sk.reduce((n, t) => n + consonants(t), 0) >= 4,
    byKey: new Map(),
    trie: newTrie(),
  },
  {
    token: consonantToken,
    distinctive: (sk) => sk.length >= 2 && sk.every((t) => t.length >= 2) && sk.reduce((n, t) => n + t.length, 0) >= 6,
    byKey: new Map(),
    trie: newTrie(),
  },
);
const byId = new Map<string, KnownPerson>();

function addKey(map: Map<string, KnownPerson[]>, key: string, person: KnownPerson, titled: boolean): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.includes(person)) list.push(person);
  map.set(key, list);
  let node = trie;
  for (const t of key.split(' ')) {
    let child = node.next.get(t);
    if (!child) node.next.set(t, (child = newTrie()));
    node = child;
  }
  const bucket = titled ? node.titled : node.plain;
  if (!bucket.includes(person)) bucket.push(person);
}

/** The key of a spelling under each folding (its skeleton tokens joined), or null where the folding is not used. */
function foldedKeys(key: string, person: KnownPerson): (string | null)[] {
  if (!foreignName(person, key)) return foldings.map(() => null);
  return foldings.map((f) => {
    const skel = key.split(' ').map(f.token);
    return f.distinctive(skel) ? skel.join(' ') : null;
  });
}

function addFolded(keys: readonly (string | null)[], person: KnownPerson): void {
  keys.forEach((sk, i) => {
    if (sk === null) return;
    const f = foldings[i]!;
    const list = f.byKey.get(sk) ?? [];
    if (!list.includes(person)) list.push(person);
    f.byKey.set(sk, list);
    let node = f.trie;
    for (const t of sk.split(' ')) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = newTrie()));
      node = child;
    }
    if (!node.plain.includes(person)) node.plain.push(person);
  });
}

/** Every key of one person: of names and short forms, of after-title forms, and the folded keys of each name. */
interface PersonKeys {
  keys: string[];
  titled: string[];
  folded: (string | null)[][];
}

function personKeys(p: KnownPerson): PersonKeys {
  const keys = [...p.names_ar, ...(p.short_ar ?? [])].map(nameKey);
  return { keys, titled: (p.after_title_ar ?? []).map(nameKey), folded: p.names_ar.map((n, i) => foldedKeys(keys[i]!, p)) };
}

/** A person's spellings, to tell whether the precomputed keys are still theirs (FNV-1a of the joined spellings). */
function spellingsHash(p: KnownPerson): number {
  const text = [...p.names_ar, '|', ...(p.short_ar ?? []), '|', ...(p.after_title_ar ?? [])].join('\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * For npm run build:data (assets/gazetteer-index.json): every person's keys, computed here, with the hash of the
 * spellings they were computed from.
 */
export function gazetteerIndexData(people: readonly KnownPerson[]): { hashes: number[]; people: PersonKeys[] } {
  return { hashes: people.map(spellingsHash), people: people.map(personKeys) };
}

// Built at the first look-up, not when the module loads: the extension's background starts on every page a tab
// opens, and only Arabic pages ever look anyone up. The keys come from assets/gazetteer-index.json (npm run
// build:data) for every person whose spellings are the ones they were computed from; tests/unit/data.test.ts
// checks the file is current.
let indexed = false;
function ensureIndex(): void {
  if (indexed) return;
  indexed = true;
  const ready = precomputed as { hashes: number[]; people: PersonKeys[] };
  knownPeople.forEach((p, i) => {
    byId.set(p.id, p);
    const k = ready.hashes[i] === spellingsHash(p) ? ready.people[i]! : personKeys(p);
    for (const key of k.keys) addKey(byKey, key, p, false);
    for (const keys of k.folded) addFolded(keys, p);
    for (const key of k.titled) addKey(byTitledKey, key, p, true);
  });
}

/** Comparable bounds of an ISO-ish date: "2015" covers 2015-01-01 .. 2015-12-31. */
function lower(d: string): string {
  return (d + '-01-01').slice(0, 10);
}
function upper(d: string): string {
  return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d;
}

function roleCovers(r: KnownRole, date: string): boolean {
  const lo = lower(date);
  const hi = upper(date);
  if (r.from && lower(r.from) > hi) return false;
  if (r.to && upper(r.to) < lo) return false;
  return true;
}

/** Latest date a person held any listed role ("9999" while in office). */
function lastInOffice(p: KnownPerson): string {
  let last = '';
  for (const r of p.roles) {
    const end = r.to ? upper(r.to) : '9999';
    if (end > last) last = end;
  }
  return last;
}

const TOP_OFFICES = new Set(['president', 'king', 'emir', 'sultan', 'supreme_leader']);
const HIGH_OFFICES = new Set(['prime_minister', 'crown_prince', 'deputy_crown_prince', 'vice_president']);
const MINISTERIAL_OFFICES = new Set(['foreign_minister', 'defense_minister', 'interior_minister', 'finance_minister', 'deputy_prime_minister', 'un_secretary_general', 'arab_league_secretary_general']);

/** Heads of state first, then heads of government: the one a bare surname after a title most likely means. */
export function officeRank(r: KnownRole): number {
  if (r.office && TOP_OFFICES.has(r.office)) return 0;
  if (r.office && HIGH_OFFICES.has(r.office)) return 1;
  if (r.office && MINISTERIAL_OFFICES.has(r.office)) return 2;
  return 3;
}

function choose(candidates: KnownPerson[], date?: string): KnownPerson | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!;
  if (date) {
    const rankOn = (p: KnownPerson) => Math.min(...p.roles.filter((r) => roleCovers(r, date)).map(officeRank));
    const inOffice = candidates.filter((p) => p.roles.some((r) => roleCovers(r, date)));
    if (inOffice.length >= 1)
      return inOffice.sort((a, b) => rankOn(a) - rankOn(b) || lastInOffice(b).localeCompare(lastInOffice(a)))[0]!;
  }
  return [...candidates].sort((a, b) => lastInOffice(b).localeCompare(lastInOffice(a)))[0]!;
}

/** Every known person an Arabic name may refer to (more than one only for marked ambiguous forms). */
export function findKnownPeople(nameAr: string, opts: LookupOptions = {}): KnownPerson[] {
  ensureIndex();
  const key = nameKey(nameAr);
  const plain = byKey.get(key) ?? [];
  if (plain.length > 0) return plain;
  const titled = opts.afterTitle ? (byTitledKey.get(key) ?? []) : [];
  if (titled.length > 0) return titled;
  // A foreign name spelt another way: accept a skeleton only when it names exactly one person.
  for (const f of foldings) {
    const skel = key.split(' ').map(f.token);
    if (!f.distinctive(skel)) continue;
    const similar = f.byKey.get(skel.join(' ')) ?? [];
    if (similar.length === 1) return similar;
    if (similar.length > 1) return [];
  }
  return [];
}

/** The known person an Arabic name (full, a listed variant, or a distinctive short form) refers to, if any. */
export function findKnownPerson(nameAr: string, opts: LookupOptions = {}): KnownPerson | null {
  return choose(findKnownPeople(nameAr, opts), opts.date);
}

/** The role to show for a person: on a date, the highest office held then; otherwise the main role. */
/** Years of a role inside the 2015–2024 news window the gazetteer is curated for. */
function yearsInWindow(r: KnownRole): number {
  const y = (d: string | undefined, dflt: number, isEnd: boolean) =>
    d ? Number(d.slice(0, 4)) + (d.length >= 7 ? (Number(d.slice(5, 7)) - (isEnd ? 0 : 1)) / 12 : isEnd ? 1 : 0) : dflt;
  const from = Math.max(2015, y(r.from, 1900, false));
  const to = Math.min(2025, y(r.to ?? undefined, 2100, true));
  return Math.max(0, to - from);
}

/** Whether a role was held in the 2015–2024 news window the gazetteer is curated for. */
export function heldInNews(r: KnownRole): boolean {
  return yearsInWindow(r) > 0;
}

/**
 * The role news of 2015–2024 gives a person when the article states none: among roles held in that window,
 * the highest office, then the longest held in the window, then the latest.
 */
export function mainRole(roles: readonly KnownRole[]): KnownRole | null {
  const inWindow = roles.filter((r) => yearsInWindow(r) > 0);
  const pool = inWindow.length > 0 ? inWindow : roles;
  let best: KnownRole | null = null;
  for (const r of pool) {
    if (!best) best = r;
    else {
      const d = officeRank(r) - officeRank(best) || yearsInWindow(best) - yearsInWindow(r);
      if (d < 0 || (d === 0 && (r.to ?? '9999') >= (best.to ?? '9999'))) best = r;
    }
  }
  return best;
}

export function roleOn(person: KnownPerson, date?: string): KnownRole | null {
  if (date) {
    const held = person.roles.filter((r) => roleCovers(r, date));
    if (held.length > 0) return held.reduce((best, r) => (officeRank(r) < officeRank(best) ? r : best));
  }
  return mainRole(person.roles);
}

let kingdoms: Set<string> | null = null;
/** Countries a king or queen reigns over, as the gazetteer knows their thrones (Morocco, Jordan, Spain…). */
export function isKingdom(code: string): boolean {
  const thrones = (kingdoms ??= new Set(knownPeople.filter((p) => !!p.country && p.roles.some((r) => r.office === 'king' || /^(King|Queen) of /.test(r.role_en))).map((p) => p.country!)));
  return thrones.has(code);
}

export function knownPersonById(id: string): KnownPerson | null {
  ensureIndex();
  return byId.get(id) ?? null;
}

/**
 * Who held an office in a country: `role` is an office key ("foreign_minister", "president", "king",
 * "crown_prince", ...) or an English role as written in the gazetteer ("Emir of Qatar"), case-insensitive.
 * With a date, the holder then; without, the current (or latest) holder.
 */
export function findKnownPersonByRole(role: string, country: string | null, date?: string): KnownPerson | null {
  const want = role.toLowerCase();
  let best: { p: KnownPerson; end: string } | null = null;
  for (const p of knownPeople) {
    if (p.country !== country) continue;
    for (const r of p.roles) {
      if (r.office !== want && r.role_en.toLowerCase() !== want) continue;
      if (date && !roleCovers(r, date)) continue;
      const end = r.to ? upper(r.to) : '9999';
      if (!best || end > best.end) best = { p, end };
    }
  }
  return best?.p ?? null;
}

export interface KnownPersonMatch {
  person: KnownPerson;
  /** Number of input words the name spans. */
  length: number;
}

/**
 * The longest known name starting at word i of a run of normalised words (tokens' `norm`). The first word
 * may carry و/ف/ب/ل/ك proclitics ("وبوتين", "لنتنياهو"). With `afterTitle`, forms that need a title count.
 */
export function matchKnownPersonAt(norms: string[], i: number, opts: LookupOptions = {}): KnownPersonMatch | null {
  ensureIndex();
  if (i < 0 || i >= norms.length || !mayStartKnownName(norms[i]!)) return null;
  const firstForms = [norms[i]!, ...withoutParticles(norms[i]!).filter((f) => f !== norms[i] && f.length >= 3)];
  let best: { people: KnownPerson[]; length: number } | null = null;
  for (const first of firstForms) {
    const head = wordKeyTokens(first)[0];
    // Most words start no known name: leave before building the run ("عبد" joins the next word, so look further).
    if (!head || (!trie.next.has(head) && !JOIN_NEXT.has(head))) continue;
    const run: JoinedRun = { norms, at: i, first, words: Math.min(10, norms.length - i), read: 0, joined: [] };
    const joined = run.joined;
    let node: Trie | undefined = trie;
    for (let k = 0; readJoined(run, k) && node; k++) {
      node = node.next.get(joined[k]!.token);
      if (!node) break;
      const atWordEnd = k + 1 >= joined.length || joined[k + 1]!.end !== joined[k]!.end;
      if (!atWordEnd) continue;
      const people = node.plain.length > 0 ? node.plain : opts.afterTitle ? node.titled : [];
      const length = joined[k]!.end + 1;
      if (people.length > 0 && (!best || length > best.length)) best = { people, length };
    }
  }
  if (!best) {
    const head = wordKeyTokens(norms[i]!)[0] ?? '';
    for (const f of foldings) if (!best && f.trie.next.has(f.token(head))) best = matchFoldedAt(f, norms, i);
  }
  if (!best) return honorificKeyedAt(norms, i, opts);
  const person = choose(best.people, opts.date);
  return person ? { person, length: best.length } : null;
}

/**
 * Whether a known name may start at a word of this spelling: its head key token, with or without its particles,
 * opens a key of the trie (or joins the next word), or opens one under a folding or after a listed honorific — the
 * tests matchKnownPersonAt makes before walking. Most words of an article fail them all; the answer depends on the
 * spelling alone (the index is built once), so it is kept by spelling and such words are left with one look-up.
 */
const mayStartCache = new Map<string, boolean>();
function mayStartKnownName(norm: string): boolean {
  return cachedIn(mayStartCache, norm, TOKEN_CACHE_LIMIT, computeMayStartKnownName);
}

function computeMayStartKnownName(norm: string): boolean {
  for (const first of [norm, ...withoutParticles(norm).filter((f) => f !== norm && f.length >= 3)]) {
    const head = wordKeyTokens(first)[0];
    if (head && (trie.next.has(head) || JOIN_NEXT.has(head))) return true;
  }
  const head = wordKeyTokens(norm)[0] ?? '';
  if (foldings.some((f) => f.trie.next.has(f.token(head)))) return true;
  return !!head && NAME_HONORIFICS.some((honorific) => !!trie.next.get(wordKeyTokens(honorific)[0]!)?.next.has(head));
}

// A few people are listed under the honorific the press gives them as part of their name («الشيخة حسينة واجد»:
// Sheikh Hasina). A title scan reads the honorific as a title and the name after it, so the name is looked up as
// if the honorific stood before it, and only where the listed form goes on past the first word after it.
const NAME_HONORIFICS = ['الشيخة', 'الشيخ'].map(normalize);

function honorificKeyedAt(norms: string[], i: number, opts: LookupOptions): KnownPersonMatch | null {
  const head = wordKeyTokens(norms[i]!)[0];
  if (!head) return null;
  for (const honorific of NAME_HONORIFICS) {
    if (!trie.next.get(wordKeyTokens(honorific)[0]!)?.next.has(head)) continue;
    const m = matchKnownPersonAt([honorific, ...norms.slice(i, i + 9)], 0, opts);
    if (m && m.length >= 3) return { person: m.person, length: m.length - 1 };
  }
  return null;
}

/**
 * The key tokens of up to ten words from `at` (the first word as `first`), with the index of the input word each one
 * ends in, cross-word joins (عبد + X, X + الله) applied, read word by word as far as the trie walk asks: most walks end
 * on the first or second token, and the words after them are never read.
 */
interface JoinedRun {
  norms: string[];
  at: number;
  first: string;
  /** How many input words there are (first included), and how many have been read. */
  words: number;
  read: number;
  joined: { token: string; end: number }[];
}

/**
 * Reads words until joined tokens k and k + 1 are final (a later word can still join the last one) or all are read;
 * true when token k exists.
 */
function readJoined(run: JoinedRun, k: number): boolean {
  const { joined } = run;
  while (joined.length <= k + 2 && run.read < run.words) {
    const w = run.read++;
    for (const t of wordKeyTokens(w === 0 ? run.first : run.norms[run.at + w]!)) {
      const prev = joined[joined.length - 1];
      const token = prev && t === 'ابن' ? 'بن' : t;
      if (prev && (JOIN_NEXT.has(prev.token) || JOIN_PREV.has(token))) {
        prev.token += token;
        prev.end = w;
      } else joined.push({ token, end: w });
    }
  }
  return k < joined.length;
}

/** Longest folded match (one person only, distinctive enough) starting at word i. */
function matchFoldedAt(f: Folding, norms: string[], i: number): { people: KnownPerson[]; length: number } | null {
  const words = norms.slice(i, i + 8);
  const keyed: { token: string; end: number }[] = [];
  for (let w = 0; w < words.length; w++) for (const t of wordKeyTokens(words[w]!)) keyed.push({ token: t, end: w });
  let node: Trie | undefined = f.trie;
  let best: { people: KnownPerson[]; length: number } | null = null;
  const path: string[] = [];
  for (let k = 0; k < keyed.length && node; k++) {
    const sk = f.token(keyed[k]!.token);
    node = node.next.get(sk);
    if (!node) break;
    path.push(sk);
    const atWordEnd = k + 1 >= keyed.length || keyed[k + 1]!.end !== keyed[k]!.end;
    if (atWordEnd && node.plain.length === 1 && f.distinctive(path)) best = { people: node.plain, length: keyed[k]!.end + 1 };
  }
  return best;
}
