/**
 * Article-level references in a role. A bare institution noun in a role ("لرئيس المجلس", "رئيسة المفوضية") refers to the body the article last named in
 * full with that noun ("رئيس مجلس النواب", "المفوضية الأوروبية"): the role is rendered with that body.
 */
import { adjectives, bodies, heads, institutionNouns, type BodyDef } from '../vocab/titles';
import { institutionEnglish, municipalityNamed, parseInstitution, type Institution, type Role, type Title } from './titles';
import { countryName } from '../english/roles';
import { spellingFacts, toWords, type Word, type WordForm } from './words';
import { stripAl } from '../arabic/article';
import { isKingdom } from '../gazetteer';


/**
 * Where the article names a body in full, by the body's first noun ("مجلس" → House of Representatives at word 12):
 * a body of the vocabulary, or one the institution grammar reads with words of its own after its noun
 * («اللجنة المستقلة للانتخابات», «اللجنة الدولية للصليب الأحمر»).
 */
export type NamedBodies = Map<string, NamedBody[]>;
/** A body the article names, at word `at`; `lead`: the English of the adjectives right after its noun, `longer` where
 * its name goes on after them («الهيئة العامة» + «للطيران المدني»). */
interface NamedBody { at: number; def?: BodyDef; /** The body's name as written (normalised, no particles), for a body of the vocabulary. */ ar?: string[]; inst?: Institution; lead?: string[]; longer?: boolean; /** Referred to by its shortened name only, not by its bare noun. */ shortOnly?: boolean; /** The state a body of the vocabulary is named of («الجمعية الوطنية الكينية»). */ nat?: Institution['nat'] }

const PREPS = /^[وف]?(ل{1,2}|ب)?$/;

export function namedBodies(words: Word[], norms: string[]): NamedBodies {
  const found: NamedBodies = new Map();
  const add = (noun: string, entry: NamedBody) => found.set(noun, [...(found.get(noun) ?? []), entry]);
  for (let i = 0; i < words.length; i++) {
    for (const f of bodyForms(words[i]!.forms)) {
      const m = bodies.match(f.form, norms, i);
      // (A body of the vocabulary the article names for a purpose of its own, «اللجنة المركزية للانتخابات والاستفتاءات»:
      // that longer body, not the party's Central Committee, is what «رئيس اللجنة» after it heads.)
      const purposed = m && m.length >= 2 ? purposedVocabularyBody(words, norms, i, m.length, m.value) : null;
      if (purposed) { add(stripAl(f.form), { at: i, inst: purposed.inst, ...leadOf(norms, i, purposed.end) }); break; }
      // (A force by its one-word name too, «اليونيفيل»: «القوة الدولية» after it is that force.)
      if (m && (m.length >= 2 || m.value.force)) { add(stripAl(f.form), { at: i, def: m.value, ar: [f.form, ...norms.slice(i + 1, i + m.length)], ...leadOf(norms, i, i + m.length), nat: bodyNationality(words, norms, i, m.value) }); break; }
      // (A definite noun only: «لجنة» alone starts no name the article will refer back to.)
      // (… or a province named with its noun, «في محافظة كرمانشاه», its governor's.)
      // (… or a noun in the construct with what names it, «هيئة مكافحة الفساد الماليزية», «كتلة الإصلاح النيابية»:
      // definite by its genitive, and «الهيئة», «الكتلة» later refer back to it.)
      if (m || !institutionNouns.has(stripAl(f.form))) continue;
      const definite = f.form.startsWith('ال') || PROVINCE_NOUNS.includes(f.form);
      const parsed = parseInstitution(words, norms, i, PREPS);
      const inst = parsed?.inst;
      const named = !!inst && (inst.adjectives.length || inst.purpose || inst.nat || (inst.of && !inst.of.generic));
      if (inst && inst.generic && !inst.possessed && !inst.ofRole && named && (definite || constructNamed(inst)) && !boundForCountry(f.form, inst)) add(stripAl(f.form), { at: i, inst, ...leadOf(norms, i, parsed!.end) });
      // (A body the grammar reads by a name of its own, «الحركة الشعبية لتحرير السودان-شمال»: its shortened name,
      // «الحركة الشعبية», refers back to it.)
      else if (inst && !inst.generic && definite && !inst.possessed && !inst.ofRole) add(stripAl(f.form), { at: i, inst, ...leadOf(norms, i, parsed!.end), shortOnly: true });
      // (A utility or company named by its genitive, «مؤسسة كهرباء لبنان», «شركة نفط البصرة», has no shortened name:
      // the article refers back to it by its bare noun, «المدير العام للمؤسسة».)
      else if (inst && utilityInConstruct(inst)) add(stripAl(f.form), { at: i, inst, ...leadOf(norms, i, parsed!.end) });
      break;
    }
  }
  return found;
}

/**
 * A body of the vocabulary at i (`length` words) the institution grammar reads on with a purpose of its own, under the
 * vocabulary's own English (the Central Committee for Elections and Referendums): that longer body, or null.
 */
function purposedVocabularyBody(words: Word[], norms: string[], i: number, length: number, def: BodyDef): { inst: Institution; end: number } | null {
  const parsed = parseInstitution(words, norms, i, PREPS);
  const inst = parsed?.inst;
  return inst && inst.purpose && inst.en === def.en && parsed!.end > i + length && !inst.possessed && !inst.ofRole ? { inst, end: parsed!.end } : null;
}

/** «مؤسسة كهرباء لبنان»: a utility or company named in construct by its trade and place (the grammar's compound). */
function utilityInConstruct(inst: Institution): boolean {
  return !!inst.compound && !!inst.indefinite && !inst.generic && !inst.possessed && !inst.ofRole && constructNamed(inst);
}

/** «الجمعية الوطنية الكينية»: the state a body of the vocabulary named at i is named of, by the adjective after it. */
function bodyNationality(words: Word[], norms: string[], i: number, def: BodyDef): Institution['nat'] {
  const inst = parseInstitution(words, norms, i, PREPS)?.inst;
  return inst && inst.en === def.en && !inst.generic ? inst.nat : null;
}

/** The English of the adjectives right after a body's noun at i, and whether its name (ending at `end`) goes on after them. */
function leadOf(norms: string[], i: number, end: number): { lead: string[]; longer: boolean } {
  const lead: string[] = [];
  let j = i + 1;
  while (j < end && adjectives.has(norms[j]!)) lead.push(adjectives.get(norms[j++]!)!);
  return { lead, longer: j < end };
}

/**
 * The forms of a word that may start a body's name: after no prefix or a preposition, a body's first word or an
 * institution noun (by the word's forms array, which words of one spelling share). Most words have none.
 */
const NO_FORMS: readonly WordForm[] = [];

function bodyForms(forms: readonly WordForm[]): readonly WordForm[] {
  const facts = spellingFacts(forms);
  let found = facts.body as readonly WordForm[] | undefined;
  if (!found) {
    found = forms.filter((f) => (!f.prefix || PREPS.test(f.prefix)) && (bodies.has(f.form) || institutionNouns.has(stripAl(f.form))));
    if (!found.length) found = NO_FORMS;
    facts.body = found;
  }
  return found;
}

/**
 * «(بعثة) الصندوق للسودان», «(وفد) المنظمة لليمن»: a noun defined by its article, then ل and a country alone — the
 * country is where the mission or delegation goes, no name of the body: «الصندوق» later is still the body the article
 * named in full (the IMF), not a "Fund of Sudan".
 */
function boundForCountry(form: string, inst: Institution): boolean {
  const of = inst.of;
  return form.startsWith('ال') && !!of && !of.en && !!of.country && !of.of && !inst.adjectives.length && !inst.purpose && !inst.nat;
}

/** An indefinite noun named by its genitive: a field it acts on, a portfolio, a named body or place (not a bare noun's). */
function constructNamed(inst: Institution): boolean {
  return !!inst.of && !inst.of.generic && (!!inst.of.en || !!inst.of.country);
}

/** «القوة الدولية», «القوات الدولية»: an international force named by its adjective alone. */
const FORCE_NOUNS = new Set(['قوه', 'قوات']);
function isBareForce(inst: Institution): boolean {
  return !!inst.generic && !inst.indefinite && FORCE_NOUNS.has(inst.noun ?? '') && inst.adjectives.length === 1 && inst.adjectives[0] === 'International' && !inst.nat && !inst.of && !inst.ofRole && !inst.possessed && !inst.purpose;
}

/** The international force the article named last before word `at` (UNIFIL), if any. */
function lastForce(named: NamedBodies, at: number): BodyDef | undefined {
  let best: { at: number; def?: BodyDef } | undefined;
  for (const entries of named.values()) for (const e of entries) if (e.def?.force && e.at < at && (!best || e.at > best.at)) best = e;
  return best?.def;
}

/** «رئاسة الجمهورية»: the presidency of «the Republic», an idiom for the article's own state's. */
function isPresidencyOfTheRepublic(inst: Institution): boolean {
  const of = inst.of;
  return inst.noun === 'رياسه' && !!of && !!of.generic && of.noun === 'جمهوريه' && !of.adjectives.length && !of.nat && !of.of;
}

function resolveInst(inst: Institution, named: NamedBodies, at: number): Institution {
  // («قائد القوة الدولية» after «اليونيفيل»: the force the article named, the UNIFIL Commander.)
  const force = isBareForce(inst) ? lastForce(named, at) : undefined;
  if (force) return { en: force.en, head: force.head, noArticle: force.noArticle, adjectives: [], nat: null, of: null, country: force.country ?? null };
  const bare = inst.generic && inst.noun && !inst.adjectives.length && !inst.nat && !inst.of && !inst.ofRole && !inst.possessed && !inst.purpose;
  // (The body of a body: «رئيس بعثة اللجنة في اليمن» after «اللجنة الدولية للصليب الأحمر» — but «رئاسة الجمهورية» is
  // the presidency of the article's own state, never of the republic the article named last, «جمهورية الهند» of a
  // visiting prime minister.)
  if (!bare) {
    const full = shortened(inst) ? named.get(inst.noun!)?.filter((b) => b.at < at && b.longer && sameLead(b.lead!, inst.adjectives)).pop() : undefined;
    if (full) return namedInst(full, inst);
    const state = stateOfNamedBody(inst, named, at);
    if (state) return { ...inst, styledBy: state.country };
    return inst.of && !isPresidencyOfTheRepublic(inst) ? { ...inst, of: resolveInst(inst.of, named, at) } : inst;
  }
  const last = named.get(inst.noun!)?.filter((b) => b.at < at && !b.shortOnly).pop();
  if (!last) return inst;
  return namedInst(last, inst);
}

/** How far back, in words, a body named of its state tells the state of the same body named again without it. */
const STATE_REACH = 25;

/**
 * «وفد الجمعية الوطنية الكينية برئاسة X، رئيس الجمعية الوطنية»: a body of the vocabulary named again without its state,
 * shortly after the article named it of one, is that state's, and its offices are styled as that state styles them (the
 * Speaker of the National Assembly). The English names no state the words do not: a wrong one would be worse than none.
 */
function stateOfNamedBody(inst: Institution, named: NamedBodies, at: number): Institution['nat'] {
  if (inst.generic || inst.nat || inst.of || inst.adjectives.length || inst.possessed || inst.ofRole || inst.intl) return null;
  let best: NamedBody | undefined;
  for (const entries of named.values()) for (const b of entries) if (b.nat && b.def?.en === inst.en && b.at < at && at - b.at <= STATE_REACH && (!best || b.at > best.at)) best = b;
  return best?.nat ?? null;
}

/** The body the article named, as the institution a later reference to it (`inst`) stands for. */
function namedInst(last: NamedBody, inst: Institution): Institution {
  if (last.inst) return inst.indefinite ? inst : { ...last.inst, head: last.inst.head ?? inst.head };
  const body = last.def!;
  // («في المنظمة», «بعثة الصندوق»: a body the article names short is named short in English too, by the acronym the
  // press gives it: at the WHO, the IMF Mission.)
  if (body.acronym) return { en: body.acronym, short: body.acronym, head: body.head, adjectives: [], nat: null, of: null, country: body.country ?? null };
  return { en: body.en, head: body.head, noArticle: body.noArticle, adjectives: [], nat: null, of: null, country: body.country ?? null, styledBy: last.nat?.country };
}

/**
 * «رئيس الهيئة العامة» after «الهيئة العامة للطيران المدني», «الحركة الشعبية» after «الحركة الشعبية لتحرير السودان»: a
 * body named by its noun and adjectives alone, the first words of a name the article gave in full, is that body.
 */
function shortened(inst: Institution): boolean {
  return !!inst.generic && !!inst.noun && !inst.indefinite && inst.adjectives.length > 0 && !inst.nat && !inst.of && !inst.ofRole && !inst.possessed && !inst.purpose;
}

function sameLead(lead: string[], adjs: string[]): boolean {
  return lead.length === adjs.length && lead.every((a, i) => a === adjs[i]);
}

/** Nouns of the provinces a governor governs. */
const PROVINCE_NOUNS = ['محافظه', 'ولايه', 'مقاطعه'];

function resolveRole(role: Role, named: NamedBodies, at: number, inner = false): Role {
  const c = role.complement;
  // «وفي محافظة كرمانشاه …، أعلن المحافظ X»: a bare governor right after a province the article names is its governor.
  if (!c && role.head.en === 'Governor' && !role.nat && !role.tails.length && !role.mods.length) {
    const near = PROVINCE_NOUNS.flatMap((n) => named.get(n) ?? []).filter((b) => b.at < at && at - b.at <= 25 && b.inst?.of && !b.inst.of.generic && !b.inst.adjectives.length).sort((a, b) => b.at - a.at)[0];
    if (near) return { ...role, complement: { kind: 'inst', inst: near.inst! } };
  }
  // A bare body in a tail («مديرة إدارة الشرق الأوسط في الصندوق») is the one the article named too.
  let r = role;
  if (role.tailBodies?.length) {
    const tails = [...role.tails];
    for (const { index, inst } of role.tailBodies) {
      const full = resolveInst(inst, named, at);
      if (full !== inst && tails[index] !== undefined) tails[index] = `at ${institutionEnglish(full, countryName, true)}`;
    }
    r = { ...role, tails };
  }
  // «رئيس بعثة الصندوق للسودان»: the mission of the body the article named (the IMF), bound for the country — Head of
  // the IMF Mission for Sudan, not of a "Fund of Sudan".
  const bound = c?.kind === 'inst' ? boundBodyResolved(c.inst, named, at) : null;
  if (bound) return { ...r, complement: { kind: 'inst', inst: bound.inst }, tails: [`for ${countryName(bound.country)}`, ...r.tails] };
  if (c?.kind === 'inst') {
    // (Not an office of that head, «النائب الأول لرئيس المجلس»: a state may style its deputies by the house's name.)
    const office = inner ? null : officeOfNamedBody(r, c.inst, named, at);
    if (office) return office;
    return { ...r, complement: { kind: 'inst', inst: resolveInst(c.inst, named, at) } };
  }
  if (c?.kind === 'role') return { ...r, complement: { kind: 'role', role: resolveRole(c.role, named, at, true) } };
  return r;
}

/** «رئيس» as the vocabulary reads it alone (keyed without its article). */
const CHAIR = 'رييس';

/**
 * «رئيس المجلس نبيه بري» after «مجلس النواب»: the head of a bare body is the office the vocabulary reads for the head of
 * the body the article named, where it reads one as a whole (the Speaker of Parliament, as «رئيس مجلس النواب» is), not the
 * body's generic head. Null where it reads none.
 */
function officeOfNamedBody(role: Role, inst: Institution, named: NamedBodies, at: number): Role | null {
  if (role.mods.length || role.nat || role.tails.length || heads.match(CHAIR, [CHAIR], 0)?.value !== role.head) return null;
  const bare = inst.generic && inst.noun && !inst.indefinite && !inst.adjectives.length && !inst.nat && !inst.of && !inst.ofRole && !inst.possessed && !inst.purpose;
  const last = bare ? named.get(inst.noun!)?.filter((b) => b.at < at && !b.shortOnly).pop() : undefined;
  if (!last?.ar) return null;
  const office = heads.match(CHAIR, [CHAIR, ...last.ar], 0);
  return office && office.length === last.ar.length + 1 ? { ...role, head: office.value, complement: null } : null;
}

/** A body's mission or delegation whose body is a bare noun bound for a country: that body resolved, and the country. */
function boundBodyResolved(inst: Institution, named: NamedBodies, at: number): { inst: Institution; country: string } | null {
  const body = inst.of;
  if (!inst.generic || !body?.generic || body.indefinite || !body.noun || !boundForCountry(`ال${body.noun}`, body)) return null;
  const bare: Institution = { ...body, of: null, country: null };
  const full = resolveInst(bare, named, at);
  return full === bare ? null : { inst: { ...inst, of: full }, country: body.of!.country! };
}

/** The title with each bare institution noun read as the body the article last named with it before the title. */
export function resolveBareInstitutions(title: Title, named: NamedBodies): Title {
  return named.size ? { ...title, roles: title.roles.map((r) => resolveRole(r, named, title.start)) } : title;
}

/** How far back, in words, a possessive pronoun's body may stand: its clause or the one before. */
const OWNER_REACH = 25;

/**
 * «كتلة الإصلاح النيابية … وقال رئيسها X», «وفد من بلدية الغبيري برئاسة رئيسها X»: a head owned by a pronoun heads the
 * body named last before it in the sentence, one whose noun agrees with the pronoun (ها a feminine noun, ه a masculine).
 */
export function resolveOwnedHead(title: Title, words: Word[], norms: string[], named: NamedBodies = new Map()): Title {
  const r = title.roles[0];
  if (r?.complement?.kind === 'inst' && r.complement.inst.possessed) return resolveOwnedBody(title, words, norms);
  if (!r || r.complement || r.tails.length || r.nat || !('owned' in r.head) || !OWNED_BODY_HEADS.has(r.head.en)) return title;
  const pronoun = /(ها|ه)$/.exec((r.head as { form?: string }).form ?? '')?.[1];
  if (!pronoun) return title;
  const owner = bodyOwnedBefore(words, norms, title.start, pronoun === 'ها')?.inst ?? namedBodyOwnedBefore(words, norms, title.start, pronoun === 'ها', named);
  return owner ? { ...title, roles: [{ ...r, complement: { kind: 'inst', inst: owner } }, ...title.roles.slice(1)] } : title;
}

/**
 * «أعلنت المجموعة الاقتصادية لدول غرب أفريقيا دعمها، إذ أكد رئيس مفوضيتها X»: a body owned by a pronoun after the head
 * («مفوضيتها», «بعثتها») is that body of the one named last before it in the sentence whose noun agrees with the
 * pronoun (the President of the ECOWAS Commission), as the body's own head is (resolveOwnedHead).
 */
/** Nouns of a body's own organs, which a pronoun gives to the body named before (not «حكومتها», «مكتبه»: a state's, a
 * person's). */
const ORGAN_NOUNS = new Set(['مفوضيه', 'بعثه', 'امانه']);

function resolveOwnedBody(title: Title, words: Word[], norms: string[]): Title {
  const r = title.roles[0]!;
  const c = r.complement as { kind: 'inst'; inst: Institution };
  if (r.nat || c.inst.of || c.inst.adjectives.length || !ORGAN_NOUNS.has(c.inst.noun ?? '')) return title;
  let pronoun: string | undefined;
  for (let k = r.start + 1; k < r.end && !pronoun; k++) pronoun = /(ها|ه)$/.exec(words[k]!.tok.text)?.[1];
  if (!pronoun) return title;
  const owned = bodyOwnedBefore(words, norms, title.start, pronoun === 'ها');
  if (!owned || owned.inst.generic) return title;
  const inst = bodyOfOwner(c.inst, words, norms, owned.at) ?? { ...c.inst, possessed: false, of: owned.inst, country: owned.inst.country };
  return { ...title, roles: [{ ...r, complement: { kind: 'inst', inst } }, ...title.roles.slice(1)] };
}

/** The possessed body read as the article would name it in full, its noun before its owner's name («مفوضية» +
 * «المجموعة الاقتصادية لدول غرب أفريقيا»: the ECOWAS Commission, a body of its own with its own head). */
function bodyOfOwner(possessed: Institution, words: Word[], norms: string[], at: number): Institution | null {
  const end = parseInstitution(words, norms, at, PREPS)?.end;
  if (!end || !possessed.noun) return null;
  // (The owner as a genitive: without the preposition it was named with, «للمجموعة» → «المجموعة».)
  const owner = words.slice(at, end).map((w) => w.tok.text).join(' ').replace(/^[وف]?لل/, 'ال').replace(/^[وف]?[بل]?(?=ال)/, '');
  const full = toWords(`${possessed.noun} ${owner}`);
  const parsed = parseInstitution(full, full.map((w) => w.norm), 0, /^$/);
  return parsed && parsed.end === full.length && !parsed.inst.generic ? parsed.inst : null;
}

/**
 * «قضت المحكمة العليا في بنما … وقالت المحكمة في بيان تلته رئيستها X»: a pronoun whose nearest agreeing noun is a bare
 * definite one («المحكمة») stands for the body the article named before with that noun; none named, no body.
 */
function namedBodyOwnedBefore(words: Word[], norms: string[], start: number, feminine: boolean, named: NamedBodies): Institution | null {
  if (!named.size) return null;
  for (let i = start - 1; i >= Math.max(0, start - OWNER_REACH); i--) {
    if (/[.!?؟]/.test(words[i + 1]?.punctBefore ?? '')) break;
    if (!agreeingNounAt(words, i, feminine)) continue;
    const inst = parseInstitution(words, norms, i, PREPS)?.inst;
    if (!inst?.generic || inst.indefinite || !norms[i]!.replace(/^[وف]?[بل]?/, '').startsWith('ال')) return null;
    const full = resolveInst(inst, named, i);
    return full !== inst && (!full.generic || full.adjectives.length || full.nat || full.of) ? full : null;
  }
  return null;
}

/** The body a pronoun at word `start` may stand for: the last named before it in its sentence whose noun agrees with it
 * (ها a feminine noun, ه a masculine), and the word it starts at. `nearest`: the last such noun only — a bare one
 * («وفد الجبهة المتحدث باسمها») names no body, and none farther back is meant. */
export function bodyOwnedBefore(words: Word[], norms: string[], start: number, feminine: boolean, nearest = false): { inst: Institution; at: number } | null {
  for (let i = start - 1; i >= Math.max(0, start - OWNER_REACH); i--) {
    if (/[.!?؟]/.test(words[i + 1]?.punctBefore ?? '')) break;
    const inst = ownerBodyAt(words, norms, i, feminine);
    if (inst) return { inst, at: i };
    if (nearest && agreeingNounAt(words, i, feminine)) return null;
  }
  return null;
}

/** Heads a body's own pronoun may follow (a deputy or an adviser «نائبه» is someone's, not a body's). */
const OWNED_BODY_HEADS = new Set(['Head', 'Leader', 'President', 'Chairman']);

/** A body named at word i, whose noun is feminine (ة) or not as asked, with words of its own naming it. */
function ownerBodyAt(words: Word[], norms: string[], i: number, feminine: boolean): Institution | null {
  if (!agreeingNounAt(words, i, feminine)) return null;
  const parsed = parseInstitution(words, norms, i, PREPS)?.inst;
  // («بلدية الغبيري … رئيسها»: a town no gazetteer lists names its municipality too.)
  const town = parsed?.generic && !parsed.of && !parsed.adjectives.length ? municipalityNamed(words, norms, i)?.town : null;
  const inst = town ? { ...parsed!, of: town } : parsed;
  if (!inst || inst.possessed || inst.ofRole) return null;
  return !inst.generic || inst.adjectives.length || inst.nat || inst.purpose || (inst.of && !inst.of.generic) ? inst : null;
}

/** Whether word i is an institution noun whose gender is feminine (ة) or not as asked. */
function agreeingNounAt(words: Word[], i: number, feminine: boolean): boolean {
  const f = words[i]!.forms.find((x) => (!x.prefix || PREPS.test(x.prefix)) && institutionNouns.has(stripAl(x.form)));
  return !!f && /ه$/.test(stripAl(f.form)) === feminine;
}

/**
 * "سفير البرتغال لدى الدولة": the state is the article's own country (the agency's), when the article has one and
 * it is not the official's.
 */
export function resolveTheState(title: Title, home: string | null, countryName: (code: string) => string, kingdom: string | null = isHomeKingdom(home) ? home : null): Title {
  // («سفير كرواتيا لدى المملكة» in a Jordanian or Saudi agency's report: the Kingdom is the agency's own, or the
  // kingdom the article's other officials serve when the country it tells most is none.)
  const place = (t: string) => (t === 'to the State' ? home : t === 'to the Kingdom' ? kingdom : null);
  // («سفير إيران لدى السلطنة»: the press calls one state the Sultanate, Oman, unless the article is Brunei's.)
  const sultanate = theSultanate(home);
  const to = (t: string) => {
    if (t === 'to the Sultanate') return title.country !== sultanate ? `to ${countryName(sultanate)}` : t;
    const p = place(t);
    return p && title.country !== p ? `to ${countryName(p)}` : t;
  };
  if (!title.roles.some((r) => r.tails.some((t) => to(t) !== t))) return title;
  return { ...title, roles: title.roles.map((r) => ({ ...r, tails: r.tails.map(to) })) };
}

/** The state the press calls «السلطنة»: Oman, unless the article is Brunei's. */
function theSultanate(home: string | null): string {
  return home === 'BN' ? 'BN' : 'OM';
}

/** Kingdoms, which their own press calls «المملكة». */
const KINGDOMS = new Set(['JO', 'SA', 'MA', 'BH', 'GB', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'TH', 'KH', 'LS', 'SZ', 'BT', 'TO']);

/** A kingdom whose own press calls it «المملكة». */
export function isHomeKingdom(code: string | null): boolean {
  return KINGDOMS.has(code ?? '');
}

/**
 * «سفير الدولة لدى صربيا»: the state an ambassador serves, named only as «الدولة», is the article's own country (the
 * agency's: the UAE in a WAM report) — the one its other officials hold office in, not the one he is accredited to.
 */
export function resolveOwnState(title: Title, own: (accreditedTo: string) => string | null): Title {
  let changed = false;
  const roles = title.roles.map((r) => {
    const c = r.complement;
    // (And «سفيرة المملكة بمدريد», «سفير المملكة لدى فرنسا»: the kingdom is the article's own, when that country has a king.)
    // («سفير السلطنة لدى …»: the Sultanate is Oman, whichever country the article is from.)
    const noun = c?.kind === 'inst' ? (c.inst.en === 'Kingdom' && !c.inst.generic ? 'مملكه' : c.inst.en === 'Sultanate' && !c.inst.generic ? 'سلطنه' : c.inst.noun) : undefined;
    if (c?.kind !== 'inst' || !r.accreditedTo || (noun !== 'دوله' && noun !== 'مملكه' && noun !== 'سلطنه') || c.inst.indefinite || c.inst.of || c.inst.adjectives.length || c.inst.nat) return r;
    const code = noun === 'سلطنه' ? theSultanate(own(r.accreditedTo)) : own(r.accreditedTo);
    if (!code || code === r.accreditedTo || (noun === 'مملكه' && !isKingdom(code))) return r;
    changed = true;
    return { ...r, complement: { kind: 'country' as const, code } };
  });
  return changed ? { ...title, roles, country: title.country ?? roles.map((r) => (r.complement?.kind === 'country' ? r.complement.code : null)).find((c) => c) ?? null } : title;
}
