/** Headline statements "كيري: اجتماع الدوحة ناقش …": a short speaker, a colon, and the words, in one line. */
import { isHeadlineEvent, isHeadlineLabel, isHeadlineNews } from '../vocab/speakers';
import { heads } from '../vocab/titles';
import { gapBefore, type TextContext } from './context';
import { isNameWord } from '../english/names';
import { matchSpeakerHead } from '../vocab/speakers';
import { matchCountryName } from '../vocab/nationalities';
import { officialByName, prefixSpeaker } from './speaker';
import { triggerVerb } from './statement';
import { isComplementizer, isSpeechNoun } from '../vocab/reporting';
import { isVerbAsWrittenNoName } from '../people/evidence';

export interface Headline {
  /** Token range of the speaker prefix and of the statement. */
  prefixFirst: number;
  prefixLast: number;
  first: number;
  last: number;
}

const MAX_PREFIX = 5;
const MAX_LINE = 30;

export function findHeadlines(ctx: TextContext): Headline[] {
  const out: Headline[] = [];
  const n = ctx.tokens.length;
  let f = 0;
  while (f < n) {
    let end = f;
    while (end + 1 < n && ctx.paragraph[end + 1] === ctx.paragraph[f]) end++;
    const line = { first: f, last: end };
    f = end + 1;
    if (line.last - line.first + 1 > MAX_LINE) continue;
    // Each sentence of a short line may be a headline of its own ("ولي العهد يستقبل … .. والشيخ سالم: …"), but
    // after the first only when a person named in the prefix speaks (not a dateline "الرياض: …").
    let s = line.first;
    while (s <= line.last) {
      let e = s;
      while (e + 1 <= line.last && ctx.sentence[e + 1] === ctx.sentence[s]) e++;
      const h = e === line.last && s === line.first ? headlineIn(ctx, s, e) : s > line.first ? headlineIn(ctx, s, e) : null;
      if (h && (s === line.first || namesPerson(ctx, h.prefixFirst, h.prefixLast))) out.push(h);
      s = e + 1;
    }
  }
  return out;
}

function namesPerson(ctx: TextContext, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (ctx.mention[j]) return true;
  return officialByName(ctx, first, last) !== null;
}

function headlineIn(ctx: TextContext, first: number, last: number): Headline | null {
  if (ctx.quotationOf[first] !== -1) return null;
  for (let j = first + 1; j <= last && j <= first + MAX_PREFIX; j++) {
    const gap = gapBefore(ctx, j);
    if (/[،,.؛]/.test(gap)) return null;
    if (!gap.includes(':')) continue;
    const prefix = ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[j - 1]!.end);
    // A reporting verb on either side makes it a dateline ("القاهرة: قال الوزير …") or a sentence, not a headline.
    for (let k = first; k <= last; k++) if (triggerVerb(ctx, k)) return null;
    if (isHeadlineLabel(prefix) || isHeadlineEvent(ctx.norms[first]!) || last - j + 1 < 3) return null;
    // "زلزال المغرب: ارتفاع عدد القتلى …", "حرائق الأمازون: …": a prefix that opens with news (a disaster, violence) and
    // names no one is the story's topic, as a meeting's is ("قمة X - Y: …").
    if (isHeadlineNews(ctx.norms[first]!) && !namesPerson(ctx, first, j - 1)) return null;
    // "الرياض - واس: استقبل …": a place and an agency joined by a dash are a dateline, not a speaker.
    if (/\s[-–—]\s/.test(prefix)) return null;
    if (meetingPrefix(ctx, first, j - 1) || reportsAnEvent(ctx, first, j - 1, j, last)) return null;
    if (!speakerPrefix(ctx, first, j - 1)) return null;
    if (listsOfficials(ctx, j, last)) return null;
    if (placedSpeaker(ctx, first, j - 1) || metInPrefix(ctx, first, j - 1)) return null;
    return { prefixFirst: first, prefixLast: j - 1, first: j, last };
  }
  return null;
}

/** "X وY في سوتشي: …": two people or more at a place head a meeting's story; what follows sums it up. */
function meetingPrefix(ctx: TextContext, first: number, last: number): boolean {
  const people = new Set<unknown>();
  let at = false;
  for (let k = first; k <= last; k++) {
    if (ctx.mention[k]) people.add(ctx.mention[k]!.official);
    if (ctx.norms[k] === 'في' && people.size) at = true;
  }
  return at && people.size >= 2;
}

const stripArticle = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
/** A present-tense verb of the third person masculine ("يستقبل", "يرفض", "يتفقان"), as headlines put their events. */
const PRESENT_VERB = /^ي[\u0621-\u064A]{3,}$/;

/**
 * "سوريا: المعلم يرفض …", "المنستير: والي الجهة يستقبل …": after a place that names nobody, a subject (an official or
 * a title) and its verb tell an event; the story's words are not the place's.
 */
function reportsAnEvent(ctx: TextContext, prefixFirst: number, prefixLast: number, first: number, last: number): boolean {
  for (let k = prefixFirst; k <= prefixLast; k++) if (ctx.mention[k]) return false;
  // ("كينيا: قتلى بعد اقتحام …", "ماليزيا: توجيه اتهامات …": a noun of news after a place is the story's heading.)
  if (placeOrTopic(ctx, prefixFirst, prefixLast) && (newsOfThePresent(ctx, first, last) || isHeadlineNews(ctx.norms[first]!))) return true;
  let k = first;
  // The subject: an official (with the title before the name), or a title alone ("والي الجهة").
  for (let t = first; t <= last && t <= first + 4 && !PRESENT_VERB.test(ctx.norms[t]!); t++) {
    const m = ctx.mention[t];
    if (m) { k = m.last + 1; break; }
    if (t === first && !heads.has(stripArticle(ctx.norms[t]!))) return false;
  }
  if (k === first) k += /^ال/.test(ctx.norms[first + 1] ?? '') ? 2 : 1;
  // "السراج وحفتر يتفقان": a pair.
  if (/^و/.test(ctx.norms[k] ?? '') && ctx.mention[k]) k = ctx.mention[k]!.last + 1;
  return k <= last && PRESENT_VERB.test(ctx.norms[k]!);
}

/**
 * A prefix that names a place or a topic, not someone who speaks: no title, no source or body (a country or a capital
 * is a place here: "الأردن: …", "الكويت: …"; it speaks only in words of its own, which tell no news in the present).
 */
function placeOrTopic(ctx: TextContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = stripArticle(ctx.norms[k]!.replace(/^و(?=ال)/, ''));
    if (heads.has(w) || (!matchCountryName(ctx.norms, k) && matchSpeakerHead(ctx.norms, k))) return false;
  }
  return true;
}

/**
 * "إضراب المعلمين يدخل أسبوعه الثاني", "«التمييز» تقضي بسجن نائبين", "منظمة الصحة العالمية تعلن حالة طوارئ": a
 * subject and a verb of the present in the third person, before any أن or comma, tell what happens (a headline's
 * news); a speaker's words say "we" or judge ("محادثاتنا … شملت", "فوز الصدر … بداية هزيمة طهران").
 */
function newsOfThePresent(ctx: TextContext, first: number, last: number): boolean {
  for (let k = first + 1; k <= last && k <= first + 6; k++) {
    if (isComplementizer(ctx.norms[k]!) || /[،,]/.test(gapBefore(ctx, k))) return false;
    if (ctx.quotationOf[k] !== -1 || ctx.mention[k]) continue;
    const w = ctx.norms[k]!.replace(/^[وف](?=[يت])/, '');
    if (/^[يت][\u0621-\u064A]{2,}$/.test(w) && isPresentOfTheThird(w) && !matchCountryName(ctx.norms, k) && !isNameWord(w)) return true;
  }
  return false;
}

/**
 * A verb of the present in the third person, the plural too: "مسلحون يخطفون …", "الناشطون يعتصمون …" (the lexicon
 * knows the singular as written, not the plural's ending).
 */
function isPresentOfTheThird(w: string): boolean {
  return isVerbAsWrittenNoName(w) || (/^ي.{3,}ون$/.test(w) && isVerbAsWrittenNoName(w.slice(0, -2)));
}

/** Where or after what a speaker is set in a headline's prefix: «X في طهران», «X بعد محادثاته مع Y». */
const SETTING = /^(في|بعد|عقب|خلال)$/;
/** A speech act and its pronoun («في كلمته», «في مرافعتها»): where the words were said, not a visit. */
const isSpeechAct = (norm: string) => isSpeechNoun(norm.replace(/(ه|ها|هم|هما)$/, '').replace(/ت$/, 'ة')) || /^(ال)?مرافع/.test(norm);

/**
 * "عبد المهدي في طهران: …", "لافروف بعد محادثاته مع عطاف: …", "موفد «سيدر» في بيروت: …": a speaker set at a visit or
 * after a meeting heads the story of it, and the line sums that story up; the writers mark the words in the story
 * (none of 11 such headlines in the readable sets, against "النيابة في مرافعتها: «…»", where the words were said).
 */
function placedSpeaker(ctx: TextContext, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    if (SETTING.test(ctx.norms[k]!)) return !isSpeechAct(ctx.norms[k + 1]!);
  }
  return false;
}

/**
 * "وقدم أوراق اعتمادهم كل من: سفير البرازيل X، سفير الأرجنتين Y، …", "وضم الوفد النيابي النواب: X، Y وZ": officials
 * listed after the colon, each part between commas naming one, tell who took part; the line says nothing.
 */
function listsOfficials(ctx: TextContext, first: number, last: number): boolean {
  let parts = 0;
  let named = false;
  for (let k = first; k <= last; k++) {
    if (k > first && /[،,]/.test(gapBefore(ctx, k))) {
      if (!named) return false;
      parts++;
      named = false;
    }
    if (ctx.quotationOf[k] !== -1 || triggerVerb(ctx, k) || isComplementizer(ctx.norms[k]!)) return false;
    if (ctx.mention[k]) named = true;
  }
  return named && parts + 1 >= 2;
}

/** A verb of meeting in the past, as a headline's prefix tells a reception or talks ("استقبل", "التقى"), normalised. */
const MET = /^و?(استقبل|التقي|اجتمع|زار)$/;
/** Words to a delegation received ("بري لوفد برلماني برازيلي: …"), normalised. */
const TO_DELEGATION = /^(ل|لل)وفد$/;

/**
 * "سلام استقبل بعثة صندوق النقد: لا خطة تعاف …", "الشامي التقى بعثة الصندوق: لا اتفاق …", "بري لوفد برلماني برازيلي:
 * …": a prefix that tells of a meeting heads its story, and the line sums up what was said there, as after a speaker set at a visit (neither in
 * the readable sets is marked; the words are in the story).
 */
function metInPrefix(ctx: TextContext, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if ((MET.test(ctx.norms[k]!) || TO_DELEGATION.test(ctx.norms[k]!)) && !ctx.mention[k]) return true;
  return false;
}

/** Prepositions that open a circumstance ("في اتصال بين X وY: …"), never a speaker. */
const CIRCUMSTANCE = /^(في|خلال|بعد|قبل|مع|عقب|اثناء|امام|عند|لدي|منذ|حول|بشان|بين)$/;

/**
 * Whether the prefix of "X: …" can be who speaks: not a circumstance opened by a preposition, not a sentence of its own
 * with a verb that reports nothing ("الشاهد يلتقي نظيره النيجري: …"), and someone or something that speaks: an official
 * or a person the text names, an institution, a source, a country or capital, a title; a topic or a place the text
 * knows nothing of ("الكوليرا في اليمن: …", "أوامر ملكية: …") is the story's heading.
 */
function speakerPrefix(ctx: TextContext, first: number, last: number): boolean {
  if (CIRCUMSTANCE.test(ctx.norms[first]!)) return false;
  for (let k = first + 1; k <= last; k++) {
    if (!ctx.mention[k] && PRESENT_VERB.test(ctx.norms[k]!) && !isNameWord(ctx.norms[k]!) && !matchSpeakerHead(ctx.norms, k)) return false;
  }
  // (A country or a capital speaks for its government: "السويد: محادثاتنا …".)
  if (matchCountryName(ctx.norms, first) || matchSpeakerHead(ctx.norms, first)) return true;
  const s = prefixSpeaker(ctx, first, last);
  if (s && (s.official || s.kind || s.pair)) return true;
  for (let k = first; k <= last; k++) if (ctx.mention[k] || heads.has(stripArticle(ctx.norms[k]!.replace(/^و(?=ال)/, '')))) return true;
  // A noun the text names no one by may still be a party ("المعارضة: …", "نواب: …"); a thing in a country ("الحمى في
  // السودان: …") is a topic.
  for (let k = first + 1; k < last; k++) if (ctx.norms[k] === 'في' && matchCountryName(ctx.norms, k + 1)) return false;
  return true;
}
