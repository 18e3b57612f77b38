/**
 * Vocabulary of the title grammar (assets/titles.json, assets/institutions.json, assets/name-stops.json),
 * normalised once at load time so the parser works on normalised words only.
 */
import titles from '../../assets/titles.json';
import institutions from '../../assets/institutions.json';
import administrativeFieldsData from '../../assets/administrative-fields.json';
import meetingVocab from '../../assets/meeting-vocab.json';
import stops from '../../assets/name-stops.json';
import cityPlaces from '../../assets/places.json';
import capitalCountries from '../../assets/capitals.json';
import provinceCountryTable from '../../assets/province-countries.json';
import partyTable from '../../assets/parties.json';
import namedBodyTable from '../../assets/named-bodies.json';
import stateCompanyTable from '../../assets/state-companies.json';
import { normalize } from '../arabic/normalize';
import { stripAl } from '../arabic/article';

export interface HeadDef {
  /** English head noun ("Minister"), or a whole fixed title ("Crown Prince"). */
  en: string;
  enFem?: string;
  /** English when the head stands alone before a name ("الرئيس" → "President"). */
  bare?: string;
  /** English when the head stands alone with a nationality ("المستشار الألماني" → "German Chancellor"). */
  natBare?: string;
  /** How a complement attaches in English: "of" (Minister of X), "prefix" (Deputy X), "to" (Adviser to X), "for", "none". */
  compose: 'of' | 'prefix' | 'to' | 'for' | 'none';
  /** Takes a place tail (في/لدى X): ambassadors, envoys, representatives. */
  place?: boolean;
  /** Accredited to a state (ambassadors): a capital after في/لدى stands for its country ("to Lebanon", not "in Beirut"). */
  accredited?: boolean;
  /** Also an honorific before a name (الأمير، الشيخ): alone it means "Prince", "Sheikh". */
  honorific?: boolean;
  /** Only a title when a complement follows (كبير، مسؤول، ولي عهد). */
  needsComplement?: boolean;
  /** The country the title itself implies (خادم الحرمين الشريفين → SA). */
  country?: string;
  /** Describes someone who holds no public office (محلل، صحفي، خطيبة): a person, not an official. */
  person?: boolean;
  /** A complete title: a role after it is a second office, not its complement (وزير دولة الرئيس التنفيذي …). */
  stacks?: boolean;
  /** The office of the state itself (رئيس الجمهورية): of the holder's country when that is known ("President of Tunisia"). */
  ofTheState?: boolean;
  /** Heads the office of the leader it names (مدير ديوان الرئيس X): the name after the leader's title is the staff head's. */
  staff?: boolean;
  /** English when the office is at an embassy ("المستشار بالسفارة" → "Counsellor"). */
  atEmbassy?: string;
  /** English when the office is to the United Nations ("المندوب لدى الأمم المتحدة" → "Ambassador", as the press says). */
  atUN?: string;
  /**
   * Also an adjective (قيادي: leading): right after a definite word it qualifies that word (المجلس القيادي), no title;
   * true also reads it after a comma as a description of the one named before ('attributive': only the first;
   * 'qualifier': only the first, and the word still ends a name before it, as «الحاكم» (ruling) and «المحافظ»
   * (conservative) are no name words: «حزب فريليمو الحاكم كايتانو تيمبي»).
   */
  adjective?: boolean | 'attributive' | 'qualifier';
  fem: boolean;
}

export interface BodyDef {
  en: string;
  /** The short form the press puts before a noun ("UN" in "UN Envoy", "the UN Mission"). */
  short?: string;
  /** English of the head of this body when it differs from the generic head ("Chairman", "Speaker"). */
  head?: string;
  noArticle?: boolean;
  intl?: boolean;
  place?: boolean;
  country?: string;
  /** A body of civil society (Amnesty International): who heads or speaks for it holds no public office. */
  civil?: boolean;
  /**
   * The acronym the press names an international body by (IMF, WHO, IAEA): used where the article itself names it
   * short, by its bare noun after naming it in full («الصندوق», «المنظمة»).
   */
  acronym?: string;
  /** An international force (UNIFIL, «قوات اليونيفيل»), which the article may call back «القوة الدولية». */
  force?: boolean;
  /** Its head is called so whether the Arabic names him «رئيس» or «مدير» (NASA's Administrator, a fund's Director General). */
  ownHead?: boolean;
  /** A state company named by its brand (assets/state-companies.json): its own state's adjective is no part of its English. */
  brand?: boolean;
}

/** Phrases keyed by their first normalised word, longest first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { rest: string[]; value: T }[]>();
  add(phrase: string, value: T): void {
    const words = normalize(phrase).split(/\s+/).filter(Boolean);
    const [first, ...rest] = words;
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    if (list.some((e) => e.rest.join(' ') === rest.join(' '))) return;
    list.push({ rest, value });
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.byFirst.set(first, list);
  }
  /** Longest phrase whose first word is `first` and whose other words follow at norms[i+1…]. */
  match(first: string, norms: readonly string[], i: number): { value: T; length: number } | null {
    const entries = this.byFirst.get(first);
    if (!entries) return null;
    // (A plain loop: this runs for several forms of every word of every article.)
    for (const e of entries) {
      const rest = e.rest;
      let k = 0;
      while (k < rest.length && norms[i + 1 + k] === rest[k]) k++;
      if (k === rest.length) return { value: e.value, length: 1 + rest.length };
    }
    return null;
  }
  has(first: string): boolean {
    return this.byFirst.has(first);
  }
}

/** Heads are keyed with the article of their first word removed ("الأمين العام" → "امين العام"). */
export const heads = new PhraseTable<HeadDef>();
/** A head's plural (no article) → its singular key in `heads`: «النواب» → نائب, «وزراء» → وزير. */
export const pluralHeads = new Map<string, string>();
interface RawHead { ar: string[]; fem?: string[]; plural?: string[]; en: string; enFem?: string; bare?: string; natBare?: string; compose: string; place?: boolean; accredited?: boolean; honorific?: boolean; needsComplement?: boolean; country?: string; person?: boolean; stacks?: boolean; staff?: boolean; ofTheState?: boolean; atEmbassy?: string; atUN?: string; adjective?: boolean | 'attributive' | 'qualifier' }
for (const h of titles.heads as RawHead[]) {
  const base = { en: h.en, enFem: h.enFem, bare: h.bare, natBare: h.natBare, compose: h.compose as HeadDef['compose'], place: h.place, accredited: h.accredited, honorific: h.honorific, needsComplement: h.needsComplement, country: h.country, person: h.person, stacks: h.stacks, staff: h.staff, ofTheState: h.ofTheState, atEmbassy: h.atEmbassy, atUN: h.atUN, adjective: h.adjective };
  const key = (s: string) => { const [f, ...r] = normalize(s).split(' '); return [stripAl(f!), ...r].join(' '); };
  for (const a of h.ar) heads.add(key(a), { ...base, fem: false });
  for (const a of h.fem ?? []) heads.add(key(a), { ...base, fem: true });
  for (const a of h.plural ?? []) pluralHeads.set(normalize(a), key(h.ar[0]!));
}

/** Military ranks and heads used as a bare style before a name ("اللواء", "الرئيس ترامب"). Keyed with ال. */
export const ranks = new PhraseTable<string>();
for (const r of titles.ranks) for (const a of r.ar) ranks.add(a, r.en);
/** The officer ranks, which the arm or corps of the officer may follow. */
const OFFICER_RANKS = new Set(['General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Colonel Major', 'Colonel', 'Lieutenant Colonel', 'Major', 'Captain',
  'First Lieutenant', 'Second Lieutenant', 'Lieutenant', 'Field Marshal']);
/**
 * The arm or corps written after an officer's rank, with the article or without: «العميد بحري», «اللواء طيار», «العقيد
 * ركن», «العميد الطبيب» (naval, air force, pilot, staff, medical, legal, paratroops). Part of the rank, never a name word.
 */
const ARMS = ['ركن', 'بحري', 'طيار', 'جوي', 'طبيب', 'حقوقي', 'مظلي'];
/** The arms as they are written, with the article or without (normalised). */
export const rankArms = new Set(ARMS.flatMap((arm) => [arm, `ال${arm}`]));
for (const r of titles.ranks) {
  if (!OFFICER_RANKS.has(r.en)) continue;
  for (const a of r.ar) {
    if (/ركن|أركان|اركان/.test(a)) continue;
    for (const arm of ARMS) for (const written of [arm, `ال${arm}`]) if (!r.ar.includes(`${a} ${written}`)) ranks.add(`${a} ${written}`, r.en);
  }
}

/** Honorific styles that are not roles (سمو، معالي، السيد، الدكتور). */
export const styles = new PhraseTable<true>();
for (const s of titles.styles) styles.add(s, true);

export const ordinals = new Map(Object.entries(titles.ordinals).map(([k, v]) => [normalize(k), v]));
for (const [ar, en] of [['الرابع', 'Fourth'], ['الخامس', 'Fifth'], ['السادس', 'Sixth']] as const) ordinals.set(normalize(ar), en);
export const modifiers = new Map(Object.entries(titles.modifiers).map(([k, v]) => [normalize(k), v]));
export const visitorNouns = new Set(titles.visitorNouns.map(normalize));

export const portfolios = new PhraseTable<string>();
for (const [ar, en] of [...Object.entries(institutions.portfolios), ...Object.entries(administrativeFieldsData.portfolios as Record<string, string>)]) portfolios.add(ar, en);
/** Portfolios named so only after a minister's title (وزيرة العلوم), elsewhere a discipline (أستاذ العلوم السياسية). */
export const ministerPortfolios = new PhraseTable<string>();
for (const [ar, en] of Object.entries(administrativeFieldsData.ministerPortfolios as Record<string, string>)) ministerPortfolios.add(ar, en);
/** «مكافحة» and «محاربة», both combating a field («مكافحة الفساد», «محاربة الفساد»). */
const COMBATING = 'مكافحة ';
const COMBATING_TOO = 'محاربة ';
/** Fields of public administration (الطيران المدني، الجمارك): portfolios of bodies, not of ministries. Their English. */
export const fields = new Set<string>();
const fieldTables = institutions as { fields?: Record<string, string>; serviceFields?: Record<string, string>; hazardFields?: Record<string, string> };
/** Natural hazards a state's scientific services watch (البراكين، الزلازل): their English, read as fields too. */
export const hazardFields = new Set(Object.values(fieldTables.hazardFields ?? {}));
// (And the fields an administration's directorates and services are named after: «مدير الدراسات», «مصلحة الهندسة».)
const administrativeFields = administrativeFieldsData.fields as Record<string, string>;
// (And the remits and tasks a committee, a commission or a task group is named after: «لجنة التحقيق», «مجموعة المهام».)
const committeeFields = (administrativeFieldsData as { committeeFields?: Record<string, string> }).committeeFields ?? {};
// (And the fields of the public services and markets: «لإدارة وتشغيل المترو», «هيئة السوق المالية».)
for (const [ar, en] of [...Object.entries(fieldTables.fields ?? {}), ...Object.entries(fieldTables.serviceFields ?? {}), ...Object.entries(fieldTables.hazardFields ?? {}), ...Object.entries(administrativeFields), ...Object.entries(committeeFields)]) {
  portfolios.add(ar, en);
  fields.add(en);
  // («مديرية علم الأوبئة ومحاربة الأمراض»: the Maghreb and the Levant fight a field with «محاربة» where the vocabulary
  // writes «مكافحة»; the same field, Disease Control, Anti-Corruption.)
  if (ar.startsWith(COMBATING)) portfolios.add(`${COMBATING_TOO}${ar.slice(COMBATING.length)}`, en);
}
/** Plural nouns of people a council is named by (مجلس الحكماء: the Council of Elders), and the peoples that qualify them. */
const inst2 = institutions as { professionMembers?: Record<string, string>; councilMembers?: Record<string, string>; memberPeoples?: Record<string, string>; councilFields?: Record<string, string> };
export const councilMembers = new Map(Object.entries(inst2.councilMembers ?? {}).map(([k, v]) => [normalize(k), v]));
/** Plural nouns of a profession a union, syndicate, association or committee is named by (نقابة أطباء السودان: the Sudan
 * Doctors' Syndicate); a sound plural also in its construct form («محامي», «صحفيي»). */
export const professionMembers = new Map(Object.entries(inst2.professionMembers ?? {}).flatMap(([k, v]) => {
  const n = normalize(k);
  return n.endsWith('ين') ? [[n, v], [n.slice(0, -1), v]] : [[n, v]];
}));
export const memberPeoples = new Map(Object.entries(inst2.memberPeoples ?? {}).map(([k, v]) => [normalize(k), v]));
/** Fields a council is named for that are no ministry's portfolio (القضاء: the Supreme Judicial Council). */
export const councilFields = new PhraseTable<string>();
for (const [ar, en] of Object.entries(inst2.councilFields ?? {})) councilFields.add(ar, en);
export const bodies = new PhraseTable<BodyDef>();
/** Keys of the meetings vocabulary that English news does not name the body by (the Council of Europe, the Arab Maghreb
 * Union, the Arab Monetary Fund are written out). */
const UNSHORTENED = new Set(['COE', 'AMU', 'AMF']);
/**
 * The acronyms of the international organisations the meetings vocabulary keys by one (IMF, WHO, UNHCR): a key of
 * three or more capitals that is not the body's English name already (NATO, OPEC).
 */
const ACRONYMS = new Map((meetingVocab.organisations as { en: string; key?: string }[]).filter((o) => o.key && /^[A-Z]{3,}$/.test(o.key) && o.key !== o.en && !UNSHORTENED.has(o.key)).map((o) => [o.en, o.key!]));
for (const b of institutions.bodies as (BodyDef & { ar: string[]; onlyCountry?: boolean })[]) {
  if (b.onlyCountry) continue;
  // (A body of a state or a movement the press names by its acronym has it in the vocabulary: the PLO.)
  for (const a of b.ar) bodies.add(a, { en: b.en, short: b.short, head: b.head ?? bankHead(b), noArticle: b.noArticle, intl: b.intl, place: b.place, country: b.country, civil: b.civil, acronym: b.acronym ?? (b.intl ? ACRONYMS.get(b.en) : undefined), force: (b.intl && b.ar.some((f) => /^(قوة|قوات) /.test(f))) || undefined });
}
/**
 * Parties, alliances, blocs and movements by their own names («حزب تواصل», «حركة النهضة», «تيار المستقبل», «قلب تونس»):
 * bodies whose English is the name English-language news gives them, not their words rendered one by one. Each row
 * lists its full forms (build:data puts the nouns the press writes before the name; a form two parties share is left out).
 */
type PartyRow = [en: string, forms: string[]];
/** English names that read with "the" before them: those headed by a noun of a body ("the Future Movement", not "the Hezbollah"). */
const ARTICLED_PARTY = /\b(Party|Movement|Alliance|Coalition|Bloc|Front|Forces|Current|Congress|Union|Rally|Organi[sz]ation|Council|Fighters|League|Association|Initiative|Army|List|Framework|Gathering|Brotherhood|Democrats|Republicans|Greeks|Taliban)\b/i;
/** The same parties' names, to their English: what a bloc or a parliamentary group is named after («كتلة فرنسا الأبية»). */
export const partyNames = new PhraseTable<string>();
for (const [en, forms] of (partyTable as { parties: PartyRow[] }).parties) {
  const def: BodyDef = { en, noArticle: !ARTICLED_PARTY.test(en) };
  for (const form of forms) { bodies.add(form, def); partyNames.add(form, en); }
}
/**
 * Companies, funds, agencies, exchanges, central banks, news agencies and airlines by their own names («أدنوك», «وكالة
 * جايكا», «صندوق الاستثمارات العامة», «بنك المغرب»): the name or acronym English-language news gives them, their
 * country and how their head is called (NASA's Administrator, a central bank's Governor). Forms the vocabulary above
 * already knows keep their reading.
 */
type NamedBodyRow = [en: string, country: string, head: string, forms: string[]];
/** English names that read with "the" before them ("the Kuwait Fund", "the Saudi Press Agency"; not "the ADNOC"). */
const ARTICLED_BODY = /\b(Agency|Authority|Corporation|Company|Fund|Organi[sz]ation|Office|Centre|Center|Institute|Administration|Exchange|Market|Reserve|Bank of|Central Bank|Development Bank)\b|Bank for/;
for (const [en, country, head, forms] of (namedBodyTable as { bodies: NamedBodyRow[] }).bodies) {
  const def: BodyDef = { en, noArticle: !ARTICLED_BODY.test(en), country: country || undefined, head: head || undefined, ownHead: !!head || undefined, intl: country ? undefined : true };
  for (const form of forms) bodies.add(form, def);
}
/**
 * «رئيس البنك الدولي», «نائب رئيس بنك التنمية الأفريقي»: an international bank is headed by its President (so its deputy
 * head is a Vice President), and the IMF by its Managing Director.
 */
function bankHead(b: { en: string; intl?: boolean }): string | undefined {
  if (!b.intl) return undefined;
  if (/\bMonetary Fund$/.test(b.en)) return 'Managing Director';
  return /\bBank$/.test(b.en) ? 'President' : undefined;
}
// The international organisations the meetings vocabulary knows are bodies too, where this vocabulary has none of
// their names ("المبعوث الخاص للهيئة الحكومية للتنمية" is IGAD's envoy): one list of organisations for both layers.
const isBody = (phrase: string) => { const w = normalize(phrase).split(/\s+/); return bodies.match(w[0]!, w, 0)?.length === w.length; };
// (A name of several words reads with "the" unless its entry says the press gives it none: UN Women.)
for (const o of meetingVocab.organisations as { en: string; ar: string[]; noArticle?: boolean }[]) {
  if (o.ar.some(isBody)) continue;
  const noArticle = o.noArticle ?? (!o.en.includes(' ') || /^[A-Z0-9]+$/.test(o.en));
  for (const a of o.ar) bodies.add(a, { en: o.en, noArticle, intl: true, head: bankHead({ en: o.en, intl: true }), acronym: ACRONYMS.get(o.en) });
}
// The state companies of their own vocabulary are bodies by their noun and brand («شركة سوكار» SOCAR, «مجموعة
// إيني» Eni) where the named bodies hold none of their forms; the brand alone is left out (a word of the language or a
// given name as often: «مصدر», «رافائيل»).
for (const c of stateCompanyTable.companies as { en: string; country: string; ar: string[] }[]) {
  for (const a of c.ar) {
    for (const noun of ['شركة', 'مجموعة']) if (!isBody(`${noun} ${a}`)) bodies.add(`${noun} ${a}`, { en: c.en, noArticle: true, country: c.country, brand: true });
  }
}
/** Generic institution nouns (مجلس، لجنة، هيئة…): English noun and the English of its head. Keyed without ال. */
/** What a body holds with its own pronoun before «برئاسة» (جلسته، اجتماعها، أعمالها): normalised. */
export const sittingNouns = new Set(String((institutions as { sittingNouns?: string }).sittingNouns ?? '').split(' ').filter(Boolean).map((w) => normalize(w)));
export const institutionNouns = new Map<string, { en: string; head: string }>();
for (const [ar, [en, head]] of Object.entries(institutions.nouns as unknown as Record<string, [string, string]>)) institutionNouns.set(stripAl(normalize(ar)), { en, head });
export const adjectives = new Map(Object.entries(institutions.adjectives).map(([k, v]) => [normalize(k), v]));
/** Nouns of party and bloc names ("الأمة" → Umma, "قوى" → Forces). */
export const partyNouns = new Map(Object.entries(institutions.partyNouns as Record<string, string>).map(([k, v]) => [normalize(k), v]));
/** The words movements and fronts name themselves by in a quoted name («الخلاص» → Salvation), keyed without ال. */
export const movementWords: Readonly<Record<string, string>> = Object.fromEntries(Object.entries((institutions as { movementWords?: Record<string, string> }).movementWords ?? {}).map(([k, v]) => [normalize(k), v]));
/** Institution nouns of civil society (منتدى، جمعية، مرصد), keyed without ال: their officers hold no public office. */
export const civilNouns = new Set((institutions.civilNouns as string).split(' ').map(normalize));
/** Plural nouns of private actors a body is made of (مكاتب، مزارعي، الأعمال، اعتصام): after a body noun, a body of civil society. */
export const privateMemberNouns = new Set(String((institutions as { privateMemberNouns?: string }).privateMemberNouns ?? '').split(' ').filter(Boolean).map(normalize));
/**
 * State companies the press names by a brand (أرامكو، سونطراك، روس أوبورون إكسبورت), every spelling of
 * assets/state-companies.json: a brand company that is the state's.
 */
export const stateCompanies = new PhraseTable<true>();
for (const c of stateCompanyTable.companies as { ar: string[] }[]) for (const a of c.ar) stateCompanies.add(a, true);
/** Plural bodies of the state «في إحدى …» may name one of (الوزارات، السفارات): an unnamed office, still public. */
export const publicBodiesOneOf = new Set(String((institutions as { oneOfBodies?: string }).oneOfBodies ?? '').split(' ').filter(Boolean).map(normalize));
/** Institutes and centres, public or private: heading one is no evidence of office on its own. */
export const researchNouns = new Set((institutions.researchNouns as string).split(' ').map(normalize));
/** Nouns that open a place's name in the construct (شمال، مدينة، إقليم): the word after them names the place. */
export const placeHeads = new Set(((institutions as { placeHeads?: string }).placeHeads ?? '').split(' ').filter(Boolean).map(normalize));
/** Nouns that open a town's two-word name (رأس، دير، سيدي، عين): the next word is the town's too (Ras Beirut). */
export const townOpeners = new Map(Object.entries((institutions as { townOpeners?: Record<string, string> }).townOpeners ?? {}).map(([k, v]) => [normalize(k), v]));
export const places = new PhraseTable<string>();
for (const [ar, en] of Object.entries(institutions.places)) places.add(ar, en);
for (const [ar, en] of Object.entries(cityPlaces as Record<string, string>)) places.add(ar, en);
// «جهة الدار البيضاء-سطات», «جهة مراكش-آسفي»: a region named by two places is written with a hyphen between them too,
// which the tokenizer keeps inside one word.
for (const [ar, en] of [...Object.entries(institutions.places), ...Object.entries(cityPlaces as Record<string, string>)]) {
  const parts = ar.split(' ');
  if (!en.includes('-') || parts.length < 2) continue;
  for (let i = 1; i < parts.length; i++) places.add([...parts.slice(0, i - 1), `${parts[i - 1]}-${parts[i]}`, ...parts.slice(i + 1)].join(' '), en);
}
/** Regions an office's affairs are of, with the adjective English names them by (الشرق الأدنى → Near Eastern). */
export const affairsRegions = new PhraseTable<string>();
const listedRegions = (institutions as { affairsRegions?: Record<string, string> }).affairsRegions ?? {};
for (const [ar, en] of Object.entries(listedRegions)) affairsRegions.add(ar, en);
/** Continents whose parts are named by a point of the compass before them, and their adjectives. */
const COMPASS_CONTINENTS: [string[], string][] = [[['أوروبا'], 'European'], [['آسيا'], 'Asian'], [['إفريقيا', 'أفريقيا'], 'African'], [['أمريكا', 'أميركا'], 'American']];
/** Points of the compass before a continent, and their English (Europe's parts take the -ern form: Eastern European). */
const COMPASS_POINTS: [string, string, string][] = [['شرق', 'East', 'Eastern'], ['غرب', 'West', 'Western'], ['شمال', 'North', 'Northern'], ['جنوب', 'South', 'Southern'], ['وسط', 'Central', 'Central'], ['جنوب شرق', 'Southeast', 'Southeastern'], ['جنوب غرب', 'Southwest', 'Southwestern'], ['شمال شرق', 'Northeast', 'Northeastern'], ['شمال غرب', 'Northwest', 'Northwestern']];
// «لشؤون وسط أوروبا», «لشؤون دول جنوب شرق أوروبا»: a part of a continent named by its point of the compass is a region
// too (Central European Affairs), whichever the list names. (Not «جنوب إفريقيا», a state.)
for (const [forms, adjective] of COMPASS_CONTINENTS) {
  for (const [point, en, ern] of COMPASS_POINTS) {
    if (point === 'جنوب' && adjective === 'African') continue;
    for (const form of forms) {
      const ar = `${point} ${form}`;
      if (!(ar in listedRegions)) affairsRegions.add(ar, `${adjective === 'European' ? ern : en} ${adjective}`);
    }
  }
}
/** Adjectives that qualify affairs only (الشؤون الجمركية، للشؤون التنموية: Customs Affairs, Development Affairs). */
export const affairsAdjectives = new Map(Object.entries((administrativeFieldsData as { affairsAdjectives?: Record<string, string> }).affairsAdjectives ?? {}).map(([k, v]) => [normalize(k), v]));
/** The same regions by their English names as places, with their adjectives: "West Asia" → "West Asian". */
export const regionAdjectives = new Map<string, string>();
for (const [ar, en] of Object.entries((institutions as { affairsRegions?: Record<string, string> }).affairsRegions ?? {})) {
  const place = (institutions.places as Record<string, string>)[ar];
  if (place) regionAdjectives.set(place.replace(/^the /, ''), en);
}
/** The country whose capital a place is (English name as in `places`): "Nicosia" → "CY". */
export const capitals = new Map(Object.entries(capitalCountries as Record<string, string>));
/** The country of each province (English as in places): «والي المنستير» holds office in Tunisia. */
export const provinceCountries = new Map(Object.entries(provinceCountryTable as Record<string, string>));

const words = (s: string) => s.split(/\s+/).filter(Boolean).map(normalize);
/** Words that end a name or cannot be one. */
// Kinship nouns with a pronoun ("زوجته", "نجله") and blessings after a ruler's name ("حفظه الله") are no name words either.
export const nameStops = new Set([...words(stops.particles), ...words(stops.time), ...words(stops.verbs), ...words(stops.nouns), ...words(stops.kinship), ...words(stops.blessings)]);
/** The words of grammar among them (prepositions, pronouns, conjunctions): never a name, where a time word may be (صباح). */
export const grammarStops = new Set(words(stops.particles));
/** Second halves of compound Arabic names (عوض الله، نور الدين): never a person's name on their own. */
export const compoundNameEnds = new Set(words(stops.compoundEnds));
export const nameParticles = new Set(['بن', 'ابن', 'بنت', 'ال', 'ابو', 'ابا', 'ابي', 'عبد', 'ام', 'بو', 'دي', 'دو', 'فان', 'فون', 'دا', 'ولد']);
/**
 * Particles of European names that are words of Arabic too («لو», «لا», «دير», «ديل»): inside a name only, between two
 * name words, where a comma and an office after the name vouch for it («سارة لو أريولا، …», «خوان دي لا كروث، …»,
 * «بيتر فان دير بيرغ، …»).
 */
/** Generic nouns of bodies that are the state's by nature, whatever follows them (keyed without ال, normalised). */
export const stateBodyNouns = new Set(['وزاره', 'سفاره', 'قنصليه', 'محافظه', 'بلديه', 'رئاسه', 'حكومه', 'امانه']);
export const foreignNameParticles = new Set(['لو', 'لا', 'دير', 'ديل', 'دل', 'ده', 'دن', 'دوس', 'داس', 'ديس', 'فاندر', 'فاندن', 'دو', 'دي', 'دا', 'فان', 'فون']);
