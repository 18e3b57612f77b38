/**
 * Candidates for a person in the text, left to right: a title shared by several names, "نظيره + nationality",
 * a titled name (styles, ranks, the title grammar, the name after it or before it), and a known name alone.
 */
import { countryName } from '../english/roles';
import type { KnownPerson } from '../gazetteer';
import { isGivenNameAlsoWord, isOrdinaryWord, isPlaceNisba, isWordOfNoLanguage } from '../people/evidence';
import { isAlsoName, isDictionaryEntry, isLexical, isVerbAsWritten, lexicalReading } from '../people/lexicon';
import { isComplementizer, isRelativePronoun, reportingVerb } from '../vocab/reporting';
import { isWeekday, timePhraseLength } from '../vocab/speakers';
import { arabicNameWord, foreignNameWord, inNameDictionaries, originsOfGivenName } from '../vocab/names';
import { otherSenseNationality } from '../vocab/other-sense-nationalities';
import { adjectives, compoundNameEnds, heads, institutionNouns, modifiers, nameParticles, nameStops, placeHeads, places, pluralHeads, portfolios, ranks, sittingNouns, styles } from '../vocab/titles';
import { dualHead, feminineSingular, matchSharedTitle, matchTitleOfTwoCountries } from './dual';
import { leaderBodyNoun } from './leader-body';
import { quotedShortNameEnd, titleOverBodyInMarks } from './body-in-marks';
import { unquotedCompanyNameEnd } from './private-employer';
import { hamzaClash, mayStartKnownName, spelledAs, spelledExactly, spellingVocab, writesListedChain } from './known';
import type { Detection } from './link';
import { isNameWord as isNameWordLookup, matchCountryName, matchNationality, type NationalityMatch, nameWordOf, ordinaryWordOf, reportingVerbOf, inNameDictionariesOf } from './lookups';
import { describingWordSurname, foreignGivenBeforeClose, foreignRun, foreignTailName, rankedForeignPair, hasFamilyNameShape, isForeignWord, looksLikeForeignSurname, placeWithPreposition, readNameAfter, readNameBefore, startsTitle, styledNameBefore, commaOpenedNameBefore, lineageNisba, bareGivenInStyledName, articleGivenInName, somaliFamilyAtClose, sheikhInName, cliticGivenOfSameOrigin, type NameRun } from './names';
import { matchStyle, type Scan } from './scan';
import { ofInternationalBody } from './seat';
import { afterMeetingVerb, anotherKindOfOffice, institutionEnglish, mayStartTitle, namedByGenericNounOnly, objectOfMeetingVerb, parseInstitution, parseTitle, type Title } from './titles';
import { accusativeTitle, appointingBefore, appointedIndefinite, ministryTakenBack, takenMinistry } from './appointments';
import { spellingFacts, toWords, type Word, type WordForm } from './words';
import { nameToEnglish } from '../english/names';
import { stripAl } from '../arabic/article';
import { normalize } from '../arabic/normalize';
import { vietnameseNameLength } from '../vocab/vietnamese';
import { opensAttendanceList } from '../vocab/attendance';
import { ACCOMPANY_VERB } from '../vocab/meetings';
import { isLeaning } from '../vocab/leanings';

/** Heads of state and government: an office whose holder is named right after it. */
const LEADER_HEAD_NAMES = 'President|King|Emir|Prince|Sultan|Prime Minister|Crown Prince';
const LEADER_HEADS = new RegExp(`^(${LEADER_HEAD_NAMES})$`);
/** A role's English that opens with a leader's head («President of Kenya», «Crown Prince of Kuwait»). */
const LEADER_ROLE_EN = new RegExp(`^(?:${LEADER_HEAD_NAMES})\\b`);

/** A known person who has held a leader's office (a president, a king, a prime minister), by the roles we hold. */
function isKnownLeader(person: KnownPerson): boolean {
  return person.roles.some((r) => LEADER_ROLE_EN.test(r.role_en) || /^(?:president|prime_minister|king|emir)$/.test(r.office ?? ''));
}

/** Nouns of places named after people ("مطار الملك خالد", "جامعة الملك سعود"): the title after them names the place. */
const PLACE_NOUNS = new Set(['مطار', 'قاعده', 'مدينه', 'جامعه', 'مستشفي', 'شارع', 'مركز', 'مسجد', 'جامع', 'قصر', 'ميناء', 'جسر', 'موسسه', 'جايزه', 'مجمع', 'ساحه', 'حي', 'مدرسه', 'كليه', 'قاعه', 'محطه', 'ملعب', 'استاد', 'مكتبه']);

/** Nouns whose name after them is a model or make, not a person («طوافات من طراز "سيكورسكي"»). */
const MODEL_NOUNS = new Set(['طراز', 'ماركه']);

/**
 * A name (titled or known) that names a place or a thing after its bearer: «مطار الملك خالد», «مطار رفيق الحريري
 * الدولي», «من طراز "سيكورسكي"» (a quotation mark may stand between). Not after a title, where the noun is its
 * complement.
 */
function namesThing(s: Scan, i: number): boolean {
  const { words, norms } = s;
  const w = words[i]!;
  if (i === 0 || (w.punctBefore && !/^["«“]$/.test(w.punctBefore.trim()))) return false;
  // (A style may stand between the noun and a known name the style does not open: «مركز الملك عبدالله الثاني لتدريب …».)
  if (i > 1 && !w.punctBefore && HONOREE_STYLES.has(norms[i - 1]!) && !words[i - 1]!.punctBefore && namesThing(s, i - 1)) return true;
  return words[i - 1]!.forms.some((f) => PLACE_NOUNS.has(f.form) || MODEL_NOUNS.has(f.form)) && !(i > 1 && startsTitle(words, norms, i - 2));
}

/** Styles of the people places are named after: «مركز الملك …», «مستشفى الأمير …», «جامع الشيخ …». */
const HONOREE_STYLES = new Set(['الملك', 'الملكه', 'الامير', 'الاميره', 'الشيخ', 'الشيخه', 'السلطان', 'الامام']);

/**
 * A word that names a place or a thing, or describes the noun before it, rather than starting a title there.
 * (After a title the noun is its complement: «مدير مكتبه العميد X» is his office's director, no library's name.)
 * (Module-level, not a closure per word of the article: readCandidates asks it of every word that may start a title.)
 */
function afterPlace(s: Scan, i: number): boolean {
  return namesThing(s, i) || describesNoun(s, i) || adjectiveOfBody(s, i);
}

/**
 * A title word that is a given name too, inside a name: with the article right after a name word and before the rest
 * of the name («محمد الأمين ولد آبي», «محمد الأمين بوعلام»), as the name readers take it.
 */
function givenTitleInName(s: Scan, i: number): boolean {
  const { words, norms } = s;
  // (A bare «شيخ» between a given name and name words is the Somali name word, «إلياس شيخ عمر»: no Sheikh's title opens.)
  // (Nor does one at a clitic word that is a given name of the name's own origin: «مامادو لامين ديالو».)
  return articleGivenInName(words, norms, i) || bareGivenInStyledName(words, norms, i) || (i > 0 && sheikhInName(words, norms, i)) || cliticGivenOfSameOrigin(words, norms, i);
}

/** A nisba after an institution noun is its adjective, no style: «للديوان الملكي الهاشمي». */
function adjectiveOfBody(s: Scan, i: number): boolean {
  const { words, norms } = s;
  return i > 0 && !words[i]!.punctBefore && /^ال.+ي$/.test(norms[i]!) && words[i - 1]!.forms.some((f) => institutionNouns.has(stripAl(f.form)));
}

/**
 * The title at word `at` of the article's own words, parsed once per position and mode: readers of one word ask for it
 * in turn (the titled reader, the member's and courtesy titles after an office, appositions, the office before a name).
 * The scan's words do not change after scanText, and no reader changes a title it is given (they copy: `{ ...t, end }`).
 */
function titleAt(s: Scan, at: number, conj = true): Title | null {
  const key = at * 2 + (conj ? 1 : 0);
  let t = s.titles.get(key);
  if (t === undefined) {
    t = parseTitle(s.words, at, countryName, s.norms, conj);
    s.titles.set(key, t);
  }
  return t;
}

/** Every candidate of the article, in text order. */
export function readCandidates(s: Scan): Detection[] {
  const { words, norms, knownAt, detections } = s;
  let i = 0;
  s.lastEnd = 0;
  while (i < words.length) {
    // (What the word's spelling decides, asked by several readers below: looked up once per word.)
    const traits = traitsOf(words[i]!);
    const shared = sharedTitled(s, i, traits);
    if (shared.length) { detections.push(...shared); i = shared[shared.length - 1]!.end; s.lastEnd = i; continue; }
    const respective = respectiveList(s, i, traits);
    if (respective.length) { detections.push(...respective); i = respective[respective.length - 1]!.end; s.lastEnd = i; continue; }
    const members = traits.membership ? membershipList(s, i) : [];
    if (members.length) { detections.push(...members); i = members[members.length - 1]!.end; s.lastEnd = i; continue; }
    const peer = counterpart(s, i, traits) ?? (traits.leads ? delegationLeader(s, i) : null) ?? (traits.ledBy ? ledBy(s, i) : null);
    // (Two counterparts, «نظيريه الإسباني، X، والبرتغالي، Y»: the second follows the first.)
    const second = peer && traits.counterpart && dualCounterpart(words[i]!) ? secondCounterpart(s, peer) : null;
    if (peer) { detections.push(peer, ...(second ? [second] : [])); i = (second ?? peer).end; s.lastEnd = i; continue; }
    // (Asked only of a word that may start a title: most words do not.)
    // (An office given without the article after a name, «تعيين X Y مبعوثة خاصة», is that name's, not a new mention.)
    const given0 = mayStartTitle(words[i]) && appointedIndefinite(words, norms, i) ? appointedBefore(s, i) : null;
    if (given0) { detections.push(given0); i = given0.end; s.lastEnd = i; continue; }
    // (A family name that is a describing word, «حسن الخطيب وزير الاستثمار», closes the name before it: no title opens there.)
    const d = (mayStartTitle(words[i], norms[i + 1] ?? '') || traits.styledOrRanked) && !honorificInName(s, i) && !afterPlace(s, i) && !givenTitleInName(s, i) && !describingWordSurname(words, norms, i, i + 1) ? readTitled(s, i) : null;
    if (d) { detections.push(d, ...s.queued.splice(0)); i = Math.max(d.end, i + 1); s.lastEnd = d.end; continue; }
    const known = traits.mayBeKnown && !/^(بن|ابن|بنت)$/.test(norms[i]!) ? knownAt(i) : null;
    if (known && namesThing(s, i)) { i += Math.max(1, known.length); continue; }
    // A relative named with the person's compound family name is someone else; with a role in apposition, an official.
    // (A title word inside that name was read as a title of no one, «قائد»: that reading goes.)
    const relative = known && known.length === 1 ? relativeOfKnown(s, i, known.person) : null;
    // (So does a kinship word's reading of the given name alone, «نجله حافظ»: the whole name and its role replace it.)
    if (relative !== null && detections.every((d) => d.end <= relative || (d.start >= relative && !d.name) || d.name?.start === relative)) {
      for (let k = detections.length - 1; k >= 0; k--) if (detections[k]!.end > relative) detections.splice(k, 1);
      const run: NameRun = { start: relative, end: i + 1, norms: norms.slice(relative, i + 1), prefixLen: 0 };
      const appo = appositive(s, run.end);
      if (appo) {
        detections.push({ name: run, title: appo, rank: null, start: relative, end: appo.end, known: null, ref: false });
        i = appo.end;
        s.lastEnd = i;
        continue;
      }
      i++;
      continue;
    }
    if (known && known.length >= 1 && spelledAs(known.person, norms.slice(i, i + known.length)) && !(known.length === 1 && (hamzaClash(words[i]!, known.person) || nameGoesOn(s, i + 1) || givenNameBefore(s, i, known.person) || shortOfNamed(s, i) || prepositionOnWord(words[i]!) || suffixedWord(norms[i]!) || namesCountry(s, i)))) {
      const run: NameRun = { start: i, end: i + known.length, norms: norms.slice(i, i + known.length), prefixLen: 0 };
      const bare = words[i]!.forms.find((f) => f.prefix && /^[وفبل]$/.test(f.prefix) && spelledAs(known.person, [f.form]));
      if (bare && !spelledExactly(known.person, norms[i]!)) run.norms[0] = bare.form;
      const appo0 = appositive(s, run.end);
      const appo = appo0 && (!appo0.country || !known.person.country || appo0.country === known.person.country) ? appo0 : null;
      detections.push({ name: run, title: appo, rank: null, start: i, end: appo?.end ?? run.end, known: known.person, ref: false });
      i = appo?.end ?? run.end;
      s.lastEnd = i;
      continue;
    }
    const given = appointedBefore(s, i) ?? takenBack(s, i);
    if (given) { detections.push(given); i = given.end; s.lastEnd = i; continue; }
    const speaker = bareSpeaker(s, i);
    if (speaker) { detections.push(speaker); i = speaker.end; s.lastEnd = i; continue; }
    const predecessor = predecessorNamed(s, i);
    if (predecessor) { detections.push(predecessor); i = predecessor.end; s.lastEnd = i; continue; }
    i++;
  }
  predecessors(s, detections);
  officeNamed(s, detections);
  return detections;
}

/**
 * «احتفظ الفريق أول X بمنصب النائب الأول لرئيس الجمهورية», «يشغل Y منصب وزير الخارجية»: the office named after منصب
 * right after a name is that person's (not after «من منصب», an office left, or «لمنصب», one sought).
 */
function officeNamed(s: Scan, detections: Detection[]): void {
  const { words, norms } = s;
  for (const d of detections) {
    if (!d.name || (d.title && !isHonorificOnly(d.title)) || d.end >= words.length || words[d.end]!.punctBefore) continue;
    if (!/^(ب|في)?منصب$/.test(norms[d.end]!) && !(norms[d.end] === 'في' && norms[d.end + 1] === 'منصب')) continue;
    const at = norms[d.end] === 'في' ? d.end + 2 : d.end + 1;
    if (!words[at] || words[at]!.punctBefore) continue;
    const t = titleAt(s, at, false);
    if (t && !isHonorificOnly(t)) d.title = t;
  }
}

/**
 * «تعيين X وزيراً للإعلام خلفاً للدكتور Y»: the one succeeded held the office given; his role is its former holder's
 * (unless the text gives him a title of his own there).
 */
function predecessors(s: Scan, detections: Detection[]): void {
  const { words, norms } = s;
  for (let n = 0; n + 1 < detections.length; n++) {
    const d = detections[n]!;
    const e = detections[n + 1]!;
    const t = d.title;
    if (!t?.appointed || norms[d.end] !== 'خلفا' || e.start !== d.end + 1 || !e.name || words[e.start]!.punctBefore) continue;
    if (!words[e.start]!.forms.some((f) => f.prefix === 'ل')) continue;
    if (e.title && !isHonorificOnly(e.title)) continue;
    const [r0, ...rest] = t.roles;
    e.title = { ...t, appointed: false, roles: [{ ...r0!, mods: ['Former', ...r0!.mods.filter((m) => m !== 'Former')] }, ...rest] };
  }
}

/**
 * «أعفى سلفه X», «وسلفها X»: the predecessor of the officer the sentence has named with an office held that office
 * before him («تعهد محافظ البنك المركزي الجديد X … أعفى سلفه Y»: Y is a former governor of the bank). The name is
 * read as after a full role; the officer is the last one of the sentence named with an office. (Written with ه, not
 * ة: «سلفة» is a loan.)
 */
function predecessorNamed(s: Scan, i: number): Detection | null {
  const { words, norms, detections } = s;
  if (i === 0 || words[i]!.punctBefore || !/^[وفب]?سلف(?:ه|ها)$/.test(words[i - 1]!.tok.text)) return null;
  const run = readNameAfter(words, norms, i, false, false, true);
  if (!run || run.start !== i || run.end - run.start < 2 || run.end - run.start > 4 || !nameShaped(run.norms)) return null;
  const holder = [...detections].reverse().find((d) => d.name && d.title && !isHonorificOnly(d.title) && d.end <= i && oneSentence(s, d.start, i));
  if (!holder) return null;
  const [r0, ...rest] = holder.title!.roles;
  const title: Title = { ...holder.title!, appointed: false, roles: [{ ...r0!, mods: ['Former', ...r0!.mods.filter((m) => m !== 'Former' && m !== 'New')] }, ...rest] };
  return { name: run, title, rank: null, start: i, end: run.end, known: null, ref: false };
}

/**
 * A name with no title right after a reporting verb or a topic's أما, that the text then describes or quotes
 * («وروت فاطمة آدم، وهي أم لخمسة أطفال، أن …», «أما إبراهيم، وهو نجل أحد الأعيان، فقال …», «وقالت سلمى
 * حداد: …»): someone who speaks and holds no office the text names. A lone first name needs the description.
 */
function bareSpeaker(s: Scan, i: number): Detection | null {
  const { words, norms } = s;
  if (i === 0 || words[i]!.punctBefore) return null;
  const afterVerb = reportingVerbOf(words[i - 1]!) !== null;
  if (!afterVerb && norms[i - 1] !== 'اما') return null;
  // (The name is read only where what must close it stands within its four words: most verbs of saying have none.)
  if (!closerWithin(s, i + 1, i + 4, afterVerb)) return null;
  const run = readNameAfter(words, norms, i, false);
  if (!run || run.start !== i || run.end - run.start > 4 || !allNameWords(run.norms)) return null;
  const next = words[run.end];
  if (!next) return null;
  const described = /^[،,]$/.test(next.punctBefore ?? '') && /^(وهو|وهي)$/.test(norms[run.end]!);
  const says = afterVerb && (/^[:：]$/.test(next.punctBefore ?? '') || (!next.punctBefore && isComplementizer(norms[run.end]!)));
  // «عبد الله» is one given name: alone it may be anyone the article named, so it needs the description too.
  const names = run.norms.filter((w, k) => !(k > 0 && (run.norms[k - 1] === 'عبد' || nameParticles.has(run.norms[k - 1]!)))).length;
  if (!described && !(says && names >= 2)) return null;
  return { name: run, title: null, rank: null, start: i, end: run.end, known: null, ref: false, bareSpeaker: true };
}

/**
 * A word in [from, to] that may close a bare speaker's name as bareSpeaker asks: «، وهو/وهي» (a description), or,
 * after a verb of saying, a colon or «أن/إن» (the words said).
 */
function closerWithin(s: Scan, from: number, to: number, afterVerb: boolean): boolean {
  const { words, norms } = s;
  for (let e = from; e <= to && e < words.length; e++) {
    const punct = words[e]!.punctBefore ?? '';
    if (/^[،,]$/.test(punct) && /^(وهو|وهي)$/.test(norms[e]!)) return true;
    if (afterVerb && (/^[:：]$/.test(punct) || (!punct && isComplementizer(norms[e]!)))) return true;
  }
  return false;
}

/**
 * A describing noun that is an adjective of the indefinite noun before it ("مؤتمر صحافي", "بيان صحفي"): no person.
 */
function describesNoun(s: Scan, i: number): boolean {
  const { words, norms } = s;
  const w = words[i]!;
  const prev = norms[i - 1];
  if (!prev || w.punctBefore || w.norm.startsWith('ال') || !heads.match(w.norm, norms, i)?.value.person) return false;
  return prev.length >= 3 && !/^(ال|[وفبل])/.test(prev) && isLexical(prev) && !isVerbAsWritten(prev) && !startsTitle(words, norms, i - 1);
}

/** A country's name, a conjunction or preposition glued or not ("وكوريا الجنوبية" is no Correa). */
function namesCountry(s: Scan, i: number): boolean {
  const rest = s.norms.slice(i + 1, i + 4);
  return s.words[i]!.forms.some((f) => !!matchCountryName([f.form, ...rest], 0));
}

/** A word the lexicon reads only as a noun with a suffix ("ولايتي", my term of office): no surname alone. */
function suffixedWord(norm: string): boolean {
  return lexicalReading(norm) === 'word' && !isDictionaryEntry(norm) && !isAlsoName(norm);
}

/** A word's consonants: spellings of one given name differ in their long vowels («إيمانويل», «إمانويل»). */
const skeleton = (w: string) => w.replace(/[اويىهةءأإآ]/g, '');

/**
 * A one-word known name right after another given name, none of the known person's in any spelling («أليسون هولاند»
 * is not François Hollande, «كريستينا لاسن» no Lassen the gazetteer knows): the surname of someone else.
 */
function givenNameBefore(s: Scan, i: number, person: KnownPerson): boolean {
  const { words, norms } = s;
  if (i === 0 || words[i]!.punctBefore || /^[وف]/.test(norms[i]!) && !spelledExactly(person, norms[i]!)) return false;
  // (The given name may open a list item with its «و»: «، وفرناندو غراندي …», «، ونبيلة الزياني».)
  const prev = conjoinedGivenName(words[i - 1]!) ?? norms[i - 1]!;
  // (An article as written opens no given name; «أليسون» folds to «اليسون» and has none.)
  const article = prev.startsWith('ال') && !/^[أإآ]/.test(words[i - 1]!.tok.text);
  if (prev.length < 3 || article || nameParticles.has(prev) || prev === 'عبد' || !isNameWordLookup(prev) || isOrdinaryWord(prev) || startsTitle(words, norms, i - 1)) return false;
  const vocab = spellingVocab(person);
  return !vocab.has(prev) && ![...vocab].some((w) => skeleton(w) === skeleton(prev));
}

/** «ونبيلة»: the given name behind a glued «و»/«ف» when the word whole is no name word and the rest is one. */
function conjoinedGivenName(w: Word): string | null {
  if (!/^[وف]/.test(w.norm) || nameWordOf(w)) return null;
  const f = w.forms.find((x) => /^[وف]$/.test(x.prefix) && x.form.length >= 3 && isNameWordLookup(x.form) && !isOrdinaryWord(x.form));
  return f ? f.form : null;
}

/**
 * A one-word known name that closes the tail of the person's full spelling — the middle words of a compound family
 * name, title words among them («قائد» of «الباجي قائد السبسي») — after another given name none of the person's
 * spellings holds: a relative who bears the same compound name («حافظ قائد السبسي»). Returns where that name starts.
 */
function relativeOfKnown(s: Scan, i: number, person: KnownPerson): number | null {
  const { words, norms } = s;
  const vocab = spellingVocab(person);
  for (const full of person.names_ar) {
    const ws = normalize(full).split(/\s+/);
    // (The tail: at least one word before the short form, none the given name the spelling opens with.)
    for (let m = 1; m < ws.length - 1; m++) {
      const g = i - m - 1;
      if (g < 0 || ws[ws.length - 1] !== norms[i]) continue;
      const tail = ws.slice(ws.length - 1 - m, ws.length - 1);
      if (!tail.every((w, k) => norms[g + 1 + k] === w)) continue;
      if (words.slice(g + 1, i + 1).some((w) => w.punctBefore)) continue;
      const given = norms[g]!, gw = words[g]!;
      const article = given.startsWith('ال') && !/^[أإآ]/.test(gw.tok.text);
      if (given.length < 3 || article || /^[وفبل]/.test(given) && !arabicNameWord(given) || vocab.has(given) || nameParticles.has(given) || given === 'عبد') continue;
      if (!(arabicNameWord(given) !== undefined || isNameWordLookup(given))) continue;
      return g;
    }
  }
  return null;
}

/** A preposition glued to a dictionary word ("لبحوث" is for research, not Bahous). */
function prepositionOnWord(w: Word): boolean {
  return w.forms.some((f) => /^[بلك]$/.test(f.prefix) && lexicalReading(f.form) === 'word' && !isAlsoName(f.form));
}

/**
 * A one-word known name that another name word follows is someone else's first name ("زامير كابولوف" is not
 * Eyal Zamir): the next word is a name word or has a foreign surname's ending, with no punctuation between.
 */
/**
 * A word and the one after it that a name the article gave earlier holds together: «غراندي مارلاسكا» after «فرناندو
 * غراندي مارلاسكا» is that minister again, not a known Grandi.
 */
function shortOfNamed(s: Scan, i: number): boolean {
  const { words, norms, detections } = s;
  if (!words[i + 1] || words[i + 1]!.punctBefore) return false;
  const [a, b] = [norms[i]!, norms[i + 1]!];
  return detections.some((d) => !!d.name && d.name.norms.some((w, k) => k > 0 && w === a && d.name!.norms[k + 1] === b));
}

function nameGoesOn(s: Scan, k: number): boolean {
  const { words, norms } = s;
  const w = words[k];
  if (!w || w.punctBefore || ordinaryWordOf(w) || startsTitle(words, norms, k)) return false;
  return (nameWordOf(w) && !/^[وف]/.test(w.norm)) || looksLikeForeignSurname(w.norm);
}

/** "وزيري الخارجية والدفاع الأمريكيين أنتوني بلينكن ولويد أوستن": one detection per name, with its own portfolio. */
function sharedTitled(s: Scan, i0: number, traits = traitsOf(s.words[i0]!)): Detection[] {
  const { words, norms } = s;
  if (!traits.sharesTitle) return [];
  const st = words[i0]!.norm.length > 4 ? matchSharedTitle(words, norms, i0) : null;
  if (!st) {
    // (A short head in the dual is read by the pair and plural readers only: «عضوي مجلس السيادة X وY».)
    const pairAndPlural = [oneTitleTwoNames, pluralTitled, pluralByPlace];
    const readers = words[i0]!.norm.length <= 4 ? pairAndPlural : [titledByTwoCountries, titledInTurn, ...pairAndPlural];
    for (const read of readers) {
      const found = read(s, i0);
      if (found.length) return found;
    }
    return [];
  }
  const nat = st.nat ? matchNationality(norms, st.end - 1) : null;
  const out: Detection[] = [];
  let k = st.end;
  for (let n = 0; n < st.portfolios.length; n++) {
    const run = n === 0 ? readNameAfter(words, norms, k, true, false, true) : readNameAfter(words, norms, k, false, false, true, true);
    if (!run) break;
    const tw = toWords(`${st.head} ${st.portfolios[n]}`);
    const parsed = parseTitle(tw, 0, countryName, tw.map((w) => w.norm));
    if (!parsed) break;
    const roles = parsed.roles.map((r) => ({ ...r, nat: nat ?? r.nat, start: st.start, end: st.end }));
    const t: Title = { roles, start: st.start, end: st.end, country: nat?.country ?? parsed.country };
    const known = knownRun(s, run);
    out.push({ name: known.run, title: t, rank: null, start: n === 0 ? st.start : run.start, end: known.run.end, known: known.person, ref: false });
    k = known.run.end;
  }
  return out.length === st.portfolios.length ? out : [];
}

/**
 * What readCandidates asks of every word that only its spelling decides, once per spelling (by the word's forms
 * array, which words of one spelling share) rather than by each reader in turn:
 * - sharesTitle: a head in the dual (every shared-title reader asks dualHead or dualTitleForm first) or in the plural
 *   (pluralTitled, pluralByPlace);
 * - styledOrRanked: a form is an honorific style or a rank;
 * - mayBeKnown: it may start a known person's name;
 * - counterpart: «نظيره», «نظيرتها»;
 * - respectiveHead: the singular head of a plural title word, for «وزراء X وY وهم على التوالي» (respectiveList);
 * - membership, leads, ledBy: the word membershipList, delegationLeader or ledBy needs first («عضويته», «يترأس»,
 *   «برئاسة», «التي» / «فيترأسه»).
 */
interface SpellingTraits {
  sharesTitle: boolean; styledOrRanked: boolean; mayBeKnown: boolean; counterpart: boolean; respectiveHead: string | undefined;
  membership: boolean; leads: boolean; ledBy: boolean;
}
function traitsOf(w: Word): SpellingTraits {
  const facts = spellingFacts(w.forms);
  let traits = facts.traits as SpellingTraits | undefined;
  if (!traits) {
    traits = {
      sharesTitle: dualHead(w) !== null || dualTitleForm(w) !== null || !!pluralForm(w),
      styledOrRanked: w.forms.some((f) => styles.has(f.form) || ranks.has(f.form)),
      mayBeKnown: mayStartKnownName(w),
      counterpart: w.forms.some((f) => COUNTERPART.test(f.form)),
      respectiveHead: w.forms.map((f) => pluralHeads.get(f.form.replace(/^ال/, ''))).find((h) => h),
      membership: MEMBERSHIP.test(w.norm),
      leads: LEADS.test(w.norm),
      ledBy: RELATIVE.has(w.norm) || (w.norm.startsWith('ف') && LED_BY_VERB.test(w.norm.slice(1))) || LED_BY.has(w.norm),
    };
    facts.traits = traits;
  }
  return traits;
}

/** "وزيرا الداخلية عبد الأمير الشمري والدفاع ثابت العباسي": a dual head, then each portfolio with its own name. */
function titledInTurn(s: Scan, i0: number): Detection[] {
  const { words, norms } = s;
  const head = dualHead(words[i0]!);
  if (!head) return [];
  const out: Detection[] = [];
  let k = i0 + 1;
  for (let n = 0; n < 2; n++) {
    if (!words[k] || words[k]!.punctBefore || (n === 1 && !/^و/.test(norms[k]!))) return [];
    const bare = n === 1 ? norms[k]!.slice(1) : norms[k]!;
    // The table reads the first word from `bare` and only the words after it from norms.
    const pf = bare.startsWith('ال') ? portfolios.match(bare, norms, k) : null;
    if (!pf) return [];
    const portfolio = [bare, ...norms.slice(k + 1, k + pf.length)].join(' ');
    const run = readNameAfter(words, norms, k + pf.length, false, false, true);
    if (!run) return [];
    const tw = toWords(`${head} ${portfolio}`);
    const parsed = parseTitle(tw, 0, countryName, tw.map((w) => w.norm));
    if (!parsed || parsed.end !== tw.length) return [];
    const start = n === 0 ? i0 : k;
    const t: Title = { ...parsed, roles: parsed.roles.map((r) => ({ ...r, start, end: k + pf.length })), start, end: k + pf.length };
    const known = knownRun(s, run);
    out.push({ name: known.run, title: t, rank: null, start, end: known.run.end, known: known.person, ref: false });
    k = known.run.end;
  }
  return out;
}

/** A name right after word k, perhaps after styles and honorifics. */
function nameFollows(scan: Scan, k: number): boolean {
  const { words, norms, knownAt } = scan;
  let j = k;
  // Styles and honorifics may come first ("السيد", "الشيخ", "الأمير").
  for (let guard = 0; guard < 3; guard++) {
    const style = matchStyle(words, norms, j);
    const honorific = style ? null : titleAt(scan, j, false);
    if (style) j += style.length;
    else if (honorific && isHonorificOnly(honorific)) j = honorific.end;
    else break;
  }
  const known = knownAt(j, true);
  if (readNameAfter(words, norms, j, false, false, true) || (!!known && known.length >= 2)) return true;
  // (After a body's quoted name: «ورئيس حزب «قلب تونس» نبيل القروي».)
  // (… or where the title read the body's quoted name whole, up to its closing mark.)
  const end = quotedBody(scan, j)?.end ?? (/^["»”]$/.test(words[j]?.punctBefore ?? '') ? j : null);
  const after = end !== null ? readNameAfter(words.map((w, k) => (k === end ? { ...w, punctBefore: null } : w)), norms, end, false, false, true) : null;
  return !!after && after.end - after.start >= 2;
}

/**
 * A name of two to four words set off by commas at word j, as the holder's after a single office is read: «المتحدث باسم
 * الحكومة ووزير التجارة، عبدو كريم فوفانا، إن …».
 */
function nameBetweenCommasAt(scan: Scan, j: number): boolean {
  const { words, norms } = scan;
  if (!/^[،,]$/.test(words[j]?.punctBefore ?? '')) return false;
  const run = readNameAfter(words, norms, j, true);
  if (!run || run.start !== j || run.end - run.start < 2 || run.end - run.start > 4) return false;
  return /^[،,]$/.test(words[run.end]?.punctBefore ?? '');
}

/** «وهم على التوالي», «وهما على التوالي»: the names after it hold the offices before it, in order. */
const RESPECTIVELY = /^و(هم|هما|هن)$/;

/**
 * An office in the plural over several places or bodies, then the holders «respectively»: «ولاة الطارف وسوق أهراس
 * وتبسة والوادي، وهم على التوالي محمد بلكاتب، وعبد الوهاب مولاي، …» — each name holds the office of its place, in
 * order. Only where there are as many names as places, and each office reads whole.
 */
function respectiveList(s: Scan, i0: number, traits = traitsOf(s.words[i0]!)): Detection[] {
  const { words, norms } = s;
  const single = traits.respectiveHead;
  if (!single) return [];
  // The places, each opened by «و» after the first, up to the comma before «وهم على التوالي».
  const items: number[][] = [];
  let k = i0 + 1;
  while (k < words.length && items.length <= 8) {
    const w = words[k]!;
    if (k > i0 + 1 && w.punctBefore) break;
    if (k === i0 + 1 || /^و/.test(w.norm)) items.push([k]);
    else items[items.length - 1]!.push(k);
    if (items[items.length - 1]!.length > 3) return [];
    k++;
  }
  if (items.length < 2 || !RESPECTIVELY.test(norms[k] ?? '') || norms[k + 1] !== 'علي' || norms[k + 2] !== 'التوالي') return [];
  if (words[k + 1]!.punctBefore || words[k + 2]!.punctBefore) return [];
  // (A place the vocabulary does not know gives its holder no office here: the name keeps its place in the order.)
  const titles: (Title | null)[] = [];
  for (const [n, item] of items.entries()) {
    const text = item.map((j, m) => (m === 0 && n > 0 ? words[j]!.tok.text.replace(/^و/, '') : words[j]!.tok.text)).join(' ');
    const tw = toWords(`${single} ${text}`);
    const parsed = parseTitle(tw, 0, countryName, tw.map((w) => w.norm));
    const whole = !!parsed && parsed.end === tw.length && !!parsed.roles[0]?.complement;
    titles.push(whole ? { ...parsed!, roles: parsed!.roles.map((r) => ({ ...r, start: i0, end: item[item.length - 1]! + 1 })), start: i0, end: item[item.length - 1]! + 1 } : null);
  }
  if (titles.every((t) => !t)) return [];
  const out: Detection[] = [];
  let at = k + 3;
  for (const [n, t] of titles.entries()) {
    const run = n === 0 ? readNameAfter(words, norms, at, false, false, true) : readNameAfter(words, norms, at, true, false, true, true);
    if (!run) return [];
    const known = knownRun(s, run);
    if (t) out.push({ name: known.run, title: t, rank: null, start: n === 0 ? i0 : run.start, end: known.run.end, known: known.person, ref: false });
    at = known.run.end;
  }
  return out;
}

/** "وزيرا خارجية مصر والسودان، سامح شكري والدرديري محمد أحمد": each name holds the office of its country, in order. */
function titledByTwoCountries(s: Scan, i0: number): Detection[] {
  const { words, norms } = s;
  const st = matchTitleOfTwoCountries(words, norms, i0);
  if (!st) return [];
  const out: Detection[] = [];
  let k = st.end;
  for (let n = 0; n < 2; n++) {
    const run = n === 0 ? readNameAfter(words, norms, k, true, false, true) : readNameAfter(words, norms, k, false, false, true, true);
    if (!run) return [];
    const tw = toWords(st.singles[n]!);
    const parsed = parseTitle(tw, 0, countryName, tw.map((w) => w.norm));
    if (!parsed || parsed.end !== tw.length) return [];
    const t: Title = { ...parsed, roles: parsed.roles.map((r) => ({ ...r, start: st.start, end: st.end })), start: st.start, end: st.end };
    const known = knownRun(s, run);
    out.push({ name: known.run, title: t, rank: null, start: n === 0 ? st.start : run.start, end: known.run.end, known: known.person, ref: false });
    k = known.run.end;
  }
  return out;
}

/** The known person a name after a title stands for; the name grows to the person's spelling ("حسين" + "أمير عبد اللهيان"). */
function knownRun(s: Scan, run: NameRun): { run: NameRun; person: KnownPerson | null } {
  const { norms, knownAt } = s;
  const known = knownAt(run.start, true);
  if (!known || known.length < run.end - run.start - 1) return { run, person: null };
  const len = Math.max(known.length, run.end - run.start);
  const all = norms.slice(run.start, run.start + len);
  all[0] = run.norms[0]!;
  if (!spelledAs(known.person, all)) return spelledAs(known.person, run.norms) ? { run, person: known.person } : { run, person: null };
  return { run: { ...run, end: run.start + len, norms: all }, person: known.person };
}

/** An honorific-looking word that is part of a known person's own name: "أمير عبد اللهيان". */
function honorificInName(s: Scan, i0: number): boolean {
  const { words, norms, knownAt } = s;
  if (!mayStartKnownName(words[i0]!)) return false;
  const k = knownAt(i0);
  return !!k && k.length >= 2 && spelledExactly(k.person, norms[i0]!) && spelledAs(k.person, norms.slice(i0, i0 + k.length));
}

const LEADS = /^[وف]?(يت|ت|ي)راس$/;
const HEAD_OF = toWords('رئيس')[0]!;

/** "فيما يرأس وفد طالبان الملا عبد الغني برادر": the one who leads a delegation holds "رئيس وفد طالبان". */
function delegationLeader(s: Scan, i: number): Detection | null {
  const { words, norms } = s;
  if (!LEADS.test(norms[i]!) || !/^(ال)?وفد$/.test(norms[i + 1] ?? '') || words[i + 1]!.punctBefore) return null;
  const ws = words.slice();
  const ns = norms.slice();
  ws[i] = { ...HEAD_OF, tok: words[i]!.tok, punctBefore: null };
  ns[i] = HEAD_OF.norm;
  const t0 = parseTitle(ws, i, countryName, ns);
  if (!t0 || t0.end <= i + 1) return null;
  // The leader's own office after the delegation is his title: "وترأس الوفد الحكومي نائب رئيس مجلس السيادة X".
  let own: Title | null = null;
  for (let m = i + 2; m < Math.min(t0.end, i + 5) && !own; m++) {
    const o = !words[m]!.punctBefore && mayStartTitle(words[m]) ? titleAt(s, m) : null;
    if (o && o.end >= t0.end) own = o;
  }
  // (The delegation's nationality is his: "وترأس الوفد الأردني وزير الخارجية X" is the Jordanian foreign minister.)
  const c0 = t0.roles[0]!.complement;
  const nat = c0?.kind === 'inst' ? c0.inst.nat : null;
  const t = !own ? t0 : nat && !own.country && !own.roles[0]!.nat ? { ...own, country: nat.country, roles: [{ ...own.roles[0]!, nat }, ...own.roles.slice(1)] } : own;
  let k = t.end;
  const style = matchStyle(words, norms, k);
  if (style) k += style.length;
  const run = readNameAfter(words, norms, k, true, false, true);
  if (!run) return null;
  const known = knownRun(s, run);
  // (With no office before the name, the name's own office in apposition is his title: «وترأس الوفد المصري الدكتور X
  // وزير الري» is the minister, who heads the delegation.)
  const appo = own ? null : appositive(s, known.run.end);
  if (appo) return { name: known.run, title: appo, rank: null, start: i + 1, end: appo.end, known: known.person, ref: false };
  return { name: known.run, title: own ? t : { ...t, start: i + 1 }, rank: null, start: i + 1, end: known.run.end, known: known.person, ref: false };
}

const INCLUDES = /^[وف]?[يت]?ضم$/;
const MEMBERSHIP = /^عضويت(ه|ها|هما|هم)$/;
const MEMBERS = toWords('الأعضاء')[0]!;

/**
 * «ويضم في عضويته X وY وZ», «وتضم في عضويتها …»: a delegation's or a body's members, listed by name alone; each holds
 * the plural's singular, as «ويضم الأعضاء X وY» would give it.
 */
function membershipList(s: Scan, i: number): Detection[] {
  const { words, norms } = s;
  if (i < 2 || !MEMBERSHIP.test(norms[i]!) || norms[i - 1] !== 'في' || !INCLUDES.test(norms[i - 2]!) || words[i]!.punctBefore || words[i - 1]!.punctBefore) return [];
  const ws = words.slice();
  const ns = norms.slice();
  ws[i] = { ...MEMBERS, tok: words[i]!.tok, punctBefore: null };
  ns[i] = MEMBERS.norm;
  const found = pluralTitled(s, i, ws, ns);
  // (A delegation's members, «يترأس الوفد X، ويضم في عضويته Y وZ», are members of the delegation.)
  if (!found.length || !delegationBefore(norms, i - 2)) return found;
  const parsed = parseTitle(DELEGATION_MEMBER, 0, countryName, DELEGATION_MEMBER.map((w) => w.norm));
  if (!parsed) return found;
  const t: Title = { ...parsed, roles: parsed.roles.map((r) => ({ ...r, start: i, end: i + 1 })), start: i, end: i + 1 };
  return found.map((d) => ({ ...d, title: t }));
}

const DELEGATION_MEMBER = toWords('عضو الوفد');

/** «وفد» or «الوفد» among the dozen words before word `to`, as the subject of its list of members. */
function delegationBefore(norms: string[], to: number): boolean {
  for (let k = Math.max(0, to - 12); k < to; k++) if (/^[وف]?(ال)?وفد$/.test(norms[k]!)) return true;
  return false;
}

/** A body's sitting with its own pronoun: «جلسته», «اجتماعها», «أعمالها», «اجتماعاتهم». */
function sitting_(norm: string): boolean {
  const m = /^(.{3,}?)(ه|ها|هم)$/.exec(norm);
  if (!m) return false;
  const stem = m[1]!.replace(/ت$/, 'ه');
  return sittingNouns.has(stem) || sittingNouns.has(m[1]!);
}

/** «بقيادة», «بزعامة», «برئاسة»: led by, under the leadership or chairmanship of; the head each makes of the body before. */
// (A Map: an object looked up by a word not among its keys costs far more, and this is asked at every word.)
const LED_BY = new Map<string, string>([['بقياده', 'زعيم'], ['بزعامه', 'زعيم'], ['برياسه', 'رئيس']]);
const DELEGATION = /^(وفد|بعثه)$/;
/** The ranks of officers and judges, which say what a holder is but not what he heads. */
const SERVICE_RANK = /\b(General|Colonel|Major|Captain|Lieutenant|Marshal|Admiral|Judge)\b/;
/** «الذي», «التي»: the relative pronouns a «led by» clause opens with. */
const RELATIVE = new Set(['الذي', 'التي']);
/** «يتزعمه», «تتزعمها», «يقوده», «تقودها», «يرأسه», «ترأسها», «يترأسه»: leads or chairs it (him, her); group 1 «را» for chairs. */
const LED_BY_VERB = /^[يت](?:تزعم|قود|(ت?را)س)(?:ه|ها)$/;

/**
 * «الحركة الشعبية لتحرير السودان بقيادة X Y», «تحالف الفتح بزعامة X Y», «وفد من الصندوق برئاسة X Y»: a name with no
 * title of its own right after «led by» heads the body named before it (Leader of the alliance; Head of …) — a body
 * the title grammar reads up to the word before, or none (a bare Leader, Head). Two name words or more.
 */
function ledBy(s: Scan, i: number): Detection | null {
  const { words, norms } = s;
  // «الحزب الذي تتزعمه X», «المعارضة التي يقودها X», «اللجنة التي يرأسها X»: a relative clause says the same as «بزعامة X».
  const rel = RELATIVE.has(norms[i]!) && words[i + 1] && !words[i + 1]!.punctBefore ? LED_BY_VERB.exec(norms[i + 1]!) : null;
  // (So does the answer of «أما» with its ف: «أما وفد المجلس فيترأسه X».)
  const answer = !rel && norms[i]!.startsWith('ف') ? LED_BY_VERB.exec(norms[i]!.slice(1)) : null;
  const verb = rel ?? answer;
  const next = rel ? i + 2 : i + 1;
  // (A courtesy style may stand before the name: «برئاسة الدكتور X».)
  const style = words[next] && !words[next]!.punctBefore ? matchStyle(words, norms, next) : null;
  // (After a relative clause an officer's or a judge's rank may too: «لقوة الساحل، التي يقودها الجنرال الموريتاني X»,
  // «المجلس، الذي يرأسه القاضي X» — the rank says what he is, the clause what he heads; an officer leads as Commander.
  // Not an office's rank, «الذي يرأسه الرئيس X», whose own office is the title.)
  const serviceRank = rel && !!style?.rank && SERVICE_RANK.test(style.rank);
  if (style?.rank && !serviceRank) return null;
  const head = verb ? (verb[1] ? 'رئيس' : serviceRank && style!.rank !== 'Judge' ? 'قائد' : 'زعيم') : LED_BY.get(norms[i]!);
  if (!head) return null;
  let at = next + (style?.length ?? 0);
  // (The officer's nationality between rank and name is no name word: «الجنرال الموريتاني X».)
  if (serviceRank && words[at] && !words[at]!.punctBefore && matchNationality(norms, at)) at += matchNationality(norms, at)!.length;
  // (So may a member of parliament's bare title: «حزب الحرية بزعامة النائب X Y» — who leads it sits for it.)
  // (Not «برئاسة»: a committee chaired by a member is named by its chair's seat, lib/delegations.)
  const member = style || head !== 'زعيم' ? null : bareMember(s, at);
  if (member) at = member.end;
  if (!head || !words[at] || words[at]!.punctBefore || startsTitle(words, norms, at) || matchStyle(words, norms, at)) return null;
  // (Where the name lists read no name or one they cannot vouch for, the two or three words up to a comma and a full
  // office in apposition are the name: «برئاسة» says a person follows and the office where the name ends — «برئاسة
  // روبيرتو كارديريلي، رئيس البعثة».)
  const read = readNameAfter(words, norms, at, false, false, true);
  const byOffice = nameBeforeCommaOffice(s, at);
  const run = read ?? byOffice;
  if (!run || run.start !== at || run.end - run.start < 2 || run.end - run.start > 4) return null;
  if (!nameShaped(run.norms) && !(byOffice && byOffice.end === run.end)) return null;
  if (matchCountryName(norms, at) || isPlaceName(norms, run)) return null;
  // The body before, as long as the grammar reads all of it: «زعيم تحالف الفتح» → Leader of the Fatah Alliance.
  let t: Title | null = null;
  for (let k = Math.max(0, i - 7); k < i && !t; k++) {
    // (A body's name may stand in quotation marks: «تحالف «الفتح» بزعامة X».)
    // (A comma may set «برئاسة X» off the body: «عقدت لجنة الشؤون الصحية بمجلس النواب، برئاسة X، اجتماعا».)
    if (words.slice(k + 1, i + 1).some((w, n) => w.punctBefore && !/^["«»“”]$/.test(w.punctBefore) && !(k + 1 + n === i && /^[،,]$/.test(w.punctBefore)))) continue;
    // (A delegation or mission before is what the name heads: «وفد من صندوق النقد الدولي برئاسة X» is the delegation's
    // head, not the Fund's.)
    const delegation = words[k]!.forms.find((f) => /^[وف]?$/.test(f.prefix) && DELEGATION.test(stripAl(f.form)));
    // (The body a relative clause follows may stand after a preposition: «بلاغ للمجلس الوطني لحقوق الإنسان، الذي
    // يرأسه X», «لقوة الساحل، التي يقودها …» — the clause is about the body all the same.)
    const prefix = rel ? /^[وف]?[لب]?$/ : /^[وف]?$/;
    const first = delegation ?? words[k]!.forms.find((f) => prefix.test(f.prefix) && institutionNouns.has(stripAl(f.form)));
    if (!first) continue;
    // (The body's sitting with its pronoun ends its name: «عقدت اللجنة المشتركة اجتماعها الطارئ برئاسة X».)
    const sitting = words.slice(k + 1, i).findIndex((w) => sitting_(w.norm));
    const bodyEnd = sitting < 0 ? i : k + 1 + sitting;
    const tw = toWords([delegation ? 'رئيس' : head, first.form, ...words.slice(k + 1, bodyEnd).map((w) => w.tok.text)].join(' '));
    const parsed = parseTitle(tw, 0, countryName, tw.map((w) => w.norm));
    const whole = parsed && describedToEnd(tw, parsed.end) && parsed.roles.length === 1 && parsed.roles[0]!.complement ? parsed : null;
    const read = whole ?? (delegation ? parseTitle(toWords(`رئيس ال${stripAl(delegation.form)}`), 0, countryName, toWords(`رئيس ال${stripAl(delegation.form)}`).map((w) => w.norm)) : null);
    if (read) t = { ...read, roles: read.roles.map((r) => ({ ...r, start: k, end: i + 1 })), start: k, end: i + 1 };
  }
  // (With no body read, a known person keeps the office the gazetteer knows rather than a bare Leader.)
  if (!t && knownRun(s, run).person) {
    const known = knownRun(s, run);
    return { name: known.run, title: null, rank: null, start: at, end: known.run.end, known: known.person, ref: false };
  }
  if (!t) {
    const tw = toWords(head);
    const parsed = parseTitle(tw, 0, countryName, tw.map((w) => w.norm), false);
    if (!parsed) return null;
    t = { ...parsed, roles: parsed.roles.map((r) => ({ ...r, start: i, end: i + 1 })), start: i, end: i + 1 };
  }
  const known = knownRun(s, run);
  // (The name's own office in apposition says more: «برئاسة X، الرئيسة المشتركة للمجلس».)
  const appo = appositive(s, known.run.end);
  if (appo) return { name: known.run, title: appo, rank: null, start: i, end: appo.end, known: known.person, ref: false };
  if (member) {
    // (A bare Leader says less than the member's own title: the title alone then, found where it stands.)
    if (!t.roles[0]!.complement) return null;
    t = { ...t, roles: [...member.roles, ...t.roles] };
  }
  return { name: known.run, title: t, rank: null, start: i, end: known.run.end, known: known.person, ref: false };
}

/**
 * The body's name read up to word `end`, or up to describing adjectives that close it: «حزب الحرية اليميني المتطرف»,
 * «الحزب الشيوعي المعارض» — a leaning (a nisba, «اليميني», «اليسارية») or a participle («المتطرف», «المعارض»).
 */
function describedToEnd(tw: Word[], end: number): boolean {
  return tw.slice(end).every((w) => !w.punctBefore && DESCRIBING.test(w.norm));
}
const DESCRIBING = /^ال(.{3,}يه?|م.{3,}|حاكم)$/;

/** A member of parliament's bare title at word k («النائب», «النائبة»), with a word after it: the title, or null. */
function bareMember(s: Scan, k: number): Title | null {
  const { words, norms } = s;
  if (!words[k] || words[k]!.punctBefore || !startsTitle(words, norms, k)) return null;
  const t = titleAt(s, k, false);
  const r = t?.roles.length === 1 ? t.roles[0]! : null;
  const bare = !!r && r.head.bare === 'MP' && !r.complement && !r.tails.length && !r.nat && !r.mods.length;
  return bare && t!.end === k + 1 && words[t!.end] && !words[t!.end]!.punctBefore ? t : null;
}

/** «نظيره», «نظيرتها», and the dual «نظيريه», «نظيرتيه» (two counterparts), as written without a clitic before. */
const COUNTERPART = /^نظير(ه|ته|ها|تها|يه|تيه|يها|تيها)$/;
const DUAL_COUNTERPART = /^نظير(يه|تيه|يها|تيها)$/;
const dualCounterpart = (w: Word) => w.forms.some((f) => DUAL_COUNTERPART.test(f.form));

/** "ونظيره الإيراني X": X holds the office of the person before, for another country. */
function counterpart(s: Scan, i0: number, traits = traitsOf(s.words[i0]!)): Detection | null {
  const { words, norms } = s;
  if (!traits.counterpart) return null;
  // (A counterpart is of a state: «نظيره المالي» is Malian, not financial.)
  const nat = i0 + 1 < words.length && !words[i0 + 1]!.punctBefore ? matchNationality(norms, i0 + 1) ?? otherSenseNationality(norms[i0 + 1]) : null;
  // (Two counterparts need a nationality each.)
  if (!nat && dualCounterpart(words[i0]!)) return null;
  const office = heldOffice(s, i0);
  if (!office) return null;
  return counterpartNamed(s, i0, office, nat, i0 + 1 + (nat?.length ?? 0));
}

/**
 * «نظيريه الإسباني، السيد X، والبرتغالي، السيد Y», «بنظيريه الروسي X والأوكراني Y»: the second of two counterparts, a
 * nationality joined by «و» right after the first one's name (a comma may stand between), then his own name; he holds
 * the same office for his own state.
 */
function secondCounterpart(s: Scan, first: Detection): Detection | null {
  const { words, norms } = s;
  const k = first.end, w = words[k];
  if (!w || (w.punctBefore && !/^[،,]$/.test(w.punctBefore)) || !/^و/.test(norms[k]!) || !first.title?.roles[0]?.nat) return null;
  const bare = w.forms.find((f) => f.prefix === 'و')?.form;
  const nat = bare ? matchNationality([bare, ...norms.slice(k + 1, k + 4)], 0) : null;
  if (!nat || nat.country === first.title.country) return null;
  return counterpartNamed(s, k, first.title, nat, k + nat.length);
}

/** The counterpart's name after word `after` (past his nationality), holding `office` of the person before. */
function counterpartNamed(s: Scan, i0: number, office: Title, nat: NationalityMatch | null, after: number): Detection | null {
  const { words, norms } = s;
  // With a nationality the slot is a full role's: a foreign name outside the dictionaries is read ("نظيره اليوناني يورغوس …").
  // (A comma may stand between the nationality and the name: «مع نظيره اللاوسي، X،».)
  // (A style may stand before the name: «مع نظيره العراقي الدكتور X», «ونظيره البحريني الشيخ X», also after that comma:
  // «نظيره الإسباني، السيد X».)
  const style = nat && words[after] && (!words[after]!.punctBefore || /^[،,]$/.test(words[after]!.punctBefore!)) ? matchStyle(words, norms, after) : null;
  const nameAt = style && words[after + style.length] && !words[after + style.length]!.punctBefore ? after + style.length : after;
  const read = readNameAfter(words, norms, nameAt, !!nat, false, !!nat);
  const run = read && surnameGoesOn(s, read);
  // (A Vietnamese family name may begin with ف, «فام»: its syllables say it is no conjunction.)
  const vietnamese = !!run && vietnameseNameLength(norms, run.start, () => true) === run.end - run.start;
  if (!run || /^[وف]/.test(words[run.start]!.norm) && !isNameWordLookup(words[run.start]!.norm) && !vietnamese) return null;
  // "ونظيرته مارغو والستروم": with no nationality the counterpart still holds the office, of a country left unsaid,
  // when two name words or more say who.
  if (!nat && (run.end - run.start < 2 || !isNameWordLookup(run.norms[0]!) || run.norms.some((w) => isOrdinaryWord(w)))) return null;
  // «نائب رئيس مجلس الوزراء وزير الخارجية … مع نظيره X»: a deputy head of government who also holds a portfolio meets
  // the counterpart of his ministry (the other Foreign Minister), not another deputy prime minister.
  const held = office.roles;
  const deputyFirst = held.length > 1 && held[0]!.complement?.kind === 'role' && /^(Deputy|Vice)\b/.test(held[0]!.head.en);
  const r = (deputyFirst ? [...held].reverse().find((x) => x.complement?.kind === 'portfolio') : undefined) ?? held[0]!;
  // "وزير خارجية كوريا الشمالية … نظيرته السويدية": the office without the other one's country.
  const c = r.complement;
  // (A foreign minister whose state adds a portfolio to his, «وزير الخارجية والتعاون الدولي», «…والمغتربين», meets the
  // other country's Foreign Minister: the counterpart holds the office the two have in common.)
  const common = c?.kind === 'portfolio' && /^Foreign Affairs(,| and )/.test(c.en) ? { kind: c.kind, en: 'Foreign Affairs' } : null;
  const complement = c?.kind === 'country' ? null : common ?? (c?.kind === 'portfolio' && c.country ? { kind: c.kind, en: c.en } : c);
  const t: Title = { roles: [{ ...r, complement, nat, tails: [], start: i0, end: after }], start: i0, end: after, country: nat?.country ?? null };
  const known = knownRun(s, run);
  const own = nat ? statedOffice(s, known.run.end, nat) : null;
  if (own) return { name: known.run, title: own, rank: null, start: i0, end: own.end, known: known.person, ref: false };
  return { name: known.run, title: t, rank: null, start: i0, end: known.run.end, known: known.person, ref: false };
}

/**
 * «نظيره الفيتنامي X نائب رئيس الوزراء وزير الخارجية»: an office stated right after a counterpart's name is his own,
 * which may be more than the one he shares with his host; the country is the counterpart's. Not an office joined by
 * «و» (another person) nor one followed by a name of its own.
 */
function statedOffice(s: Scan, at: number, nat: NationalityMatch): Title | null {
  const { words, norms } = s;
  const w = words[at];
  if (!w || (w.punctBefore && !/^[،,]$/.test(w.punctBefore)) || /^[وف]/.test(norms[at]!) || !mayStartTitle(w)) return null;
  const t = titleAt(s, at, false);
  if (!t || isHonorificOnly(t) || !t.roles.every((r) => r.complement || r.nat)) return null;
  if (t.end < words.length && !words[t.end]!.punctBefore && readNameAfter(words, norms, t.end, false)) return null;
  const first = t.roles[0]!;
  if (first.nat || t.country) return first.nat && first.nat.country !== nat.country ? null : t;
  return { ...t, country: nat.country, roles: [{ ...first, nat }, ...t.roles.slice(1)] };
}

/**
 * The office a counterpart holds: the nearest one before in the paragraph with a complement («وزير الخارجية») or a
 * nationality («رئيس الحكومة المغربية»), or a head of state or government named by his bare title («الرئيس دونالد
 * ترامب … مع نظيره الصيني»). A short reference («الوزير التركي», «الوزيرة X») holds the full office it was given
 * earlier, best the one the same person was given («وزيرة الصحة X … الوزيرة X ونظيرها»).
 */
function heldOffice(s: Scan, i0: number): Title | null {
  const { words, detections } = s;
  const latestFirst = [...detections].reverse();
  const inParagraph = (p: number) => latestFirst.filter((d) => words[d.start]!.paragraph === p);
  const paragraph = words[i0]!.paragraph;
  let before = inParagraph(paragraph);
  // (A paragraph that names nobody before the counterpart goes on from the one before: «… أكد رئيس البرلمان التركي X
  // …» then «جاء ذلك خلال استقباله نظيره الألباني Y».)
  if (!before.length) {
    const last = latestFirst.find((d) => words[d.start]!.paragraph < paragraph);
    if (last) before = inParagraph(words[last.start]!.paragraph);
  }
  for (const d of before) {
    const t = d.title ?? rankOffice(s, d);
    if (!t) continue;
    const head = t.roles[0]!;
    if (head.complement || standsForState(t)) return t;
    const sameHead = (e: Detection) => e.start < d.start && !!e.title?.roles[0]!.complement && e.title.roles[0]!.head.en === head.head.en && (!head.nat || e.title.country === t.country);
    const own = [...detections].reverse().find((e) => sameHead(e) && samePerson(e, d));
    if (own) return own.title!;
    if (!head.nat) continue;
    return ([...detections].reverse().find(sameHead) ?? d).title!;
  }
  return null;
}

/** The office of a bare rank that is one («الرئيس X», «الوزيرة X»), not a military one. */
function rankOffice(s: Scan, d: Detection): Title | null {
  if (d.title || !d.rank || !/^(President|King|Queen|Sultan|Chancellor|Minister)$/.test(d.rank)) return null;
  const t = titleAt(s, d.start, false);
  return t && t.start === d.start ? t : null;
}

/** A single bare office of a state's head: «الرئيس», «الملك», «رئيس الوزراء» with no complement nor nationality. */
function standsForState(t: Title): boolean {
  const r = t.roles[0]!;
  return t.roles.length === 1 && !r.complement && !r.nat && !r.tails.length && (r.head.bare === 'President' || /^(King|Sultan|Prime Minister|Chancellor)$/.test(r.head.en));
}

/** Two detections of one person: the same family name. */
function samePerson(a: Detection, b: Detection): boolean {
  const x = a.name?.norms, y = b.name?.norms;
  return !!x && !!y && x.length > 1 && y.length > 1 && x[x.length - 1] === y[y.length - 1];
}

/** Civil styles of address before a name (normalised): a bare honorific after one is a given name. */
const CIVIL_STYLE_WORDS = new Set(['السيد', 'السيده', 'سعاده', 'معالي', 'فخامه']);

/**
 * Word j, right after an office, is a style or rank written without the article that is a given name of some
 * language too («أمير»), followed by a name word with nothing between: a style after an office carries the article
 * (الأمير، الشيخ), so the bare word opens the name.
 */
function givenNameAfterOffice(s: Scan, j: number, arabToo = false): boolean {
  const { words, norms } = s;
  const w = words[j]!, next = words[j + 1];
  if (w.punctBefore || !next || next.punctBefore) return false;
  // (After a civil style an Arab given name counts too: «شيخ» is Cheikh in West Africa.)
  const given = originsOfGivenName(w.norm).length > 0 || (arabToo && arabicNameWord(w.norm) !== undefined);
  if (/^(ال|[وفبلك])/.test(w.norm) || !given || !(matchStyle(words, norms, j) || startsTitle(words, norms, j))) return false;
  if (matchCountryName(norms, j + 1) || places.match(norms[j + 1]!, norms, j + 1) || placeHeads.has(norms[j + 1]!) || startsTitle(words, norms, j + 1)) return false;
  return isNameWordLookup(norms[j + 1]!) && !/^(ال|و)/.test(norms[j + 1]!) && !isOrdinaryWord(norms[j + 1]!);
}

/**
 * «السيد» as the given name it is in Egypt, after a whole office and before one family name with the article that
 * closes the name («وزير الزراعة السيد القصير إن …», «محافظ الجيزة السيد الشريف،»): the style would leave a bare family
 * name, which a whole office is not followed by. Not a title, a nationality, a portfolio or a body after it.
 */
function sayyidGiven(s: Scan, j: number): boolean {
  const { words, norms } = s;
  const w = words[j], next = words[j + 1], after = words[j + 2];
  if (!w || w.tok.text !== 'السيد' || w.punctBefore || !next || next.punctBefore) return false;
  const n = next.norm;
  if (!/^ال.{3,}/.test(n) || /^[أإآ]/.test(next.tok.text) || !(isNameWordLookup(n) || hasFamilyNameShape(n)) || (/ه$/.test(n) && !isNameWordLookup(n))) return false;
  if (officeWord(s, j + 1, n)) return false;
  if (!after || after.punctBefore) return true;
  return /^[إأ]ن$/.test(after.tok.text) || !!reportingVerbOf(after) || (!/^[وف]/.test(after.norm) && startsTitle(words, norms, j + 2)) || /^نظير(ه|ته|ها|تها)$/.test(after.norm);
}

/**
 * The last attendee of a list, «، وسفير المملكة لدى الجزائر السفير محمد الحسبان.»: an item opened by «، و» and an office
 * has no verb of its own, so the word with the article after a lone Arab given name, right before the full stop, is no
 * object but the family name, even where it is a noun of the language too («الحسبان»). Not a title, a nationality, a
 * country, a portfolio, a body, an adjective or a plural.
 */
function listedFamilyAtEnd(s: Scan, i0: number, name: NameRun): boolean {
  const { words, norms } = s;
  const item = words[i0]!;
  if (!/^[،,]$/.test(item.punctBefore ?? '') || !/^و/.test(item.norm) || name.end - name.start !== 1) return false;
  const given = norms[name.start]!, w = words[name.end], after = words[name.end + 1];
  if (!w || w.punctBefore || arabicNameWord(given) === undefined || !(!after || after.punctBefore === '.')) return false;
  const n = w.norm;
  if (!/^ال.{3,}/.test(n) || /^[أإآ]/.test(w.tok.text) || /(ون|ين|ات|ه)$/.test(n)) return false;
  return !officeWord(s, name.end, n) && !places.has(n) && !isVerbAsWritten(n);
}

/**
 * Word k (normalised n) opens a title or names a nationality, a country, a portfolio or a body, or is an adjective or a
 * modifier of one: no family name, however it reads.
 */
function officeWord(s: Scan, k: number, n: string): boolean {
  const { words, norms } = s;
  return startsTitle(words, norms, k) || !!matchNationality(norms, k) || !!matchCountryName(norms, k) || !!portfolios.match(n, norms, k)
    || institutionNouns.has(stripAl(n)) || adjectives.has(n) || modifiers.has(n);
}

/** The word after a bracket opened before word j and closed within four words (a word must follow it), else null. */
function bracketEnd(words: Word[], j: number): number | null {
  let k = j;
  while (k < words.length && k < j + 4 && !(words[k + 1]?.punctBefore ?? '').includes(')')) k++;
  return k < j + 4 && words[k + 1] ? k + 1 : null;
}

/**
 * The marks between a bracket read over after a title and the next word: its close, alone or with the comma that closes
 * the title before the name, «السكرتير التنفيذي للهيئة الحكومية للتنمية (إيقاد)، الدكتور X»، as after a title without one.
 */
function afterGloss(punct: string | null): boolean {
  return !!punct && /^\)[،,]?$/.test(punct);
}

/**
 * A style or rank at word k, right after the words before it or after their comma, and a holder's name after it: where
 * an office's body glossed in brackets ends on its country, «رئيس مجلس النواب (المجلس) بجمهورية كازاخستان، السيد X Y»,
 * the country closes the office and the style opens its holder's name.
 */
function styledNameAt(s: Scan, k: number): boolean {
  const { words, norms } = s;
  const w = words[k];
  if (!w || (w.punctBefore && !/^[،,]$/.test(w.punctBefore))) return false;
  const style = matchStyle(words, norms, k);
  return !!style && !!readNameAfter(words, norms, k + style.length, false, false, true);
}

/** What the words before a holder's name read: its titles, rank and style, and the word where the name may start. */
interface TitlesBefore {
  t: Title | null;
  /** The word after the titles: where the holder's name may start. */
  j: number;
  rank: string | null;
  styled: boolean;
  styleWords: string[];
  /** A bracket after the title was read over («(البنتاغون)»). */
  paren: boolean;
  /** The officer's nationality between rank and name («الجنرال الموريتاني X»). */
  rankCountry: string | null;
  /** «الراحل» after the rank: the holder has died («الرئيس الراحل X» is the late President). */
  late: boolean;
}

/**
 * Styles, ranks and titles before a name, the name, and an appositive title after it. In four stages: the words before
 * the name (readTitlesBefore); the holder's name after them, which may move where the title ends (readHolderName); then
 * a titled name, with any office in apposition after it (titledNameDetection), or, where no name is accepted, a title
 * whose holder is named before it or later in the sentence, or that refers to someone named elsewhere (titleWithoutName).
 */
function readTitled(s: Scan, i0: number): Detection | null {
  const titles = readTitlesBefore(s, i0);
  if ('detection' in titles) return titles.detection;
  if (!titles.t && !titles.rank && !titles.styled) return null;
  const held = readHolderName(s, i0, titles);
  if ('detection' in held) return held.detection;
  const { name, t } = held;
  if (name && acceptName(s, name, t, titles.rank)) return titledNameDetection(s, i0, titles, name, t);
  return t ? titleWithoutName(s, i0, titles, t) : null;
}

/**
 * Stage 1 of readTitled: the styles, ranks and titles from i0 up to where a name may start, with what joins them (a
 * body's name in marks or after a dash, a bracket, the office's country, a second office joined by و). A title that is
 * the object of a meeting verb ends the reading with its own detection.
 */
function readTitlesBefore(s: Scan, i0: number): TitlesBefore | { detection: Detection } {
  const r: TitlesReading = { s, i0, t: null, j: i0, rank: null, styled: false, styleWords: [], paren: false, rankCountry: null, late: false };
  for (let guard = 0; guard < 5 && r.j < s.words.length; guard++) {
    const step = titleStep(r);
    if (step === 'stop') break;
    if (step !== 'next') return step;
  }
  const { t, j, rank, styled, styleWords, paren, rankCountry, late } = r;
  return { t, j, rank, styled, styleWords, paren, rankCountry, late };
}

/** The titles read so far from i0 (what readTitlesBefore returns), updated in place as the reading goes on. */
interface TitlesReading extends TitlesBefore {
  s: Scan;
  i0: number;
}

/** What one step of the reading did: read on ('next'), stopped where the name may start ('stop'), or ended it. */
type TitleStep = 'next' | 'stop' | { detection: Detection };

/**
 * One step of readTitlesBefore at r.j: a body's name going on, the name starting, a title, then what may come between
 * the titles and the name (a style or rank, a leaning, the office's country, a bracket, a second office).
 */
function titleStep(r: TitlesReading): TitleStep {
  if (bodyNameGoesOn(r)) return 'next';
  const { s: { words }, t, j, rank } = r;
  // (A rank's arm of service in brackets goes on to the name: «الفريق الركن (طيار) X».)
  const armAfterRank = !t && !!rank && words[j]!.punctBefore === '(' && bracketEnd(words, j) !== null;
  if (nameStartsHere(r, armAfterRank)) return 'stop';
  const tt: Title | null = t ? null : j === r.i0 && possessiveHead(words[j]!) ? deputyOfBefore(r.s, j) : titleAt(r.s, j);
  const taken = takeTitle(r, tt);
  if (taken) return taken;
  if (givenNameAfterTitle(r)) return 'stop';
  for (const extend of TITLE_EXTENSIONS) if (extend(r)) return 'next';
  if (bracketAfterTitle(r, armAfterRank)) return 'next';
  if (tt) { r.t = tt; r.j = tt.end; return 'next'; }
  return joinedOffice(r) ? 'next' : 'stop';
}

/** A body's name inside the title going on after a dash, in quotation marks or over its marks: the title ends later. */
function bodyNameGoesOn(r: TitlesReading): boolean {
  const { s, t, j, i0 } = r;
  // A body's name goes on after a dash («الحركة الشعبية لتحرير السودان - في المعارضة X Y», «- قطاع الشمال»): a few
  // words of the language, then the holder's name of two words or more.
  const dashed: number | null = t && j > i0 ? dashedBodyEnd(s, t, j) : null;
  if (dashed) { r.t = { ...t!, end: dashed }; r.j = dashed; return true; }
  // A body's short name in quotation marks right after the title, then the name: «الرئيس التنفيذي للسوق المالية
  // السعودية "تداول" X» (the name after the closing mark is read as after a quoted body inside the title).
  // (Only after a body the title has read with its state, «للسوق المالية السعودية», «لشركة بترول أبوظبي الوطنية»: «قائد
  // «يونيفيل» الجنرال X» names the body in the marks.)
  const quoted: number | null = t && j === t.end && endsInNationalBody(t) ? quotedShortNameEnd(s, j) : null;
  if (quoted) { r.t = { ...(t as Title), end: quoted }; r.j = quoted; return true; }
  // (… and after an office of a body the grammar read without a state, or a head alone in the construct, when a
  // holder's name follows: «رئيس "آفاد" X Y».)
  const overMarks: Title | null = t && j === t.end ? titleOverBodyInMarks(s, t, j) : null;
  if (overMarks) { r.t = overMarks; r.j = overMarks.end; return true; }
  // (… and a company's name written with no marks after the title's «لشركة»: a state company of the vocabulary or a
  // brand with the firm's nationality, «الرئيس التنفيذي لشركة سوكار الأذربيجانية X», «… لشركة باريك الكندية X».)
  const company: number | null = t && j === t.end && j > i0 ? unquotedCompanyNameEnd(s.words, s.norms, j) : null;
  if (company) { r.t = { ...t!, end: company }; r.j = company; return true; }
  return false;
}

/** Whether the titles end before r.j: a mark between, someone's deputy, or a civil style's bare honorific as given name. */
function nameStartsHere(r: TitlesReading, armAfterRank: boolean): boolean {
  const { s, t, j, i0, styled, paren } = r;
  const { words, norms } = s;
  // (The quotation mark that closes a body's name inside the title goes on to the rank or name: 'الناطق باسم "الجيش
  // الوطني الليبي" العقيد أحمد المسماري'.)
  const closesQuote = !!t && /^["»”]$/.test(words[j]!.punctBefore ?? '') && words.slice(t.start + 1, j).some((w) => /["«“]$/.test(w.punctBefore ?? ''));
  if (j > i0 && words[j]!.punctBefore && !closesQuote && !armAfterRank && !(t && /^[،,(]$/.test(words[j]!.punctBefore!)) && !(paren && afterGloss(words[j]!.punctBefore))) return true;
  // "المبعوث الدولي نائبه رمزي …": "his deputy" starts the next person.
  if (j > i0 && t && possessiveHead(words[j]!)) return true;
  // (A bare honorific after a civil style is the given name it is too: after a style an honorific carries the article —
  // «السيد الشيخ» — so «سعادة السيد شيخ X Y سفير …» is Cheikh X Y, «السيد أمير X Y» Amir X Y.)
  return !t && styled && j > i0 && CIVIL_STYLE_WORDS.has(norms[j - 1]!) && givenNameAfterOffice(s, j, true) && !!words[j + 2] && !words[j + 2]!.punctBefore && !startsTitle(words, norms, j + 2);
}

/**
 * The first title at r.j, unless it is only a rank (a style the style reader takes): read on past it ('next'), or end
 * the reading where it is the object of a meeting verb; null leaves it to the later steps.
 */
function takeTitle(r: TitlesReading, tt: Title | null): TitleStep | null {
  if (!tt) return null;
  const { s: { words, norms }, j, i0 } = r;
  // (A rank that a modifier follows is a title too: "الوزير السابق X".)
  const asStyle = matchStyle(words, norms, j);
  // (Not «الرئيس الراحل X»: "the late" describes the person, and the rank stays a courtesy of his.)
  const lateOnly = !!asStyle?.rank && tt.roles.length === 1 && !tt.roles[0]!.complement && !tt.roles[0]!.nat && norms.slice(j + asStyle.length, tt.end).every((w) => /^الراحل[هة]?$/.test(w));
  // («رافق الوزير البوسني مدير دائرة … X»: the verb's object, then the subject's own office, style or rank and name.)
  if (j === i0 && tt.end < words.length && !words[tt.end]!.punctBefore && objectOfMeetingVerb(words, norms, tt) && startsTitle(words, norms, tt.end) && !readNameAfter(words, norms, tt.end, false)) {
    return { detection: { name: null, title: tt, rank: null, start: tt.start, end: tt.end, known: null, ref: true } };
  }
  if (!lateOnly && (tt.roles.length > 1 || tt.roles[0]!.complement || tt.roles[0]!.nat || !asStyle || tt.end > j + asStyle.length)) { r.t = tt; r.j = tt.end; return 'next'; }
  return null;
}

/**
 * A style without the article after a whole office, before a name word, is the given name it is too: «وزير الخارجية
 * بالوكالة أمير خان متقي» is Amir Khan Muttaqi, not an emir Khan Muttaqi; so is «السيد» before one family name with the
 * article that closes the name: «وزير الزراعة السيد القصير».
 */
function givenNameAfterTitle(r: TitlesReading): boolean {
  const { s, t, j, i0 } = r;
  return !!t && j > i0 && (givenNameAfterOffice(s, j) || sayyidGiven(s, j));
}

/** The steps that read on between the titles and the name, tried in order; each returns whether it read on. */
const TITLE_EXTENSIONS: ((r: TitlesReading) => boolean)[] = [
  officeAfterComma,
  styleOrRank,
  leaningAfterMember,
  rankAfterOffice,
  unreadComplement,
  honorificAfterTitle,
  countryAfterGloss,
  countryOfOffice,
  numberClosingBody,
];

/**
 * A second whole office set off by a comma between a whole office and the name: «رئيس الاتحاد الإفريقي، الرئيس الغيني
 * ألفا كوندي», «رئيس هيئة الأركان العامة للقوات المسلحة الروسية، النائب الأول لوزير الدفاع، الجنرال X» — both are the
 * holder's, in the text's order (not one of another state's: one person holds no offices of two states). Two offices of
 * one head are his too where a comma sets them off (the African Union's and Guinea's president), not a «و».
 */
function officeAfterComma(r: TitlesReading): boolean {
  const { s, t, j, i0 } = r;
  const { words, norms } = s;
  if (!(t && j === t.end && j > i0 && t.roles.length < 4 && /^[،,]$/.test(words[j]?.punctBefore ?? '') && !/^[وف]/.test(norms[j]!) && t.roles.every(wholeOffice))) return false;
  const more = titleAt(s, j, false);
  if (!(more && more.roles.every(officeHeldBeside) && !(t.country && more.country && t.country !== more.country))) return false;
  if (!nameFollows(s, more.end)) return false;
  r.t = { ...t, roles: [...t.roles, ...more.roles], end: more.end, country: t.country ?? more.country };
  r.j = more.end;
  return true;
}

/** An office that says what it is of: its body or portfolio, its nationality, or a tail. */
function wholeOffice(role: Title['roles'][number]): boolean {
  return !!role.complement || !!role.nat || role.tails.length > 0;
}

/**
 * A second office after the comma that the holder holds: not a former one («، الرئيس الألماني الأسبق» says who he was),
 * and one named by its nationality alone only where it is the state's one leader («، الرئيس الغيني»; «رئيسة المحكمة،
 * القاضية الأمريكية» says what she is, one judge of a state's many).
 */
function officeHeldBeside(role: Title['roles'][number]): boolean {
  // («نائب الرئيس السابق»: the former may be written after the office's complement.)
  if (role.mods.includes('Former') || (role.complement?.kind === 'role' && role.complement.role.mods.includes('Former'))) return false;
  return !!role.complement || role.tails.length > 0 || (!!role.nat && LEADER_HEADS.test(role.head.bare ?? role.head.en));
}

/** A style or rank at r.j, with the modifiers after a rank («المتقاعد», «الراحل») and the officer's nationality. */
function styleOrRank(r: TitlesReading): boolean {
  const { s, t, j, i0 } = r;
  const { words, norms } = s;
  const style = matchStyle(words, norms, j);
  if (!style || !(j === i0 || !/^[وف]/.test(norms[j]!) || words[j]!.forms.length === 1)) return false;
  if (style.rank) r.rank ??= style.rank;
  r.styled = true;
  r.styleWords.push(...norms.slice(j, j + style.length).map((w, k) => (k === 0 ? w.replace(/^[وف](?=ال)/, '') : w)));
  r.j += style.length;
  // "العميد المتقاعد X", "اللواء السابق X": a modifier after a rank is no name.
  while (style.rank && words[r.j] && !words[r.j]!.punctBefore && modifiers.has(norms[r.j]!)) {
    if (/^الراحل[هة]?$/.test(norms[r.j]!)) r.late = true;
    r.j++;
  }
  // «الجنرال الموريتاني X Y», «نائب المارشال الجوي الهندي X»: the officer's nationality between rank and name.
  const nat = style.rank && !t ? nationalityAfterRank(s, r.j - style.length, r.j) : null;
  if (nat) { r.rankCountry = nat.country; r.j += nat.length; }
  return true;
}

/**
 * A political leaning between a member's bare title and the name is the member's camp, not a word of the name:
 * «النائب اليساري X Y», «السيناتور الديمقراطي X Y،» (the same after a member's title the reader took as a rank).
 */
function leaningAfterMember(r: TitlesReading): boolean {
  const { s: { words, norms }, t, j, i0, rank, styleWords } = r;
  const afterMember = t ? j === t.end && bareMemberTitle(t) : !!rank && MEMBER_RANKS.has(rank) && styleWords[styleWords.length - 1] === norms[j - 1]?.replace(/^[وف](?=ال)/, '');
  if (!(j > i0 && afterMember && !words[j]!.punctBefore && isLeaning(norms[j]!))) return false;
  if (t) r.t = { ...(t as Title), end: j + 1 };
  r.j++;
  return true;
}

/**
 * A member of parliament's bare title after the office is a rank, like اللواء: "رئيس لجنة المال والموازنة النائب X"; so
 * is a member's title with his party after an office that names its body, and a courtesy title after a full office.
 */
function rankAfterOffice(r: TitlesReading): boolean {
  const { s, t, j, i0 } = r;
  const { words, norms } = s;
  // (Not after an office of someone's — "المعاون السياسي لرئيس المجلس النائب X" — whose holder the grammar looks for.)
  // (Nor after a title in the genitive, «لرئيس المجلس», the complement of a word before it.)
  // (In the construct the office is his: «مساعد رئيس المجلس النائب X» is the Assistant Speaker.)
  if (!(t && j > i0 && !/^[وف]/.test(norms[j]!) && !norms[i0]!.startsWith('ل') && !t.roles.some((x) => x.complement?.kind === 'role' && norms[x.complement.role.start]!.startsWith('ل')))) return false;
  const mp = titleAt(s, j, false);
  const role = mp?.roles.length === 1 ? mp.roles[0]! : null;
  if (role && role.head.bare === 'MP' && !role.complement && !role.nat && !role.tails.length && readNameAfter(words, norms, mp!.end, false)) { r.rank ??= 'MP'; r.j = mp!.end; return true; }
  // (… and so is a member's title with the party he sits for, after an office that names its body: «رئيس مجموعة
  // الصداقة البرلمانية التركية الألبانية النائب عن حزب العدالة والتنمية X» chairs the group.)
  if (role && mpOfParty(role) && bodyOffice(t) && readNameAfter(words, norms, mp!.end, false)) { r.rank ??= 'MP'; r.j = mp!.end; return true; }
  // So is a courtesy title after a full office, right before the name: "رئيس المحكمة المستشار X", "رئيس هيئة
  // الرقابة الإدارية، الوزير X", "المتحدث باسم الجامعة العربية السفير X": the office is the role.
  const full = t.roles.some((x) => x.complement || x.nat || x.tails.length || x.end - x.start >= 2);
  if (full && role && COURTESY.has(role.head.bare ?? role.head.en) && mp!.end === j + 1 && !role.complement && !role.nat && !role.tails.length && readNameAfter(words, norms, mp!.end, false)) { r.j = mp!.end; return true; }
  return false;
}

/**
 * An office whose complement runs on past what the grammar reads, then a rank and the name: «مساعدة وزير الخارجية
 * لشؤون التنمية والتعاون الدولي السفيرة X», «وزير العدل في حكومة تصريف الأعمال القاضي X» — the words between are the
 * office's, and the office, not the rank, is the holder's role.
 */
function unreadComplement(r: TitlesReading): boolean {
  const { s, t, j, i0 } = r;
  if (!(t && j === t.end && j > i0)) return false;
  const rankAt: number | null = rankAfterUnreadComplement(s, t, j);
  if (rankAt !== null) { r.t = { ...(t as Title), end: rankAt }; r.j = rankAt; return true; }
  const nameAt: number | null = foreignNameAfterUnreadComplement(s, t, j) ?? arabNameAfterUnreadComplement(s, t, j);
  if (nameAt !== null) { r.t = { ...(t as Title), end: nameAt }; r.j = nameAt; return true; }
  return false;
}

/** An honorific after the title: "ولي العهد السعودي، الأمير محمد بن سلمان", "…والإرشاد الشيخ صالح". */
function honorificAfterTitle(r: TitlesReading): boolean {
  const { s, t, j, i0 } = r;
  if (!(t && j > i0 && !/^[وف]/.test(s.norms[j]!))) return false;
  const h = titleAt(s, j, false);
  if (h && isHonorificOnly(h)) { r.j = h.end; return true; }
  return false;
}

/** After a body's other name in brackets, its country glued to ب: «رئيس مجلس النواب (المجلس) بجمهورية كازاخستان X». */
function countryAfterGloss(r: TitlesReading): boolean {
  const { s, t, j, paren } = r;
  const { words, norms } = s;
  if (!(t && paren && words[j]?.punctBefore === ')' && words[j + 1] && !words[j + 1]!.punctBefore)) return false;
  const glued: Word['forms'][number] | undefined = words[j]!.forms.find((f) => f.prefix === 'ب');
  const c: ReturnType<typeof matchCountryName> = glued ? matchCountryName([glued.form, ...norms.slice(j + 1, j + 4)], 0) : null;
  if (!(c && (readNameAfter(words, norms, j + c.length, false, false, true) || styledNameAt(s, j + c.length)))) return false;
  const base = t as Title;
  const roles: Title['roles'] = base.roles.map((x, n) => (n === base.roles.length - 1 && !x.nat ? { ...x, tails: [...x.tails, `of ${countryName(c.country)}`] } : x));
  r.t = { ...base, roles, end: j + c.length, country: base.country ?? c.country };
  r.j += c.length;
  return true;
}

/**
 * The country of the office after the title: "وزير شؤون التوحيد في كوريا الجنوبية شو ميونغ-غيون" (after a body's other
 * name in brackets too, «رئيس مجلس النواب (جوغوركو كينيش) في جمهورية قيرغيزستان X»; not an international body's, whose
 * office sits in the country: «ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في باكستان X»).
 */
function countryOfOffice(r: TitlesReading): boolean {
  const { s, t, j, paren } = r;
  const { words, norms } = s;
  const overGloss = !!t && paren && words[j]?.punctBefore === ')' && !t.roles.some(ofInternationalBody);
  if (!(t && (!words[j]?.punctBefore || overGloss) && /^(في|لدي)$/.test(norms[j] ?? '') && !words[j + 1]?.punctBefore)) return false;
  const c = matchCountryName(norms, j + 1);
  // (A place that is no state, before a rank and the holder's name: «المدعية العامة في جبل لبنان القاضية X».)
  if (!c) return placeOfRankedHolder(r);
  // (… or a military rank, perhaps after a comma, then the name: «رئيس المجلس العسكري في السودان، الفريق أول X».)
  const after = j + 1 + c.length;
  if (!(rankedHolderAt(s, after) || readNameAfter(words, norms, after, false, false, true))) return false;
  const base = t as Title;
  // The role says the country: "Minister of Unification Affairs of South Korea".
  const roles = base.roles.map((x, n) => (n === base.roles.length - 1 && !x.nat ? { ...x, tails: [...x.tails, `of ${countryName(c.country)}`] } : x));
  const placed: Title = { ...base, roles, end: j + 1 + c.length, country: base.country ?? c.country };
  r.t = placed;
  r.j = placed.end;
  return true;
}

/** A military or courtesy rank at k, right after the words before it or after their comma. */
function rankedHolderAt(s: Scan, k: number): boolean {
  const { words, norms } = s;
  return !!words[k] && (!words[k]!.punctBefore || /^[،,]$/.test(words[k]!.punctBefore!)) && !!matchStyle(words, norms, k)?.rank;
}

/**
 * The place of the office, not a state, before a rank and the holder's name: «المدعية العامة في جبل لبنان القاضية X»
 * is the Public Prosecutor in Mount Lebanon, the rank her courtesy; the office, not the rank, is her role. (Not the
 * object of a verb of meeting, where the place is the meeting's and the ranked name the one met: «واستقبل وزير الخارجية
 * في الرياض السفير X».)
 */
function placeOfRankedHolder(r: TitlesReading): boolean {
  const { s, t, j } = r;
  const place = places.match(s.norms[j + 1]!, s.norms, j + 1);
  if (!t || !place || !rankedHolderAt(s, j + 1 + place.length) || afterMeetingVerb(s.words, t.start)) return false;
  const roles = t.roles.map((x, n) => (n === t.roles.length - 1 ? { ...x, tails: [...x.tails, `in ${place.value}`] } : x));
  r.t = { ...t, roles, end: j + 1 + place.length };
  r.j = r.t.end;
  return true;
}

/**
 * A number closes a body's name («المحكمة الابتدائية بسوسة 2»، «الدائرة 3»، «اللواء 17 مشاة»): it is the body's, and
 * the name or the rank comes after it.
 */
function numberClosingBody(r: TitlesReading): boolean {
  const { s: { words }, t, j } = r;
  if (!(t && j === t.end && !words[j]?.punctBefore && /^[0-9٠-٩]{1,3}$/.test(words[j]?.tok.text ?? '') && words[j + 1])) return false;
  r.t = { ...(t as Title), end: j + 1 };
  r.j++;
  return true;
}

/** A parenthesis after the title (or a rank's arm of service): "المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) أدريان غالاواي". */
function bracketAfterTitle(r: TitlesReading, armAfterRank: boolean): boolean {
  const { s: { words }, t, j } = r;
  if (!((t || armAfterRank) && words[j]?.punctBefore === '(')) return false;
  const end = bracketEnd(words, j);
  if (end === null) return false;
  r.j = end;
  r.paren = true;
  return true;
}

/**
 * One person's offices joined by و when the name follows the last: "نائب رئيس مجلس الوزراء ووزير الخارجية أيمن الصفدي"
 * (or stands after it between commas: «المتحدث باسم الحكومة ووزير التجارة، عبدو كريم فوفانا،»).
 * A first title with its own country is someone's whole title ("بين الزعيم الكوري الشمالي والرئيس الأمريكي X").
 */
function joinedOffice(r: TitlesReading): boolean {
  const { s, t, j } = r;
  const { words, norms } = s;
  // (The و must be a conjunction: "ولي العهد" begins a title of its own.)
  if (!(t && !t.country && !words[j]?.punctBefore && /^و/.test(norms[j] ?? '') && !heads.has(norms[j]!) && t.roles.length < 4)) return false;
  const more = titleAt(s, j);
  // (Not two offices of one kind: "وزير الخارجية ووزير الدفاع لويد أوستن".)
  if (!(more && anotherKindOfOffice(t, more) && !matchSharedTitle(words, norms, j) && (nameFollows(s, more.end) || nameBetweenCommasAt(s, more.end)))) return false;
  const base = t as Title;
  r.t = { ...base, roles: [...base.roles, ...more.roles], end: more.end, country: base.country ?? more.country };
  r.j = more.end;
  return true;
}

/**
 * Stage 2 of readTitled: the holder's name after the titles, and the title as the name's reading leaves it (words the
 * grammar did not read may be the office's: a body's name, its town, its affairs). An office of someone's named by his
 * name alone ends the reading with the holder's detection (the owner's is pushed).
 */
function readHolderName(s: Scan, i0: number, titles: TitlesBefore): { name: NameRun | null; t: Title | null } | { detection: Detection } {
  const h = nameRightAfterTitles(s, i0, titles);
  for (const stage of HOLDER_STAGES) stage(h);
  const { name, t } = h;
  // «مستشار ترامب لشؤون الأمن القومي X Y»: an office of someone's named by his name alone, then its affairs, then the
  // holder's name: the name after the affairs holds the office, and the one before is whose it is.
  const owner = name && t ? ownerThenHolder(s, t, name) : null;
  if (owner) {
    s.detections.push(owner.owner);
    return { detection: owner.holder };
  }
  return { name, t };
}

/** The holder's name as read so far after the titles from i0, and the title as the reading leaves it. */
interface Holding {
  s: Scan;
  i0: number;
  titles: TitlesBefore;
  name: NameRun | null;
  t: Title | null;
  /** The title is a whole office (a complement, a nationality, tails, or a head owned by a pronoun). */
  fullRole: boolean;
}

/** One correction of the holder's name (and of where the title ends), applied to the holding in place. */
type HoldingStage = (h: Holding) => void;

/** The corrections of the name first read after the titles, in order. */
const HOLDER_STAGES: HoldingStage[] = [
  nameAfterInstitutionGenitive,
  nameAfterGovernedWord,
  nameAfterQuotedBody,
  knownNameOfCommonWord,
  knownNameSpelledOn,
  styledNameBeforeOffice,
  bareOfficeNameBeforeOffice,
  rankedNameBeforeCommaOffice,
  nameAfterRival,
  nameAfterTown,
  nameAfterSkippedRoleWords,
  knownNameEnds,
  nameGoesOnOrMoves,
];

/** The name the name reader finds right after the titles, with a genitive the office takes and a family name it missed. */
function nameRightAfterTitles(s: Scan, i0: number, titles: TitlesBefore): Holding {
  const { words, norms } = s;
  const { j, rank, styleWords, paren } = titles;
  let t = titles.t;
  // (A head owned by a pronoun, «رئيسها», «نائبه», names the body or person before it: a full role too.)
  const fullRole = !!t && t.roles.some((r) => r.complement || r.nat || r.tails.length > 0 || ('owned' in r.head && r.start === t!.start && r.end - r.start === 1));
  // A name right after a quoted body's closing mark: «النائبة عن تحالف «سائرون» ماجدة التميمي».
  const afterQuote = !!t && /^["»”]$/.test(words[j]?.punctBefore ?? '') && words.slice(t.start + 1, j).some((w) => /["«“]$/.test(w.punctBefore ?? ''));
  const nameWords = afterQuote ? words.map((w, k) => (k === j ? { ...w, punctBefore: null } : w)) : words;
  // «القيادي في المجلس الأعلى لوحدة أزواد الغباس …»: an office that ends on «ل» + an indefinite noun in the construct
  // takes the word after it as its genitive (a people or region the vocabulary lacks); the name starts after it.
  const lamGenitive = !!t && j === t.end && j > i0 && openLamConstruct(words, norms, j - 1) && genitiveProperNoun(words, norms, j);
  let name: NameRun | null = fullRole && j > i0 && sayyidGiven(s, j) ? { start: j, end: j + 2, norms: norms.slice(j, j + 2), prefixLen: 0 } : readNameAfter(nameWords, norms, j, !!t, paren, fullRole);
  if (lamGenitive && name && name.start === j) {
    if (name.end - name.start >= 3 && name.prefixLen === 0) { name = { ...name, start: j + 1, norms: name.norms.slice(1) }; t = { ...(t as Title), end: j + 1 }; }
    else name = null;
  }
  if (name && fullRole && listedFamilyAtEnd(s, i0, name)) name = { ...name, end: name.end + 1, norms: [...name.norms, norms[name.end]!] };
  // (After a full office and a military rank, a foreign name of two words the lexicon half reads: «… الفريق سعري مكونن،».)
  if (!name && t && (fullRole || t.end - t.start >= 2) && rank && t.end < j && styleWords[styleWords.length - 1] === norms[j - 1]) name = rankedForeignPair(words, norms, j);
  return { s, i0, titles, name, t, fullRole };
}

/**
 * An institution noun in the construct takes a genitive, its own name, before any holder's name: "المدير التنفيذي
 * لوكالة سلامة الطيران الأوروبية باتريك كي" («سلامة الطيران» is the agency's, not a person's).
 */
function nameAfterInstitutionGenitive(h: Holding): void {
  const { s, titles: { j } } = h;
  const { words } = s;
  const { t } = h;
  let { name } = h;
  const lastRole = t?.roles[t.roles.length - 1];
  const lastInst = lastRole?.complement?.kind === 'inst' ? lastRole.complement.inst : null;
  const constructLast = !!lastInst?.noun && words[t!.end - 1]!.forms.some((f) => f.form === lastInst.noun);
  if (name && t && name.start === t.end && constructLast && lastInst?.generic && lastInst.indefinite && !lastInst.of && !lastInst.nat && !lastInst.possessed && !/^["«“]$/.test(words[j]?.punctBefore ?? '')) {
    const after = nameAfterRoleWords(s, j, publicOffice(t));
    if (after && after.run.start > name.start) { name = after.run; h.t = { ...t, end: after.roleEnd }; } else name = null;
  }
  h.name = name;
}

/**
 * A head in the construct with nothing after it governs the first word of a long run, whose lawyer or what paper
 * («محامية أسانج جنيفر روبنسون», «رئيس تحرير ويكيليكس كريستين هرافنسون»): the holder's name is the rest.
 */
function nameAfterGovernedWord(h: Holding): void {
  const { s: { words, norms }, name, t } = h;
  if (name && t && name.start === t.end && name.end - name.start >= 3 && constructHeadAlone(words, t) && governedWord(words, norms, name.start)) {
    h.name = { ...name, start: name.start + 1, norms: name.norms.slice(1), prefixLen: 0 };
  }
}

/**
 * A name in quotation marks right after an institution noun is the body's («رئيس حزب «قلب تونس» نبيل القروي»,
 * 'نائبة رئيس شركة "كازاخ إنفست" الحكومية عايدة …'): the holder's name comes after it and its adjectives.
 */
function nameAfterQuotedBody(h: Holding): void {
  const { s, titles: { j }, t } = h;
  const { words, norms } = s;
  let body = t ? quotedBody(s, j) : null;
  // (… also where the title's grammar read on into the quoted name: «رئيس حزب "التجمع من أجل الجمهورية"، X Y».)
  for (let k = t ? t.start + 1 : j; !body && k < j; k++) {
    if (!/["«“]$/.test(words[k]!.punctBefore ?? '')) continue;
    const b = quotedBody(s, k);
    if (b && b.end >= j) body = b;
    break;
  }
  if (body) {
    const bodyWords = words.map((w, k) => (k === body.end ? { ...w, punctBefore: null } : w));
    const after = readNameAfter(bodyWords, norms, body.end, false, false, true);
    const name = after && after.end - after.start >= 2 ? after : null;
    h.name = name;
    if (name) h.t = { ...t!, end: body.end };
  }
}

/** A known name of several words whose first is also a common word ("صباح خالد الحمد الصباح") is that name. */
function knownNameOfCommonWord(h: Holding): void {
  const { s: { words, norms, knownAt }, titles: { j }, name, t } = h;
  if (!name && t && words[j] && !words[j]!.punctBefore && !/^[وف]/.test(norms[j]!)) {
    const k = knownAt(j, true);
    if (k && k.length >= 2 && spelledAs(k.person, norms.slice(j, j + k.length))) h.name = { start: j, end: j + k.length, norms: norms.slice(j, j + k.length), prefixLen: 0 };
  }
}

/** A known name with a title word inside it goes on to its whole spelling: "الرئيس الباجي قائد السبسي". */
function knownNameSpelledOn(h: Holding): void {
  const { s: { words, norms, knownAt }, name } = h;
  if (name) {
    const k = knownAt(name.start, true);
    const len = k ? k.length : 0;
    const inside = words.slice(name.start + 1, name.start + len);
    if (k && len > name.end - name.start && inside.every((w) => !w.punctBefore) && spelledAs(k.person, norms.slice(name.start, name.start + len))) {
      h.name = { ...name, end: name.start + len, norms: norms.slice(name.start, name.start + len) };
    }
  }
}

/**
 * A style, then a foreign name outside the dictionaries, then its full title in apposition: "معالي ريتنو مارسودي وزيرة
 * خارجية جمهورية إندونيسيا" — and where the name lists read none or cut it short after a civil style.
 */
function styledNameBeforeOffice(h: Holding): void {
  const { s, titles: { j, styled, styleWords }, t } = h;
  const { words, norms } = s;
  let { name } = h;
  if (!name && !t && styled) {
    const run = readNameAfter(words, norms, j, false, false, true);
    if (run && run.end - run.start >= 2 && fullAppositive(s, run.end)) name = run;
  }
  // (… and where the name lists read none or cut it short: «سعادة علي نجفي خوشرودي سفير الجمهورية الإسلامية …»,
  // «وسعادة السيد أحمد ولد محمد الأمين سفير موريتانيا لدى الدولة».)
  if (!t && styled && styleWords.some((w) => CIVIL_STYLE_WORDS.has(w.replace(/^[وف](?=سعاده|معالي|فخامه)/, ''))) && !(name && fullAppositive(s, name.end))) {
    const between = nameBeforeApposedOffice(s, j);
    if (between) name = between;
  }
  h.name = name;
}

/**
 * After a bare office of one word (or a rank alone), where the name lists stopped at a word of the language inside the
 * name: «والسفير محمد ندا سفير مصر لدى أنغولا».
 */
function bareOfficeNameBeforeOffice(h: Holding): void {
  const { s, titles: { j, rank }, name, t } = h;
  if ((t ? bareOffice(t) && j === t.end : !!rank) && !(name && fullAppositive(s, name.end))) {
    const between = nameBeforeApposedOffice(s, j);
    if (between && (!name || (name.start === between.start && name.end < between.end)) && nameWordOf(s.words[j]!)) h.name = between;
  }
}

/**
 * A military rank, no title, then two or three words up to a comma and a full office in apposition: the rank says a
 * name starts, the office where it ends — «واللواء بابر افتخار، المدير العام للعلاقات العامة …».
 */
function rankedNameBeforeCommaOffice(h: Holding): void {
  const { s, titles: { j, rank }, name, t } = h;
  if (!name && !t && rank) {
    const between = nameBeforeCommaOffice(s, j);
    if (between) h.name = between;
  }
}

/** TITLE and rival of someone in the race, then the title's holder: «زعيم المعارضة ومنافس الرئيس في الانتخابات X Y». */
function nameAfterRival(h: Holding): void {
  const { s, titles: { j }, name, t } = h;
  if (!name && t) {
    const race = rivalThenName(s, t, j);
    if (race) {
      h.name = race.run;
      if (race.rival) s.queued.push(race.rival);
    }
  }
}

/**
 * A mayor's town no gazetteer lists, then the holder's name: «رئيس بلدية الدبية وليد ملاعب» (even when the name reader
 * took the town for the first of three name words: «كفرشوبا قاسم القادري،»).
 */
function nameAfterTown(h: Holding): void {
  const { s, titles: { j }, name, t } = h;
  if (t && (!name || name.start === j)) {
    const town = townThenName(s, t, j);
    if (town && (!name || name.end <= town.run.end)) {
      h.name = town.run;
      const base: Title = t;
      h.t = { ...base, roles: base.roles.map((r) => ({ ...r, tails: [...r.tails, town.tail] })), end: town.run.start };
    }
  }
}

/** No name yet after an office: the words skipped before the name are the role's, as the article states it. */
function nameAfterSkippedRoleWords(h: Holding): void {
  const { s, titles: { j }, name, t } = h;
  if (!name && t && !isHonorificOnly(t)) {
    const after = nameAfterRoleWords(s, j, publicOffice(t));
    if (after) {
      h.name = after.run;
      const base: Title = t;
      // (Where the office is, read on the way: «بالسفارة» → at the Embassy, «بتونس» → in Tunisia.)
      // (A mayor's town skipped on the way is the office's: «رئيس بلدية الخيام X Y» → Mayor of Khiam.)
      const town = after.tails.length ? null : townSkipped(s, base, j, after.run.start);
      const more = town ? [town] : after.tails;
      const roles = more.length ? base.roles.map((r, n) => (n === base.roles.length - 1 ? { ...r, tails: [...r.tails, ...more] } : r)) : base.roles;
      h.t = { ...base, roles, end: after.roleEnd };
    }
  }
}

/**
 * A known name ends where its spelling ends: "سمو الأمير فيصل بن فرحان مأدبة غداء" — unless name words go on
 * ("السيد عبد الله عبد الكريم" is not King Abdullah).
 */
function knownNameEnds(h: Holding): void {
  const { s: { knownAt }, name } = h;
  if (name && name.end - name.start > 2) {
    const k = knownAt(name.start, true);
    const rest = k ? name.norms.slice(k.length) : [];
    if (k && k.length >= 2 && k.length < name.end - name.start && !nameGoesOnAfterKnown(h.s, name, k, rest) && spelledAs(k.person, name.norms.slice(0, k.length))) {
      h.name = { ...name, end: name.start + k.length, norms: name.norms.slice(0, k.length) };
    }
  }
}

/** Whether the words `rest` after a known name's spelling inside `name` are the name going on, not the sentence. */
function nameGoesOnAfterKnown(s: Scan, name: NameRun, k: ReturnType<Scan['knownAt']>, rest: string[]): boolean {
  const { words, norms } = s;
  // (A verb as written after a complete known name is the sentence going on: "الحبيب بورقيبة خاطب".)
  // (A nisba family name goes on too: "الشيخ عبد المهدي الكربلائي" is not Adil Abdul-Mahdi.)
  // (So does a family name with the article that is no word of the language at all: «عبد الله العكايلة».)
  const nisba = rest.length === 1 && ((/^ال.{3,}ي$/.test(rest[0]!) && hasFamilyNameShape(rest[0]!)) || (/^ال.{3,}/.test(rest[0]!) && !isLexical(rest[0]!) && !startsTitle(words, norms, name.end - 1) && !places.has(rest[0]!) && !matchCountryName(norms, name.end - 1))) && !matchNationality(rest, 0);
  // (A verb that is a strongly attested name word too goes on before a comma or an office: «طارق أحمد خان سفير …».)
  const nameVerb = rest.length === 1 && isAlsoName(rest[0]!) && (!words[name.end] || /^[،,]$/.test(words[name.end]!.punctBefore ?? '') || (!words[name.end]!.punctBefore && startsTitle(words, norms, name.end)));
  // (So does one word the reader took up to a comma, «إن» or «قد» after a known given name alone: «الرئيس السابق عبد
  // الله غل قد …» is Gül, not King Abdullah.)
  const closedSurname = rest.length === 1 && k?.length === 2 && !fullSpelling(k.person, name.norms.slice(0, 2)) && closesAfterName(words, name.end) && !reportingVerb(rest[0]!);
  // (So does a father's given name and one word more, closing the sentence or the clause: «سفير الصومال لدى تركيا عبد
  // الله محمد طوبي.» is no King Abdullah — given, father's and family name.)
  const fatherAndFamily = rest.length === 2 && k?.length === 2 && !fullSpelling(k.person, name.norms.slice(0, 2)) && arabicNameWord(rest[0]!) !== undefined
    && isNameWordLookup(rest[0]!) && !isVerbAsWritten(rest[1]!) && !reportingVerb(rest[1]!) && !startsTitle(words, norms, name.end - 1)
    && (closesAfterName(words, name.end) || !words[name.end] || /[.!؟?]/.test(words[name.end]!.punctBefore ?? ''));
  // (… and so does a Somali family name on W that the reader took as the name's close: «السفير عبد الله محمد ورفا».)
  const somaliFamily = rest.length >= 1 && rest.length <= 2 && somaliFamilyAtClose(words, norms, name.end - 1) && rest.slice(0, -1).every((n) => arabicNameWord(n) !== undefined);
  // (… and so does one word of no language at all closing the item after a known foreign name, its fuller spelling in
  // the article: «الدبلوماسي الكيني ألفريد موتوا نزيوكا،» is Alfred Mutua Nzioka.)
  const foreignFamily = rest.length === 1 && isWordOfNoLanguage(rest[0]!) && !!words[name.end] && /^[،,.]$/.test(words[name.end]!.punctBefore ?? '')
    && name.norms.slice(0, k?.length ?? 0).every((n) => foreignNameWord(n) !== undefined && arabicNameWord(n) === undefined);
  return closedSurname || fatherAndFamily || somaliFamily || foreignFamily || (rest.length > 0 && (allNameWords(rest) || nisba) && (rest[0] === 'عبد' || nameParticles.has(rest[0]!) || !isVerbAsWritten(rest[0]!) || nameVerb));
}

/**
 * After an office, the name may go on with a surname, be the leader's whose body it is (the holder's follows), or start
 * on a bare title word that is a given name too.
 */
function nameGoesOnOrMoves(h: Holding): void {
  const { s, i0 } = h;
  let { name, t } = h;
  if (name && t) name = surnameGoesOn(s, name);
  // «المتحدث باسم حملة تينوبو فستوس كيامو»: the body is the leader's, and the name after the leader's is the holder's.
  const led = name && t ? holderAfterLeader(s, name) : null;
  if (led && t) { t = { ...t, end: led.start }; name = led; }
  // A bare title word that is a given name too, right before a one-word name the reader would drop, is the name's
  // first word: «العميد الركن أمين فرحات،», «مستشار عضو المجلس للشؤون الخارجية أمير حاجيتش،».
  const given = name ? titleWordAsGiven(s, name, i0) : null;
  if (given) {
    name = given;
    if (t && t.end > given.start) {
      const roles = t.roles.filter((r) => r.start < given.start);
      t = roles.length ? { ...t, roles, end: given.start } : null;
    }
  }
  h.name = name;
  h.t = t;
}

/**
 * Stage 3 of readTitled: an accepted name with its title, and the office in apposition after it — which may be another
 * person's (a list of names and titles, a kinship noun, a leader's office) or the name's whole office.
 */
function titledNameDetection(s: Scan, i0: number, titles: TitlesBefore, name: NameRun, title: Title | null): Detection {
  const t = withoutAccompaniedLeader(s, title);
  const appo = appositionAfterName(s, t, name);
  const listed = appo && t && !titles.rank && !titles.styled ? titleOfNameBefore(s, t, name, appo) : null;
  if (listed) return listed;
  const kinship = kinshipDetection(s, i0, t, name, titles.rank);
  if (kinship) return kinship;
  const leader = leaderOfficeDetection(s, t, name, titles.rank);
  if (leader) return leader;
  return nameWithOffices(s, i0, titles, name, t, appo);
}

/**
 * «رافق أمير الكويت نائب رئيس مجلس الوزراء وزير الخارجية الشيخ X»: the leader accompanied heads the offices the grammar
 * joined, and the rest are the name's.
 */
function withoutAccompaniedLeader(s: Scan, t: Title | null): Title | null {
  if (t && t.roles.length > 1 && accompaniedTitle(s, t) && LEADER_HEADS.test(t.roles[0]!.head.bare ?? t.roles[0]!.head.en)) {
    return { ...t, roles: t.roles.slice(1), start: t.roles[1]!.start };
  }
  return t;
}

/**
 * Apposition: "الشيخ تميم بن حمد آل ثاني أمير دولة قطر". A title of another country after a name with its own full role
 * is the object of the sentence, not an apposition ("التقى شيخ الأزهر أحمد الطيب الرئيس الإندونيسي").
 */
function appositionAfterName(s: Scan, t: Title | null, name: NameRun): Title | null {
  const appo0 = appositive(s, name.end);
  // (Nor is a bare head with only its modifiers, right after a name its own office precedes: «هنأ رئيس الدولة X الرئيس
  // المنتخب» — the president-elect is the verb's object.)
  return appo0 && !(t && t.country && appo0.country && t.country !== appo0.country && !s.words[name.end]!.punctBefore) && !anotherModifiedHead(s, t, appo0, name.end) ? appo0 : null;
}

/**
 * NAME TITLE lists ("إم جونغ-سيوك، رئيس سكرتارية الرئاسة … سو هون رئيس الاستخبارات الوطنية ، جو ميونغ-غيون وزير الوحدة"):
 * when the name after this title has its own title, this title belongs to the name before it.
 */
function titleOfNameBefore(s: Scan, t: Title, name: NameRun, appo: Title): Detection | null {
  const { words, norms, knownAt } = s;
  const before = readNameBefore(words, norms, t.start);
  if (before && before.start >= s.lastEnd) return { name: before, title: t, rank: null, start: before.start, end: t.end, known: null, ref: false };
  // (The name before was read already, with no office of its own, and commas set the office off between the two
  // names: «استقبل الدكتور X، وزير المالية، Y، رئيسة بعثة …» — the minister is X.)
  const prev = s.detections[s.detections.length - 1];
  if (prev?.name && !prev.title && prev.end === t.start && /^[،,]$/.test(words[t.start]!.punctBefore ?? '') && /^[،,]$/.test(words[name.start]!.punctBefore ?? '')) {
    prev.title = t;
    const known = knownAt(name.start, true);
    const fits = !!known && known.length >= name.end - name.start - 1 && spelledAs(known.person, name.norms);
    return { name, title: appo, rank: null, start: name.start, end: appo.end, known: fits ? known!.person : null, ref: false };
  }
  return null;
}

/**
 * A kinship noun with an office for complement: after a name in apposition («حسن مراد، نجل النائب عبد الرحيم مراد»)
 * the name after holds the office; opening a phrase («نجل الرئيس السابق علاء مبارك») it is the relative's name.
 */
function kinshipDetection(s: Scan, i0: number, t: Title | null, name: NameRun, rank: string | null): Detection | null {
  const { words, norms, knownAt } = s;
  const kin = t && !rank && t.roles.length === 1 && t.roles[0]!.head.person && t.roles[0]!.complement?.kind === 'role' ? t.roles[0]!.complement.role : null;
  if (!kin) return null;
  const prev = s.detections[s.detections.length - 1];
  const comma = /^[،,]$/.test(words[t!.start]!.punctBefore ?? '');
  const apposed = comma && ((!!prev?.name && prev.end === t!.start) || !!readNameBefore(words, norms, t!.start));
  if (apposed) {
    const holder: Title = { roles: [kin], start: kin.start, end: kin.end, country: kin.nat?.country ?? null };
    const known = knownAt(name.start, true);
    return { name, title: holder, rank: null, start: kin.start, end: name.end, known: known && spelledAs(known.person, name.norms) ? known.person : null, ref: false };
  }
  return { name, title: t, rank: null, start: i0, end: name.end, known: null, ref: false };
}

/**
 * "يمان جبريب المستشار الخاص للرئيس إيسايس أفورقي": the name after a role whose complement is a leader's office holds
 * that office, and the role is the name's before it.
 */
function leaderOfficeDetection(s: Scan, t: Title | null, name: NameRun, rank: string | null): Detection | null {
  const { words, norms, knownAt } = s;
  const inner = t && !rank && t.roles.length === 1 ? t.roles[0]!.complement : null;
  if (!(inner?.kind === 'role' && t!.roles[0]!.head.compose !== 'prefix' && !t!.roles[0]!.head.staff && !possessiveHead(words[t!.start]!) && LEADER_HEADS.test(inner.role.head.bare ?? inner.role.head.en) && !inner.role.complement)) return null;
  const holder: Title = { roles: [inner.role], start: inner.role.start, end: inner.role.end, country: inner.role.nat?.country ?? null };
  // (The known person must be spelt by every word of the name: «زامير كابولوف» is not the Zamir of «إيال زامير».)
  const leaderKnown = knownAt(name.start, true);
  const holderDetection: Detection = { name, title: holder, rank: null, start: inner.role.start, end: name.end, known: leaderKnown && spelledAs(leaderKnown.person, name.norms) ? leaderKnown.person : null, ref: false };
  // The name before was read already ("جاريد كوشنر مستشار الرئيس الأمريكي دونالد ترامب"): the role is added to it.
  const prev = s.detections[s.detections.length - 1];
  if (prev?.name && !prev.title && prev.end === t!.start && !words[t!.start]!.punctBefore?.match(/[.:؛]/)) {
    prev.title = t;
    return holderDetection;
  }
  const before = nextItemOf(s, readNameBefore(words, norms, t!.start), t!.start);
  if (before && before.start >= s.lastEnd) {
    s.queued.push(holderDetection);
    return { name: before, title: t, rank: null, start: before.start, end: name.end, known: null, ref: false };
  }
  // A name we could not read right before the title ("ويمان جبريب المستشار الخاص للرئيس إيسايس أفورقي") is the
  // adviser; the name after the leader's office is the leader's. A title that opens its own list item
  // ("، وسكرتير الأمير للشؤون السياسية علي بن فهد") is the name's after it.
  // (So does a title right after an attendance list's opener, «وحضر اللقاء مستشار رئيس الجمهورية X»، «وضم الجانب
  // الروسي المبعوث الخاص للرئيس الروسي … X»: the name is the list's member, unless it is a leader's we know.)
  const leader = !!holderDetection.known && isKnownLeader(holderDetection.known);
  const listed = opensAttendanceList(norms, (k) => !!words[k]!.punctBefore, t!.start) && !leader;
  // (A list's next item opened by «و» names the leader's adviser only when the name is no leader we know: «السيسي
  // يستقبل وزير الخارجية الإريتري ومستشار الرئيس أفورقي» — the adviser goes unnamed; Afwerki is the president.)
  const opensItem = t!.start === 0 || !!words[t!.start]!.punctBefore || (/^[وف]/.test(norms[t!.start]!) && !leader) || listed;
  // (With nobody named before, a name that is no known leader is the adviser's: «قال مستشار الرئيس التركي ياسين أقطاي».)
  if (!opensItem && !isVerbAsWritten(norms[t!.start - 1]!) && (holderDetection.known || !reportingVerb(norms[t!.start - 1]!))) return holderDetection;
  return null;
}

/** The titled name itself: its office before the name, the office in apposition after it, or both stacked. */
function nameWithOffices(s: Scan, i0: number, titles: TitlesBefore, name: NameRun, t: Title | null, appo: Title | null): Detection {
  const { knownAt } = s;
  const { rank, styleWords, rankCountry, late } = titles;
  const end = appo ? appo.end : name.end;
  const useTitle = appo && (!t || isHonorificOnly(t) || appo.appointed || officeAfterNameIsWhole(s, t, name, rank, appo)) ? appo : t;
  // A description after a titled name ("…، نجل الزعيم الدرزي") says who the person is, not another office of theirs.
  const describes = !!appo && appo.roles.every((r) => r.head.person) && (!!t || !!rank);
  // (An office in apposition whose body the grammar read only in part — «وزير الزراعة X، رئيس اللجنة الوزارية المكلفة
  // ملف النفايات» — adds a body left unnamed to a full office: the office before the name says it.)
  const stacks = !!appo && !describes && !bodyCutShort(s.words, s.norms, appo);
  const stacked = appo && t && useTitle === t && !describes ? (stacks ? { ...t, roles: [...t.roles, ...appo.roles], end: appo.end, country: t.country ?? appo.country } : t) : describes ? t : useTitle;
  const known = knownAt(name.start, true);
  const len = name.end - name.start;
  // The known person must account for every word of the name ("مشعل الزبن" is not "مشعل الأحمد").
  const fits = !!known && (known.length >= len - 1 || writesListedChain(known.person, name.norms)) && spelledAs(known.person, name.norms) && titledFormAgrees(s, name, t, rank, known);
  return { name, title: stacked, rank, start: i0, end, known: fits ? known!.person : null, ref: false, styledOnly: !t && !rank, styleWords, ...(rankCountry && !stacked ? { country: rankCountry } : {}), ...(late && rank ? { late } : {}) };
}

/**
 * An office given after the name is the whole of it: the title before the name is a style — «والمستشار تركي آل الشيخ
 * رئيساً لمجلس …» — or the subject's who gives it — «وعين خادم الحرمين الشريفين إبراهيم العساف وزيراً …» (appo.appointed).
 */
function officeAfterNameIsWhole(s: Scan, t: Title, name: NameRun, rank: string | null, appo: Title): boolean {
  const { words } = s;
  // (So is a full office set off by commas after a standing before the name, a candidate's or a diplomat's: «المرشح X،
  // رئيس حركة البناء الوطني،» heads the movement.)
  const standingGivesWay = !rank && /^[،,]$/.test(words[name.end]!.punctBefore ?? '') && isStanding(t) && appo.roles.some((r) => r.complement || r.nat);
  // (… and after a leader's title that is what «رافق» governs: «ورافق العاهل الأردني X، رئيس الديوان الملكي» — the
  // king is accompanied, X holds the office after his name.)
  const accompanied = accompaniedTitle(s, t) && appo.roles.some((r) => r.complement || r.nat);
  // (… and so is the same office stated bare before the name and in full after it: «الرئيسة X رئيسة جمهورية البيرو» is
  // President of Peru, not "President and President of Peru".)
  const restated = t.roles.length === 1 && t.end - t.start === 1 && !t.roles[0]!.complement && !t.roles[0]!.nat && !t.roles[0]!.tails.length
    && appo.roles[0]!.head.en === t.roles[0]!.head.en && appo.roles[0]!.head.bare === t.roles[0]!.head.bare;
  return standingGivesWay || accompanied || restated;
}

/**
 * Stage 4 of readTitled: a title with no name accepted after it. Its holder is the name before it (in apposition, or
 * after «وهو»), or a name later in the sentence; else the title refers to someone named elsewhere (or is no title: a
 * bare head that is a given name).
 */
function titleWithoutName(s: Scan, i0: number, titles: TitlesBefore, title: Title): Detection | null {
  const { words, norms, knownAt } = s;
  const { rank, styled } = titles;
  let t = title;
  // "نائب رئيس الحزب ورئيس لجنة الرياضة الوطنية": a و-title with no name of its own continues the role.
  const more = t.end < words.length && !words[t.end]!.punctBefore && /^[وف]/.test(norms[t.end]!) ? titleAt(s, t.end) : null;
  if (more && more.roles[0]!.complement && !readNameAfter(words, norms, more.end, true) && !readNameBefore(words, norms, more.start)) {
    t = { ...t, roles: [...t.roles, ...more.roles], end: more.end };
  }
  const conjStart = /^[وف]/.test(norms[t.start]!) && !heads.match(stripAl(norms[t.start]!), norms, t.start);
  // "وقال كلارو أريلانو وهو نائب لوزير العمل": وهو/وهي before the title looks back to the name.
  const pronoun = t.start > 1 && /^(وهو|وهي)$/.test(norms[t.start - 1]!) && !words[t.start]!.punctBefore;
  // (A public office: a nationality, a portfolio, another office, a country or a named body, not a generic one —
  // «المتحدث باسم لجنة التنسيق العلمانية» may be civil society.)
  // (A province or a state is public whatever its name: «الحاكم السابق لإقليم كاتانغا».)
  const fullTitle = t.roles.some((r) => r.nat || (r.complement && !(r.complement.kind === 'inst' && r.complement.inst.generic && !r.complement.inst.country && !r.complement.inst.adjectives.length && !PROVINCES.has(r.complement.inst.en))));
  // (A rank between the comma and the office goes with it: «X Y، الوالي مدير الهجرة …», «X Y، العميد مدير الأمن …».)
  const ranked = !!rank && i0 < t.start && i0 > 0 && /^[،,]$/.test(words[i0]!.punctBefore ?? '') && !words[t.start]!.punctBefore && !/^[وف]/.test(norms[i0]!);
  // (So does a grade that is a head word with no complement of its own: «X Y، الوالي مدير الهجرة …».)
  const p0 = t.start - 1;
  const graded = !pronoun && !ranked && p0 > 0 && !words[t.start]!.punctBefore && /^[،,]$/.test(words[p0]!.punctBefore ?? '') && norms[p0]!.startsWith('ال')
    && !!heads.match(stripAl(norms[p0]!), norms, p0) && !titleAt(s, p0, false) && !matchStyle(words, norms, p0);
  const at = pronoun ? t.start - 1 : ranked ? i0 : graded ? p0 : t.start;
  // (An office of two words or more set off by a comma vouches for the name before it as a full title does, whatever
  // the grammar made of its complement: «X Y، رئيس مجلس المستشارين», «X Y، كاتبة الدولة في الأمن», «X Y، وكيلة
  // وزارة الخارجية لشؤون …» — not a body of civil society.)
  // (A body named only by its generic noun vouches for nothing — «المتحدث باسم لجنة التنسيق العلمانية», «رئيس مجموعة
  // المساعدة القانونية» may be civil society — unless the noun is the state's by nature: a ministry, an embassy.)
  const bareBody = (r: Title['roles'][number]) => r.complement?.kind === 'inst' && (r.complement.inst.civil || (namedByGenericNounOnly(r.complement.inst)
    && !r.complement.inst.purpose && !(r.complement.inst.noun === 'لجنه' && !r.complement.inst.indefinite && parliamentaryCommitteeBefore(norms, words, t!.start))));
  const apposedOffice = !conjStart && !pronoun && /^[،,]$/.test(words[at]?.punctBefore ?? '') && t.end - t.start >= 2 && !t.roles.some(bareBody);
  // (A civil style before the name and an office of two words or more right after it, with no comma, bracket the
  // name: «وقال السيد X Y رئيس مكتب المنظمة …».)
  const styledOffice = !conjStart && !pronoun && !ranked && !graded && !words[at]?.punctBefore && t.end - t.start >= 2 && !t.roles.some((r) => r.complement?.kind === 'inst' && r.complement.inst.civil);
  const before = conjStart ? (!pronoun && (fullTitle || (t.end - t.start >= 2 && !t.roles.some(bareBody))) ? describedBefore(s, t.start) : null)
    : (styledOffice ? styledNameBefore(words, norms, at) : null) ?? readNameBefore(words, norms, at, fullTitle || apposedOffice)
      ?? (styledOffice && fullTitle ? commaOpenedNameBefore(words, norms, at) : null);
  // (A bare one-word head is no apposition; a fixed office of several words is: «X، رئيس مجلس النواب،», «X، رئيس الوزراء».)
  const r0 = t.roles[0]!;
  const bareOffice = t.roles.length === 1 && !r0.complement && !r0.nat && !r0.tails.length && (r0.end - r0.start - r0.mods.length < 2 || !/^[،,]$/.test(words[at]!.punctBefore ?? ''));
  if (before && before.start >= s.lastEnd && !bareOffice) {
    const known = knownAt(before.start);
    return { name: before, title: t, rank, start: before.start, end: t.end, known: known && known.length >= before.end - before.start - 1 && spelledAs(known.person, before.norms) ? known.person : null, ref: false };
  }
  const clause = conjStart ? null : nameAfterClause(s, t.end);
  const long = clause ? null : holderAfterLongTitle(s, t);
  const skipped = long ? skippedCountry(s, t.end, long.start) : null;
  // (The office's words run on to the comma before the holder: «رئيس معهد الدراسات في ريو».)
  if (long) t = { ...t, end: s.words.findIndex((w, k) => k > t!.end && /^[،,]$/.test(w.punctBefore ?? '')) };
  const later = clause ?? long;
  if (later) {
    const known = knownAt(later.start, true);
    const fits = !!known && known.length >= later.end - later.start - 1 && spelledAs(known.person, later.norms);
    // (The office's country may be in the words the grammar skipped: «… في الخارجية اللاوسية، X Y».)
    const country = t.country ?? skipped;
    return { name: later, title: country ? { ...t, country } : t, rank, start: t.start, end: later.end, known: fits ? known!.person : null, ref: false };
  }
  // A bare head that is an Arab given name before a word that is no title («أمينة بنخضرا، المديرة العامة …») is a
  // name, not a reference to a secretary.
  const bareHead = t.roles.length === 1 && !t.roles[0]!.complement && !t.roles[0]!.nat && !t.roles[0]!.tails.length && t.end === t.start + 1;
  if (bareHead && !rank && !styled && arabicNameWord(norms[t.start]!) && words[t.end] && !words[t.end]!.punctBefore && !startsTitle(words, norms, t.end) && !norms[t.end]!.startsWith('ال')) return null;
  // (Nor is one that closes a given name before a comma and the office in apposition: «أحمد إمام، وزير …».)
  if (bareHead && !rank && !styled && arabicNameWord(norms[t.start]!) && closesGivenBeforeOffice(s, t.start)) return null;
  return { name: null, title: t, rank, start: t.start, end: t.end, known: null, ref: true };
}

/** A full office (with its complement or nationality) in apposition at k. */
function fullAppositive(s: Scan, k: number): boolean {
  return !!appositive(s, k)?.roles.some((r) => r.complement || r.nat);
}

/**
 * After an officer's rank and no title, the two or three words up to a comma and a full office in apposition are the
 * officer's name, whatever the name lists make of them («اللواء بابر افتخار، المدير العام …»). No word of the run may
 * open a title, carry the article, name a country or a nationality, report or be a function word.
 */
function nameBeforeCommaOffice(s: Scan, j: number): NameRun | null {
  const { words, norms } = s;
  for (let k = j; k < Math.min(words.length, j + 4); k++) {
    const w = words[k]!;
    if (k > j && w.punctBefore) {
      if (k < j + 2 || !/^[،,]$/.test(w.punctBefore) || !fullAppositive(s, k)) return null;
      return { start: j, end: k, norms: norms.slice(j, k), prefixLen: 0 };
    }
    if (/^[وف]?ال/.test(w.norm) || startsTitle(words, norms, k) || outsideName(s, j, k)) return null;
  }
  return null;
}

/**
 * After a civil style and no title, the two to four words up to a full office in apposition are the person's name,
 * whatever the name lists make of them: the style says a person is named and the office says where the name ends
 * («سعادة علي نجفي خوشرودي سفير …», «وسعادة السيدة مداليتسو كامباوا ويريما وزيرة التعليم في ملاوي»). No word between
 * may open a title, name a country or a nationality, report or be a function word («علي» is the name Ali there: no
 * preposition follows a style; «ذو»، «ذات» describe the person); the first word that opens a full title ends it.
 */
function nameBeforeApposedOffice(s: Scan, j: number): NameRun | null {
  const { words, norms } = s;
  for (let k = j; k < Math.min(words.length, j + 5); k++) {
    const w = words[k]!;
    if (k > j && w.punctBefore) return null;
    const opens = startsTitle(words, norms, k);
    if (k >= j + 2 && opens && fullAppositive(s, k)) {
      // (An adjective with the article before the office is the office's, not a last name: «X Y المحلي مدير …»; not a
      // nisba no dictionary holds after a particle of descent, which closes the lineage: «ناصر بن خميس الجشمي مدير …».)
      const lineage = norms.slice(j + 1, k - 1).some((n) => n === 'بن' || n === 'بنت') && lineageNisba(norms[k - 1]!);
      const end = k >= j + 3 && describingWord(norms[k - 1]!) && !lineage ? k - 1 : k;
      return { start: j, end, norms: norms.slice(j, end), prefixLen: 0 };
    }
    // (A name word whose title reading governs nothing goes on the name: «… ولد محمد الأمين سفير …».)
    if ((opens && !(k >= j + 2 && (isNameWordLookup(w.norm) || inNameDictionaries(w.norm)))) || /^(ذا|ذو|ذي|ذات)$/.test(w.norm) || outsideName(s, j, k)) return null;
  }
  return null;
}

/**
 * Word k of a name run read from j between a style or rank and an office cannot be a name's: a country or a nationality,
 * a reporting verb, a complementizer, a time phrase, a function word («علي» aside: after a style it is the name Ali), the
 * next item of a list on «و», or a preposition on a noun after the name's first word («… يوسف بمنصب النائب الأول»).
 */
function outsideName(s: Scan, j: number, k: number): boolean {
  const { words, norms } = s, w = words[k]!;
  return w.norm.length < 2 || !!matchCountryName(norms, k) || !!matchNationality(norms, k) || !!reportingVerbOf(w) || isComplementizer(w.norm)
    || !!timePhraseLength(norms, k) || (nameStops.has(w.norm) && w.norm !== 'علي') || (k > j && (andNextItem(w) || (prepositionOnWord(w) && !nameWordOf(w) && !inNameDictionaries(w.norm))));
}

/** A word of the language with the article and no name reading: an adjective or a noun, not a family name. */
function describingWord(norm: string): boolean {
  return norm.startsWith('ال') && isLexical(norm) && !isNameWordLookup(norm) && !inNameDictionaries(norm);
}

/** A word on «و»/«ف» that reads as the conjunction on a name or a word: the next item of a list, not a name's word. */
function andNextItem(w: Word): boolean {
  if (!/^[وف]/.test(w.norm) || nameWordOf(w)) return false;
  const rest = w.norm.slice(1);
  return isNameWordLookup(rest) || isLexical(rest) || isLexical(w.norm);
}

/** One member's title with no body of its own, maybe with a nationality: «النائب», «السيناتور الأمريكي», «البرلماني». */
function bareMemberTitle(t: Title): boolean {
  const r = t.roles.length === 1 ? t.roles[0]! : null;
  return !!r && !r.complement && !r.tails.length && MEMBER_RANKS.has(r.head.bare ?? r.head.en);
}
const MEMBER_RANKS = new Set(['MP', 'Senator', 'Member of Parliament']);

/** Word k, bare and with no punctuation before it, follows an Arab given name and stands before a comma and an office. */
function closesGivenBeforeOffice(s: Scan, k: number): boolean {
  const { words, norms } = s, next = words[k + 1];
  if (k < 1 || words[k]!.punctBefore || !next || !/^[،,]$/.test(next.punctBefore ?? '') || !startsTitle(words, norms, k + 1)) return false;
  const given = norms[k - 1]!;
  return arabicNameWord(given) !== undefined && isNameWordLookup(given) && !startsTitle(words, norms, k - 1) && !given.startsWith('ال');
}

/** Words that are one of a known person's full spellings («إدريس ديبي»), not a short form («عبد الله»). */
function fullSpelling(person: KnownPerson, ns: string[]): boolean {
  const joined = ns.join(' ').replace(/^عبد /, 'عبد');
  return person.names_ar.some((n) => normalize(n).replace(/^عبد /, 'عبد') === joined);
}

/** Offices held for someone, which take the person they serve as complement: adviser, assistant, envoy, representative. */
const OFFICES_FOR_SOMEONE = new Set(['Adviser', 'Assistant', 'Envoy', 'Representative']);

/**
 * After a bare office held for someone, a name of one or two words (the one served), «لشؤون/للشؤون» and the affairs'
 * words with the article, then a name of two words or more: the holder, with the affairs for tail, and the one served
 * as a name of his own («مستشار الحريري للشؤون الدولية زياد غندور»).
 */
function ownerThenHolder(s: Scan, t: Title, name: NameRun): { owner: Detection; holder: Detection } | null {
  const { words, norms, knownAt } = s;
  const r = t.roles[0]!;
  if (t.roles.length !== 1 || r.complement || r.nat || r.tails.length || !OFFICES_FOR_SOMEONE.has(r.head.en) || name.start !== t.end || name.end - name.start > 2) return null;
  const at = name.end;
  if (!words[at] || words[at]!.punctBefore || !/^لل?شوون$/.test(norms[at]!)) return null;
  let k = at + 1;
  while (words[k] && !words[k]!.punctBefore && /^و?ال/.test(norms[k]!) && k < at + 5) k++;
  if (k === at + 1 || !words[k]) return null;
  const holder = readNameAfter(words, norms, k, false, false, true);
  if (!holder || holder.start !== k || holder.end - holder.start < 2) return null;
  // (The affairs read by the title grammar as it reads «مستشار الرئيس للشؤون الدولية»: the office without the name.)
  const ws = [...words.slice(t.start, t.end), ...words.slice(at, k)];
  const affairs = parseTitle(ws, 0, countryName, ws.map((w) => w.norm));
  const ownerKnown = knownAt(name.start, true);
  const served = ownerKnown && spelledAs(ownerKnown.person, name.norms) ? ownerKnown.person : null;
  // (Whose office it is, by the family name the press gives him: Adviser to Hariri for International Affairs.)
  const to = served ? [`to ${served.name_en.split(' ').pop()}`] : [];
  const tails = [...to, ...(affairs && affairs.end === ws.length ? affairs.roles[affairs.roles.length - 1]!.tails : [])];
  const title: Title = { ...t, roles: [{ ...r, tails, end: k }], end: k };
  const known = knownAt(holder.start, true);
  return {
    owner: { name, title: null, rank: null, start: name.start, end: name.end, known: served, ref: false },
    holder: { name: holder, title, rank: null, start: t.start, end: holder.end, known: known && known.length >= holder.end - holder.start - 1 && spelledAs(known.person, holder.norms) ? known.person : null, ref: false },
  };
}

/**
 * A name read right after a body noun of the title whose first word is a known person's name alone («حملة تينوبو»),
 * with two name words or more after it: the known person owns the body, and the words after name its office holder.
 */
function holderAfterLeader(s: Scan, name: NameRun): NameRun | null {
  const { words, norms, knownAt } = s;
  if (name.end - name.start < 3 || name.prefixLen || !leaderBodyNoun(norms[name.start - 1] ?? '')) return null;
  const leader = knownAt(name.start, true);
  if (!leader || leader.length !== 1 || !spelledAs(leader.person, [norms[name.start]!])) return null;
  const rest = readNameAfter(words, norms, name.start + 1, false, false, true);
  return rest && rest.start === name.start + 1 && rest.end - rest.start >= 2 ? rest : null;
}

/** A comma, «إن/أن» or «قد» right after word `end - 1`: the name before it has ended. */
function closesAfterName(words: Word[], end: number): boolean {
  const w = words[end];
  return !!w && (/^[،,]$/.test(w.punctBefore ?? '') || (!w.punctBefore && (/^[إأ]ن$/.test(w.tok.text) || w.tok.text === 'قد')));
}

/**
 * «X Y، القيادي بالجماعة وعضو مجلس الشعب السابق،», «X Y، الناشط الحقوقي ووزير العدل الأسبق»: after a comma, a short
 * description of the person (a noun with the article and at most three more words, no office of its own), then «و»
 * and an office at `k`: the office is the name's before the comma as well. The description holds no punctuation,
 * no name word and no title; the name must read before the comma as before an office in apposition.
 */
function describedBefore(s: Scan, k: number): NameRun | null {
  const { words, norms } = s;
  if (words[k]!.punctBefore) return null;
  for (let d = k - 1; d >= Math.max(1, k - 4); d--) {
    const w = words[d]!;
    if (w.punctBefore) {
      if (!/^[،,]$/.test(w.punctBefore) || !w.norm.startsWith('ال') || nameWordOf(w)) return null;
      const run = readNameBefore(words, norms, d, true);
      return run && run.start >= s.lastEnd && run.end - run.start >= 2 ? run : null;
    }
    if (startsTitle(words, norms, d) && d > k - 4 && !words[d - 1]?.punctBefore) return null;
    if (nameWordOf(w) && !w.norm.startsWith('ال')) return null;
  }
  return null;
}

/**
 * A name read back into the last detection's words is the next item of its list when a و opens it there: «عثمان صالح
 * ويمان جبريب المستشار …» → «يمان جبريب» (two words or more after the و).
 */
function nextItemOf(s: Scan, run: NameRun | null, end: number): NameRun | null {
  if (run && run.start >= s.lastEnd) return run;
  const k = s.lastEnd;
  const { words, norms } = s;
  if (k <= 0 || end - k < 2 || end - k > 3 || !/^و/.test(norms[k]!) || words.slice(k, end).some((w) => w.punctBefore)) return run;
  const first = norms[k]!.slice(1);
  if (first.length < 3) return run;
  // (Name words, or words of no language: «ويمان» is listed as a name whole, «جبريب» reads as nothing.)
  const rest = norms.slice(k + 1, end);
  const named = (isNameWordLookup(first) || isNameWordLookup(norms[k]!) || isForeignWord(first)) && rest.every((w) => isNameWordLookup(w) || isForeignWord(w) || looksLikeForeignSurname(w));
  return named ? { start: k, end, norms: [first, ...rest], prefixLen: 1 } : run;
}

/** No punctuation before words [from, to). */
function noPunctBetween(words: Word[], from: number, to: number): boolean {
  return words.slice(from, to).every((w) => !w.punctBefore);
}

/** After a title that names a body, a dash and up to three ordinary words that go on with the body's name, before a name. */
function dashedBodyEnd(s: Scan, t: Title, j: number): number | null {
  const { words, norms } = s;
  if (!/^[-–—]$/.test(words[j]!.punctBefore ?? '')) return null;
  const last = t.roles[t.roles.length - 1]!;
  if (!(last.complement?.kind === 'inst' || last.tails.length)) return null;
  for (let k = j + 1; k <= j + 3 && k < words.length; k++) {
    const between = words.slice(j, k);
    if (between.some((w, n) => (n > 0 && w.punctBefore) || startsTitle(words, norms, j + n) || !lexicalReading(w.norm) || nameWordOf(w))) return null;
    if (words[k]!.punctBefore) return null;
    const run = readNameAfter(words, norms, k, false, false, true);
    if (run && run.end - run.start >= 2) return k;
  }
  return null;
}

/**
 * The last detection is the name at `nameStart` ending at word i, read with at most one word before it (a style or a
 * profession: «وعينت الطبيب X») right after a word of appointing: the office given after it is that name's instead.
 */
function readWithStyleAfterAppointing(s: Scan, i: number, nameStart: number): boolean {
  const last = s.detections[s.detections.length - 1];
  return !!last && last.end === i && last.start >= nameStart - 1 && last.name?.start === nameStart && appointingBefore(s.words, s.norms, nameStart);
}

/** A name and the office it is given after it: "… حسن مراد وزيراً للدولة", "تسلمت ندى البستاني وزارة الطاقة". */
function appointedBefore(s: Scan, i: number): Detection | null {
  const { words, norms } = s;
  // (A comma may stand before an office in the accusative after a word of appointing: «وعينت الطبيب X، وزيرا جديدا للصحة».)
  const comma = /^[،,]$/.test(words[i]!.punctBefore ?? '');
  if (words[i]!.punctBefore && !comma) return null;
  const t = accusativeTitle(words, norms, i) ?? (comma ? null : takenMinistry(words, norms, i) ?? appointedIndefinite(words, norms, i));
  if (!t) return null;
  // (The office given is a full one: the name's surname may be a word of no language, «ومي شدياق وزارة الدولة …».)
  const name = readNameBefore(words, norms, i, true, true);
  if (!name || (comma && !appointingBefore(words, norms, name.start))) return null;
  if (name.start < s.lastEnd) {
    if (!readWithStyleAfterAppointing(s, i, name.start)) return null;
    s.detections.pop();
  }
  const known = s.knownAt(name.start);
  const fits = !!known && known.length >= name.end - name.start - 1 && spelledAs(known.person, name.norms);
  return { name, title: { ...t, appointed: true }, rank: null, start: name.start, end: t.end, known: fits ? known!.person : null, ref: false };
}

/** «… وزارة الصحة …، وتولاها X Y»: the name after a verb of taking the ministry over is its minister. */
function takenBack(s: Scan, i: number): Detection | null {
  const { words, norms } = s;
  const t = ministryTakenBack(words, norms, i);
  if (!t || words[i + 1]?.punctBefore) return null;
  const name = readNameAfter(words, norms, i + 1, false, false, true);
  // (After the verb a name source's word counts as a name word: «جميل» is Jamil.)
  const listed = name && name.norms.every((w) => !w.startsWith('ال') && (inNameDictionaries(w) || lexicalReading(w) === null)) && name.norms.some((w) => inNameDictionaries(w));
  if (!name || name.end - name.start < 2 || !(nameShaped(name.norms) || listed)) return null;
  const known = s.knownAt(name.start);
  const fits = !!known && known.length >= name.end - name.start - 1 && spelledAs(known.person, name.norms);
  return { name, title: { ...t, appointed: true }, rank: null, start: i + 1, end: name.end, known: fits ? known!.person : null, ref: false };
}

/**
 * One dual title held by each of two names: «وزيرا الصناعة السابقان يوسف يوسفي ومحجوب بدة», «النائبان في مجلس
 * الأمة X وY». The title is read in the singular (its dual modifiers too) and each name gets it.
 */
/** The first form of a word (no prefix but و) that is a head title in the plural: «وزراء», «والنواب». */
function pluralForm(w: Word): WordForm | undefined {
  return w.forms.find((f) => (f.prefix === '' || f.prefix === 'و') && pluralHeads.has(stripAl(f.form)));
}

/**
 * The singular head of the first form of a word (no prefix but و) that reads as a head title in the dual or plural:
 * «رئيسا» → رئيس, «وزيري» → وزير; a feminine dual's ت is the singular's ة: «النائبتين» → نائبة, «وزيرتا» → وزيرة.
 */
function dualTitleForm(w: Word): string | null {
  // (A loop, not filter/map/find: this is asked at most words of the article.)
  for (const f of w.forms) {
    if (f.prefix !== '' && f.prefix !== 'و') continue;
    const last = f.form.charCodeAt(f.form.length - 1);
    if (last !== 0x627 && last !== 0x646 && last !== 0x64a) continue; // ا، ن، ي: every ending below ends so
    const x = /^(.{3,})(?:ا|ان|ي|ين)$/.exec(stripAl(f.form));
    if (!x) continue;
    if (heads.match(x[1]!, [x[1]!], 0)) return x[1]!;
    const fem = feminineSingular(x[1]!);
    if (fem && heads.match(fem, [fem], 0)?.value.fem) return fem;
  }
  return null;
}

/** «البلدين», «الدولتين», «الجانبين», «الطرفين»: the two sides a dual title is shared by, in the genitive. */
const OF_BOTH_SIDES = /^ال(بلدين|دولتين|جانبين|طرفين)$/;

function oneTitleTwoNames(s: Scan, i0: number): Detection[] {
  const { words, norms } = s;
  // (The first of a list may carry و: «وعضوا المجلس …».)
  const head = dualTitleForm(words[i0]!);
  if (!head || ofBodyNoun(s, i0)) return [];
  const ws = words.slice();
  const ns = norms.slice();
  ws[i0] = { ...words[i0]!, norm: head, forms: [{ prefix: '', form: head }] };
  ns[i0] = head;
  for (let k = i0 + 1; k < i0 + 6 && k < words.length && !words[k]!.punctBefore; k++) {
    const single = ns[k]!.replace(/(ان|ين)$/, '');
    if (single !== ns[k] && modifiers.has(single)) { ns[k] = single; ws[k] = { ...words[k]!, norm: single, forms: [{ prefix: '', form: single }] }; }
  }
  // (A head in the dual construct after it is in the dual too: «نائبي رئيسي الوزراء» — two deputy prime ministers.)
  const inner = i0 + 1 < words.length && !words[i0 + 1]!.punctBefore && /ي$/.test(norms[i0 + 1]!) ? dualTitleForm(words[i0 + 1]!) : null;
  if (inner && !/^و/.test(norms[i0 + 1]!)) { ns[i0 + 1] = inner; ws[i0 + 1] = { ...words[i0 + 1]!, norm: inner, forms: [{ prefix: '', form: inner }] }; }
  // «وزيرا داخلية البلدين»: the portfolio in the construct with the two sides is read as the definite one («الداخلية»).
  const bothAt = OF_BOTH_SIDES.test(ns[i0 + 2] ?? '') ? i0 + 2 : OF_BOTH_SIDES.test(ns[i0 + 3] ?? '') ? i0 + 3 : -1;
  if (bothAt > 0 && !words[bothAt]!.punctBefore && !words[bothAt - 1]!.punctBefore && !/^ال/.test(ns[bothAt - 1]!)) {
    const definite = 'ال' + ns[bothAt - 1]!;
    ns[bothAt - 1] = definite;
    ws[bothAt - 1] = { ...words[bothAt - 1]!, norm: definite, forms: [{ prefix: '', form: definite }] };
  }
  // Each name may carry its rank: «عضوي المجلس الفريق X والفريق أول ركن Y» (the title ends before it).
  let rankAt = -1;
  for (let k = i0 + 1; k < i0 + 6 && k < words.length && !words[k]!.punctBefore; k++) if (matchStyle(ws, ns, k)?.rank) { rankAt = k; break; }
  const t0 = parseTitle(rankAt > 0 ? ws.slice(0, rankAt) : ws, i0, countryName, rankAt > 0 ? ns.slice(0, rankAt) : ns, false);
  if (!t0) return [];
  const rank1 = rankAt === t0.end ? matchStyle(ws, ns, t0.end) : null;
  // («وزيرا الخارجية، المقدوني X واليوناني Y»: after a comma too, the first holder's nationality before his name.)
  const commaNat = !rank1 && !t0.country && !t0.roles.some((r) => r.nat) && /^[،,]$/.test(words[t0.end]?.punctBefore ?? '') ? matchNationality(ns, t0.end) : null;
  const t = commaNat ? ofNationality(t0, commaNat) : t0;
  // «وزيرا داخلية البلدين X وY»: «of the two countries» stands for the countries, and each name follows.
  const ofBoth = !rank1 && !commaNat && !t.country && OF_BOTH_SIDES.test(ns[t.end] ?? '') ? 1 : 0;
  const first = readNameAfter(ws, ns, t.end + (rank1?.length ?? commaNat?.length ?? ofBoth), !commaNat, false, true);
  // (A comma may close the first name when «و» opens the second: «عضوا فريق الوساطة X Y، وZ W».)
  const commaThenAnd = !!words[first?.end ?? -1] && /^[،,]$/.test(words[first!.end]!.punctBefore ?? '') && /^و/.test(norms[first!.end]!);
  if (!first || first.end - first.start < 2 || first.end >= words.length || (words[first.end]!.punctBefore && !commaThenAnd)) return [];
  if (commaThenAnd) ws[first.end] = { ...words[first.end]!, punctBefore: null };
  if (commaNat) {
    const nat2 = /^وال../.test(ns[first.end] ?? '') ? matchNationality([ns[first.end]!.slice(1), ...ns.slice(first.end + 1, first.end + 4)], 0) : null;
    const second = nat2 && nat2.country !== commaNat.country ? readNameAfter(ws, ns, first.end + nat2.length, false, false, true) : null;
    if (!second || second.end - second.start < 2) return [];
    return [first, second].map((run, n) => {
      const known = knownRun(s, run);
      return { name: known.run, title: n === 0 ? { ...t, start: i0 } : ofNationality(t0, nat2!), rank: null, start: n === 0 ? i0 : first.end, end: known.run.end, known: known.person, ref: false };
    });
  }
  let second: NameRun | null = null;
  // «رئيسا رواندا X وأوغندا Y», «وزيرا خارجية مصر X والأردن Y»: each name after its own country.
  // («وزيرا الخارجية المقدوني X واليوناني Y»: each name after its own nationality, the first's inside the title.)
  const byNat = secondCountry(t, ns, first.end) ? null : secondNationality(t, ns, first.end);
  const byCountry = secondCountry(t, ns, first.end) ?? byNat;
  if (byCountry) second = readNameAfter(ws, ns, first.end + byCountry.length, false, false, true);
  else if (rank1 && /^و/.test(ns[first.end]!)) {
    const bare = ns[first.end]!.slice(1);
    ws[first.end] = { ...words[first.end]!, norm: bare, forms: [{ prefix: '', form: bare }] };
    ns[first.end] = bare;
    const rank2 = matchStyle(ws, ns, first.end);
    if (rank2) second = readNameAfter(ws, ns, first.end + rank2.length, false, false, true);
    // (The second may carry no rank: «عضوي المجلس الفريق X وY Z».)
    else {
      ws[first.end] = words[first.end]!;
      ns[first.end] = norms[first.end]!;
      second = readNameAfter(ws, ns, first.end, false, false, true, true);
    }
  } else second = readNameAfter(ws, ns, first.end, false, false, true, true);
  if (!second || second.end - second.start < 2) return [];
  const title: Title = { ...t, start: i0 };
  const titles = [title, byNat ? withNationality(t, byNat) : byCountry ? withCountry(t, byCountry.country) : title];
  return [first, second].map((run, n) => {
    const known = knownRun(s, run);
    // (The second holder's detection starts at his country when it names one.)
    const start = n === 0 ? i0 : byCountry ? first.end : run.start;
    return { name: known.run, title: titles[n]!, rank: null, start, end: known.run.end, known: known.person, ref: false };
  });
}

/** After the first name of a dual title of a country, «و» and a second country: its code and length (و included). */
function secondCountry(t: Title, ns: string[], i: number): { country: string; length: number } | null {
  if (!t.roles.some((r) => r.complement?.kind === 'country' || (r.complement?.kind === 'portfolio' && !!r.complement.country)) || !/^و../.test(ns[i] ?? '')) return null;
  const c = matchCountryName([ns[i]!.slice(1), ...ns.slice(i + 1, i + 4)], 0);
  return c ? { country: c.country, length: c.length } : null;
}

/**
 * After the first name of a dual title whose nationality is the first holder's, «و» and a second nationality of another
 * country: its code and length (و included).
 */
function secondNationality(t: Title, ns: string[], i: number): NationalityMatch | null {
  if (!t.country || !t.roles.some((r) => !!r.nat) || !/^وال../.test(ns[i] ?? '')) return null;
  const n = matchNationality([ns[i]!.slice(1), ...ns.slice(i + 1, i + 4)], 0);
  return n && n.country !== t.country ? n : null;
}

/**
 * A title with no nationality of its own given one, on its innermost office: «نائب رئيس الوزراء» + «الأذربيجاني» is
 * the Deputy Azerbaijani Prime Minister, as the parser reads «نائب رئيس الوزراء الأذربيجاني».
 */
function ofNationality(t: Title, nat: NationalityMatch): Title {
  const inner = (r: Title['roles'][number]): Title['roles'][number] => (r.complement?.kind === 'role' ? { ...r, complement: { ...r.complement, role: inner(r.complement.role) } } : { ...r, nat });
  return { ...withCountry(t, nat.country), roles: t.roles.map((r, n) => (n === t.roles.length - 1 ? inner(r) : r)) };
}

/** The same title of another nationality: the second holder's own («واليوناني»), never the first's. */
function withNationality(t: Title, nat: NationalityMatch): Title {
  const moved = withCountry(t, nat.country);
  return { ...moved, roles: moved.roles.map((r) => (r.nat ? { ...r, nat } : r)) };
}

/** A house of parliament as the article writes it after a committee («بمجلس النواب», «في البرلمان»). */
const CHAMBER = /^(ب|في|ل|لل)?(مجلس|البرلمان|برلمان)$/;
const CHAMBER_OF = /^(النواب|الشعب|الامه|المستشارين|الشيوخ|الشوري|الاعيان)$/;

/**
 * The article has named a committee of parliament before word `to`: «لجنة التعليم والثقافة والاتصال بمجلس النواب».
 * «رئيس اللجنة» after a name and a comma then heads that committee (the chairman, an MP), as «رئيس لجنة المالية»
 * would — not a committee of civil society that no chamber owns.
 */
function parliamentaryCommitteeBefore(norms: string[], words: Word[], to: number): boolean {
  for (let k = 0; k < to; k++) {
    if (!/^[وبل]?لجنه$/.test(norms[k]!)) continue;
    for (let j = k + 1; j < Math.min(k + 9, to) && !words[j]!.punctBefore; j++) {
      if (!CHAMBER.test(norms[j]!)) continue;
      if (/البرلمان$/.test(norms[j]!) || CHAMBER_OF.test(norms[j + 1] ?? '')) return true;
    }
  }
  return false;
}

/** The same title for another country. */
function withCountry(t: Title, country: string): Title {
  const roles = t.roles.map((r) => {
    const c = r.complement;
    if (c?.kind === 'country') return { ...r, complement: { kind: 'country' as const, code: country } };
    return c?.kind === 'portfolio' && c.country ? { ...r, complement: { ...c, country } } : r;
  });
  return { ...t, roles, country };
}

/** Word i is the genitive of a body's noun in the construct: «مجلس النواب», «حزب المحافظين» name a body, no office. */
function ofBodyNoun(s: Scan, i: number): boolean {
  const { words } = s;
  // («برئاسة», «بقيادة»: chaired or led by — the verbal noun, no presidency: «برئاسة نائبي رئيسي الوزراء X وY».)
  return i > 0 && !words[i]!.punctBefore && !LED_BY.has(s.norms[i - 1]!) && words[i - 1]!.forms.some((f) => !f.form.startsWith('ال') && institutionNouns.has(f.form));
}

/**
 * One plural title that a list of names shares: «وضم الوفد النواب X وY وZ», «وحضر الوزراء: X، وY», «أعضاء مجلس النواب
 * X وY». The title is read in the singular and each name of the list holds it; the list is two names or more of two
 * words or more, joined by و or commas, and ends where an item has a title of its own.
 */
function pluralTitled(s: Scan, i0: number, words = s.words, norms = s.norms): Detection[] {
  const w0 = words[i0]!;
  const plural = pluralForm(w0);
  if (!plural || ofBodyNoun(s, i0)) return [];
  const single = pluralHeads.get(stripAl(plural.form))!;
  const ws = words.slice();
  const ns = norms.slice();
  ws[i0] = { ...w0, norm: single, forms: [{ prefix: '', form: single }] };
  ns[i0] = single;
  const t = parseTitle(ws, i0, countryName, ns, false);
  if (!t) return [];
  let k = t.end;
  const placedTitle = t.end - t.start >= 2 && Array.from({ length: t.end - i0 - 1 }, (_, n) => i0 + 1 + n).some((p) => placeLengthAt(ns, p) === t.end - p);
  // (A colon may open the list: «الوزراء: X، وY».)
  if (/^[:：]$/.test(words[k]?.punctBefore ?? '')) ws[k] = { ...words[k]!, punctBefore: null };
  const runs: NameRun[] = [];
  for (let n = 0; n < 8 && k < words.length; n++) {
    const conj = n > 0 && /^و/.test(ns[k]!);
    if (n > 0 && !conj && !/^[،,]$/.test(ws[k]!.punctBefore ?? '')) break;
    // (An item with a title of its own is the next person's: «… والوزير X».)
    const bare = conj ? ns[k]!.slice(1) : ns[k]!;
    if (n > 0 && (startsTitle(ws, ns, k) || heads.match(stripAl(bare), [stripAl(bare), ...ns.slice(k + 1)], 0) || styles.has(bare) || ranks.has(bare))) break;
    // (Nor, after a title that ends in a place, an item that opens with a place: that holder names his own, and
    // pluralByPlace reads the list: «وزراء خارجية تركيا X، وأذربيجان Y».)
    if (n > 0 && placedTitle && placeLengthAt([bare, ...ns.slice(k + 1, k + 4)], 0) > 0) break;
    const run = n === 0 ? readNameAfter(ws, ns, k, false, false, true) : readNameAfter(ws, ns, k, true, false, true, conj);
    if (!run || run.end - run.start < 2) break;
    runs.push(run);
    k = run.end;
  }
  if (runs.length < 2) return [];
  return runs.map((run, n) => {
    const known = knownRun(s, run);
    return { name: known.run, title: t, rank: null, start: n === 0 ? i0 : run.start, end: known.run.end, known: known.person, ref: false };
  });
}

/** A nationality with the article at word k («الروسي», «الكوري الجنوبي»; a conjunction before it left off): its length, or 0. */
function nationalityLengthAt(ns: string[], k: number): number {
  return /^ال/.test(ns[k]!) ? (matchNationality(ns, k)?.length ?? 0) : 0;
}

/** A country's or a place's name at word k (a conjunction before it left off): its length, or 0. */
function placeLengthAt(ns: string[], k: number): number {
  const c = matchCountryName(ns, k);
  if (c) return c.length;
  return places.match(ns[k]!, ns, k)?.length ?? 0;
}

/**
 * One plural title whose place or country each holder names before his name: «وزراء خارجية مصر X، والأردن Y،
 * والعراق Z», «ولاة جندوبة X، والكاف Y، والقصرين Z». The title is read in the singular with the first place; each
 * item after «و» (a comma perhaps before it) is a place, then a name of two words or more, holding the title of its place.
 */
function pluralByPlace(s: Scan, i0: number): Detection[] {
  const { words, norms } = s;
  const w0 = words[i0]!;
  const plural = pluralForm(w0);
  if (!plural || ofBodyNoun(s, i0)) return [];
  const single = pluralHeads.get(stripAl(plural.form))!;
  const ns = norms.slice();
  ns[i0] = single;
  const ws = words.map((w, k) => (k === i0 ? { ...w, norm: single, forms: [{ prefix: '', form: single }] } : w));
  const t = parseTitle(ws, i0, countryName, ns, false);
  if (!t || t.end - t.start < 2) return [];
  // The title's place is its last words: the words before it are the office every item shares.
  let placeAt = -1;
  for (let p = t.end - 1; p > i0 && placeAt < 0; p--) if (placeLengthAt(ns, p) === t.end - p) placeAt = p;
  // (Or its nationality, each holder giving his own: «وزراء الدفاع الروسي X والتركي Y والإيراني Z».)
  let byNationality = false;
  for (let p = t.end - 1; p > i0 + 1 && placeAt < 0; p--) if (nationalityLengthAt(ns, p) === t.end - p) { placeAt = p; byNationality = true; }
  if (placeAt < 0 || words.slice(i0 + 1, t.end).some((w) => w.punctBefore)) return [];
  const office = ns.slice(i0, placeAt);
  const first = readNameAfter(ws, ns, t.end, true, false, true);
  if (!first || first.end - first.start < 2) return [];
  const items: { run: NameRun; title: Title; start: number }[] = [{ run: first, title: { ...t, start: i0 }, start: i0 }];
  let k = first.end;
  for (let n = 0; n < 8 && k < words.length; n++) {
    if (!/^و../.test(ns[k]!) || (words[k]!.punctBefore && !/^[،,]$/.test(words[k]!.punctBefore!))) break;
    const bare = [ns[k]!.slice(1), ...ns.slice(k + 1, k + 4)];
    const len = byNationality ? nationalityLengthAt(bare, 0) : placeLengthAt(bare, 0);
    if (!len || words.slice(k + 1, k + len + 1).some((w) => w.punctBefore)) break;
    const run = readNameAfter(ws, ns, k + len, true, false, true);
    if (!run || run.start !== k + len || run.end - run.start < 2) break;
    const tw = toWords(`${office.join(' ')} ${bare.slice(0, len).join(' ')}`);
    const parsed = parseTitle(tw, 0, countryName, tw.map((w) => w.norm), false);
    if (!parsed || parsed.end !== tw.length) break;
    const roles = parsed.roles.map((r) => ({ ...r, start: k, end: k + len }));
    items.push({ run, title: { ...parsed, roles, start: k, end: k + len }, start: k });
    k = run.end;
  }
  if (items.length < 2) return [];
  return items.map(({ run, title, start }) => {
    const known = knownRun(s, run);
    return { name: known.run, title, rank: null, start, end: known.run.end, known: known.person, ref: false };
  });
}

/** The whole run is a known city or country ("إسلام آباد", "نيودلهي"), not a person. */
function isPlaceName(norms: string[], name: NameRun): boolean {
  const len = name.end - name.start;
  const place = places.match(norms[name.start]!, norms, name.start);
  const country = matchCountryName(norms, name.start);
  return (!!place && place.length === len) || (!!country && country.length === len && !isNameWordLookup(norms[name.start]!));
}

/**
 * A known person matched only by a form that names them after a title («عبدالله» after «الملك») is that person only
 * after a title of their office: «الدبلوماسي السابق عبد الله باعلي» is no king. «الرئيس» is a courtesy anyone may bear.
 */
function titledFormAgrees(s: Scan, name: NameRun, t: Title | null, rank: string | null, known: NonNullable<ReturnType<Scan['knownAt']>>): boolean {
  const plain = s.knownAt(name.start, false);
  if (plain && plain.person.id === known.person.id) return true;
  if (rank === 'President' || (!t && !rank)) return true;
  const heads = [rank, ...(t?.roles.map((r) => r.head.bare ?? r.head.en) ?? [])].filter((h): h is string => !!h);
  return known.person.roles.some((r) => heads.some((h) => r.role_en.includes(h)));
}

/** Generic bodies that are a country's provinces: their offices are public. */
const PROVINCES = new Set(['Region', 'State', 'Province', 'Governorate']);

/** Bare titles the press puts before a name as a courtesy, after the office that is the role. */
const COURTESY = new Set(['Counsellor', 'Minister', 'Ambassador', 'Commander']);

/** Whether the words from k go on, with no break, through at most one more indefinite noun to a definite one that is no style or rank. */
function constructReachesGenitive(s: Scan, k: number): boolean {
  const { words, norms } = s;
  for (let n = k; n < k + 2 && n < words.length; n++) {
    if (words[n]!.punctBefore || matchStyle(words, norms, n)) return false;
    if (norms[n]!.startsWith('ال')) return true;
    if (/^[بو]/.test(norms[n]!) || /ا$/.test(norms[n]!)) return false;
  }
  return false;
}

/**
 * Ranks that name an officer only (not «الفريق», a team too, «اللواء», a brigade or a province, «العميد», a dean, or
 * «الرائد», a pioneer), normalised as written after the article.
 */
const OFFICER_RANK = /^(الجنرال|المارشال|الماريشال|نايب المارشال|نايب الماريشال|نايب الادميرال|نايب الاميرال|الادميرال|الاميرال|المشير|الكولونيل|العقيد|الميجور)( |$)/;

/**
 * A nationality adjective at j between an officer's rank (at `at`) and a name after it: «الجنرال الموريتاني حننا ولد
 * سيدي», «نائب المارشال الجوي الهندي ر. غ. ك. كابور». The name must read right after it.
 */
function nationalityAfterRank(s: Scan, at: number, j: number): NationalityMatch | null {
  const { words, norms } = s;
  if (!OFFICER_RANK.test(norms.slice(at, j).join(' ').replace(/^[وف](?=ال)/, '')) || !words[j] || words[j]!.punctBefore || !norms[j]!.startsWith('ال')) return null;
  const nat = matchNationality(norms, j);
  if (!nat || !words[j + nat.length] || words[j + nat.length]!.punctBefore) return null;
  const run = readNameAfter(words, norms, j + nat.length, true);
  return run && run.start === j + nat.length ? nat : null;
}

/** Whether the title's last office is of a body read with its state (a nationality or a country). */
function endsInNationalBody(t: Title): boolean {
  const c = t.roles[t.roles.length - 1]!.complement;
  return c?.kind === 'inst' && !!(c.inst.nat || c.inst.country);
}

/** How many words of an office's complement the grammar may leave unread before a carried rank. */
const UNREAD_MAX = 6;

/** A member's title with only the party he sits for («النائب عن حزب العدالة والتنمية»). */
function mpOfParty(r: Title['roles'][number]): boolean {
  return r.head.bare === 'MP' && !r.complement && !r.nat && r.tails.length === 1 && /^for the .*\b(Party|Movement|Bloc|Alliance|Front)\b/.test(r.tails[0]!);
}

/** An office of a body the title names (a committee, a group, a council), not a bare head. */
function bodyOffice(t: Title): boolean {
  const last = t.roles[t.roles.length - 1]!;
  return t.roles.length === 1 && last.complement?.kind === 'inst' && (!!last.complement.inst.nat || !!last.complement.inst.partner || !!last.complement.inst.adjectives.length || !!last.complement.inst.purpose);
}

/** A member of parliament's bare title at k («النائب», «النائبة»), the name right after it. */
function bareMemberBefore(s: Scan, k: number): boolean {
  const { words, norms } = s;
  const mp = titleAt(s, k, false);
  const r = mp?.roles.length === 1 ? mp.roles[0]! : null;
  return !!r && r.head.bare === 'MP' && !r.complement && !r.nat && !r.tails.length && mp!.end === k + 1 && !!readNameAfter(words, norms, mp!.end, false);
}

/** Ranks that a holder of an office carries before the name: a soldier's, an ambassador's, a judge's. */
const CARRIED_RANKS = new Set(['Ambassador', 'Judge', 'General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Colonel Major', 'Colonel', 'Lieutenant Colonel',
  'Major', 'Captain', 'First Lieutenant', 'Second Lieutenant', 'Lieutenant', 'Field Marshal', 'Air Marshal', 'Vice Admiral', 'Admiral']);
const PREPOSITIONS = new Set(['علي', 'عن', 'من', 'الي', 'مع', 'حول', 'بين', 'خلال', 'عند', 'لدي', 'منذ', 'بعد', 'قبل']);
/** Words that may go on an office's complement the grammar stops short of: definite, or in the construct, or «لـ». */
const COMPLEMENT_WORD = /^(و?ال|و?لل?)/;

/**
 * Where a carried rank stands after an office with a complement, past one to four words the title grammar does not read
 * («… لشؤون التنمية [والتعاون الدولي] السفيرة X»): the rank's index, or null. The words between must read as more of
 * the complement — definite words, a construct, «في» before a body — and none a time, a place, a style or an office of
 * another person («استقبل وزير الخارجية اليوم السفير X» is two people).
 */
function rankAfterUnreadComplement(s: Scan, t: Title, j: number): number | null {
  const { words, norms } = s;
  // (The office read must say which: «رئيس هيئة [الإشراف على الانتخابات] القاضي X» read as a bare Head of the Authority
  // says less than the rank.)
  const last = t.roles[t.roles.length - 1]!.complement;
  // (A head of more than one word says which by itself: «رئيس أركان القوات [التابعة لحكومة الوحدة] الفريق X».)
  const compoundHead = t.roles.length === 1 && /\s/.test(t.roles[0]!.head.en);
  if (!last || (!compoundHead && last.kind === 'inst' && last.inst.generic && !last.inst.of && !last.inst.purpose && !last.inst.adjectives.length && !last.inst.nat && !last.inst.ofRole)) return null;
  // (A name right after the office is its holder's: «رئيس الحكومة X Y والمشير Z» are two people.)
  if (holderRightAt(s, j)) return null;
  for (let k = j; k <= j + UNREAD_MAX && k < words.length; k++) {
    if (words[k]!.punctBefore) return null;
    const style = matchStyle(words, norms, k);
    // (A rank after «و» is another person's: «… والسفير X».)
    if (k > j && style?.rank && CARRIED_RANKS.has(style.rank)) return !/^[وف]/.test(norms[k]!) && readNameAfter(words, norms, k + style.length, false) ? k : null;
    // (A member's bare title is carried the same way: «رئيس لجنة الشؤون الخارجية والتعاون والجالية [في المجلس الشعبي
    // الوطني] النائب X».)
    if (k > j && !/^[وف]/.test(norms[k]!) && bareMemberBefore(s, k)) return k;
    if (k === j + UNREAD_MAX || style || startsTitle(words, norms, k) || timePhraseLength(norms, k) > 0 || matchCountryName(norms, k) || places.match(norms[k]!, norms, k)) return null;
    const w = norms[k]!;
    const next = norms[k + 1] ?? '';
    const construct = constructAt(s, k);
    const inBody = w === 'في' && !!institutionNouns.get(stripAl(next));
    // («للشراكة من أجل التنمية»: a body's purpose.)
    const purpose = (w === 'من' && next === 'اجل') || (w === 'اجل' && norms[k - 1] === 'من');
    if (!COMPLEMENT_WORD.test(w) && !construct && !inBody && !purpose) return null;
  }
  return null;
}

/**
 * Where a foreign name stands after an office with a complement, past one to four words the title grammar does not read
 * («المدير القطري للبنك الدولي [لدائرة الشرق الأوسط] X Y،»): the name's index, or null. The words between read as more
 * of the complement (definite words, «لـ», «بالـ», «في» before a body); the name opens on a foreign given name no Arab
 * name list holds, or is a foreign name whole, and closes at punctuation, «إن/أن», «في» or a reporting verb.
 */
function foreignNameAfterUnreadComplement(s: Scan, t: Title, j: number): number | null {
  const { words, norms } = s;
  if (!mayHaveUnreadComplement(s, t, j)) return null;
  for (let k = j; k <= j + 4 && k < words.length; k++) {
    if (words[k]!.punctBefore) return null;
    if (k > j && !/^[وفبلك]/.test(norms[k]!) && !hasArticleWord(words[k]!)) {
      const run = readNameAfter(words, norms, k, false, false, true);
      if (!run || run.start !== k || run.norms.length < 2 || run.norms.length > 3) return null;
      const [given, second] = run.norms as [string, string];
      // (A listed given name that is a word too, «جان», is foreign beside a foreign second name: «جان كريستوف».)
      const foreignGiven = foreignish(given) || (inNameDictionaries(given) && arabicNameWord(given) === undefined && foreignish(second));
      if (!foreignGiven && !foreignRun(run)) return null;
      const next = words[run.end];
      // (A family name of no language ends the name before a definite noun, the verb's object: «… أديوي المحاولة».)
      const closes = !next || /^[،,.:؛]$/.test(next.punctBefore ?? '') || (!next.punctBefore && (/^[إأ]ن$/.test(next.tok.text) || next.tok.text === 'في' || reportingVerbOf(next) !== null
        || (isForeignWord(run.norms[run.norms.length - 1]!) && hasArticleWord(next))));
      return closes ? k : null;
    }
    if (matchStyle(words, norms, k) || startsTitle(words, norms, k) || timePhraseLength(norms, k) > 0) return null;
    const w = norms[k]!;
    const inBody = w === 'في' && !!institutionNouns.get(stripAl(norms[k + 1] ?? ''));
    // (A word of the complement is a noun with its article or «لـ»: not «لو», a Chinese family name after the office.)
    if ((!/^(و?ال|و?لل?|بال)/.test(w) || w.length < 4) && !inBody) return null;
  }
  return null;
}

/**
 * Where an Arab name stands after an office with a complement, past one to six words the title grammar does not read
 * («مدير التخطيط [والمتابعة بوزارة الصحة] X Y،», «المدير العام للشؤون القانونية [في وزارة العدل] X Y إن»): the name's
 * index, or null. The words between read as more of the complement (definite words, «لـ», «بالـ», a construct, «بـ» or
 * «في» before a body); the name is a listed given name that is no ordinary word (or a name word too), then one to three
 * listed name words or words of no dictionary, closed by punctuation, «إن/أن» or a reporting verb.
 */
function arabNameAfterUnreadComplement(s: Scan, t: Title, j: number): number | null {
  const { words, norms } = s;
  if (!mayHaveUnreadComplement(s, t, j)) return null;
  // (The unread words must name the body the office sits in, «بوزارة الداخلية», «في الهيئة العامة …».)
  let sawBody = false;
  for (let k = j; k <= j + UNREAD_MAX && k < words.length; k++) {
    if (words[k]!.punctBefore) return null;
    if (matchStyle(words, norms, k) || startsTitle(words, norms, k) || timePhraseLength(norms, k) > 0 || matchCountryName(norms, k)) return null;
    const w = norms[k]!;
    if (k > j && !/^[وفبلك]/.test(w) && !hasArticleWord(words[k]!)) return sawBody && arabNameClosing(s, k) ? k : null;
    const next = norms[k + 1] ?? '';
    const construct = constructAt(s, k);
    // («بوزارة الداخلية»: a body in the construct with a definite genitive; «بمطار هواري بومدين» names a place.)
    const inBody = (w === 'في' && !!institutionNouns.get(stripAl(next))) || (next.startsWith('ال') && words[k]!.forms.some((f) => f.prefix === 'ب' && !f.form.startsWith('ال') && !!institutionNouns.get(f.form)));
    if (!/^(و?ال|و?لل?|بال)/.test(w) && !construct && !inBody) return null;
    sawBody ||= inBody;
  }
  return null;
}

/**
 * An Arab name of two to four listed words at k (its given name no ordinary word), closed by punctuation, «إن/أن» or a
 * reporting verb (not by an office: «X Y رئيس …» is read with the office after it).
 */
function arabNameClosing(s: Scan, k: number): boolean {
  const { words, norms } = s;
  // (A person the gazetteer knows is read by his name, with the office it holds for him.)
  if (s.knownAt(k, true)) return false;
  const run = readNameAfter(words, norms, k, false);
  if (!run || run.start !== k || run.norms.length < 2 || run.norms.length > 4 || run.norms.some((n) => adjectives.has(n))) return false;
  const given = run.norms[0]!;
  if (!isNameWordLookup(given) || (lexicalReading(given) !== null && !isAlsoName(given))) return false;
  // (The rest listed, or no ordinary word: «الأشول» is in no list and no dictionary.)
  if (!run.norms.slice(1).every((n) => /^(بن|ابن|بنت|ولد|بو|ابو|عبد)$/.test(n) || isNameWordLookup(n) || inNameDictionaries(n) || lexicalReading(n) === null)) return false;
  const next = words[run.end];
  return !next || /^[،,.:؛]$/.test(next.punctBefore ?? '') || (!next.punctBefore && (/^[إأ]ن$/.test(next.tok.text) || reportingVerb(next.norm) !== null));
}

/**
 * An office whose complement the grammar may have stopped short of (it has one, or its head is a compound office), and
 * no name read right after it at j.
 */
function mayHaveUnreadComplement(s: Scan, t: Title, j: number): boolean {
  const last = t.roles[t.roles.length - 1]!.complement;
  const compoundHead = t.roles.length === 1 && /[\s-]/.test(t.roles[0]!.head.en);
  if (!last && !compoundHead) return false;
  return !holderRightAt(s, j);
}

/**
 * A name starts right at word j, read as an office's holder (after a comma too): asked of one position by the readers of
 * an office's unread complement in turn (rank, foreign name, Arab name), read once per position.
 */
function holderRightAt(s: Scan, j: number): boolean {
  let found = s.holders.get(j);
  if (found === undefined) {
    const holder = readNameAfter(s.words, s.norms, j, true);
    found = !!holder && holder.start === j;
    s.holders.set(j, found);
  }
  return found;
}

/**
 * The word at k is an indefinite noun in the construct that goes on to a definite genitive («حكومة تصريف الأعمال»); a
 * pronoun ends it («في مكتبه» is where, not whose), and so does a preposition's or an accusative's («وفدا برئاسة …»).
 */
function constructAt(s: Scan, k: number): boolean {
  const w = s.norms[k]!;
  return !w.startsWith('ال') && !PREPOSITIONS.has(w) && !/^ب/.test(w) && !/ا$/.test(w) && !/ه$/.test(s.words[k]!.tok.text) && !/(ها|هم)$/.test(w) && constructReachesGenitive(s, k + 1);
}

/** A word of a foreign name: a foreign list's, or a listed name or no word at all that no Arab list holds and the lexicon does not read. */
function foreignish(norm: string): boolean {
  return arabicNameWord(norm) === undefined && (foreignNameWord(norm) !== undefined || isForeignWord(norm) || (inNameDictionaries(norm) && !lexicalReading(norm)));
}

/** The word carries the article as written («ألبان» starts with a hamza and has none). */
function hasArticleWord(w: Word): boolean {
  return w.norm.startsWith('ال') && !/^[أإآ]/.test(w.tok.text);
}

/** A head with a possessive pronoun as written ("نائبه", "مستشارها"; not the feminine "نائبة"). */
function possessiveHead(w: Word): boolean {
  const m = /^(.{3,}?)(ه|ها)$/.exec(w.tok.text.replace(/[\u064B-\u0652]/g, ''));
  return !!m && !w.norm.startsWith('ال') && POSSESSED_HEADS.has(normalize(m[1]!).replace(/^[وف]/, ''));
}
const POSSESSED_HEADS = new Set(['نائب', 'مستشار', 'مساعد', 'معاون'].map(normalize));

/** No full stop, semicolon or colon between word a and word b: one sentence. */
function oneSentence(s: Scan, a: number, b: number): boolean {
  return !s.words.slice(a, b + 1).some((w) => /[.؛:]/.test(w.punctBefore ?? ''));
}

/**
 * Whom a possessive pronoun at j points to: the last titled person named before it in the sentence, right before
 * («رافق المبعوث الدولي نائبه X») or across a clause («كتب وزير الخارجية X على تويتر أن "…"، بينما أعلن نائبه Y»).
 * A title itself owned by a pronoun shares its antecedent: «رافق الرئيس وزير خارجيته X ومستشاره Y» — the adviser
 * is the president's, as the foreign minister is.
 */
function pronounOwner(s: Scan, j: number): Detection | null {
  const { detections } = s;
  // (The person named right before by his family name alone, without his office — «والتقى غروندبرغ، يرافقه نائبه X» —
  // owns it: his office is the one an earlier mention of his name gave.)
  for (let w = j - 1; w >= Math.max(0, j - 2) && oneSentence(s, w, j); w--) {
    const key = s.norms[w]!.replace(/^[وف](?=..)/, '');
    const d = [...detections].reverse().find((x) => x.name && x.title && !x.ref && x.end <= w && x.name.norms[x.name.norms.length - 1] === key);
    if (d && d.name!.norms.length > 1) return d;
  }
  let k = detections.length - 1;
  while (k >= 0 && !detections[k]!.title) k--;
  const last = detections[k];
  if (!last || last.end > j || j - last.end > 30 || !oneSentence(s, last.end, j)) return null;
  while (k > 0 && ownedByPronoun(s, detections[k]!.title!)) {
    const before = detections[k - 1]!;
    if (!before.title || before.end > detections[k]!.start || detections[k]!.start - before.end > 3 || !oneSentence(s, before.end, detections[k]!.start)) break;
    k--;
  }
  return detections[k]!;
}

/** A title given by reference: «وزير خارجيته», «مدير مكتبه», «نائبه». */
function ownedByPronoun(s: Scan, t: Title): boolean {
  return possessiveHead(s.words[t.start]!) || t.roles.some((r) => (r.complement?.kind === 'portfolio' && !!r.complement.owned) || (r.complement?.kind === 'inst' && !!r.complement.inst.possessed));
}

/**
 * "his deputy", "her adviser": the office of the person the last detection named, when it stands right before
 * ("رافق المبعوث الدولي نائبه رمزي عز الدين رمزي" → Deputy International Envoy).
 */
function deputyOfBefore(s: Scan, j: number): Title | null {
  const { words } = s;
  const stem = normalize(words[j]!.tok.text).replace(/^[وف]/, '').replace(/(ه|ها)$/, '');
  const head = heads.match(stem, [stem], 0);
  if (!head) return null;
  // The office may go on after the pronoun: «ونائبه السابق», «ومستشاره للشؤون الأمنية», «نائبه في الحركة …».
  const full = titleAt(s, j);
  const own = full && full.start === j && full.roles.length === 1 && !full.roles[0]!.complement && !full.roles[0]!.nat ? full.roles[0]! : null;
  const mods = own?.mods ?? [];
  const tails = own?.tails ?? [];
  const end = own ? own.end : j + 1;
  const prev = s.detections[s.detections.length - 1];
  // (An office of its own — «للشؤون الأمنية», «في الحركة» — is not the office of the last person named.)
  const ownerAt = tails.length ? null : pronounOwner(s, j);
  const owner = ownerAt ? ownerAt.title!.roles[ownerAt.title!.roles.length - 1]! : null;
  // (His deputy or adviser is no MP or Chancellor: the bare rank's English is not his.)
  const role = { head: { ...head.value, fem: false, bare: tails.length ? undefined : head.value.bare }, mods, complement: owner ? { kind: 'role' as const, role: owner } : null, nat: null, tails, start: j, end };
  return { roles: [role], start: j, end, country: prev?.title?.country ?? null };
}

/**
 * The holder of a title named after a clause that describes the office, and a comma: «المتحدث الرسمي لمجلس منبج
 * العسكري المتحالف مع قوات سوريا الديمقراطية، شيرفان درويش:», «زعيم الحزب الذي أسسه دا سيلفا، جيليسي هوفمان،».
 * The clause opens with a relative pronoun or a participle (ال + م…) and holds no title of its own (a name after
 * «الذي التقى الرئيس الفرنسي،» is the French president's); the name is two to four name words that end at punctuation.
 */
function nameAfterClause(s: Scan, k0: number): NameRun | null {
  const { words, norms } = s;
  const w0 = words[k0];
  if (!w0 || w0.punctBefore) return null;
  const opens = isRelativePronoun(norms[k0]!) || (/^الم/.test(norms[k0]!) && isLexical(norms[k0]!) && !startsTitle(words, norms, k0) && !matchNationality(norms, k0));
  if (!opens) return null;
  for (let j = k0 + 1; j < k0 + 12 && j < words.length; j++) {
    const p = words[j]!.punctBefore;
    if (!p) {
      if (startsTitle(words, norms, j) || reportingVerb(norms[j]!) !== null) return null;
      continue;
    }
    if (!/^[،,]$/.test(p)) return null;
    const run = readNameAfter(words, norms, j, true, false, true);
    if (!run || run.start !== j || run.end - run.start < 2 || run.end - run.start > 4) return null;
    const next = words[run.end];
    const ends = !next || /^[،,:：.؛]/.test(next.punctBefore ?? '') || (!next.punctBefore && isComplementizer(norms[run.end]!));
    const named = allNameWords(run.norms) || run.norms.some((w) => looksLikeForeignSurname(w)) || run.norms.every((w) => !isOrdinaryWord(w));
    return ends && named ? run : null;
  }
  return null;
}

/** Bodies of business, whose officers are no public officials. */
const PRIVATE_BODY = /\b(Company|Corporation|Group|Firm)\b/;

/** Words that end an office's noun phrase: a preposition of the sentence, a time word. */
const ENDS_OFFICE = /^(مع|الي|علي|عن|من|منذ|بعد|قبل|خلال|امس|اليوم|غدا|عقب|اثناء|حول|بين|ضد|عند|لدي|حيث|الذي|التي|الذين|وهو|وهي|كما|ايضا)$/;

/**
 * The holder of a long office the title grammar read only the start of, named between commas (or before «إن», «أن»,
 * «قد» or a full stop) after the office's remaining words: «وقال وزير الموارد المائية في حكومة الإقليم، X Y، إن …»,
 * «مدير معهد باستور تونس، X Y،», «ومديرة إدارة آسيا في الخارجية الفلبينية، X Y.». The words between are nouns,
 * adjectives and places of the office (no verb, preposition of the sentence or new title); the name two to four
 * name-shaped words, or one foreign word between commas («رئيس بلدية المدينة، سوكارنو،»).
 */
function holderAfterLongTitle(s: Scan, t: Title): NameRun | null {
  const { words, norms } = s;
  // (Not an office of civil society or of a firm, whose holder the grammar would not vouch for: «الرئيس التنفيذي لشركة …».)
  if (t.roles.some((r) => r.complement?.kind === 'inst' && (r.complement.inst.civil || PRIVATE_BODY.test(r.complement.inst.en)))) return null;
  // (Nor a title set off by a comma with no «و», in apposition to whoever came before — «ونظيره العراقي، وزير
  // التخطيط …، X Y» — whose office it is.)
  const joined = /^[وف]/.test(norms[t.start]!) && !heads.match(stripAl(norms[t.start]!), norms, t.start);
  // (Unless the words the comma closes name nobody, only when and where — «استقبل … السيد أحمد عطاف، يوم الاثنين بمقر
  // الوزارة، وزير الشؤون الخارجية لجمهورية قيرغيزستان، السيد جينبيك كولوباييف،»: the title then opens the verb's object,
  // and its holder is the styled name after the next comma.)
  const afterComma = !joined && /^[،,]$/.test(words[t.start]!.punctBefore ?? '');
  const afterAdverbial = afterComma && adverbialClosedAt(s, t.start);
  if (afterComma && !afterAdverbial) return null;
  for (let j = t.end; j < t.end + 10 && j < words.length; j++) {
    const p = words[j]!.punctBefore;
    // (A comma right after the title the grammar read is the apposition the title reader already weighed.)
    if (p) return j > t.end && /^[،,]$/.test(p) && (!afterAdverbial || styledAt(s, j)) ? apposedHolder(s, j) : null;
    const w = norms[j]!;
    const verb = !w.startsWith('ال') && w !== 'في' && isVerbAsWritten(w) && !isOrdinaryWord(w);
    if (ENDS_OFFICE.test(w) || w === 'قد' || verb || isComplementizer(w) || reportingVerb(w) !== null || (/^و/.test(w) && startsTitle(words, norms, j))) return null;
    if (circumstanceAt(s, j)) return null;
  }
  return null;
}

/** Prepositions that open an adverbial of place written apart: «في مقر الوزارة», «عند وصوله». */
const PLACE_PREPOSITIONS = /^(في|داخل|عند)$/;

/**
 * The words between the punctuation before them and the comma at k are an adverbial of time and place only — «، يوم
 * الاثنين بمقر الوزارة،», «، اليوم،», «، أمس في الرباط،» — so they name no one an office after the comma could be in
 * apposition to. Each word is a time word, or a prepositional phrase («ب» glued or a preposition apart) of nouns that
 * start no title, are no nationality and read as no name; the run opens after a comma (inside the sentence).
 */
function adverbialClosedAt(s: Scan, k: number): boolean {
  const { words, norms } = s;
  let a = k - 1;
  while (a > 0 && !words[a]!.punctBefore) a--;
  if (a <= 0 || a >= k || k - a > 6 || !/^[،,]$/.test(words[a]!.punctBefore ?? '')) return false;
  let j = a;
  let place = false;
  while (j < k) {
    const time = timePhraseLength(norms, j);
    if (!place && time > 0) { j += time; continue; }
    if (!place && (norms[j] === 'يوم' || isWeekday(norms[j]!))) { j++; continue; }
    if (!place && PLACE_PREPOSITIONS.test(norms[j]!)) { place = true; j++; continue; }
    const glued = !place && words[j]!.forms.some((f) => f.prefix === 'ب' && isLexical(f.form));
    if (!glued && !place) return false;
    if (startsTitle(words, norms, j) || matchNationality(norms, j) || (isNameWordLookup(norms[j]!) && !isLexical(norms[j]!))) return false;
    place = true;
    j++;
  }
  return place || j === k;
}

/** A civil style (no rank) opens the words at k: «، السيد X Y،». */
function styledAt(s: Scan, k: number): boolean {
  const style = matchStyle(s.words, s.norms, k);
  return !!style && !style.rank;
}

/**
 * «في» + a noun with a pronoun suffix that is no body («في زيارته», «في كلمته», «في جولتها») is a circumstance of the
 * sentence, not a word of an office: «ورافق الوزير الأردني في زيارته الناطق الرسمي باسم وزارة الخارجية، X Y» — the
 * minister is the verb's subject, and the spokesman after the circumstance is X Y. (An office's own body stays one:
 * «في حكومته», «في مكتبه».)
 */
function circumstanceAt(s: Scan, j: number): boolean {
  const { words, norms } = s;
  const next = words[j + 1];
  if (norms[j] !== 'في' || !next || next.punctBefore || !/(ه|ها|هم|هما)$/.test(next.tok.text)) return false;
  const stem = next.norm.replace(/(هما|ها|هم|ه)$/, '').replace(/ت$/, 'ه');
  return !isDictionaryEntry(next.forms[0]!.form) && isDictionaryEntry(stem) && !institutionNouns.has(stem);
}

/** A nationality with the article that closes the office's skipped words [from, to) at the comma: «في الخارجية اللاوسية،». */
function skippedCountry(s: Scan, from: number, to: number): string | null {
  const comma = s.words.findIndex((w, k) => k > from && k <= to && /^[،,]$/.test(w.punctBefore ?? ''));
  for (let j = from; j < comma; j++) {
    const nat = s.norms[j]!.startsWith('ال') ? matchNationality(s.norms, j) : null;
    if (nat && j + nat.length === comma) return nat.country;
  }
  return null;
}

/** The name right after a comma at k that closes at a comma, a full stop, a colon or «إن/أن/قد»: an apposed holder. */
function apposedHolder(s: Scan, k0: number): NameRun | null {
  const { words, norms } = s;
  // (A civil style may open it: «، السيد X Y،».)
  const style = matchStyle(words, norms, k0);
  const k = style && !style.rank && !words[k0 + style.length]?.punctBefore ? k0 + style.length : k0;
  if (k >= words.length) return null;
  // (Not the next item of a list, «ومحمد سالم»; «ويرانتو» is no و + a word.)
  const rest = norms[k]!.slice(1);
  if (/^[وف]/.test(norms[k]!) && !arabicNameWord(norms[k]!) && (isNameWordLookup(rest) || lexicalReading(norms[k]!) !== null)) return null;
  const run = readNameAfter(words, norms, k, true, false, true) ?? loneForeignWord(s, k);
  if (!run || run.start !== k) return null;
  const next = words[run.end];
  const closes = !next || /^[،,.:؛]/.test(next.punctBefore ?? '') || (!next.punctBefore && (isComplementizer(norms[run.end]!) || norms[run.end] === 'قد'));
  if (!closes) return null;
  const n = run.end - run.start;
  // (Between commas after an office, a given name opens the holder's name whatever the family name reads as: «زبير حراث».)
  const given = arabicNameWord(run.norms[0]!) && run.norms.every((w) => !startsTitle(words, norms, run.start + run.norms.indexOf(w)));
  // (Or words of no language at all: «آشتي هورامي».)
  const unread = run.norms.every((w) => !isOrdinaryWord(w) && !isVerbAsWritten(w) && !w.startsWith('ال'));
  if (n >= 2 && n <= 4) return nameShaped(run.norms) || given || unread ? run : null;
  return n === 1 && run.norms[0] === norms[k] && isLoneForeign(norms[k]!) && /^[،,]$/.test(next?.punctBefore ?? '') ? run : null;
}

/** One word of no language, of four letters or more: a foreign name that may stand alone («سوكارنو»). */
function isLoneForeign(norm: string): boolean {
  return lexicalReading(norm) === null && norm.length >= 4 && !norm.startsWith('ال') && !isNameWordLookup(norm.slice(1));
}

function loneForeignWord(s: Scan, k: number): NameRun | null {
  return isLoneForeign(s.norms[k]!) ? { start: k, end: k + 1, norms: [s.norms[k]!], prefixLen: 0 } : null;
}

/**
 * Word k is the preposition «على» as written (with ى), right after a word, before a word that only foreign name lists
 * hold as a family name («سير», «دول»): the preposition of the word before, not the given name Ali. («على أكبر صالحي»
 * right after a title is read elsewhere.)
 */
function governedAla(words: Word[], norms: string[], k: number): boolean {
  const w = words[k], next = norms[k + 1];
  if (!w || w.tok.text !== 'على' || w.punctBefore || !next || words[k + 1]!.punctBefore) return false;
  return foreignNameWord(next) !== undefined && arabicNameWord(next) === undefined && !originsOfGivenName(next).length;
}

/** A holder's name read after a role's words, where the role ends, and the English tails the words gave. */
interface HolderAfterRole { run: NameRun; roleEnd: number; tails: string[] }

/** The walk over a role's words: what it has read so far. */
interface RoleWalk {
  s: Scan;
  /** The scan's words with a body's short name in quotation marks unquoted. */
  words: Word[];
  norms: string[];
  j0: number;
  office: boolean;
  /** Words that were a body's short name in quotation marks. */
  quoted: Set<number>;
  tails: string[];
  /** Only a name between commas after the role is its holder's. */
  apposedOnly: boolean;
  /** The word that names a place after a place's noun, or -1. */
  placeName: number;
}

/**
 * The institution of a role may run on in words the title grammar does not know ("رئيس شركة الصين الوطنية للبترول
 * وانغ يلين", "مدير معمل الصحة العامة السيد …"): up to four ordinary words or places, maybe a style, then a name of two or
 * more name words.
 */
function nameAfterRoleWords(s: Scan, j0: number, office = false): HolderAfterRole | null {
  const walk = startRoleWalk(s, j0, office);
  const { words, norms } = walk;
  for (let j = j0; j < j0 + 7 && j < words.length; j++) {
    if (timeBeforeAnotherOffice(walk, j)) return null;
    if (opensBodyOfOffice(walk, j)) {
      const atBody = holderAfterBody(walk, j);
      if (atBody) return atBody;
      walk.apposedOnly = true;
      continue;
    }
    markPlaceName(walk, j);
    const place = placeOfOfficeLength(walk, j);
    if (place) {
      const atPlace = holderAfterPlace(walk, j, place);
      if (atPlace) return atPlace;
      j += place;
      continue;
    }
    if (!continuesRole(walk, j)) return null;
    const afterPlace = holderAfterPlaceName(walk, j);
    if (afterPlace) return afterPlace;
    if (walk.apposedOnly) {
      const apposed = holderBetweenCommas(walk, j);
      if (apposed) return apposed;
      continue;
    }
    // (A word skipped here that takes «على», written so, governs what follows: «مصدر دبلوماسي مطلع على سير المحادثات»,
    // «الدبلوماسية المغربية تراهن على دول وسط أوروبا» — no Ali.)
    if (governedAla(words, norms, j + 1)) return null;
    const holder = holderAfterRoleWord(walk, j);
    if (holder) return holder;
  }
  return null;
}

function startRoleWalk(s: Scan, j0: number, office: boolean): RoleWalk {
  const { norms } = s;
  // A body's short name in quotation marks goes on with the role's words: «المكلف متابعة مقررات مؤتمر «سيدر» X Y».
  const quoted = new Set<number>();
  const words = unquoteShortNames(s.words, j0, j0 + 7, quoted);
  // Past «في المنظمة», «لسياسة الجوار» or a place's name the role may still run on, but only a name that stands between
  // commas after it is the holder's: «مدير برنامج الطوارئ في المنظمة، X Y،», «المفوض الأوروبي لسياسة الجوار، X Y،».
  const walk: RoleWalk = { s, words, norms, j0, office, quoted, tails: [], apposedOnly: false, placeName: -1 };
  // A title that ends on a province's noun («حاكم ولاية», «حاكم إقليم») names the place next, in a word no list holds:
  // «حاكم ولاية ميراندا، X Y،».
  if (j0 > 0 && placeHeads.has(norms[j0 - 1]!) && words[j0] && !words[j0]!.punctBefore && !/^[وفبل]/.test(norms[j0]!)) { walk.placeName = j0; walk.apposedOnly = true; }
  return walk;
}

/**
 * A time phrase after an office and its nationality ends the noun phrase when the name after it has an office of its
 * own: «يلتقي الوزير الماليزي اليوم الدكتور X Y رئيس الوزراء» is the minister meeting X today, not X's title (but «قال
 * وزير الخارجية الإيراني اليوم X Y» is X's).
 */
function timeBeforeAnotherOffice(walk: RoleWalk, j: number): boolean {
  const { words, norms } = walk;
  const time = !words[j]!.punctBefore && [1, 2].some((n) => matchNationality(norms, j - n)?.length === n) ? timePhraseLength(norms, j) : 0;
  if (!time) return false;
  const style = !words[j + time]?.punctBefore ? matchStyle(words, norms, j + time) : null;
  const after = readNameAfter(words, norms, j + time + (style && !style.rank ? style.length : 0), true);
  return !!after && !!words[after.end] && !words[after.end]!.punctBefore && startsTitle(words, norms, after.end);
}

/** «في المنظمة»: the body the office is in, a definite noun. */
function opensBodyOfOffice(walk: RoleWalk, j: number): boolean {
  const { words, norms } = walk;
  return j > walk.j0 && norms[j] === 'في' && !words[j]!.punctBefore && !!words[j + 1] && !words[j + 1]!.punctBefore && norms[j + 1]!.startsWith('ال')
    && (isOrdinaryWord(norms[j + 1]!) || institutionNouns.has(stripAl(norms[j + 1]!))) && !startsTitle(words, norms, j + 1);
}

/**
 * A body known by its name after «في» («في البنك الدولي», «في صندوق النقد الدولي») closes the role: the name may follow
 * it with no comma.
 */
function holderAfterBody(walk: RoleWalk, j: number): HolderAfterRole | null {
  const { words, norms } = walk;
  const named = parseInstitution(words, norms, j + 1, /^$/);
  // (So does a body named by its noun alone, «في الاتحاد», «في الجبهة»: «رئيس فرع نيروبي في الاتحاد X Y أي …».)
  if (!named || !noPunctBetween(words, j + 1, named.end + 1)) return null;
  // (A place with its preposition after the body is where the body is, «في معهد الدراسات الأفريقية بباريس X Y»: in
  // Paris, no name word; the name follows it.)
  const at = words[named.end] && !words[named.end]!.punctBefore && placeWithPreposition(words[named.end]!) ? named.end + 1 : named.end;
  const run = readNameAfter(words, norms, at, false, false, true);
  const ends = run && (!words[run.end] || !!words[run.end]!.punctBefore || !isOrdinaryWord(norms[run.end - 1]!));
  // (After a body named by its noun alone, not a name with an office of its own after it: «استقبل رئيس الدائرة في
  // الوزارة X Y سفير …» names a guest.)
  const shaped = run && nameShaped(run.norms) && !(named.inst.generic && startsTitle(words, norms, run.end)) && !placeWithPreposition(words[run.start]!);
  if (!run || !ends || run.end - run.start < 2 || run.end - run.start > 4 || !shaped) return null;
  return { run, roleEnd: named.end, tails: [...walk.tails, `at ${institutionEnglish(named.inst, countryName, true)}`] };
}

/** A compass point, a town or a province opens a place's name: the word after it is that name («إقليم شمال كيفو»). */
function markPlaceName(walk: RoleWalk, j: number): void {
  const { words, norms } = walk;
  if (!words[j]!.punctBefore && placeHeads.has(norms[j]!) && words[j + 1] && !words[j + 1]!.punctBefore) { walk.placeName = j + 1; walk.apposedOnly = true; }
}

/** "في دمشق", "لدى لبنان": where the office is, inside the role; the place's length in words, or 0. */
function placeOfOfficeLength(walk: RoleWalk, j: number): number {
  const { words, norms } = walk;
  if (j <= walk.j0 || !/^(في|لدي)$/.test(norms[j]!) || words[j]!.punctBefore || words[j + 1]?.punctBefore) return 0;
  return matchCountryName(norms, j + 1)?.length ?? places.match(norms[j + 1]!, norms, j + 1)?.length ?? 0;
}

/** The holder's name right after the place of the office («… في دمشق X Y»). */
function holderAfterPlace(walk: RoleWalk, j: number, place: number): HolderAfterRole | null {
  const { s, words, norms, j0, office } = walk;
  const run = readNameAfter(words, norms, j + 1 + place, true);
  const holder = run && run.norms.length >= 2 && allNameWords(run.norms) ? run : office && officeWordsOnly(s, j0, j) ? holderAfterRoleWords(s, j + 1 + place) : null;
  return holder ? { run: holder, roleEnd: j + 1 + place, tails: walk.tails } : null;
}

/**
 * ب + the article or a place after the title's own words says where the office is: «المدير العام للجماعات المحلية
 * بالوزارة X», «رئيس البعثة الطبية الصينية بتونس الدكتور X», «المكلف بالتعاون الإفريقي X». Adds the English tail it
 * gives.
 */
function whereOfOffice(walk: RoleWalk, j: number): boolean {
  const { words, norms } = walk;
  const w = words[j]!;
  // (After «المكلف» ب is what the office is charged with: any noun.)
  const charged = j > 0 && /^المكلف[هة]?$/.test(norms[j - 1]!);
  const bi = w.forms.find((f) => f.prefix === 'ب');
  const body = bi && bi.form.startsWith('ال') ? institutionNouns.get(stripAl(bi.form)) : undefined;
  const land = bi && j > walk.j0 ? matchCountryName([bi.form, ...norms.slice(j + 1, j + 3)], 0) : null;
  const where = !!bi && (!!body || (charged && bi.form.startsWith('ال') && lexicalReading(bi.form) === 'word') || !!land || (j > walk.j0 && places.has(bi.form)));
  if (body) walk.tails.push(`at the ${body.en}`);
  else if (land && land.length === 1) walk.tails.push(`in ${countryName(land.country)}`);
  return where;
}

/**
 * Word j goes on with the role's noun phrase. A preposition (ب، ك، ل without the article) or a possessive pronoun ends
 * it: "السفير الأميركي تعازيه لأهالي منطقة بن قردان"; ل + the article is the institution's genitive ("للبترول").
 */
function continuesRole(walk: RoleWalk, j: number): boolean {
  const { words, norms } = walk;
  const w = words[j]!;
  const whole = lexicalReading(w.norm) === 'word';
  const where = whereOfOffice(walk, j);
  // (ل + a noun of the language goes on with the role only up to a name between commas: «لسياسة الجوار».)
  const ofNoun = !whole && !where && !w.norm.startsWith('لل') && w.forms.some((f) => /^[و]?ل$/.test(f.prefix) && lexicalReading(f.form) === 'word' && !isVerbAsWritten(f.form));
  if (ofNoun) walk.apposedOnly = true;
  const preposition = !whole && !where && !ofNoun && j !== walk.placeName && !w.norm.startsWith('لل') && w.forms.some((f) => /^[وف]?[بكل]$/.test(f.prefix));
  // (An institution of someone's is the role's own: "مديرة مكتبه في دمشق X", "سفير بلاده".)
  const pronoun = j !== walk.placeName && /(ه|ها|هم)$/.test(w.tok.text) && !isDictionaryEntry(w.forms[0]!.form) && !institutionNouns.has(w.norm.replace(/(ها|هم|ه)$/, '').replace(/ت$/, 'ه'));
  // A place names the institution too ("سوق أبوظبي العالمي", "هيئة كهرباء ومياه دبي").
  const word = isOrdinaryWord(norms[j]!) || places.has(norms[j]!) || !!matchCountryName(norms, j) || (norms[j]!.startsWith('ال') && !!matchNationality(norms, j))
    || ofNoun || j === walk.placeName || walk.quoted.has(j) || (norms[j]!.startsWith('ال') && adjectives.has(norms[j]!));
  // A verb in the present ends the title of a headline: "الرئيس الفرنسي يستقبل محمود عباس".
  const presentVerb = /^ي/.test(w.norm) && isVerbAsWritten(w.norm) && !nameWordOf(w);
  return !(w.punctBefore || !word || (startsTitle(words, norms, j) && j !== walk.placeName && !genitiveHead(walk, j)) || pronoun || preposition || presentVerb);
}

/**
 * A head of the language in the genitive of a noun of the role is the noun's, not a title of its own: «وزير حماية
 * المواطن» (Citizen Protection), «وزيرة رعاية الطفل», «مفوض شؤون اللاجئين» — a verbal noun in the construct, not a verb
 * or a particle («… قد اتفق مع الزعيم الكوري» names another person).
 */
function genitiveHead(walk: RoleWalk, j: number): boolean {
  const { words, norms } = walk;
  const prev = norms[j - 1] ?? '';
  return j > walk.j0 && norms[j]!.startsWith('ال') && !words[j]!.punctBefore && !/^(ال|[وفبل])/.test(prev) && (/^.{3,}ه$/.test(prev) || prev === 'شوون')
    && isOrdinaryWord(prev) && !isVerbAsWritten(prev) && !startsTitle(words, norms, j - 1);
}

/**
 * The place's own name, then the holder's with no comma: two or more words that are all names, or all foreign — «حاكم
 * إقليم شمال إيجه X Y».
 */
function holderAfterPlaceName(walk: RoleWalk, j: number): HolderAfterRole | null {
  const { words, norms } = walk;
  if (j !== walk.placeName || words[j + 1]?.punctBefore) return null;
  const run = readNameAfter(words, norms, j + 1, true);
  if (run && run.norms.length >= 2 && run.norms.length <= 4 && run.norms.every((x) => allNameWords([x]) || isForeignWord(x) || (!isOrdinaryWord(x) && !isVerbAsWritten(x))) && !startsTitle(words, norms, j + 1)) return { run, roleEnd: j + 1, tails: walk.tails };
  return null;
}

/** A name between commas right after word j. */
function holderBetweenCommas(walk: RoleWalk, j: number): HolderAfterRole | null {
  const { words, norms } = walk;
  const run = /^[،,]$/.test(words[j + 1]?.punctBefore ?? '') ? readNameAfter(words, norms, j + 1, true) : null;
  return run && apposedName(walk.s, run) ? { run, roleEnd: j + 1, tails: walk.tails } : null;
}

/** The holder's name right after word j, maybe after a style. */
function holderAfterRoleWord(walk: RoleWalk, j: number): HolderAfterRole | null {
  const { s, words, norms, j0, office, quoted, tails } = walk;
  const style = !words[j + 1]?.punctBefore ? matchStyle(words, norms, j + 1) : null;
  // The name may stand between commas: "البطريرك الماروني اللبناني، بشارة الراعي،".
  const read = readNameAfter(words, norms, j + 1 + (style && !style.rank ? style.length : 0), true);
  const run = read && foreignGivenBeforeClose(words, norms, read);
  // (A name between the role's words and a comma may hold foreign words: «… مؤتمر «سيدر» بيار دوكان،».)
  // (Or two or three words of no language at all: «قائد السرب الجوي أبهيناندان فارثامان».)
  const foreign = !!run && foreignRun(run);
  if (run && run.norms.length >= 2 && (allNameWords(run.norms) || foreign || (quoted.has(j) && apposedName(s, run)) || namesAfterDefinite(s, j, run))) return { run, roleEnd: j + 1, tails };
  // (Or a name that ends on a word of no language, its given names words of the language too: «… مراد تشتين قايا».)
  const tail = style ? null : foreignTailName(words, norms, j + 1, true, false);
  if (tail && (!run || tail.end > run.end)) return { run: tail, roleEnd: j + 1, tails };
  const holder = style || !office || !officeWordsOnly(s, j0, j + 1) ? null : holderAfterRoleWords(s, j + 1);
  return holder ? { run: holder, roleEnd: j + 1, tails } : null;
}

/**
 * Words [from, to) that can only go on an office's noun phrase: no verb as written, preposition of the sentence or
 * time word («استقبل الوزير أمس X Y،», «التقى رئيس الحكومة مع X Y» name the other party, not the office's holder).
 */
function officeWordsOnly(s: Scan, from: number, to: number): boolean {
  for (let m = from; m < to; m++) {
    const w = s.norms[m]!;
    if (ENDS_OFFICE.test(w) || timePhraseLength(s.norms, m) > 0 || isVerbAsWritten(w)) return false;
  }
  return true;
}

/** No role of the title describes someone who holds no public office («المحامي», «الناشط»). */
function publicOffice(t: Title): boolean {
  return t.roles.every((r) => !r.head.person);
}

/**
 * The holder named after an office's words the grammar did not read: two to four words read as a name that are
 * name-shaped throughout («… مدير دائرة شؤون الأجانب سلوبودان أويتش»), or that open with a name word and close at a
 * comma, whatever the lexicon reads the later words as («وزيرة الأسرة والسياسات الاجتماعية فاطمة بتول صيان قايا،»,
 * «منسقة برامج البنك في بيروت ميرنا سعادة،»). No word with the article but a last one that is no ordinary word («…
 * حسن الجوار،» is a policy), no title, nationality or country inside, not the next item of a list or clause.
 */
function holderAfterRoleWords(s: Scan, k: number): NameRun | null {
  const { words, norms } = s;
  // (As in apposedHolder: «وأن أسانج نقل …» is no name.)
  if (/^[وف]/.test(norms[k]!) && !arabicNameWord(norms[k]!) && (isNameWordLookup(norms[k]!.slice(1)) || lexicalReading(norms[k]!) !== null)) return null;
  const run = readNameAfter(words, norms, k, true, false, true);
  const n = run ? run.end - run.start : 0;
  if (!run || run.start !== k || n < 2 || n > 4) return null;
  const next = words[run.end];
  const comma = /^[،,]$/.test(next?.punctBefore ?? '');
  const closes = !next || comma || /^[.:؛]/.test(next.punctBefore ?? '') || (!next.punctBefore && (isComplementizer(norms[run.end]!) || norms[run.end] === 'قد'));
  // (After a comma the name stands in apposition, and must close too.)
  if (words[k]!.punctBefore && !closes) return null;
  // (A style that closes the clause opens no title: «ميرنا سعادة،». A nationality or a country is the office's: «قائد
  // المركبة الروسي X Y».)
  if (run.norms.some((_, m) => ((m < n - 1 || !closes) && startsTitle(words, norms, k + m)) || matchNationality(norms, k + m) || matchCountryName(norms, k + m))) return null;
  if (nameShaped(run.norms)) return run;
  const first = run.norms[0]!;
  const given = isNameWordLookup(first) && !nameStops.has(first) && !isOrdinaryWord(first) && !first.startsWith('ال');
  const article = run.norms.every((w, m) => !w.startsWith('ال') || (m === n - 1 && !isOrdinaryWord(w)));
  // A foreign given name the sources list opens the holder's name whatever the lexicon reads after it, and whatever the
  // stop list folds it to when written with madda («آن» → «ان»): «رئيسة مجلس حكام المقاطعات آن وايغورو،». It may close
  // at «إن», «قد» or the sentence's end too, not only at a comma: «رئيس اتحاد كينيا لألعاب القوى جاكسون تووي إن».
  const foreignGiven = !!foreignNameWord(first) && arabicNameWord(first) === undefined && !first.startsWith('ال') && (given || /^آ/.test(words[k]!.tok.text));
  const sureClose = closes && !reportingVerb(run.norms[n - 1]!) && !isComplementizer(run.norms[n - 1]!);
  return article && ((comma && given) || (sureClose && foreignGiven)) ? run : null;
}

/** «ومنافس», «وخصم», «وغريم»: a rival noun joined to a title, whom the same subject rivals. */
const RIVAL = /^و(منافس|منافسه|خصم|غريم|غريمه)$/;
/** What a race is: «في الانتخابات», «في السباق». */
const RACE = /^(الانتخابات|انتخابات|السباق|الاستحقاق)$/;

/**
 * «زعيم المعارضة ومنافس أردوغان في الانتخابات كمال X», «رئيس الوزراء السابق ومنافس الرئيس في الانتخابات X Y»: a
 * subject chain, TITLE and rival of SOMEONE in the race, then the name that holds the title. The someone (a known name,
 * a rank with or without one) is read on the way, as a person of their own when the article names them.
 */
function rivalThenName(s: Scan, t: Title, j: number): { run: NameRun; rival: Detection | null } | null {
  const { words, norms, knownAt } = s;
  if (t.end !== j || !words[j] || words[j]!.punctBefore || !RIVAL.test(norms[j]!)) return null;
  let k = j + 1;
  if (!words[k] || words[k]!.punctBefore) return null;
  const style = matchStyle(words, norms, k);
  if (style) k += style.length;
  const known = words[k] && !words[k]!.punctBefore ? knownAt(k, !!style) : null;
  let rival: Detection | null = null;
  if (known && known.length >= 1 && spelledAs(known.person, norms.slice(k, k + known.length))) {
    rival = { name: { start: k, end: k + known.length, norms: norms.slice(k, k + known.length), prefixLen: 0 }, title: null, rank: style?.rank ?? null, start: j + 1, end: k + known.length, known: known.person, ref: false };
    k += known.length;
  } else if (!style) return null;
  if (!words[k] || words[k]!.punctBefore || norms[k] !== 'في' || !words[k + 1] || words[k + 1]!.punctBefore || !RACE.test(norms[k + 1]!)) return null;
  k += 2;
  // (The race's adjectives: «الرئاسية», «المقبلة», «الماضية», «التشريعية».)
  for (let n = 0; n < 2 && words[k] && !words[k]!.punctBefore && /^ال.{3,}(يه|ه)$/.test(norms[k]!) && !isNameWordLookup(norms[k]!) && !startsTitle(words, norms, k); n++) k++;
  const run = readNameAfter(words, norms, k, true, false, true);
  if (!run || (run.end - run.start < 2 && !knownAt(run.start, true))) return null;
  return { run, rival };
}

/** The town a mayor's bare title names in the one word skipped before the name, in English: «رئيس بلدية صور X Y». */
function townSkipped(s: Scan, t: Title, j: number, end: number): string | null {
  const { words, norms } = s;
  const r = t.roles.length === 1 ? t.roles[0]! : null;
  if (!r || !TOWN_HEADS.has(r.head.en) || r.complement || r.nat || r.tails.length || t.end !== j || end !== j + 1) return null;
  if (words[j]!.punctBefore || /^[وفبل]/.test(norms[j]!) || startsTitle(words, norms, j)) return null;
  const place = places.match(norms[j]!, norms, j);
  return `of ${place && place.length === 1 ? place.value : nameToEnglish(words[j]!.tok.text)}`;
}

/** Heads whose complement is a town («رئيس بلدية», «عمدة», «عميد بلدية», «مختار»). */
const TOWN_HEADS = new Set(['Mayor']);
/** Nouns of a town's council whose town the construct names next: «بلدية», «بلديات» (a union of municipalities). */
const TOWN_NOUNS = new Set(['بلديه', 'بلديات']);

/**
 * «رئيس بلدية الدبية وليد ملاعب ان …», «عمدة بلدة X Y»: after a mayor's bare title, one word no name source lists and no
 * office starts (the town, whatever else it may mean) and then an Arab given name with one word after it, which closes
 * the clause (punctuation, أن/إن, a verb or the end): the word is the town and the two words the mayor's name, even when
 * the family name reads as a word of the language («ملاعب»).
 */
function townThenName(s: Scan, t: Title, j: number): { run: NameRun; tail: string } | null {
  const { words, norms } = s;
  const r = t.roles.length === 1 ? t.roles[0]! : null;
  // (Or any head of a municipality or union of municipalities named by its noun alone: «رئيس اتحاد بلديات الضنية X Y».)
  let inner = r?.complement?.kind === 'inst' ? r.complement.inst : null;
  while (inner?.of) inner = inner.of;
  const municipal = !!inner && inner.generic && !!inner.noun && TOWN_NOUNS.has(inner.noun) && !inner.nat && !inner.adjectives.length && !inner.purpose;
  if (!r || !(TOWN_HEADS.has(r.head.en) && !r.complement || municipal) || r.nat || r.tails.length || t.end !== j) return null;
  const w = words[j], g = words[j + 1], f = words[j + 2];
  if (!w || !g || !f || w.punctBefore || g.punctBefore || f.punctBefore || /^[وفبل]/.test(w.norm.replace(/^ال/, 'x'))) return null;
  const place = norms[j]!;
  if (startsTitle(words, norms, j) || isNameWordLookup(place) || (isNameWordLookup(stripAl(place)) && /ي$/.test(place)) || isVerbAsWritten(place) || nameStops.has(place) || matchStyle(words, norms, j)) return null;
  if (place.length < 3 || isOrdinaryWord(norms[j + 1]!) || !isNameWordLookup(norms[j + 1]!)) return null;
  const sur = norms[j + 2]!;
  // (A family name with the article only when it has a family name's shape: «قاسم القادري», not «وليد المعرض».)
  if ((/^[وفبل]/.test(sur) && !isNameWordLookup(sur) && !inNameDictionaries(sur)) || (sur.startsWith('ال') && !(hasFamilyNameShape(sur) && /ي$/.test(sur))) || nameStops.has(sur) || startsTitle(words, norms, j + 2) || matchStyle(words, norms, j + 2) || isVerbAsWritten(sur) && !isNameWordLookup(sur)) return null;
  const after = words[j + 3];
  const closes = !after || !!after.punctBefore || /^[اأإ]ن$/.test(after.tok.text) || /^(ان|انه|انها|ان|الذي)$/.test(norms[j + 3]!) || (isVerbAsWritten(norms[j + 3]!) && !isNameWordLookup(norms[j + 3]!))
    // (… or a و that opens the next item of a list, after a family name the name sources list: «محمد سعدية ونواب …».)
    || (/^و/.test(norms[j + 3]!) && !isNameWordLookup(norms[j + 3]!) && (isNameWordLookup(sur) || inNameDictionaries(sur)));
  if (!closes) return null;
  return { run: { start: j + 1, end: j + 3, norms: [norms[j + 1]!, sur], prefixLen: 0 }, tail: `of ${nameToEnglish(w.tok.text)}` };
}

/** The words with the marks of one to three quoted words in [from, to) taken off (the name after them may follow). */
function unquoteShortNames(words: Word[], from: number, to: number, quoted: Set<number>): Word[] {
  let out = words;
  for (let j = from + 1; j < to && j < words.length; j++) {
    if (!/^["«“]$/.test(words[j]!.punctBefore ?? '')) continue;
    const c = [j + 1, j + 2, j + 3].find((k) => /^["»”]$/.test(words[k]?.punctBefore ?? ''));
    if (c === undefined || words.slice(j + 1, c).some((w) => w.punctBefore)) continue;
    if (out === words) out = words.slice();
    out[j] = { ...words[j]!, punctBefore: null };
    out[c] = { ...words[c]!, punctBefore: null };
    for (let k = j; k < c; k++) quoted.add(k);
    j = c;
  }
  return out;
}

/**
 * A name in apposition, between commas (or a comma and the sentence's end): two to four words that open with a name
 * word, each a name word, a particle, a foreign surname's shape or a word of no language at all («كارلي نزانزو كاسيفيتا»).
 */
function apposedName(s: Scan, run: NameRun): boolean {
  const { words } = s;
  const n = run.end - run.start;
  if (n < 2 || n > 4) return false;
  const next = words[run.end];
  if (next && !/^[،,.:؛]/.test(next.punctBefore ?? '')) return false;
  return nameShaped(run.norms);
}

/** Name words, or a name word with foreign surnames or words of no reading at all («كارلي نزانزو كاسيفيتا»). */
function nameShaped(norms: string[]): boolean {
  if (allNameWords(norms)) return true;
  // (No reading at all, with clitics off either: «كاسيفيتا» is no ك + a word.)
  const foreign = (w: string) => w.length >= 3 && !w.startsWith('ال') && lexicalReading(w) === null && !nameStops.has(w);
  return !nameParticles.has(norms[0]!) && norms.some((w) => isNameWordLookup(w) && !nameStops.has(w))
    && norms.every((w) => isNameWordLookup(w) || nameParticles.has(w) || looksLikeForeignSurname(w) || foreign(w));
}

/**
 * The quoted name of a body right after its institution noun («حزب «قلب تونس»», 'شركة "كازاخ إنفست" الحكومية'), with the
 * adjectives after it: where the name of the body's officer may start (`end`), or null.
 */
function quotedBody(s: Scan, j: number): { end: number } | null {
  const { words, norms } = s;
  if (j < 1 || !/^["«“]$/.test(words[j]?.punctBefore ?? '') || !words[j - 1]!.forms.some((f) => institutionNouns.has(stripAl(f.form)))) return null;
  let k = j + 1;
  // (A long name or one with a dash inside: «"المناضلين من أجل الحرية الاقتصادية"», «"في إم آر أو - دي بي إم إن إي"».)
  while (k < words.length && k <= j + 8 && (!words[k]!.punctBefore || /^[-–]$/.test(words[k]!.punctBefore!.trim()))) k++;
  if (k >= words.length || !/^["»”]\s*[،,]?\s*\(?$/.test(words[k]!.punctBefore ?? '')) return null;
  let end = k;
  // (Its short name in brackets after it: «"المنظمة الوطنية الماليزية المتحدة" (أمنو)».)
  if (/\($/.test(words[k]!.punctBefore!)) {
    if (!words[k + 1] || !/^\)\s*[،,]?$/.test(words[k + 1]!.punctBefore ?? '')) return null;
    end = k + 1;
  }
  // (Adjectives of the body: «الحكومية», «الوطنية», a nationality — or up to two definite words of the language that
  // describe it, «المعارض», «اليميني المتطرف», no name word, title or body noun.)
  const start = end;
  const describing = (n: number) => norms[n]!.startsWith('ال') && isLexical(norms[n]!) && !isNameWordLookup(norms[n]!) && !institutionNouns.has(stripAl(norms[n]!))
    && !/(ين|ون|ات)$/.test(norms[n]!) && n - start < 2;
  while (end + 1 < words.length && (end === start || !words[end]!.punctBefore) && norms[end]!.startsWith('ال')
    && (adjectives.has(norms[end]!) || !!matchNationality(norms, end) || describing(end)) && !startsTitle(words, norms, end)) end++;
  // (A comma may close the body's words before the holder's name: «زعيم حزب "…" المعارض، X Y،».)
  if (end > start && words[end]!.punctBefore && !/^[،,]$/.test(words[end]!.punctBefore!)) return null;
  return { end };
}

/** A title right after a name (or after its comma) that has no name of its own: "أنور قرقاش، وزير الدولة…". */
/** Styles of address before a name (not ranks, not «السيد» or «الدكتور»): «سمو», «معالي», «سعادة», «فخامة». */
const ADDRESS_STYLE = /^(سمو|معالي|سعاده|فخامه|جلاله|سماحه|صاحب)$/;

/** Words that may follow a title and are no part of its body's name. */
const AFTER_TITLE = /^(لدي|لكن|لكنه|لكنها|لم|لن|لا|لقد|له|لها|لهم|لان|لانه|لانها|لذلك|ليس|ليست)$/;

/**
 * A title of one office of a body named by a generic noun and its adjectives only («اللجنة الوزارية», «اللجنة العليا»),
 * which the text goes on naming with no pause — its purpose («لدرء آثار الخريف») or what it is charged with
 * («المكلفة ملف النفايات»): the grammar read the body cut short.
 */
function bodyCutShort(words: Word[], norms: string[], t: Title): boolean {
  if (t.roles.length !== 1) return false;
  const c = t.roles[0]!.complement;
  if (c?.kind !== 'inst') return false;
  const { inst } = c;
  if (!inst.generic || !inst.adjectives.length || inst.of || inst.nat || inst.country || inst.purpose || inst.possessed) return false;
  const next = norms[t.end];
  if (!next || words[t.end]!.punctBefore || AFTER_TITLE.test(next)) return false;
  return /^(ال|لل)./.test(next) || /^ل.{3,}/.test(next);
}

function appositive(s: Scan, k: number): Title | null {
  const { words, norms } = s;
  if (k >= words.length || (words[k]!.punctBefore && !/^[،,]$/.test(words[k]!.punctBefore!))) return null;
  const given = words[k]!.punctBefore ? null : accusativeTitle(words, norms, k) ?? takenMinistry(words, norms, k);
  if (given) return { ...given, appointed: true };
  let a = titleAt(s, k, false);
  // "أمير البلاد", "ملك الدولة": a ruler's title with "the country" for complement is no honorific.
  if (a && a.roles.length === 1 && a.roles[0]!.head.honorific && !a.roles[0]!.complement && /^(البلاد|الدوله)$/.test(norms[a.end] ?? '') && !words[a.end]!.punctBefore) {
    const r = a.roles[0]!;
    a = { ...a, roles: [{ ...r, head: { ...r.head, honorific: false, bare: undefined }, end: a.end + 1 }], end: a.end + 1 };
    // "أمير البلاد المفدى": the epithet after it is no name.
    if (a.end < words.length && !words[a.end]!.punctBefore && norms[a.end]!.startsWith('ال') && !startsTitle(words, norms, a.end)) return { ...a, end: a.end + 1 };
    return a;
  }
  // A bare one-word head is no apposition ("… أمير" alone); a fixed title of several words is ("رئيس مجلس الوزراء").
  if (!a || (a.roles.length === 1 && !a.roles[0]!.complement && !a.roles[0]!.nat && (a.end - a.start < 2 || a.roles[0]!.head.honorific))) return null;
  if (a.roles.length === 1 && a.roles[0]!.head.honorific && !a.roles[0]!.complement) return null;
  // "رافق حفتر مدير مكتبه …": an office of the person before ("his office") is someone else's title.
  if (a.roles.some((r) => r.complement?.kind === 'inst' && r.complement.inst.possessed)) return null;
  // (… nor is a full office with a name of two words right after it, foreign ones too: «ورافق آبي أحمد وزير الخارجية
  // وركنه غيبيهو» — the office is the name's after it, as readTitled reads it.)
  if (readNameAfter(words, norms, a.end, true)) return null;
  const full = a.roles.some((r) => r.complement || r.nat);
  // (A style there opens the next person, whose own title may follow: the rule for it is below.)
  const foreign = full && words[a.end] && !words[a.end]!.punctBefore && !matchStyle(words, norms, a.end) ? readNameAfter(words, norms, a.end, true, false, true) : null;
  if (foreign && foreign.end - foreign.start >= 2) return null;
  // A rank and a name after the title are its holder: "قائد الشرطة العميد X".
  const style = matchStyle(words, norms, a.end);
  const holder = style && !words[a.end]!.punctBefore && !/^[وف]/.test(norms[a.end]!) ? readNameAfter(words, norms, a.end + style.length, false) : null;
  // (Not an address style before a name with a title of its own after it, as the Gulf agencies write: «سمو X وزير
  // الخارجية معالي Y وزير خارجية صربيا» — the style opens the next person; the title before it is X's.)
  const nextOwnTitle = !!holder && !style!.rank && ADDRESS_STYLE.test(norms[a.end]!) && (!words[holder.end]?.punctBefore || /^[،,]$/.test(words[holder.end]!.punctBefore!)) && !!titleAt(s, holder.end, false);
  if (holder && !nextOwnTitle) return null;
  const more = a.end < words.length && !words[a.end]!.punctBefore && /^[وف]/.test(norms[a.end]!) ? titleAt(s, a.end) : null;
  if (more && more.roles[0]!.complement && !readNameAfter(words, norms, more.end, true)) return { ...a, roles: [...a.roles, ...more.roles], end: more.end };
  return a;
}

/**
 * A first name after a title whose surname reads as a verb or common word ("نظيره الفنزويلي إيفان خيل،", "وزير الطاقة
 * جو صدي بدا"): the next word is the surname when name sources list it, the article repeats it alone, and the name
 * ends with it (punctuation or a verb after it).
 */
function surnameGoesOn(s: Scan, name: NameRun): NameRun {
  const { words, norms, counts } = s;
  const k = name.end;
  const w = words[k];
  if (name.end - name.start !== 1 || !w || w.punctBefore || /^(ال|[وفبل])/.test(w.norm) || nameStops.has(w.norm) || startsTitle(words, norms, k)) return name;
  if (!inNameDictionariesOf(w) || (counts.get(w.norm) ?? 0) < 2 || matchCountryName(norms, k)) return name;
  const next = words[k + 1];
  const ends = !next || !!next.punctBefore || nameStops.has(next.norm) || (isVerbAsWritten(next.norm) && !nameWordOf(next));
  return ends ? { ...name, end: k + 1, norms: [...name.norms, w.norm] } : name;
}

/**
 * The one-word name `name` with the word before it, where that word is a title word without the article that is an
 * attested given name too («أمين», «أمير», «سلطان») and the name closes at punctuation or the text's end: a title
 * word without the article opens a construct («أمين عام», «أمير قطر»), never a lone office before a name.
 */
function titleWordAsGiven(s: Scan, name: NameRun, i0: number): NameRun | null {
  const { words, norms } = s;
  const g = name.start - 1;
  const after = words[name.end];
  if (name.end - name.start !== 1 || g <= i0 || words[name.start]!.punctBefore || (after && !after.punctBefore)) return null;
  const w = norms[g]!;
  if (/^(ال|[وفبلك])/.test(w) || !startsTitle(words, norms, g) || nameStops.has(w) || !(arabicNameWord(w) !== undefined || originsOfGivenName(w).length > 0 || isGivenNameAlsoWord(w))) return null;
  return { start: g, end: name.end, norms: [w, ...name.norms], prefixLen: 0 };
}

/** A one-word name after a title must recur in the article, be a known name, or be a name word and no ordinary word. */
function acceptName(s: Scan, name: NameRun, t: Title | null, rank: string | null): boolean {
  const { counts, knownAt } = s;
  // A place after a title is the sentence's object: "ويغادر ولي العهد إسلام آباد".
  if (isPlaceName(s.norms, name)) return false;
  // (After a lone head with no article, a nationality with none is its adjective, no given name: «مصدر دبلوماسي مصري
  // مطلع», «منتدى برلماني مصري يوناني», «وزير تركي سابق».)
  if (t && !rank && indefiniteHeadAlone(s, t) && !!matchNationality([`ال${name.norms[0]!}`], 0)) return false;
  if (name.norms.length > 1) return true;
  const w = name.norms[0]!;
  if (knownAt(name.start, true)) return true;
  if (t && genitiveOfLastHead(s, t, name)) return false;
  // (A given name the article repeats says nothing when a family name with the article follows it here: «احمد
  // الصحاف» is not the «احمد» of a later «احمد ابو الغيط».)
  const next = s.words[name.end];
  const familyAfter = !!next && !next.punctBefore && next.norm.startsWith('ال') && next.norm.length > 4 && !nameStops.has(next.norm) && !startsTitle(s.words, s.norms, name.end);
  if ((counts.get(w) ?? 0) >= 2 && !familyAfter) return true;
  const conj = /^[وفبل]/.test(w) && isNameWordLookup(w.slice(1));
  if (t && !isHonorificOnly(t) && isNameWordLookup(w) && !isLexical(w) && !conj && !w.startsWith('ال')) return true;
  return !!(t || rank) && !familyAfter && (counts.get(stripAl(w)) ?? 0) >= 2;
}

/** A title of one head word written without the article and nothing after it: «دبلوماسي», «برلماني», «وزير». */
function indefiniteHeadAlone(s: Scan, t: Title): boolean {
  const r = t.roles[0]!;
  return t.roles.length === 1 && t.end - t.start === 1 && !r.complement && !r.nat && !r.tails.length && !/^[وفبلك]?(ال|لل)/.test(s.norms[t.start]!);
}

/**
 * After a definite word of the role («… مجلس صيانة الدستور»), three words or more that the name lists all hold, the
 * first a name word with no article: the holder's name. A word without the article cannot describe the definite noun
 * before it, so its reading as an adjective too («هادي»: calm) does not put it in the role (Hadi Tahan Nazif).
 */
function namesAfterDefinite(s: Scan, j: number, run: NameRun): boolean {
  const { words, norms } = s;
  if (run.norms.length < 3 || !norms[j]!.startsWith('ال') || !isNameWordLookup(run.norms[0]!) || /^(ال|[وفبلك])/.test(run.norms[0]!)) return false;
  return run.norms.every((w, k) => (isNameWordLookup(w) || inNameDictionaries(w)) && (k === 0 || !isVerbAsWritten(w)) && (k === run.norms.length - 1 || !w.startsWith('ال')) && !startsTitle(words, norms, run.start + k));
}

/**
 * Every word is a name word, a particle (بن، آل، عبد) or the word a particle links ("عبد الكريم"), no verb, and the
 * run opens with a name word ("بن قردان" is a town).
 */
function allNameWords(norms: string[]): boolean {
  const nameWord = (w: string) => isNameWordLookup(w) && !nameStops.has(w.replace(/^[وف]/, ''));
  const linked = (k: number) => (k > 0 && (nameParticles.has(norms[k - 1]!) || norms[k - 1] === 'عبد')) || compoundNameEnds.has(norms[k + 1] ?? '');
  // على and علي share one normalised form: inside a name it is Ali ("أحمد علي الصايغ").
  // A family name with its article may close the name when it is no ordinary word ("سعيد محمد الطاير").
  // So may a town's nisba without the article ("محمد نجفي", "حسن تبريزي").
  const family = (w: string, k: number) => k > 0 && k === norms.length - 1
    && ((w.startsWith('ال') && w.length >= 5 && (!isOrdinaryWord(w) || hasFamilyNameShape(w))) || isPlaceNisba(w));
  // (It opens a name too before بن or a name word: «علي بن خلفان», «علي حسن».)
  const ali = norms[0] === 'علي' && norms.length > 1 && (nameParticles.has(norms[1]!) || nameWord(norms[1]!));
  return norms.length > 0 && (nameWord(norms[0]!) || norms[0] === 'عبد' || ali)
    && norms.every((w, k) => nameWord(w) || nameParticles.has(w) || w === 'عبد' || linked(k) || ((k > 0 || ali) && w === 'علي') || family(w, k));
}

/** «رافق», «يرافق» before a title, or «المرافق» before it in ل: the title is whom the others accompany. */
const ACCOMPANYING = /^(ال)?مرافق[ةه]?$/;

/** Title t is governed by a verb or participle of accompanying: the one accompanied, not the name after it. */
function accompaniedTitle(s: Scan, t: Title): boolean {
  const { words, norms } = s;
  const k = t.start;
  if (k < 1 || words[k]!.punctBefore) return false;
  return ACCOMPANY_VERB.test(norms[k - 1]!) || (ACCOMPANYING.test(norms[k - 1]!) && norms[k]!.startsWith('لل')) || othersTitleBeforeStyle(s, t);
}

/**
 * «الوفد المرافق لرئيس منغوليا معالي X وزيرة الخارجية», «برفقة رئيس الوزراء سعادة X …», «نيابة عن رئيس الدولة معالي X
 * …»: a title in the genitive of «المرافق ل», «برفقة» or «نيابة عن», then an address style that opens a name, is the
 * one accompanied or represented — another person; the name's own office is the one after it.
 */
function othersTitleBeforeStyle(s: Scan, t: Title): boolean {
  const { words, norms } = s;
  const k = t.start;
  const governed = (ACCOMPANYING.test(norms[k - 1]!) && /^ل[^ل]/.test(norms[k]!)) || /^(برفقه|وبرفقه)$/.test(norms[k - 1]!)
    || (k > 1 && norms[k - 1] === 'عن' && /^(نيابه|بالنيابه)$/.test(norms[k - 2]!) && !words[k - 1]!.punctBefore);
  return governed && t.end < words.length && ADDRESS_STYLE.test(norms[t.end]!.replace(/^[،,]/, ''));
}

/**
 * A standing, not an office: a bare candidate, leader or diplomat, a member of a team, a diplomatic grade («الوزير
 * المفوض»). An office in apposition after the name says what the person holds.
 */
function isStanding(t: Title): boolean {
  if (t.roles.length !== 1) return false;
  const r = t.roles[0]!;
  if (r.nat || r.tails.length) return false;
  if (!r.complement) return /^(Candidate|Leader|Diplomat)$/.test(r.head.en) || (r.head.en === 'Minister' && r.mods.includes('Plenipotentiary'));
  return r.head.en === 'Member' && r.complement.kind === 'inst' && /^(Team|Delegation)$/.test(r.complement.inst.en);
}

/**
 * Title `a` right after a name (word `at`, no comma) is one head and its modifiers only («الرئيس المنتخب», «الرئيس
 * الراحل»), and the name's own office of two words or more precedes it: another person, the object of the verb.
 */
function anotherModifiedHead(s: Scan, t: Title | null, a: Title, at: number): boolean {
  const { words, norms } = s;
  if (!t || words[at]?.punctBefore || a.roles.length !== 1) return false;
  const r = a.roles[0]!;
  if (r.complement || r.nat || r.tails.length || a.end - a.start < 2) return false;
  const ownFull = t.roles.some((x) => x.complement || x.nat || x.end - x.start >= 2);
  return ownFull && norms.slice(a.start + 1, a.end).every((w) => modifiers.has(w));
}

function isHonorificOnly(t: Title): boolean {
  return t.roles.length === 1 && !!t.roles[0]!.head.honorific && !t.roles[0]!.complement;
}

/**
 * The title ends on its head word with nothing after it (no complement, nationality or tail), the head written without
 * the article: a noun in the construct, so the word after it is its genitive, not the holder's name.
 */
function constructHeadAlone(words: Word[], t: Title): boolean {
  const last = t.roles[t.roles.length - 1];
  if (!last || last.complement || last.nat || last.tails.length || last.end !== t.end) return false;
  const written = words[t.end - 1]!.norm;
  // (A modifier of two words that ends on the holder's pronoun, «المنتهية ولايته», closes the title: it governs nothing.)
  if (t.end - 2 > last.start && modifiers.has(`${words[t.end - 2]!.norm} ${written}`)) return false;
  // (A head owned by a pronoun, «رئيسها», is definite and governs nothing more.)
  return !/^[وفبلك]?(ال|لل)/.test(written) && !('owned' in last.head);
}

/**
 * «النائب الأول لعمدة دكار»، «مستشار وزير …»: a one-word name right after an office whose innermost head stands in
 * the construct with nothing after it (no article, complement, nationality or tail) is that head's genitive (a town, a
 * body), not the holder's name, unless an Arab name source lists it as a given name.
 */
function genitiveOfLastHead(s: Scan, t: Title, name: NameRun): boolean {
  if (name.start !== t.end || s.words[name.start]!.punctBefore || /^[وف]/.test(s.norms[name.start]!)) return false;
  let role = t.roles[t.roles.length - 1];
  while (role?.complement?.kind === 'role') role = role.complement.role;
  if (!role || role.complement || role.nat || role.tails.length || role.end !== t.end || 'owned' in role.head) return false;
  // (A head word that is a given name too, «الطالب أمين قاسمي», may be the name's first word.)
  const head = s.words[t.end - 1]!.norm;
  if (arabicNameWord(head) !== undefined || originsOfGivenName(head).length > 0 || isGivenNameAlsoWord(head)) return false;
  const w = name.norms[0]!;
  return !/^[وفبلك]?(ال|لل)/.test(head) && !arabicNameWord(w) && !nameParticles.has(w);
}

/**
 * Word k can be the genitive of the head before it and not the start of an Arab name: no given name an Arab name
 * source lists, no half of a compound name («عبد الله»), no punctuation around it.
 */
function governedWord(words: Word[], norms: string[], k: number): boolean {
  const next = norms[k + 1] ?? '';
  return !words[k]!.punctBefore && !words[k + 1]?.punctBefore && !arabicNameWord(norms[k]!) && !nameParticles.has(norms[k]!) && !nameParticles.has(next)
    && !/^(عبد|ابو|ام)$/.test(norms[k]!) && next !== 'الله';
}

/** Word k is «ل» + an indefinite noun of the language (لوحدة، لتحرير): a construct its genitive must complete. */
function openLamConstruct(words: Word[], norms: string[], k: number): boolean {
  const w = words[k];
  if (!w || matchCountryName(norms, k) || places.has(norms[k]!)) return false;
  return w.forms.some((f) => f.prefix === 'ل' && !f.form.startsWith('ال') && f.form.length >= 3 && lexicalReading(f.form) === 'word' && !isNameWordLookup(f.form) && !places.has(f.form) && !matchCountryName([f.form], 0));
}

/** Word k, right after such a construct, is no name word and has no article: its genitive («لوحدة أزواد»). */
function genitiveProperNoun(words: Word[], norms: string[], k: number): boolean {
  const n = norms[k];
  return !!n && !words[k]!.punctBefore && !n.startsWith('ال') && !/^[وف]/.test(n) && n.length >= 4 && !isNameWordLookup(n) && !inNameDictionaries(n);
}

/** A title of one word with nothing after it to say whose office it is: «السفير», «النائب», «الوزير». */
function bareOffice(t: Title): boolean {
  const r = t.roles.length === 1 ? t.roles[0]! : null;
  return !!r && t.end === t.start + 1 && !r.complement && !r.nat && !r.tails.length;
}
