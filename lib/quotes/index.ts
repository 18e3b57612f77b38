/**
 * Reported statements and who made them. Three sources of statements: reporting verbs and their clause
 * (statement.ts), headline statements "X: …" (headline.ts), and long quotations with no verb before them.
 * Speakers are resolved in text order: a verb with no subject of its own (وأضاف، مضيفا، وتابع) carries on
 * the last speaker, or the official a sentence with no statement in it was about.
 */
import { groupSpeakerEnglish, namedBodyEnglish } from './described-speaker';
import { isElectModifier } from './elected';
import { normalize } from '../arabic/normalize';
import { heads } from '../vocab/titles';
import type { Official, Quote, QuoteKind } from '../types';
import { conjunctionOf, isComplementizer, isRelativePronoun, isSpeechNoun, reportingVerb, reportingVerbWithObject, takesObjectFirst, type Gender } from '../vocab/reporting';
import { isNameWord } from '../english/names';
import { institutionToEnglish, roleToEnglish } from '../english/roles';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import { styledSurnameSpeaker, titleHolderNamedEarlier } from './named-earlier';
import { isDescriptiveNoun, isKinshipNoun, isPronounSubject, isSkippableAfterVerb, matchSpeakerHead } from '../vocab/speakers';
import { buildContext, gapBefore, isHeadingLine, sentenceStart, type TextContext } from './context';
import { agrees, isPluralSpeaker, lastOfGender, noteGender, speakerGender } from './gender';
import { holderOfFamilyName } from '../people/surname-speaker';
import { bodySpeakerEnglish } from './body-english';
import { findHeadlines } from './headline';
import { officialAfterSourceClause, officialOpeningComplement } from './relayed';
import { isStylePronoun, styledOfficials, styledOtherwise } from './styled';
import { antecedentBody, contrastTopic, joinedVerbSubject, documentIssuer, nationalityAfterTitle, namedDeclaration, dualReference, narratedPerson, isNameAli, holderNamedAfterTitle, namedInFullBefore, sentencePair, kanaSubject, personIn, sentenceOpenerSubject, officialByName, firstOfficialInSentence, quotedBodyAntecedent, claimOwner, firstSpeakerInSentence, officialSpeaker, prefixSpeaker, speakerEnglish, subjectAfter, subjectBefore, titledPersonOpener, namedOpener, nationalTitleOpener, styledTitleOpener, personAfterAdverbialOpener, subjectAfterSaidIn, type Speaker } from './speaker';
import { roleOpensWithTitle, titleWrittenAtName, titleWrittenAtOfficial } from './title-at-name';
import { findTriggers, HAKADHA, isDualSubject, isNameQuotation, nounBeforePreposition, triggerVerb, type Trigger } from './statement';

interface Candidate {
  /** Token where the speaker is named or implied: the verb, the headline prefix, the quotation. */
  at: number;
  /** Token range of the statement; none for an event that only names a speaker. */
  first: number;
  last: number;
  /** `spoken`: the speaker of the last statement (not of a sentence that only names someone). */
  speaker: (previous: Speaker | null, previousAt: number, history: readonly Speaker[], spoken: Speaker | null) => Speaker | null;
  silent?: boolean;
  /** A reporting verb with no words of its own ("وندد الوزير بـ…"): silent, but someone spoke. */
  speaks?: boolean;
  /** The reporting verb, when a trigger: its gender tells an official's whose title does not. */
  trigger?: Trigger;
  /** A headline statement on a line below the article's first paragraph. */
  crosshead?: boolean;
}

const MIN_STANDALONE_WORDS = 5;
/** At most this many words in quotation marks read as a name when a verb follows them with no comma. */
const NAME_QUOTATION_WORDS = 2;

/** Verbs that say the speaker goes on ("وأضاف", "وتابع", "واستطرد", "وأردف"). */
const CONTINUES = new Set(['اضاف', 'تابع', 'استطرد', 'اردف', 'استدرك', 'واصل']);

// (A preposition of place or company with its pronoun, «أمامهم», «معه», names nobody either; nor does one of time
// that points back to an event the sentence named, «عقد مؤتمرا قال خلاله», «التقاه قال بعدها».)
const PRONOUN_OBJECT = /^(في|عن|الي|علي|ب|ل|من|امام|مع|لدي|عند|خلال|بعد|عقب|قبل|اثناء|اثر|اعقاب|ختام)(ه|ها|هم|هما)$/;
/** A preposition of time with the pronoun of the event it points back to ("خلالها", "بعدها", "عقبه"). */
const EVENT_PRONOUN = /^(خلال|بعد|عقب|اثناء|اثر|اعقاب|ختام)(ه|ها)$/;

/**
 * Verbs of urging and informing, whose object is the one addressed before the words (دعا X إلى، حث X على، طالب X
 * بـ، أبلغ X بأن), normalised lemmas.
 */
const REPLIES = /^(رد|علق|اجاب|عقب)$/;
const ADDRESSES = /^(دعا|حث|حض|ناشد|طالب|ابلغ|اخبر|اوصي|نصح)$/;
/** A sound or -ان plural that is no name («قيادات», «العسكريين», «طالبان»): people addressed, not a body speaking. */
const isPluralNoun = (norm: string) => {
  const w = norm.replace(/^[وف]?(ال)?/, '');
  return w.length > 4 && /(ين|ون|ات|ان)$/.test(w) && !isNameWord(w);
};

/**
 * «أنصاره», «مواطنيها», «حكومته»: a noun with a possessive pronoun, no article, that is no kin or title («نجله»,
 * «نائبه», who may speak themselves).
 */
const isPossessedNoun = (norm: string) => {
  const stem = norm.replace(/^[وف]/, '').replace(/(ه|ها|هم|هما)$/, '');
  return stem.length >= 3 && stem !== norm.replace(/^[وف]/, '') && !/^(ال|لل)/.test(stem) && !isKinshipNoun(stem) && !isKinshipNoun(norm)
    && !heads.has(stem) && !heads.has(stem.replace(/ت$/, 'ه')) && !isNameWord(norm);
};

/** A preposition that opens a circumstance of the saying («في تغريدة», «خلال كلمته», «لوكالة …»), normalised. */
const CIRCUMSTANCE_AFTER = /^(في|خلال|عبر|امام|اثناء|ل.+)$/;
const BODY_CIRCUMSTANCE = /^(في|خلال|عبر|اثناء)$/;

/**
 * «البيان» at token k named again after «X في بيان» or «بيان صادر عن X»: the body X that issued it, with the statement's
 * word as the Arabic (as the text names it there), or null when no body issued a statement just before.
 */
function statementIssuerAgain(ctx: TextContext, k: number, last: number): Speaker | null {
  const found = subjectAfter(ctx, k, Math.max(k, last));
  if (!found || found.official || found.kind !== 'institution' || /^[وف]?(ال)?(بيان|بلاغ|رساله)/.test(normalize(found.ar))) return null;
  return { ...found, ar: ctx.tokens[k]!.text.replace(/^[وف](?=ال)/, ''), span: undefined };
}

function triggerSpeaker(ctx: TextContext, t: Trigger): Candidate['speaker'] {
  // No subject written after the verb: nothing there, a pronoun object alone ("أعرب فيها عن …"), or a circumstantial
  // clause opened by و ("وأضافت والدموع في عينيها: …").
  // (After a relative pronoun the clause has its subject before it or written after the verb; circumstances alone do
  // not make it go on with the sentence: "نقابة المحامين التي قالت في بيان إن".)
  const unwritten = t.subjectLast < t.subjectFirst || isCircumstance(ctx, t.subjectFirst, t.subjectLast, !isRelativePronoun(ctx.norms[t.at - 1] ?? ''));
  const embedded = t.opening === 'complementizer' && relays(ctx, t) ? embeddedSpeaker(ctx, t) : null;
  // "ووصف تصريحات X بأنها …", "واعتبر كلام Y بأنه …": after a verb whose object comes before بأن, words someone said
  // named right after the verb are that object; the one they are by does not speak, the verb's subject does.
  const sayingObject = !!t.verb && t.verb.form !== 'participle' && takesObjectFirst(t.verb.lemma) && t.subjectFirst <= t.subjectLast && isSpeechNoun(ctx.norms[t.subjectFirst]!);
  // "وشكك المصدر في تصريح الوزارة بأنه «…»": the statement's words; a reply («رد على تصريح X بأن») gives its own.
  const claimed = t.opening === 'complementizer' && t.verb && !REPLIES.test(t.verb.lemma) && !sayingObject ? claimOwner(ctx, t.subjectFirst, t.subjectLast) : null;
  return (previous, previousAt, history, spoken) => {
    // "قال المتحدث … إن الرئيس X أكد خلال الاتصال أن «…»": the words are X's, reported through the spokesman.
    if (embedded) return embedded;
    if (claimed) return claimed;
    let subject: Speaker | null | undefined;
    const turn: TriggerTurn = {
      ctx, t, previous: goesOnSpeaking(t, unwritten, previous, spoken), previousAt, history, spoken, gender: t.verb?.gender ?? null, unwritten, sayingObject,
      writtenSubject: () => subject !== undefined ? subject : (subject = subjectAfter(ctx, t.subjectFirst, t.subjectLast)),
      carried: s => carriedSpeaker(ctx, t, history, s),
    };
    if (t.verb?.form === 'participle') return participleSpeaker(turn);
    if (!t.verb) return verblessSpeaker(turn);
    return verbSpeaker({ ...turn, verb: t.verb });
  };
}

/** A trigger's speaker as read once the speakers before it are known. */
interface TriggerTurn {
  ctx: TextContext;
  t: Trigger;
  /** The speaker before it (the one who was speaking, when the verb says they go on). */
  previous: Speaker | null;
  previousAt: number;
  history: readonly Speaker[];
  /** The speaker of the last statement. */
  spoken: Speaker | null;
  gender: Gender | null;
  /** No subject written after the verb. */
  unwritten: boolean;
  /** Words someone said are the verb's object, named right after it ("ووصف تصريحات X بأنها"). */
  sayingObject: boolean;
  /** The subject written after the verb, read once. */
  writtenSubject: () => Speaker | null;
  /** A speaker carried on, made to agree with the verb. */
  carried: (s: Speaker | null) => Speaker | null;
}

/** A turn whose trigger is a verb in the indicative, no participle. */
type VerbTurn = TriggerTurn & { verb: NonNullable<Trigger['verb']> };

/**
 * "وتابع", "وأضاف" with no subject: the one who was speaking goes on, even past a sentence about someone else
 * ("وقال X …. ويزور Y أنقرة الأسبوع المقبل. وتابع: …").
 */
function goesOnSpeaking(t: Trigger, unwritten: boolean, previous: Speaker | null, spoken: Speaker | null): Speaker | null {
  return spoken && t.verb && t.verb.form !== 'participle' && CONTINUES.has(t.verb.lemma) && unwritten && agrees(spoken, t.verb.gender ?? null) ? spoken : previous;
}

/**
 * A speaker carried on must agree with the verb: "وقالت"، "مشيرة" go to the last woman who spoke, "وتابعوا" to the
 * last group (or at least not to one official).
 */
function carriedSpeaker(ctx: TextContext, t: Trigger, history: readonly Speaker[], s: Speaker | null): Speaker | null {
  const gender = t.verb?.gender ?? null;
  // ("التقى X Y …، وأكدا": the two the sentence named, before any pair that spoke earlier.)
  if (t.verb?.dual) return sentencePairHere(ctx, t.at) ?? lastPair(history) ?? sentencePair(ctx, t.at) ?? s;
  if (t.verb?.plural && s?.official) return lastPlural(history) ?? s;
  // A group takes a feminine singular verb too ("وأضافت المصادر"); a masculine singular one is one person.
  if (t.verb && !t.verb.plural && gender === 'm' && s && isPluralSpeaker(s)) s = lastSingular(history) ?? s;
  // Nobody spoke yet: the person the text named last before the verb is its subject ("بشارة الراعي، كان قد … ووصف").
  if (!s && !t.verb?.plural) return lastNamedOfGender(ctx, t.at, gender ?? 'm');
  return agrees(s, gender) ? s : lastOfGender(history, gender!) ?? lastNamedOfGender(ctx, t.at, gender!) ?? s;
}

/** "…، مضيفا أن": the subject of the sentence the participle hangs on. */
function participleSpeaker({ ctx, t, previous, previousAt, gender, carried }: TriggerTurn): Speaker | null {
  // "…، قبل أن يطلب منه رئيس المحكمة الجلوس، مؤكدا أن": the subject of the clause of time the participle follows.
  const subordinate = subordinateSubject(ctx, t.at);
  if (subordinate && agrees(subordinate, gender)) return subordinate;
  // ("ورد X على سؤال بشأن تصريح لـY، قال فيه إن …، قائلا إن": the words before were the document's; the
  // participle goes on with the one the sentence is about.)
  const opener = previousAt >= 0 && /^في(ه|ها)$/.test(ctx.norms[previousAt + 1] ?? '') ? sentenceOpenerSubject(ctx, t.at) : null;
  if (opener && agrees(opener, gender)) return opener;
  if (previousAt >= 0 && ctx.sentence[previousAt] === ctx.sentence[t.at] && agrees(previous, gender)) return previous;
  // "وكان وكيل الجمهورية لدى المحكمة قد التمس …، معتبراً أن": the subject of كان that opens the sentence.
  const kana = kanaOpenerSubject(ctx, t.at);
  if (kana && agrees(kana, gender)) return kana;
  // ("وشن النائب اللواء X Y هجوما …، معتبرا أن": a title and a name the officials layer did not link.)
  // ("وروى X Y ما شاهده قائلا:": failing any official or body, a person named right after the verb.)
  const first = contrastTopic(ctx, t.at) ?? titledPersonInSentence(ctx, t.at) ?? styledTitleOpener(ctx, t.at) ?? firstOfficialInSentence(ctx, t.at) ?? nationalTitleOpener(ctx, t.at) ?? personAfterAdverbialOpener(ctx, t.at) ?? firstSpeakerInSentence(ctx, t.at) ?? namedOpenerInSentence(ctx, t.at); // "وسارعت الوزارة إلى تأكيد أن"
  return first && agrees(first, gender) ? first : carried(previous ?? first);
}

/**
 * No verb: ("وجاء في «إعلان بغداد» أن": the declaration named after «جاء في» speaks.)
 * ("قرأ الزعيمان بيانا مشتركا جاء فيه أنهما …": a joint statement speaks for both sides, not the one who read it.)
 * ("تقدم النائب X بطلب إحاطة قال فيه إن", "إثر تصريحات لرئيس الوزراء X قال فيها": the document's author or issuer.)
 */
function verblessSpeaker({ ctx, t, previous }: TriggerTurn): Speaker | null {
  return (t.subjectFirst <= t.subjectLast ? namedDeclaration(ctx, t.subjectFirst) : null) ?? (t.opening === 'colon' ? officialAfterSourceClause(ctx, t.first) : null) ?? subjectAfterSaidIn(ctx, t.at, t.subjectFirst, t.subjectLast) ?? relayedSource(ctx, t) ?? jointDocumentBefore(ctx, t.at) ?? documentIssuer(ctx, t.at) ?? firstSpeakerInSentence(ctx, t.first) ?? namedBody(ctx, t.subjectFirst, t.subjectLast) ?? previous;
}

/** A reporting verb's speaker, stage by stage: the document, the pronoun, the antecedent, the one named again, the subject. */
function verbSpeaker(turn: VerbTurn): Speaker | null {
  const { ctx, t, previous, history, unwritten } = turn;
  const early = documentSpeaker(turn) ?? conjunctionSpeaker(turn) ?? antecedentSpeaker(turn);
  if (early) return early;
  const k = pastPronounObjects(ctx, t.subjectFirst, t.subjectLast); // "أكد فيه معاليه أن"
  const again = sameSpeakerAgain(turn, k) ?? bodyNamedAgain(turn, k);
  if (again) return again;
  // ("وقال سموه في تغريدة": a pronoun of style is the subject whatever circumstance follows it.)
  if (k < ctx.tokens.length && isPronounSubject(ctx.norms[k]!) && (t.subjectLast <= k || !ctx.norms[k + 1] || t.subjectLast < k || (!/^[وف]?ال/.test(ctx.norms[k]!) && CIRCUMSTANCE_AFTER.test(ctx.norms[k + 1]!)))) {
    return pronounReferent(ctx, k, t.at, previous, history);
  }
  const statement = statementAgain(turn, k);
  if (statement) return statement;
  if (unwritten && t.opening !== 'plain') return unwrittenSubjectSpeaker(turn);
  return writtenSubjectSpeaker(turn, k);
}

/**
 * "أصدرت القيادة بيانا دعت فيه الجنود إلى …": the one who issued the document speaks in it; what follows «فيه» is the
 * verb's object (unless it names someone: "أكد فيه معاليه"). (A participle was answered before: it goes on with its
 * sentence's subject.)
 */
function documentSpeaker({ ctx, t, verb, gender, unwritten }: VerbTurn): Speaker | null {
  const afterPronoun = t.at + 2;
  const named = afterPronoun <= t.subjectLast && (ctx.mention[afterPronoun] || isPronounSubject(ctx.norms[afterPronoun]!) || isDualSubject(ctx.norms[afterPronoun]!));
  // "صدر بيان مشترك أكد فيه الجانبان عزمهما …": the parties named after «فيه» speak through the joint statement.
  if (/^في(ه|ها)$/.test(ctx.norms[t.at + 1] ?? '') && JOINT_PARTIES.test(ctx.norms[afterPronoun] ?? '')) {
    const joint = jointDocumentBefore(ctx, t.at);
    if (joint) return joint;
  }
  const issuer = named ? null : documentIssuer(ctx, t.at);
  if (issuer && agrees(issuer, gender)) return issuer;
  // "وكان X قد عقد جلسة مباحثات في وزارة الخارجية، أكد خلالها أن", "…، أكد بعدها في مؤتمر صحفي أن": a verb whose
  // subject is unwritten, only a pronoun of time pointing back to the event, goes on with the one who held it — not
  // a body named as its place, nor the pronoun itself.
  if (!named && !verb.dual && !verb.plural && EVENT_PRONOUN.test(ctx.norms[t.at + 1] ?? '') && unwritten) {
    const host = kanaOpenerSubject(ctx, t.at) ?? sentenceOpenerSubject(ctx, t.at);
    if (host && agrees(host, gender)) return host;
  }
  return null;
}

/**
 * "…، لكنه دعا الغانيين إلى «…»", "غير أنها حثت …": the pronoun of the conjunction is the subject, the one who was
 * speaking; the noun after the verb is its object.
 */
function conjunctionSpeaker({ ctx, t, previous, history }: VerbTurn): Speaker | null {
  const pronoun = conjunctionPronoun(ctx, t.at);
  if (!pronoun) return null;
  // (The subject of the sentence the conjunction joins, when it names an official: "رحب X بـ…، لكنه قال".)
  const opener = pronoun === 'p' ? null : sentenceOpenerSubject(ctx, t.at) ?? firstOfficialInSentence(ctx, t.at);
  if (opener && agrees(opener, pronoun === 'p' ? null : pronoun)) return opener;
  const who = pronoun === 'p' ? (previous && isPluralSpeaker(previous) ? previous : lastPlural(history) ?? previous) : agrees(previous, pronoun) ? previous : lastOfGender(history, pronoun) ?? lastNamedOfGender(ctx, t.at, pronoun) ?? previous;
  return who ?? null;
}

/** The one a relative clause or «كان» before the verb has for subject, when the clause writes none of its own. */
function antecedentSpeaker({ ctx, t, gender, unwritten, writtenSubject }: VerbTurn): Speaker | null {
  // "…، علي الخطيب، الذي وصف القرار بأنه «…»": a relative clause set off by a comma after someone named has them
  // for subject, whoever opened the sentence ("وكان X قد التقى …").
  // (Not when the clause writes its own subject: "حفتر، الذي أعلن المتحدث باسمه X أن".)
  const ownSubject = unwritten ? null : writtenSubject();
  const antecedent = !ownSubject?.kind && !ownSubject?.official ? apposedRelativeAntecedent(ctx, t.at) : null;
  if (antecedent && agrees(antecedent, gender)) return antecedent;
  // ("بعد «الفتوى الصادرة عن مجلس العلماء» الذين اعتبروا أن": the body named in quotation marks right before.)
  const quotedBody = !ownSubject?.kind && !ownSubject?.official && isRelativePronoun(ctx.norms[t.at - 1] ?? '') ? quotedBodyAntecedent(ctx, t.at - 1) : null;
  if (quotedBody) return quotedBody;
  // ("وكان الأمين العام للحركة X قد قال": a subject of كان that names nobody the text knows, as written.)
  return kanaSubject(ctx, t.at) ?? kanaUnknown(ctx, t.at);
}

/**
 * "وأضاف المصدر نفسه", "وأورد البلاغ ذاته": the source or statement that spoke last goes on (unless it quotes someone:
 * "ونقل المصدر ذاته عن X قوله"); so does a person described again as «the same» ("وأضاف الوزير نفسه").
 */
function sameSpeakerAgain({ ctx, t, spoken, gender }: VerbTurn, k: number): Speaker | null {
  if (spoken && /^(نفس|ذات)(ه|ها)$/.test(ctx.norms[k + 1] ?? '') && SAME_SOURCE.test(ctx.norms[k] ?? '') && !ctx.norms.slice(k, t.subjectLast + 1).includes('عن')) return spoken;
  if (spoken && sameOneDescribed(ctx, k, t.subjectLast) && agrees(spoken, gender) && !ctx.norms.slice(k, t.subjectLast + 1).includes('عن')) return spoken;
  return null;
}

/**
 * "وقالت الوزارة", "وأوضح المعهد": a body named by its head noun alone is the last such body the text named (…or with
 * the circumstance it spoke in after it: "وقال المعهد في رسالة إلكترونية إن"); "وقال الوزيران في مؤتمر صحفي": a dual
 * takes no complement, so it is the subject whatever follows.
 */
function bodyNamedAgain({ ctx, t }: VerbTurn, k: number): Speaker | null {
  const alone = t.subjectLast <= k || !ctx.norms[k + 1] || t.subjectLast < k || isSkippableAfterVerb(ctx.norms[k + 1]!) || isComplementizer(ctx.norms[k + 1]!)
    || BODY_CIRCUMSTANCE.test(ctx.norms[k + 1]!);
  return k < ctx.tokens.length ? (alone ? antecedentBody(ctx, k) : null) ?? dualReference(ctx, k) : null;
}

/**
 * "وأضاف البيان": the statement named before as someone's ("بيان وزارة الخزانة") goes on speaking for them; so does
 * the statement the one who spoke last issued ("وقالت الوزارة في بيان … وأضاف البيان", "البلاغ").
 * (In Arabic the statement as the text names it, in English whose it is.)
 * (Unless it quotes someone: "ونقل البيان عن X قوله إن", whom subjectAfter finds.)
 */
function statementAgain({ ctx, t, previous }: VerbTurn, k: number): Speaker | null {
  // (What a statement reports an official as saying, «وأضاف البيان أن الوزير X أكد …», is the official's.)
  const reported = /^و?(البيان|البلاغ)$/.test(ctx.norms[k] ?? '') && t.opening === 'complementizer' ? officialOpeningComplement(ctx, t.first) : null;
  if (reported) return reported;
  if (!/^و?(البيان|البلاغ|الرساله)$/.test(ctx.norms[k] ?? '') || !previous || /^ال/.test(ctx.norms[k + 1] ?? '') || quotesSomeone(ctx, k + 1, t.subjectLast)) return null;
  // (A person named after the body spoke in its statement, «وقالت الوزارة في بيان إن … وضم الوفد اللواء X …
  // وأضاف البيان»: the statement goes on for the body that issued it, not for the one named last.)
  const issuer = previous.official ? statementIssuerAgain(ctx, k, t.subjectLast) : null;
  if (issuer) return issuer;
  // (A document that names no issuer, "بيان مشترك", is named again as the text names it now: "البيان".)
  if (/^(ال)?(بيان|إعلان|اعلان) (ال)?مشترك$/.test(previous.ar)) return { ...previous, ar: ctx.tokens[k]!.text.replace(/^و(?=ال)/, ''), span: undefined };
  if (/بيان|بلاغ|رسال/.test(previous.ar)) return previous;
  const en = speakerEnglish(previous);
  return en ? { ...previous, ar: ctx.tokens[k]!.text.replace(/^و(?=ال)/, ''), en, span: undefined } : null;
}

/** No subject written after a verb that opens a clause: the subject before the verb, or the one who goes on. */
function unwrittenSubjectSpeaker({ ctx, t, verb, previous, previousAt, gender, carried }: VerbTurn): Speaker | null {
  if (subordinateOpener(ctx, t.at)) {
    // "X بدا واثقا خلال المؤتمر الذي عقده في الوزارة، إذ قال إن": the clause goes on with the sentence's subject.
    // So does a clause of time with no subject of its own: "ويزور X أنقرة هذا الأسبوع، بعدما قال الأسبوع الماضي إن".
    // ("وكان X قد سبق اللجنة إلى الاعتراف بالهزيمة، إذ قال": the subject of كان, not the body that is its object.)
    const first = kanaOpenerSubject(ctx, t.at) ?? firstOfficialInSentence(ctx, t.at) ?? firstSpeakerInSentence(ctx, t.at);
    if (first && agrees(first, gender)) return first;
  }
  // No subject written: the subject before the verb, or the previous speaker if the verb agrees with them.
  const before = subjectBefore(ctx, t.at);
  if (before) return before;
  // "…، ويقول إن": a verb joined to a sentence that opened with someone doing something goes on with them; so does
  // one after a comma ("وكان الملك قد بعث برقية …، أعرب فيها عن").
  const joined = conjunctionOf(ctx.norms[t.at]!) === 'و' || /[،,]/.test(gapBefore(ctx, t.at));
  if (joined && !(previousAt >= 0 && ctx.sentence[previousAt] === ctx.sentence[t.at])) {
    // ("أما السفيرة X فقد أشادت …، وقالت إن": the verb of saying it is joined to, nearer than the one opening the
    // sentence; so is a clause of contrast with its own verb and subject: "…، بينما رفض X هذه الاتهامات، وقال إن".)
    const sharer = verb.plural || conjunctionOf(ctx.norms[t.at]!) !== 'و' ? null : subordinateSubject(ctx, t.at, true) ?? joinedVerbSubject(ctx, t.at);
    if (sharer && agrees(sharer, gender)) return sharer;
    const opener = sentenceOpenerSubject(ctx, t.at);
    if (opener && agrees(opener, gender) && !verb.plural) return opener;
  }
  // "وقف X أمام منزله. وقال: …": the person the sentence before was about, who did not speak in it.
  const narrated = !verb.plural && !verb.dual ? narratedPerson(ctx, t.at, previousAt) : null;
  if (narrated && agrees(narrated, gender)) return narrated;
  return carried(previous);
}

/** A verb with words after it: an opener before it, a relative clause's antecedent, or the subject written after it. */
function writtenSubjectSpeaker(turn: VerbTurn, k: number): Speaker | null {
  const { ctx, t, previous, unwritten, carried } = turn;
  // "غروندبرغ يحذر مجلس الأمن: …": a sentence that opens with an official and then the verb; what follows is its object.
  const opener = sentenceOpener(ctx, t.at);
  if (opener) return opener;
  const before = isRelativeOrF(ctx, t.at) ? relativeClauseSpeaker(turn, k) : null;
  if (before) return before;
  // "وأشار القضاة …، وطالبوا البرلمان بمراجعة": a verb that carries its plural subject (طالبوا، يقولون) has none
  // written after it; the noun there is its object, and the group before it goes on.
  if (t.verb?.plural && !unwritten && /(وا|ون)$/.test(ctx.norms[t.at] ?? '')) return subjectBefore(ctx, t.at) ?? carried(previous);
  return subjectOrObjectAfter(turn);
}

/** After a relative pronoun or «ف»: the subject written after the verb, the antecedent, or the one named before. */
function relativeClauseSpeaker({ ctx, t, verb, gender, unwritten, writtenSubject }: VerbTurn, k: number): Speaker | null {
  const relative = isRelativePronoun(ctx.norms[t.at - 1] ?? '');
  // "…، الذي قالت نقابة الأطباء إنه": a subject written after the verb speaks; the relative pronoun is its object.
  if (relative) {
    const written = unwritten ? null : writtenSubject();
    // (A verb that does not agree with the pronoun cannot have it for subject: "الذي قالت …".)
    const pronounGender = /^(الذي|الذين|اللذين|اللذان)$/.test(ctx.norms[t.at - 1]!) ? 'm' : 'f';
    if (written && (written.official || written.kind || (gender && gender !== pronounGender))) return written;
    // "بحسب تجمع المهنيين الذي قال في بيان إن": the body the relative clause hangs on.
    const antecedent = relativeAntecedent(ctx, t.at - 1);
    if (antecedent) return antecedent;
  }
  // "…، فرد X: «…»", "فأجابه الوزير Y:": an answer in an exchange names its speaker after the verb; the one named
  // before the ف asked (the verb takes no object but a pronoun).
  const answerer = !relative && !unwritten && !verb.prep ? ctx.mention[k] : null;
  return answerer && answerer.first === k && answerer.last === t.subjectLast ? null : subjectBefore(ctx, t.at);
}

/** The subject written after the verb, unless the noun there is the verb's object and the speaker is elsewhere. */
function subjectOrObjectAfter({ ctx, t, verb, previous, previousAt, spoken, gender, sayingObject, unwritten, writtenSubject, carried }: VerbTurn): Speaker | null {
  const after = sayingObject ? null : stillSpeaking(ctx, t, writtenSubject(), spoken);
  // "ودعا طالبان إلى …", "أبلغ قيادات حزبية بأن …": after a verb whose object comes before its preposition, a noun
  // that names no official and no speaker the text can put in English is that object; the subject is elsewhere.
  // (So is a noun with a pronoun of its own, «ودعا أنصاره إلى»: the people of the one who speaks.)
  // ("رسالة مسجلة له، دعا فيها أنصاره إلى": past the pronoun that names the document again.)
  const objectAt = pastPronounObjects(ctx, t.subjectFirst, t.subjectLast);
  const addressed = isPluralNoun(ctx.norms[objectAt] ?? '') || isPossessedNoun(ctx.norms[objectAt] ?? '');
  if (after && !after.official && ADDRESSES.test(verb.lemma) && addressed && !speakerEnglish(after)) {
    // ("هنأ X منافسه، ودعا أنصاره إلى": the subject of the verb that opened the sentence, joined by و.)
    const joined = conjunctionOf(ctx.norms[t.at]!) === 'و' && /[،,]/.test(gapBefore(ctx, t.at)) && !(previousAt >= 0 && ctx.sentence[previousAt] === ctx.sentence[t.at]);
    const opener = joined && !verb.plural ? sentenceOpenerSubject(ctx, t.at) : null;
    if (opener && agrees(opener, gender)) return opener;
    // (Whom the sentence before was about, when it did not speak: "واجتمع X بقادة الأحزاب. وأبلغ قيادات حزبية بأن".)
    const narrated = !verb.plural && !verb.dual ? narratedPerson(ctx, t.at, previousAt) : null;
    return subjectBefore(ctx, t.at) ?? (narrated && agrees(narrated, gender) ? narrated : null) ?? carried(previous);
  }
  // "كما حث النرويج على …": a masculine verb cannot have a country or a feminine body for subject; that noun is its
  // object, and the one who spoke before goes on.
  // (A masculine noun that a feminine body speaks through agrees with the verb itself: "وأفاد بلاغ لوزارة الداخلية
  // بأن", "وأفاد مكتب الرئاسة بأن".)
  const through = MASCULINE_CARRIER.test(ctx.norms[t.subjectFirst] ?? '');
  if (after && !after.official && gender === 'm' && verb.prep && (matchCountryName(ctx.norms, t.subjectFirst) || after.kind === 'capital' || (speakerGender(after) === 'f' && !through))) return carried(previous);
  // "وحث جميع الأطراف على …", "ودعا كافة الدول إلى …": a quantified noun after such a verb is its object.
  if (after && !after.official && verb.prep && /^(جميع|كل|كافه)$/.test(ctx.norms[t.subjectFirst] ?? '')) return carried(previous);
  // "أيد المرشد X القرار، ووصف المحتجين بأنهم …": nobody named after a verb joined to a sentence that opened with
  // someone doing something (its object follows it): they go on, not the one who spoke in the sentence before.
  if (!after && (conjunctionOf(ctx.norms[t.at]!) === 'و' || /[،,]/.test(gapBefore(ctx, t.at))) && !(previousAt >= 0 && ctx.sentence[previousAt] === ctx.sentence[t.at])) {
    const opener = sentenceOpenerSubject(ctx, t.at);
    if (opener && agrees(opener, gender) && !verb.plural) return opener;
  }
  // No subject written ("… ووصف العلاقات بأنها …") and nobody spoke before: the person named last.
  return after ?? subjectBefore(ctx, t.at) ?? previous ?? (unwritten ? carried(null) : null);
}

/**
 * «قال المتحدث باسم الرئاسة إن الرئيس X أكد خلال الاتصال أن «…»», «ذكرت الوكالة أن الملك شدد على أن …»: a statement
 * that opens with an official named as the subject of a reporting verb of its own (subject first, the verb right
 * after the name) reports that official's words; the one who relays them is not their speaker.
 */
/** A subject that relays others' words: a spokesperson, an agency, a statement, an office («المتحدث باسم …», «وكالة …»). */
function relays(ctx: TextContext, t: Trigger): boolean {
  let k = t.subjectFirst;
  while (k < t.subjectLast && PRONOUN_OBJECT.test(ctx.norms[k]!)) k++;
  if (k > t.subjectLast) return false;
  const w = ctx.norms[k]!.replace(/^[وف](?=ال)/, '').replace(/^ال/, '');
  if (/^(متحدث|ناطق|متحدثه|ناطقه|مكتب|ديوان)$/.test(w)) return true;
  const head = matchSpeakerHead(ctx.norms, k);
  return !!head && head.kind !== 'source' && head.kind !== 'capital';
}

function embeddedSpeaker(ctx: TextContext, t: Trigger): Speaker | null {
  // (A title the officials layer left outside the mention may stand before the name: "إن الرئيس محمود عباس أكد".)
  let f = t.first;
  while (f < t.first + 3 && !ctx.mention[f] && ctx.quotationOf[f] === -1 && (heads.has(ctx.norms[f]!.replace(/^ال/, '')) || matchNationality(ctx.norms, f))) f++;
  const m = ctx.mention[f];
  if (!m || m.first !== f || ctx.quotationOf[f] !== -1) return null;
  const v = m.last + 1;
  if (v > t.last || ctx.quotationOf[v] !== -1 || gapBefore(ctx, v).trim() || conjunctionOf(ctx.norms[v]!)) return null;
  const verb = triggerVerb(ctx, v);
  if (!verb || verb.form === 'participle' || verb.plural || verb.dual) return null;
  const s = officialSpeaker(m.official);
  if (!agrees(s, verb.gender ?? null)) return null;
  // Its own words follow: a complementizer or a quotation within a few words of the verb.
  for (let k = v + 1; k <= t.last && k <= v + 8; k++) {
    if (ctx.quotationOf[k] !== -1 || isComplementizer(ctx.norms[k]!)) return s;
    if (/[.؛]/.test(gapBefore(ctx, k))) return null;
  }
  return null;
}

/** The one the pronoun of subject at token k («سموه», «معاليه») stands for, in a saying at token `at`. */
function pronounReferent(ctx: TextContext, k: number, at: number, previous: Speaker | null, history: readonly Speaker[]): Speaker | null {
  const pronounGender = /ها$/.test(ctx.norms[k]!) ? 'f' : /ه$/.test(ctx.norms[k]!) ? 'm' : null;
  // (The one last given that style, «صاحب السمو … سموه», over whoever spoke last when the text gave them another style,
  // «فخامة».)
  const styled = styledOfficials(ctx, k).filter((o) => agrees(officialSpeaker(o), pronounGender));
  // (Nobody spoke yet, «استقبل معالي رئيس المجلس الشيخ الدكتور X … وأكد معاليه»: the one given the style.)
  const keepsPrevious = !!previous && agrees(previous, pronounGender) && (!previous.official || styled.includes(previous.official) || !styledOtherwise(ctx, previous.official, k));
  if (styled.length && !keepsPrevious) return officialSpeaker(styled[0]!);
  return previous && agrees(previous, pronounGender) ? previous : lastOfGender(history, pronounGender!) ?? lastNamedOfGender(ctx, at, pronounGender!) ?? previous;
}

/**
 * «لكنه», «ولكنها», «غير أنه», «إلا أنها», «بل إنه» right before the verb at token i: the gender of the pronoun that is
 * the verb's subject ('p' for «هم»), or null.
 */
function conjunctionPronoun(ctx: TextContext, i: number): 'm' | 'f' | 'p' | null {
  if (i < 1 || ctx.sentence[i - 1] !== ctx.sentence[i] || ctx.quotationOf[i - 1] !== -1) return null;
  const w = ctx.norms[i - 1]!;
  const m = /^[وف]?لكن(ه|ها|هم)$/.exec(w) ?? (/^(غير|الا|بيد|بل)$/.test(ctx.norms[i - 2] ?? '') ? /^[اإ]?ن(ه|ها|هم)$/.exec(w) : null);
  if (!m) return null;
  return m[1] === 'ه' ? 'm' : m[1] === 'ها' ? 'f' : 'p';
}

/** What a relayed speaker said, as a verbal noun with their pronoun: «قوله», «تأكيدها», «إشارته», «دعوتهم». */
const RELAYED_SAYING = /^(قول|تاكيد|تشديد|اشارت|اعراب|ترحيب|دعوت|تحذير|مطالبت|تعبير)(ه|ها|هم|هما)$/;

/** «عن X قوله/تأكيده» between from and last: the subject relays the words of X, named after «عن». */
function quotesSomeone(ctx: TextContext, from: number, last: number): boolean {
  for (let j = from; j < last && j <= from + 8; j++) if (ctx.norms[j] === 'عن' && ctx.norms.slice(j + 2, last + 1).some((w) => RELAYED_SAYING.test(w))) return true;
  return false;
}

/** Nouns that «نفسه/ذاته» after them make the one that spoke last: the source, the statement, the report. */
/** Masculine nouns a body speaks through: a statement, a report, an office («بلاغ لوزارة …», «مكتب الرئاسة»). */
const MASCULINE_CARRIER = /^[وف]?(ال)?(بيان|بلاغ|تقرير|تصريح|مكتب|ديوان|مصدر|متحدث|ناطق)$/;
const SAME_SOURCE = /^[وف]?(ال)?(مصدر|مصادر|بيان|بلاغ|تقرير|وكاله|صحيفه|موقع)$/;
const CIRCUMSTANCE_OPENER = /^(امام|خلال|عقب|بعد|قبل|اثناء|لدي|عند|في|من|عبر|علي|ل|للصحفيين|للصحافيين|للصحافه|للاعلام)$/;
/**
 * «بعد أن أعلن زعيمه X مقاطعتها، معتبرا», «قبل أن يطلب منه رئيس المحكمة الجلوس، مؤكدا»: the official or person named
 * as the subject of a clause of time opened by «قبل/بعد أن» right before the participle at token i (only its object
 * and a comma between); with `contrastOnly`, only that of a clause of contrast («بينما/فيما رفض X …، وقال»).
 */
function subordinateSubject(ctx: TextContext, i: number, contrastOnly = false): Speaker | null {
  if (!/[،,]/.test(gapBefore(ctx, i))) return null;
  // ("…، بينما وجه الوزير X الشكر للرئيس Y على "تعاونه"، مشيرا إلى أن": a clause of contrast with its verb and
  // subject goes on through the participle after it; a few words quoted inside it are part of it.)
  const short = (j: number) => { const q = ctx.quotationOf[j]!; let n = 0; for (let k = Math.max(0, j - 6); k <= j + 6 && k < ctx.tokens.length; k++) if (ctx.quotationOf[k] === q) n++; return n <= 4; };
  for (let j = i - 1; j > 1 && i - j <= 18 && ctx.sentence[j] === ctx.sentence[i] && (ctx.quotationOf[j] === -1 || short(j)); j--) {
    if (j < i - 1 && /[،,]/.test(gapBefore(ctx, j + 1))) return null;
    const contrast = /^(بينما|فيما)$/.test(ctx.norms[j]!) && reportingVerb(ctx.norms[j + 1] ?? '') === null;
    if (ctx.quotationOf[j] !== -1 || (i - j > 12 && !contrast)) continue;
    if (!contrast && (contrastOnly || ctx.norms[j] !== 'ان' || !/^[وف]?(قبل|بعد|بعيد|عقب|اثر)$/.test(ctx.norms[j - 1]!))) continue;
    let k = j + 2;
    while (k < i && PRONOUN_OBJECT.test(ctx.norms[k]!)) k++;
    // (The verb's object follows its subject: the longest span that names someone.)
    for (let end = i - 1; end > k; end--) {
      const s = subjectAfter(ctx, k, end);
      if (s && (s.official || s.kind === 'person')) return s;
    }
    return null;
  }
  return null;
}

/**
 * A conjunction that opens a clause hanging on the sentence before the verb at token i: إذ، حيث, or one of time
 * (بعدما، عندما، حينما، لما، بعد أن، قبل أن، منذ أن).
 */
function subordinateOpener(ctx: TextContext, i: number): boolean {
  const w = ctx.norms[i - 1] ?? '';
  if (/^(اذ|حيث|بعدما|عندما|حينما|لما)$/.test(w)) return true;
  return w === 'ان' && /^(بعد|قبل|منذ)$/.test(ctx.norms[i - 2] ?? '') && ctx.sentence[i - 2] === ctx.sentence[i];
}

/** The subject of «وكان X قد VERB» when that opens the sentence of token i and the verb comes before it. */
function kanaOpenerSubject(ctx: TextContext, i: number): Speaker | null {
  const from = sentenceStart(ctx, i);
  if (!/^[وف]?(كان|كانت)$/.test(ctx.norms[from]!)) return null;
  for (let q = from + 2; q < i - 1 && q <= from + 20; q++) {
    if (/^[وف]?قد$/.test(ctx.norms[q]!)) return kanaSubject(ctx, q + 1) ?? kanaTitle(ctx, from + 1, q - 1);
    if (ctx.quotationOf[q] !== -1) return null;
  }
  return null;
}

/** «وكان TITLE NAME قد VERB» opening the sentence of the verb at token i, its subject known to nobody: the title as written. */
function kanaUnknown(ctx: TextContext, i: number): Speaker | null {
  if (!/^[وف]?قد$/.test(ctx.norms[i - 1] ?? '')) return null;
  const from = sentenceStart(ctx, i);
  if (!/^[وف]?(كان|كانت)$/.test(ctx.norms[from]!) || i - 2 < from + 1) return null;
  for (let j = from + 1; j < i - 1; j++) if (ctx.mention[j]) return null;
  // (A title of a body in several words and a name: "الأمين العام لحزب المؤتمر الشعبي X Y".)
  return kanaTitle(ctx, from + 1, i - 2, 9);
}

/** A subject of كان that names nobody the text knows, a title as written ("وكيل الجمهورية لدى المحكمة"). */
function kanaTitle(ctx: TextContext, first: number, last: number, most = 6): Speaker | null {
  if (last < first || last - first >= most || !heads.has(ctx.norms[first]!.replace(/^ال/, ''))) return null;
  for (let j = first + 1; j <= last; j++) if (/[،,]/.test(gapBefore(ctx, j)) || ctx.quotationOf[j] !== -1) return null;
  const ar = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
  return { ar, en: null, official: null, span: [ctx.tokens[first]!.start, ctx.tokens[last]!.end] };
}

/** A noun with و and the article right after a verb opens a circumstantial clause ("والدموع في عينيها"), not its subject. */
const CIRCUMSTANTIAL_WAW = /^وال.{2,}/;
/** Nouns that open with وال as letters of the word: father, mother, governor ("وقال والد الضحية"). */
const WAL_NOUNS = /^وال(د|ده|دا|دي|دان|ي|يه|ده)$/;

/**
 * A preposition glued to what it governs: ل with the article («للديار», «للإذاعة»), ل before an outlet in Latin
 * letters («لـCNN»), ب before a noun of manner («بصوت متقطع», «بنبرة حادة»). No subject opens with them.
 */
const GLUED_CIRCUMSTANCE = /^(لل[\u0621-\u064A]{2,}|ل[a-z].*|ب(صوت|نبره|لهجه|حزم|غضب|حماس|ثقه|اسف|حسره|هدوء|انفعال))$/i;

/** The person a title and an unlinked name make the subject of the verb that opens token i's sentence, if any. */
function titledPersonInSentence(ctx: TextContext, i: number): Speaker | null {
  const from = sentenceStart(ctx, i);
  return titledPersonOpener(ctx, from, i);
}

/** The person named right after the verb that opens token i's sentence ("وختم X Y كلمته"), if any. */
function namedOpenerInSentence(ctx: TextContext, i: number): Speaker | null {
  const from = sentenceStart(ctx, i);
  return namedOpener(ctx, from, i);
}

/** The first token from `first` that is no pronoun object ("فيها", "عنه"), up to `last`. */
function pastPronounObjects(ctx: TextContext, first: number, last: number): number {
  let k = first;
  while (k < last && PRONOUN_OBJECT.test(ctx.norms[k]!)) k++;
  return k;
}

/** Adjectives that tell the occasion of the words ("مؤتمر صحفي", "كلمة مصورة"), though a noun of them names a person. */
const OCCASION_ADJECTIVE = /^(صحفي|صحافي|صحفيه|صحافيه|مصور|مصوره|متلفز|متلفزه)$/;

function isCircumstance(ctx: TextContext, first: number, last: number, circumstances = true): boolean {
  if (first > last) return false;
  // Pronoun objects alone ("فيها", "عنه") name nobody.
  let k = first;
  while (k <= last && PRONOUN_OBJECT.test(ctx.norms[k]!)) k++;
  if (k > last) return true;
  // Nor do the circumstances alone ("وقال أمام القاضي:", "وأضاف للصحفيين عقب الاجتماع إن"): a preposition opens them
  // and nobody is named in them.
  // "وقال مخاطبا مسلحي التنظيم:": a participle of manner and its object.
  if (/^م[\u0621-\u064A]{3,}ا$/.test(ctx.norms[k]!) && !/(ها|هما)$/.test(ctx.norms[k]!) && !ctx.mention[k] && !isNameWord(ctx.norms[k]!) && !matchSpeakerHead(ctx.norms, k)) return true;
  if (circumstances && (CIRCUMSTANCE_OPENER.test(ctx.norms[k]!) || GLUED_CIRCUMSTANCE.test(ctx.norms[k]!)) && last - k < 10 && !isNameAli(ctx, k)) {
    let named = false;
    // ("وقال لـ«الشرق الأوسط» مصدر وزاري إن": a source or a title after the circumstances is the subject.)
    // (The noun a preposition governs is its object, "أمام القاضي", and so are the definite nouns of its construct,
    // "أمام هيئة المحكمة"; an indefinite one after them is a source, "لـ«الشرق الأوسط» مصدر وزاري".)
    for (let j = k; j <= last; j++) {
      const w = ctx.norms[j]!;
      // ("في تصريحات نقلتها وكالة …": the agency is the subject of the relative clause, not of the verb.)
      if (reportingVerbWithObject(w)) break;
      // ("في مؤتمر صحفي", "في كلمة مصورة": an adjective of the occasion after its noun, no journalist or photographer.)
      if (OCCASION_ADJECTIVE.test(w) && j > k && !CIRCUMSTANCE_OPENER.test(ctx.norms[j - 1]!) && !/^ال/.test(ctx.norms[j - 1]!) && !ctx.mention[j]) continue;
      if (ctx.mention[j] || (j > k && !CIRCUMSTANCE_OPENER.test(ctx.norms[j - 1]!) && !/^ال/.test(w) && (matchSpeakerHead(ctx.norms, j) || heads.has(w)))) named = true;
    }
    if (!named) return true;
  }
  const w = ctx.norms[first]!;
  return CIRCUMSTANTIAL_WAW.test(w) && !WAL_NOUNS.test(w) && !ctx.mention[first];
}

/**
 * "وبحسب ما نقلت الوكالة عن مصادر مطلعة، فإن …": a source preposition before «ما» and a verb of reporting that relays
 * («عن»): the one the outlet quotes speaks, not the outlet.
 */
function relayedSource(ctx: TextContext, t: Trigger): Speaker | null {
  const f = t.subjectFirst;
  if (f + 2 > t.subjectLast || !/^ل?ما$/.test(ctx.norms[f]!)) return null;
  const verb = ctx.norms[f + 1]!;
  if (!(reportingVerbWithObject(verb) ?? reportingVerb(verb))) return null;
  if (!ctx.norms.slice(f + 3, t.subjectLast + 1).includes('عن')) return null;
  return subjectAfter(ctx, f + 2, t.subjectLast);
}

/** Prepositions that name the source of the words ("بحسب", "وفق"): the noun after them is who speaks. */
const SOURCE_PREPOSITION = /^و?(بحسب|حسب|وفق|وفقا|طبقا|نقلا)$/;

/**
 * The noun a relative clause with a reporting verb hangs on ("بحسب تجمع المهنيين السودانيين الذي قال في بيان إن",
 * "وزارة الخارجية التي قالت إن"): an official named there, a body of the speaker vocabulary, or the words after a
 * preposition that names a source. Its words run back to a comma, a verb or such a preposition.
 */
function relativeAntecedent(ctx: TextContext, r: number): Speaker | null {
  let from = r;
  let sourced = false;
  while (from > 0 && r - from < 6 && ctx.sentence[from - 1] === ctx.sentence[r] && ctx.quotationOf[from - 1] === -1 && !/[،,:؛]/.test(gapBefore(ctx, from))) {
    const w = ctx.norms[from - 1]!;
    if (SOURCE_PREPOSITION.test(w)) { sourced = true; break; }
    if (reportingVerb(w) || isComplementizer(w) || isRelativePronoun(w)) break;
    from--;
  }
  if (from >= r) return null;
  for (let j = from; j < r; j++) if (ctx.mention[j]) return ctx.mention[j]!.last === r - 1 ? officialSpeaker(ctx.mention[j]!.official) : null;
  if (!sourced) return null;
  const ar = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[r - 1]!.end).replace(/^لل/, 'ال').replace(/^ل(?!ل)/, '');
  const en = institutionToEnglish(ar);
  return { ar, en: en && en.split(' ').length >= 2 ? en.charAt(0).toUpperCase() + en.slice(1) : null, official: null, span: [ctx.tokens[from]!.start, ctx.tokens[r - 1]!.end] };
}

const BEFORE_NAMED = new Set(['مع', 'عن', 'الي', 'من', 'في', 'ب', 'ل', 'بين', 'لدي']);

/**
 * "…، جيريمي هانت، الذي رحب بالقرار، وقال إن", "…، الذي هنأها في مقطع مصور ووصف فوزها بأنه": the relative pronoun whose
 * clause the verb at token `at`, joined by و (with a comma or none), goes on (-1 if none).
 */
function coordinatedRelative(ctx: TextContext, at: number): number {
  if (!/^و/.test(ctx.norms[at]!)) return -1;
  for (let r = at - 2; r > 0 && at - r <= 10; r--) {
    if (ctx.sentence[r] !== ctx.sentence[at] || ctx.quotationOf[r] !== -1 || isComplementizer(ctx.norms[r]!)) return -1;
    if (isRelativePronoun(ctx.norms[r]!)) return r + 1 < at - 1 ? r : -1;
  }
  return -1;
}

/**
 * "…، علي الخطيب، الذي" right before the verb at token `at`: the official, or the person named after what they are,
 * that the comma sets the relative pronoun off from.
 */
function apposedRelativeAntecedent(ctx: TextContext, at: number): Speaker | null {
  const r = isRelativePronoun(ctx.norms[at - 1] ?? '') ? at - 1 : coordinatedRelative(ctx, at);
  if (r < 1 || !isRelativePronoun(ctx.norms[r]!) || !/[،,]/.test(gapBefore(ctx, r)) || ctx.sentence[r - 1] !== ctx.sentence[at]) return null;
  const m = ctx.mention[r - 1];
  if (m && m.last !== r - 1) return null;
  let from = r - 1;
  while (from > 0 && r - from < 8 && ctx.sentence[from - 1] === ctx.sentence[r] && ctx.quotationOf[from - 1] === -1 && !/[،,:؛]/.test(gapBefore(ctx, from)) && !BEFORE_NAMED.has(ctx.norms[from - 1]!)) from--;
  const speaker = m ? officialSpeaker(m.official) : personIn(ctx, from, r - 1);
  if (!speaker) return null;
  const pronounGender = /^(الذي|الذين)$/.test(ctx.norms[r]!) ? 'm' : ctx.norms[r] === 'التي' ? 'f' : null;
  return pronounGender && !agrees(speaker, pronounGender) ? null : speaker;
}

const bareWord = (w: string) => w.replace(/^و(?=ال)/, '').replace(/^ال/, '').replace(/ه$/, '');

/**
 * "وأضاف المبعوث الدولي أن …" right after the envoy spoke: a title with no name is the one who is speaking when their
 * role has that title, whoever else the text gave a like title to.
 */
function stillSpeaking(ctx: TextContext, t: Trigger, said: Speaker | null, spoken: Speaker | null): Speaker | null {
  const other = said?.official;
  const current = spoken?.official;
  // («قال الرئيس المنتخب» after the president in office spoke: the title says which of the two it is.)
  if (other && t.subjectFirst < t.subjectLast && isElectModifier(ctx.norms[t.subjectFirst + 1]!)) return said;
  if (said && spoken && titleWrittenForOneSpeaking(ctx, t, said, spoken)) return spoken;
  if (!other && said && current && titleOfOneSpeaking(ctx, t, said, spoken!)) return spoken;
  if (said && current && other !== current && describesOneSpeaking(ctx, t, spoken!)) return spoken;
  if (said && !other && spoken && !current && officeOfOneNamed(ctx, t, said, spoken)) return spoken;
  if (!other || !current || other === current || t.subjectLast < t.subjectFirst) return said;
  const head = ctx.norms[t.subjectFirst]!;
  if (!heads.has(bareWord(head)) && !heads.has(head.replace(/^و(?=ال)/, '').replace(/^ال/, ''))) return said;
  const name = new Set(normalize(other.name_ar).split(' '));
  for (let j = t.subjectFirst; j <= t.subjectLast; j++) if (name.has(ctx.norms[j]!)) return said;
  // Every word of the title is in the speaker's role ("المبعوث الدولي"); "الوزير العراقي" is someone else's.
  const role = normalize(current.role_ar ?? '').split(' ').map(bareWord);
  for (let j = t.subjectFirst; j <= t.subjectLast && !(j > t.subjectFirst && /[،,]/.test(gapBefore(ctx, j))); j++) {
    if (!role.includes(bareWord(ctx.norms[j]!))) return said;
  }
  return spoken;
}

/** What may follow a title that is the whole subject: a circumstance, the one spoken to, the words. */
const TITLE_CIRCUMSTANCE = /^(في|الي|علي|عن|خلال|عقب|بعد|قبل|امام|مع|اثناء|لدي|ان|انه|انها|بان|بانه|بانها|لل.+|ل(ـ)?)$/;

/**
 * "قال بانجين …. وأضاف رئيس البرلمان الغاني أن" after «استقبل … رئيس البرلمان الغاني ألبان بانجين»: a title with no
 * name for subject is the one speaking when the text wrote that very title at their name, and not at the name of the
 * official the title was linked to (whose role, «رئيس لجنة الشؤون الخارجية في البرلمان», only shares its words).
 */
function titleWrittenForOneSpeaking(ctx: TextContext, t: Trigger, said: Speaker, spoken: Speaker): boolean {
  if (!t.verb || t.verb.plural || t.verb.dual || !agrees(spoken, t.verb.gender ?? null)) return false;
  if (said.pair || spoken.pair || (said.kind && said.kind !== 'person') || (spoken.kind && spoken.kind !== 'person')) return false;
  if (said.official ? said.official === spoken.official : said.ar === spoken.ar) return false;
  const k = t.subjectFirst;
  if (k > t.subjectLast || !heads.has(bareWord(ctx.norms[k]!)) || isDescriptiveNoun(ctx.norms[k]!)) return false;
  // The title: its head and the words with the article after it («رئيس البرلمان الغاني»), and no name.
  let last = k;
  while (last < t.subjectLast && last < k + 5 && /^ال/.test(ctx.norms[last + 1]!) && !/[،,]/.test(gapBefore(ctx, last + 1)) && ctx.quotationOf[last + 1] === -1) last++;
  // (A word of someone's name, «الوزير الصفدي», names them: the title is theirs.)
  for (let j = k + 1; j <= last; j++) if (ctx.mention[j] && normalize(ctx.mention[j]!.official.name_ar).split(' ').includes(ctx.norms[j]!)) return false;
  // (The title is the whole subject, or circumstances follow it: «وأضاف رئيس البرلمان الغاني في تصريح»; a name or a
  // body after it, «المتحدث باسم مجلس صيانة الدستور عباس علي كدخدائي», says who is meant.)
  if (last < t.subjectLast && !/[،,]/.test(gapBefore(ctx, last + 1)) && !TITLE_CIRCUMSTANCE.test(ctx.norms[last + 1]!)) return false;
  if (said.official && (roleOpensWithTitle(ctx, said.official, k, last) || titleWrittenAtOfficial(ctx, said.official, k, last, t.subjectLast + 1))) return false;
  return spoken.official ? titleWrittenAtOfficial(ctx, spoken.official, k, last, t.at) || titleWrittenAtName(ctx, spoken.ar, k, last, t.at) : titleWrittenAtName(ctx, spoken.ar, k, last, t.at);
}

/**
 * "قال X …. وتابع رئيس الوزراء الأسبق «…»": a verb that says the speaker goes on, with a former office for subject that
 * names nobody and that no official of the text holds, is the one speaking described another way (the press does not
 * repeat a name), when the title agrees with them.
 */
function titleOfOneSpeaking(ctx: TextContext, t: Trigger, said: Speaker, spoken: Speaker): boolean {
  if (!t.verb || !CONTINUES.has(t.verb.lemma) || t.verb.form === 'participle' || t.verb.plural || t.verb.dual) return false;
  if (said.kind || said.pair || !spoken.official || !agrees(spoken, t.verb.gender ?? null)) return false;
  const k = t.subjectFirst;
  const n = said.ar.split(/\s+/).length;
  if (k > t.subjectLast || !heads.has(bareWord(ctx.norms[k]!)) || ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k + n - 1]?.end).replace(/^و/, '') !== said.ar.replace(/^و/, '')) return false;
  // (Every word of the subject is of the title: a name after it is someone else.)
  for (let j = k; j < k + n; j++) if (ctx.mention[j] || isNameWord(ctx.norms[j]!)) return false;
  // (An office held before is how the press names someone again; a current one is more often someone else:
  // "وأضاف سفير الولايات المتحدة لدى الأمم المتحدة" after the president spoke.)
  if (!ctx.norms.slice(k, k + n).some((w) => FORMER.test(w))) return false;
  // (A title another official of the text holds is that official: «وأضاف وزير الخارجية» when the text named one.)
  return agrees(spoken, speakerGender(said)) && !ctx.officials.some((o) => o !== spoken.official && titleMatchesRole(ctx, k, n, o));
}

/**
 * "قال دوكان …. وتابع الموفد الفرنسي أن", "وأضاف رئيس الدبلوماسية المغربية أن", "وتابع رئيس البلدية المنتخب": a verb that
 * says the speaker goes on, with a subject that describes without naming (an office or a describing noun, closed by a
 * nationality or a status adjective), is the one speaking described another way, when that nationality is theirs and
 * no other official of the text holds the office described.
 */
function describesOneSpeaking(ctx: TextContext, t: Trigger, spoken: Speaker): boolean {
  if (!t.verb || !CONTINUES.has(t.verb.lemma) || t.verb.form === 'participle' || t.verb.plural || t.verb.dual) return false;
  const current = spoken.official;
  if (!current || spoken.pair || !agrees(spoken, t.verb.gender ?? null)) return false;
  const k = t.subjectFirst;
  if (k > t.subjectLast || (!heads.has(bareWord(ctx.norms[k]!)) && !isDescriptiveNoun(ctx.norms[k]!))) return false;
  // The description: the office, its complements and adjectives, up to a comma, a preposition or the end of the subject.
  let last = k;
  while (last < t.subjectLast && /^ال/.test(ctx.norms[last + 1]!) && !/[،,]/.test(gapBefore(ctx, last + 1)) && ctx.quotationOf[last + 1] === -1) last++;
  for (let j = k; j <= last; j++) if (isNameWord(ctx.norms[j]!.replace(/^ال/, '')) && !nationalityAfterTitle(ctx.norms, j) && !heads.has(bareWord(ctx.norms[j]!))) return false;
  // (A name right after the description is someone named now: "وتابع الوزير الفرنسي جان …".)
  const next = last < t.subjectLast && !/[،,]/.test(gapBefore(ctx, last + 1)) ? ctx.norms[last + 1]! : null;
  if (next && (ctx.mention[last + 1] || isNameWord(next))) return false;
  const nation = nationalityAfterTitle(ctx.norms, last);
  // ("قال بوريطة …. وأضاف المسؤول الحكومي أن": a describing noun, «المسؤول», «الدبلوماسي», with an adjective of its own
  // that names no country, fits whoever is speaking.)
  const described = isDescriptiveNoun(ctx.norms[k]!) && last > k;
  if (!nation && !STATUS.test(ctx.norms[last]!) && !described) return false;
  if (nation && current.country && current.country !== nation.country) return false;
  // (The office without its closing adjective, held by another official of the text (of that nationality), is theirs.)
  const office = last - k;
  if (office < 1) return false;
  return !ctx.officials.some((o) => o !== current && (!nation || !o.country || o.country === nation.country) && titleMatchesRole(ctx, k, office, o));
}

/**
 * "وقال الفقي …. وأشار الوزير التونسي إلى", "قال عبد الشكور …. وأضاف المبعوث أن": the one speaking was named by their
 * name alone (no official the text lists), and the next subject is an office or a describing noun with no name: the
 * same person described another way, when the verb says they go on or a nationality closes the description, and no
 * official of the text holds that office.
 */
function officeOfOneNamed(ctx: TextContext, t: Trigger, said: Speaker, spoken: Speaker): boolean {
  if (!t.verb || t.verb.form === 'participle' || t.verb.plural || t.verb.dual || !agrees(spoken, t.verb.gender ?? null)) return false;
  if (said.kind || said.pair || spoken.pair || (spoken.kind && spoken.kind !== 'person')) return false;
  const own = normalize(spoken.ar).split(' ');
  if (own.length > 4 || own.some((w) => heads.has(bareWord(w)) || isDescriptiveNoun(w))) return false;
  const k = t.subjectFirst;
  if (k > t.subjectLast || (!heads.has(bareWord(ctx.norms[k]!)) && !isDescriptiveNoun(ctx.norms[k]!))) return false;
  let last = k;
  while (last < t.subjectLast && /^ال/.test(ctx.norms[last + 1]!) && !/[،,]/.test(gapBefore(ctx, last + 1)) && ctx.quotationOf[last + 1] === -1) last++;
  if (normalize(said.ar).split(' ').length !== last - k + 1) return false;
  for (let j = k; j <= last; j++) if (ctx.mention[j] || (isNameWord(ctx.norms[j]!.replace(/^ال/, '')) && !nationalityAfterTitle(ctx.norms, j) && !heads.has(bareWord(ctx.norms[j]!)))) return false;
  const nation = last > k ? nationalityAfterTitle(ctx.norms, last) : null;
  if (!nation && !CONTINUES.has(t.verb.lemma)) return false;
  // ("وتابع الوزير الجديد" after the new minister spoke: going on, and newly in office, whatever others hold the office.)
  if (last > k && STATUS.test(ctx.norms[last]!) && CONTINUES.has(t.verb.lemma)) return true;
  const office = nation ? last - k : last - k + 1;
  if (ctx.officials.some((o) => (!nation || !o.country || o.country === nation.country) && titleMatchesRole(ctx, k, office, o))) return false;
  return officeNearName(ctx, own[own.length - 1]!, bareWord(ctx.norms[k]!), t.at);
}

/** How far from a name the text may give the office it holds ("وزيري داخلية البلدين X وY", "X وزير الاستثمار"). */
const OFFICE_REACH_BEFORE = 8;
const OFFICE_REACH_AFTER = 3;

/** «وزير», «الوزير», «ووزير», the dual «وزيري», the accusative «مبعوثا»: a form of the office `head` (bare). */
function isFormOfOffice(norm: string, head: string): boolean {
  return [norm, norm.replace(/^[وف]/, '')].some((w) => {
    const bare = w.replace(/^ال/, '');
    return bare === head || bare === head + 'ه' || bare === head + 'ي' || bare === head + 'ا' || bare === head + 'ان' || bare === head + 'ين';
  });
}

/** Whether, before token `until`, the text wrote the office `head` (any number: «وزيري») near the name ending in `name`. */
function officeNearName(ctx: TextContext, name: string, head: string, until: number): boolean {
  if (head.length < 3) return false;
  for (let j = 0; j < until; j++) {
    if (ctx.norms[j] !== name && ctx.norms[j] !== 'و' + name) continue;
    for (let d = Math.max(0, j - OFFICE_REACH_BEFORE); d <= j + OFFICE_REACH_AFTER && d < until; d++) {
      if (d !== j && ctx.sentence[d] === ctx.sentence[j] && isFormOfOffice(ctx.norms[d]!, head)) return true;
    }
  }
  return false;
}

/**
 * "المسؤول الحكومي ذاته", "الوزير نفسه", "الدبلوماسي الأوروبي ذاته": an office or a describing noun, with up to two
 * adjectives, followed by «نفسه/ذاته» at tokens from k.
 */
function sameOneDescribed(ctx: TextContext, k: number, last: number): boolean {
  const head = ctx.norms[k] ?? '';
  if (!/^[وف]?ال/.test(head) || (!heads.has(bareWord(head)) && !isDescriptiveNoun(head))) return false;
  for (let j = k + 1; j <= Math.min(last, k + 3); j++) {
    if (/[،,]/.test(gapBefore(ctx, j)) || (ctx.mention[j] && ctx.mention[j]!.first !== ctx.mention[k]?.first)) return false;
    if (/^(نفس|ذات)(ه|ها)$/.test(ctx.norms[j]!)) return j > k;
    if (!/^ال/.test(ctx.norms[j]!)) return false;
  }
  return false;
}

/** "المنتخب", "الجديد", "السابق": an adjective of when someone holds the office. */
const STATUS = /^(ال)?(سابق|سابقه|اسبق|منتخب|منتخبه|جديد|جديده)$/;

/** "السابق", "الأسبق": an office held before. */
const FORMER = /^(ال)?(سابق|سابقه|اسبق)$/;

/** Whether the n words of the title at token k are all words of the official's role. */
function titleMatchesRole(ctx: TextContext, k: number, n: number, o: Official): boolean {
  const role = normalize(o.role_ar ?? '').split(' ').map(bareWord);
  for (let j = k; j < k + n; j++) if (!role.includes(bareWord(ctx.norms[j]!))) return false;
  return true;
}

/**
 * «وبحسب المعهد الوطني للرصد الجوي، فإن …»: a body the speaker vocabulary does not list, named whole as the source
 * of the words, speaks (in English as the institution grammar reads it).
 */
function namedBody(ctx: TextContext, first: number, last: number): Speaker | null {
  if (first > last || last - first > 7) return null;
  const written = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
  // «للمعهد …» is «المعهد …», «لوزارة …» is «وزارة …» (after وفقا).
  const ar = written.startsWith('لل') ? 'ال' + written.slice(2) : written.startsWith('ل') ? written.slice(1) : written;
  const en = institutionToEnglish(ar);
  if (!en) return null;
  return { ar, en: en.charAt(0).toUpperCase() + en.slice(1), official: null, kind: 'institution', span: [ctx.tokens[first]!.start, ctx.tokens[last]!.end] };
}

/** The official of that gender named last before token i, spoken or not ("استقبلت الوزيرة السفيرَ … أكد فيه معاليه"). */
function lastNamedOfGender(ctx: TextContext, i: number, gender: 'f' | 'm'): Speaker | null {
  for (let j = i - 1; j >= 0; j--) {
    const m = ctx.mention[j];
    if (!m) continue;
    const s = officialSpeaker(m.official);
    if (speakerGender(s) === gender) return s;
    j = m.first;
  }
  return null;
}

/** The official whose mention (or name) makes up all the words of the sentence before the verb at token i. */
function sentenceOpener(ctx: TextContext, i: number): Speaker | null {
  if (conjunctionOf(ctx.norms[i]!) || i === 0 || ctx.sentence[i - 1] !== ctx.sentence[i] || /[،,:]/.test(gapBefore(ctx, i))) return null;
  const from = sentenceStart(ctx, i);
  if (i - from > 4) return null;
  const m = ctx.mention[i - 1];
  if (m && m.first <= from) return officialSpeaker(m.official);
  const named = officialByName(ctx, from, i - 1);
  return named ? officialSpeaker(named) : null;
}

/** The last token of the sentence token i is in, or of its clause when a comma comes first. */
function sentenceLast(ctx: TextContext, i: number): number {
  let j = i;
  while (j + 1 < ctx.tokens.length && ctx.sentence[j + 1] === ctx.sentence[i] && !/[،,]/.test(gapBefore(ctx, j + 1))) j++;
  return j;
}

const isRelativeOrF = (ctx: TextContext, i: number) => isRelativePronoun(ctx.norms[i - 1] ?? '') || ctx.norms[i]!.startsWith('ف');

/**
 * "ويضيف الخطيب": a speaker read as a bare word or two ("الخطيب" is also "the fiancé") that ends the name of a person
 * who spoke before ("سامر الخطيب") is that person.
 */
function byFamilyName(ctx: TextContext, s: Speaker | null, family: FamilyNames, at: number): Speaker | null {
  // (The people layer may have taken "سلال الابن" for a name of its own.)
  const relative = s && (s.kind === 'person' || s.official) ? relativeByFamilyName(ctx, s.official?.name_ar ?? s.ar) : null;
  if (relative) return officialSpeaker(relative);
  if (!s || s.official || (s.kind && s.kind !== 'person')) return s;
  const bare = normalize(s.ar).split(' ');
  const words = bare.join(' ').replace(/^[وف](?=ال|...)/, '').split(' ');
  // (A person read as one word, "وقال حمضي", is the one named in full before with that family name.)
  if (words.length > (s.kind === 'person' ? 1 : 2)) return s;
  // ("فارغاس", "فاضل": a name may open with the letter taken for a conjunction.)
  const spoke = family.latest(words) ?? (bare.length === words.length ? family.latest(bare) : null);
  if (spoke) return spoke;
  const named = officialBySurname(ctx, words, at) ?? (bare.length === words.length ? officialBySurname(ctx, bare, at) : null);
  return named ? officialSpeaker(named) : s;
}

/**
 * "وأضاف ديبي" after "الرئيس التشادي إدريس ديبي إتنو", "وتابع كاسترو" after "روبرتو كاسترو مينديز": a bare word or two
 * that are a family name of the one official named before with it (any word of the name after the first, as Spanish
 * and Portuguese names keep the father's name second) is that official, though they did not speak before.
 */
function officialBySurname(ctx: TextContext, words: readonly string[], at: number): Official | null {
  return holderOfFamilyName(ctx.officials, words, ctx.tokens[at]?.start ?? Infinity);
}

/**
 * "سلال الابن", "بن عيسى الأب": a family name and the word that tells which of two people of that family name the
 * text named (a relative named after the other, "فارس سلال، نجل رئيس الوزراء الأسبق عبد المالك سلال") is that one:
 * the relative for «الابن», the one they are named after for «الأب».
 */
function relativeByFamilyName(ctx: TextContext, name: string): Official | null {
  if (!ctx.kin.size) return null;
  const words = normalize(name).replace(/^[وف](?=...)/, '').split(' ');
  const which = words.pop()!;
  const younger = /^(الابن|النجل|الابنه|النجله|الحفيد|الحفيده|الصغير|الاصغر)$/.test(which);
  if (!words.length || words.length > 2 || !(younger || /^(الاب|الوالد|الجد|الكبير|الاكبر)$/.test(which))) return null;
  const key = words.join(' ');
  for (const [relative, owner] of ctx.kin) {
    if (normalize(relative.name_ar).endsWith(` ${key}`)) return younger ? relative : owner;
  }
  return null;
}

/**
 * The people and officials of a speaker history by the last one and last two words of their name, each key the
 * latest of them: what a scan back over the whole history for a longer name ending with the same words finds,
 * without the scan (and its normalising of every earlier name) per speaker, quadratic in the article's length.
 * The history only grows; entries are indexed as they are added.
 */
class FamilyNames {
  private readonly byEnd = new Map<string, Speaker>();
  private indexed = 0;
  constructor(private readonly history: readonly Speaker[]) {}
  latest(words: readonly string[]): Speaker | null {
    for (; this.indexed < this.history.length; this.indexed++) {
      const h = this.history[this.indexed]!;
      if (h.kind && h.kind !== 'person') continue;
      const name = normalize(h.official?.name_ar ?? h.ar).split(' ');
      for (let m = 1; m <= 2 && m < name.length; m++) this.byEnd.set(`${m}:${name.slice(-m).join(' ')}`, h);
    }
    return this.byEnd.get(`${words.length}:${words.join(' ')}`) ?? null;
  }
}

/**
 * "وقالت بيني وونغ", "وقال نظيرها الصيني": a singular verb right before its subject agrees with it in gender; an
 * official whose title does not say theirs is taken at the verb's word, so that a later "وأضافت" finds her.
 */
function learnGender(ctx: TextContext, t: Trigger, speaker: Speaker): void {
  const verb = t.verb;
  if (!verb?.gender || verb.plural || verb.dual || verb.form === 'participle' || !speaker.official || t.subjectLast < t.subjectFirst) return;
  let k = t.subjectFirst;
  while (k < t.subjectLast && PRONOUN_OBJECT.test(ctx.norms[k]!)) k++;
  const m = ctx.mention[k];
  if (!m || m.first !== k || m.official !== speaker.official || /^(لل|بال|ل|ب)/.test(ctx.norms[k]!) && !ctx.tokens[k]!.text.startsWith(speaker.official.name_ar.slice(0, 2))) return;
  noteGender(speaker, verb.gender);
}

/** The pair named in the verb's own sentence, before it. */
function sentencePairHere(ctx: TextContext, at: number): Speaker | null {
  const p = sentencePair(ctx, at);
  if (!p) return null;
  for (let j = sentenceStart(ctx, at); j < at; j++) if (ctx.mention[j]?.official === p.pair![0]) return p;
  return null;
}

/** "وأضافا": the last speaker that is a pair, or the last two people who spoke, together. */
function lastPair(history: readonly Speaker[]): Speaker | null {
  const last = history[history.length - 1];
  if (last && / و/.test(last.ar) && !last.official) return last;
  const people: Speaker[] = [];
  for (let k = history.length - 1; k >= 0 && people.length < 2; k--) {
    const h = history[k]!;
    if (h.official && !people.some((p) => p.official === h.official)) people.unshift(h);
  }
  if (people.length < 2) return null;
  const [a, b] = people as [Speaker, Speaker];
  return { ar: `${a.ar} و${b.ar}`, en: `${a.en} and ${b.en}`, official: null, pair: [a.official!, b.official!] };
}

function lastSingular(history: readonly Speaker[]): Speaker | null {
  for (let k = history.length - 1; k >= 0; k--) if (!isPluralSpeaker(history[k]!)) return history[k]!;
  return null;
}

function lastPlural(history: readonly Speaker[]): Speaker | null {
  for (let k = history.length - 1; k >= 0; k--) if (isPluralSpeaker(history[k]!)) return history[k]!;
  return null;
}

/** What points back to the words quoted before it: «بهذه الكلمات», «بهذا السؤال», «بهذه العبارة». */
const WORDS_NOUN = /^(الكلمات|العبارات|العباره|الكلمه|الجمله|السوال|الوصف|التعبير|الرد)$/;
/** Verbs of telling in few words what the words before said: «هكذا اختصرت», «هكذا لخص», «هكذا حكت». */
const SUMS_UP = /^[وف]?(اختصر|لخص|حكي|حك|سرد|اوجز)(ت)?$/;

function standaloneQuotations(ctx: TextContext, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const n = ctx.tokens.length;
  let i = 0;
  while (i < n) {
    const q = ctx.quotationOf[i]!;
    if (q === -1) { i++; continue; }
    const first = i;
    let last = i;
    while (last + 1 < n && ctx.quotationOf[last + 1] === q) last++;
    i = last + 1;
    // '"…"، قال الوزير': a verb right after the closing mark names the speaker.
    // ('"…"، هكذا قال الوزير' too.)
    // ('"…". بهذه الكلمات وصف X …': the next sentence names who said it.)
    const words = /^(بهذه|بهذا)$/.test(ctx.norms[last + 1] ?? '') && WORDS_NOUN.test(ctx.norms[last + 2] ?? '');
    // ('"…". هكذا روت X …', '«…». هكذا اختصر X معاناته': the sentence after the words opens by pointing back to them.)
    const pointsBack = !words && /^و?هكذا$/.test(ctx.norms[last + 1] ?? '') && ctx.sentence[last + 1] !== ctx.sentence[last];
    const at = words ? last + 3 : HAKADHA.test(ctx.norms[last + 1] ?? '') ? last + 2 : last + 1;
    const tells = (w: string) => !!reportingVerb(w) || SUMS_UP.test(w);
    const verbAfter = at + 1 < n && (words || pointsBack ? tells(ctx.norms[at]!) : ctx.sentence[at] === ctx.sentence[last] && !!triggerVerb(ctx, at)) ? at : -1;
    // '«…»، بحسب الوزير', '"…"، وفق X', '«…»، على حد تعبير X': whoever the preposition names said the words.
    const sourced = verbAfter < 0 ? sourceAfterQuotation(ctx, last) : null;
    if ((last - first + 1 < MIN_STANDALONE_WORDS && verbAfter < 0 && !sourced) || isNameQuotation(ctx, first)) continue;
    // '«فاو» تحذر: …', '«يونيفيل» تؤكد عبور نفق': a word or two in quotation marks with the verb right after the closing
    // mark, no comma between, is the verb's subject, a body's name, not words it attributes.
    if (verbAfter === last + 1 && last - first + 1 <= NAME_QUOTATION_WORDS && !/[،,.:؛!؟?]/.test(gapBefore(ctx, verbAfter))) continue;
    let free = true;
    for (let k = first; k <= last; k++) if (taken[k]) free = false;
    // Someone's words open a sentence or follow a comma or colon; a quotation after a noun is a name or a title.
    const opensClause = first === 0 || ctx.sentence[first - 1] !== ctx.sentence[first] || /[،,:]/.test(gapBefore(ctx, first));
    const speaker: Candidate['speaker'] = (previous) => {
      if (sourced) return subjectAfter(ctx, sourced[0], sourced[1]) ?? previous;
      if (verbAfter < 0) return previous;
      const end = sentenceLast(ctx, verbAfter);
      // ('"…"، هكذا علقت ميانو على تعيينها': a family name alone, of someone named in full before, before the verb's
      // preposition.)
      const named = !ctx.mention[verbAfter + 1] ? namedInFullBefore(ctx, verbAfter + 1) : null;
      if (named) return named;
      const subject = subjectAfter(ctx, verbAfter + 1, end);
      // "بهذه الكلمات وصف المزارع X حال قريته": the verb's object follows its subject; the name ends the subject.
      if ((words || pointsBack) && subject && !subject.official && !subject.kind) {
        for (let e = verbAfter + 2; e < end; e++) {
          const person = personIn(ctx, verbAfter + 1, e);
          if (person) return person;
        }
      }
      return subject ?? previous;
    };
    if (free && opensClause) out.push({ at: verbAfter >= 0 ? verbAfter : first, first, last, speaker });
  }
  return out;
}

/** What names whose words they are after a source preposition: "تعبير", "قول", "وصف" ("على حد قول", "حسب تعبير"). */
const SAYING_NOUN = /^(تعبير|قول|وصف)$/;

/**
 * '«…»، بحسب المبعوث الأممي', '"…"، وفق ملادينوف', '«…»، على حد تعبير الوزير' right after the closing mark of a
 * quotation: the tokens [first, last] of who said it (up to the next comma or the end of the sentence), or null.
 */
function sourceAfterQuotation(ctx: TextContext, last: number): [number, number] | null {
  let k = last + 1;
  if (k >= ctx.tokens.length || ctx.sentence[k] !== ctx.sentence[last] || !/[،,]/.test(gapBefore(ctx, k)) || ctx.quotationOf[k] !== -1) return null;
  if (SOURCE_PREPOSITION.test(ctx.norms[k]!)) k++;
  else if (ctx.norms[k] === 'علي' && ctx.norms[k + 1] === 'حد' && SAYING_NOUN.test(ctx.norms[k + 2] ?? '')) k += 3;
  else return null;
  if (SAYING_NOUN.test(ctx.norms[k] ?? '')) k++;
  if (k >= ctx.tokens.length || ctx.sentence[k] !== ctx.sentence[last] || ctx.quotationOf[k] !== -1 || /^ما$/.test(ctx.norms[k]!)) return null;
  let end = k;
  while (end + 1 < ctx.tokens.length && end < k + 10 && ctx.sentence[end + 1] === ctx.sentence[k] && ctx.quotationOf[end + 1] === -1 && !/[،,:؛;(]/.test(gapBefore(ctx, end + 1))) end++;
  return [k, end];
}

/** Officials named at the start of sentences that report nothing: who a following "وأضاف" may refer to. */
function sentenceSubjects(ctx: TextContext, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const n = ctx.tokens.length;
  let from = 0;
  while (from < n) {
    let to = from;
    while (to + 1 < n && ctx.sentence[to + 1] === ctx.sentence[from]) to++;
    let free = true;
    for (let k = from; k <= to; k++) if (covered[k]) free = false;
    // "وكان X قد زار …": background in the pluperfect, set aside from the story; whoever was speaking goes on.
    const background = /^[وف]?(كان|كانت)$/.test(ctx.norms[from] ?? '') && ctx.norms.slice(from + 1, Math.min(to, from + 12) + 1).some((w) => /^[وف]?قد$/.test(w));
    if (free && !background) {
      // "والتقى الوزير رئيس الوزراء X": a definite title with no name right after the verb is the subject; the one
      // named after it is the object, not who a following "وقال" refers to.
      const titled = !ctx.mention[from] && !ctx.mention[from + 1] && from + 1 <= to && ctx.quotationOf[from + 1] === -1
        && /^ال/.test(ctx.norms[from + 1]!) && heads.has(ctx.norms[from + 1]!.replace(/^ال/, '').replace(/ه$/, ''));
      const title = titled ? unnamedTitle(ctx, from + 1) : null;
      if (title) out.push({ at: from + 1, first: -1, last: -1, silent: true, speaker: () => title });
      for (let k = titled ? to + 1 : from; k <= to && k <= from + 6; k++) {
        const m = ctx.mention[k];
        if (m && ctx.quotationOf[k] === -1) {
          const speaker = officialSpeaker(m.official);
          out.push({ at: k, first: -1, last: -1, silent: true, speaker: () => speaker });
          break;
        }
      }
    }
    from = to + 1;
  }
  return out;
}

/**
 * "الوزير" with no name, the subject of its sentence: the official its title refers to, or the fuller title the text
 * gave it before with no name either ("وصل وزير الخارجية السعودي إلى … والتقى الوزير …" → Saudi Foreign Minister).
 */
function unnamedTitle(ctx: TextContext, k: number): Speaker | null {
  if (ctx.sentence[k + 1] === ctx.sentence[k] && matchNationality(ctx.norms, k + 1)) return null; // "الوزير السعودي": read elsewhere
  const head = ctx.norms[k]!.replace(/^ال/, '');
  for (let j = k - 1; j >= 0 && j >= k - 80; j--) {
    const w = ctx.norms[j]!;
    if (ctx.mention[j] || (w !== head && !(/^[وف]/.test(w) && w.slice(1) === head))) continue;
    let end = j;
    while (end + 1 < ctx.tokens.length && end < j + 4 && !ctx.mention[end + 1] && ctx.sentence[end + 1] === ctx.sentence[j] && ctx.quotationOf[end + 1] === -1 && !/[،,]/.test(gapBefore(ctx, end + 1))
      && !/^(في|الي|علي|من|عن|مع|خلال|امس|اليوم|قد)$/.test(ctx.norms[end + 1]!) && !isSkippableAfterVerb(ctx.norms[end + 1]!)) end++;
    for (let e = end; e > j; e--) {
      const written = ctx.text.slice(ctx.tokens[j]!.start, ctx.tokens[e]!.end);
      const ar = w === head ? written : written.slice(1);
      const en = roleToEnglish(ar);
      if (en && en.split(' ').length >= 2) return { ar, en, official: null };
    }
    return null;
  }
  return null;
}

export function findQuotes(text: string, officials: Official[]): Quote[] {
  const ctx = buildContext(text, officials);
  const n = ctx.tokens.length;
  const taken = new Uint8Array(n);
  const candidates: Candidate[] = [];
  const claim = (first: number, last: number) => {
    // (A quote must hold words of the text: a reporting verb or «فإن» that ends the text opens nothing.)
    if (first > last || first < 0 || last >= n) return false;
    for (let k = first; k <= last; k++) if (taken[k]) return false;
    for (let k = first; k <= last; k++) taken[k] = 1;
    return true;
  };
  for (const h of findHeadlines(ctx)) {
    if (claim(h.first, h.last)) candidates.push({ at: h.prefixFirst, first: h.first, last: h.last, speaker: () => prefixSpeaker(ctx, h.prefixFirst, h.prefixLast), crosshead: ctx.paragraph[h.first] !== ctx.paragraph[0] });
  }
  const silentVerbs: number[] = [];
  const silentSubjects = new Map<number, [number, number]>();
  for (const t of findTriggers(ctx, silentVerbs, silentSubjects)) {
    // "بنشماش يستقبل وفدا … ويدعو إلى "شراكة جنوب جنوب"", "موراليس يستقيل ويتحدث عن "انقلاب"": a headline tells what
    // someone did; what its verb calls for or speaks of is no statement of theirs (their words follow, in the story).
    // (Words after a colon or أن are theirs: "غروندبرغ يحذر مجلس الأمن: اليمن أمام …".)
    if (t.opening !== 'colon' && t.opening !== 'complementizer' && isHeadingLine(ctx, t.at)) { claim(t.first, t.last); continue; }
    // "عبد العال يستقبل رئيسة البرلمان الأوغندي ويؤكد: مياه النيل قضية حياة": a headline of a meeting whose second verb
    // sums up what was said there; the words are in the story (none of the three in the readable sets is marked).
    if (t.opening === 'colon' && isHeadingLine(ctx, t.at) && meetingHeadline(ctx, t.at)) { claim(t.first, t.last); continue; }
    if (claim(t.first, t.last)) candidates.push({ at: t.at, first: t.first, last: t.last, speaker: triggerSpeaker(ctx, t), trigger: t });
  }
  for (const c of standaloneQuotations(ctx, taken)) if (claim(c.first, c.last)) candidates.push(c);

  const covered = new Uint8Array(n);
  for (const c of candidates) for (let k = Math.min(c.at, c.first); k <= c.last; k++) covered[k] = 1;
  for (const at of silentVerbs) {
    covered[at] = 1;
    // ("ورحب سموه بالوزير الضيف": a pronoun of style after the verb is its subject, not the guest welcomed after «بـ».)
    const styled = at + 1 < n && ctx.sentence[at + 1] === ctx.sentence[at] && isStylePronoun(ctx.norms[at + 1]!);
    const [from, to] = silentSubjects.get(at) ?? [at + 1, at];
    candidates.push({ at, first: -1, last: -1, silent: true, speaks: true, speaker: (previous, _, history) => styled ? pronounReferent(ctx, at + 1, at, previous, history) : subjectAfter(ctx, from, to) });
  }
  candidates.push(...sentenceSubjects(ctx, covered));
  candidates.sort((a, b) => a.at - b.at || Number(!!a.silent) - Number(!!b.silent));

  const found: { c: Candidate; speaker: Speaker | null }[] = [];
  let previous: Speaker | null = null;
  let previousAt = -1;
  const history: Speaker[] = [];
  let spoken: Speaker | null = null;
  const family = new FamilyNames(history);
  for (const c of candidates) {
    const said = c.speaker(previous, previousAt, history, spoken);
    const resolved = byFamilyName(ctx, holderNamedAfterTitle(ctx, said, c.first > (said?.words?.[1] ?? Infinity) ? c.first : ctx.tokens.length) ?? said, family, c.at);
    const speaker = styledSurnameSpeaker(ctx, resolved) ?? titleHolderNamedEarlier(ctx, resolved) ?? resolved;
    if (speaker && c.trigger) learnGender(ctx, c.trigger, speaker);
    if (speaker && !speaker.aside) {
      previous = speaker;
      previousAt = c.at;
      if (history[history.length - 1] !== speaker) history.push(speaker);
      if (!c.silent || c.speaks) spoken = speaker;
    }
    if (!c.silent && c.trigger && addressedBeforeWords(ctx, c.trigger, speaker)) c.first = pastPronounObjects(ctx, c.trigger.subjectFirst, c.trigger.subjectLast);
    if (!c.silent) found.push({ c, speaker });
  }
  found.sort((a, b) => a.c.first - b.c.first);
  dropCrossheadsSummingUp(ctx, found);
  // One English name per speaker text (composing an institution's English is the costly part).
  const english = new Map<string, string | null>();
  // (A body's English in the words the news uses for it: "Russian Foreign Ministry spokesperson"; a group's from its
  // noun, number and adjectives, "The five judges".)
  const bodyEnglish = (s: Speaker) => {
    const en = speakerEnglish(s) ?? (s.official || s.kind ? null : namedBodyEnglish(s.ar) ?? groupSpeakerEnglish(s.ar));
    return en && !s.official ? bodySpeakerEnglish(en) : en;
  };
  const englishOf = (s: Speaker) => {
    if (s.en !== null || !s.english) return bodyEnglish(s);
    if (!english.has(s.ar)) english.set(s.ar, bodyEnglish(s));
    return english.get(s.ar)!;
  };
  return found.map(({ c, speaker: said }, k) => {
    const { start, end } = charSpan(ctx, c.first, c.last);
    // A pair speaks as the first of the two, with the other beside them (both cards show the quote); its words are
    // both names, "X وY" (in English "X and Y"), whatever words the text used for them ("الوزيران").
    const speaker = said?.pair ? officialSpeaker(said.pair[0]) : said;
    return {
      id: `q${k + 1}`,
      text: text.slice(start, end),
      kind: kindOf(ctx, start, end),
      speaker_ar: said?.pair ? `${said.pair[0].name_ar} و${said.pair[1].name_ar}` : speaker?.ar ?? null,
      speaker_en: said?.pair ? pairEnglish(said.pair) : speaker ? englishOf(speaker) : null,
      speaker_id: speaker?.official?.id ?? null,
      ...(said?.pair ? { co_speaker_ids: [said.pair[1].id] } : {}),
      speaker_kind: speaker?.official ? null : speaker?.kind ?? null,
      speaker_span: speaker?.official ? null : speaker?.span ?? null,
      speaker_description_ar: speaker?.official ? null : speaker?.description ?? null,
      speaker_description_en: speaker?.official ? null : speaker?.descriptionEnglish?.() ?? null,
      start,
      end,
    };
  });
}

/**
 * "ودعا أنصاره إلى التزام الهدوء", "لكنه دعا الدول المجاورة إلى «…»", "كما حث النرويج على …": when the one who urges
 * is not written after the verb, the noun before the preposition is the one urged, and it belongs to the words
 * ("أنصاره إلى التزام الهدوء"), as dev marks it (143, 130) and the sets written like it (heldout4, 10, 12, 14).
 * (Not a circumstance in that place: "ودعا في بيان صادر عن مكتبه إلى …".)
 */
function addressedBeforeWords(ctx: TextContext, t: Trigger, speaker: Speaker | null): boolean {
  if (!t.verb || t.verb.form === 'participle' || !ADDRESSES.test(t.verb.lemma) || !nounBeforePreposition(ctx, t)) return false;
  if (!speaker || speaker.pair) return false;
  const range = ` ${ctx.norms.slice(t.subjectFirst, t.subjectLast + 1).join(' ')} `;
  const named = normalize(speaker.ar).split(/\s+/).filter((w) => w.length > 2);
  return !named.some((w) => range.includes(` ${w.replace(/^و/, '')} `) || range.includes(` ${w} `));
}

/**
 * "الجبير: قطر تعرف المطلوب" on a line of its own mid-story, then the section that reports the words in full: the
 * crosshead only sums them up, so it is no statement of its own. It sums up when its speaker speaks again below it
 * or a later statement repeats most of its words. (A crosshead the story does not take up again stands for words it
 * does not give elsewhere, and stays.)
 */
function dropCrossheadsSummingUp(ctx: TextContext, found: { c: Candidate; speaker: Speaker | null }[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const { c, speaker } = found[k]!;
    if (!c.crosshead) continue;
    const later = found.slice(k + 1).filter((f) => !f.c.crosshead);
    if (later.some((f) => speaker && sameSpeaker(speaker, f.speaker)) || later.some((f) => repeats(ctx, c, f.c))) found.splice(k, 1);
  }
}

const sameSpeaker = (a: Speaker, b: Speaker | null): boolean =>
  !!b && (a === b || (!!a.official && a.official === b.official) || a.ar === b.ar);

/** Most words of the short statement `a` come back in the statement `b`. */
function repeats(ctx: TextContext, a: Candidate, b: Candidate): boolean {
  const words = new Set(ctx.norms.slice(b.first, b.last + 1));
  const own = ctx.norms.slice(a.first, a.last + 1);
  return own.filter((w) => words.has(w)).length * 3 >= own.length * 2;
}

const JOINT_DOCUMENT = /^[وف]?(ال)?(بيان|اعلان|بلاغ)ا?$/;
const JOINT = /^(ال)?مشترك(ا|ه)?$/;
/** The two parties of a joint document, named after the pronoun that points back to it ("أكد فيه الجانبان"). */
const JOINT_PARTIES = /^(الجانبان|الطرفان|البلدان|الجانبين|الطرفين|البلدين)$/;

/**
 * "أصدر الجانبان بيانا مشتركا جاء فيه", "وفي البيان المشترك الذي صدر … جاء فيه": the joint document that «جاء فيه» at
 * token i refers to, the nearest document before it in its sentence; as the text's vocabulary names a joint one.
 */
function jointDocumentBefore(ctx: TextContext, i: number): Speaker | null {
  for (let k = i - 2; k >= 0 && k >= i - 10 && ctx.sentence[k] === ctx.sentence[i]; k--) {
    if (!JOINT_DOCUMENT.test(ctx.norms[k]!) || ctx.quotationOf[k] !== -1) continue;
    if (!JOINT.test(ctx.norms[k + 1] ?? '')) return null;
    const noun = ctx.norms[k]!.replace(/^[وف](?=.{3})/, '').replace(/^ال/, '').replace(/ا$/, '');
    const head = matchSpeakerHead([`ال${noun}`, 'المشترك'], 0);
    if (!head || head.words.length !== 2) return null;
    return { ar: `${noun === 'اعلان' ? 'إعلان' : noun} مشترك`, en: head.en, official: null, kind: 'institution', span: [ctx.tokens[k]!.start, ctx.tokens[k + 1]!.end] };
  }
  return null;
}

/** A verb of meeting in the present, as headlines tell a reception or talks ("يستقبل", "تلتقي", "يبحث"), normalised. */
const MEETS = /^[يت](ستقبل|لتقي|بحث|جتمع)$/;

/**
 * The reporting verb at i is joined by و to a verb of meeting earlier in its line ("X يستقبل Y ويؤكد: …", "X يلتقي Y
 * ويشدد: …").
 */
function meetingHeadline(ctx: TextContext, i: number): boolean {
  if (!ctx.norms[i]!.startsWith('و')) return false;
  for (let k = i - 1; k >= 0 && ctx.paragraph[k] === ctx.paragraph[i]; k--) if (MEETS.test(ctx.norms[k]!)) return true;
  return false;
}

/** "X and Y": the English names of the two officials who spoke together. */
function pairEnglish(pair: readonly [Official, Official]): string {
  return `${pair[0].name_en} and ${pair[1].name_en}`;
}

/** Character span of tokens [first, last], widened to the quotation marks a quotation starts or ends with. */
function charSpan(ctx: TextContext, first: number, last: number): { start: number; end: number } {
  let start = ctx.tokens[first]!.start;
  let end = ctx.tokens[last]!.end;
  const qf = ctx.quotationOf[first]!;
  if (qf !== -1 && (first === 0 || ctx.quotationOf[first - 1] !== qf)) start = ctx.quotations[qf]!.start;
  const ql = ctx.quotationOf[last]!;
  if (ql !== -1 && (last + 1 >= ctx.tokens.length || ctx.quotationOf[last + 1] !== ql)) end = Math.max(end, ctx.quotations[ql]!.end);
  return { start, end };
}

function kindOf(ctx: TextContext, start: number, end: number): QuoteKind {
  return ctx.quotations.some((q) => q.start >= start && q.end <= end && q.innerEnd > q.innerStart + 1) ? 'direct' : 'indirect';
}
