/**
 * Persons into officials and people: someone with an office (a role, a rank, a known official) is an official;
 * someone described only as what they are (analyst, journalist, relative) or with a civil style only is a person.
 * Names and roles in English.
 */
import { normalize } from '../arabic/normalize';
import { knownNameAsWritten } from '../english/known-chain';
import { nameToEnglish, officeSpellsName } from '../english/names';
import { womansGivenName } from '../english/feminine-given';
import { countryMentions, storyCountry } from '../english/story-country';
import { originOf } from '../english/origin';
import { chairStyled, countryName, groupStyled, labourStyled, namesTrade, partyHeadStyled, renderTitle, tradeStyled } from '../english/roles';
import { withoutSubjectTitle } from './subject-title';
import { officeState } from './office-state';
import { seatOf, seatStateFor, storyState } from './seat';
import { agencyState } from './agency-state';
import { heldInNews, mainRole, officeRank, type KnownPerson } from '../gazetteer';
import type { Official, Person } from '../types';
import { civilNouns, hazardFields, heads, privateMemberNouns, researchNouns, styles } from '../vocab/titles';
import { reportingVerb } from '../vocab/reporting';
import type { Person as PersonRecord } from './link';
import type { Scan } from './scan';
import { bodyOwnedBefore, isHomeKingdom, namedBodies, type NamedBodies, resolveBareInstitutions, resolveOwnedHead, resolveOwnState, resolveTheState } from './institutions';
import { governsSport, institutionEnglish, parseInstitution, parseTitle, PROVINCE_PLACEHOLDER, provinceNamedBefore, type Institution, type Role, type Title } from './titles';
import { toWords, type Word } from './words';
import { stripAl } from '../arabic/article';
import { brandCompanyEnd, brandOfState, COMPANY, unnamedEmployerIn } from './private-employer';


/**
 * A person the gazetteer does not know whose name is a known person's of the article but for its given name
 * («حافظ قائد السبسي» beside «الباجي قائد السبسي»): a relative, who bears the family name as the known one spells it
 * in English (Caid Essebsi) and, unless the article tells otherwise, the same country. Only where the known name has
 * as many English words as Arabic ones, so that the tail is read word for word.
 */
function relativeOfKnown(p: PersonRecord, persons: PersonRecord[]): { tail: string; country: string | null } | null {
  if (p.key.length < 2 || p.nameAr.split(/\s+/).length !== p.key.length) return null;
  const rest = p.key.slice(1);
  for (const q of persons) {
    if (q === p || !q.known) continue;
    const en = q.known.name_en.split(/\s+/);
    for (const full of q.known.names_ar) {
      const ws = normalize(full).split(/\s+/);
      if (ws.length !== en.length || ws.length <= rest.length || ws[ws.length - rest.length - 1] === p.key[0]) continue;
      if (rest.every((w, k) => ws[ws.length - rest.length + k] === w)) return { tail: en.slice(en.length - rest.length).join(' '), country: q.known.country ?? null };
    }
  }
  return null;
}

/** An office rendered before its holder's state was known, and its English in a state (see `restyleLatePlaced`). */
export interface Restyle { as: string; in: (state: string) => string | null }
/** A name spelt before its holder's state was known (`as`), and its spelling once a side or a seat places him (`in`, null
 * where that state's press does not spell it: see officeSpellsName). */
export interface Respell { as: string; in: (state: string) => string | null }

/** Officials and people of an article; `seats`, `restyles` and `respells`, for officials the article places nowhere (./seat). */
export interface NamedPeople { officials: Official[]; people: Person[]; seats: Map<Official, string>; restyles: Map<Official, Restyle>; respells: Map<Official, Respell> }

export function classify(s: Scan, persons: PersonRecord[]): NamedPeople {
  const officials: Official[] = [];
  const people: Person[] = [];
  const seats = new Map<Official, string>();
  const restyles = new Map<Official, Restyle>();
  const respells = new Map<Official, Respell>();
  const st = storyStates(s, persons);
  for (const p of persons) {
    const o = officeOf(s, p, persons, st);
    const role_en = roleEnglish(s, p, o, st, o.country);
    const name_en = nameEnglish(s, p, o, st);
    if (isPrivatePerson(s, p, o, st)) {
      people.push(privatePerson(s, p, o, name_en, role_en, people.length + 1));
      continue;
    }
    const official = officialOf(s, p, o, name_en, role_en, officials.length + 1);
    officials.push(official);
    if (!o.country && !o.dict && o.roleTitle && role_en) restyles.set(official, { as: role_en, in: (state) => roleEnglish(s, p, o, st, state) });
    // (Not a relative's name, «نجل الرئيس», whose English is the known person's family name the article leaves out.)
    if (!o.country && !o.dict && !o.known) respells.set(official, { as: name_en, in: (state) => (!o.kin && officeSpellsName(p.nameAr, state) ? readName(s, p, o, st, p.nameAr, state) : null) });
    const seat = official.country ? null : seatOf(o.roleTitle, !!p.rank && (!st.agency || st.agency === st.storyStateOf), role_en, seatStateFor(p.nameAr, st.agency ?? st.storyStateOf, countryMentions(s.norms)));
    if (seat) seats.set(official, seat);
  }
  return { officials, people, seats, restyles, respells };
}

/** What the article tells of the states of its officials and its story, read once for all its persons. */
interface StoryStates {
  /** The state the officials are of, most of them or the one alone, where the story's words do not tell otherwise. */
  home: string | null;
  /** With no home, the state the story's words name most, if plainly (storyCountry). */
  story: string | null;
  /** The state the story's words tell, where the officials tell none or one alone does. */
  told: string | null;
  /** The story's words are about the officials' home (see titleAtHome). */
  homeTold: boolean;
  /** The Arab state whose guests the home hosts (hostedArabCountry): names of officials of no country are spelt as its. */
  guests: string | null;
  named: NamedBodies;
  /** The state an official the article places nowhere is shown with (see ./seat). */
  storyStateOf: string | null;
  /** The state whose own agency wrote the story. */
  agency: string | null;
  counts: Map<string, number>;
}

function storyStates(s: Scan, persons: PersonRecord[]): StoryStates {
  const held = homeCountry(persons);
  // (Where the officials tell no country, the story's own words may: a name is spelt as that country's press spells it.)
  // (So do they where one official alone tells one, a foreign minister reacting to a story of another country: Morocco's
  // Bourita in a story of Colombo spells no Sri Lankan's name.)
  const lone = !!held && persons.filter((p) => (p.personal?.country ?? p.country ?? p.known?.country ?? null) === held).length < 2;
  // The state the story's words name most, if plainly (storyCountry).
  const wordsState = storyCountry(s.norms);
  const told = held ? (lone ? wordsState : null) : wordsState;
  // (Where neither tells, a country with twice as many officials as any other is home: a Moroccan story of the 2030
  // bid, two Moroccan officials beside a Portuguese and a Spanish one.)
  const home = (lone && told && told !== held ? null : held) ?? (told ? null : leadingCountry(persons));
  return {
    home,
    story: home ? null : told,
    told,
    // (The state the story's words are about, where they name its officials' home: see titleAtHome.)
    homeTold: !!home && wordsState === home,
    guests: home ? hostedArabCountry(s.norms, home) : null,
    named: namedBodies(s.words, s.norms),
    storyStateOf: storyState(home, wordsState, countryMentions(s.norms)),
    // (Before it, the state whose own agency wrote the story: its officials go by their offices alone, and its words may
    // name a guest's state most — a minister's talks with the Dutch ambassador in Petra's story. Not for a bare rank,
    // which in such a story is as often a guest's: «الرئيس» in Petra's or QNA's story of a visitor.)
    agency: agencyState(s.text),
    counts: countryCounts(persons),
  };
}

/** A person's office as the personal dictionary, the article and the gazetteer give it, before it is put in English. */
interface Office {
  dict: PersonRecord['personal'];
  known: KnownPerson | null;
  /** A relative of a known person of the article (relativeOfKnown). */
  kin: { tail: string; country: string | null } | null;
  country: string | null;
  /** The article's title, its bodies and states resolved. */
  roleTitle: Title | null;
  /** The gazetteer's English of the known person's latest office. */
  knownRole: string | null;
  rank: string | null;
  /** A rank that is an office comes before a title that only describes: «السيناتورة المعتقلة» is a senator. */
  describesOnly: boolean;
}

function officeOf(s: Scan, p: PersonRecord, persons: PersonRecord[], st: StoryStates): Office {
  const dict = p.personal;
  const known = p.known;
  const kin = !known && !dict ? relativeOfKnown(p, persons) : null;
  const country = dict?.country ?? p.country ?? known?.country ?? kin?.country ?? null;
  const roleTitle = resolvedTitle(s, p, country, st);
  const knownRole = known?.roles[known.roles.length - 1]?.role_en ?? null;
  const describesOnly = !!roleTitle && !!p.rank && roleTitle.roles.every((r) => r.head.person);
  return { dict, known, kin, country, roleTitle, knownRole, rank: rankHeld(p, knownRole), describesOnly };
}

/** The person's title, less a subject's title, with its bodies and states resolved in the article. */
function resolvedTitle(s: Scan, p: PersonRecord, country: string | null, st: StoryStates): Title | null {
  const ownTitle = p.title && withoutSubjectTitle(p.title, s.norms, (i) => !!s.words[i]?.punctBefore);
  const roleTitle = ownTitle && resolveOwnState(resolveTheState(resolveBareInstitutions(resolveOwnedHead(ownTitle, s.words, s.norms, st.named), st.named), hostCountry(st.counts, country), countryName, hostKingdom(st.counts, country, st.told)), (to) => hostCountry(st.counts, to));
  return roleTitle && memberOfDelegationBody(s, spokesmanOfBefore(s, roleTitle));
}

/** The person's rank in English as the holder holds it. */
function rankHeld(p: PersonRecord, knownRole: string | null): string | null {
  // (A bare rank the known person's office does not name is a courtesy: «الرئيس سعد الحريري» is a prime minister.)
  // (And a monarch's bare rank, «الملك عبدالله الثاني», is the throne the gazetteer knows: King of Jordan.)
  const heldRank = p.rank && knownRole && ((!knownRole.includes(p.rank) && p.rank === 'President') || (/^(King|Emir|Sultan)$/.test(p.rank) && knownRole.startsWith(`${p.rank} of `))) ? knownRole : p.rank;
  // (Of one who has died, «الرئيس الراحل X», the office is the late holder's: Late President.)
  return heldRank && p.late ? `Late ${heldRank}` : heldRank;
}

/** The office in English as the holder's state styles it (`holder`, his state where the article tells one). */
function roleEnglish(s: Scan, p: PersonRecord, o: Office, st: StoryStates, holder: string | null): string | null {
  const written = writtenRole(s, o, st, holder);
  const role = withProvince(s, o.roleTitle, chairwomanIfWoman(s, p, o, written));
  if (!role || o.dict) return role;
  // (With no country of its own nor of the article, the ministry is of the state most of its officials serve: «كما
  // يلتقى المهندس عمرو نصار وزير التجارة والصناعة» in a Cairo visit is Egypt's Minister of Trade and Industry.)
  const state = o.roleTitle?.country ?? holder ?? st.home ?? st.story ?? hostCountry(st.counts, null);
  const styled = isPartyHead(s, o.roleTitle) ? partyHeadStyled(role, state, o.roleTitle!.roles[0]!.head.fem) : role;
  // (The gazetteer's English of a known person's office is his state's already; the article's words are styled.)
  if (!styled || (!!o.known && written === o.knownRole)) return styled;
  // («العمل» is Labour or Labor as the office's state spells it, the state guessed too: an official of a Jordanian ministry
  // the article gives no country, in a story of Amman with the Philippine ambassador, is of the Ministry of Labour.)
  return groupStyled(labourStyled(chairStyled(tradeStyled(styled, tradeState(o.roleTitle, holder, state, st.counts)), state), state), state);
}

/** The office as the personal dictionary, the article's title, the rank or the gazetteer gives it. */
function writtenRole(s: Scan, o: Office, st: StoryStates, holder: string | null): string | null {
  const { dict, known, roleTitle, knownRole } = o;
  return dict?.role_en ?? (roleTitle && !o.describesOnly ? (presidingJudge(s, roleTitle) ?? monarchOf(roleTitle, knownRole) ?? honoredOffice(roleTitle, known) ?? titleAtHome(roleTitle, holder, st.home, st.story, st.homeTold)) : o.rank) ?? knownRole;
}

/**
 * A woman who chairs is a Chairwoman, whatever the gender of the title the article gives her («الدكتورة X، رئيس
 * المجلس», «وقالت رئيس الهيئة X»).
 */
function chairwomanIfWoman(s: Scan, p: PersonRecord, o: Office, role: string | null): string | null {
  return !o.dict && role && /\bChair(man)?\b/.test(role) && isWoman(s, p, o.roleTitle?.start) ? role.replace(/\bChair(man)?\b/g, 'Chairwoman') : role;
}

/** «النائب عن المحافظة»: the province the article named before the title (MP for Basra); none named, a bare MP. */
function withProvince(s: Scan, t: Title | null, role: string | null): string | null {
  if (!role || !t || !role.includes(` for ${PROVINCE_PLACEHOLDER}`)) return role;
  const province = provinceNamedBefore(s.words, s.norms, t.start);
  return province ? role.replace(PROVINCE_PLACEHOLDER, province) : role.replace(` for ${PROVINCE_PLACEHOLDER}`, '');
}

/** «رئيس حزب X»: the head of a party, in the party's state's style. */
function isPartyHead(s: Scan, t: Title | null): boolean {
  return !!t && t.roles.length === 1 && /^رييسه? (ال)?حزب(\s|$)/.test(normalize(roleText(s, t)));
}

/**
 * The state that styles «التجارة»: a state only guessed for the office styles it where the article's sides (states of
 * two officials or more) all style it alike: a minister listed with no country at a Doha signing with Malawi may be
 * Qatar's, his Minister of Commerce and Industry; Egypt's beside Vietnam's is of Trade and Industry either way.
 */
function tradeState(t: Title | null, holder: string | null, state: string | null, counts: Map<string, number>): string | null {
  const guessed = !t?.country && !holder;
  return guessed && [...counts].some(([c, n]) => n > 1 && namesTrade(c) !== namesTrade(state)) ? null : state;
}

/** The person's name in English: the dictionary's, the gazetteer's as the article writes it, or read from the Arabic. */
function nameEnglish(s: Scan, p: PersonRecord, o: Office, st: StoryStates): string {
  const given = o.dict?.name_en ?? (o.known && knownNameAsWritten(o.known, p.nameAr, (ar) => nameToEnglish(ar, { country: o.country, home: st.home, story: st.story })));
  if (given != null) return given;
  return o.kin ? `${readName(s, p, o, st, p.nameAr.split(/\s+/)[0]!)} ${o.kin.tail}` : readName(s, p, o, st, p.nameAr);
}

/** Arabic words of the person's name in English, as the press of the holder's state spells them (of `placed`, once a
 * side or a seat places one the article gave no state). */
function readName(s: Scan, p: PersonRecord, o: Office, st: StoryStates, ar: string, placed: string | null = null): string {
  const { country, roleTitle } = o;
  // (An international body's official the article gives no country is not of the story's country: the AU's
  // commissioner in a story of Khartoum is spelt by no Sudanese press.)
  const abroad = !country && !!roleTitle?.roles.some((r) => (r.complement?.kind === 'inst' && r.complement.inst.intl) || r.tailInsts?.some((i) => i.intl));
  // (An office the title places in no state is the home state's, and so is its holder's name: see ./office-state.)
  const office = !country && !abroad && !!roleTitle && holdsOffice(roleTitle) ? officeState(roleTitle, st.home) : null;
  const en = abroad && !placed ? nameToEnglish(ar) : nameToEnglish(ar, placed ? { home: st.home, story: st.story, office: placed } : !country && st.guests ? { story: st.guests } : { country, home: st.home, story: st.story, office });
  // (A woman's given name the press writes as a man's is hers: جين in «رئيسة اللجنة … جين …» is Jane, not Gene.)
  return roleTitle?.roles[0]?.head.fem || isWoman(s, p, roleTitle?.start) ? womansGivenName(en) : en;
}

/** A person of no office: described only as what they are, or working for a private company or employer. */
function isPrivatePerson(s: Scan, p: PersonRecord, o: Office, st: StoryStates): boolean {
  if (o.known || o.dict) return false;
  // (A body the title names by its bare noun is the one the article named in full: «نائب رئيس الجمعية» after «الجمعية
  // الوطنية الأرمنية» is the parliament's, not an association's.)
  const judged = p.title ? { ...p, title: resolveBareInstitutions(p.title, st.named) } : p;
  return holdsNoOffice(judged, s.norms, s.words) || (!!p.title && !p.rank && (officeOfPrivateCompany(s.words, s.norms, p.title) || privateEmployer(s, p, p.title)));
}

function privatePerson(s: Scan, p: PersonRecord, o: Office, name_en: string, role_en: string | null, n: number): Person {
  const { roleTitle } = o;
  return {
    id: `p${n}`, name_ar: p.nameAr, name_en, named: true,
    description_ar: roleTitle ? roleText(s, { ...roleTitle, end: privateDescriptionEnd(s, p, roleTitle) }) : null, description_en: roleTitle ? role_en : null, country: o.country, mentions: p.mentions,
  };
}

function officialOf(s: Scan, p: PersonRecord, o: Office, name_en: string, role_en: string | null, n: number): Official {
  return {
    id: `o${n}`,
    name_ar: p.nameAr,
    name_en,
    role_ar: o.roleTitle ? roleText(s, o.roleTitle) : null,
    role_en,
    // (A title resolved to the article's own state, «سفير الدولة لدى البرازيل», tells the holder's country where
    // nothing else did.)
    country: o.country ?? o.roleTitle?.country ?? null,
    mentions: p.mentions,
    evidence: p.evidence,
    known: !!o.known || !!o.dict,
  };
}

/** Styles of a woman before her name (normalised): السيدة، الدكتورة، المهندسة، الأستاذة، النائبة، الليدي، البارونة. */
const WOMAN_STYLE = /^(و|ف)?(السيده|الدكتوره|المهندسه|الاستاذه|النايبه|الليدي|البارونه|الرفيقه|السفيره|الوزيره|المستشاره|القاضيه)$/;

/**
 * Whether the article says a person is a woman: a woman's style right before a mention of her name («الدكتورة مايا
 * مرسي»), or a feminine reporting verb whose subject the mention is («وقالت فالنتينا …», «أكدت الدكتورة …»).
 */
function isWoman(s: Scan, p: PersonRecord, titleAt?: number): boolean {
  const starts = p.mentions.map(([a]) => wordAt(s.words, a));
  // (… or before the title that opens her name: «وقالت رئيس لجنة الصحة بمجلس النواب X».)
  // (Only a title that opens with her office: in «واختتمت اللجنة أعمالها برئاسة X» the verb is the committee's.)
  if (titleAt !== undefined && titleAt > 0 && !starts.includes(titleAt) && s.words[titleAt]!.forms.some((f) => heads.has(stripAl(f.form)))) starts.push(titleAt);
  for (let i of starts) {
    if (i < 0) continue;
    for (let back = 0; back < 3 && i > 0; back++) {
      const w = s.norms[i - 1]!;
      if (WOMAN_STYLE.test(w)) return true;
      if (reportingVerb(w)?.gender === 'f' && !s.words[i]!.punctBefore) return true;
      // (Past a style or a title of either gender: «وقالت رئيس المجلس القومي للمرأة الدكتورة …».)
      if (s.words[i]!.punctBefore || !(stylesMatch(s, i - 1) || heads.has(stripAl(w)))) break;
      i--;
    }
  }
  return false;
}

function stylesMatch(s: Scan, i: number): boolean {
  return !!styles.match(s.norms[i]!, s.norms, i);
}

/** The index of the word that starts at offset `at`, or -1. */
function wordAt(words: Word[], at: number): number {
  let lo = 0, hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const st = words[mid]!.tok.start;
    if (st === at) return mid;
    if (st < at) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/**
 * «الملك عبدالله الثاني», «الأمير تميم بن حمد»: a monarch's bare title before a person the gazetteer knows as the
 * monarch of a country is that office (King of Jordan, Emir of Qatar), not a bare "King" or a prince.
 */
function monarchOf(t: Title, knownRole: string | null): string | null {
  const r = t.roles[0]!;
  if (!knownRole || t.roles.length > 1 || r.complement || r.nat || r.tails.length || r.mods.length) return null;
  return /^(King|Emir|Sultan)$/.test(r.head.en) && knownRole.startsWith(`${r.head.en} of `) ? knownRole : null;
}

/**
 * «سمو الشيخ صباح الأحمد», «الشيخ محمد بن زايد», «الأمير محمد بن سلمان»: when an honorific (Sheikh, Prince) is the only
 * title the article gives a person the gazetteer knows, their office is the one they held in the news of the years the
 * gazetteer is curated for (Amir of Kuwait, Crown Prince of Saudi Arabia), not the courtesy.
 */
function honoredOffice(t: Title, known: KnownPerson | null): string | null {
  if (!known || !t.roles.every((r) => r.head.honorific && !r.complement && !r.nat && !r.tails.length && !r.mods.length)) return null;
  // (Only a ruler's, a crown prince's or a head of government's: a minister or a businessman named «الشيخ» or «الأمير»
  // keeps the style the article gives.)
  const r = mainRole(known.roles.filter((k) => heldInNews(k)));
  return r && officeRank(r) <= 1 ? r.role_en : null;
}

/**
 * «وأدان الأمين العام للأمم المتحدة X الهجوم، وقال المتحدث باسمه Y»: a spokesman «باسمه» speaks for the office of the
 * person named just before in the same paragraph (Spokesman for the UN Secretary-General).
 */
function spokesmanOfBefore(s: Scan, t: Title): Title {
  const r = t.roles[0]!;
  if (t.roles.length !== 1 || r.head.en !== 'Spokesman' || r.complement || r.nat || r.tails.length) return t;
  if (!/^باسم(ه|ها)$/.test(s.norms[t.end - 1] ?? '')) return t;
  // («وأعلنت الحكومة الفرنسية على لسان المتحدث باسمها X», «وفد الجبهة المتحدث باسمها X»: «ها» is a feminine owner — a
  // body with a feminine noun, or a woman's office — never a minister named before.)
  const feminine = s.norms[t.end - 1] === 'باسمها';
  const para = s.words[t.start]!.paragraph;
  let owner: Title | null = null;
  for (const d of s.detections) {
    const dt = d.title;
    if (!dt || dt.end > t.start || t.start - dt.end > 30 || s.words[dt.start]!.paragraph !== para) continue;
    if (feminine && !dt.roles[dt.roles.length - 1]?.head.fem) continue;
    if (!owner || dt.end > owner.end) owner = dt;
  }
  const body = feminine ? bodyOwnedBefore(s.words, s.norms, t.start, true, true) : null;
  if (body && (!owner || body.at >= owner.end)) return { ...t, roles: [{ ...r, head: { ...r.head, compose: 'for' }, complement: { kind: 'inst', inst: body.inst } }], country: t.country ?? body.inst.nat?.country ?? null };
  const o = owner?.roles[owner.roles.length - 1];
  if (!owner || !o || (!o.complement && !o.nat) || o.head.en === 'Spokesman') return t;
  if (s.words.slice(owner.end, t.start + 1).some((w) => /[.؛]/.test(w.punctBefore ?? ''))) return t;
  return { ...t, roles: [{ ...r, head: { ...r.head, compose: 'for' }, complement: { kind: 'role', role: o } }], country: t.country ?? owner.country };
}

/** «وفد», «ووفد», «لوفد»: a delegation, before the body it is of. */
const DELEGATION_OF = /^(و|ف)?(ب|ل)?وفد$/;

/**
 * «ويضم وفد المجلس الأعلى للدولة العضوين X وY», «أما وفد مجلس النواب فيضم الأعضاء X وY»: a bare member in the sentence
 * of a body's delegation is a member of that body (Member of the High Council of State).
 */
function memberOfDelegationBody(s: Scan, t: Title): Title {
  const r = t.roles[0]!;
  if (t.roles.length !== 1 || r.head.en !== 'Member' || r.complement || r.nat || r.tails.length || r.mods.length) return t;
  for (let k = t.start - 1; k >= Math.max(0, t.start - 16); k--) {
    if (DELEGATION_OF.test(s.norms[k]!) && k + 1 < t.start && !s.words[k + 1]!.punctBefore) {
      const body = parseInstitution(s.words, s.norms, k + 1, /^[وف]?(ل{1,2}|ب)?$/);
      // (A bare «وفد المجلس», «وفد الحزب» names no body of its own.)
      if (!body || body.end - k < 3) return t;
      return { ...t, roles: [{ ...r, complement: { kind: 'inst', inst: body.inst } }] };
    }
    if (/[.!?؟؛]/.test(s.words[k + 1]!.punctBefore ?? '')) break;
  }
  return t;
}

/** Words of a court and its hearings: «محكمة جنايات القاهرة»، «الدائرة الجزائية في المحكمة»، «الجلسة». */
const COURT_WORD = /^(و|ف)?(ب|ل|لل)?(ال)?(محكمه|محاكم|جنايات|جنح|جلسه|الجلسه|قضاء|القضاء|قضائيه)$/;

/**
 * «نظرت محكمة الجنايات …، برئاسة المستشار X»: a counsellor (the style of the Arab judiciary) who presides over a court
 * or its hearing is its presiding judge, not an adviser; of the court when the sentence names it in full.
 */
function presidingJudge(s: Scan, t: Title): string | null {
  const r = t.roles[0]!;
  if (t.roles.length > 1 || r.head.en !== 'Adviser' || r.complement || r.nat || r.tails.length || r.mods.length) return null;
  if (s.norms[t.start - 1] !== 'برياسه') return null;
  let court = false;
  for (let k = t.start - 2; k >= Math.max(0, t.start - 14); k--) {
    if (COURT_WORD.test(s.norms[k]!)) {
      court = true;
      const named = /محكمه$/.test(s.norms[k]!) ? parseInstitution(s.words, s.norms, k, /^[وف]?(ل{1,2}|ب)?$/) : null;
      if (named && !named.inst.generic) return `Presiding Judge of ${institutionEnglish(named.inst, countryName, true)}`;
    }
    if (/[.!?؟]/.test(s.words[k + 1]!.punctBefore ?? '')) break;
  }
  return court ? 'Presiding Judge' : null;
}

/** The role as written, without the conjunction or preposition glued to its first word. */
function roleText(s: Scan, t: Title): string {
  const { words, norms, text } = s;
  const w = words[t.start]!;
  const bare = w.forms.find((f) => f.prefix && /^[وفبل]+$/.test(f.prefix) && w.norm.endsWith(f.form) && heads.match(stripAl(f.form), norms, t.start));
  const from = bare && !heads.match(stripAl(w.norm), norms, t.start) ? w.tok.start + bare.prefix.length : w.tok.start;
  return text.slice(from, words[t.end - 1]!.tok.end);
}

/** Styles that say nothing of an office (Mr, Dr, Eng.): a name with only these before it is a person, not an official. */
const CIVIL_STYLES = new Set(['السيد', 'السيده', 'الدكتور', 'الدكتوره', 'د', 'المهندس', 'المهندسه', 'الاستاذ', 'الاستاذه', 'الحاج', 'البروفيسور'].map(normalize));

/** A person described only as what they are (analyst, journalist, relative) or only with a civil style. */
/** What a centre or institute of research says it is for: «للدراسات الاستراتيجية», «للأبحاث», «للبحوث والدراسات». */
const RESEARCH_PURPOSE = /^(لل|ل|وال|ال)?(دراسات|ابحاث|بحوث)$/;

/** Word index where the clause after word `from` ends: the first punctuation, or at most `max` words on. */
function clauseEnd(words: readonly Word[] | undefined, from: number, max: number): number {
  if (!words) return from + 1;
  let k = from;
  while (k < words.length && k < from + max && (k === from || !words[k]!.punctBefore)) k++;
  return Math.min(k + 1, words.length);
}

/** A royal style as written after a body's noun: «معهد الأمير الحسين …», «مركز الملك عبدالعزيز …». */
const ROYAL_STYLE = /^(الملك|الملكه|الامير|الاميره|السلطان)$/;

/**
 * A centre or institute of studies named after a king, a queen, a prince or a sultan («مدير معهد الأمير الحسين بن
 * عبدالله الثاني للدراسات الدولية», «معهد الأمير سعود الفيصل للدراسات الدبلوماسية»): the state founded it under the
 * royal name (a foreign ministry's diplomatic institute), and whoever heads it holds a public office.
 */
function namedAfterRoyal(norms: readonly string[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (researchNouns.has(norms[k]!.replace(/^(ل|ب)/, '')) && ROYAL_STYLE.test(norms[k + 1]!)) return true;
  return false;
}

/** A centre or an institute as written after «ب», «ل» or «في», with or without the article: «بمركز», «في المعهد». */
const RESEARCH_BODY_AFTER = /^(ب|ل|بال|لل)(مركز|معهد)$/;

/**
 * Where the centre of studies ends that the title's unit stands in, named right after the title the grammar read:
 * «مديرة البرنامج الأفريقي بمركز الأهرام للدراسات …», «رئيس وحدة الدراسات الآسيوية بمركز الأهرام للدراسات …» — the
 * programme or the unit is the centre's, and its head holds no public office. The centre says what it studies within a
 * few words of the same clause; one named after a king or a prince is the state's (namedAfterRoyal).
 */
export function researchCentreEnd(norms: readonly string[], words: readonly Word[], t: Pick<Title, 'start' | 'end'>): number | null {
  // (The unit's own words the grammar left out may come first, all with the article: «رئيس وحدة الدراسات الآسيوية
  // بمركز …» — a name after the title has none.)
  let at = t.end;
  while (at < t.end + 3 && !!words[at] && !words[at]!.punctBefore && /^ال/.test(norms[at]!) && !RESEARCH_BODY_AFTER.test(norms[at]!)) at++;
  const next = norms[at] ?? '';
  if (!words[at] || words[at]!.punctBefore || (!RESEARCH_BODY_AFTER.test(next) && !(next === 'في' && researchNouns.has(stripAl(norms[at + 1] ?? ''))))) return null;
  const to = clauseEnd(words, at, 4);
  if (namedAfterRoyal(norms, at, to)) return null;
  for (let k = at + 1; k < to; k++) if (RESEARCH_PURPOSE.test(norms[k]!)) return k + 1;
  return null;
}

function holdsNoOffice(p: PersonRecord, norms: readonly string[], words?: readonly Word[]): boolean {
  if (p.rank) return !!words && commentatorOfRank(p, norms, words);
  // (Each role describes the person or is one in civil society: "المحامي X، عضو هيئة الدفاع", "رئيس المركز المغربي
  // للدراسات الاستراتيجية" — a centre of studies, whoever heads it holds no public office.)
  if (p.title) {
    const t = p.title;
    // (The centre's own name may stand between its noun and what it studies, past where the title ends: «نائب مدير
    // مركز الأهرام للدراسات السياسية», «مدير معهد كارنيغي للأبحاث» — a few words of the same clause.)
    const studies = (t.roles.some(ofResearchBody)
      && norms.slice(t.start, clauseEnd(words, t.end, 3)).some((w) => RESEARCH_PURPOSE.test(w)) && !namedAfterRoyal(norms, t.start, t.end))
      || (!!words && researchCentreEnd(norms, words, t) !== null);
    return studies || t.roles.every((r) => (r.head.person && !expertOfPublicBody(r) && !candidateInRace(r)) || ofCivilBody(r)) || ofPrivateActorsBody(p, norms)
      || commentatorHeadingUnnamedBody(t);
  }
  if (p.detections.every((d) => d.bareSpeaker)) return true;
  return p.detections.some((d) => d.styledOnly && d.styleWords?.every((w) => CIVIL_STYLES.has(w)));
}

/** A military rank in English: no office of its own, where «السيناتورة» or «النائب» is one. */
const MILITARY_RANK = /\b(General|Brigadier|Colonel|Major|Lieutenant|Admiral|Captain|Marshal)\b/;
/** What the press asks a commentator to be: an expert, an analyst, a thinker, a researcher, an academic. */
const COMMENTATOR = /^(Expert|Analyst|Thinker|Researcher|Academic|Professor|Writer|Historian|Economist)$/;

/**
 * A commentator first, then the head of a body the title names by no state, vocabulary name or parent: «المحلل السياسي
 * X، رئيس مؤسسة "…" لاستطلاعات الرأي», «الباحثة Y، رئيسة منظمة "…"» — a pollster's or a campaign group's head the press
 * asks as an analyst, not an official.
 */
function commentatorHeadingUnnamedBody(t: Title): boolean {
  const [first, ...rest] = t.roles;
  if (!first || !rest.length || !first.head.person || !COMMENTATOR.test(first.head.en) || expertOfPublicBody(first)) return false;
  return rest.every((r) => {
    const c = r.complement;
    return c?.kind === 'inst' && !!c.inst.generic && !c.inst.nat && !c.inst.country && !c.inst.of && !c.inst.ofRole && !r.nat;
  });
}

/** A title that only says the person comments on the news («والخبير العسكري», «المفكر الاستراتيجي»). */
function commentatorTitle(t: Title | null): boolean {
  return !!t && t.roles.every((r) => r.head.person && COMMENTATOR.test(r.head.en) && !expertOfPublicBody(r));
}

/**
 * A description joined by «و» to an office right before it is one more thing the person is: «النائب السابق والخبير في
 * الشؤون الاستراتيجية العميد المتقاعد X» is a former MP.
 */
function joinedToOffice(t: Title, norms: readonly string[], words: readonly Word[]): boolean {
  if (!/^و/.test(norms[t.start] ?? '') || words[t.start]!.punctBefore) return false;
  for (let k = Math.max(0, t.start - 4); k < t.start; k++) {
    const before = parseTitle(words as Word[], k, countryName, norms as string[], false);
    if (before && before.end === t.start && before.roles.some((r) => !r.head.person)) return true;
  }
  return false;
}

/**
 * An officer the press asks for comment, described as an expert, an analyst or a thinker and by no office («العميد
 * المتقاعد والخبير العسكري X», «اللواء X المفكر الاستراتيجي إن …»): a commentator, not an official. The description
 * stands in the title before the name or right after it, with the article (or after a comma).
 */
function commentatorOfRank(p: PersonRecord, norms: readonly string[], words: readonly Word[]): boolean {
  if (!p.rank || !MILITARY_RANK.test(p.rank)) return false;
  if (p.title) return commentatorTitle(p.title) && !joinedToOffice(p.title, norms, words);
  return p.detections.some((d) => {
    const k = d.name?.end ?? -1;
    const w = words[k];
    if (!d.name || !w || (w.punctBefore && !/^[،,]$/.test(w.punctBefore.trim())) || !norms[k]!.startsWith('ال')) return false;
    return commentatorTitle(parseTitle(words as Word[], k, countryName, norms as string[], false));
  });
}

/** Body nouns a title may name a body of private actors by: «اتحاد مكاتب …», «تجمع مزارعي …», «مجلس الأعمال». */
const MEMBERS_BODY = /^(و|ف)?(ب|ل|لل)?(ال)?(اتحاد|تجمع|تنسيقيه|مجلس|رابطه|نقابه|لجنه|غرفه|منتدي|ائتلاف)$/;

/**
 * A one-office title whose body is made of private actors, the plural right after its noun: «رئيس اتحاد مكاتب استقدام
 * العمالة», «رئيس تجمع مزارعي البقاع», «رئيس مجلس الأعمال التونسي الإفريقي», «الناطق باسم تنسيقية اعتصام الكامور» —
 * a trade federation, a business council or a protest committee, read up to the name even where the title grammar
 * stopped short of the body. Not «اتحاد بلديات …» nor «مجلس النواب»: their members hold office.
 */
function ofPrivateActorsBody(p: PersonRecord, norms: readonly string[]): boolean {
  const t = p.title;
  if (!t || t.roles.length !== 1) return false;
  const d = p.detections.find((x) => x.title?.start === t.start && x.name);
  const end = d?.name && d.name.start > t.start ? Math.min(d.name.start + 1, t.start + 8) : t.end;
  return privateActorsBodyIn(norms, t.start, end);
}

function privateActorsBodyIn(norms: readonly string[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (!MEMBERS_BODY.test(norms[k]!)) continue;
    // (The body's own adjective may come first, and the members after «لل»: «الاتحاد الوطني للصيادين التقليديين».)
    const at = BODY_ADJECTIVE.test(norms[k + 1]!) && k + 2 < to ? k + 2 : k + 1;
    if (privateMemberNoun(norms[k + 1]!) || privateMemberNoun(norms[at]!)) return true;
  }
  return false;
}

/** An adjective of a body before whom it is made of: «الوطني», «العام», «المحلي». */
const BODY_ADJECTIVE = /^(ال)?(وطني|عام|محلي)(ه)?$/;

/** A plural of private actors, as written or after «لل» («للصيادين»). */
function privateMemberNoun(w: string): boolean {
  return privateMemberNouns.has(w) || (w.startsWith('لل') && privateMemberNouns.has(`ال${w.slice(2)}`));
}

/** A description that is an office in a body of private actors («رئيس تجمع مزارعي البقاع»): no office to promote. */
export function isPrivateActorsRole(description: string): boolean {
  const norms = toWords(description).map((w) => w.norm);
  return privateActorsBodyIn(norms, 0, Math.min(norms.length, 8));
}

/** Nouns of a public body an expert may serve on its staff: a fund, a ministry, an organisation, a mission… */
export const PUBLIC_BODY_NOUNS = new Set(['صندوق', 'وزاره', 'منظمه', 'هيئه', 'مفوضيه', 'وكاله', 'بعثه', 'سفاره', 'امانه']);

/**
 * An expert (an economist) on the staff of a public or international body («الخبيرة الاقتصادية في الصندوق X», «الخبير في صندوق النقد
 * الدولي X», «خبير بوزارة الصحة»): a member of its staff, an official, where an expert of a centre, a company, a bank
 * of no public name or a university describes only what the person is. A body named by the vocabulary (the IMF, the
 * World Bank, a central bank) or one of the nouns above, never one of civil society nor a company named by its brand
 * («الخبير في شركة أرامكو»: the state's, but an expert's post there is no office).
 */
function expertOfPublicBody(r: Role): boolean {
  if (!/^(Expert|Economist)$/.test(r.head.en) || r.complement) return false;
  return (r.tailInsts ?? []).some((inst) => !inst.civil && !inst.brand && (inst.generic ? !!inst.noun && PUBLIC_BODY_NOUNS.has(inst.noun) && !inst.of?.en : !!inst.en && !inst.of));
}

/**
 * A candidate of a party, a movement, an alliance or the opposition, or for an office («مرشح حزب الشعب الديمقراطي X»,
 * «مرشحة المعارضة X», «مرشح حركة «النهضة» X», «مرشح للرئاسة»): one who runs for public office, whom the news counts
 * among its officials; a bare «مرشح» describes only.
 */
function candidateInRace(r: Role): boolean {
  return r.head.en === 'Candidate' && r.complement?.kind === 'inst' && !r.complement.inst.civil;
}


/**
 * «الرئيس التنفيذي لشركة «بوينغ» X», «رئيس مجلس إدارة مجموعة «العربي» X»: the one office of the title is in a
 * company known by a brand name in quotation marks, with nothing that makes it the state's (./private-employer
 * brandOfState: a state company of the vocabulary, «الحكومية», «الوطنية», a country in its name; not the firm's
 * nationality): a private company's executive, a person and not an official. (State companies — «شركة "كازاخ إنفست"
 * الحكومية», «شركة "برتامينا" الإندونيسية» — are offices.)
 */
function privateCompany(words: Word[], norms: string[], t: Title): boolean {
  if (t.roles.length !== 1 || t.roles[0]!.nat || t.country) return false;
  const c = t.roles[0]!.complement;
  // (An office with no complement may name the company in its tail: «كبير الاقتصاديين في شركة "ألفا كابيتال"».)
  if (c && (c.kind !== 'inst' || c.inst.nat || c.inst.country || c.inst.of?.nat || c.inst.of?.country)) return false;
  for (let k = t.start; k < t.end; k++) {
    if (!COMPANY.test(norms[k]!) || !/^["«“]$/.test(words[k + 1]?.punctBefore ?? '')) continue;
    return !brandOfState(norms, k + 1, t.end + 2);
  }
  return false;
}

/**
 * An office in a private company, named inside the title (`privateCompany`, read over `within`) or right after it
 * (`privateCompanyEnd`): the one test the officials layer and the promotion of described people share.
 */
function officeOfPrivateCompany(words: Word[], norms: string[], t: Title, within: Title = t): boolean {
  return privateCompany(words, norms, within) || privateCompanyEnd(words, norms, t) !== null;
}

/**
 * A one-office title held at a private employer: a company named by a brand («الرئيس التنفيذي لشركة باريك X») or one
 * of many bodies left unnamed («مدير الخزينة في أحد المصارف الخاصة X»); see ./private-employer.
 */
function privateEmployer(s: Scan, p: PersonRecord, t: Title): boolean {
  if (t.roles.length !== 1) return false;
  return brandCompanyAfter(s, p, t) !== null || unnamedEmployerIn(s.norms, t.start, t.end);
}

/**
 * Where the description of a person who holds no office ends: past the research centre or the private company the
 * title leaves out of its words («الرئيس التنفيذي لشركة "بوسكاليس"», «… لشركة باريك»), else at the title's end.
 */
function privateDescriptionEnd(s: Scan, p: PersonRecord, roleTitle: Title): number {
  return researchCentreEnd(s.norms, s.words, roleTitle) ?? privateCompanyEnd(s.words, s.norms, roleTitle)
    ?? Math.max(roleTitle.end, (p.title && brandCompanyAfter(s, p, p.title)) ?? 0);
}

/** Where the brand of a private company the one-office title names ends (./private-employer), or null. */
function brandCompanyAfter(s: Scan, p: PersonRecord, t: Title): number | null {
  if (t.roles.length !== 1 || t.roles[0]!.nat) return null;
  const nameAt = p.detections.find((d) => d.title?.start === t.start && d.name)?.name?.start ?? null;
  return brandCompanyEnd(s.words, s.norms, t.start, t.end + 1, nameAt);
}

/** The heads of a firm's management, whose body a bare «ل» before a brand may name: «الرئيس التنفيذي لـ"ستينا بالك"». */
const FIRM_HEAD = /^(Chief Executive|Chief Executive Officer|CEO|Managing Director)$/;

/**
 * Where a private company ends that is named right after the title the grammar read, by its noun and a brand in
 * quotation marks: «كبير الاقتصاديين في شركة "ألفا كابيتال" X», «الرئيس التنفيذي لـ"ستينا بالك" X» — the office is the
 * company's, and its holder no official. Nothing in its name may make it the state's (brandOfState: the
 * vocabulary, «الحكومية», a country; the firm's nationality after it does not); a title of its own country or nationality
 * is a public office whatever follows it.
 */
export function privateCompanyEnd(words: readonly Word[], norms: readonly string[], t: Title): number | null {
  if (t.roles.length !== 1 || t.roles[0]!.nat || t.country) return null;
  // (The title may end on the company's noun, its brand right after: «الرئيس التنفيذي لشركة "بوسكاليس"».)
  const endsOnCompany = COMPANY.test(norms[t.end - 1]!) && /^["«“]$/.test(words[t.end]?.punctBefore ?? '');
  let at = endsOnCompany ? t.end - 1 : t.end;
  if (norms[at] === 'في' && !words[at]!.punctBefore) at++;
  const w = words[at];
  if (!w || (w.punctBefore && at === t.end)) return null;
  const bareOf = norms[at] === 'ل' && FIRM_HEAD.test(t.roles[0]!.head.en);
  if (!COMPANY.test(norms[at]!) && !bareOf) return null;
  if (!/^["«“]$/.test(words[at + 1]?.punctBefore ?? '')) return null;
  let end = at + 2;
  while (end < words.length && end < at + 6 && !/["»”]/.test(words[end]!.punctBefore ?? '')) end++;
  if (end < words.length && !/["»”]/.test(words[end]!.punctBefore ?? '')) return null;
  return brandOfState(norms, at + 1, end + 2) ? null : end;
}

/** A description that is an office in a private company («الرئيس التنفيذي لشركة «بوينغ»»): no office to promote. */
export function isPrivateCompanyRole(description: string): boolean {
  const words = toWords(description);
  const norms = words.map((w) => w.norm);
  const t = words.length ? parseTitle(words, 0, countryName, norms) : null;
  if (!t) return false;
  const whole = { ...t, end: Math.max(t.end, words.length) };
  return officeOfPrivateCompany(words, norms, t, whole) || (t.roles.length === 1 && (unnamedEmployerIn(norms, 0, words.length)
    || (!t.roles[0]!.nat && brandCompanyEnd(words, norms, 0, words.length, null) !== null)));
}

function countryCounts(persons: PersonRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of persons) {
    const c = p.personal?.country ?? p.country ?? p.known?.country ?? null;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** The country most of the article's people hold office in (a strict majority of those with a country), if any. */
function homeCountry(persons: PersonRecord[]): string | null {
  const counts = countryCounts(persons);
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return best && n * 2 > all ? best : null;
}

/**
 * An Arab country of the East whose affairs a Maghreb country's officials host («جولة جديدة من الحوار الليبي في
 * بوزنيقة»): the article's words name it more often than the host. The people the article gives no country are then its
 * (the two Libyan delegations beside Morocco's foreign minister), and their names are not written in the Maghreb's
 * French letters (Fawzi Al-Oqab, not Faouzi El Okab).
 */
function hostedArabCountry(norms: readonly string[], home: string): string | null {
  if (originOf(home) !== 'maghreb') return null;
  const mentions = countryMentions(norms);
  const atHome = mentions.find(([c]) => c === home)?.[1] ?? 0;
  const [best, n] = mentions.find(([c]) => c !== home) ?? [null, 0];
  return best && originOf(best) === 'arab' && n > atHome ? best : null;
}

/** The country at least two of the article's people hold office in, twice as many as any other, if any. */
function leadingCountry(persons: PersonRecord[]): string | null {
  const [[best, n] = [null, 0], [, second] = [null, 0]] = [...countryCounts(persons)].sort((a, b) => b[1] - a[1]);
  return best && n >= 2 && n >= 2 * second ? best : null;
}

/** The country most of the article's other people hold office in (strictly more than any other), for one of `own`. */
function hostCountry(counts: Map<string, number>, own: string | null): string | null {
  const ranked = [...counts].filter(([c]) => c !== own).sort((a, b) => b[1] - a[1]);
  return ranked[0] && (!ranked[1] || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/**
 * The kingdom «لدى المملكة» names: the one the article's other officials serve most, or the one its words tell (a
 * Saudi story whose officials are mostly a visiting side's: «سفير البوسنة لدى المملكة» in a meeting at Jeddah).
 */
function hostKingdom(counts: Map<string, number>, own: string | null, told: string | null): string | null {
  const host = hostCountry(new Map([...counts].filter(([c]) => isHomeKingdom(c))), own);
  return host ?? (told && told !== own && isHomeKingdom(told) ? told : null);
}

/** A title that is a public office: not only descriptions of what someone is, not only roles in civil society. */
export function holdsOffice(t: Title): boolean {
  return !t.roles.every((r) => r.head.person || ofCivilBody(r) || !!r.head.honorific);
}

/** A role in a centre or institute, itself or through the office it deputises («نائب مدير مركز …»). */
export function ofResearchBody(role: Role): boolean {
  const c = role.complement;
  if (c?.kind === 'inst') return !!c.inst.noun && researchNouns.has(c.inst.noun);
  if (c?.kind === 'role') return ofResearchBody(c.role);
  return false;
}

/** A role in a body of civil society ("المتحدث باسم المنتدى التونسي للحقوق …", "رئيس جمعية …"). */
function ofCivilBody(role: Role): boolean {
  const c = role.complement;
  if (c?.kind === 'inst') return civilInstitution(c.inst);
  if (c?.kind === 'role') return ofCivilBody(c.role);
  return false;
}

/** A body of civil society, or a unit of one named by a bare noun («برامج منظمة العفو الدولية»: Amnesty's programmes). */
function civilInstitution(inst: Institution): boolean {
  // (A parliament's own body is no civil society whatever its noun: «جمعية الصداقة البرلمانية اليونانية المصرية» is made of
  // members of parliament, like «مجموعة الصداقة البرلمانية».)
  if (inst.adjectives.includes('Parliamentary')) return false;
  // (Nor is a game's governing body, though the Maghreb names it «جامعة», as it names a university.)
  if (governsSport(inst)) return false;
  // (Nor is a state's watch over a natural hazard, though it is named «مرصد» as a human-rights observatory is: «مدير
  // مرصد غوما للبراكين» directs the Goma Volcano Observatory.)
  if (!inst.civil && !!inst.purpose && hazardFields.has(inst.purpose)) return false;
  if (inst.civil || (!!inst.noun && civilNouns.has(inst.noun))) return true;
  return !!inst.generic && !inst.nat && !!inst.of && civilInstitution(inst.of);
}

/**
 * An office in English, in its holder's national form. Where the article tells no country of the holder, a minister's
 * portfolio takes the name it has in the country of the story's officials (in a story of Egyptian officials «وزير
 * التجارة والصناعة» is the Minister of Trade and Industry); the office itself is not renamed (no Secretary of State).
 */
function titleAtHome(title: Title, country: string | null, home: string | null, story: string | null = null, homeTold = false): string {
  const own = renderTitle({ ...title, country: title.country ?? country });
  // «وفي موسكو، أعلن عمدة العاصمة»: the capital a mayor heads is that of the state the story's officials serve, or
  // failing them, of the state the story is about (Mayor of Moscow).
  const capitalHome = home ?? story;
  if (!title.country && !country && capitalHome && CAPITAL_MAYOR.test(own)) return renderTitle({ ...title, country: capitalHome });
  if (title.country || country || !home) return own;
  const atHome = renderTitle({ ...title, country: home });
  const minister = /^(.*\bMinister) of /;
  if (atHome !== own && HOUSE_OFFICE.test(own)) return atHome;
  // (So does a bare «النائب» — in a story of Peruvian officials a Member of Congress — where the story's words are about
  // the home state too: one American president named in a story of Lima does not make its MPs Representatives.)
  if (atHome !== own && own === 'MP' && homeTold) return atHome;
  // (So does the public prosecutor, whom a state whose chief law officer is its Attorney General calls so: «المدعي
  // العام» in a story of Malawian officials is the Attorney General, in one of Argentine officials the Public Prosecutor;
  // and «النائب العام» in a story of Egyptian or Algerian officials is their Prosecutor General.)
  if (atHome !== own && PROSECUTOR.test(own)) return atHome;
  // (So does a body its state names its own way, the office kept: «رئيس إدارة الكوارث والطوارئ» in a story of Turkish
  // officials heads the Disaster and Emergency Management Authority.)
  const office = (t: string) => /^(.+?) of the /.exec(t)?.[1];
  if (atHome !== own && !minister.test(own) && office(own) !== undefined && office(own) === office(atHome) && office(own)!.split(' ').length <= 2) return atHome;
  return atHome !== own && minister.exec(own)?.[1] === minister.exec(atHome)?.[1] && minister.test(own) ? atHome : own;
}

const CAPITAL_MAYOR = /\bMayor of the Capital\b/;
/** A chief prosecutor, as the Arabic names him, whom the story's state may style otherwise. */
const PROSECUTOR = /^(Public Prosecutor|Attorney General)$/;

/** A member or the speaker of a lower house named without its state, which takes the house's name in the country of the
 * story's officials (in a story of Brazilian officials «رئيس مجلس النواب» is the Speaker of the Chamber of Deputies). */
const HOUSE_OFFICE = /^(Speaker|Deputy Speaker|Member) of (Parliament|the House of Representatives)$/;

