/** Vocabulary of meetings and delegations (assets/meeting-vocab.json), normalised for matching on token forms. */
import data from '../../assets/meeting-vocab.json';
import { normalize } from '../arabic/normalize';

export type ListKind = 'attend' | 'delegation' | 'accompany' | 'sign';
export type MeetingVerbKind = 'host' | 'meet' | 'discuss' | 'visit' | 'sign' | 'witness';

export interface Organisation {
  key: string;
  en: string;
}

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalize));

function kindMap<K extends string>(groups: Record<K, string[]>): ReadonlyMap<string, K> {
  const m = new Map<string, K>();
  for (const [kind, words] of Object.entries(groups) as [K, string[]][]) for (const w of words) m.set(normalize(w), kind);
  return m;
}

/** Phrases (sequences of normalised words) keyed by their first word, longest first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const words = normalize(phrase).split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** Longest phrase at position i; `forms(k)` gives the acceptable forms of word k (clitic readings). */
  match(forms: (k: number) => readonly string[], i: number, n: number): { value: T; length: number } | null {
    for (const first of forms(i)) {
      const entries = this.byFirst.get(first);
      if (!entries) continue;
      for (const e of entries) {
        if (i + e.words.length > n) continue;
        let ok = true;
        for (let k = 1; k < e.words.length && ok; k++) ok = forms(i + k).includes(e.words[k]!);
        if (ok) return { value: e.value, length: e.words.length };
      }
    }
    return null;
  }
}

export const listOpeners = kindMap<ListKind>(data.listOpeners);
export const delegationWords = set(data.delegationWords);
export const sideWords = set(data.sideWords);
export const accompaniedMarkers = set(data.accompaniedMarkers);
export const headVerbs = set(data.headVerbs);
/** «رافق»، «يرافق»، «ترافق» (normalised): a verb of accompanying, before whom the others accompany. */
export const ACCOMPANY_VERB = /^[وف]?[يت]?رافق$/;
export const headPhrases: readonly string[][] = data.headPhrases.map((p) => p.map(normalize));
export const meetingVerbs = kindMap<MeetingVerbKind>(data.meetingVerbs);
export const meetingNouns = set(data.meetingNouns);
export const tourVerbs = set(data.tourVerbs);
export const nounsNeedingCounterpart = set(data.nounsNeedingCounterpart);
export const possessiveSuffixes: readonly string[] = data.possessiveSuffixes.map(normalize);
export const temporalPrepositions = set(data.temporalPrepositions);
export const lightVerbs = set(data.lightVerbs);
export const demonstratives = set(data.demonstratives);
export const counterpartWords = set(data.counterpartWords);
export const stoppers = set(data.stoppers);
export const northWords = set(data.northWords);
export const southWords = set(data.southWords);
export const partitioned: readonly { context: ReadonlySet<string>; north: string; south: string }[] = data.partitioned.map(
  (p) => ({ context: set(p.context), north: p.north, south: p.south }),
);

export const epithets = new PhraseTable<string>();
for (const e of data.epithets) epithets.add(e.ar, e.country);

export const organisations = new PhraseTable<Organisation>();
export const organisationAdjectives = new Map<string, Organisation>();
const organisationByKey = new Map<string, Organisation>();
/** The international organisations (not the movements and regions of nonStateSides). */
export const internationalOrganisations: Organisation[] = [];
for (const o of data.organisations) {
  const org = { key: o.key, en: o.en };
  organisationByKey.set(o.key, org);
  internationalOrganisations.push(org);
  for (const ar of o.ar) organisations.add(ar, org);
  for (const a of o.adjectives) organisationAdjectives.set(normalize(a), org);
}
/** Regions, parties, movements and religious institutions that meet as sides of their own. */
export const nonStateKeys = new Set<string>();
for (const o of data.nonStateSides) {
  const org = { key: o.key, en: o.en };
  organisationByKey.set(o.key, org);
  nonStateKeys.add(o.key);
  for (const ar of o.ar) organisations.add(ar, org);
}
export function organisation(key: string): Organisation | null {
  return organisationByKey.get(key) ?? null;
}

const sideNames: Record<string, string> = data.sideNamesEn;
/** The English name a side is shown under, where the generic country name is not the usual one ("TR" → "Turkey"). */
export function sideNameOverride(code: string): string | null {
  return sideNames[code] ?? null;
}

/** Head ranks: 0 = head of state, 1 = head of government / crown prince, 2 = minister, 3 = others. */
export const headRanks = new PhraseTable<number>();
data.headRanks.forEach((phrases, rank) => {
  for (const p of phrases) headRanks.add(p, rank);
});

export const alsoPresent = data.alsoPresent;
/** Nouns that take the next name as a genitive ("سفير خادم الحرمين", "شقيقة كيم"): that name is not a list member. */
export const constructHeads = set(data.constructHeads);
/** "معاليه", "سموه": the person just named, in the honorific style of Gulf agencies. */
export const honorificPronouns = set(data.honorificPronouns);
/** "وعدد من المسؤولين في الحكومة الأردنية": the tail of a list that names its side. */
export const groupWords = set(data.groupWords);
/** First words of titles: with a ل prefix ("لخادم الحرمين", "للرئيس") they name someone in a genitive. */
export const titleStarts = set(data.titleStarts);
/** "تلبية لدعوة من X", "بدعوة من X": X is the host. */
export const invitationWords = set(data.invitationWords);
/** Calls and messages: "اتصالا هاتفيا من X" names the other party with من as well as مع. */
export const callNouns = set(data.callNouns);
/** "أن"، "إن"، "بأن": a new clause starts, whose subject is not the reporter before it. */
export const complementizers = set(data.complementizers);
/** "غدا"، "المقبل"، "من المقرر": a meeting still to come. */
export const futureMarkers = set(data.futureMarkers);
/** "المتحدث باسم"، "الناطق": a spokesperson, who reports on a meeting rather than taking part. */
export const spokespersonWords = set(data.spokespersonWords);
/** "ثلاثية"، "مشتركة": words between a meeting noun and the adjectives naming its sides. */
export const multilateralWords = set(data.multilateralWords);
/** "سابقا"، "الماضي": a meeting before the article's own. */
export const pastMarkers = set(data.pastMarkers);
/** "سنويا"، "مرات": a meeting held as a habit or many times. */
export const recurrenceWords = set(data.recurrenceWords);
/** "وفي سياق آخر"، "من جهة أخرى": sentence openers of another matter, normalised, as word lists. */
export const otherMatterOpeners: readonly string[][] = data.otherMatterOpeners.map((p: string) => normalize(p).split(/\s+/));
/** "في ظل"، "وسط"، "تزامنا مع": the circumstances a meeting noun falls in, normalised, as word lists. */
export const backgroundPhrases: readonly string[][] = data.backgroundPhrases.map((p: string) => normalize(p).split(/\s+/));
/** "وكان X قد التقى": كان before قد makes a pluperfect. */
export const pluperfectAuxiliaries = set(data.pluperfectAuxiliaries);
/** "الجانب الضيف"، "الوفد الزائر": the guest's side; "الجانب المضيف": the host's. */
export const guestWords = set(data.guestWords);
export const hostWords = set(data.hostWords);
/** "مراسم"، "حفل"، "توقيع": the ceremony a witness verb (شهد) needs to report a meeting. */
export const ceremonyNouns = set(data.ceremonyNouns);
/** «مراسم»، «حفل»: a ceremony's own noun; after a witness verb («وشهد مراسم التوقيع A») a list of those present. */
export const witnessedCeremonies = set(data.witnessedCeremonies);
/** "منذ"، "بعد"، "قبيل": before a meeting noun without a possessive, another meeting than the article's. */
export const otherTimePrepositions = set(data.otherTimePrepositions);
export const preparationGoverned = set(data.preparationWords.governed);
export const preparationAlways = set(data.preparationWords.always);
/** «يفضي إلى»، «يمهد لـ»: words a meeting still hoped for follows. */
export const preparationLeadingTo = set(data.preparationWords.leadingTo);
/** «لا تعارض عقد …»، «طلبت عقد …»: verbs of wanting, asking, proposing or opposing before a bare word of holding. */
export const preparationWishing = set(data.preparationWords.wishing);
export const cancelWords = set(data.cancelWords);
export const absentMarkers = set(data.absentMarkers);
export const dualTitles = set(data.dualTitles);
export const invitingVerbs = set(data.mealInvitation.verbs);
export const mealNouns = set(data.mealInvitation.meals);
/** "قبل نحو عام": a duration after قبل dates a meeting before the article's. */
export const durationWords = set(data.durationWords);
/** "آنذاك"، "حاليا": adverbs of time, never a word of a person's name. */
export const timeWords = set(data.timeWords);
/** «الراحل»، «المرحوم»: the one named has died ($otherTimeMarkersNote). */
export const lateMarkers = set(data.otherTimeMarkers.late);
/** «آنذاك»، «حينذاك»: the office before the name was held then, not now ($otherTimeMarkersNote). */
export const thenMarkers = set(data.otherTimeMarkers.then);
/** "مطار"، "جامعة"، "قاعدة": places named after a person; the name after them is no participant. */
export const placeNouns = set(data.placeNouns);
/** «زار/تفقد مخيم …»: a visit of a site, not of the country or of a person ($siteVisitsNote). */
export const siteVisitVerbs = set(data.siteVisits.verbs);
export const siteNouns = set(data.siteVisits.sites);
/** "الملف الفلسطيني"، "الشأن السوري": a nationality after these names a subject, not a person's side. */
export const topicNouns = set(data.topicNouns);
/** "مكتب"، "إدارة"، "عهد": the office, administration or era of the person named after a title word ("إدارة الرئيس ترامب"). */
export const officeNouns = set(data.officeNouns);
/** Ranks by the first words of an English role ("president" → 0), when the Arabic role gives none. */
export const headRanksEn: readonly (readonly string[])[] = data.headRanksEn;
/** Capitals, cities and palaces ("قصر قرطاج" → TN): where a meeting takes place, the host's country. */
export const venues = new PhraseTable<string>();
for (const [ar, code] of Object.entries(data.venues as Record<string, string>)) venues.add(ar, code);
/** "خلال استقباله X"، "لدى لقائه Y": verbal nouns whose possessor meets the one named after them. */
export const transitiveNouns = set(data.transitiveNouns);
/** "كان حاضرا": the one named before was at the meeting. */
export const presentWords = set(data.presentWords);
/** Institutions as the sides of one country's meeting: body nouns (keyed without ال), the body a head title heads, the head of state's titles. */
export const bodyNouns = new Set(data.bodySides.nouns.map((w) => normalize(w).replace(/^ال/, '')));
export const bodyOfHead = new Map(Object.entries(data.bodySides.heads as Record<string, string>).map(([h, b]) => [normalize(h), normalize(b)]));
export const presidencyTitles = new Set(data.bodySides.presidencies.map(normalize));
export const bodyNounsEn = new Map(Object.entries(data.bodySides.en as Record<string, string>).map(([ar, en]) => [normalize(ar), en]));

/** «أوراق اعتماد سفير X»، «أوراق اعتماده»: the words of an ambassador's credentials (assets: credentials). */
export const credentialsPapers = set(data.credentials.papers);
export const credentialsOf = set(data.credentials.accreditation);
export const ownCredentials = set(data.credentials.possessive);
export const credentialsRecipients = set(data.credentials.recipients);
