/**
 * Reporting verbs (قال، أكد، أشار إلى…) in every person, gender, number and tense, their participles
 * (مضيفا، مشيرة…), and the small words around a reported statement (أن/إن, وفقا/بحسب, في بيان).
 * The JSON lists each verb once (3rd person masculine); the other forms are generated here.
 */
import data from '../../assets/reporting-verbs.json';
import { normalize } from '../arabic/normalize';
import { cachedIn } from '../bounded-cache';

export type VerbStrength = 'strong' | 'weak';
export type VerbForm = 'past' | 'present' | 'participle';

export interface ReportingVerb {
  /** The 3rd person masculine past (or the participle when the verb is listed only by it), normalised. */
  lemma: string;
  form: VerbForm;
  strength: VerbStrength;
  /** The preposition that introduces the statement (إلى، على، عن، من، ب), normalised. */
  prep: string | null;
  /** The preposition may be left out (أكد أن / أكد على أن): a later أن wins over it. */
  prepOptional: boolean;
  /** The bare masculine past is spelled like a common noun (نقل، رد، ذكر). */
  nounLike: boolean;
  /** A weak verb whose object after a recognised subject is the statement ("أشاد الوزير بالعلاقات الثنائية"). */
  objectStatement?: boolean;
  /** Grammatical gender of the subject the form agrees with (قالت، مشيرة: feminine), null when it does not say. */
  gender?: Gender | null;
  /** The form agrees with a plural subject (قالوا، يقولون، مضيفين): a group or several people speak, not one official. */
  plural?: boolean;
  /** The masculine dual (وأضافا): two speak together. */
  dual?: boolean;
}

export type Gender = 'f' | 'm';

interface VerbEntry {
  past?: string;
  present?: string;
  participle?: string;
  prep?: string;
  prepOptional?: boolean;
  nounLike?: boolean;
  objectStatement?: boolean;
  /** The bare past is a name or a noun more often than the verb (علم: «Alam», a flag): only its other forms report. */
  inflectedOnly?: boolean;
  strength: string;
  extra?: string[];
}

type Form = [string, Gender, boolean?, boolean?];

function pastForms(p: string, nounLike: boolean): Form[] {
  const defective = /[اي]$/.test(p); // دعا، نفى (ى is folded to ي)
  const base = defective ? p.slice(0, -1) : p;
  const forms: Form[] = defective
    ? [[p, 'm'], [base + 'ت', 'f'], [base + 'وا', 'm', true], [base + 'تا', 'f']]
    : [[p, 'm'], [p + 'ت', 'f'], [p + 'وا', 'm', true], [p + 'تا', 'f'], [p + 'ن', 'f', true]];
  // The masculine dual ("وأضافا"), a pair speaking; not for verbs spelled like nouns, whose dual reads as an
  // accusative noun (ردا، شكرا).
  if (!defective && !nounLike) forms.push([p + 'ا', 'm', true, true]);
  return forms;
}

function presentForms(y: string): Form[] {
  const stem = y.slice(1);
  return [['ي' + stem, 'm'], ['ت' + stem, 'f'], ['ي' + stem + 'ون', 'm', true], ['ت' + stem + 'ان', 'f'], ['ي' + stem + 'ان', 'm'], ['ي' + stem + 'ن', 'f', true]];
}

function participleForms(a: string): Form[] {
  const base = a.endsWith('ا') ? a.slice(0, -1) : a;
  return [[base + 'ا', 'm'], [base + 'ه', 'f'], [base + 'ين', 'm'], [base + 'تين', 'f'], [base + 'ان', 'm']];
}

function build(): Map<string, ReportingVerb> {
  const map = new Map<string, ReportingVerb>();
  for (const raw of data.verbs as VerbEntry[]) {
    const past = raw.past ? normalize(raw.past) : null;
    const lemma = past ?? normalize(raw.participle!);
    const common = {
      lemma,
      strength: (raw.strength === 'strong' ? 'strong' : 'weak') as VerbStrength,
      prep: raw.prep ? normalize(raw.prep) : null,
      prepOptional: raw.prepOptional === true,
      nounLike: raw.nounLike === true,
      ...(raw.objectStatement && { objectStatement: true }),
    };
    const add = (form: string, kind: VerbForm, gender: Gender | null = null, plural = false, dual = false) => {
      if (!map.has(form)) map.set(form, { ...common, form: kind, strength: kind === 'present' ? 'weak' : common.strength, gender, ...(plural && { plural }), ...(dual && { dual }) });
    };
    if (past) pastForms(past, raw.nounLike === true).filter(([f]) => !(raw.inflectedOnly && f === past)).forEach(([f, g, pl, du]) => add(f, 'past', g, pl, du));
    if (raw.present) presentForms(normalize(raw.present)).forEach(([f, g, pl]) => add(f, 'present', g, pl));
    if (raw.participle) participleForms(normalize(raw.participle)).forEach(([f, g]) => add(f, 'participle', g));
    for (const e of raw.extra ?? []) add(normalize(e), /^[يت]/.test(normalize(e)) && !past?.startsWith('ت') ? 'present' : 'past');
  }
  return map;
}

const VERBS = build();
const COMPLEMENTIZERS = new Set(data.complementizers.map(normalize));
const SPEECH_NOUNS = new Set(data.speechNouns.map(normalize));
const SOURCE_PREPOSITIONS = new Set(data.sourcePrepositions.map(normalize));
const SAYING_NOUNS = new Set(data.sayingNounsAfterVerb.map(normalize));
const ANNOUNCERS = data.statementAnnouncers.map((s) => normalize(s).split(' '));

/** The reporting verb a normalised word is a form of, with or without a و/ف conjunction. */
export function reportingVerb(norm: string): ReportingVerb | null {
  // (Asked of most words by several layers; a word with و/ف would otherwise build and hash its bare form each time.)
  return cachedIn(verbOfWord, norm, 50_000, lookupReportingVerb);
}
const verbOfWord = new Map<string, ReportingVerb | null>();

function lookupReportingVerb(norm: string): ReportingVerb | null {
  const direct = VERBS.get(norm);
  if (direct) return direct;
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) return VERBS.get(norm.slice(1)) ?? null;
  // Doubled verbs of two letters after و/ف ("وحث", "وحض", "ورد"); "ورد" is also "appeared", which the caller weighs.
  if (norm.length === 3 && (norm[0] === 'و' || norm[0] === 'ف')) return DOUBLED.has(norm.slice(1)) ? VERBS.get(norm.slice(1)) ?? null : null;
  return null;
}

const DOUBLED = new Set(['رد', 'حث', 'حض']);

/** A past reporting verb with an object pronoun ("ما ذكره", "ما قالته"), as after وفقا لما / بحسب ما. */
export function reportingVerbWithObject(norm: string): ReportingVerb | null {
  if (norm[norm.length - 1] !== 'ه' && norm[norm.length - 1] !== 'ا') return null;
  const m = /^(.{2,}?)(ته|ه|ها)$/.exec(norm);
  if (!m) return null;
  const v = VERBS.get(m[1]!) ?? VERBS.get(m[1]! + 'ت');
  return v && v.form === 'past' ? v : null;
}

/** أن، إن، أنه، بأن، فإن… : the word after which the reported clause starts. */
export function isComplementizer(norm: string): boolean {
  return COMPLEMENTIZERS.has(norm) || (norm.length > 2 && norm[0] === 'و' && COMPLEMENTIZERS.has(norm.slice(1)));
}

const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللواتي', 'اللاتي']);

/** الذي، التي، الذين… : a relative pronoun, which opens a clause describing the noun before it. */
export function isRelativePronoun(norm: string): boolean {
  return RELATIVE_PRONOUNS.has(norm);
}

/**
 * What one expresses (أعرب/عبر عن …) when it is a feeling or stance of one's own: سعادته، تقديره، قلقها، تعازيه. Stems
 * normalised, a final ة written ه.
 */
const EXPRESSED_FEELINGS = new Set([
  'سعاده', 'سرور', 'ارتياح', 'تقدير', 'شكر', 'امتنان', 'اعتزاز', 'فخر', 'امل', 'تطلع', 'تفاول', 'ثقه', 'اعجاب',
  'قلق', 'اسف', 'استياء', 'استيا', 'استياي', 'انزعاج', 'غضب', 'الم', 'حزن', 'تعازي', 'مواساه',
  'تضامن', 'ترحيب', 'دعم', 'تاييد', 'استعداد', 'رغبه', 'حرص', 'تمنيات', 'رفض', 'ادانه',
]);

/** «سعادته», «قلقها», «تعازيهم»: a feeling with the pronoun of the one who expresses it. */
export function isOwnFeeling(norm: string): boolean {
  const m = /^(.+?)(ه|ها|هم|هما|هن)$/.exec(norm);
  return !!m && EXPRESSED_FEELINGS.has(m[1]!.replace(/ت$/, 'ه'));
}

/** تصريح، بيان، تغريدة… : nouns of a speech act ("في بيان"). */
export function isSpeechNoun(norm: string): boolean {
  const bare = norm.replace(/^(و|ف)?(ب|ل)?(ال)?/, '');
  return SPEECH_NOUNS.has(norm) || SPEECH_NOUNS.has(bare);
}

/** وفقا، بحسب، حسبما، نقلا… : a source named before or after a statement. */
export function isSourcePreposition(norm: string): boolean {
  return SOURCE_PREPOSITIONS.has(norm) || (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف') && SOURCE_PREPOSITIONS.has(norm.slice(1)));
}

/** القول، التأكيد after a verb ("وتابع بالقول", "وأعاد التأكيد"). */
export function isSayingNoun(norm: string): boolean {
  return SAYING_NOUNS.has(norm);
}

/** "جاء فيه" and the like: the number of words of the announcer starting at i, or 0. */
export function announcerLength(norms: readonly string[], i: number): number {
  for (const words of ANNOUNCERS) {
    if (words.every((w, k) => norms[i + k] === w || (k === 0 && norms[i] === 'و' + w))) return words.length;
  }
  return 0;
}

const OBJECT_VERBS = new Set(data.objectVerbs.map(normalize));
const NOT_REPORTING_AFTER = new Set(data.notReportingAfter.map(normalize));
const POST_ATTRIBUTION = data.postAttribution.map((s) => normalize(s).split(' '));

/** Verbs whose object comes before بأن ("وصف X بأنه …"): the object belongs to the statement. */
export function takesObjectFirst(lemma: string): boolean {
  return OBJECT_VERBS.has(lemma);
}

/** Particles after which a verb is negated or subjunctive and reports nothing (لم يعلن، دون أن يعلن). */
export function cancelsReport(norm: string): boolean {
  return NOT_REPORTING_AFTER.has(norm);
}

/** "حسبما" / "وفقا لما" / "كما" ending just before token i: the statement came before. Returns its length in words, or 0. */
export function postAttributionBefore(norms: readonly string[], i: number): number {
  for (const words of POST_ATTRIBUTION) {
    const from = i - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => norms[from + k] === w || (k === 0 && norms[from] === 'و' + w))) return words.length;
  }
  return 0;
}

/** True when the word is a reporting verb only once a و/ف conjunction is taken off ("وقال", "فقال"). */
export function conjunctionOf(norm: string): 'و' | 'ف' | null {
  if (VERBS.has(norm)) return null;
  return norm[0] === 'و' || norm[0] === 'ف' ? (norm[0] as 'و' | 'ف') : null;
}

const BACKGROUND = new Set(data.backgroundVerbs.map(normalize));

/** "يُذكر أن", "يُشار إلى أن": impersonal forms that give the writer's background. */
export function isBackgroundVerb(norm: string): boolean {
  return BACKGROUND.has(norm);
}

interface VerbalNoun {
  lemma: string;
  prep: string | null;
  /** Prepositions before which the noun is a conjunction of reason ("باعتبار أن", "على اعتبار أن": given that). */
  notAfter: ReadonlySet<string>;
  /** The spelling carries its own ب ("باعتبار"). */
  withBa: boolean;
}
const VERBAL_NOUNS = new Map<string, VerbalNoun>();
for (const e of data.verbalNouns as { ar: string; prep?: string; notAfter?: string[] }[]) {
  const lemma = normalize(e.ar);
  const common = { lemma, prep: e.prep ? normalize(e.prep) : null, notAfter: new Set((e.notAfter ?? []).map(normalize)) };
  // Every spelling with its clitics (و/ف، ب/ل، ال), so a word is looked up once.
  for (const c of ['', 'و', 'ف']) for (const p of ['', 'ب', 'ل']) for (const a of ['', 'ال']) {
    VERBAL_NOUNS.set(c + (p === 'ل' && a ? 'لل' : p + a) + lemma, { ...common, withBa: p === 'ب' && !a });
  }
}

/**
 * A statement introduced by the verbal noun of a reporting verb ("سارعت إلى تأكيد أن", "في تأكيد على أن"):
 * read like a participle, its speaker is the subject of the sentence. Only when أن/إن follows, directly or
 * after the noun's preposition.
 */
export function verbalNounReport(norm: string, next: string, afterNext: string, previous = ''): ReportingVerb | null {
  const noun = VERBAL_NOUNS.get(norm);
  if (!noun) return null;
  if ((noun.withBa && noun.notAfter.has('ب')) || (noun.notAfter.size > 0 && noun.notAfter.has(previous) && norm === noun.lemma)) return null;
  const { lemma, prep } = noun;
  if (!isComplementizer(next) && !(prep && next === prep && isComplementizer(afterNext))) return null;
  return { lemma, form: 'participle', strength: 'strong', prep, prepOptional: true, nounLike: false, gender: null };
}

/** "تأكيده", "تشديدها", "دعوتهم": a verbal noun of saying with the pronoun of whoever says it (no other clitic). */
function ownedVerbalNoun(norm: string): { lemma: string; prep: string | null } | null {
  const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(norm);
  if (!m) return null;
  // (A feminine noun takes its ت back before the pronoun: "إشارته" is "إشارة".)
  const base = m[1]!;
  const noun = (/^(و|ف|ب|ل|ال)/.test(base) ? null : VERBAL_NOUNS.get(base)) ?? (base.endsWith('ت') ? VERBAL_NOUNS.get(base.slice(0, -1) + 'ه') : null);
  return noun ?? null;
}

/** "تأكيده", "قوله": a verbal noun of saying owned by its speaker, as after "نقلت الوكالة عن X". */
export function isOwnedSaying(norm: string): boolean {
  return /^قول(ه|ها|هما|هم)$/.test(norm) || ownedVerbalNoun(norm) !== null;
}
