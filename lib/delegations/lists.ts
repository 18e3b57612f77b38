/**
 * Explicit lists of participants: «ويشارك من الجانب الروسي …»، «وحضر اللقاء …»، «بحضور …»، «ويضم الوفد …»،
 * «يرافقه …»، «وكان في استقباله …». Each member is an official whose mention starts inside the list span.
 */
import {
  ACCOMPANY_VERB,
  accompaniedMarkers,
  delegationWords,
  futureMarkers,
  groupWords,
  guestWords,
  headVerbs,
  hostWords,
  honorificPronouns,
  listOpeners,
  meetingNouns,
  meetingVerbs,
  pluperfectAuxiliaries,
  sideWords,
  siteNouns,
  siteVisitVerbs,
  stoppers,
  witnessedCeremonies,
  type ListKind,
} from '../vocab/meetings';
import type { Official } from '../types';
import { normalize } from '../arabic/normalize';
import { AGREEMENT, DELEGATION_REACH, isAgreementNoun, isGenitiveReference, LEADS_VERB, isIn, isPlaceName, ledDelegationBefore, lookup, opensAgreementSubject, sentenceBounds, titleRightBefore, type Context, type Mention } from './context';
import { verbAt } from './meetings';
import { heads, styles } from '../vocab/titles';
import { matchSpeakerHead } from '../vocab/speakers';
import { MOVEMENT_NOUNS, movementOfNoun, oppositionAt, sideAt, sidePhraseIn, type Partition, type Side, type SidePhrase } from './sides';

export interface ExplicitList {
  kind: ListKind;
  /** Token index of the opener word. */
  opener: number;
  /** Member span, tokens [first, last). */
  first: number;
  last: number;
  /** The side the list names in its own words ("من الجانب الروسي", "الوفد الجنوبي", "المسؤولين في الحكومة الأردنية"). */
  side: Side | null;
  /** The person the delegation accompanies or the reception welcomes ("الوفد المرافق للأمير …", "يرافقه", "في استقباله"). */
  principal: Official | null;
  /** A reception list ("في استقباله/وداعه"): the members welcome the principal, so they are of the other side. */
  reception: boolean;
  /** "وعن الجانب الضيف …": the side named by its role in the meeting, when the list names no country. */
  role: 'guest' | 'host' | null;
  /** "كما يشمل الوفد …": continues the previous list's side. */
  continuation: boolean;
  /** A reception whose guest is named by title or side only ("في استقبال رئيس الوزراء الماليزي"): the guest's side. */
  guestSide: Side | null;
  /** "في وداع الضيف": the guest named by the role alone. */
  guestRole: boolean;
  members: Official[];
  /** "حيث التقى X، في حضور Y": a meeting of the article's is told in the list's sentence, before its opener. */
  afterMeeting?: boolean;
  /**
   * «بوساطة من الرئيس X ونظيره Y»، «برعاية …» ('by'): the mediators or sponsors of talks between others, each of his own
   * side, never the host's list; «وعن جانب الوساطة، حضر …» ('side'): the mediators' side by the word alone.
   */
  mediation?: 'by' | 'side';
  /** «ومن جانب المنظمة A، وB»: the principal's side is stated, by its body's short name after the side word. */
  principalSideStated?: boolean;
}

/** «بوساطة»، «برعاية»، «بتيسير من»: the talks are held through a mediator, under a sponsor or with a facilitator. */
const MEDIATED = /^و?(?:بوساطه|برعايه|بتيسير)$/;
/** «الوساطة»، «الوسيط»، «الوسطاء»: the mediation named as a side («وعن جانب الوساطة»، «ومن جهة الوسطاء»). */
const MEDIATION_SIDE = /^(?:ال)?(?:وساطه|وسيط|وسيطه|وسطاء|وسطا|وسيطين)$/;

const MAX_SPAN = 160;
/** Words opening a source's attribution ("بحسب بيان …"، "وفقا لـ…"، "نقلا عن …"). */
const ATTRIBUTION = /^(?:بحسب|حسب|حسبما|وفقا|وفق|طبقا|نقلا)$/;
/** "في استقباله/استقبالهم/وداعهما": the one welcomed is a pronoun, named before the list. */
const RECEPTION_PRONOUN = /(?:ه|ها|هم|هما)$/;
/** The opener's sentence ends in a colon within five words of it, before anyone is named («وحضر اللقاء كل من:»). */
function colonAfterOpener(ctx: Context, i: number, sentEnd: number): boolean {
  if (sentEnd >= ctx.tokens.length || sentEnd - i > 5) return false;
  for (let k = i + 1; k < sentEnd; k++) if (ctx.mentionAt[k]) return false;
  return ctx.text.slice(ctx.tokens[sentEnd - 1]!.end, ctx.tokens[sentEnd]!.start).includes(':');
}

/** "- A\n- B\n- C": after a colon, the list goes on over lines that each start with a bullet or a dash. */
function bulletsEnd(ctx: Context, end: number): number {
  while (end < ctx.tokens.length && BULLET_LINE.test(ctx.text.slice(ctx.tokens[end - 1]!.end, ctx.tokens[end]!.start))) end = sentenceBounds(ctx, end)[1];
  return end;
}
const BULLET_LINE = /\n\s*(?:[-–—•*▪●·]|\d{1,2}\s*[-.)])\s*$/;

/** "…، يضم"، "…، تضم": a verb of comprising that opens the list of a delegation named before it. */
const COMPRISES = /^و?(?:ضم|يضم|تضم|ضمت|يتالف|تتالف|يشمل|تشمل|شمل)$/;
/** «بعثة»: an organisation's mission, a delegation by another word. */
const MISSION = /^(?:ال)?بعث(?:ه|ة)$/;

/** «ضم الوفد»، «ضمت البعثة»: the delegation word after the opener is definite and stands alone (no side, no possessor named). */
function definiteDelegation(ctx: Context, i: number): boolean {
  const next = ctx.norms[i + 1] ?? '';
  if ((next === 'الوفد' || next === 'البعثه') && !ctx.mentionAt[i + 2]) return true;
  // «فيما ضم وفد الجامعة A، وB»، «وضمت بعثة الصندوق …»: the delegation named before by a short name of its body (one
  // definite word that is no one's name and no side the layer reads).
  const body = ctx.norms[i + 2] ?? '';
  return (next === 'وفد' || next === 'بعثه') && body.startsWith('ال') && !ctx.mentionAt[i + 2] && !ctx.coveredBy[i + 2] && !ctx.comma[i + 2] && !ctx.mentionAt[i + 3];
}


/** The token where the first mention starting in [from, to) starts, or -1. */
function firstMentionWithin(ctx: Context, from: number, to: number): number {
  for (let k = from; k < Math.min(to, ctx.tokens.length); k++) if (ctx.mentionAt[k]) return k;
  return -1;
}

/** Lists of those present (attendance, signing) rather than of a travelling delegation. */
export function isAttendance(kind: ListKind): boolean {
  return kind === 'attend' || kind === 'sign';
}

/** «، بحضور»، «، في حضور»: an opener right after a comma, or after a comma and the preposition «في» it is said with. */
function openerAfterComma(ctx: Context, at: number, partition: Partition): boolean {
  if (!ctx.comma[at]) return false;
  if (openerAt(ctx, at, partition)) return true;
  return /^و?في$/.test(ctx.norms[at]!) && !ctx.coveredBy[at] && !!openerAt(ctx, at + 1, partition);
}

/** The opener kind of token i, with the rules that keep common verbs (ضم، شارك) from opening lists out of context. */
function openerAt(ctx: Context, i: number, partition: Partition): { kind: ListKind; reception: boolean } | null {
  const kind = lookup(ctx, i, listOpeners);
  const prev = ctx.forms[i - 1] ?? [];
  if (!kind) {
    // "وكان في استقبال سمو ولي العهد …": a reception with the principal named after it.
    if ((ctx.forms[i] ?? []).some((f) => f === 'استقبال' || f === 'وداع') && prev.includes('في')) {
      return { kind: 'attend', reception: true };
    }
    // «وشهد مراسم التوقيع الدكتور X، والسيد Y»: the witnesses of a ceremony, named after it, were present.
    if (lookup(ctx, i, meetingVerbs) === 'witness' && isIn(ctx, i + 1, witnessedCeremonies) && !ctx.coveredBy[i + 1]) return { kind: 'attend', reception: false };
    return null;
  }
  const norm = ctx.norms[i]!;
  // "حضرة صاحب السمو"، «لحضرة صاحب الجلالة»: the honorific حضرة, written like حضره "attended it" once normalised.
  if (/^(?:و|ف|ل|ول)?حضره$/.test(norm) && /^صاحب/.test(ctx.norms[i + 1] ?? '')) return null;
  // «بالتشارك مع الرئيس X»: a present-tense verb never takes the article; with it the word is a verbal noun («in
  // partnership with»), no verb of those who attend.
  if ((ctx.forms[i] ?? []).some((f) => /^[يت]/.test(f) && listOpeners.has(f) && norm.endsWith('ال' + f))) return null;
  if (/^(?:و|ف)?(?:استقبال|وداع)/.test(norm)) {
    return prev.includes('في') ? { kind, reception: true } : null;
  }
  // "ومن المتوقع أن يشارك في المنتدى X"، "سيحضر": those expected at an event are not yet at the meeting.
  if (kind === 'attend' && isExpected(ctx, i)) return null;
  // "تحت إشراف X"، "برعاية X": those who preside over a ceremony.
  if (/^و?(?:اشراف|رعايه)$/.test(norm) && !prev.includes('تحت')) return null;
  if (kind === 'sign') {
    // "وقعها من جانب الإمارات X، ومن الجانب الصيني Y": a signer for each named side.
    // "ووقع الاتفاقية الأولى عن الجانب المغربي X": the agreement (two or three words) may come first.
    // («ووقّع المذكرة في مقر وزارة الخارجية عن الجانب الكويتي X»: the place of the signing may come between too.)
    const phrase = sidePhraseIn(ctx, i + 1, i + 10, partition);
    if (!phrase || (phrase.first > i + 4 && !signingPlaceBetween(ctx, i + 1, phrase.first))) return namedAgreementFirst(ctx, i) || agreementThenSide(ctx, i, partition) || signerAfterPronoun(ctx, i) ? { kind, reception: false } : null;
    for (let k = i + 1; k < phrase.first; k++) if (ctx.coveredBy[k] || ctx.comma[k]) return null;
    return { kind, reception: false };
  }
  // «ومثّل لبنان في الاجتماع وزير الخارجية X»، «فيما مثلت الأردن …»: a country or body named right after «مثّل» at the
  // head of a clause, then those who represented it: those present for that side.
  if (representedSide(ctx, i, partition)) return { kind: 'attend', reception: false };
  // «وقال مسؤول عراقي رافق الوفد، طلب عدم ذكر اسمه، إن …»: an unnamed source who accompanied (a clause on an indefinite
  // noun, with no relative pronoun): no one named after it accompanied.
  if (kind === 'accompany' && unnamedCompanion(ctx, i)) return null;
  if (kind === 'delegation') {
    // A delegation word in the eight words before (a name and its title count as none: "وفد … برئاسة وزير الخارجية X،
    // يضم …") or the three after.
    let near = false;
    // ("وفدا عن الاتحاد التونسي للصناعة والتجارة تترأسه رئيسة الاتحاد X، ويضم …": the delegation's body and who leads it
    // come between; a verb of leading lets the look reach further back.)
    for (let k = i - 1, words = 0, reach = 8; k >= 0 && words < reach && !near; k--) {
      near = isIn(ctx, k, delegationWords) || ledSide(ctx, k, partition);
      if (!ctx.coveredBy[k]) words++;
      if (!ctx.coveredBy[k] && isIn(ctx, k, headVerbs)) reach = words + 8;
    }
    // ("فيما ضمت البعثة …": a mission, an organisation's delegation, named by its word right after the verb.)
    for (let k = i + 1; k <= i + 3 && !near; k++) near = isIn(ctx, k, delegationWords) || (k <= i + 2 && MISSION.test(ctx.norms[k]!));
    // "وفدا برلمانيا ألمانيا برئاسة [a title the officials layer did not read] X، يضم …": after a comma, the sentence's delegation.
    if (!near && ctx.comma[i] && COMPRISES.test(norm)) {
      const [start] = sentenceBounds(ctx, i);
      for (let k = i - 1; k >= start && !near; k--) near = !ctx.coveredBy[k] && isIn(ctx, k, delegationWords);
    }
    // "وضم الجانب الكويتي …، فيما ضم الجانب العراقي …": the list names its side right after the verb.
    if (!near) near = isIn(ctx, i + 1, sideWords) && sidePhraseIn(ctx, i + 1, i + 5, partition)?.first === i + 1;
    if (!near) return null;
  }
  return { kind, reception: false };
}

/**
 * «وترأس الجانب الكويتي في المباحثات الوزير X وضم A وB»: a side phrase at token k right after a verb of leading is the
 * delegation that X leads, and «وضم» after it lists its members.
 */
function ledSide(ctx: Context, k: number, partition: Partition): boolean {
  return isIn(ctx, k, sideWords) && !ctx.coveredBy[k - 1] && isIn(ctx, k - 1, headVerbs) && sidePhraseIn(ctx, k, k + 4, partition)?.first === k;
}

/** «الذي»، «التي»: a relative pronoun opening an aside on the member before it. */
const RELATIVE = /^(?:الذي|التي)$/;
/** How many words an aside inside a list may run to. */
const ASIDE_REACH = 12;

/**
 * The token after a relative clause that opens at token `at` (after a comma) and ends at the next comma, when no one is
 * named in it and «و» then someone named (an honorific or a title may stand first) go on with the list; -1 otherwise.
 */
function listResumesAfterAside(ctx: Context, at: number, sentEnd: number): number {
  if (!RELATIVE.test(ctx.norms[at]!)) return -1;
  for (let k = at + 1; k < Math.min(sentEnd, at + ASIDE_REACH); k++) {
    if (ctx.coveredBy[k]) return -1;
    if (!ctx.comma[k]) continue;
    if (!/^و/.test(ctx.norms[k]!)) return -1;
    // («…، الذي زار القاهرة أمس، والتقى Y»: a verb after «و» goes on with the clause, not with the list.)
    const named = firstMentionWithin(ctx, k, k + 4);
    for (let t = k; t < named; t++) if (verbAt(ctx, t) || lookup(ctx, t, listOpeners) || isIn(ctx, t, stoppers)) return -1;
    return named >= 0 ? k : -1;
  }
  return -1;
}

/** «في مقر …»، «بقصر …»، «في العاصمة …»: a place phrase between a verb of signing and the side its signer signs for. */
function signingPlaceBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.norms[k] === 'في' || /^ب(?:مقر|قصر|مكتب|قاعه|ديوان|مبني|العاصمه|مدينه)$/.test(ctx.norms[k]!)) return k < from + 3;
  return false;
}

/** How many words an agreement's name may run to between the verb of signing and its signer. */
const AGREEMENT_NAME_REACH = 16;

/**
 * «ووقع اتفاقية الإعفاء المتبادل من التأشيرات … عن الجانب القطري X»، «كما وقع مذكرة تفاهم بشأن التعاون في مجال التنمية
 * X المدير العام لـ…»: the agreement, named in full right after the verb, then its signer: a list of signers, its side
 * stated or the signer's own. (Its name has no comma and no one in it; a verb with no agreement after it signs nothing here.)
 */
function namedAgreementFirst(ctx: Context, i: number): boolean {
  if (!isAgreementNoun(ctx, i + 1)) return false;
  const [, end] = sentenceBounds(ctx, i);
  let qualified = false;
  for (let k = i + 2; k < Math.min(end, i + 2 + AGREEMENT_NAME_REACH); k++) {
    if (ctx.quoted[k]) return false;
    // («ووقع مذكرة التفاهم الثانية، بشأن إقامة منطقة صناعية …، المهندس X»: one comma may set off what the agreement is
    // about, and one more close it right before its signer.)
    if (!qualified && opensAgreementSubject(ctx, k)) qualified = true;
    else if (ctx.comma[k] && !(qualified && firstMentionWithin(ctx, k, k + 2) >= 0)) return false;
    if (ctx.mentionAt[k]) return true;
  }
  return false;
}

/**
 * «ووقع مذكرة تفاهم في مجال تنظيم العمالة، عن الجانب القطري X، وعن الجانب الفيتنامي Y»: the agreement named in full
 * right after the verb, a comma, then the side its signer signs for (no one named and no other comma before it).
 */
function agreementThenSide(ctx: Context, i: number, partition: Partition): boolean {
  if (!isAgreementNoun(ctx, i + 1)) return false;
  const [, end] = sentenceBounds(ctx, i);
  const phrase = sidePhraseIn(ctx, i + 2, Math.min(end, i + 2 + AGREEMENT_NAME_REACH), partition);
  if (!phrase || !/^و?(?:عن|من)$/.test(ctx.norms[phrase.first - 1] ?? '')) return false;
  const comma = phrase.first - 1;
  if (!ctx.comma[comma]) return false;
  for (let k = i + 2; k < phrase.first; k++) if (ctx.coveredBy[k] || ctx.quoted[k] || (ctx.comma[k] && k !== comma)) return false;
  return true;
}

/** «وقعها»، «وقعه»، «وقعتها»: the verb of signing with the agreement as its pronoun. */
const SIGNED_IT = /^[وف]?(?:وقع|وقعت|يوقع|توقع)(?:ها|ه|هما)$/;

/**
 * «…، وقعها معالي X وزير …، ومعالي Y وزيرة … الصربية»: the agreement named before, the verb of signing with its pronoun,
 * then its signers (an honorific or two may come first; no comma).
 */
function signerAfterPronoun(ctx: Context, i: number): boolean {
  if (!SIGNED_IT.test(ctx.norms[i]!)) return false;
  for (let k = i + 1; k <= i + 3 && k < ctx.tokens.length; k++) {
    if (ctx.comma[k] || ctx.quoted[k]) return false;
    if (ctx.mentionAt[k]) return true;
  }
  return false;
}

/** «مثّل»، «مثّلت»: represented (the present «يمثل» tells of what is to come as often; «مثل» "like" once normalised is read only at a clause's head). */
const REPRESENT = /^[وف]?(?:مثل|مثلت)$/;
/** A clause's head: its sentence's start, after a comma, after «و» on the verb itself, or after «فيما»، «بينما»، «كما». */
const CLAUSE_LINKS = /^و?(?:فيما|بينما|كما|قد)$/;

/**
 * «ومثّل لبنان في الاجتماع …»: the verb of representing at a clause's head with a country or organisation right after it
 * and someone named within a few words (past «في الاجتماع/القمة», a title): the side the list is for.
 */
function representedSide(ctx: Context, i: number, partition: Partition): Side | null {
  const norm = ctx.norms[i] ?? '';
  if (!REPRESENT.test(norm) || ctx.coveredBy[i]) return null;
  const [start, end] = sentenceBounds(ctx, i);
  const head = i === start || ctx.comma[i] || /^[وف]/.test(norm) || CLAUSE_LINKS.test(ctx.norms[i - 1] ?? '');
  if (!head) return null;
  const at = sideAt(ctx, i + 1, partition);
  if (!at || ctx.coveredBy[i + 1]) return null;
  for (let k = i + 1 + at.length; k < Math.min(end, i + 1 + at.length + 8); k++) {
    if (ctx.mentionAt[k]) return at.side;
    if (ctx.comma[k]) return null;
  }
  return null;
}

/**
 * «ومثّل روسيا X، والصين Y، والولايات المتحدة Z»: after a list of «مثّل», a country (or organisation) on «و» with someone
 * named within a few words is the next side the verb, left out, goes on with.
 */
function representedNext(ctx: Context, k: number, end: number, partition: Partition): Side | null {
  if (!/^و/.test(ctx.norms[k] ?? '') || ctx.mentionAt[k]) return null;
  const at = sideAt(ctx, k, partition);
  if (!at || !at.side.country && !at.side.key.startsWith('org:')) return null;
  for (let j = k + at.length; j < Math.min(end, k + at.length + 6); j++) {
    if (ctx.mentionAt[j]) return at.side;
    if (ctx.comma[j]) return null;
  }
  return null;
}

/** «مسؤول عراقي رافق الوفد»، «مصدر دبلوماسي رافق الرئيس»: «رافق» right after an unnamed source and its adjective. */
function unnamedCompanion(ctx: Context, i: number): boolean {
  if (!/^(?:رافق|رافقت|رافقوا)$/.test(ctx.norms[i] ?? '') || ctx.comma[i]) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (ctx.coveredBy[k]) return false;
    const head = matchSpeakerHead(ctx.norms, k);
    if (head?.kind === 'source' && k + head.words.length >= i - 1) return true;
    if (ctx.comma[k]) return false;
  }
  return false;
}

/**
 * «وكانت الوزيرة زارت مخيم الزعتري صباح اليوم، يرافقها X»: a verb of visiting a site (a camp, a factory, a museum) in the
 * clause before the opener of token i: those who accompany the visitor there are at that visit.
 */
export function pluperfectSiteVisitBefore(ctx: Context, i: number): boolean {
  const [start] = sentenceBounds(ctx, i);
  for (let k = i - 1; k >= start; k--) {
    if (ctx.coveredBy[k] || !isIn(ctx, k, siteVisitVerbs)) continue;
    let site = false;
    for (let j = k + 1; j <= k + 3 && j < i && !site; j++) {
      if (ctx.mentionAt[j]) break;
      site = (ctx.forms[j] ?? []).some((f) => siteNouns.has(f.replace(/^ال/, '')));
    }
    if (!site) continue;
    // Told in the pluperfect: «وكانت [subject] زارت»، «وكان [subject] قد زار» (the subject a name or a title, a few words).
    for (let q = k - 1, words = 0; q >= start && words < 7; q--) {
      if (isIn(ctx, q, pluperfectAuxiliaries) && !ctx.coveredBy[q]) return true;
      if (ctx.comma[q + 1]) break;
      if (!ctx.coveredBy[q]) words++;
    }
  }
  return false;
}

/** A verb in the future ("سيشارك") or after a marker of what is planned or expected in the four words before it. */
function isExpected(ctx: Context, i: number): boolean {
  if (/^[وف]?س[يت]/.test(ctx.norms[i]!)) return true;
  // «معربا عن أمله في أن يشارك X»، «على أن تحضر …»، «دعا إلى أن يشارك …»: a verb in the subjunctive is hoped or planned.
  if (/^[يت]/.test(ctx.norms[i]!) && /^(?:ان|بان|لان|وان)$/.test(ctx.norms[i - 1] ?? '')) return true;
  const [start] = sentenceBounds(ctx, i);
  for (let k = Math.max(start, i - 4); k < i; k++) if (!ctx.coveredBy[k] && isIn(ctx, k, futureMarkers)) return true;
  return false;
}

/**
 * «التقى غروندبرغ، يرافقه نائبه …»، «ويقود الوساطة مفوض السلم والأمن إسماعيل شرقي، يرافقه …»: a verb of accompanying
 * with its pronoun, set off by a comma right after a name, is said of that person, a meeting's party or not.
 */
function companionOfNamedBefore(ctx: Context, i: number): Official | null {
  if (!ctx.comma[i] || !/^[وف]?[يت]رافق(?:ه|ها|هما|هم)$/.test(ctx.norms[i]!)) return null;
  const named = ctx.coveredBy[i - 1];
  return named && named.last === i ? named.official : null;
}

/** «سموه» → «سمو», «فخامته» → «فخام» (matched against «فخامة» by styledWith): the honorific an honorific pronoun stands for. */
const honorificOf = (pronoun: string) => pronoun.replace(/(?:ته|تها|ه|ها)$/, '');

/**
 * The mention is styled with the honorific («فخامة» for «فخامته»): the style is among the three words before it, or before
 * the person's own title right before it («دولة | رئيس وزراء جمهورية إثيوبيا … الدكتور | آبي أحمد»).
 */
function styledWith(ctx: Context, m: Mention, honorific: string): boolean {
  const title = titleRightBefore(ctx, m);
  return styledBefore(ctx, m.first, honorific) || (title > 0 && styledBefore(ctx, title, honorific)) || evidenceStyled(m.official, honorific);
}

/** The span the person was read from opens with the style: «دولة رئيس وزراء جمهورية إثيوبيا … الدكتور آبي أحمد علي». */
function evidenceStyled(o: Official, honorific: string): boolean {
  const first = normalize(o.evidence ?? '').split(/\s+/)[0]?.replace(/^[وف]/, '') ?? '';
  return !!first && (first.replace(/ه$/, '') === honorific || first.replace(/ه$/, 'ت') === honorific);
}

/** (A style takes the article only after «صاحب»: «وزير الدولة» is no «دولة», «صاحب السمو» is «سمو».) */
function styledBefore(ctx: Context, first: number, honorific: string): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) {
    if (/^[وف]?ال/.test(ctx.norms[k]!) && !/^[وف]?صاحب[ةه]?$/.test(ctx.norms[k - 1] ?? '')) continue;
    if ((ctx.forms[k] ?? []).some((f) => f.replace(/ه$/, '') === honorific || f.replace(/ه$/, 'ت') === honorific)) return true;
  }
  return false;
}

/**
 * The person a pronoun refers to ("يرافقه", "بمعية سموه"): the last principal named before token i; with an
 * honorific pronoun, the last one addressed with that honorific ("سموه" → a "سمو", "جلالته" → a "جلالة").
 */
function referentBefore(ctx: Context, i: number, principals: ReadonlySet<Official>, hosts?: ReadonlySet<Official>): Official | null {
  const pronoun = (ctx.norms[i + 1] ?? '').replace(/^و/, '');
  const honorific = honorificPronouns.has(pronoun) ? honorificOf(pronoun) : null;
  const styled = (m: Mention) => !!honorific && styledWith(ctx, m, honorific);
  let fallback: Official | null = null;
  let principal: Official | null = null;
  let styledOne: Official | null = null;
  for (let k = i - 1; k >= 0 && k > i - 400; k--) {
    const m = ctx.mentionAt[k];
    // "واستقبله X. وكان في استقباله …": the one welcomed is the guest, not the host named last.
    if (!m || hosts?.has(m.official)) continue;
    if (honorific && principals.has(m.official) && styled(m)) return m.official;
    if (principals.has(m.official)) principal ??= m.official;
    // «وغادر برفقة دولته …» after a list of those seeing him off: the last one styled «دولة», not the nearest named.
    if (styled(m)) styledOne ??= m.official;
    fallback ??= m.official;
  }
  if (honorific) {
    // The honorific may style an earlier mention of a principal than the nearest one.
    for (const m of ctx.mentions) if (m.first < i && principals.has(m.official) && styled(m)) return m.official;
  }
  return styledOne ?? principal ?? fallback;
}

/** A list opener: what kind of list it opens, and whether it is a reception's. */
type Opener = { kind: ListKind; reception: boolean };

/**
 * "وحضر المباحثات من الجانب المصري …، ومن الجانب الأردني …": a new side phrase continues the list for another side.
 * («ومثّل روسيا X، والصين Y»: a country after «و» goes on with the verb of representing for another side.)
 */
type Segment = { at: number; kind: ListKind; reception: boolean; represented?: Side };

/** What findLists carries from one list to the next. */
interface ListsRead {
  lists: ExplicitList[];
  /** Where the last list read ended. */
  previousEnd: number;
  /** The parts of a list for further sides, each opening where a side phrase broke the one before. */
  segments: Segment[];
  /** "ويرافق X … وفد يضم …": the principal an accompanying opener with no members named, for the list after it. */
  carried: { principal: Official; sentence: number } | null;
  /** Where the side phrase that closed the list before starts. */
  closedPhraseAt: number;
}

/**
 * Every explicit list of participants, in stages for each opener: its span (listSpan), the principal a pronoun or a
 * title names (namedPrincipal), its members (readMembers), the principal named elsewhere (principalElsewhere) and the
 * side its words name (listSide), then the role, continuation and mediation of a list with no side.
 */
export function findLists(
  ctx: Context,
  partition: Partition,
  principals: ReadonlySet<Official>,
  /** Those who receive a guest ("استقبل X …"): never the guest of a reception list. */
  hosts: ReadonlySet<Official> = new Set(),
): ExplicitList[] {
  const read: ListsRead = { lists: [], previousEnd: 0, segments: [], carried: null, closedPhraseAt: -1 };
  const { lists, segments } = read;
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const segment = segments.length && segments[segments.length - 1]!.at === i ? segments.pop()! : null;
    const opener = segment ?? openerAt(ctx, i, partition) ?? sideSentenceOpener(ctx, i, partition);
    if (!opener) continue;
    const [sentStart, sentEnd0] = sentenceBounds(ctx, i);
    // "وحضر اللقاء كل من: A، B": a colon a few words after the opener introduces the list; it runs into what follows.
    const sentEnd = colonAfterOpener(ctx, i, sentEnd0) ? bulletsEnd(ctx, sentenceBounds(ctx, sentEnd0)[1]) : sentEnd0;
    const span = listSpan(ctx, i, opener, segment, sentEnd, partition);
    const { end } = span;
    const norm = ctx.norms[i]!;
    // "يرافقه"، "شاركه": the pronoun is a person; "حضره"، "وقعها": the event or the agreement.
    const pronounOpener = /(?:ه|ها|هم|هما|ته|تها)$/.test(norm) && (opener.kind === 'accompany' || (opener.kind === 'attend' && !/حضر|اشراف|رعاي/.test(norm)));
    const previous = lists[lists.length - 1];
    const named = namedPrincipal(ctx, i, opener, end, pronounOpener, read, principals, hosts);
    // "الوفد المرافق للأمير X يضم …", "ويضم الوفد الرسمي لسمو ولي العهد …": the principal is named near the delegation word.
    const headStart = Math.max(sentStart, read.previousEnd);
    const { members, firstMember, principal: marked } = readMembers(ctx, i, opener, headStart, end, named, pronounOpener);
    if (span.sideBreak) segments.push({ at: end, kind: opener.kind, reception: opener.reception, ...(span.represented ? { represented: span.represented } : {}) });
    if (!members.length) {
      if (span.closed || span.sideBreak) read.previousEnd = end;
      if (span.sideBreak) i = end - 1;
      // "ويرافق X … وفد يضم …": the delegation list that follows accompanies X.
      if (marked && opener.kind === 'accompany') read.carried = { principal: marked, sentence: ctx.sentence[i]! };
      continue;
    }
    const accompanying = read.carried;
    let principal = marked;
    if (!principal && !isAttendance(opener.kind) && accompanying && accompanying.sentence === ctx.sentence[i]) principal = accompanying.principal;
    read.carried = null;
    const elsewhere = principalElsewhere(ctx, i, opener, sentStart, firstMember, principal, previous, read.previousEnd, principals, partition);
    principal = elsewhere.principal;
    const sided = listSide(ctx, i, opener, segment, { headStart, sentStart, firstMember, end }, principal, read, partition, principals);
    principal = sided.principal;
    const { side } = sided;
    let role: 'guest' | 'host' | null = null;
    for (let k = Math.max(headStart, i - 4); k < firstMember && !side && !role && !opener.reception; k++) role = roleSideAt(ctx, k);
    // "ورافق الضيف في المباحثات سفير بلاده X": those who accompany the guest, named by his role alone, are of his side.
    if (!side && !role && !principal && opener.kind === 'accompany' && ACCOMPANY_VERB.test(norm) && isIn(ctx, i + 1, guestWords)) role = 'guest';
    const continuation = !side && !principal && !isAttendance(opener.kind) && lists.length > 0 && /^(?:و)?(?:كما|ايضا)$/.test(ctx.norms[i - 1] ?? '');
    let mediation: 'by' | 'side' | undefined = MEDIATED.test(norm) ? 'by' : undefined;
    for (let k = Math.max(headStart, i - 5); k < firstMember && !side && !role && !mediation && !opener.reception; k++) {
      if (isIn(ctx, k, sideWords) && MEDIATION_SIDE.test(ctx.norms[k + 1] ?? '')) mediation = 'side';
    }
    lists.push({
      kind: opener.kind,
      opener: i,
      first: firstMember,
      last: end,
      side,
      principal,
      reception: opener.reception,
      role,
      continuation,
      guestSide: sided.guestSide,
      guestRole: sided.guestRole,
      members,
      ...(mediation ? { mediation } : {}),
      ...(elsewhere.sideStated ? { principalSideStated: true } : {}),
    });
    read.previousEnd = end;
    i = Math.max(i, end - 1);
  }
  const welcomers = foremostWelcomers(ctx, lists, principals, hosts);
  return welcomers.length ? [...lists, ...welcomers].sort((a, b) => a.opener - b.opener) : lists;
}

/**
 * The span of the list an opener at i opens: to the sentence end, a stopper, the next opener or a new side phrase.
 * Where it ends; whether a side phrase (or a country represented) broke it for another side's part; whether another
 * list closed it.
 */
function listSpan(ctx: Context, i: number, opener: Opener, segment: Segment | null, sentEnd: number, partition: Partition): { end: number; sideBreak: boolean; represented?: Side; closed: boolean } {
  let end = i + 1;
  let sawMember = false;
  const representing = REPRESENT.test(ctx.norms[i]!) || !!segment?.represented;
  // "وكان في استقبال البشير على أرض مطار …، حيث …، رئيس الوزراء X": the one welcomed, named right after the opener,
  // is not yet a member: the list runs on to those who welcome him.
  const welcomedAt = opener.reception && !RECEPTION_PRONOUN.test(ctx.norms[i]!) ? firstMentionWithin(ctx, i + 1, i + 5) : -1;
  while (end < sentEnd && end < i + MAX_SPAN) {
    // «بمشاركة A وB، في حين ترأس وزير الخارجية الصيني X وفد بكين»: «في حين» after a comma turns to another clause, as
    // «فيما» and «بينما» do.
    if (sawMember && ctx.comma[end] && contrastAt(ctx, end)) break;
    // «بمشاركة وزراء المياه في الدول الثلاث، وذلك تنفيذا لما اتفق عليه الرئيس X ورئيس الوزراء Y»: «، وذلك» opens a
    // clause of its own (its purpose, its occasion) even before any member was read; who is named there did not attend.
    if (ctx.comma[end] && ctx.norms[end] === 'وذلك' && !ctx.coveredBy[end]) break;
    if (sawMember && isIn(ctx, end, stoppers) && !ctx.coveredBy[end]) {
      // «يرافقه X، الذي وقع الاتفاق نيابة عن الحكومة، ومعالي Y وزير …»: a relative clause on a member, closed by a comma
      // and followed by «و» and the next member, is an aside inside the list.
      const resumed = ctx.comma[end] ? listResumesAfterAside(ctx, end, sentEnd) : -1;
      if (resumed < 0) break;
      end = resumed;
      continue;
    }
    // ("ضم وزير المالية في الإقليم X، بحضور Y"، «ضم الخبراء A وB، في حضور Y»: a delegation's list ends at «، بحضور» or
    // «، في حضور» though X was not read.)
    if (sawMember ? openerAt(ctx, end, partition) : opener.kind !== 'attend' && openerAfterComma(ctx, end, partition)) break;
    // "وحضر الاجتماع عن الجانب الإثيوبي …، كما حضره …"، «…، فيما حضره عن الجانب اللبناني …»: «كما» or a contrastive
    // conjunction opens another list, even when no one of this one was read.
    if (end > i + 1 && ctx.comma[end] && anotherListAfter(ctx, end, partition)) return { end, sideBreak: false, closed: true };
    // «وقعها عن الجانب القطري وزير التجارة وعن الجانب القرغيزي وزير الاقتصاد، ومذكرة تفاهم … وقعتها X ونظيرها Y»: another
    // agreement after a comma has its own signers, even when no one of this list was read.
    if (opener.kind === 'sign' && end > i + 1 && ctx.comma[end] && !ctx.coveredBy[end] && AGREEMENT.test(ctx.norms[end]!.replace(/^و/, ''))) break;
    // "يرافقه X، بلقاء Y"، "يرافقه X، حيث التقى Y": the clause goes on to the meeting; who is named after it was met.
    if (end > i + 1 && ctx.comma[end] && !ctx.coveredBy[end] && opensMeeting(ctx, end)) break;
    if (sawMember && representing && !ctx.coveredBy[end]) {
      const next = representedNext(ctx, end, sentEnd, partition);
      if (next) return { end, sideBreak: true, represented: next, closed: false };
    }
    if (sawMember && !ctx.coveredBy[end] && sidePhraseBreaks(ctx, end, partition)) return { end, sideBreak: true, closed: false };
    // «ومن الجانب الأذربيجاني السفير …، ومن الجانب الباكستاني وكيل الوزارة Y»: a side phrase after a comma ends the part of
    // the side named before, even when no one of that part was read; Y is of the side named right before him.
    if (!sawMember && ctx.comma[end] && !ctx.coveredBy[end] && anotherSidePhraseAt(ctx, i, end, partition)) return { end, sideBreak: true, closed: false };
    if (ctx.mentionAt[end] && end !== welcomedAt) sawMember = true;
    end++;
  }
  return { end, sideBreak: false, closed: false };
}

/**
 * Whether a side phrase at `end`, once a member was read, opens another side's part of the list: «من/عن/في الجانب …»
 * or the guest's or host's side by its role; or, after a comma, a body named by its short name («…، ومن جانب المنظمة D،
 * وE»).
 */
function sidePhraseBreaks(ctx: Context, end: number, partition: Partition): boolean {
  const phrase = sidePhraseIn(ctx, end, end + 1 + 3, partition);
  const at = phrase ? phrase.first : roleSideAt(ctx, end) ? end : roleSideAt(ctx, end + 1) ? end + 1 : -1;
  if (at >= 0 && at <= end + 1 && !ctx.mentionAt[end] && (at === end || (ctx.forms[end] ?? []).some((f) => f === 'من' || f === 'عن' || f === 'في'))) return true;
  return !!ctx.comma[end] && shortBodyNear(ctx, end + 1, end + 3, true) && shortNameAlone(ctx, end + 3);
}

/**
 * The principal an opener names by itself: "كما كان في وداعه" (the same person as the previous reception list),
 * "يرافقه" (whom the pronoun refers to), «ويرافق رئيس الوفد …» (the delegation's head), «ورافق الأمين العام …» (the
 * meeting party named by his title or bare office).
 */
function namedPrincipal(ctx: Context, i: number, opener: Opener, end: number, pronounOpener: boolean, read: ListsRead, principals: ReadonlySet<Official>, hosts: ReadonlySet<Official>): Official | null {
  const norm = ctx.norms[i]!;
  const honorific = isIn(ctx, i + 1, honorificPronouns);
  const previous = read.lists[read.lists.length - 1];
  let principal: Official | null = null;
  if (pronounOpener || honorific || (opener.reception && RECEPTION_PRONOUN.test(norm))) {
    principal =
      (opener.kind === 'accompany' ? companionOfNamedBefore(ctx, i) : null) ??
      // (Not across another named since that list: «…، فيما ترأس وفد الجبهة Y، برفقة B» is Y's.)
      (previous && previous.reception === opener.reception && previous.principal && !namedBetween(ctx, read.previousEnd, i)
        ? previous.principal
        : (opener.reception ? travellerBefore(ctx, i) : null) ?? referentBefore(ctx, i, principals, opener.reception ? hosts : undefined));
  }
  if (principal || opener.kind !== 'accompany') return principal;
  // «ويرافق رئيسة البعثة …»، «ويرافق رئيس الوفد في زيارته …»: the one accompanied, named by his office in the delegation,
  // is its head named before («بعثة الصندوق برئاسة X»).
  if (ACCOMPANY_VERB.test(norm) && !ctx.coveredBy[i + 1] && /^رييس[هة]?$/.test(ctx.norms[i + 1] ?? '') && /^(?:الوفد|البعثه)$/.test(ctx.norms[i + 2] ?? '')) {
    principal = ledDelegationBefore(ctx, i);
  }
  // «ورافق الأمين العام في المقابلة X»: the one accompanied, named by the first words of his title alone, is the meeting
  // party whose title begins so.
  if (!principal && /^[وف]?رافق(?:ت)?$/.test(norm) && !ctx.coveredBy[i + 1] && !ctx.mentionAt[i + 1]) {
    principal = accompaniedByTitle(ctx, i + 1, end, principals);
  }
  // «ويرافق الرئيس خلال الزيارة …»: the one accompanied, named by his bare office, is the one the article introduced
  // with that office before his name.
  if (!principal && /^[وف]?[يت]?رافق(?:ت)?$/.test(norm)) principal = accompaniedByBareTitle(ctx, i + 1);
  return principal;
}

/**
 * The members of a list: the officials named in its span, from its head (headStart) to its end, but a source named
 * between commas, a genitive, a place, the one accompanied and a word of another's title. The principal a marker
 * names in passing («الوفد المرافق للأمير X», «في استقبال X», «ويرافق الرئيس X») if none was named before.
 */
function readMembers(ctx: Context, i: number, opener: Opener, headStart: number, end: number, named: Official | null, pronounOpener: boolean): { members: Official[]; firstMember: number; principal: Official | null } {
  const norm = ctx.norms[i]!;
  const members: Official[] = [];
  let firstMember = end;
  let principal = named;
  // "وحضر اللقاء، بحسب بيان للديوان الملكي الهاشمي، ولي العهد …": a source named between commas is no member.
  let attribution = false;
  for (let k = headStart; k < end; k++) {
    if (ctx.comma[k]) attribution = k > i && !ctx.coveredBy[k] && ATTRIBUTION.test(ctx.norms[k]!.replace(/^و/, ''));
    const m = ctx.mentionAt[k];
    if (!m || attribution) continue;
    const inSpan = k > i;
    const nearMarker = [1, 2].some((d) => k - d >= headStart && isIn(ctx, k - d, accompaniedMarkers));
    const receptionPrincipal = opener.reception && !RECEPTION_PRONOUN.test(norm) && inSpan && !members.length && k <= i + 4;
    // "ويرافق الرئيس عباس في زيارته وفد …": the one named right after يرافق is accompanied, not a companion.
    const accompanied = opener.kind === 'accompany' && !pronounOpener && ACCOMPANY_VERB.test(norm) && inSpan && !members.length && k <= i + 3;
    const delegationPrincipal = !isAttendance(opener.kind) && nearMarker && (k < i || !members.length);
    const markedPrincipal = receptionPrincipal || delegationPrincipal || accompanied;
    if (markedPrincipal && !principal) {
      principal = m.official;
      continue;
    }
    if (!inSpan) continue;
    if (isGenitiveReference(ctx, m) || isPlaceName(ctx, m)) continue;
    // «فيما حضرها … وعدد من المسؤولين في الوفد المرافق لفخامة الرئيس X»: the one a delegation accompanies, named in a list
    // of those present, is its principal, not one present among them.
    if (isAttendance(opener.kind) && accompaniedInList(ctx, k)) continue;
    // "ورئيس الديوان الملكي الهاشمي يوسف العيسوي": one word right before another's name, no comma between, is of his title.
    const next = ctx.mentionAt[m.last];
    if (m.last - m.first === 1 && next && next.official !== m.official && !ctx.comma[m.last]) continue;
    if (m.official === principal || members.includes(m.official)) continue;
    if (!members.length) firstMember = k;
    members.push(m.official);
  }
  return { members, firstMember, principal };
}

/**
 * The principal of a list that names none: the one the delegation accompanies, named before the marker; the head of a
 * delegation led before; the previous list's. Whether the side of the one found is the list's own words' (a body's
 * short name after the opener).
 */
function principalElsewhere(ctx: Context, i: number, opener: Opener, sentStart: number, firstMember: number, found: Official | null, previous: ExplicitList | undefined, previousEnd: number, principals: ReadonlySet<Official>, partition: Partition): { principal: Official | null; sideStated: boolean } {
  let principal = found;
  // "استقبل … Y والوفد المرافق له، الذي يضم …": the person the delegation accompanies, named before the marker.
  if (!principal && !isAttendance(opener.kind)) principal = accompaniedBefore(ctx, i, sentStart) ?? accompaniedByPronoun(ctx, i, sentStart) ?? accompaniedByHonorific(ctx, i, sentStart) ?? honorificBeforeDelegation(ctx, i, sentStart) ?? accompaniedByState(ctx, i);
  // «ويرأس وفد الحكومة X، ويضم A، فيما يرأس وفد الجبهة Y، ويضم B»: a delegation led after the previous list is this one's.
  if (!principal && opener.kind === 'delegation' && ctx.comma[i] && previous && previousEnd > sentStart) principal = ledDelegationBefore(ctx, i, previousEnd);
  // «وصل X إلى عمان على رأس وفد رفيع يضم A وB»: the one at the head of the delegation the list comprises.
  if (!principal && opener.kind === 'delegation') principal = headOfDelegationBefore(ctx, i, sentStart);
  // «أما وفد حكومة طالبان، فترأسه X، وضم A وB»: a delegation led earlier in this sentence, the list before it in an
  // earlier one, is the one the list comprises.
  if (!principal && opener.kind === 'delegation' && previousEnd <= sentStart) principal = ledDelegationBefore(ctx, i, sentStart);
  // "ويضم الوفد المرافق …" after a list of the same delegation: the same principal.
  if (!principal && !isAttendance(opener.kind) && previous && !isAttendance(previous.kind)) principal = previous.principal;
  if (principal) return { principal, sideStated: false };
  // "التقى X بعثة صندوق النقد الدولي برئاسة Y … فيما ضمت البعثة …": the delegation named before, by its head.
  // "استقبل X وفدا برلمانيا ألمانيا برئاسة Y، يضم النائبين A و B": the delegation just named, led by Y, in the same sentence.
  if (opener.kind === 'delegation' && (definiteDelegation(ctx, i) || shortBodyNear(ctx, Math.max(sentStart, i - 4), i))) {
    return { principal: ledDelegationBefore(ctx, i) ?? bodyOfficialBefore(ctx, i, principals) ?? accompaniedDelegationBefore(ctx, i, sentStart), sideStated: false };
  }
  // "وحضر اللقاء عن جانب الجامعة A، وB": the side named by the short name of a delegation's body is that delegation's.
  // («ومن جانب المنظمة A، وB» after «استقبل الوزير المديرة الإقليمية لمنظمة الصحة العالمية X»: with no delegation led, the
  // meeting party whose title names that body.)
  if (isAttendance(opener.kind) && !opener.reception && shortBodyNear(ctx, i + 1, Math.min(i + 5, firstMember), true)) {
    principal = ledDelegationBefore(ctx, i) ?? bodyOfficialBefore(ctx, i, principals);
    return { principal, sideStated: !!principal };
  }
  // «وحضر اللقاء من جانب مجلس الشورى A، وB»: those present for a body that a party's title names («رئيس مجلس الشورى X»)
  // are that party's.
  const party = isAttendance(opener.kind) && !opener.reception ? partyOfBodyNamed(ctx, i + 1, Math.min(i + 5, firstMember), principals, partition) : null;
  if (party) return { principal: party, sideStated: true };
  if (opener.kind === 'delegation' && ctx.comma[i]) return { principal: ledDelegationBefore(ctx, i, sentStart), sideStated: false };
  // «وفدا من مجلس الشورى برئاسة X ويضم A وB»، «… برئاسة X يضم A»: the delegation list right after its head's name, no
  // comma between.
  if (opener.kind === 'delegation' && ctx.coveredBy[i - 1] && ledDelegationBefore(ctx, i, sentStart) === ctx.coveredBy[i - 1]!.official) return { principal: ctx.coveredBy[i - 1]!.official, sideStated: false };
  return { principal: null, sideStated: false };
}

/**
 * The side a list's own words name: a side phrase at its head, a country represented, a movement, the guest's side of a
 * reception, a side at its tail or closing it, a body by its short name. The principal, which a reception's guest named
 * by his title may give; the guest's side and whether he is named by his role.
 */
function listSide(
  ctx: Context,
  i: number,
  opener: Opener,
  segment: Segment | null,
  at: { headStart: number; sentStart: number; firstMember: number; end: number },
  found: Official | null,
  read: ListsRead,
  partition: Partition,
  principals: ReadonlySet<Official>,
): { side: Side | null; principal: Official | null; guestSide: Side | null; guestRole: boolean } {
  const { headStart, sentStart, firstMember, end } = at;
  const norm = ctx.norms[i]!;
  let principal = found;
  // A side named before the opener with someone named in between belongs to another clause
  // ("استقبل … وفدا من الاتحاد الأوروبي برئاسة X، بحضور …"), unlike "وفي الجانب الأميركي، حضر اللقاء …".
  let phrase = sidePhraseIn(ctx, headStart, firstMember, partition);
  // "بحضور A من الجانب الكويتي، وB من الجانب الأردني": the phrase that closed the list before is not this one's head.
  if (phrase && phrase.first === read.closedPhraseAt) phrase = null;
  // («جولة حوار بين وفد المجلس الأعلى ووفد مجلس النواب الليبي، بحضور X»: «بحضور»، «بمشاركة» after a comma tell who else
  // attended the event; a side phrase before them is of the clause they follow.)
  const eventNoun = /^و?ب(?:حضور|مشاركه)$/.test(norm) && ctx.comma[i];
  let side = segment?.represented ?? (phrase && !(phrase.last <= i && (namedBetween(ctx, phrase.last, i) || eventNoun)) ? phrase.side : null);
  if (!side) side = representedSide(ctx, i, partition);
  // "وحضر اللقاء من جانب الحركة …": the movement or party the article names.
  if (!side) side = movementSideIn(ctx, headStart, firstMember, partition, i);
  // "وكان في استقبال الوفد السعودي/رئيس الوزراء الماليزي لدى وصوله …": the side after the opener is the guest's.
  let guestSide: Side | null = null;
  let guestRole = false;
  // «وكان في استقبال ولي العهد لدى وصوله …»: the guest named by the first words of his title alone.
  if (opener.reception && !principal && !RECEPTION_PRONOUN.test(norm)) principal = guestByTitle(ctx, i + 1, firstMember, principals);
  if (opener.reception && !principal) {
    const guest = receptionGuest(ctx, i + 1, firstMember, partition);
    guestSide = guest.side;
    guestRole = guest.byRole;
    if (side && phrase && phrase.first > i) side = null;
  }
  // («وكان في استقباله … وسفير العراق لدى القاهرة Y، وعدد من أعضاء السفارة العراقية»: the guest's own embassy, named at a
  // reception's tail, comes to meet him; it is no side for the welcomers.)
  if (!side) {
    const tail = tailSide(ctx, firstMember, end, partition);
    // (So is an embassy at the tail of a reception whose guest was not read: an embassy is always a foreign state's.)
    if (!(opener.reception && tail?.country && (!principal || tail.country === principal.country) && embassyIn(ctx, firstMember, end))) side = tail;
  }
  // "وحضر اللقاء A وB من الجانب الكويتي": a side phrase right after the last member, closing the list, is the list's.
  if (!side && !opener.reception) {
    const closing = closingSide(ctx, firstMember, end, partition);
    if (closing) {
      side = closing.side;
      read.closedPhraseAt = closing.first;
    }
  }
  // «وضم وفد البنك A، وB» with no head read: the body the article named before by its full name.
  if (!side && (!principal || !principal.country) && opener.kind === 'delegation') side = shortBodySide(ctx, Math.max(sentStart, i - 4), Math.min(firstMember, i + 5), partition);
  // «وحضر اللقاء من جانب البنك A، وB»، «عن المنظمة …»: those present for a body named by its short name, with no delegation
  // of it led before, are that body's (the short name alone: «عن جانب البنك المركزي» names another body).
  if (!side && !principal && isAttendance(opener.kind) && !opener.reception) side = shortBodySide(ctx, i + 1, Math.min(firstMember, i + 5), partition, true);
  return { side, principal, guestSide, guestRole };
}

/**
 * «المرافق لفخامة الرئيس البرازيلي X»، «المرافق للرئيس X»: the mention at k is the one accompanied (an honorific or title
 * with ل right after «المرافق», a few title words before the name).
 */
function accompaniedInList(ctx: Context, k: number): boolean {
  // (Not «المرافق له.» ending the sentence before, nor «المرافق لفخامته بينهم X»: a pronoun names him already.)
  const [start] = sentenceBounds(ctx, k);
  // («لفخامة الرئيس لويس إيناسيو لولا دا سيلفا» read as two officials: the mention right before, with no comma between,
  // is the first half of the same name.)
  let first = k;
  for (let m = ctx.coveredBy[first - 1]; m && m.last === first && !ctx.comma[first] && first > start; m = ctx.coveredBy[first - 1]) first = m.first;
  for (let j = first - 1; j >= Math.max(start + 1, first - 4); j--) {
    if (ctx.coveredBy[j] || ctx.comma[j + 1] || lookup(ctx, j, listOpeners)) return false;
    const w = ctx.norms[j]!;
    if (/^ل/.test(w) && !/^ل(?:ه|ها|هم|هما)$/.test(w) && !isIn(ctx, j, honorificPronouns) && /^(?:المرافق|المرافقه|المرافقين)$/.test(ctx.norms[j - 1]!)) return true;
  }
  return false;
}

/** «في مقدمة مستقبلي»، «على رأس مودعيه»، «في طليعة مستقبليه»: the foremost of those who welcome or see off a guest. */
const FOREMOST = /^(?:مقدمه|طليعه|راس)$/;
const WELCOMERS = /^(?:مستقبلي|مودعي)(ه|ها|هم|هما)?$/;

/**
 * «وكان سمو ولي العهد الشيخ X في مقدمة مستقبلي الرئيس اللبناني لدى وصوله»، «وكان في مقدمة مودعيه الأمير Y»: a
 * reception list named around the noun of welcomers (those before it, subject of «كان», or after it), the guest after
 * it or, with a pronoun, the traveller or meeting party named before.
 */
function foremostWelcomers(ctx: Context, lists: readonly ExplicitList[], principals: ReadonlySet<Official>, hosts: ReadonlySet<Official>): ExplicitList[] {
  const out: ExplicitList[] = [];
  for (let k = 1; k < ctx.tokens.length; k++) {
    const w = WELCOMERS.exec(ctx.norms[k]!);
    if (!w || ctx.quoted[k] || !FOREMOST.test(ctx.norms[k - 1]!) || lists.some((l) => l.opener <= k && k < l.last)) continue;
    const [start, end] = sentenceBounds(ctx, k);
    const pronoun = !!w[1];
    const members: Official[] = [];
    let principal: Official | null = pronoun ? travellerBefore(ctx, k) ?? referentBefore(ctx, k, principals, hosts) : null;
    // The guest right after the noun («مستقبلي الرئيس اللبناني»).
    if (!pronoun) {
      for (let j = k + 1; j < Math.min(end, k + 5) && !principal; j++) if (ctx.mentionAt[j]) principal = ctx.mentionAt[j]!.official;
    }
    const take = (a: number, b: number) => {
      for (let j = a; j < b; j++) {
        const m = ctx.mentionAt[j];
        if (!m || ctx.quoted[j] || m.official === principal || members.includes(m.official) || isGenitiveReference(ctx, m)) continue;
        members.push(m.official);
      }
    };
    take(start, k - 1);
    let first = start;
    if (!members.length) {
      first = k + 1;
      take(k + 1, end);
    }
    if (!members.length) continue;
    out.push({ kind: 'attend', opener: k, first, last: end, side: null, principal, reception: true, role: null, continuation: false, guestSide: null, guestRole: false, members });
  }
  return out;
}

/**
 * "حضر الاستقبال …. ومن الجانب الغاني سفير غانا لدى المملكة X.": a sentence that opens on a side phrase right after a
 * list's sentence goes on with that list for another side.
 */
function sideSentenceOpener(ctx: Context, i: number, partition: Partition): { kind: ListKind; reception: boolean } | null {
  const s = ctx.sentence[i]!;
  if (!s || ctx.sentenceStart[s] !== i || !/^و?(?:من|عن)$/.test(ctx.norms[i]!)) return null;
  const phrase = sidePhraseIn(ctx, i + 1, i + 5, partition);
  if (!phrase || phrase.first !== i + 1) return null;
  // The previous sentence opens a list (its members may all be unknown to the officials layer), or the lines of bullets
  // before it follow one that does.
  let from = s - 1;
  while (from > 0 && BULLET_LINE.test(ctx.text.slice(ctx.tokens[ctx.sentenceStart[from]! - 1]!.end, ctx.tokens[ctx.sentenceStart[from]!]!.start))) from--;
  for (let k = ctx.sentenceStart[from]!; k < i; k++) {
    const o = !ctx.quoted[k] && openerAt(ctx, k, partition);
    if (o && !o.reception) return { kind: o.kind, reception: false };
  }
  return null;
}

/** «له», «لها», «لهما», «لهم»: «المرافق له», the one accompanied told by a pronoun. */
const TO_PRONOUN = /^ل(?:ه|ها|هما|هم)$/;

/**
 * «والوفد المرافق»، «والوفد البرلماني المرافق»، «والوفد الرسمي المرافق»: a delegation word at k followed by «المرافق», or by
 * one definite adjective then «المرافق»; the token of «المرافق», or -1.
 */
function accompanyingAt(ctx: Context, k: number): number {
  if (!isIn(ctx, k, delegationWords)) return -1;
  if (/^ال?مرافق/.test(ctx.norms[k + 1] ?? '')) return k + 1;
  const adjective = ctx.norms[k + 1] ?? '';
  const ok = adjective.startsWith('ال') && !ctx.coveredBy[k + 1] && !ctx.comma[k + 1] && !ctx.comma[k + 2];
  return ok && /^المرافق/.test(ctx.norms[k + 2] ?? '') ? k + 2 : -1;
}

/** The words of a long title between a name and «والوفد المرافق له». */
const TITLE_REACH = 14;

/** "Y والوفد المرافق له": the mention just before a delegation word followed by المرافق, a few words before token i. */
function accompaniedBefore(ctx: Context, i: number, sentStart: number): Official | null {
  for (let k = i - 1; k >= Math.max(sentStart + 1, i - 7); k--) {
    const marker = accompanyingAt(ctx, k);
    if (marker < 0) continue;
    // «بحضور X والوفد المرافق للوزير المصري»: the one accompanied is named after the marker (by his title); X is not him.
    const after = accompaniedNamedAfter(ctx, marker + 1);
    if (after !== undefined) return after;
    for (let j = k - 1; j >= Math.max(sentStart, k - 3); j--) if (ctx.coveredBy[j]) return ctx.coveredBy[j]!.official;
    return titledBefore(ctx, k, sentStart);
  }
  return null;
}

/**
 * «Y، نائب رئيس البنك الدولي لمنطقة الشرق الأوسط وشمال إفريقيا، والوفد المرافق له»: the one accompanied, named before his
 * own title when the title is long; the words between his name and the delegation word are all of his title.
 */
function titledBefore(ctx: Context, k: number, sentStart: number): Official | null {
  for (let j = k - 1; j >= Math.max(sentStart, k - TITLE_REACH); j--) {
    const m = ctx.coveredBy[j];
    if (!m) continue;
    const role = m.official.role_ar ? ` ${normalize(m.official.role_ar)} ` : '';
    const between = ctx.norms.slice(j + 1, k).join(' ');
    return role && between && role.includes(` ${between} `) ? m.official : null;
  }
  return null;
}

/**
 * «استقبل X وزير الخارجية Y والوفد المرافق له. ويضم الوفد …»: «الوفد» of a later sentence refers back to the delegation
 * that accompanies someone, named in an earlier one: its principal is the one named right before it.
 */
function accompaniedDelegationBefore(ctx: Context, i: number, sentStart: number): Official | null {
  for (let k = sentStart - 1; k >= Math.max(1, i - DELEGATION_REACH); k--) {
    const marker = accompanyingAt(ctx, k);
    if (marker < 0 || ctx.quoted[k] || !TO_PRONOUN.test(ctx.norms[marker + 1] ?? '')) continue;
    const m = ctx.coveredBy[k - 1];
    return m && !ctx.quoted[k - 1] ? m.official : null;
  }
  return null;
}

/**
 * «المرافق للوزير المصري»، «المرافق لرئيس الوزراء X»: the one accompanied named right after the marker, with «لـ» (not the
 * pronoun «له»): that mention's official, or null when no one is read there; undefined when the marker names no one after it.
 */
function accompaniedNamedAfter(ctx: Context, k: number): Official | null | undefined {
  const n = ctx.norms[k] ?? '';
  if (!/^ل./.test(n) || TO_PRONOUN.test(n) || ctx.comma[k]) return undefined;
  const m = ctx.mentionAt[k];
  return m?.official ?? null;
}

/**
 * «X … على رأس وفد رفيع يضم …»، «X، الذي يقود وفدا يضم …»، «التي ترأس وفدا يضم …»: «على رأس» or a verb of leading, then a
 * delegation word, a few words before the verb of comprising, no comma between; the one at its head is the person named
 * last before them.
 */
function headOfDelegationBefore(ctx: Context, i: number, sentStart: number): Official | null {
  for (let k = i - 2; k >= Math.max(sentStart, i - 6); k--) {
    if (ctx.comma[k + 1] || ctx.coveredBy[k]) return null;
    const onTop = (ctx.forms[k] ?? []).includes('علي') && (ctx.forms[k + 1] ?? []).includes('راس') && isIn(ctx, k + 2, delegationWords);
    const leads = (LEADS_VERB.test(ctx.norms[k]!) || isIn(ctx, k, headVerbs)) && isIn(ctx, k + 1, delegationWords);
    if (!onTop && !leads) continue;
    for (let j = k - 1; j >= sentStart; j--) {
      const m = ctx.coveredBy[j];
      if (m && !ctx.quoted[j] && !isGenitiveReference(ctx, m)) return m.official;
    }
    return null;
  }
  return null;
}

/**
 * «استقبل الرئيس X وزير الدفاع Y مرفوقا برئيس الأركان Z»، «وصل الوزير Y مصحوبة بـ…»: a participle of accompanying right after
 * a name (no comma between) says whom the ones after it accompany.
 */
function accompaniedByState(ctx: Context, i: number): Official | null {
  if (!ACCOMPANIED_STATE.test(ctx.norms[i] ?? '') || ctx.comma[i] || ctx.coveredBy[i]) return null;
  // «Y، الذي كان مرفوقا بـ…»، «Y، التي كانت مرفوقة بـ…»: the state told in a relative clause on the name.
  if (/^(?:كان|كانت)$/.test(ctx.norms[i - 1] ?? '') && /^(?:الذي|التي)$/.test(ctx.norms[i - 2] ?? '') && !ctx.comma[i - 1]) {
    return ctx.coveredBy[i - 3]?.official ?? null;
  }
  return ctx.coveredBy[i - 1]?.official ?? null;
}
const ACCOMPANIED_STATE = /^(?:مرفوق|مصحوب)(?:ا|ه|ين|ان|تين|تان)?$/;

/** «المرافق»، «مرافقة»: the adjective of an accompanying delegation, after the delegation word. */
const ACCOMPANYING = /^ال?مرافق[ةه]?$/;

/**
 * "وصل X إلى الرياض …، وضم الوفد المرافق له A و B": the one a delegation "المرافق له" accompanies is the sentence's
 * subject, the first person it names (not the one he is to meet, named nearer).
 */
function accompaniedByPronoun(ctx: Context, i: number, sentStart: number): Official | null {
  let marked = false;
  for (let k = Math.max(sentStart, i - 3); k <= i + 3 && !marked; k++) {
    const marker = accompanyingAt(ctx, k);
    marked = marker > 0 && ACCOMPANYING.test(ctx.norms[marker]!) && TO_PRONOUN.test(ctx.norms[marker + 1] ?? '');
  }
  if (!marked) return null;
  for (let k = sentStart; k < i; k++) {
    const m = ctx.mentionAt[k];
    if (m && !ctx.quoted[k] && !isGenitiveReference(ctx, m)) return m.official;
  }
  return null;
}

/**
 * «ويضم الوفد الرسمي المرافق لفخامته A وB»، «الوفد المرافق لسموه»: the one a delegation accompanies, told by an honorific
 * pronoun, is the last person named before with that honorific («فخامة الرئيس X»), not the nearest one named.
 */
function accompaniedByHonorific(ctx: Context, i: number, sentStart: number): Official | null {
  for (let k = Math.max(sentStart, i - 3); k <= i + 3; k++) {
    const marker = accompanyingAt(ctx, k);
    const pronoun = (ctx.norms[marker + 1] ?? '').replace(/^ل/, '');
    if (marker < 0 || !ACCOMPANYING.test(ctx.norms[marker]!) || !ctx.norms[marker + 1]!.startsWith('ل') || !honorificPronouns.has(pronoun)) continue;
    return lastStyledBefore(ctx, k, honorificOf(pronoun));
  }
  return null;
}

/**
 * The last person named before token `before` (not quoted, not a genitive) styled with the honorific («فخامة الرئيس X»
 * for «فخامته»).
 */
function lastStyledBefore(ctx: Context, before: number, honorific: string): Official | null {
  for (let j = before - 1; j >= 0; j--) {
    const m = ctx.mentionAt[j];
    if (m && !ctx.quoted[j] && !isGenitiveReference(ctx, m) && styledWith(ctx, m, honorific)) return m.official;
  }
  return null;
}

/** How many words before the list's opener «الوفد (الرسمي) المرافق الذي» may start. */
const BARE_ACCOMPANYING_REACH = 5;

/**
 * «وقد غادر بمغادرة فخامته الوفد الرسمي المرافق الذي ضم A وB»: a bare «المرافق» (no «له»، «لفخامته» after it) whose
 * delegation word has an honorific pronoun right before it accompanies the one that pronoun names: the last person named
 * before with that honorific («فخامة الرئيس X»).
 */
function honorificBeforeDelegation(ctx: Context, i: number, sentStart: number): Official | null {
  for (let k = Math.max(sentStart + 1, i - BARE_ACCOMPANYING_REACH); k < i; k++) {
    const marker = accompanyingAt(ctx, k);
    if (marker < 0 || !ACCOMPANYING.test(ctx.norms[marker]!) || /^ل/.test(ctx.norms[marker + 1] ?? '')) continue;
    const pronoun = ctx.norms[k - 1]!;
    if (ctx.comma[k] || ctx.coveredBy[k - 1] || !honorificPronouns.has(pronoun)) return null;
    return lastStyledBefore(ctx, k - 1, honorificOf(pronoun));
  }
  return null;
}

/** «وصل»، «غادر»، «يصل»، «تغادر»: verbs of arriving and leaving, whose subject is the guest a reception welcomes or sees off. */
export const TRAVEL = /^[وف]?(?:وصل|وصلت|يصل|تصل|غادر|غادرت|يغادر|تغادر|حط|حطت)$/;

/**
 * «غادر وزير الخارجية العماني X الرياض … التقى خلالها Y. وكان في وداعه …»، «وصل X … وكان في استقباله …»: the one welcomed
 * or seen off is the subject of the verb of arriving or leaving in the list's sentence or the two before (not the host he
 * met, named nearer).
 */
function travellerBefore(ctx: Context, i: number): Official | null {
  const from = ctx.sentenceStart[Math.max(0, ctx.sentence[i]! - 2)] ?? 0;
  for (let k = i - 1; k >= from; k--) {
    if (ctx.quoted[k] || ctx.coveredBy[k] || !TRAVEL.test(ctx.norms[k]!)) continue;
    const [, end] = sentenceBounds(ctx, k);
    for (let j = k + 1; j < Math.min(end, k + 12); j++) {
      const m = ctx.mentionAt[j];
      if (m) return isGenitiveReference(ctx, m) ? null : m.official;
      if (ctx.comma[j] && j > k + 1) break;
    }
    return null;
  }
  return null;
}

/** Words that end the naming of a reception's guest and start the circumstances: "لدى وصوله"، "عند مغادرته". */
const ARRIVAL = new Set(['لدي', 'عند', 'فور', 'بعد', 'في', 'الي', 'بمطار', 'مطار']);

/**
 * «في استقبال ولي العهد لدى وصوله»، «في وداع رئيس الوزراء عند مغادرته»: the guest named by the first two words or more of
 * his title, with no name: the one official (a meeting party first) whose title begins so.
 */
function guestByTitle(ctx: Context, from: number, to: number, principals: ReadonlySet<Official>): Official | null {
  const words: string[] = [];
  for (let k = from; k < Math.min(to, from + 5); k++) {
    if (ARRIVAL.has(ctx.norms[k] ?? '') || ctx.coveredBy[k] || (k > from && ctx.comma[k])) break;
    words.push(ctx.norms[k]!);
  }
  if (words.length < 2) return null;
  const phrase = words.join(' ');
  const titled = (o: Official) => {
    const role = normalize(o.role_ar ?? '');
    return role === phrase || role.startsWith(phrase + ' ');
  };
  const all = [...new Set(ctx.mentions.map((m) => m.official))].filter(titled);
  const parties = all.filter((o) => principals.has(o));
  return parties.length === 1 ? parties[0]! : !parties.length && all.length === 1 ? all[0]! : null;
}

/**
 * «ورافق الأمين العام في المقابلة X»، «فيما رافق أمير الكويت نائب رئيس مجلس الوزراء X»: the meeting party whose title is
 * the first two words or more after «رافق» (the shortest such words that name one party alone; the companion's own title
 * may follow with no comma).
 */
function accompaniedByTitle(ctx: Context, from: number, to: number, principals: ReadonlySet<Official>): Official | null {
  const words: string[] = [];
  for (let k = from; k < Math.min(to, from + 5); k++) {
    if (ARRIVAL.has(ctx.norms[k] ?? '') || ctx.coveredBy[k] || ctx.mentionAt[k] || (k > from && ctx.comma[k])) break;
    words.push(ctx.norms[k]!);
    if (words.length < 2) continue;
    const phrase = words.join(' ');
    const parties = [...principals].filter((o) => {
      const role = normalize(o.role_ar ?? '');
      return role === phrase || role.startsWith(phrase + ' ');
    });
    if (parties.length === 1) return parties[0]!;
  }
  return null;
}

/**
 * «ويرافق الرئيس خلال الزيارة»، «ويرافق رئيس الوزراء في الزيارة»: an office alone, then «في»/«خلال», names the first
 * official the article introduced with that office right before his name («توجه الرئيس X»).
 */
function accompaniedByBareTitle(ctx: Context, from: number): Official | null {
  const title = BARE_TITLES.find((t) => t.every((w, n) => ctx.norms[from + n] === w && !ctx.coveredBy[from + n] && !ctx.mentionAt[from + n]));
  if (!title || !/^(?:في|خلال)$/.test(ctx.norms[from + title.length] ?? '')) return null;
  for (const m of ctx.mentions) {
    if (m.first >= from) break;
    if (title.every((w, n) => ctx.norms[m.first - title.length + n] === w)) return m.official;
  }
  return null;
}
const BARE_TITLES = [['الرييس'], ['رييس', 'الوزراء'], ['الملك'], ['الامير']];

/** The guest of "في استقبال …" named without a name: a side or nationality, or the word الضيف. */
function receptionGuest(ctx: Context, from: number, to: number, partition: Partition): { side: Side | null; byRole: boolean } {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    if (ARRIVAL.has(ctx.norms[k] ?? '') || ctx.coveredBy[k]) break;
    if (isIn(ctx, k, guestWords)) return { side: null, byRole: true };
    const s = sideAt(ctx, k, partition);
    if (s) return { side: s.side, byRole: false };
  }
  return { side: null, byRole: false };
}


/** "من جانب الحركة": a side word and a movement noun; the side is the movement of that kind the article names. */
function movementSideIn(ctx: Context, from: number, to: number, partition: Partition, opener: number): Side | null {
  // «مباحثات بين وفد الحكومة ووفد حركة طالبان، بمشاركة المبعوث الأمريكي X»: «، بحضور»، «، بمشاركة» tell who else attended
  // the event; the movement named before them is a party of the clause they follow (as for a side phrase).
  const eventNoun = /^و?ب(?:حضور|مشاركه)$/.test(ctx.norms[opener] ?? '') && ctx.comma[opener] === true;
  for (let k = from; k < to - 1; k++) {
    if (!isIn(ctx, k, sideWords) || ctx.coveredBy[k + 1]) continue;
    if (k < opener && eventNoun) continue;
    // "ووفد جماعة الحوثي برئاسة X، برعاية Y": someone named between the words and the opener ends their clause.
    if (k < opener && namedBetween(ctx, k + 2, opener)) continue;
    // "فيما ترأس وفد الحركة Y، وحضر الجلسة X": the delegation led in the clause before (its head perhaps not read) is
    // not the side of those present after it.
    if (k < opener && headLed(ctx, k)) continue;
    // («وضم وفد المعارضة A، وB»: the opposition, a side of its own.)
    const opposition = oppositionAt(ctx, k + 1, partition);
    if (opposition) return opposition;
    const noun = (ctx.forms[k + 1] ?? []).map((f) => f.replace(/^ال/, '')).find((f) => MOVEMENT_NOUNS.has(f));
    if (!noun) continue;
    return movementOfNoun(ctx, noun, partition);
  }
  return null;
}

/** «ترأس وفد …»، «ويرأس الوفد …»: a verb of leading governs the side word at token k. */
function headLed(ctx: Context, k: number): boolean {
  const n = ctx.norms[k - 1] ?? '';
  return !ctx.coveredBy[k - 1] && (headVerbs.has(n) || (/^[وف]/.test(n) && headVerbs.has(n.slice(1))));
}

/** "الجانب الضيف" / "الجانب المضيف" at token k: the side by its role in the meeting. */
function roleSideAt(ctx: Context, k: number): 'guest' | 'host' | null {
  if (!isIn(ctx, k, sideWords) || ctx.coveredBy[k + 1]) return null;
  if (isIn(ctx, k + 1, guestWords)) return 'guest';
  if (isIn(ctx, k + 1, hostWords)) return 'host';
  return null;
}

/** "بلقاء"، "باجتماع" (a meeting noun as the means of the clause), "التقى"، "واستقبل"، "حيث التقى" at token k. */
function opensMeeting(ctx: Context, k: number): boolean {
  const at = /^(?:حيث|ثم)$/.test(ctx.norms[k]!) ? k + 1 : k;
  const verb = verbAt(ctx, at);
  if (verb === 'host' || verb === 'meet') return true;
  return /^و?ب/.test(ctx.norms[k]!) && (ctx.forms[k] ?? []).some((f) => meetingNouns.has(f));
}

function namedBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.coveredBy[k]) return true;
  return false;
}

/** «وأعضاء السفارة العراقية»، «سفارة المملكة»: an embassy named in the words of a list, outside its members' titles. */
function embassyIn(ctx: Context, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!ctx.coveredBy[k] && /^(?:ال)?سفار[هة]$/.test(ctx.norms[k]!)) return true;
  return false;
}

/** "… وعدد من المسؤولين في الحكومة الأردنية": a side named after the last member, by a group of unnamed officials. */
function tailSide(
  ctx: Context,
  from: number,
  end: number,
  partition: { north: string; south: string } | null,
): Side | null {
  for (let k = from; k < end; k++) {
    if (!isIn(ctx, k, groupWords) || ctx.coveredBy[k]) continue;
    for (let j = k + 1; j < Math.min(end, k + 7); j++) {
      if (ctx.mentionAt[j]) return null;
      const m = sideAt(ctx, j, partition);
      if (m) return m.side;
    }
  }
  return null;
}

/**
 * "وحضر اللقاء كل من A وB من الجانب الكويتي": the side phrase right after the list's last member, with nothing named after
 * it, when no side phrase stands between the members ("A من الجانب الكويتي وB من الجانب الأردني" names one side each).
 */
function closingSide(ctx: Context, from: number, end: number, partition: Partition): SidePhrase | null {
  let lastEnd = -1;
  for (let k = from; k < end; k++) {
    const m = ctx.mentionAt[k];
    if (m) lastEnd = m.last;
  }
  // (In the last member's sentence, no comma between, and no «وعن الجانب …» that opens the next clause.)
  if (lastEnd < 0 || ctx.comma[lastEnd] || ctx.sentence[lastEnd] !== ctx.sentence[lastEnd - 1]) return null;
  if (!/^(?:من|عن)$/.test(ctx.norms[lastEnd] ?? '')) return null;
  // (The list ends before the phrase: read on to the sentence's end.)
  const [, stop] = sentenceBounds(ctx, lastEnd);
  const phrase = sidePhraseIn(ctx, lastEnd, Math.min(stop, lastEnd + 5), partition);
  if (!phrase || phrase.first > lastEnd + 1) return null;
  for (let k = phrase.last; k < stop && !ctx.comma[k]; k++) if (ctx.mentionAt[k]) return null;
  if (sidePhraseIn(ctx, from, lastEnd, partition)) return null;
  return phrase;
}

/** «وفد الجامعة»، «بعثة الصندوق» (or with a side word, «عن جانب الجامعة»): a delegation or side named by its body's short name. */
const SHORT_BODY = /^(?:ال)(?:جامعه|صندوق|بنك|منظمه|اتحاد|مفوضيه|وكاله|بعثه|برنامج)$/;

/**
 * «بحث الوزير مع الأمين العام المساعد لجامعة الدول العربية X … فيما ضم وفد الجامعة A، وB»: with no «وفد … برئاسة»
 * before, the delegation of the body named by its short name is led by the official named before whose office is in it.
 */
function bodyOfficialBefore(ctx: Context, i: number, principals: ReadonlySet<Official>): Official | null {
  let stem: string | null = null;
  for (let k = Math.max(0, i - 4); k <= i + 3 && !stem; k++) if (SHORT_BODY.test(ctx.norms[k] ?? '') && !ctx.coveredBy[k]) stem = ctx.norms[k]!.slice(2);
  if (!stem) return null;
  // (A party of the meeting first: not the Secretary-General to whom the guest brought a letter, named nearer.)
  let nearest: Official | null = null;
  for (let k = i - 1; k >= 0; k--) {
    const m = ctx.mentionAt[k];
    if (m && principals.size && !principals.has(m.official)) {
      if (!nearest && inBody(m.official, stem)) nearest = m.official;
      continue;
    }
    if (m && inBody(m.official, stem)) return m.official;
  }
  return nearest;
}

/**
 * The official's title names the body by its stem («الأمين العام المساعد لجامعة الدول العربية»); a delegate to it
 * («مندوب العراق الدائم لدى الجامعة»، «سفير مصر لدى الجامعة») is not of it.
 */
function inBody(o: Official, stem: string): boolean {
  const words = (o.role_ar ?? '').split(/\s+/).map((w) => normalize(w));
  return words.some((w, n) => w.replace(/^(?:ل|ب)?(?:ال)?/, '') === stem && !/^(?:لدي|في|الي|عند)$/.test(words[n - 1] ?? ''));
}
/**
 * «التقى الوزير وفد البنك الدولي … وضم وفد البنك A، وB»، «ضمت بعثة الصندوق …»: a delegation named by its body's short name,
 * whose head was not read, is the international body named before whose own words hold that name. (Only a delegation's list:
 * an attendance list «عن جانب الصندوق» keeps its own readings.)
 */
function shortBodySide(ctx: Context, from: number, to: number, partition: Partition, alone = false): Side | null {
  let stem: string | null = null;
  for (let k = from; k < to && !stem; k++) {
    const lead = alone ? /^(?:جانب|الجانب)$/.test(ctx.norms[k]!) && /^و?(?:من|عن)$/.test(ctx.norms[k - 1] ?? '') || /^و?عن$/.test(ctx.norms[k]!) : /^(?:و|ف)?(?:وفد|بعثه|جانب|الجانب)$/.test(ctx.norms[k]!);
    if (!lead || ctx.coveredBy[k + 1]) continue;
    if (SHORT_BODY.test(ctx.norms[k + 1] ?? '') && (!alone || shortNameAlone(ctx, k + 2))) stem = ctx.norms[k + 1]!.slice(2);
  }
  if (!stem) return null;
  for (let k = from - 1; k >= 0; k--) {
    if (ctx.coveredBy[k] || ctx.quoted[k]) continue;
    const s = sideAt(ctx, k, partition);
    if (!s?.side.key.startsWith('org:')) continue;
    for (let q = k; q < k + s.length; q++) if ((ctx.forms[q] ?? []).some((f) => f.replace(/^[لب]?(?:ال)?/, '') === stem)) return s.side;
  }
  return null;
}

/**
 * After «من جانب البنك» the list begins: a name or a title (a comma, a mention, a title head such as «المديرة»، «نائب»),
 * not a word that goes on naming the body («البنك المركزي»، «الاتحاد العام للشغل»، «المنظمة الوطنية»).
 */
function shortNameAlone(ctx: Context, k: number): boolean {
  if (ctx.comma[k] || ctx.mentionAt[k] || ctx.coveredBy[k]) return true;
  const bare = (ctx.norms[k] ?? '').replace(/^ال/, '');
  // («من جانب المنظمة الدكتورة X»: a style before a name.)
  return heads.has(bare) || styles.has(ctx.norms[k] ?? '') || (!/^ال/.test(ctx.norms[k] ?? '') && !/^(?:ل|لل)/.test(ctx.norms[k] ?? ''));
}

/** A body's words as a title writes them: «لمجلس»، «بمجلس»، «المجلس» → «مجلس». */
const bodyWord = (w: string) => w.replace(/^(?:و)?(?:ل|ب)?(?:ال)?/, '');
/** How many words a body's name after «من جانب» may take. */
const BODY_NAME_REACH = 4;

/**
 * «وحضر اللقاء من جانب مجلس الشورى A» after «استقبل رئيس مجلس الشورى X …»: the body named after the side word (two words
 * or more, no country) is the one the title of exactly one party of the meeting names, word for word; he is the list's
 * principal. Null if none or several do.
 */
function partyOfBodyNamed(ctx: Context, from: number, to: number, principals: ReadonlySet<Official>, partition: Partition): Official | null {
  for (let k = from; k < to; k++) {
    if (!/^(?:جانب|الجانب)$/.test(ctx.norms[k]!) || !/^و?(?:من|عن)$/.test(ctx.norms[k - 1] ?? '')) continue;
    if (sideAt(ctx, k + 1, partition)) return null;
    const body: string[] = [];
    for (let q = k + 1; q < Math.min(ctx.norms.length, k + 1 + BODY_NAME_REACH) && !ctx.coveredBy[q] && !ctx.mentionAt[q]; q++) {
      body.push(bodyWord(ctx.norms[q]!));
      if (ctx.comma[q + 1]) break;
    }
    // The longest run of the body's first words that a party's title holds, word for word.
    const held = (o: Official): number => {
      const words = normalize(o.role_ar ?? '').split(/\s+/).filter(Boolean).map(bodyWord);
      let best = 0;
      for (let a = 0; a < words.length; a++) {
        let n = 0;
        while (n < body.length && words[a + n] === body[n]) n++;
        best = Math.max(best, n);
      }
      return best;
    };
    const named = [...principals].filter((o) => held(o) >= 2);
    return named.length === 1 ? named[0]! : null;
  }
  return null;
}

function shortBodyNear(ctx: Context, from: number, to: number, sideWord = false): boolean {
  for (let k = from; k < to - 1 + (sideWord ? 0 : 1); k++) {
    const w = ctx.norms[k]!;
    // («وفد» begins with و: the conjunction is read off only before it, «ووفد».)
    const lead = sideWord ? /^(?:جانب|الجانب)$/.test(w) && /^و?(?:من|عن)$/.test(ctx.norms[k - 1] ?? '') : /^(?:و|ف)?(?:وفد|بعثه)$/.test(w);
    if (lead && SHORT_BODY.test(ctx.norms[k + 1] ?? '') && !ctx.coveredBy[k + 1]) return true;
  }
  return false;
}

/** «في حين»: a two-word conjunction of contrast at token k (the one-word «فيما»، «بينما» are stoppers). */
function contrastAt(ctx: Context, k: number): boolean {
  return /^و?في$/.test(ctx.norms[k]!) && ctx.norms[k + 1] === 'حين';
}

/** «، كما حضره …»، «، فيما حضره …»، «، بينما شارك …»، «، في حين حضر …»: a conjunction at token k, then another list's opener. */
function anotherListAfter(ctx: Context, k: number, partition: { north: string; south: string } | null): boolean {
  const norm = ctx.norms[k]!;
  if (/^و?(?:كما|فيما|بينما)$/.test(norm)) return !!openerAt(ctx, k + 1, partition);
  return contrastAt(ctx, k) && !!openerAt(ctx, k + 2, partition);
}

/**
 * «، ومن الجانب X»، «، وعن الجانب X» at `at`, after a side phrase of another side in the list so far (`from` to `at`):
 * the next side's part of the list begins.
 */
function anotherSidePhraseAt(ctx: Context, from: number, at: number, partition: Partition): boolean {
  if (!(ctx.forms[at] ?? []).some((f) => f === 'من' || f === 'عن')) return false;
  const next = sidePhraseIn(ctx, at + 1, at + 5, partition);
  if (!next || next.first !== at + 1) return false;
  const own = sidePhraseIn(ctx, from, at, partition);
  return !!own && own.side.key !== next.side.key;
}
