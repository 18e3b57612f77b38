/**
 * From meetings and lists to delegations: each person on one side, each side headed by its leading participant,
 * sides in the order the article presents them, people whose side is unclear in an "Also present" group.
 */
import { normalize } from '../arabic/normalize';
import { namesArabicInOrigin } from '../gazetteer';
import { isOrdinaryWord, isUnattestedWord } from '../people/evidence';
import { holdsNumber } from '../people/not-a-name';
import { headRanks, headRanksEn, honorificPronouns, meetingVerbs, partitioned, pastMarkers, timeWords } from '../vocab/meetings';
import type { Delegation, DelegationMember, Official } from '../types';
import { matchCountryName } from '../vocab/nationalities';
import { nameParticles } from '../vocab/titles';
import { isAttendance, type ExplicitList } from './lists';
import { delegationMember } from './member';
import type { Meeting } from './meetings';
import { ALSO_PRESENT, arabicSideName, countrySide, isMovement, isNonState, sideInTitle, type Side } from './sides';

/** How sure a placement is: the list's own side words beat a country, which beats a default. */
const enum Certainty {
  Unclear = 0,
  Default = 1,
  Country = 2,
  Participant = 3,
  Stated = 4,
}

interface Placement {
  side: Side;
  certainty: Certainty;
  order: number;
}

export interface AssembleInput {
  meetings: Meeting[];
  lists: ExplicitList[];
  /** The side of a participant whose own country is unknown (the article's most-named other country). */
  fallbackSide: (taken: ReadonlySet<string>) => Side | null;
  /** Where the meeting takes place (the country visited, an ambassador's posting, a capital or palace), if said. */
  venue: () => Side | null;
  /** Each official's own side (country, role words, title words around the name), if known. */
  sideOf: (o: Official) => Side | null;
  /** A meeting party's faction named around his mentions ("رئيس حكومة الوفاق X"، "Y، قائد الجيش الوطني الليبي"). */
  factionOf: (o: Official) => Side | null;
  officials: readonly Official[];
  /** Those of `officials` tied to the meetings: the one official of a side stands for it only if he is one of them. */
  tied: ReadonlySet<Official>;
  /** Those who receive at a meeting («استقبل X …»): a host sits at home, at the meeting's place. */
  hosts?: ReadonlySet<Official>;
}

/** Guards against a title fragment read as a name ("للشؤون العسكرية", "معاليه"): never a delegation member. */
function isPlausibleName(o: Official, transliterated = false): boolean {
  const words = normalize(o.name_ar).split(/\s+/).filter(Boolean);
  return words.length > 0 && !words[0]!.startsWith('لل') && !(words.length === 1 && honorificPronouns.has(words[0]!)) && !isMeetingVerb(words[0]!) && hasNameEvidence(o, words, transliterated);
}

/**
 * "خارجية سويدي سابق"، "آنذاك مشار بتدبير انقلاب": a phrase of the language read as a name. A word of time ("سابق"،
 * "آنذاك") is never a name word, and most words of a name are not ordinary words (lib/people's lexicon).
 * (Nationality words can be: "ماركو روسي", "تركي الفيصل".)
 */
function hasNameEvidence(o: Official, words: readonly string[], transliterated: boolean): boolean {
  if (o.known) return true;
  // «ملف إكسبو 2030»، «انتخابات 2026»: a figure is never part of a person's name; a phrase about a year or a file is.
  if (holdsNumber(words)) return false;
  if (words.some((w) => isIn(w, pastMarkers) || isIn(w, timeWords))) return false;
  // "سفير كوريا"، "رئيس جمهورية كوريا": a country's name after a title, read as a name.
  if (words.length === 1 && (matchCountryName(words, 0)?.length === 1 || partitioned.some((p) => p.context.has(words[0]!)))) return false;
  // "ولد"، "بن"، "أبو": a particle of a name is never a name of its own (a name cut in the middle).
  if (words.length === 1 && nameParticles.has(words[0]!)) return false;
  // "حفظه الله"، "رعاه الله": a blessing after a ruler's name, not a name ("فتح الله"، "نصر الله" are).
  if (words.length === 2 && words[1] === 'الله' && isUnattestedWord(words[0]!)) return false;
  // Mostly ordinary words of the language ("سوق أبوظبي العالمي أحمد"): a phrase, not a name. (One ordinary word is
  // common in real names: "دياب اللوح"، "ثامر الغضبان".)
  // («صبيح الصبيح»، «خالد الخالد»: a family name made of a given name with the article, right after it, is a name's shape.)
  const repeated = (n: number) => words[n + 1] === 'ال' + words[n] || (n > 0 && words[n] === 'ال' + words[n - 1]);
  // «كاظم فنجان الحمامي»، «فام بينه مينه»: after a first word that is a name's, a word some name source lists (a family
  // name that is also a noun, a Vietnamese syllable that spells an Arabic word) is the name's own.
  const opensAsName = !isOrdinaryWord(words[0]!);
  const phraseWord = (w: string, n: number) => !repeated(n) && (opensAsName && n > 0 ? isUnattestedWord(w) : isOrdinaryWord(w));
  return transliterated || words.length < 2 || words.filter(phraseWord).length * 2 <= words.length;
}

/**
 * «الوزيرة حنان الكواري» after «وزيرة الصحة العامة الدكتورة حنان محمد الكواري»: a short form the officials layer did not
 * link (the middle name left out) is the same person on the same side: only the fuller name is kept. (Same first and
 * last words, the short one's words all in the full one, in order.)
 */
function shortFormsDropped<T extends { o: Official }>(people: T[]): T[] {
  const words = (o: Official) => normalize(o.name_ar).split(/\s+/).filter(Boolean);
  const within = (short: string[], full: string[]) => {
    if (short.length < 2 || short.length >= full.length || short[0] !== full[0] || short[short.length - 1] !== full[full.length - 1]) return false;
    let k = 0;
    for (const w of full) if (w === short[k]) k++;
    return k === short.length;
  };
  return people.filter(({ o }) => !people.some(({ o: other }) => other !== o && within(words(o), words(other))));
}

const isIn = (w: string, set: ReadonlySet<string>) => set.has(w) || set.has(w.replace(/^و/, ''));

/** "ويبحثان تعزيز …": a headline clause read as a name starts with a meeting verb in the present tense. */
function isMeetingVerb(word: string): boolean {
  const w = word.replace(/^[وف]/, '');
  if (!/^[يت]/.test(w)) return false;
  return meetingVerbs.has(w) || meetingVerbs.has(w.replace(/(?:ان|ون|وا)$/, ''));
}
const plausible = new WeakMap<Official, boolean>();
/**
 * «سفير الجمهورية التركية إردم أوزان»، «نائب رئيس مجلس النواب الإندونيسي فادلي زون»، «ومعالي ذوقي ذوقي زاده» in the
 * Tajik delegation: one seated on the side of a state whose people's names are not Arabic in origin has his name
 * transliterated, and that its words also spell Arabic words («أوزان»، «زون»، «زاده») is chance, not a phrase of the
 * language read as a name. (A word of time, a figure, a country's name or a particle alone still make no name.)
 */
function isPlausibleOnSide(o: Official, side: Side): boolean {
  return isPlausible(o) || (!!side.country && !namesArabicInOrigin(side.country) && isPlausibleName(o, true));
}

function isPlausible(o: Official): boolean {
  let v = plausible.get(o);
  if (v === undefined) plausible.set(o, (v = isPlausibleName(o)));
  return v;
}

const ranks = new WeakMap<Official, number>();
function rankOf(o: Official): number {
  let r = ranks.get(o);
  if (r === undefined) ranks.set(o, (r = readRank(o)));
  return r;
}

function readRank(o: Official): number {
  const words = normalize(o.role_ar ?? '').split(/\s+/).filter(Boolean);
  // «نائبة وزير»، «مساعدة وزير»: a feminine title ranks as its masculine («نائب»، «مساعد»).
  const forms = (w: string) => [...new Set([w, w.replace(/^ال/, ''), w.replace(/^(?:ال)?(نايب|مساعد|مستشار|مدير|سفير|مبعوث|متحدث)ه$/, '$1')])];
  const m = headRanks.match((k) => (words[k] ? forms(words[k]!) : []), 0, words.length);
  return m ? m.value : rankInEnglish(o.role_en);
}

/** "President of France" → 0: the English role's first words, for a title the Arabic gives only as «نظيره الفرنسي». */
function rankInEnglish(role: string | null): number {
  const lower = (role ?? '').toLowerCase().replace(/^(?:the|former|acting|interim)\s+/, '').replace(/^(?!deputy |assistant |vice |acting |former )[a-z]+ (?=president|prime minister|minister|king|emir|crown prince|chancellor|leader)/, '');
  const rank = headRanksEn.findIndex((titles) => titles.some((t) => lower === t || lower.startsWith(t + ' ') || lower.startsWith(t + ',')));
  return rank >= 0 ? rank : 4;
}

/** The sides in the order the article brings them in and where each official sits, as the stages of assemble fill them. */
interface Table {
  sides: Map<string, { side: Side; order: number }>;
  placements: Map<Official, Placement>;
  /** Those who take part in a meeting or are the principal of a list, not merely present: the candidates to head a side. */
  participants: Set<Official>;
  /** Parties of a meeting between two or more people or sides: the likeliest heads. */
  principals: Set<Official>;
  /** The official a meeting says leads a side («وفدا أمنيا مصريا برئاسة X»), by the side's key. */
  leaders: Map<string, Official>;
  /** The side as first met (a later mention may give its Arabic name). */
  addSide: (side: Side) => Side;
  /** Seats o on the side, unless he sits as surely already (a name that is no name never sits). */
  place: (o: Official, side: Side, certainty: Certainty) => void;
}

function newTable(): Table {
  const sides = new Map<string, { side: Side; order: number }>();
  const placements = new Map<Official, Placement>();
  let order = 0;

  const addSide = (side: Side): Side => {
    const known = sides.get(side.key);
    if (known) {
      if (!known.side.ar && side.ar) known.side = { ...known.side, ar: side.ar };
      return known.side;
    }
    sides.set(side.key, { side, order: order++ });
    return side;
  };
  const place = (o: Official, side: Side, certainty: Certainty) => {
    if (!isPlausibleOnSide(o, side)) return;
    const cur = placements.get(o);
    if (cur && cur.certainty >= certainty) return;
    placements.set(o, { side: addSide(side), certainty, order: cur?.order ?? order++ });
  };
  return { sides, placements, participants: new Set(), principals: new Set(), leaders: new Map(), addSide, place };
}

/**
 * The meetings and lists seat everyone, in stages: the parties of each meeting (seatMeetingParties), those parties of
 * no known side (seatUnplaced, before the lists and again after them), the host and the guest (hostAndGuest), the
 * members of each list (seatListMembers); then factions and bodies are set right, and each side becomes a delegation
 * headed by its leading participant (delegationsAtTable).
 */
export function assemble(input: AssembleInput): Delegation[] {
  const { meetings, lists, sideOf } = input;
  const table = newTable();
  const signedFor = signersByOrder(meetings, lists, sideOf);
  const { unplaced, alone } = seatMeetingParties(table, input, signedFor);
  // «استقبل X Y، بحضور Z …» then «وقال Z عقب اللقاء …»: the only party of a meeting word, of unknown side, whom a list
  // names among those present waits for the list's side.
  const listed = new Set(lists.filter((l) => l.kind === 'attend' && !l.reception).flatMap((l) => l.members));
  for (const o of unplaced) seatUnplaced(table, input, o, alone.has(o) && listed.has(o));
  seatListMembers(table, input, hostAndGuest(table, input), signedFor);
  for (const o of unplaced) seatUnplaced(table, input, o, false);
  // «استقبلت الوزيرة X سفير الصين Y …، وحضر اللقاء عن الجانب المغربي …»: a party of unknown country left aside before the
  // lists were read sits on the one side the lists added that is not the side of anyone he met.
  for (const o of unplaced) {
    const cur = table.placements.get(o);
    if (cur?.side.key !== ALSO_PRESENT.key || cur.certainty !== Certainty.Unclear) continue;
    const side = sideAgainstThoseMet(table, meetings, o);
    if (side) table.place(o, side, Certainty.Default);
  }

  followPrincipals(table, lists);
  joinFaction(table.placements, meetings, lists);
  keepBodiesOffStates(table.placements, sideOf, () => onlyOrganisation(table));
  return delegationsAtTable(table, meetings);
}

/**
 * «وحضر اللقاء من جانب مجلس الشورى A، وB» told after a party of no known side when the list was read: those present for
 * his body, still on no clear side, sit on the side he came to.
 */
function followPrincipals(table: Table, lists: readonly ExplicitList[]): void {
  for (const list of lists) {
    if (!list.principalSideStated || !list.principal) continue;
    const side = table.placements.get(list.principal)?.side;
    if (!side || side.key === ALSO_PRESENT.key) continue;
    for (const o of list.members) {
      const cur = table.placements.get(o);
      if (cur?.side.key === ALSO_PRESENT.key) table.placements.set(o, { ...cur, side, certainty: Certainty.Default });
    }
  }
}

/**
 * Stage 1 of assemble: each meeting's parties, by country, else by the side the meeting names. Returns those of no known
 * side, and which of them are the only party of their meeting («وقال X عقب اللقاء»).
 */
function seatMeetingParties(table: Table, input: AssembleInput, signedFor: Map<Official, Side>): { unplaced: Official[]; alone: Set<Official> } {
  const { meetings, sideOf, factionOf, officials, tied } = input;
  const { placements, participants, principals, leaders, addSide, place } = table;
  const unplaced: Official[] = [];
  // Those unplaced who are the only party of their meeting («وقال X عقب اللقاء»).
  const alone = new Set<Official>();
  // A party named only by title and nationality ("السفير الأميركي") is the article's one official of that side, if there is one.
  const onlyOfficialOf = (side: Side): Official | null => {
    const of = officials.filter((o) => sideOf(o)?.key === side.key);
    return of.length === 1 && tied.has(of[0]!) ? of[0]! : null;
  };
  for (const m of meetings) {
    const between = new Set(m.parties.map((p) => p.official ?? p.side?.key)).size >= 2;
    // The party the joined ones follow ("وصل X ومستشار السلطان Y"): of unknown country, they are on his side.
    let lead: Official | null = null;
    for (const party of m.parties) {
      if (!party.joined && party.official) lead = party.official;
      if (party.joined && party.official && lead && !sideOf(party.official) && !factionOf(party.official)) {
        const leadSide = placements.get(lead)?.side;
        if (leadSide && leadSide.key !== 'also') {
          participants.add(party.official);
          place(party.official, leadSide, Certainty.Default);
          continue;
        }
      }
      // (Those who sign for their sides are not its principals: "ووقع الاتفاقيات وزير الطاقة X ونظيره Y" at their leaders' talks.)
      if (between && party.official && !party.joined && !m.signing) principals.add(party.official);
      const p = !party.official && party.side && !party.anonymous ? { ...party, official: onlyOfficialOf(party.side) } : party;
      if (!p.official) {
        if (p.side) addSide(p.side);
        continue;
      }
      participants.add(p.official);
      // The rivals of one country who meet are sides of their own (a faction, a rival government).
      const own = (m.signing ? signedFor.get(p.official) : null) ?? sideOf(p.official);
      const side = p.side ?? (isNonState(own) ? own : factionOf(p.official) ?? receivedAtHome(input, m, p.official, own) ?? own);
      if (side) {
        // "وفدا أمنيا مصريا برئاسة X": the side the leader leads is stated, whatever his title says.
        place(p.official, side, (m.leads || p.stated) && p.side ? Certainty.Stated : Certainty.Participant);
        if (m.leads && !leaders.has(side.key)) leaders.set(side.key, p.official);
      } else if (!placements.has(p.official)) {
        unplaced.push(p.official);
        if (!between) alone.add(p.official);
      }
    }
  }
  return { unplaced, alone };
}

/**
 * «استقبل وزير الخارجية X … وزير خارجية جمهورية ليتوانيا Y» at Manama: a host read as of the very state of the one he
 * receives (a title misread, «حمّل وزير خارجية ليتوانيا وزير الخارجية تحيات …») receives at the meeting's place when
 * that place is another state's. (A minister who receives his own country's ambassador does so at home: place and
 * state are one.)
 */
function receivedAtHome(input: AssembleInput, m: Meeting, o: Official, own: Side | null): Side | null {
  if (!own?.country || !input.hosts?.has(o)) return null;
  const party = m.parties.find((p) => p.official === o);
  if (party?.role !== 'subject') return null;
  const guests = m.parties.filter((p) => p.role === 'object').map((p) => p.side ?? (p.official ? input.sideOf(p.official) : null));
  if (!guests.length || !guests.every((g) => g?.key === own.key)) return null;
  const place = input.venue();
  return place?.country && place.key !== own.key ? place : null;
}

/**
 * Stage 2 of assemble (before the lists and again after them): a party of no known side sits on the one side he did
 * not meet, else the meeting's place, else (unless he waits for a list's side) the side most named in the article; with
 * none, he is present on no clear side.
 */
function seatUnplaced(table: Table, input: AssembleInput, o: Official, wait: boolean): void {
  if (table.placements.has(o)) return;
  // «استقبل وزير الطاقة X … وزير النفط بجمهورية النيجر Y»: one who receives, of no country said, is at home — the
  // meeting's place, before the one side left at a table that a third state named in passing («نيجيريا») may have joined.
  // (The people he met, not the sides a meeting word names: «زيارة عمل إلى الجزائر» names the place, not a party.)
  const place = input.hosts?.has(o) ? input.venue() : null;
  const home = place?.country && !sidesOfThoseMet(table, input.meetings, o, false, input.sideOf).has(place.key) ? place : null;
  const side = home ?? otherSideOf(table, input.meetings, o) ?? venueFor(table, input, o) ?? (wait ? undefined : input.fallbackSide(new Set(table.sides.keys())));
  if (side !== undefined) table.place(o, side ?? ALSO_PRESENT, side ? Certainty.Default : Certainty.Unclear);
}

/** "X ونظيرتها السودانية" in talks between Tunisia and Sudan: X is on the one side of the meeting her counterpart is not on. */
function otherSideOf(table: Table, meetings: readonly Meeting[], o: Official): Side | null {
  const against = sidesOfThoseMet(table, meetings, o, true);
  return against.size ? theOneSideBut(table, against) : null;
}

/** The one side not of any official placed that met o, when the others met are all on one side. */
function sideAgainstThoseMet(table: Table, meetings: readonly Meeting[], o: Official): Side | null {
  const against = sidesOfThoseMet(table, meetings, o, false);
  against.delete(ALSO_PRESENT.key);
  return against.size === 1 ? theOneSideBut(table, against) : null;
}

/**
 * The keys of the sides of those who met o: each one's side at the table, else `unseated`'s reading of him; or first,
 * where `declared`, the side the meeting itself gave him (a counterpart named by nationality, «نظيرتها السودانية», may be
 * placed nowhere yet).
 */
function sidesOfThoseMet(table: Table, meetings: readonly Meeting[], o: Official, declared: boolean, unseated: (p: Official) => Side | null = () => null): Set<string> {
  const keys = new Set<string>();
  for (const m of meetings) {
    if (!m.parties.some((p) => p.official === o)) continue;
    for (const p of m.parties) {
      if (p.official === o) continue;
      const s = (declared ? p.side : null) ?? (p.official ? table.placements.get(p.official)?.side ?? unseated(p.official) : null);
      if (s) keys.add(s.key);
    }
  }
  return keys;
}

/** The one side at the table, other than those present without one, that is none of `against`; null if not just one. */
function theOneSideBut(table: Table, against: ReadonlySet<string>): Side | null {
  const rest = [...table.sides.values()].map((s) => s.side).filter((s) => s.key !== ALSO_PRESENT.key && !against.has(s.key));
  return rest.length === 1 ? rest[0]! : null;
}

/**
 * "استقبل وزير الصحة X اليوم سفير اليابان بتونس Y": X's country unsaid, the meeting's place says it — unless it is
 * the side of the one he meets.
 */
function venueFor(table: Table, { meetings, venue, sideOf }: AssembleInput, o: Official): Side | null {
  const v = venue();
  return v && !sidesOfThoseMet(table, meetings, o, true, sideOf).has(v.key) ? v : null;
}

/**
 * «ووقع اتفاقية … X وزير التجارة والصناعة، ووقعها عن الجانب الرواندي Y»: the signer of no known country whom the other
 * side's signer answers right after signs for the one side of the two that is not the answer's.
 */
function counterSignedSide(table: Table, list: ExplicitList, next: ExplicitList | undefined): Side | null {
  const { sides } = table;
  if (list.members.length !== 1 || next?.kind !== 'sign' || !next.side || next.opener > list.last + 1) return null;
  const rest = [...sides.values()].map((x) => x.side).filter((x) => x.key !== 'also');
  const others = rest.filter((x) => x.key !== next.side!.key);
  return rest.length === 2 && others.length === 1 ? others[0]! : null;
}

/**
 * «فيما وقع مذكرة التفاهم … وزير الطاقة X والسفير اليوناني في عمان Y»: of a list's two signers, one of no known country
 * whose co-signer is of one of the two sides signs for the other (one signer per side).
 */
function coSignedSide(table: Table, sideOf: (o: Official) => Side | null, list: ExplicitList, o: Official): Side | null {
  const { placements, sides } = table;
  if (list.side || list.members.length !== 2) return null;
  const partner = list.members.find((x) => x !== o);
  const theirs = partner ? placements.get(partner)?.side ?? sideOf(partner) : null;
  const rest = [...sides.values()].map((x) => x.side).filter((x) => x.key !== 'also');
  if (!theirs || rest.length !== 2 || !rest.some((x) => x.key === theirs.key)) return null;
  return rest.find((x) => x.key !== theirs.key)!;
}

/** The one organisation among the sides, if there is one. */
function onlyOrganisation(table: Table): Side | null {
  const { sides } = table;
  const orgs = [...sides.values()].map((x) => x.side).filter((x) => x.key.startsWith('org:'));
  return orgs.length === 1 ? orgs[0]! : null;
}

/**
 * «بحضور … ومديرة مكتب المفوض السامي B»: one who runs the office of a participant named by his title («المفوض السامي
 * للأمم المتحدة لشؤون اللاجئين») is of that participant's side, even in the host's list. (Two words of title at least,
 * and only one participant of that title: «مدير مكتب الوزير» could be either minister's.)
 */
function officeHoldersSide(table: Table, o: Official): Side | null {
  const { participants, placements } = table;
  const owner = OFFICE_OF.exec(normalize(o.role_ar ?? ''))?.[1];
  if (!owner || owner.split(' ').length < 2) return null;
  const held = [...participants].filter((p) => p !== o && normalize(p.role_ar ?? '').startsWith(owner));
  const side = held.length === 1 ? placements.get(held[0]!)?.side : null;
  return side && side.key !== 'also' ? side : null;
}

/** The host's side and the guest's, as the meetings tell them. */
interface Roles {
  hostSide: Side | null;
  guestSide: Side | null;
  /** The guest of a visit (asked when a list needs it, of the sides seated by then). */
  visitorSide: () => Side | null;
}

/** Stage 3 of assemble: the host and the guest, from the parties of the meetings as seated so far. */
function hostAndGuest(table: Table, { meetings, venue }: AssembleInput): Roles {
  const { sides, placements, addSide } = table;
  // The host: the first person of the first meeting (the one who receives, or the first named).
  // A host named by title alone ("استقبل خادم الحرمين الشريفين …") is a side without a person.
  // (Of a meeting told from the visitor's side, "استهل X جولته بلقاء Y", the one met hosts.)
  const hostOrder = meetings.flatMap((m) => (m.guestFirst ? [...m.parties.filter((p) => p.role === 'object'), ...m.parties.filter((p) => p.role !== 'object')] : m.parties));
  const firstParty = hostOrder.find((p) => (p.official && placements.has(p.official)) || (!p.official && p.side));
  const hostSide = firstParty?.official ? placements.get(firstParty.official)!.side : firstParty?.side ? addSide(firstParty.side) : null;

  // The guest: the first party of the first meetings on another side than the host.
  const guestSide =
    hostOrder
      .map((p) => (p.official ? placements.get(p.official)?.side : p.side) ?? null)
      .find((s) => s && s.key !== hostSide?.key && s.key !== 'also') ?? null;
  // The guest of a visit: the meeting's side other than the place's, when the place is one of them («عقد X، الذي وصل إلى
  // الخرطوم، مباحثات مع Y …، ورافق الضيف …»: the visitor speaks first), else the first side other than the host's.
  let visitor: Side | null | undefined;
  const visitorSide = (): Side | null => {
    if (visitor !== undefined) return visitor;
    const place = venue();
    const keysOf = (m: Meeting) => new Set(m.parties.map((p) => (p.official ? placements.get(p.official)?.side : p.side)?.key).filter((k): k is string => !!k && k !== 'also'));
    // (The first meeting held at the place: the visitor's later meetings there with others do not make him less the guest.)
    const atPlace = place ? meetings.map(keysOf).find((keys) => keys.has(place.key)) : undefined;
    const others = place && atPlace ? [...atPlace].filter((k) => k !== place.key) : [];
    return (visitor = others.length === 1 ? sides.get(others[0]!)!.side : guestSide);
  };
  return { hostSide, guestSide, visitorSide };
}

/**
 * Stage 4 of assemble: the members of each list — mediators, the principal a list is told after, then each member by
 * the list's side, his own country, the host's or the guest's role, or a default.
 */
function seatListMembers(table: Table, input: AssembleInput, roles: Roles, signedFor: Map<Official, Side>): void {
  const seating: Seating = { table, input, roles, signedFor, hostListUsed: false, previousSide: null, previousDelegationSide: null, mediatorSide: null };
  for (const [n, list] of input.lists.entries()) seatList(seating, list, n);
}

/** What seating one list leaves for the lists after it. */
interface Seating {
  table: Table;
  input: AssembleInput;
  roles: Roles;
  signedFor: Map<Official, Side>;
  /** The first list of those present has gone to the host. */
  hostListUsed: boolean;
  previousSide: Side | null;
  previousDelegationSide: Side | null;
  /** The mediators' side: that of the first mediator named («بوساطة يقودها رئيس جنوب السودان X»). */
  mediatorSide: Side | null;
}

/** A list's own side, and how sure it is. */
interface ListSide {
  side: Side | null;
  certainty: Certainty;
  /** An attendance list whose stated members are another side's than the host's: its bare titles are the host's. */
  unmarkedHost: boolean;
}

/** Where a list's members sit unless their own country or a closer reading says otherwise. */
interface ListSeat extends ListSide {
  byDefault: Side | null;
  /** The side named by the list that cuts this one short («…، ومن الجانب الإندونيسي C»). */
  contrasted: Side | null;
  /** "ورافق حفتر مدير مكتبه": the country of a faction's leader whose list this is. */
  factionCountry: Official['country'] | null;
}

/** One list: its mediators, or its principal and each member, by the list's seat. */
function seatList(st: Seating, list: ExplicitList, n: number): void {
  const { table: { placements, participants, place }, input: { lists, sideOf } } = st;
  const known = list.principal ? placements.get(list.principal)?.side ?? sideOf(list.principal) : null;
  // (A principal present on no clear side yet gives the list none: its members follow him once he has one, see
  // followPrincipals.)
  const principalSide = known?.key === ALSO_PRESENT.key && list.principalSideStated ? null : known;
  if (list.mediation === 'by') return seatMediators(st, list);
  if (list.mediation === 'side' && st.mediatorSide) {
    for (const o of list.members) place(o, st.mediatorSide, Certainty.Stated);
    return;
  }
  // The one a delegation accompanies leads it; the one a reception welcomes is the guest («وصل X …، وكان في استقباله …»).
  if (list.principal && principalSide) {
    place(list.principal, principalSide, Certainty.Participant);
    participants.add(list.principal);
  }
  const { side: listSide, certainty, unmarkedHost } = sideOfList(st, list, principalSide);
  const contrasted = contrastedSide(list, lists[n + 1]);
  const byDefault = listSide ? null : defaultSideOfList(st, list, principalSide, contrasted);
  // "ورافق حفتر مدير مكتبه": one who travels with a faction's leader is of the faction, not merely of its country.
  const factionCountry = !list.reception && list.principal && isNonState(principalSide) && listSide?.key === principalSide.key ? list.principal.country : null;
  const seat: ListSeat = { side: listSide, certainty, unmarkedHost, byDefault, contrasted, factionCountry };
  for (const o of list.members) seatMember(st, list, n, o, seat);
  if (list.kind === 'attend' && !list.side && !list.reception) st.hostListUsed = true;
  st.previousSide = listSide ?? byDefault ?? st.previousSide;
  if (!isAttendance(list.kind) && listSide) st.previousDelegationSide = listSide;
}

/**
 * Each mediator is of his own side (never the host's list of those present), and takes part: he heads it before those
 * listed as merely present («بتيسير من الوزير X … وحضر من الجانب القطري Y»).
 */
function seatMediators(st: Seating, list: ExplicitList): void {
  const { table: { placements, participants, place }, input: { sideOf } } = st;
  for (const o of list.members) {
    const own = placements.get(o)?.side ?? sideOf(o);
    place(o, own ?? ALSO_PRESENT, own ? Certainty.Country : Certainty.Unclear);
    if (own) participants.add(o);
    if (own && own.key !== 'also') st.mediatorSide ??= own;
  }
}

/** The list's side and how sure it is: its side words, the host's or guest's role, the principal's, or the one opening it. */
function sideOfList(st: Seating, list: ExplicitList, principalSide: Side | null): ListSide {
  const { roles: { hostSide, visitorSide }, input: { sideOf } } = st;
  const roleSide = list.role === 'guest' ? visitorSide() : list.role === 'host' ? hostSide : null;
  let listSide: Side | null = unSystemBody(list, principalSide) ?? list.side ?? roleSide ?? (list.continuation ? st.previousSide : null);
  let listCertainty = list.side || roleSide ? Certainty.Stated : Certainty.Participant;
  // «…، بمشاركة وكيلة وزارة الخارجية التشيلية A، ومدير إدارة … في الوزارة B»: a list of those present that opens with
  // one of another side than the one it is told after, all of whose known members are of that side, is that side's.
  const openedBy = !list.side && !list.reception && isAttendance(list.kind) && principalSide ? openingSideOf(list, sideOf) : null;
  if (openedBy && openedBy.key !== principalSide!.key && !isNonState(openedBy)) {
    listSide = openedBy;
    listCertainty = Certainty.Default;
  } else if (!listSide && principalSide && !list.reception) {
    listSide = principalSide;
    if (list.principalSideStated) listCertainty = Certainty.Stated;
  }
  if (!listSide && !list.reception) return sideAgreedByMembers(st, list);
  return { side: listSide, certainty: listCertainty, unmarkedHost: false };
}

/**
 * «وضم الوفد المرافق للمسؤول الأممي A، وB»: «الأممي» names the United Nations system at large; when the one the delegation
 * accompanies heads an organisation of his own (the ILO, UNRWA), the list is that organisation's delegation.
 */
function unSystemBody(list: ExplicitList, principalSide: Side | null): Side | null {
  if (!list.side || list.side.key !== countrySide('UN').key || list.reception) return null;
  return principalSide && principalSide.key.startsWith('org:') && principalSide.key !== list.side.key ? principalSide : null;
}

/** A list without side words whose placed members agree: the others are of the same side. */
function sideAgreedByMembers(st: Seating, list: ExplicitList): ListSide {
  const { roles: { hostSide }, input: { sideOf } } = st;
  let listSide: Side | null = null;
  const knownSides = list.members.map((o) => sideOf(o)?.key).filter(Boolean);
  const known = new Set(knownSides);
  // An attendance list needs two members of one side to speak for the rest: "وحضر اللقاء أمين عام الوزارة X
  // وسفير الهند Y" is the host's official and the guest's ambassador.
  const agree = known.size === 1 && (!isAttendance(list.kind) || knownSides.length >= 2 || knownSides.length === list.members.length);
  const agreed = agree ? list.members.map((o) => sideOf(o)).find(Boolean) ?? null : null;
  // «بحضور مدير الأمن العام X، وأمين عام الوزارة Y، والسفير العراقي Z، ووكيل الوزارة العراقية W»: in a list of those
  // present, the guest's people are named with their state and the host's by their titles alone (the press's own
  // country's style): agreeing members of another side than the host's do not speak for those with a bare title.
  // («وحضر مراسم التوقيع رئيس الديوان X، وسفيرة الفلبين لدى الدولة Y»: one member of another side than the host's,
  // the only one whose state is said, is enough to tell that the bare titles beside her are the host's.)
  const guestsOnly = !agree && known.size === 1 && !!hostSide && hostSide.key !== ALSO_PRESENT.key && !known.has(hostSide.key) ? list.members.map((o) => sideOf(o)).find(Boolean) ?? null : null;
  const stated = agreed ?? guestsOnly;
  const unmarkedHost = !!stated && list.kind === 'attend' && !!hostSide && stated.key !== hostSide.key && list.members.some((o) => !sideOf(o) && !!o.role_ar);
  if (agreed && !unmarkedHost) listSide = agreed;
  else if (!known.size && !isAttendance(list.kind) && st.previousDelegationSide) listSide = st.previousDelegationSide;
  return { side: listSide, certainty: Certainty.Default, unmarkedHost };
}

/** A list with no side of its own: a reception's welcomers are the host's; the first list of those present is the host's. */
function defaultSideOfList(st: Seating, list: ExplicitList, principalSide: Side | null, contrasted: Side | null): Side | null {
  const { roles: { guestSide }, input: { sideOf } } = st;
  // A reception: those who welcome or see off the guest are the host's side, whatever side the guest is.
  const welcomed = list.reception ? principalSide ?? list.guestSide ?? (list.guestRole ? guestSide : null) : null;
  // «غادر الملك X أرض الوطن …، وكان في وداعه الأمير A، ورئيس الوزراء B، ومدير الأمن العام C، وسفير اليابان D»: a
  // reception most of whose known members are the principal's own countrymen is at his home; those of no stated country
  // are of his side too.
  const atHome = !!welcomed && isAtHome(list.members, welcomed, sideOf);
  if (list.reception && atHome) return welcomed;
  if (list.reception && (welcomed || st.roles.hostSide)) return welcomersSide(st, list, welcomed);
  if (list.kind === 'attend') return attendanceSide(st, list, contrasted);
  return null;
}

/** Those welcoming a guest not at his home: the host's side, else another side at the table, else their own or the place's. */
function welcomersSide(st: Seating, list: ExplicitList, welcomed: Side | null): Side | null {
  const { table: { sides }, input: { venue, sideOf }, roles: { hostSide } } = st;
  const byDefault =
    hostSide && hostSide.key !== welcomed?.key
      ? hostSide
      : [...sides.values()].map((s) => s.side).find((s) => s.key !== welcomed?.key && s.key !== 'also') ?? null;
  if (byDefault) return byDefault;
  // "وصل X إلى الرياض، وكان في استقباله الأمير Y أمير منطقة الرياض، ووزير الدولة Z": with no meeting yet, the side
  // of the welcomers whose country is known (one other than the guest's), else the place of the reception.
  const others = new Set(list.members.map((o) => sideOf(o)).filter((s): s is Side => !!s && s.key !== welcomed?.key && !isNonState(s)).map((s) => s.key));
  const own = others.size === 1 ? list.members.map((o) => sideOf(o)).find((s) => s && others.has(s.key)) ?? null : null;
  const place = own ? null : venue();
  return own ?? (place && place.key !== welcomed?.key ? place : null);
}

/**
 * The first list of those present is the host's; "…، حيث التقى X، في حضور Y" (a round of meetings in one capital): one
 * present at a later meeting whose country is unsaid is of the place's side, when the place is a side.
 */
function attendanceSide(st: Seating, list: ExplicitList, contrasted: Side | null): Side | null {
  const { table: { sides }, input: { venue }, roles: { hostSide } } = st;
  let byDefault: Side | null = null;
  const place = st.hostListUsed && list.afterMeeting ? venue() : null;
  if (!st.hostListUsed) byDefault = hostSide;
  else if (place && sides.has(place.key)) byDefault = sides.get(place.key)!.side;
  st.hostListUsed = true;
  // «وحضر اللقاء A، وB، ومن الجانب الإندونيسي C»: the part before another side's phrase is not that side's; when the
  // host was not read (the meeting's first party is the guest), it is the host's at the place of the meeting.
  if (contrasted && byDefault?.key === contrasted.key) {
    // (Else the one other state at the table.)
    const place = venue();
    const others = [...sides.values()].map((s) => s.side).filter((s) => s.key !== contrasted.key && s.key !== 'also' && !isNonState(s));
    byDefault = place && place.key !== contrasted.key && !isNonState(place) ? place : others.length === 1 ? others[0]! : null;
  }
  return byDefault;
}

/** One member: by the order of signing, the list's side, his own country, an organisation, a default, else unclear. */
function seatMember(st: Seating, list: ExplicitList, n: number, o: Official, seat: ListSeat): void {
  const { table, input: { lists, sideOf }, roles: { hostSide }, signedFor } = st;
  const { place } = table;
  const { side: listSide, certainty: listCertainty, unmarkedHost, byDefault, contrasted, factionCountry } = seat;
  // A signing names one signer per side: a signer whose own country is another side's signs for it.
  const ownFirst = list.kind === 'sign';
  const ordered = list.kind === 'sign' ? signedFor.get(o) : undefined;
  if (ordered) {
    place(o, ordered, Certainty.Country);
    return;
  }
  // A party or movement in a member's title ("عضو اللجنة المركزية لحركة فتح") does not take him out of the
  // delegation he travels with.
  const ownSide = sideOf(o);
  // («أما وفد التنسيقية فترأسه X، وضم القيادي في المجلس الأعلى لوحدة أزواد B»: a leading member of a body, in a
  // movement's delegation, is the movement's; the region in his body's name is no state's side.)
  const own = (listSide && isMovement(ownSide)) || (factionCountry && ownSide?.country === factionCountry) || (isMovement(listSide) && leadingMember(o.role_ar)) ? null : ownSide;
  // "ويرافق رئيسة البعثة … مدير مكتب الصندوق الإقليمي في الكويت B": a title that names the organisation of the list
  // by its short name is his post there; the place in it («في الكويت») is where the office sits, not his side. So is
  // one who works «في مكتب بغداد»: the organisation's office in that city.
  // (Over his country's side as a party of the meeting: «استقبلت … كاريه والوفد المرافق له، الذي ضم …، وكبيرة
  // الاقتصاديين في مكتب بغداد B» names the mission's staff, not one more host.)
  if (listSide && listSide.key.startsWith('org:') && own && own.key !== listSide.key && own.country && (ofOrganisation(o.role_ar) || inAnOffice(o.role_ar))) {
    place(o, listSide, Certainty.Stated);
    return;
  }
  if (listSide && ((listCertainty === Certainty.Stated && !(ownFirst && own)) || !own)) place(o, listSide, listCertainty);
  else if (own) place(o, own, Certainty.Country);
  else if (listSide) place(o, listSide, Certainty.Default);
  // «…، بحضور ممثل المفوضية في لبنان A، ومديرة مكتب المفوض السامي B»: one titled by the bare short name of a body
  // («المفوضية»، «الصندوق»، «البعثة») is of the one organisation at the table, not of the host whose list names him.
  else if (ofOrganisation(o.role_ar, true) && onlyOrganisation(table)) place(o, onlyOrganisation(table)!, Certainty.Default);
  else if (list.kind === 'attend' && !list.reception && officeHoldersSide(table, o)) place(o, officeHoldersSide(table, o)!, Certainty.Default);
  else if (byDefault) place(o, byDefault, Certainty.Default);
  // «وحضر اللقاء … ومساعدة وزير الخارجية لشؤون المنظمات الدولية Y»، «بحضور مستشار الرئيس للأمن القومي Y» at a later
  // list of those present: one titled with no nationality (the press's own country's style), in a list no one of which
  // is of another side, is the host's, who brings his staff to his table. (Names alone, no title: still unclear.)
  else if (list.kind === 'attend' && !list.reception && hostSide && o.role_ar && hostSide.key !== contrasted?.key && list.members.every((x) => (sideOf(x)?.key ?? hostSide.key) === hostSide.key)) place(o, hostSide, Certainty.Unclear);
  else if (unmarkedHost && hostSide && o.role_ar) place(o, hostSide, Certainty.Default);
  else if (list.kind === 'sign' && counterSignedSide(table, list, lists[n + 1])) place(o, counterSignedSide(table, list, lists[n + 1])!, Certainty.Default);
  else if (list.kind === 'sign' && coSignedSide(table, sideOf, list, o)) place(o, coSignedSide(table, sideOf, list, o)!, Certainty.Default);
  else place(o, ALSO_PRESENT, Certainty.Unclear);
}

/** Stage 5 of assemble: delegations, sides in order of appearance, the head first. */
function delegationsAtTable({ sides, placements, participants, principals, leaders }: Table, meetings: readonly Meeting[]): Delegation[] {
  const bySide = new Map<string, { o: Official; p: Placement }[]>();
  for (const [o, p] of placements) {
    const list = bySide.get(p.side.key) ?? [];
    list.push({ o, p });
    bySide.set(p.side.key, list);
  }
  const out: Delegation[] = [];
  // Sides in the order their people take part in the meetings (the host first), then the others as they appeared.
  const partyRank = new Map<string, number>();
  meetings.flatMap((m) => m.parties).forEach((p, n) => {
    const key = p.official ? placements.get(p.official)?.side.key : p.side?.key;
    if (key && !partyRank.has(key)) partyRank.set(key, n);
  });
  const rankOfSide = (key: string) => partyRank.get(key) ?? Infinity;
  const ordered = [...sides.values()].sort(
    (a, b) => (a.side.key === 'also' ? 1 : 0) - (b.side.key === 'also' ? 1 : 0) || rankOfSide(a.side.key) - rankOfSide(b.side.key) || a.order - b.order,
  );
  for (const { side } of ordered) {
    const people = shortFormsDropped((bySide.get(side.key) ?? []).sort((a, b) => a.p.order - b.p.order));
    if (!people.length) continue;
    const leader = leaders.get(side.key);
    let head: Official | null = side.key !== 'also' && leader && people.some(({ o }) => o === leader) ? leader : null;
    if (!head && side.key !== 'also') {
      const candidates = people.filter(({ o }) => participants.has(o));
      const principal = (o: Official) => (principals.has(o) ? 0 : 1);
      candidates.sort((a, b) => principal(a.o) - principal(b.o) || rankOf(a.o) - rankOf(b.o) || a.p.order - b.p.order);
      head = candidates[0]?.o ?? null;
      // A side known only from lists ("شارك في القمة كل من …"): its highest-ranking member.
      if (!head) head = [...people].sort((a, b) => rankOf(a.o) - rankOf(b.o) || a.p.order - b.p.order).find(({ o }) => rankOf(o) <= 1)?.o ?? null;
    }
    const members: DelegationMember[] = [];
    if (head) members.push(delegationMember(head, true));
    for (const { o } of people) if (o !== head) members.push(delegationMember(o, false));
    const ar = side.ar || arabicSideName(side, people.flatMap(({ o }) => [o.role_ar, o.evidence])) || side.en;
    out.push({ side_ar: ar, side_en: side.en, country: side.country, members });
  }
  return out;
}

/**
 * «وحضر اللقاء A، وB، ومن الجانب الإندونيسي C»: the side named by the list that cuts a sideless one short in the same
 * sentence (the one right after it), which the sideless part is set against.
 */
function contrastedSide(list: ExplicitList, next: ExplicitList | undefined): Side | null {
  if (list.side || list.reception || !next?.side || next.opener !== list.last || next.kind !== list.kind) return null;
  return next.side.key === 'also' ? null : next.side;
}

/**
 * «وقعها من الجانب الإماراتي X، ومن الجانب الصربي Y»، «وقعها A وزير الطاقة، وB وزيرة الطاقة الصربية» … «وقعها C وزير دولة
 * للشؤون المالية، وD وزير المالية»: an article names each pair of signers in one order of the two sides. A pair read as
 * both of one side (where neither's title names a country) is one signer per side in that order.
 */
function signersByOrder(meetings: readonly Meeting[], lists: readonly ExplicitList[], sideOf: (o: Official) => Side | null): Map<Official, Side> {
  const out = new Map<Official, Side>();
  const signed = lists.filter((l) => l.kind === 'sign');
  // Each pair: its two signers and the sides their own words give (a meeting's side words, else each one's own).
  const pairs: { who: [Official, Official]; sides: [Side | null, Side | null]; stated: [boolean, boolean] }[] = [];
  for (const m of meetings) {
    if (!m.signing || m.parties.length !== 2 || !m.parties.every((p) => p.official)) continue;
    const [a, b] = m.parties as [(typeof m.parties)[0], (typeof m.parties)[0]];
    pairs.push({ who: [a.official!, b.official!], sides: [a.side ?? sideOf(a.official!), b.side ?? sideOf(b.official!)], stated: [!!a.side, !!b.side] });
  }
  for (const l of signed) {
    if (l.side || l.members.length !== 2 || pairs.some((p) => p.who.includes(l.members[0]!))) continue;
    const [a, b] = l.members as [Official, Official];
    pairs.push({ who: [a, b], sides: [sideOf(a), sideOf(b)], stated: [false, false] });
  }
  const orders = pairs.map((p) => p.sides).filter(([a, b]) => a && b && a.key !== b.key);
  // (A pair named with side words, «من الجانب الإماراتي X، ومن الجانب الكيني Y», tells the order too.)
  signed.forEach((l, n) => {
    const next = signed[n + 1];
    if (l.side && next?.side && l.side.key !== next.side.key && (n === 0 || !signed[n - 1]!.side || signed[n - 1]!.side!.key === next.side.key)) orders.push([l.side, next.side]);
  });
  if (orders.length < 2 || orders.some(([a, b]) => a!.key !== orders[0]![0]!.key || b!.key !== orders[0]![1]!.key)) return out;
  const order = orders[0] as [Side, Side];
  if (!order[0].country || !order[1].country) return out;
  for (const { who, sides: [a, b], stated } of pairs) {
    // Both of one side, or neither's known: one signer per side, in the article's order.
    if (a?.key !== b?.key || (a && !order.some((s) => s.key === a.key))) continue;
    who.forEach((o, n) => {
      if (order[n]!.key !== a?.key && !stated[n] && !sideInTitle(o)) out.set(o, order[n]!);
    });
  }
  return out;
}

/** Two or more of a reception's members are of the principal's side, and more of them than of any other known side. */
function isAtHome(members: readonly Official[], principal: Side, sideOf: (o: Official) => Side | null): boolean {
  let own = 0;
  let others = 0;
  for (const o of members) {
    const key = sideOf(o)?.key;
    if (key === principal.key) own++;
    else if (key) others++;
  }
  return own >= 2 && own > others;
}

/** The side of a list's first member, when every member of known side is of it. */
function openingSideOf(list: ExplicitList, sideOf: (o: Official) => Side | null): Side | null {
  const first = list.members[0] ? sideOf(list.members[0]) : null;
  if (!first) return null;
  return list.members.every((o) => (sideOf(o)?.key ?? first.key) === first.key) ? first : null;
}

/**
 * "وفدا من حركة حماس برئاسة X، وضم الوفد … Y": Y's own country is the faction's and he is listed in a delegation with its
 * members (never across a meeting from them): he is of the faction, when the article names one faction of that country.
 */
function joinFaction(placements: Map<Official, Placement>, meetings: readonly Meeting[], lists: readonly ExplicitList[]): void {
  const factions = new Map<string, Side[]>();
  for (const [o, p] of placements) {
    if (!isNonState(p.side) || !o.country) continue;
    const list = factions.get(o.country) ?? [];
    if (!list.some((s) => s.key === p.side.key)) list.push(p.side);
    factions.set(o.country, list);
  }
  for (const [o, p] of placements) {
    // On the faction's country's side (by his own country or, unknown, by the words around him).
    const found = p.side.country && (!o.country || o.country === p.side.country) ? factions.get(p.side.country) : undefined;
    if (found?.length !== 1) continue;
    const faction = found[0]!;
    const ofFaction = (x: Official | null) => !!x && placements.get(x)?.side.key === faction.key;
    // The list names a faction member, or it follows the faction's delegation and its leader ("برئاسة X، وضم الوفد …").
    const ledBefore = (l: ExplicitList) => {
      const last = meetings.filter((m) => m.cue < l.opener).reduce<Meeting | null>((a, m) => (!a || m.cue > a.cue ? m : a), null);
      return !!last?.leads && last.parties.some((q) => ofFaction(q.official));
    };
    // "وعن الجانب الليبي، حضرها …" at the faction leader's meeting: the list's country side is the faction's.
    // («شارك فيها من الجانب العراقي …» at talks the country's own leader holds, «استقبل السوداني أردوغان»: the country's
    // side, not the region's leader met elsewhere.)
    const countrySide = meetings.some((m) => m.parties.some((q) => !!q.official && placements.get(q.official)?.side.key === p.side.key));
    const together = lists.some((l) => l.members.includes(o) && ((!isAttendance(l.kind) && (l.members.some(ofFaction) || ledBefore(l))) || (!countrySide && !!l.side?.country && l.side.country === p.side.country && !l.reception)));
    // (Two rivals a host brings together are on the same end of his meeting: only a list joins a faction.)
    const facing = meetings.some((m) => {
      const mine = m.parties.find((q) => q.official === o);
      return !!mine && m.parties.some((q) => q !== mine && q.role !== mine.role && ofFaction(q.official));
    });
    if (together && !facing) placements.set(o, { ...p, side: faction });
  }
}

/** «القيادي في الحركة …»، «القيادية بالمجلس …»: a leading member of a body (a movement's or a party's), no state's officer. */
function leadingMember(title: string | null): boolean {
  return !!title && /^(?:ال)?قيادي[هة]? (?:في|ب)/.test(normalize(title));
}

/** The short name of an organisation already named, in a title: «مدير مكتب الصندوق»، «الخبير في البنك»، «مستشار الأمين العام للجامعة». */
const ORGANISATION_SHORT = /^(?:[وفبل]|لل|بال)?(?:ال)?(?:صندوق|بنك|منظمه|جامعه|بعثه|وكاله|مفوضيه|اتحاد|امانه)$/;
const DEFINITE_SHORT = /^(?:و|ف)?(?:ال|لل|بال)(?:صندوق|بنك|منظمه|جامعه|بعثه|وكاله|مفوضيه|اتحاد|امانه)$/;

/** «مديرة مكتب المفوض السامي»: the title of the one whose office a member runs (the words after «مكتب»). */
const OFFICE_OF = /^(?:مدير|مديره|رييس|رييسه)\s+مكتب\s+(ال\S+(?:\s+\S+)*)$/;

/** «كبيرة الاقتصاديين في مكتب بغداد»، «بمكتب عمان»: a post in an office, named by where it sits. */
function inAnOffice(title: string | null): boolean {
  return !!title && /(?:^|\s)(?:في مكتب|بمكتب)\s/.test(normalize(title));
}

/**
 * «أما الاتحاد الأفريقي فيمثله …، يرافقه الممثل الخاص لرئيس المفوضية في تشاد B»، «وضم وفد الآلية رئيس بعثة "يونيتامس" B»:
 * an official of an international body, of no country, is of that body's side (the one organisation at the table), never of
 * a state's that a list, a meeting or the place gave him; with no such side he is left out.
 */
function keepBodiesOffStates(placements: Map<Official, Placement>, sideOf: (o: Official) => Side | null, onlyOrganisation: () => Side | null): void {
  for (const [o, p] of placements) {
    // (A side the text states, «وضم الوفد الياباني … الممثل الرئيسي لمكتب الوكالة في مصر», is his: a national agency.)
    if (!p.side.country || p.side.key.startsWith('org:') || p.certainty >= Certainty.Stated || sideOf(o) || !ofInternationalBody(o.role_ar)) continue;
    const organisation = onlyOrganisation();
    if (organisation) placements.set(o, { ...p, side: organisation, certainty: Certainty.Default });
    else placements.delete(o);
  }
}

/**
 * «رئيس بعثة "يونيتامس"»، «الممثل الخاص لرئيس المفوضية»، «المبعوث الأممي»: a title that names a mission, a commission or
 * the UN. (Not a bare «الصندوق»، «الوكالة»، «البنك»: a country's own fund or agency is called so too.)
 */
const INTERNATIONAL_BODY = /(?:^|\s)(?:[وفبل]|لل)?(?:ال)?(?:بعثه|مفوضيه|امم المتحده|اممي|امميه)(?:\s|$)/;

function ofInternationalBody(title: string | null): boolean {
  return !!title && INTERNATIONAL_BODY.test(normalize(title).replace(/["«»]/g, ''));
}

function ofOrganisation(title: string | null, strict = false): boolean {
  if (!title) return false;
  const words = normalize(title).split(/\s+/);
  // The bare short name («الصندوق»), not a full name that names another body («صندوق التنمية الكويتي»); strictly, no
  // adjective at all follows it («البنك المركزي»).
  const qualifier = strict ? /^ال/ : /^(?:ال)?(?:كويتي|سعودي|عربي|وطني|دولي)/;
  return words.some((w, k) => DEFINITE_SHORT.test(w) && ORGANISATION_SHORT.test(w) && (k === words.length - 1 || !qualifier.test(words[k + 1]!)));
}
