/** Speakers that are not persons (institutions, anonymous sources, capitals) and their English names. */
import data from '../../assets/speakers.json';
import namedBodies from '../../assets/named-bodies.json';
import { normalize } from '../arabic/normalize';
import { heads } from './titles';

export type SpeakerKind = 'institution' | 'source' | 'capital';

export interface SpeakerHead {
  words: string[];
  en: string;
  kind: SpeakerKind;
}

const stripArticle = (w: string) => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w);

const HEADS: SpeakerHead[] = [
  ...data.institutions.map((e) => ({ words: normalize(e.ar).split(' '), en: e.en, kind: 'institution' as const })),
  ...data.sources.map((e) => ({ words: normalize(e.ar).split(' '), en: e.en, kind: 'source' as const })),
  ...data.capitals.map((e) => ({ words: normalize(e.ar).split(' '), en: e.en, kind: 'capital' as const })),
  ...namedBodyHeads(),
].sort((a, b) => b.words.length - a.words.length);

/**
 * The bodies the named-bodies vocabulary knows by a full definite name («المندوبية السامية للتخطيط», «الهيئة العامة
 * للاستثمار») speak as institutions under their English name, where the heads above have no form of them.
 */
function namedBodyHeads(): SpeakerHead[] {
  const known = new Set(data.institutions.map((e) => normalize(e.ar)));
  const out: SpeakerHead[] = [];
  for (const [en, , , forms] of (namedBodies as { bodies: [string, string, string, string[]][] }).bodies) {
    for (const form of forms) {
      const words = normalize(form).split(' ');
      if (words.length < 2 || !words[0]!.startsWith('ال') || known.has(words.join(' '))) continue;
      out.push({ words, en, kind: 'institution' });
    }
  }
  return out;
}

const SKIP = new Set(data.skipAfterVerb.map(normalize));
/** Heads whose dual form names two unnamed speakers ("مسؤولان"، "مصدران"، "دبلوماسيان"). */
const DUAL_HEADS = new Set(['مسوول', 'مصدر', 'دبلوماسي', 'متحدث', 'خبير', 'محلل', 'شاهد']);
const LABELS = new Set(data.headlineLabels.map(normalize));

// Heads indexed by their first word without the article, so a lookup tries only the few that can match.
const BY_FIRST = new Map<string, SpeakerHead[]>();
for (const head of HEADS) {
  const key = soundPlural(stripArticle(head.words[0]!));
  BY_FIRST.set(key, [...(BY_FIRST.get(key) ?? []), head]);
}

/** The longest speaker head starting at token i (a leading و is allowed on the first word). */
export function matchSpeakerHead(norms: readonly string[], i: number, afterPreposition = false): SpeakerHead | null {
  const t = norms[i];
  if (t === undefined) return null;
  const keys = [soundPlural(stripArticle(t))];
  if (t.length > 3 && t[0] === 'و') keys.push(soundPlural(stripArticle(t.slice(1))));
  // "وفقا للوكالة", "بحسب لوزارة": the head with its preposition ل.
  const local = afterPreposition && /^ل/.test(t) ? [...norms] : null;
  if (local) {
    local[i] = t.startsWith('لل') ? 'ال' + t.slice(2) : t.slice(1);
    keys.push(soundPlural(stripArticle(local[i]!)));
  }
  for (const key of keys) {
    const found = matchHeads(BY_FIRST.get(key) ?? [], local ?? norms, i);
    if (found) return found;
  }
  return accusativeSource(norms, i) ?? oneOfPersons(norms, i);
}

const PERSON_PLURALS = new Map((data.personPlurals as [string, string][]).map(([plural, en]) => [normalize(plural), en]));

/** Nouns of persons a count of people names («33 ألف شخص», «أكثر من ألف مواطن»), normalised. */
const COUNTED_PERSONS = /^(شخص|اشخاص|مواطن|مواطنا|مواطنين|مستخدم|مستخدما|مستخدمين)$/;

/**
 * A crowd at token i: people counted («عدد من الأهالي», «نحو 33 ألف شخص», «آلاف المحتجين», «عشرات من السكان») or named
 * by their kind in a bare plural («سكان», «أهالي», «صيادون»): many people of no office, none of whom speaks for the rest.
 */
export function isCrowdAt(norms: readonly string[], i: number): boolean {
  const w = norms[i] ?? '';
  if (w === 'عدد' && norms[i + 1] === 'من') return true;
  if (/^(الاف|مئات|عشرات)$/.test(w)) return true;
  let n = /^(نحو|قرابه|حوالي|زهاء)$/.test(w) ? i + 1 : w === 'اكثر' && norms[i + 1] === 'من' ? i + 2 : i;
  if (/^\d/.test(norms[n] ?? '')) {
    n++;
    if (/^(الف|الاف|مليون|ملايين)$/.test(norms[n] ?? '')) n++;
    return COUNTED_PERSONS.test(norms[n] ?? '');
  }
  if (PERSON_PLURALS.has(w)) return true;
  return /(ون|ين)$/.test(w) && w.length > 4 && ordinaryPersonAt([w.slice(0, -2)], 0) !== null;
}

/**
 * «أحد المحتجين», «إحدى المتظاهرات», «أحد اللاجئين»: one of a group of people the titles know as persons with no office,
 * in English «A protester», «A refugee». The group may be a broken plural («أحد التجار», «أحد أقارب الضحايا») and,
 * without the article, in construct with what they belong to («أحد عمال الفندق», «أحد أهالي القرية»).
 */
function oneOfPersons(norms: readonly string[], i: number): SpeakerHead | null {
  const one = norms[i]!.replace(/^[وف](?=احد)/, '');
  const group = norms[i + 1] ?? '';
  if (one !== 'احد' && one !== 'احدي') return null;
  const definite = group.startsWith('ال');
  const stem = definite ? group.slice(2) : group;
  // (In construct, the group needs its genitive after it: «أحد عمال» alone is no group of persons.)
  if (!definite && !norms[i + 2]) return null;
  const en = PERSON_PLURALS.get(stem) ?? soundPluralPerson(one, stem, definite);
  if (!en) return null;
  return { words: [norms[i]!, group], en: `${/^[AEIOU]/.test(en) ? 'An' : 'A'} ${en[0]!.toLowerCase()}${en.slice(1)}`, kind: 'source' };
}

/** The English of one person of a group in a sound plural of a head the titles or the ordinary persons know as a person. */
function soundPluralPerson(one: string, stem: string, definite: boolean): string | null {
  if (definite && stem.length < 4) return null;
  // (The sound plural: «المحتجين» of محتج, «المتظاهرات» of متظاهرة; in construct the masculine loses its ن, «موظفي».)
  const singular = one === 'احد'
    ? (/(ين|ون)$/.test(stem) ? stem.slice(0, -2) : !definite && /ي$/.test(stem) && stem.length > 4 ? stem.slice(0, -1) : null)
    : /ات$/.test(stem) ? `${stem.slice(0, -2)}ه` : null;
  if (!singular) return null;
  const head = heads.match(singular, [singular], 0);
  if (head && head.length === 1 && head.value.person) return (one === 'احدي' && head.value.enFem) || head.value.en;
  return ordinaryPersonAt([singular], 0)?.en ?? null;
}

/**
 * "غير أن مصدراً طبياً قال", "إلا أن مسؤولاً رفيعاً أكد": an unnamed source in the accusative after إنّ and its
 * sisters, its words written with the alif of the tanween.
 */
function accusativeSource(norms: readonly string[], i: number): SpeakerHead | null {
  const t = norms[i]!.replace(/^و(?=...)/, '');
  if (nominativeOf(t) === t) return null;
  const local = [...norms];
  local[i] = nominativeOf(t);
  for (let k = i + 1; k < i + 4 && k < norms.length; k++) local[k] = nominativeOf(norms[k]!);
  const candidates = (BY_FIRST.get(local[i]!) ?? []).filter((h) => h.kind === 'source');
  return matchHeads(candidates, local, i);
}

/** "مصدراً" → "مصدر", "عمانياً" → "عماني": an indefinite word of the accusative in its nominative form. */
export function nominativeOf(norm: string): string {
  return norm.length > 4 && norm.endsWith('ا') && !/^(ال|لل)/.test(norm) ? norm.slice(0, -1) : norm;
}

function matchHeads(candidates: readonly SpeakerHead[], norms: readonly string[], i: number): SpeakerHead | null {
  for (const head of candidates) {
    const ok = head.words.every((w, k) => {
      const t = norms[i + k];
      if (t === undefined) return false;
      const cand = k === 0 && t.length > 3 && t[0] === 'و' && t.slice(1) !== t ? [t, t.slice(1)] : [t];
      // Capitals must match as written; institutions also with or without the article.
      return cand.some((c) => c === w || (head.kind !== 'capital' && soundPlural(stripArticle(c)) === soundPlural(stripArticle(w))));
    });
    if (ok) return head;
  }
  return null;
}

/** The accusative/genitive sound plural is the same word: "المراقبين" is "مراقبون". */
function soundPlural(w: string): string {
  if (w.length > 5 && w.endsWith('ين')) return w.slice(0, -2) + 'ون';
  // The dual names the singular head: "مسؤولان" is two of "مسؤول".
  if (w.length > 5 && w.endsWith('ان') && DUAL_HEADS.has(w.slice(0, -2))) return w.slice(0, -2);
  return w;
}

/** Time words and adverbs that may stand between a verb and its subject ("وقال اليوم الوزير"). */
export function isSkippableAfterVerb(norm: string): boolean {
  return SKIP.has(norm);
}

const TIME_NOUNS = new Set(data.timeNouns.map(normalize));
const TIME_MODIFIERS = new Set(data.timeModifiers.map(normalize));

/** A time noun and the day or modifier it governs at token i ("ليل الأحد", "مساء أمس", "نهاية الأسبوع"): never a name's. */
export function timeNounPhraseAt(norms: readonly string[], i: number): boolean {
  return TIME_NOUNS.has(norms[i] ?? '') && TIME_MODIFIERS.has(norms[i + 1] ?? '');
}

/** A weekday with the article: «الاثنين», «الخميس». */
const WEEKDAY = /^ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)$/;

/** Whether a word is a weekday with the article. */
export function isWeekday(norm: string): boolean {
  return WEEKDAY.test(norm);
}

/**
 * The number of words of the time phrase at token i that stands between a verb and its subject or words ("اليوم",
 * "الأسبوع الماضي", "مساء أمس", "عام 2016"), several in a row included; 0 when none starts there.
 */
export function timePhraseLength(norms: readonly string[], i: number): number {
  let j = i;
  for (;;) {
    const w = norms[j];
    if (w === undefined) break;
    const next = norms[j + 1] ?? '';
    if (TIME_NOUNS.has(w) && TIME_MODIFIERS.has(next)) j += 2;
    else if (/^(ال)?(عام|سنه)$/.test(w) && /^(1[89]|20)\d\d$/.test(next)) j += 2;
    else if (SKIP.has(w)) j++;
    else break;
  }
  return j - i;
}

const MEDIA_NOUNS = new Set(data.mediaNouns.map(normalize));
const MEDIA_OUTLETS = data.mediaOutlets.map((o) => normalize(o).split(' ')).sort((a, b) => b.length - a.length);

/** The number of words of the outlet whose name starts at token i ("فرانس برس", "سي إن إن"), or 0. */
export function outletLength(norms: readonly string[], i: number): number {
  for (const words of MEDIA_OUTLETS) if (words.every((w, k) => norms[i + k] === w)) return words.length;
  return 0;
}

/**
 * The channel someone spoke to, at token i: "لرويترز", "لفرانس برس", "لشبكة سي إن إن", "للصحفيين", "لوكالة …", "لـ" +
 * an outlet. Its length in words (the outlet's name read whole, so the إن of "سي إن إن" is no complementizer), or 0.
 */
export function channelLength(norms: readonly string[], i: number): number {
  const w = norms[i];
  if (!w || !w.startsWith('ل')) return 0;
  // "لـCNN", "لفرانس24": an outlet's name in Latin letters, or with its number, is no Arabic word (nor anyone's name).
  if (/^ل[a-z]/i.test(w) || /^ل[\u0621-\u064A]{2,}\d+$/.test(w)) return 1;
  if (w === 'ل') return outletLength(norms, i + 1) ? 1 + outletLength(norms, i + 1) : MEDIA_NOUNS.has(norms[i + 1] ?? '') ? 2 : 0;
  const bare = w.startsWith('لل') ? 'ال' + w.slice(2) : w.slice(1);
  const local = [bare, ...norms.slice(i + 1, i + 5)];
  const outlet = outletLength(local, 0) || (bare.startsWith('ال') ? 0 : outletLength(['ال' + bare, ...local.slice(1)], 0));
  if (outlet) return outlet;
  if (MEDIA_NOUNS.has(bare)) {
    // "لشبكة سي إن إن", "لوكالة فرانس برس": the outlet named after the noun belongs to the channel.
    return 1 + outletLength(norms, i + 1);
  }
  // "لموزاييك أف أم", "للنور إف إم": a radio by the shape of its name; "للسومرية نيوز", "لرووداو نت", "لـX تي في": a news
  // site or channel by the shape of its name.
  for (let k = 1; k <= 2; k++) {
    const next = norms[i + k]?.toLowerCase();
    const band = next === 'fm' || next === 'نيوز' || next === 'news' || next === 'tv' ? 1 : (norms[i + k] === 'اف' && norms[i + k + 1] === 'ام') || (norms[i + k] === 'تي' && norms[i + k + 1] === 'في') ? 2 : 0;
    if (band) return k + band;
  }
  return 0;
}

/** Words that label a headline rather than name a speaker ("نبذة: …", "عاجل: …"). */
export function isHeadlineLabel(text: string): boolean {
  return LABELS.has(normalize(text).trim());
}

const PRONOUNS = new Set(data.pronounSubjects.map(normalize));

/** "معاليه", "سموه": an honorific that refers back to the person last named. */
export function isPronounSubject(norm: string): boolean {
  const w = norm.replace(/ها$/, 'ه'); // معاليها، سموها
  return PRONOUNS.has(norm) || PRONOUNS.has(w) || (norm.length > 3 && norm[0] === 'و' && (PRONOUNS.has(norm.slice(1)) || PRONOUNS.has(w.slice(1))));
}

/**
 * The styles the pronouns of style stand for, normalised without the article («سموه» → «سمو», «جلالته» → «جلاله»,
 * «معاليه» → «معالي»): read off the same list as isPronounSubject, so that a style the list gains is at once a subject
 * and a style the quotes layer looks back for («صاحب السمو … وقال سموه»).
 */
export const pronounStyles: ReadonlySet<string> = new Set(
  [...PRONOUNS].filter((p) => !p.startsWith('ال') && p.endsWith('ه')).map((p) => p.slice(0, -1).replace(/ت$/, 'ه')),
);

const LABEL_NOUNS = new Set(data.labelNouns.map(normalize));
const NOT_SUBJECTS = new Set(data.notSubjects.map(normalize));

/** A noun after which a quotation is a name or a label (منظمة "هيومان رايتس ووتش"، تحت عنوان "…"). */
export function isLabelNoun(norm: string): boolean {
  const bare = norm.replace(/^(و|ف)?(ب|ل)?(ال)?/, '');
  return LABEL_NOUNS.has(norm) || LABEL_NOUNS.has(bare);
}

/** Words that can follow a verb but never begin its subject ("وكرر أكثر من مرة أنه …"). */
export function isNeverSubject(norm: string): boolean {
  return NOT_SUBJECTS.has(norm);
}

const DESCRIPTIVE = new Set(data.descriptiveNouns.map((w) => stripArticle(normalize(w))));

/** "المسؤول", "الدبلوماسية", "الموفد": a noun that describes an official without a title (with a nationality after it). */
export function isDescriptiveNoun(norm: string): boolean {
  return DESCRIPTIVE.has(stripArticle(norm.replace(/^و(?=...)/, '')));
}

const EVENTS = new Set(data.headlineEvents.map((w) => stripArticle(normalize(w))));

/** "قمة", "لقاء", "زيارة": a headline prefix that names an event, not someone who speaks ("قمة X - Y: …"). */
export function isHeadlineEvent(norm: string): boolean {
  return EVENTS.has(stripArticle(norm.replace(/^و(?=...)/, '')));
}

const NEWS = new Set(data.headlineNews.map((w) => stripArticle(normalize(w))));

/** "قتلى", "مواجهات", "توجيه": a noun that opens a headline's news (casualties, violence, arrests, disasters). */
export function isHeadlineNews(norm: string): boolean {
  return NEWS.has(stripArticle(norm.replace(/^و(?=...)/, '')));
}

const SOURCE_ADJECTIVES = new Map(Object.entries(data.sourceAdjectives as Record<string, string>).map(([ar, en]) => [stripArticle(normalize(ar)), en]));

/** English of an adjective after an unnamed source ("دبلوماسي" → "diplomatic", "الرفيع" → "senior"), or null. */
export function sourceAdjective(norm: string): string | null {
  return SOURCE_ADJECTIVES.get(stripArticle(norm)) ?? null;
}

const PERSON_ADJECTIVES = new Map(Object.entries(data.personAdjectives as Record<string, string>).map(([ar, en]) => [stripArticle(normalize(ar)), en]));

/** English of an adjective after the noun of a person of no office ("جامعية" → "university", "المتقاعد" → "retired"). */
export function personAdjective(norm: string): string | null {
  return PERSON_ADJECTIVES.get(stripArticle(norm)) ?? null;
}

const PLAIN_ADJECTIVES = new Set(data.plainAdjectives);

/** Whether English puts the adjective ("senior", "retired") before a nationality, not after it as "opposition". */
export function isPlainAdjective(en: string): boolean {
  return PLAIN_ADJECTIVES.has(en);
}

const GROUP_NUMBERS = new Map(Object.entries(data.groupNumbers as Record<string, string>));

/** «خمس», «ثلاث» (normalised, no article): how many a group is, in English ("five"), or null. */
export function groupNumberWord(bare: string): string | null {
  return GROUP_NUMBERS.get(bare) ?? null;
}

/** "مسؤولان", "مصدران": the dual of a head that names unnamed speakers. */
export function isDualHead(norm: string): boolean {
  const w = stripArticle(norm.replace(/^و(?=...)/, ''));
  return w.length > 4 && w.endsWith('ان') && DUAL_HEADS.has(w.slice(0, -2));
}

const TOLL = new Set(data.tollWords.map(normalize));

/** "قتلى", "حتفهما", "وأصيب", "الضحايا": a word of a toll of casualties, or a verb that reports one. */
export function isTollWord(norm: string): boolean {
  const w = stripArticle(norm.length > 3 && /^[وف]/.test(norm) && !TOLL.has(norm) ? norm.slice(1) : norm);
  return TOLL.has(w) || TOLL.has(norm);
}

const KINSHIP = new Set(data.kinshipNouns.map(normalize));
/** "والدة", "وشقيق": a noun of kinship in construct, whose genitive the next word is ("والدة طالب"). */
export function isKinshipNoun(norm: string): boolean {
  return KINSHIP.has(norm) || (norm.length > 2 && /^[وف]/.test(norm) && KINSHIP.has(norm.slice(1)));
}

export type OrdinaryPersonShape = 'plain' | 'genitive' | 'parent';
type OrdinaryEntry = { words: string[]; en: string; shape: OrdinaryPersonShape };

const ORDINARY: OrdinaryEntry[] = (
  [
    ...data.ordinaryPersons.map((r) => [r, 'plain'] as const),
    ...data.ordinaryPersonsGenitive.map((r) => [r, 'genitive'] as const),
    ...data.ordinaryPersonsParent.map((r) => [r, 'parent'] as const),
  ] as const
)
  .flatMap(([[masc, fem, en, enFem], shape]) => [
    { words: normalize(masc!).split(' '), en: en!, shape },
    { words: normalize(fem!).split(' '), en: enFem ?? en!, shape },
  ])
  .sort((a, b) => b.words.length - a.words.length);

/**
 * «بائعة», «صاحب», «أم», «عاطل عن العمل» at token i, with no article: one person of no office the press quotes unnamed.
 * The number of words, the English, and what the head takes after it (a genitive, a complement with ل for a parent).
 */
export function ordinaryPersonAt(norms: readonly string[], i: number): { length: number; en: string; shape: OrdinaryPersonShape } | null {
  for (const e of ORDINARY) if (e.words.every((w, k) => norms[i + k] === w)) return { length: e.words.length, en: e.en, shape: e.shape };
  return null;
}

type GroupNoun = { words: string[]; en: string };

/** The group nouns, longest first, each word without the article; a sound plural in ون is found in ين too. */
const GROUP_NOUNS: GroupNoun[] = (data.groupNouns as [string, string][])
  .flatMap(([ar, en]) => {
    const words = normalize(ar).split(' ');
    const oblique = words.map((w) => w.replace(/ون$/, 'ين'));
    return oblique.join(' ') === words.join(' ') ? [{ words, en }] : [{ words, en }, { words: oblique, en }];
  })
  .sort((a, b) => b.words.length - a.words.length);

/**
 * «القضاة», «المدعون العامون», «جهات», «المجتمع الدولي» at token i: a group of persons or a collective body that
 * speaks together, its words with or without the article. The number of words, the English, and whether it is definite.
 */
export function groupNounAt(norms: readonly string[], i: number): { length: number; en: string; definite: boolean } | null {
  const bare = norms.slice(i).map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w));
  for (const g of GROUP_NOUNS) {
    if (g.words.every((w, k) => bare[k] === w)) return { length: g.words.length, en: g.en, definite: norms[i]!.startsWith('ال') };
  }
  return null;
}
