/**
 * Roles and institutions in English, composed from the parse of the title grammar (lib/officials/titles.ts):
 * "نائب وزير الدفاع" → "Deputy Minister of Defense", "النائب الأول لرئيس الوزراء" → "First Deputy Prime Minister".
 */
import institutions from '../../assets/institutions.json';
import { anotherKindOfOffice, attributive, institutionEnglish, parseInstitution, parseTitle, PROVINCE_PLACEHOLDER, setRoleRenderer, type Complement, type Institution, type Role, type Title } from '../officials/titles';
import { adjectiveOf, matchCountryName, pressAdjective } from '../vocab/nationalities';
import { capitals, regionAdjectives } from '../vocab/titles';
import { toWords } from '../officials/words';
import { countryNameEn } from './countries';
import { cachedIn } from '../bounded-cache';

const countryTitles = institutions.countryTitles as Record<string, Record<string, string>>;
const countryInstitutions = institutions.countryInstitutions as Record<string, Record<string, string>>;
const countryBodies = institutions.countryBodies as Record<string, Record<string, string>>;
/** States whose ministers are Secretaries of departments (the Philippines). */
const secretaryCountries = new Set(institutions.secretaryCountries as string[]);
/** States whose ministry of «التجارة» is their Ministry of Trade (elsewhere it stays Commerce). */
const tradeCountries = new Set(institutions.tradeCountries as string[]);
const labourCountries = new Set(institutions.labourCountries as string[]);
/** Country names English writes with the article: "Secretary of Labor of the Philippines", "Ambassador of the Netherlands". */
const WITH_ARTICLE = /^(Philippines|Netherlands|Bahamas|Gambia|Maldives|Comoros|Seychelles|Solomon Islands|Marshall Islands|Czech Republic|Dominican Republic|Central African Republic)$/;
/** Emirates whose حاكم is their Ruler, not a governor (and «حاكم الإمارة», the emirate the story is in). */
const EMIRATES = /^(Dubai|Sharjah|Ajman|Fujairah|Ras Al Khaimah|Umm Al Quwain|Abu Dhabi|the Emirate)$/;

/** The formal names of states the title being rendered spells (Title.formalNames), which countryName gives meanwhile. */
let formalNames: ReadonlyMap<string, string> | null = null;

const countryNames = new Map<string, string>();
export function countryName(code: string): string {
  const formal = formalNames?.get(code);
  if (formal) return formal;
  let name = countryNames.get(code);
  if (name === undefined) {
    const en = countryNameEn(code);
    // (The press writes "the UAE" in roles: "Ambassador of China to the UAE"; and the Congo of Kinshasa by its
    // name, where "DR Congo" is a headline's.)
    name = en === 'United States' ? 'the United States' : en === 'United Kingdom' ? 'the United Kingdom' : en === 'United Arab Emirates' ? 'the UAE' : en === 'European Union' ? 'the European Union' : code === 'CD' ? 'the Democratic Republic of the Congo' : WITH_ARTICLE.test(en) ? `the ${en}` : en;
    countryNames.set(code, name);
  }
  return name;
}

/** Whether the state names its ministry of «التجارة» Trade (elsewhere Commerce). */
export function namesTrade(country: string | null): boolean {
  return !!country && tradeCountries.has(country);
}

/** A minister's or a ministry's «التجارة» in a state that names it Trade: «وزير التجارة والصناعة» of Egypt is its
 * Minister of Trade and Industry, of Qatar its Minister of Commerce and Industry (a chamber of commerce stays one).
 * (So is the Secretary of a state whose ministers are Secretaries: the Philippines' Secretary of Trade and Industry.) */
export function tradeStyled(role: string, country: string | null): string {
  if (!namesTrade(country)) return role;
  return role.replace(/\b(Minist(?:er|ry)\b[^,]*?)\bCommerce\b/g, '$1Trade').replace(/^((?:\w+ )?Secretary of )Commerce\b/, '$1Trade');
}

/** The field of «العمل» as its state spells it: Jordan's, Qatar's, the Commonwealth's and Europe's Ministry of Labour, the
 * US's and the Philippines' of Labor (a party keeps its own name: Australia's and Israel's Labor Party). */
export function labourStyled(role: string, country: string | null): string {
  if (!country || !labourCountries.has(country)) return role;
  return role.replace(/\bLabor\b(?! Party)/g, 'Labour');
}

/** What states whose provinces govern themselves call the head of a province's government (Chief Minister, Premier). */
const provincialPremiers = institutions.provincialPremiers as Readonly<Record<string, string>>;

const partyHeadTitles = institutions.partyHeadTitles as Readonly<Record<string, 'President' | 'Chairman'>>;
const chairpersonCountries = new Set(institutions.chairpersonCountries as string[]);
/** States whose National Assembly («الجمعية الوطنية») is presided by a Speaker (Kenya, Pakistan), not a President. */
const speakerAssemblies = new Set(institutions.speakerAssemblies as string[]);
/** A woman who chairs in a state that styles her so is its Chairperson (Ghana's, Malawi's electoral commissions). */
export function chairStyled(role: string, country: string | null): string {
  if (!country || !chairpersonCountries.has(country)) return role;
  return role.replace(/\bChairwoman\b/g, 'Chairperson');
}

const groupCountries = new Set((institutions as { groupCountries?: string[] }).groupCountries ?? []);
/** «رئيسة كتلة «فرنسا الأبية»»: a bloc of a chamber of a state that sits in parliamentary groups is its Group. */
export function groupStyled(role: string, country: string | null): string {
  if (!country || !groupCountries.has(country)) return role;
  return role.replace(/\bBloc\b/g, 'Group');
}

/** «رئيس حزب X» in a state whose parties style their head otherwise: the President of the National Rally (France), the
 * Chairman of the Labour Party (Nigeria). `feminine` for a woman who chairs one. */
export function partyHeadStyled(role: string, country: string | null, feminine: boolean): string {
  const title = country ? partyHeadTitles[country] : undefined;
  if (!title || !role.startsWith('Head of ')) return role;
  return `${title === 'Chairman' && feminine ? 'Chairwoman' : title} of ${role.slice('Head of '.length)}`;
}

/** The press writes "US Secretary of State", "UAE Minister of State" (not "American", "Emirati"). */
export function englishAdjective(country: string, adjective: string): string {
  return pressAdjective(country, adjective);
}

/** A tail that names a legislature ("at the National Assembly", "at the Parliament"). */
const LEGISLATURE = /^at (the )?(.* )?(Parliament|Assembly|House of Representatives|Chamber of Deputies|Senate|Congress|Shura Council|Majlis|Knesset|Duma)$/;

/** The US departments the bodies vocabulary names as such, by their Secretary. */
const US_DEPARTMENTS: Record<string, string> = { 'US State Department': 'Secretary of State', 'State Department': 'Secretary of State', Pentagon: 'Secretary of Defense', 'US Treasury': 'Secretary of the Treasury', 'Treasury Department': 'Secretary of the Treasury', 'Ministry of Treasury': 'Secretary of the Treasury' };

const PREFIXED = new Set(['Deputy', 'Vice', 'Chief']);

/** Styles a head of state is named by instead of his office (the Saudi king's). */
const SOVEREIGN_STYLES = new Set(['Custodian of the Two Holy Mosques']);

/** A minister's office, also as a state styles it (a Secretary of a US department). */
const MINISTER_OFFICE = /^(Minister|Secretary of) /;

/** Programmes named by what they do (the Infrastructure Programmes), whose official is their Officer. */
const PROGRAMMES = /^the (\S+ )+Program(me)?s?$/;

/** Titles of a body's chief that a «مدير» is, under the body's own name for him. */
const DIRECTING_HEADS = /^(Administrator|Director General|Managing Director|(High )?Commissioner)$/;

/** Tails naming a union of states or the UN, which English puts before the office as its short form. */
const UNION_SHORT: Record<string, string> = { 'European Union': 'EU', 'United Nations': 'UN' };
/** Unions of states the country list holds, named before their offices as the press does (EU Ambassador to Egypt). */
const UNION_CODES = new Set(['EU']);
/** States whose envoys the press names by the state's adjective, where the state's name takes the article (the US, the
 * United Kingdom): the US Ambassador, the British Ambassador. */
const ENVOY_BY_ADJECTIVE = new Set(['US', 'GB']);
/** «سفير الاتحاد الأوروبي», «ممثل الاتحاد الأوروبي»: an office of a union is its EU office (EU Ambassador, EU Special
 * Representative); its head keeps "of" (President of the European Union). */
function unionOffice(c: Role['complement'], head: string): string | null {
  return c?.kind === 'country' && UNION_CODES.has(c.code) && !/^(Head|President|Chairman)$/.test(head) ? c.code : null;
}
const UNION_TAIL = /^(?:in|at) the (European Union|United Nations)$/;
/** A union's own delegation or mission, named of it. */
const UNION_DELEGATION = /\bthe (Delegation|Mission) of the (European Union|United Nations)\b/g;
/** The EU's office or representation (the UN's Office keeps "of"). */
const EU_OFFICE = /\bthe (Office|Representation) of the European Union\b/g;
/** A body's mission, team or office named after it, which the press names by the body's acronym (the IMF Mission). */
const UNIT_SHORT: Record<string, string> = { 'International Monetary Fund': 'IMF' };
const BODY_UNIT = new RegExp(`\\bthe (${Object.keys(UNIT_SHORT).join('|')}) (Mission|Team|Office|Delegation)\\b`, 'g');
/** Liberation movements the press names by their acronyms in their officials' titles (the SPLM-IO, the TPLF). */
const movementAcronyms = institutions.movementAcronyms as Record<string, string>;
const MOVEMENT_NAME = new RegExp(`\\bthe (${Object.keys(movementAcronyms).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');

/** A body under the name its state gives it (countryBodies), from the body's adjective or the holder's country. */
function ownBody(inst: Institution, country: string | null): string | undefined {
  const state = inst.nat?.country ?? country;
  const table = state ? countryBodies[state] : undefined;
  if (!table) return undefined;
  return table[institutionEnglish({ ...inst, nat: null }, countryName, false)];
}

/** English of one parsed role. `country` lets a title take its national form ("Secretary of State" in the US). */
/** Modifiers of when the office is held come before the nationality: "Former Egyptian Minister", not "Egyptian Former …". */
const TIME_MODIFIERS = new Set(['Former', 'Acting', 'Outgoing', 'New', 'Late']);

/** What a head of government charged with forming one is called, whatever the Arabic names him by. */
const GOVERNMENT_HEAD = /^(Prime Minister|President|Head of Government|President of the Government|President of the Council of Ministers)$/;

export function renderRole(role: Role, country: string | null = null): string {
  // «رئيس الحكومة المكلف», «الرئيس المكلف»: the head of government charged with forming one is its Prime
  // Minister-designate; any other office's «المكلف» holds it in the meantime (Acting).
  if (role.mods.includes('Designate')) return designateRole(role, country);
  // «الرئيس المنتخب», «عمدة إسطنبول المنتخب»: English puts "-elect" after the office's own noun, not before it
  // (President-elect, US President-elect, Mayor-elect of Istanbul).
  if (role.mods.includes('Elect')) return electStyled(renderRole({ ...role, mods: role.mods.filter((m) => m !== 'Elect') }, country), role);
  const { head, toUN } = officeHead(role);
  let s = coreOffice(role, head, toUN, country);
  s = nationalStyle(role, s, country);
  s = withModifiers(role, s, head, toUN);
  s = withTails(role, s, country);
  return pressForms(s);
}

/** «رئيس الحكومة المكلف», «الرئيس المكلف»: the office rendered as Prime Minister-designate or as Acting. */
function designateRole(role: Role, country: string | null): string {
  const others = role.mods.filter((m) => m !== 'Designate');
  const core = renderRole({ ...role, mods: others.filter((m) => !TIME_MODIFIERS.has(m)), nat: null }, country);
  const time = others.filter((m) => TIME_MODIFIERS.has(m)).map((m) => `${m} `).join('');
  if (GOVERNMENT_HEAD.test(core)) return `${time}${role.nat ? `${englishAdjective(role.nat.country, role.nat.adjective_en)} ` : ''}Prime Minister-designate`;
  return renderRole({ ...role, mods: role.mods.map((m) => (m === 'Designate' ? 'Acting' : m)) }, country);
}

/** The head's English for this role: feminine, at an embassy, at the UN, a territory's Chief Executive. */
function officeHead(role: Role): { head: string; toUN: boolean } {
  const fem = role.head.enFem && isFeminine(role);
  let head = fem ? role.head.enFem! : role.head.en;
  // «النائب العام التمييزي»: the prosecutor at a court of cassation is its Public Prosecutor, as is «المدعي العام التمييزي».
  if (head === 'Attorney General' && role.mods.includes('Cassation')) head = 'Public Prosecutor';
  if (role.head.atEmbassy && role.tails.some((t) => /^at .*\bEmbassy\b/.test(t))) head = role.head.atEmbassy;
  const toUN = !!role.head.atUN && role.tails.includes('to the United Nations') && !role.mods.includes('Permanent');
  if (toUN) head = role.head.atUN!;
  const c = role.complement;
  // «الرئيس التنفيذي لهونغ كونغ», «الرئيس التنفيذي للحكومة الأفغانية»: who heads a territory's or a government's executive
  // is its Chief Executive; a company's is its CEO.
  if (head === 'CEO' && (c?.kind === 'country' || (c?.kind === 'inst' && /\bGovernment$/.test(c.inst.en)))) head = 'Chief Executive';
  return { head, toUN };
}

/** The office before its modifiers, nationality and tails, by what its complement is: none, another office, a
 * portfolio, a governed capital, a country or a body. */
function coreOffice(role: Role, head: string, toUN: boolean, country: string | null): string {
  const c = role.complement;
  if (!c) return bareOffice(role, head);
  if (c.kind === 'role') return officeOfOffice(role, head, c, country);
  if (c.kind === 'portfolio') return portfolioOffice(head, c);
  if (head === 'Governor' && role.head.bare !== 'Ruler' && governedCapital(c)) return `Governor of ${governedCapital(c)}`;
  if (c.kind === 'country') return countryOffice(role, head, c, toUN);
  return bodyOffice(role, head, c, country);
}

/** An office with no complement: «المستشار», «الحاكم», «رئيس الجمهورية». */
function bareOffice(role: Role, head: string): string {
  if (role.head.natBare && role.nat && !role.tails.length) head = role.head.natBare;
  // (A describing modifier keeps the head's own English: "المستشار الاقتصادي" is an economic adviser, no chancellor.)
  // (Nor an adviser's for an area of affairs: «مستشاره للشؤون الأمنية» is an adviser for security affairs; a bare
  // President for affairs keeps his rank.)
  else if (role.head.bare && (role.head.bare === 'MP' || !role.tails.some((t) => t.startsWith('at ') || (role.head.compose === 'to' && / Affairs$/.test(t)))) && !(role.head.natBare && role.mods.some((m) => !TIME_MODIFIERS.has(m)))) head = role.head.bare;
  // («الحاكم» with no place named is a Governor — of the central bank the story is about, of a region, of a state;
  // a Ruler only of an emirate named, «حاكم الشارقة».)
  if (head === 'Ruler') head = 'Governor';
  return role.head.ofTheState && !role.nat && !role.tails.length ? `${head} of the Republic` : head;
}

/** An office of another office: «نائب الرئيس», «مساعد وزير الخارجية», «سفير خادم الحرمين الشريفين». */
function officeOfOffice(role: Role, head: string, c: Extract<Complement, { kind: 'role' }>, country: string | null): string {
  let s: string;
  const inner = renderRole(c.role, country);
  const innerBare = renderRole({ ...c.role, nat: null }, country);
  // (When the inner office is of another time, so is the deputy's: "نائب الرئيس السابق" → "Former Vice President".)
  const innerTime = c.role.mods.filter((m) => TIME_MODIFIERS.has(m));
  const innerCore = innerTime.length ? renderRole({ ...c.role, nat: null, mods: c.role.mods.filter((m) => !TIME_MODIFIERS.has(m)) }, country) : innerBare;
  // (So is the deputy of a president of the republic whatever the nationality or the affairs after it: «نائب رئيس
  // الجمهورية العراقي», the Iraqi Vice President; «نائب الرئيس الإيراني للشؤون البرلمانية», the Iranian Vice President
  // for Parliamentary Affairs.)
  const innerOffice = renderRole({ ...c.role, nat: null, tails: [], mods: c.role.mods.filter((m) => !TIME_MODIFIERS.has(m)) }, country);
  const ofRepublic = innerCore !== 'President' && !c.role.complement && (!!c.role.nat || c.role.tails.length > 0 || innerTime.length > 0) && (innerOffice === 'President' || innerOffice === 'President of the Republic');
  if (head === 'Deputy' && (innerCore === 'President' || ofRepublic)) {
    // "نائب الرئيس الأمريكي" → "US Vice President"
    s = c.role.nat ? `${englishAdjective(c.role.nat.country, c.role.nat.adjective_en)} Vice President` : 'Vice President';
    if (innerTime.length) s = `${innerTime.join(' ')} ${s}`;
    if (ofRepublic && c.role.tails.length) s += ` ${c.role.tails.join(' ')}`;
  } else if (head === 'Deputy' && /^President of /.test(innerBare)) {
    s = `Vice ${inner}`; // "نائب رئيس دولة الإمارات" → "Vice President of the United Arab Emirates"
  } else if (head === 'Deputy' && /\bPremier$/.test(inner)) {
    s = inner.replace(/Premier$/, 'Vice Premier'); // «نائب رئيس مجلس الدولة الصيني»: the Chinese Vice Premier
  } else if (role.head.stacks) {
    s = `${head} and ${inner}`; // "وزير دولة الرئيس التنفيذي لـ…": two offices
  } else if (head === 'Assistant' && (innerOffice === 'President' || innerOffice === 'President of the Republic') && !c.role.complement && (c.role.nat?.country ?? country) !== 'US') {
    // «مساعد الرئيس الروسي للشؤون الدولية»: the assistant of a head of state is, as the press calls him, a Presidential
    // Aide (the Russian Presidential Aide for International Affairs); the US's keeps its own title, Assistant to the
    // President.
    const nat = c.role.nat ? `${englishAdjective(c.role.nat.country, c.role.nat.adjective_en)} ` : '';
    s = `${innerTime.map((m) => `${m} `).join('')}${nat}Presidential Aide${c.role.tails.length ? ` ${c.role.tails.join(' ')}` : ''}`;
  } else if (head === 'Assistant' && MINISTER_OFFICE.test(innerOffice)) {
    // «مساعد وزير الخارجية لشؤون آسيا»: a minister's assistant holds a rank of the ministry, the Assistant Minister
    // (Assistant Minister of Foreign Affairs for Asian Affairs; the US Assistant Secretary of State), not his aide.
    const nat = c.role.nat ? `${englishAdjective(c.role.nat.country, c.role.nat.adjective_en)} ` : '';
    const office = renderRole({ ...c.role, nat: null, mods: c.role.mods.filter((m) => !TIME_MODIFIERS.has(m)) }, c.role.nat?.country ?? country);
    s = `${innerTime.map((m) => `${m} `).join('')}${nat}${head} ${office}`;
  } else if (role.head.accredited && c.role.head.country && SOVEREIGN_STYLES.has(c.role.head.en) && !c.role.complement && !c.role.tails.length) {
    // «سفير خادم الحرمين الشريفين لدى غينيا»: the ambassador of a head of state named by his style is his state's, as
    // the press writes it (the Saudi Ambassador to Guinea).
    const adjective = adjectiveOf(c.role.head.country);
    s = adjective ? `${englishAdjective(c.role.head.country, adjective)} ${head}` : `${head} of the ${inner}`;
  } else if (role.head.compose === 'prefix' || PREFIXED.has(head)) s = `${head} ${inner}`;
  else if (role.head.compose === 'to') s = `${head} to the ${inner}`;
  else if (role.head.compose === 'for') s = `${head} for the ${inner}`;
  else s = `${head} of the ${inner}`;
  return s;
}

/** An office of a portfolio: «وزير الخارجية», «وزير العمل الفلبيني». */
function portfolioOffice(head: string, c: Extract<Complement, { kind: 'portfolio' }>): string {
  let s = `${head} of ${c.en}`;
  if (c.country) {
    const national = countryTitles[c.country]?.[s];
    const adjective = UNION_CODES.has(c.country) ? c.country : englishAdjective(c.country, adjectiveOf(c.country) ?? countryName(c.country));
    s = national ? `${adjective} ${national}` : `${s} of ${countryName(c.country)}`;
  }
  return s;
}

/** An office of a country: «سفير الولايات المتحدة», «رئيس النظام السوري». */
function countryOffice(role: Role, head: string, c: Extract<Complement, { kind: 'country' }>, toUN: boolean): string {
  let s: string;
  // "مندوب الولايات المتحدة لدى الأمم المتحدة" → "US Ambassador to the United Nations".
  // («رئيس النظام السوري»: the head of a state's regime is, as the press names him, the Head of the Syrian Regime; its
  // other offices are the state's.)
  const adjective = adjectiveOf(c.code);
  if (c.regime && adjective && !role.nat && /^(Head|President)$/.test(head)) s = `Head of the ${englishAdjective(c.code, adjective)} Regime`;
  else if (unionOffice(c, head) && !role.nat && !toUN) s = `${c.code} ${head}`;
  // «سفيرة المملكة المتحدة لدى الكويت», «سفير الولايات المتحدة لدى الجزائر»: the envoy of a state English names with
  // its article is, as the press writes it, its state's by the adjective (the British Ambassador to Kuwait, the US
  // Chargé d'Affaires), not the Ambassador of the United Kingdom.
  else if (role.head.accredited && ENVOY_BY_ADJECTIVE.has(c.code) && !role.nat && !toUN && !c.regime) s = `${englishAdjective(c.code, adjectiveOf(c.code) ?? countryName(c.code))} ${head}`;
  else s = toUN ? `${UNION_CODES.has(c.code) ? c.code : englishAdjective(c.code, adjectiveOf(c.code) ?? countryName(c.code))} ${head}` : `${head === 'Head' ? 'President' : head} of ${countryName(c.code)}`;
  return s;
}

/** The head of a body as the body names it: its Director, Speaker, Chargé d'Affaires, Attorney General. */
function bodyHead(role: Role, head: string, c: Extract<Complement, { kind: 'inst' }>, country: string | null): string {
  // («رئيس مكتب التحقيق», «رئيسة دائرة الزراعة», «رئيس الاستخبارات العسكرية»: the head of a body whose chief is its
  // Director stays its Head, as the article says; «مدير» is the Director.)
  let h = (head === 'Head' || (head === 'Emir' && c.inst.generic)) && c.inst.head && !(head === 'Head' && c.inst.head === 'Director') ? c.inst.head : head;
  // «مدير وكالة ناسا», «مدير روسكوسموس»: a body whose chief has a title of his own is headed by it, whatever the
  // Arabic calls him (NASA's Administrator, Roscosmos's Director General).
  // (A President or a Governor the Arabic calls «مدير» stays its Director.)
  // «المدعية العامة لولاية ميشيغان»: a state's chief prosecutor is its Attorney General, as the US states call him.
  if (h === 'Public Prosecutor' && c.inst.noun === 'ولايه') h = 'Attorney General';
  if ((head === 'Director' || head === 'Director General') && c.inst.ownHead && DIRECTING_HEADS.test(c.inst.head ?? '') && !role.mods.length) h = c.inst.head!;
  // «وكيل اللجنة», «وكيل مجلس النواب»: the undersecretary of a body with a chairman or a speaker is its deputy head
  // (Deputy Chairman of the Committee, Deputy Speaker); a ministry's stays its Undersecretary.
  if (h === 'Undersecretary' && c.inst.head && /^(Chairman|Speaker)$/.test(c.inst.head)) h = `Deputy ${c.inst.head}`;
  // («وكيل مجلس الشيوخ», «وكيل أول المجلس»: a senate's undersecretary is its Deputy Speaker, though its head is styled
  // its President.)
  else if (h === 'Undersecretary' && c.inst.en === 'Senate' && !c.inst.of) h = 'Deputy Speaker';
  // «رئيس الجمعية الوطنية الكينية»: the President of a National Assembly a state presides by a Speaker is its Speaker
  // (and its deputy the Deputy Speaker, from this inner office).
  // (Also one the article named of its state before: «رئيس الجمعية الوطنية» after «الجمعية الوطنية الكينية».)
  if (h === 'President' && c.inst.en === 'National Assembly' && !c.inst.of && speakerAssemblies.has(c.inst.nat?.country ?? c.inst.styledBy ?? country ?? '')) h = 'Speaker';
  // «المدير العام لصندوق النقد الدولي»: a body whose chief executive is its Managing Director calls its director so.
  if (h === 'Director General' && c.inst.head === 'Managing Director') h = 'Managing Director';
  // «القائم بأعمال السفارة»: who acts for a body, not for an office, is its chargé d'affaires.
  if (h === 'Acting') h = "Chargé d'Affaires";
  // «قائد شرطة بغداد»: the commander of a police force is, in English, its chief (the Baghdad Police Chief).
  if (h === 'Commander' && /\bPolice$/.test(c.inst.en)) h = 'Chief';
  // «رئيسة مجلس الاتحاد»: a woman chairs as Chairwoman.
  if (isFeminine(role)) h = h.replace(/Chairman$/, 'Chairwoman');
  return h;
}

/** An office of a body: «رئيس مجلس النواب», «مبعوث الأمم المتحدة», «وزير الجيش الإسرائيلي». */
function bodyOffice(role: Role, head: string, c: Extract<Complement, { kind: 'inst' }>, country: string | null): string {
  const h = bodyHead(role, head, c, country);
  let s: string;
  const town = municipalTown(h, c.inst);
  let inst = institutionEnglish(c.inst, countryName, true, false, h === 'Governor' ? 'governed' : true);
  // The press names some countries' ministries its own way: "the State Department", "the Foreign Office".
  const own = country && !c.inst.nat ? countryInstitutions[country]?.[inst.replace(/^the /, '')] : undefined;
  if (own) inst = `the ${own}`;
  const stateBody = ownBody(c.inst, country);
  if (stateBody) inst = `the ${stateBody}`;
  // «المتحدث الرسمي باسم مجلس الوزراء»: who speaks for a council of ministers is the press's Cabinet Spokesman.
  if (/^Spokes(man|woman|person)$/.test(h) && c.inst.en === 'Council of Ministers' && !c.inst.of && !c.inst.adjectives.length) inst = inst.replace(/Council of Ministers$/, 'Cabinet');
  // («المتحدث الرسمي باسم رئاسة الجمهورية»: and who speaks for the presidency of a republic, for the Presidency.)
  if (/^Spokes(man|woman|person)$/.test(h)) inst = inst.replace(/^the Presidency of the Republic$/, 'the Presidency');
  // "مبعوث الأمم المتحدة" is a "UN Envoy", as the press writes it (the body's head keeps "of": President of the EU).
  const short = !own && !/^(Head|President|Chairman)$/.test(h) && !/ of /.test(h) ? attributive(c.inst) : null;
  // «وكيل وزارة الخارجية الأمريكية»: the undersecretary of a US department whose head is a Secretary is its Under
  // Secretary (US Under Secretary of State, of Defense).
  const usSecretary = h === 'Undersecretary' && (c.inst.nat?.country ?? c.inst.country) === 'US' && !c.inst.of && !c.inst.adjectives.length ? (US_DEPARTMENTS[c.inst.en] ?? countryTitles.US?.[c.inst.en.replace(/^Ministry of /, 'Minister of ')]) : undefined;
  // «رئيس وزراء إقليم البنجاب», «رئيس حكومة ولاية كيرالا»: the head of a province's own government is styled as its
  // state styles him (Chief Minister of Punjab, Premier of Ontario), not its Prime Minister.
  const premier = h === 'Prime Minister' && role.mods.every((m) => TIME_MODIFIERS.has(m)) ? provincialPremier(c.inst) : null;
  if (premier) s = `${premier} of ${institutionEnglish(c.inst, countryName, true, false, 'governed').replace(/^the /, '')}`;
  else if (town) s = `Mayor of ${town}`;
  else if (usSecretary && /^Secretary of /.test(usSecretary)) s = `US Under ${usSecretary}`;
  else if (h === 'Prime Minister' && /Ministers$/.test(inst)) s = 'Prime Minister';
  // «وزير جيش الاحتلال», «وزير الجيش الإسرائيلي»: the army's minister is, in English, the Defense Minister.
  else if (h === 'Minister' && c.inst.en === 'Army' && !c.inst.of && !c.inst.adjectives.length) s = c.inst.nat ? `${englishAdjective(c.inst.nat.country, c.inst.nat.adjective_en)} Minister of Defense` : 'Minister of Defense';
  // «سكرتير مجلس الوزراء», «كبير أمناء مجلس الوزراء»: the secretary of a council of ministers is the Cabinet
  // Secretary (the Chief Cabinet Secretary); its Secretary-General keeps his title.
  else if (/^(Chief )?Secretary$/.test(h) && c.inst.en === 'Council of Ministers' && !c.inst.of && !c.inst.adjectives.length) s = `${c.inst.nat ? `${englishAdjective(c.inst.nat.country, c.inst.nat.adjective_en)} ` : ''}${h.replace('Secretary', 'Cabinet Secretary')}`;
  // «وزير الدولة عضو مجلس الوزراء»: a member of a council of ministers is, as the Gulf agencies write it in English, a
  // Cabinet Member (Minister of State and Cabinet Member).
  else if (h === 'Member' && c.inst.en === 'Council of Ministers' && !c.inst.of && !c.inst.adjectives.length) s = `${c.inst.nat ? `${englishAdjective(c.inst.nat.country, c.inst.nat.adjective_en)} ` : ''}Cabinet Member`;
  // «مسؤول برامج الحماية الاجتماعية»: who is in charge of programmes is their Officer (Social Protection Programmes Officer).
  else if (h === 'Official' && c.inst.generic && PROGRAMMES.test(inst)) s = `${inst.replace(/^the /, '')} Officer`;
  // «مسؤول ملف العراق»: who is named by a file is in charge of it, as the press says its head (Head of the Iraq File).
  else if (h === 'Official' && / File$/.test(c.inst.en) && !c.inst.of) s = `Head of ${inst}`;
  // «مستشارة الشؤون المالية», «مفوض الشؤون السياسية»: affairs after an office that holds a remit are its remit, not a
  // body it heads (Adviser for Financial Affairs, Commissioner for Political Affairs).
  else if (REMIT_HEADS.test(h) && affairsRemit(c.inst)) s = `${h} for ${inst.replace(/^the /, '')}`;
  else if (short) s = `${short} ${h}`;
  else s = `${h} ${role.head.compose === 'for' ? 'for' : 'of'} ${inst}`;
  return s;
}

/** The title as a state styles it (byCustom, its Secretaries, an emirate's Ruler). */
function nationalStyle(role: Role, s: string, country: string | null): string {
  const c = role.complement;
  const bodyNat = c?.kind === 'inst' ? c.inst.nat : null;
  // («النائب الجمهوري», «النائبة الديمقراطية»: a member of Congress by his party's name, a US Representative.)
  const usParty = !c && role.mods.some((m) => m === 'Republican' || m === 'Democratic') ? 'US' : null;
  const national = byCustom(s, usParty ?? country) ?? (bodyNat ? byCustom(s, bodyNat.country) : undefined);
  if (national) s = national;
  // «وزير العمل الفلبيني», «وزير العمل في جمهورية الفلبين»: a Secretary in a state whose ministers are called so.
  const holderCountry = c?.kind === 'portfolio' ? (c.country ?? role.nat?.country ?? country) : null;
  if (holderCountry && secretaryCountries.has(holderCountry)) s = s.replace(/^((?:\w+ )?)Minister of /, '$1Secretary of ');
  if (role.head.bare === 'Ruler') s = s.replace(/^Governor of (.+)$/, (m, place: string) => (EMIRATES.test(place) ? `Ruler of ${place}` : m));
  return s;
}

/** The modifiers before the office (Delegate, Special, Former) and the holder's nationality. */
function withModifiers(role: Role, s: string, head: string, toUN: boolean): string {
  const c = role.complement;
  const before = [...new Set(role.mods.filter((m) => m !== 'General' || !/General/.test(s)))];
  const inTime = before.filter((m) => TIME_MODIFIERS.has(m));
  // "الوزير المنتدب": a Minister Delegate (the French title, after the noun).
  // («المفوض الأوروبي»: a member of the European Commission is a European Commissioner, not an "EU" one.)
  const rest = before.filter((m) => !TIME_MODIFIERS.has(m) && m !== 'Delegate').map((m) => (m === 'EU' && /^Commissioner\b/.test(s) ? 'European' : m));
  if (before.includes('Delegate')) s = /^Minister\b/.test(s) ? s.replace(/^Minister\b/, 'Minister Delegate') : `Delegate ${s}`;
  // (After the short form of a body: "UN Special Envoy", "UN Resident Coordinator".)
  const shortAt = c?.kind === 'inst' ? attributive(c.inst) : (!role.nat && !toUN ? unionOffice(c, head) : null);
  if (rest.length) s = shortAt && s.startsWith(`${shortAt} `) ? `${shortAt} ${rest.join(' ')} ${s.slice(shortAt.length + 1)}` : `${rest.join(' ')} ${s}`;
  // («المفوض الأوروبي»: a member of the European Commission is a European Commissioner.)
  // («العاهل الأردني»: a monarch named by his people's adjective is the King of his country, as the press styles him.)
  if (role.nat && !c && /^(King|Queen)$/.test(s)) s = `${s} of ${countryName(role.nat.country)}`;
  else if (role.nat && !(c?.kind === 'inst' && c.inst.nat)) s = `${englishAdjective(role.nat.country, role.nat.adjective_en)} ${s}`;
  if (inTime.length) s = `${inTime.join(' ')} ${s}`;
  return s;
}

/** The tails after the office (for Asian Affairs, in the European Union), as its state or body names them. */
function withTails(role: Role, s: string, country: string | null): string {
  const c = role.complement;
  const inTime = [...new Set(role.mods)].filter((m) => TIME_MODIFIERS.has(m));
  let tails = role.tails;
  // «الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي», «مسؤول … بالاتحاد الأوروبي»: an office held in a union of
  // states or in the UN is, in English, an EU or a UN office (EU High Representative for Foreign Policy).
  const inBody = !role.head.accredited && !role.nat && c?.kind !== 'country' ? tails.findIndex((t) => UNION_TAIL.test(t)) : -1;
  if (inBody >= 0 && tails.length === inBody + 1 && !/^(EU|UN) /.test(s)) {
    const short = UNION_SHORT[UNION_TAIL.exec(tails[inBody]!)![1]!]!;
    const at = inTime.length && s.startsWith(`${inTime.join(' ')} `) ? inTime.join(' ').length + 1 : 0;
    s = `${s.slice(0, at)}${short} ${s.slice(at)}`;
    tails = tails.slice(0, inBody);
  }
  // "النائب في مجلس الأمة": a member of parliament in a legislature is its Member (Member of the National Assembly).
  if (s === 'MP') {
    const house = tails.find((t) => LEGISLATURE.test(t));
    if (house) { s = `Member of ${house.replace(/^at /, '')}`; tails = tails.filter((t) => t !== house); s = byCustom(s, country) ?? s; }
  }
  // «عمدة العاصمة», «رئيس بلدية العاصمة»: the mayor of the capital of the holder's state is the mayor of that city
  // (Mayor of Moscow).
  if (/\bMayor of the Capital$/.test(s)) {
    const city = capitalOf(role.nat?.country ?? country);
    if (city) s = s.replace(role.nat ? `${englishAdjective(role.nat.country, role.nat.adjective_en)} Mayor of the Capital` : 'Mayor of the Capital', `Mayor of ${city}`);
  }
  // «وزير الدولة لشؤون الشرق الأوسط» of the UK, «نائب وزير الخارجية لشؤون أوروبا» of Venezuela: where a state names an
  // office for a region by the region, so does its English (Minister of State for the Middle East, for Europe); the UK's
  // minister so named is the Foreign Office's without saying it. So do international bodies and envoys (World Bank Vice
  // President for Africa, Special Envoy for the Horn of Africa).
  const holder = role.nat?.country ?? country;
  const international = c?.kind === 'inst' && (internationalBodies.has(c.inst.en) || (!!c.inst.of && internationalBodies.has(c.inst.of.en)));
  if ((holder && regionNamedCountries.has(holder)) || international || REGION_ENVOYS.test(s)) {
    const named = tails.map(regionNamed);
    if (named.some((t, i) => t !== tails[i])) tails = holder === 'GB' ? named.filter((t) => !FOREIGN_MINISTRY_TAIL.test(t)) : named;
  }
  if (tails.length) s += ' ' + tails.join(' ');
  return s;
}

/** The short forms the press gives unions', bodies' and movements' units (the EU Delegation, the IMF Mission), and
 * regions' affairs by their adjectives (African Affairs). */
function pressForms(s: string): string {
  // «وفد الاتحاد الأوروبي», «بعثة الأمم المتحدة»: a union's delegation or mission is, as the press writes it, the EU
  // Delegation (Head of the EU Delegation to Egypt, Head of Cooperation at the EU Delegation in Cairo).
  s = s.replace(UNION_DELEGATION, (m, office: string, body: string) => `the ${UNION_SHORT[body]} ${office}`).replace(EU_OFFICE, 'the EU $1');
  // («رئيس بعثة صندوق النقد الدولي»: and the Fund's, the Head of the IMF Mission.)
  s = s.replace(BODY_UNIT, (m, body: string, unit: string) => `the ${UNIT_SHORT[body]} ${unit}`);
  // («المتحدث باسم الحركة الشعبية لتحرير السودان في المعارضة»: the SPLM-IO's spokesman.)
  s = s.replace(MOVEMENT_NAME, (m, name: string) => `the ${movementAcronyms[name]}`);
  return regionAffairsByAdjective(s).replace(/\s+/g, ' ').trim();
}

/** The office rendered without «المنتخب», with "-elect" after its noun: the head's English where it stands in the
 * rendering ("US President" → "US President-elect", "Mayor of Istanbul" → "Mayor-elect of Istanbul"). */
function electStyled(s: string, role: Role): string {
  const heads = [role.head.enFem, role.head.en, role.head.bare, role.head.natBare].filter((h): h is string => !!h).sort((a, b) => b.length - a.length);
  for (const h of heads) {
    const at = new RegExp(`(^|\\s)${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`).exec(s);
    if (at) {
      // (A head that names its body, "Speaker of Parliament", takes it on its noun: Speaker-elect of Parliament.)
      const end = at.index + at[0].length - (/ (of|to|for) /.test(h) ? h.length - h.search(/ (of|to|for) /) : 0);
      return `${s.slice(0, end)}-elect${s.slice(end)}`;
    }
  }
  // (An office English names otherwise than its head, «رئيس البلدية» the Mayor: before its body.)
  return / (of|to|for) /.test(s) ? s.replace(/ (of|to|for) /, '-elect $1 ') : `${s}-elect`;
}

const REGION_NAMES = [...regionAdjectives.keys()].sort((a, b) => b.length - a.length).map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Offices that hold a remit rather than head a body. */
const REMIT_HEADS = /^(Adviser|Commissioner|Coordinator|Envoy|Special Envoy)$/;
/** «الشؤون المالية», «الشؤون السياسية»: affairs qualified by adjectives only, no body of a place or of another body. */
function affairsRemit(inst: Institution): boolean {
  // (A ministry named for affairs is a body, not a remit: «مستشار وزارة الخارجية» is an adviser of the Ministry.)
  // («مفوض الشؤون السياسية والسلام والأمن»: and the fields joined to them, Political Affairs, Peace and Security.)
  return /^(?:(?!of )\w+ )*Affairs(?:(?:, | and )\w+(?: \w+)*)*$/.test(inst.en) && !inst.of && !inst.nat && !inst.partner && (inst.en !== 'Affairs' || inst.adjectives.length > 0);
}

/** Affairs of regions named as places: "the West Asia and North Africa Affairs", "for Asia Affairs". */
const REGION_AFFAIRS = new RegExp(`\\b(the|for) ((?:${REGION_NAMES})(?:(?:, | and )(?:${REGION_NAMES}))*) Affairs\\b`, 'g');

/** «إدارة شؤون غرب آسيا وشمال إفريقيا»: the affairs of regions are, in English, named by the regions' adjectives (the
 * Department of West Asian and North African Affairs), as a bureau's «لشؤون الشرق الأدنى» already is. So is a remit
 * for them: «مساعد وزير الخارجية لشؤون آسيا», «لشؤون أوروبا» (for Asian Affairs, for European Affairs). */
function regionAffairsByAdjective(s: string): string {
  if (!s.includes(' Affairs')) return s;
  return s.replace(REGION_AFFAIRS, (m, word: string, list: string) => `${word === 'for' ? 'for ' : ''}${list.replace(new RegExp(REGION_NAMES, 'g'), (r) => regionAdjectives.get(r) ?? r)} Affairs`);
}

/** States whose offices for a region are named by the region (the UK's, Latin America's). */
const regionNamedCountries = new Set(institutions.regionNamedCountries as string[]);
/** The regions' names by their adjectives: "Asian" → "Asia", "Middle East" → "the Middle East". */
const regionPlaces = new Map<string, string>();
for (const [ar, adjective] of Object.entries(institutions.affairsRegions as Record<string, string>)) {
  const place = (institutions.places as Record<string, string>)[ar];
  if (place && !regionPlaces.has(adjective)) regionPlaces.set(adjective, place);
  // (And by their names, which the parse keeps for a region alone: "Africa".)
  if (place) regionPlaces.set(place.replace(/^the /, ''), place);
}
/** Adjectives of affairs («السياسية», «الاقتصادية»), which cannot stand as a remit without Affairs. */
const affairsAdjectives = new Set(Object.values(institutions.adjectives as Record<string, string>));
/** International bodies (the World Bank, the WHO), whose offices for a region are named by it (Regional Director for Africa). */
const internationalBodies = new Set((institutions.bodies as { en: string; intl?: boolean }[]).filter((b) => b.intl).map((b) => b.en));
/** Offices sent for a region, named by it wherever they are from. */
const REGION_ENVOYS = /\b(Envoy|Representative|Coordinator)\b/;
const FOREIGN_MINISTRY_TAIL = /^(at|in|of) the (British )?(Ministry of Foreign Affairs|Foreign Office)\b/;

/** "for Middle East and South Asian Affairs" → "for the Middle East and South Asia"; "for Development and African
 * Affairs" → "for Development and Africa". A remit with an affairs adjective (Political) keeps its Affairs. */
function regionNamed(tail: string): string {
  const m = /^for (.+) Affairs$/.exec(tail);
  if (!m) return tail;
  const items = m[1]!.split(/, | and /);
  if (!items.some((i) => regionPlaces.has(i)) || items.some((i) => !regionPlaces.has(i) && affairsAdjectives.has(i))) return tail;
  return `for ${items.map((i) => regionPlaces.get(i) ?? i).join(', ').replace(/, ([^,]+)$/, ' and $1')}`;
}

/** The capital of a state, where the vocabulary names one only. */
const capitalCities = new Map<string, string | null>();
for (const [city, code] of capitals) capitalCities.set(code, capitalCities.has(code) ? null : city);
function capitalOf(code: string | null | undefined): string | null {
  return code ? (capitalCities.get(code) ?? null) : null;
}

/** States whose capital the press names as the state, «الجزائر», «تونس» (Algiers, Tunis): the capital by the state's
 * code, from the places whose Arabic is also a country's name. */
const namesakeCapitals = new Map<string, string>();
for (const [ar, en] of Object.entries(institutions.places as Record<string, string>)) {
  const norms = toWords(ar).map((w) => w.norm);
  const state = matchCountryName(norms, 0);
  if (state && state.length === norms.length && capitals.get(en) === state.country) namesakeCapitals.set(state.country, en);
}

/** «والي الجزائر», «والي ولاية تونس»: a state has no governor — the governor of a place the parse read as a state
 * whose capital bears its name governs the capital's province (Governor of Algiers). */
function governedCapital(c: Role['complement']): string | null {
  if (c?.kind === 'country') return namesakeCapitals.get(c.code) ?? null;
  if (c?.kind !== 'inst') return null;
  const { inst } = c;
  const place = inst.generic && inst.noun === 'ولايه' && !inst.adjectives.length && !inst.nat && inst.of && !inst.of.en && !inst.of.of ? inst.of.country : null;
  return place ? (namesakeCapitals.get(place) ?? null) : null;
}

/** An office or a house as its state calls it (countryTitles), also through the state's adjective before the office
 * («نائب الرئيس الكيني»: the Kenyan Deputy President) or before the body («عضو مجلس النواب العراقي»: Member of the Iraqi
 * Council of Representatives) — unless the state's own form names the state (the House of Representatives of Bosnia and
 * Herzegovina). */
function byCustom(s: string, code: string | null | undefined): string | undefined {
  const table = code ? countryTitles[code] : undefined;
  if (!code || !table) return undefined;
  if (table[s]) return table[s];
  const adjective = englishAdjective(code, adjectiveOf(code) ?? '');
  if (!adjective) return undefined;
  const namesState = (v: string) => v.includes(countryNameEn(code).split(/[ &]/)[0]!);
  if (s.startsWith(`${adjective} `)) {
    const v = table[s.slice(adjective.length + 1)];
    if (v) return namesState(v) ? v : `${adjective} ${v}`;
  }
  if (s.includes(` ${adjective} `)) {
    const v = table[s.replace(` ${adjective} `, ' ')];
    if (v) return namesState(v) ? v : v.replace(/ of the /, ` of the ${adjective} `);
  }
  return undefined;
}

setRoleRenderer((r) => renderRole(r));

/** Nouns of a province or a town whose «أمين» heads its municipality (the Saudi Amanah): «أمين منطقة الرياض», «أمين محافظة جدة». */
const AMANAH_PLACES = new Set(['منطقه', 'محافظه', 'مدينه']);

/**
 * The town whose mayor a head of `inst` is, or null: the «أمين» of a Saudi province or town («أمين محافظة جدة», the
 * Mayor of Jeddah), and the head of a Moroccan commune, «رئيس جماعة مراكش» (the Mayor of Marrakech, not a group's leader).
 */
function municipalTown(head: string, inst: Institution): string | null {
  const place = inst.generic && inst.of && inst.of.noArticle && !inst.of.of && !inst.of.adjectives.length && !inst.adjectives.length && !inst.nat ? inst.of.en : null;
  if (!place) return null;
  if (head === 'Secretary' && AMANAH_PLACES.has(inst.noun ?? '')) return place;
  if (head === 'Leader' && inst.noun === 'جماعه' && inst.country === 'MA') return place;
  return null;
}

/** The title of the head of government of a province `inst` names (a place, or a province noun and its place) in a
 * state that styles it so, or null. */
function provincialPremier(inst: Institution): string | null {
  const place = inst.generic ? (REGION_NOUN_EN.test(inst.en) && inst.of && !inst.of.of && !inst.of.generic ? inst.of : null) : inst;
  if (!place || !place.noArticle || place.nat || place.adjectives.length) return null;
  const state = inst.country ?? place.country;
  return state ? (provincialPremiers[state] ?? null) : null;
}
const REGION_NOUN_EN = /^(Region|State|Province)$/;

function isFeminine(role: Role): boolean {
  return role.head.fem;
}

/** «رئيس هيئة قناة السويس ورئيس مجلس إدارتها»: who heads a body and chairs its board holds, in English, one office (the
 * body's Chairman); the board is named once, by the body. */
function chairsOwnBoard(role: Role, before: Role | undefined): boolean {
  const c = role.complement;
  return !!before && before.complement?.kind === 'inst' && c?.kind === 'inst' && c.inst.possessed === true && c.inst.en === 'Board of Directors' && role.head.en === before.head.en && !role.mods.length && !role.tails.length;
}

/** English of a whole title: stacked roles joined ("Deputy Crown Prince, Second Deputy Prime Minister and Minister of Interior"). */
export function renderTitle(title: Title): string {
  if (!title.formalNames) return renderTitleAsNamed(title);
  const formal = title.formalNames;
  formalNames = formal;
  try {
    return withFormalPlaces(renderTitleAsNamed(title), formal);
  } finally {
    formalNames = null;
  }
}

/** «سفير الدولة لدى الجمهورية الهيلينية»: the state a tail names («لدى», «في») was spelled when the title was parsed, by
 * its short name; where the title writes the formal one, so does the English (Ambassador of the UAE to the Hellenic
 * Republic). */
function withFormalPlaces(s: string, formal: ReadonlyMap<string, string>): string {
  for (const [code, en] of formal) {
    const plain = countryNameEn(code);
    s = s.replace(new RegExp(`\\b(to|in) (the )?${plain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'), `$1 ${en}`);
  }
  return s;
}

function renderTitleAsNamed(title: Title): string {
  // «المستشار X، رئيس الهيئة الوطنية للانتخابات»: a bare «المستشار» before a name that an office in apposition follows
  // is the style of a judge (Egypt's counsellors), not another office of theirs.
  const r0 = title.roles[0];
  // (So is a bare «النائب» before a name that an office of a body follows: «النائب X، عضو مجلس النواب», «النائب X،
  // رئيس لجنة الشؤون الأفريقية», «النائبة X وكيلة اللجنة» — the office says what the member is.)
  const r1 = title.roles[1];
  const bareStyle = r0?.head.bare === 'Counsellor' || (r0?.head.bare === 'MP' && !!r1 && (!!r1.complement || /^Member of .*(House|Parliament|Assembly|Council|Senate|Chamber)/.test(renderRole(r1, title.country))));
  const styled = title.roles.length > 1 && !!r0 && bareStyle && !r0.complement && !r0.nat && !r0.tails.length && !r0.mods.length && r1!.start > r0.end;
  const kept = (styled ? title.roles.slice(1) : title.roles).filter((r, i, all) => !chairsOwnBoard(r, all[i - 1]));
  const parts = kept.map((r, n) => renderRole(n > 0 ? leaderOfState(r) : r, title.country));
  if (parts.length < 2) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * A leader's office named by its nationality alone after another office of its holder («رئيس الاتحاد الإفريقي، الرئيس
 * الغيني»): English names the state after the first office (Head of the African Union and President of Guinea),
 * not its adjective.
 */
function leaderOfState(role: Role): Role {
  if (!role.nat || role.complement || role.tails.length || role.mods.length || !STATE_LEADER.test(role.head.bare ?? role.head.en)) return role;
  return { ...role, nat: null, complement: { kind: 'country', code: role.nat.country } };
}
/**
 * The leaders English names by their state after another office (President of Guinea): narrower than the candidates'
 * LEADER_HEADS (heads of state and government named before their holder); a king's, emir's or prince's second office
 * keeps its nationality as read.
 */
const STATE_LEADER = /^(President|Prime Minister)$/;

// The quotes layer asks the English of the same few titles and bodies for every official it weighs as a speaker: each
// Arabic phrase is parsed and rendered once (the English depends on the phrase alone).
const roleEnglishCache = new Map<string, string | null>();
const institutionEnglishCache = new Map<string, string | null>();
const PHRASE_CACHE_LIMIT = 5000;

/** Roles and institutions in English, composed from the parse. */
export function roleToEnglish(roleAr: string): string | null {
  return cachedIn(roleEnglishCache, roleAr, PHRASE_CACHE_LIMIT, roleToEnglishUncached);
}

function roleToEnglishUncached(roleAr: string): string | null {
  const words = toWords(roleAr);
  if (!words.length) return null;
  const first = parseTitle(words, 0, countryName);
  const title = first && withJoinedOffice(first, words);
  // («النائب عن المحافظة» out of its article names no province: a bare MP.)
  return title ? renderTitle(title).replace(` for ${PROVINCE_PLACEHOLDER}`, '') : null;
}

/**
 * One person's second office after «و», as the officials reader joins it before and after a name: «نائب رئيس الوزراء
 * ووزير الصحة» is "Deputy Prime Minister and Minister of Health". The second office must name its body, and be of
 * another kind than the one before it («وزير الخارجية ووزير الدفاع» is two people more often than one).
 */
function withJoinedOffice(title: Title, words: ReturnType<typeof toWords>): Title {
  const j = title.end;
  if (j >= words.length || words[j]!.punctBefore || !/^و/.test(words[j]!.norm) || title.country || title.roles.length >= 4) return title;
  const more = parseTitle(words, j, countryName);
  if (!more || !more.roles[0]!.complement || !anotherKindOfOffice(title, more)) return title;
  return { ...title, roles: [...title.roles, ...more.roles], end: more.end, country: title.country ?? more.country };
}

/** An institution named in Arabic ("وزارة الخارجية الروسية") in English ("Russian Ministry of Foreign Affairs"). */
export function institutionToEnglish(institutionAr: string): string | null {
  return cachedIn(institutionEnglishCache, institutionAr, PHRASE_CACHE_LIMIT, institutionToEnglishUncached);
}

function institutionToEnglishUncached(institutionAr: string): string | null {
  const words = toWords(institutionAr);
  if (!words.length) return null;
  const parsed = parseInstitution(words, words.map((w) => w.norm), 0, /^(و|ف)?(ل{1,2}|ب)?$/);
  return parsed ? institutionEnglish(parsed.inst, countryName, false) : null;
}
