/**
 * The article as the delegation rules read it: tokens with their clitic-free forms, sentence and clause
 * boundaries, which tokens lie inside quotation marks, and which official each token mentions.
 */
import { readings } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import { tokenize, tokenizeFrom, type Token } from '../arabic/tokens';
import { absentMarkers, complementizers, constructHeads, counterpartWords, delegationWords, headVerbs, officeNouns, placeNouns, titleStarts } from '../vocab/meetings';
import type { Official } from '../types';
import { matchNationality } from '../vocab/nationalities';

export interface Mention {
  official: Official;
  /** Token range of the mention, end exclusive. */
  first: number;
  last: number;
}

export interface Context {
  text: string;
  tokens: Token[];
  /** forms[i]: the token's normalised form and its readings without و/ف/ب/ل/ك (with and without ال). */
  forms: string[][];
  /** norms[i] = tokens[i].norm. */
  norms: string[];
  /** sentence[i]: index of the sentence token i belongs to (a new one after . ! ? ؟ ؛ : or a line break). */
  sentence: number[];
  /** First token and one-past-last token of each sentence. */
  sentenceStart: number[];
  sentenceEnd: number[];
  /** comma[i]: a comma or a dash separates token i-1 from token i. */
  comma: boolean[];
  /** quoted[i]: token i lies inside quotation marks. */
  quoted: boolean[];
  /** The mention that starts at token i, if any. */
  mentionAt: (Mention | null)[];
  /** The mention covering token i, if any. */
  coveredBy: (Mention | null)[];
  mentions: Mention[];
  /** The words (normalised) of the name of the one person these words describe, when they are a title and a name. */
  nameWords?: ReadonlySet<string>;
  /** Per token: the side named there (filled lazily by sides.sideAt; the partition is fixed per article). */
  sideMemo: ({ side: { key: string; country: string | null; en: string; ar: string }; length: number } | null | undefined)[];
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_END_CODES = codes('.!?؟؛:\n');
const COMMA_CODES = codes('،,-–—');
const DASH_CODES = codes('-–—');

/**
 * «لجنة الصداقة البرلمانية البرازيلية - اللبنانية»، «المنتدى الروسي-التركي»: a dash between two nationality adjectives
 * joins the pair of a bilateral body; it is no pause in the title that holds it.
 */
function nationalityPair(tokens: readonly Token[], i: number): boolean {
  const pair = [tokens[i - 1]!.norm, tokens[i]!.norm];
  return matchNationality(pair, 0, true)?.length === 1 && matchNationality(pair, 1, true)?.length === 1;
}
const COLON = ':'.charCodeAt(0);
/**
 * «أوراق اعتماد عدد من السفراء، وهم: سفير A X، وسفيرة B Y»، «وضم الوفد كلا من: …»: a colon after a word that announces
 * a list opens the list, which goes on in the same sentence (a pause, not a sentence's end, so the frame before it reaches
 * the names). After a verb of saying a colon opens a quote and still ends the sentence.
 */
const LIST_ANNOUNCED = /^(?:و?(?:هم|هن|هما|هي)|كالتالي|كالاتي|التالي|التاليه|الاتي|الاتيه|يلي|كلا من|كل من)$/;
/** The word (or «كل من») right before token i, normalised. */
function listWordBefore(tokens: { norm: string }[], i: number): string {
  const last = tokens[i - 1]!.norm;
  return last === 'من' && i > 1 ? `${tokens[i - 2]!.norm} من` : last;
}
const NEWLINE = 10;
/** How many words a line may run to and still be one item of a list laid out one person a line. */
const ITEM_LINE_WORDS = 20;
/** How far into an item's line the person it names may start (honorifics and a title before the name). */
const ITEM_NAME_REACH = 8;
/**
 * «… أوراق اعتماد عدد من السفراء، وهم:» then «سعادة السيدة A سفيرة …» and «سعادة السيد B سفير …» on lines of their own:
 * whether the line that starts at token i is one item of such a list: a short line naming someone near its start, not a
 * new paragraph (none opens with «و»/«ف» joined to its first word, as a paragraph going on with the story does) and no
 * statement («من جانبه، قال X إن …»: a complementizer or a quote).
 */
function itemLineTest(text: string, tokens: readonly Token[], officials: readonly Official[]): (i: number) => boolean {
  const starts = new Set(officials.flatMap((o) => o.mentions.map(([start]) => start)));
  const names = (t: Token) => {
    for (let c = t.start; c < t.end; c++) if (starts.has(c)) return true;
    return false;
  };
  return (i) => {
    if (i >= tokens.length) return false;
    if (/^[وف]/.test(tokens[i]!.norm) && !starts.has(tokens[i]!.start)) return false;
    let named = false;
    for (let k = i; k < tokens.length; k++) {
      if (k > i && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) return named;
      if (k - i >= ITEM_LINE_WORDS || complementizers.has(tokens[k]!.norm) || /[:"«»“”]/.test(text.slice(tokens[k]!.start - 1, tokens[k]!.end + 1))) return false;
      if (k - i < ITEM_NAME_REACH && names(tokens[k]!)) named = true;
    }
    return named;
  };
}

/** The first token of the line after the one token i is on (tokens.length if none). */
function nextLine(text: string, tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && !text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) k++;
  return k;
}

// « “ ‹ and » ” ›
const OPEN_QUOTES = new Set([0xab, 0x201c, 0x2039]);
const CLOSE_QUOTES = new Set([0xbb, 0x201d, 0x203a]);

// Forms by normalised word, shared across analyses (news vocabulary repeats); cleared when it grows large.
const formsCache = new Map<string, string[]>();

function tokenForms(norm: string): string[] {
  const cached = formsCache.get(norm);
  if (cached) return cached;
  if (formsCache.size > 50_000) formsCache.clear();
  const out = [norm];
  formsCache.set(norm, out);
  for (const r of readings(norm)) {
    if (!out.includes(r.stem)) out.push(r.stem);
    const withArticle = r.definite ? 'ال' + r.stem : null;
    if (withArticle && !out.includes(withArticle)) out.push(withArticle);
  }
  return out;
}

/** Which characters of the text lie inside quotation marks (paired guillemets/curly quotes; ASCII " toggles per paragraph). */
function quotedChars(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let depth = 0;
  let ascii = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      depth = 0;
      ascii = false;
    } else if (c === 34) ascii = !ascii;
    else if (c === 0xab || c > 0x2000) {
      if (OPEN_QUOTES.has(c)) depth++;
      else if (CLOSE_QUOTES.has(c)) depth = Math.max(0, depth - 1);
    } else if (c === 0xbb) depth = Math.max(0, depth - 1);
    if (depth > 0 || ascii) inside[i] = 1;
  }
  return inside;
}

/**
 * The context of a text. `head`, the context of a prefix of the text that ends between words (the opening read
 * first), lends its tokens: only the rest is tokenised.
 */
export function buildContext(text: string, officials: readonly Official[], head?: Context): Context {
  let tokens: Token[];
  let forms: string[][];
  if (head && text.startsWith(head.text) && (head.text.length === text.length || /\s/.test(text[head.text.length]!))) {
    const offset = head.text.length;
    const rest = tokenizeFrom(text, offset);
    tokens = head.tokens.concat(rest);
    forms = head.forms.concat(rest.map((t) => tokenForms(t.norm)));
  } else {
    tokens = tokenize(text);
    forms = tokens.map((t) => tokenForms(t.norm));
  }
  const sentence: number[] = [];
  const comma: boolean[] = [];
  let s = 0;
  const inQuotes = quotedChars(text);
  const quoted = tokens.map((t) => inQuotes[t.start] === 1);
  const sentenceStart: number[] = [0];
  const sentenceEnd: number[] = [];
  const isItemLine = itemLineTest(text, tokens, officials);
  // Inside a list announced by a colon and laid out one person a line: its line breaks are pauses.
  let lineList = false;
  let firstItemWord = '';
  for (let i = 0; i < tokens.length; i++) {
    let stop = false;
    let pause = false;
    let dashOnly = true;
    let announced = false;
    let lineBreak = false;
    if (i) for (let c = tokens[i - 1]!.end; c < tokens[i]!.start; c++) {
      const code = text.charCodeAt(c);
      if (code === NEWLINE) lineBreak = true;
      if (code === COLON && LIST_ANNOUNCED.test(listWordBefore(tokens, i))) pause = announced = true;
      else if (SENTENCE_END_CODES.has(code)) stop = true;
      else if (COMMA_CODES.has(code)) {
        pause = true;
        if (!DASH_CODES.has(code)) dashOnly = false;
      }
    }
    if (lineBreak && (announced || lineList)) {
      // (An item whose person the officials layer missed still goes on with the list when it opens like the first one.)
      if (announced) firstItemWord = tokens[i]!.norm;
      lineList = isItemLine(i) || (tokens[i]!.norm === firstItemWord && (!announced || isItemLine(nextLine(text, tokens, i))));
      if (lineList) [stop, pause] = [false, true];
    } else if (stop) lineList = false;
    if (pause && !stop && dashOnly && nationalityPair(tokens, i)) pause = false;
    if (stop) {
      sentenceEnd.push(i);
      sentenceStart.push(i);
      s++;
    }
    sentence.push(s);
    comma.push(pause);
  }
  sentenceEnd.push(tokens.length);

  const mentionAt: (Mention | null)[] = tokens.map(() => null);
  const coveredBy: (Mention | null)[] = tokens.map(() => null);
  const mentions: Mention[] = [];
  // Token index by start offset, to map mention spans onto tokens in linear time.
  const starts = tokens.map((t) => t.start);
  const firstAtOrAfter = (offset: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const official of officials) {
    for (const [start, end] of official.mentions) {
      let first = firstAtOrAfter(start);
      if (first > 0 && tokens[first - 1]!.end > start) first--;
      let last = first;
      while (last < tokens.length && tokens[last]!.start < end) last++;
      if (last === first) continue;
      const m: Mention = { official, first, last };
      if (mentionAt[first]) continue;
      mentionAt[first] = m;
      for (let k = first; k < last; k++) coveredBy[k] ??= m;
      mentions.push(m);
    }
  }
  mentions.sort((a, b) => a.first - b.first);
  const norms = tokens.map((t) => t.norm);
  dropAppositiveCounterparts(mentions, mentionAt, coveredBy, norms, sentence);
  const sideMemo = new Array(tokens.length);
  return { sideMemo, text, tokens, forms, norms, sentence, sentenceStart, sentenceEnd, comma, quoted, mentionAt, coveredBy, mentions };
}

/**
 * "نظيره الكوري الشمالي، ري يونغ هو": the counterpart is the person named right after, whoever the words
 * "نظيره الكوري الشمالي" were linked to elsewhere. And a counterpart holds the same office as the one whose
 * counterpart he is: "لافروف يلتقي نظيره الكوري الشمالي" is not the North Korean leader. Likewise "ووزير الخارجية
 * الشيخ صباح خالد": a title with no word of the name it was linked to, right before someone else's name (an honorific
 * or two between), is that person's title. Such mentions are dropped.
 */
function dropAppositiveCounterparts(mentions: Mention[], mentionAt: (Mention | null)[], coveredBy: (Mention | null)[], norms: string[], sentence: number[]): void {
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n]!;
    const next = mentions[n + 1];
    const nextIsOther = !!next && next.official !== m.official && sentence[next.first] === sentence[m.first];
    let drop: boolean;
    if (counterpartWords.has((norms[m.first] ?? '').replace(/^[وفب]/, ''))) {
      const named = nextIsOther && next!.first <= m.last + 1;
      const before = n > 0 ? mentions[n - 1]! : null;
      const otherOffice = !!before && sentence[before.first] === sentence[m.first] && before.official !== m.official && officeOf(before.official) !== null && officeOf(m.official) !== null && officeOf(before.official) !== officeOf(m.official);
      drop = named || otherOffice;
    } else {
      drop = nextIsOther && isTitleOnly(m, norms) && (next!.first <= m.last + 2 || (next!.first <= m.last + 5 && endsInConstruct(m, norms, coveredBy)));
    }
    if (!drop) continue;
    mentions.splice(n, 1);
    mentionAt[m.first] = null;
    for (let k = m.first; k < m.last; k++) if (coveredBy[k] === m) coveredBy[k] = null;
  }
}

const titleWordsCache = new WeakMap<Official, string[]>();

/** The official's title as normalised words (cached: read for every mention the rules look at). */
function titleWords(o: Official): string[] {
  let words = titleWordsCache.get(o);
  if (!words) titleWordsCache.set(o, (words = normalize(o.role_ar ?? '').split(/\s+/).filter(Boolean)));
  return words;
}

/** A mention none of whose words is a word of the official's name ("ووزير الخارجية" for Shah Mahmood Qureshi). */
function isTitleOnly(m: Mention, norms: string[]): boolean {
  const name = new Set(normalize(m.official.name_ar).split(/\s+/));
  for (let k = m.first; k < m.last; k++) if (name.has(norms[k]!) || name.has(norms[k]!.replace(/^[وفبل]/, '')) || name.has(withArticle(norms[k]!))) return false;
  return true;
}

/** «للسوداني»، «بالسوداني» → «السوداني»: a preposition joined to a word with the article (after ل the article's ا drops). */
function withArticle(norm: string): string {
  return norm.replace(/^و?(?:لل|بال)(?=..)/, 'ال');
}

/**
 * "رئيسة وزراء هذا البلد X": a title-only mention ending in a noun without the article, the next word its genitive, is
 * the start of a longer title, never a complete reference to someone ("الرئيسة", "رئيس الوزراء" are).
 */
function endsInConstruct(m: Mention, norms: string[], coveredBy: (Mention | null)[]): boolean {
  const last = (norms[m.last - 1] ?? '').replace(/^[وفبل]/, '');
  return !last.startsWith('ال') && !coveredBy[m.last] && /^\S+$/.test(norms[m.last] ?? '');
}

/** The head noun of an official's title, without the article and the feminine ending ("وزيرة" → "وزير"), or null. */
function officeOf(o: Official): string | null {
  const first = normalize(o.role_ar ?? '').split(/\s+/)[0];
  return first ? first.replace(/^ال/, '').replace(/ه$/, '') : null;
}

/** True when one of the forms of token i is in the set. */
export function isIn(ctx: Context, i: number, words: ReadonlySet<string>): boolean {
  const f = ctx.forms[i];
  if (!f) return false;
  for (const w of f) if (words.has(w)) return true;
  return false;
}

/** The first form of token i found in the map. */
export function lookup<T>(ctx: Context, i: number, map: ReadonlyMap<string, T>): T | undefined {
  const f = ctx.forms[i];
  if (!f) return undefined;
  for (const w of f) {
    const v = map.get(w);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The first and one-past-last token of the sentence containing token i. */
export function sentenceBounds(ctx: Context, i: number): [number, number] {
  const s = ctx.sentence[i] ?? 0;
  return [ctx.sentenceStart[s] ?? 0, ctx.sentenceEnd[s] ?? ctx.tokens.length];
}

/** "مطار الملك خالد الدولي"، "جامعة الملك سعود": a name that is part of a place's name (a title word may come between). */
export function isPlaceName(ctx: Context, m: Mention): boolean {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    if (ctx.comma[k + 1]) return false;
    const bare = (ctx.norms[k] ?? '').replace(/^[وفب]/, '');
    // "مدير مكتبه X" (his office, ه) is not "مكتبة" (a library, ة), though both normalise alike.
    const pronoun = /ه$/.test(ctx.tokens[k]!.text) && k > 0 && constructHeads.has((ctx.norms[k - 1] ?? '').replace(/^[وف]/, ''));
    // («الخبيرة في الصندوق X»: a place noun with the article right before a name is where one works; a place named after
    // someone is a construct, «صندوق الملك عبدالله».)
    const definiteBefore = k === m.first - 1 && /^ال/.test(bare);
    if (!pronoun && !definiteBefore && (placeNouns.has(bare) || placeNouns.has(bare.replace(/^ال/, '')))) return true;
    if (!titleStarts.has(bare.replace(/^ال/, '')) && !/^ال(?:شيخ|امير|سلطان|امام)$/.test(bare)) return false;
  }
  return false;
}

/** A mention that names someone only as the genitive of a title ("سفير خادم الحرمين", "شقيقة كيم"), not a member. */
export function isGenitiveReference(ctx: Context, m: Mention): boolean {
  if (isAbsent(ctx, m)) return true;
  const i = m.first;
  // «معهد الأمير الحسين بن عبدالله الثاني»، «جامعة محمد بن زايد»: the father's name in another's name (a prince, an
  // institution named after him), not the father himself.
  if (i > 0 && !ctx.comma[i] && /^(?:بن|بنت|ابن)$/.test(ctx.norms[i - 1] ?? '') && !ctx.coveredBy[i - 1]) return true;
  // Only a title-only reference can be a genitive ("سفير خادم الحرمين"); "مساعد العيبان" is a name.
  const first = (ctx.forms[i] ?? []).map((f) => f.replace(/^ال/, ''));
  const p = /^و?(لل|ل)(.+)$/.exec(ctx.norms[i] ?? '');
  if (p) {
    // "المستشار الخاص لخادم الحرمين الشريفين": a title with ل/لل is a genitive, not a list item.
    const stem = p[1] === 'لل' ? p[2]! : p[2]!.replace(/^ال/, '');
    if (titleStarts.has(stem)) return true;
  }
  // "مدير مكتب الرئيس هادي"، "إدارة الرئيس ترامب": an office or era of the one named after a title word.
  const before = (ctx.norms[i - 1] ?? '').replace(/^ال/, '');
  const office = (ctx.norms[i - 2] ?? '').replace(/^[وفب]/, '');
  if (i > 1 && titleStarts.has(before) && !ctx.comma[i] && !ctx.comma[i - 1] && officeNouns.has(office) && !titleHasOffice(m.official, office, ctx.norms[i - 1]!)) return true;
  // Construct heads are indefinite: "سفير خادم الحرمين" is a genitive, "السفير أسامة" is a title before a name.
  if (first.some((f) => titleStarts.has(f))) return afterConstructHead(ctx, i) && !staffOfAnothersOffice(ctx, m, i);
  // «البرهان يستقبل مبعوث بوتين»: an envoy's word without the article right before a name is a construct too; the envoy
  // was met, the one who sent him was not.
  if (i > 0 && !ctx.comma[i] && INDEFINITE_ENVOY.test(ctx.norms[i - 1] ?? '')) return true;
  // "كبير مساعدي زعيم كوريا الشمالية كيم جونغ أون": the name after its own title, the title after a construct head.
  const title = titleRightBefore(ctx, m);
  return title >= 0 && ((afterConstructHead(ctx, title) && !staffOfAnothersOffice(ctx, m, title)) || envoyOf(ctx, title));
}

/**
 * «ومدير مكتب الملك X» where the official X is titled «مدير مكتب الملك»: the office is X's own title, so X holds it; he is
 * not the king whose office it is («مدير مكتب الرئيس هادي» names Hadi only when Hadi is not titled by the office).
 */
function titleHasOffice(o: Official, office: string, title: string): boolean {
  const words = titleWords(o);
  for (let k = 0; k + 1 < words.length; k++) if (words[k] === office && words[k + 1] === title) return true;
  return false;
}

/** «مبعوث»، «موفد»: an envoy's word without the article, the head of a construct with the one who sent him. */
const INDEFINITE_ENVOY = /^[وف]?(?:موفد|مبعوث|ممثل|مندوب)$/;

/** «الموفد»، «المبعوث»، «الممثل»: a definite head whose holder acts for the one named after it with ل. */
const ENVOY_HEAD = /^(?:ال)?(?:موفد|مبعوث|ممثل|مستشار|مندوب)(?:ه)?$/;
/** «الشخصي»، «الخاص»: the adjectives between such a head and the one it serves. */
const ENVOY_ADJECTIVE = /^ال(?:شخصي|خاص|رسمي)(?:ه)?$/;

/**
 * «الموفد الشخصي للرئيس الفرنسي إيمانويل ماكرون»، «المبعوث الخاص لملك الأردن X»: the one whose envoy is named, his title
 * after ل/لل, sent the envoy; he is not at the meeting. (Not «زيارة للرئيس الفرنسي X»: a visit he makes himself.)
 */
function envoyOf(ctx: Context, title: number): boolean {
  const lam = /^(?:لل|ل)(.+)$/.exec(ctx.norms[title] ?? '');
  if (!lam || ctx.comma[title] || !titleStarts.has(lam[1]!.replace(/^ال/, ''))) return false;
  let k = title - 1;
  while (k > 0 && ENVOY_ADJECTIVE.test(ctx.norms[k]!) && !ctx.comma[k + 1]) k--;
  return k >= 0 && !ctx.comma[k + 1] && ENVOY_HEAD.test(ctx.norms[k]!);
}

/**
 * «والمستشارة السياسية في مكتب الممثل الخاص X» after «الممثل الخاص للاتحاد الأوروبي Y»: the office («في مكتب»، «بمكتب»)
 * of a title another official named before holds (two words at least) is Y's; X, another person, works in it.
 */
function staffOfAnothersOffice(ctx: Context, m: Mention, i: number): boolean {
  const office = `${ctx.norms[i - 2] ?? ''} ${ctx.norms[i - 1] ?? ''}`;
  if (!/^(?:\S+ )?(?:في مكتب|بمكتب)$/.test(office) || ctx.comma[i - 1]) return false;
  const title = normalize(m.official.role_ar ?? '');
  if (title.split(/\s+/).length < 2) return false;
  return ctx.mentions.some((x) => x.official !== m.official && x.first < i && normalize(x.official.role_ar ?? '').startsWith(title));
}

/** Word k follows a construct head with no comma between: «سفير | خادم الحرمين». */
function afterConstructHead(ctx: Context, k: number): boolean {
  return k > 0 && !ctx.comma[k] && constructHeads.has((ctx.norms[k - 1] ?? '').replace(/^[وف]/, ''));
}

/**
 * "رسالة (خطية) من الرئيس X"، "تحيات X"، "نيابة عن الملك X"، "بتكليف من X": someone who sends, greets or is represented,
 * named (with his title) right after such a word and من/عن, or as its genitive.
 */
export function isAbsent(ctx: Context, m: Mention): boolean {
  const title = titleRightBefore(ctx, m);
  let k = (title >= 0 ? title : m.first) - 1;
  // A bare title or style the mention does not cover ("ممثلا عن الرئيس | فلاديمير بوتين").
  for (let n = 0; n < 2 && title < 0 && k > 0 && !ctx.comma[k + 1] && /^(?:ال)?(?:رييس|ملك|امير|شيخ|سلطان|سيد)$/.test(ctx.norms[k]!); n++) k--;
  // The styles before it: «تحيات حضرة صاحب السمو الشيخ X»، «تحيات فخامة الرئيس X».
  for (let n = 0; n < 3 && k > 0 && !ctx.comma[k + 1] && !ctx.coveredBy[k] && HONORIFIC_STYLE.test(ctx.norms[k]!); n++) k--;
  // «ممثلا للسلطان X»، «مندوبا لجلالة الملك X»: the bare title or the style carries the preposition ل, right after the
  // word of representing; the one represented is not there.
  if (title < 0 && k > 0 && !ctx.comma[k + 1] && !ctx.comma[k] && (/^لل(?:رييس|ملك|امير|شيخ|سلطان)$/.test(ctx.norms[k]!) || /^لل?[^ل]/.test(ctx.norms[k]!) && STYLE.test(ctx.norms[k]!)) && REPRESENTING_BY_L.test(ctx.norms[k - 1]!)) return true;
  if (k < 0 || ctx.comma[k + 1]) return false;
  const from = ctx.norms[k] === 'من';
  const preposition = /^(?:من|عن|ل)$/.test(ctx.norms[k]!);
  if (preposition) k--;
  // An adjective or two of the letter: "رسالة خطية من"، "رسالة شفهية".
  for (let n = 0; n < 2 && k > 0 && LETTER_ADJECTIVE.test(ctx.norms[k]!); n++) k--;
  // A construct head is indefinite: "تحيات الرئيس X" sends them; "بتسليم الرسالة الوزير X" names who delivered it.
  const definiteHead = !preposition && k >= 0 && /^[وفب]?ال/.test(ctx.norms[k]!) && title === k + 1;
  if (k >= 0 && isIn(ctx, k, absentMarkers) && !definiteHead) return true;
  // «سلمه دعوة من الرئيس X لزيارة باريس»، «نقل دعوة من …»: an invitation handed over, like a letter, comes from one who is
  // not there (unlike «بدعوة من X»، «تلبية لدعوة من X», the host of the visit).
  if (from && k > 0 && /^دعو[هة]$/.test(ctx.norms[k]!) && !ctx.comma[k] && DELIVER.test(ctx.norms[k - 1]!)) return true;
  // "رسالة خطية موجهة إلى أمير البلاد الشيخ X من الرئيس Y": the sender named after the addressee.
  if (from && letterAddressedBefore(ctx, k + 1)) return true;
  return isAddressee(ctx, title >= 0 ? title : m.first) || isInvited(ctx, title >= 0 ? title : m.first);
}

/** «ممثلا»، «مندوبا»، «موفدا»، «مبعوثا»: the words of representing that take ل before the one represented. */
const REPRESENTING_BY_L = /^(?:ممثلا|ممثله|مندوبا|موفدا|مبعوثا)$/;

/** «جلالة»، «سمو»، «فخامة»، «معالي»، «دولة»: a style before a title, here possibly with the preposition ل attached. */
const STYLE = /^(?:ل|لل)?(?:جلاله|سمو|فخامه|معالي|سياده|صاحب)$/;
/** «حضرة»، «صاحب السمو»، «فخامة»، «معالي»: the styles said before a title and a name. */
const HONORIFIC_STYLE = /^(?:حضره|صاحب|ال?سمو|ال?جلاله|فخامه|معالي|سعاده|سياده|دوله)$/;

/**
 * «وجهت دعوة لجلالة الملك X لزيارة زغرب»، «دعوة إلى الرئيس X لزيارة …»: the one invited, named right after the invitation
 * and ل/إلى (a style and a bare title between), is not at the meeting.
 */
function isInvited(ctx: Context, at: number): boolean {
  let k = at - 1;
  // «الملك»، «الرئيس» not covered by the mention, then a style («لجلالة»، «لسمو»).
  for (let n = 0; n < 2 && k > 0 && !ctx.comma[k + 1] && /^(?:ال|لل|ل)?(?:رييس|ملك|امير|شيخ|سلطان)$/.test(ctx.norms[k]!); n++) k--;
  for (let n = 0; n < 2 && k > 0 && !ctx.comma[k + 1] && STYLE.test(ctx.norms[k]!); n++) k--;
  if (k < 1 || ctx.comma[k + 1]) return false;
  // The first word after the invitation carries ل, or «إلى»/«ل» stands alone between.
  const after = ctx.norms[k + 1] ?? '';
  if (/^(?:الي|ل)$/.test(ctx.norms[k]!)) k--;
  else if (!/^ل/.test(after) || k + 1 >= at + 1) return false;
  return k >= 0 && !ctx.comma[k + 1] && /^[وب]?دعو[هة]$/.test(ctx.norms[k]!);
}

/** «سلّمه»، «نقل»، «تسلم»، «تلقى»، «حمل»: verbs that hand over or receive a letter or an invitation. */
const DELIVER = /^[وف]?(?:سلم|سلمه|سلمها|سلمت|سلمته|يسلم|يسلمه|تسلم|نقل|ينقل|نقلت|تلقي|تلقت|يتلقي|حمل|يحمل|حملت|وجه|وجهت|يوجه)$/;

const LETTER_ADJECTIVE = /^(?:خطيه|شفهيه|شفويه|مكتوبه|خاصه|موجهه)$/;

/**
 * "رسالة (خطية) موجهة إلى X من …"، "برقية إلى الملك X من …": a letter word, its adjectives and «إلى» with the addressee in
 * the dozen words before token `at` (the sender's «من»), with no comma between.
 */
function letterAddressedBefore(ctx: Context, at: number): boolean {
  for (let j = at - 1; j >= Math.max(1, at - 14) && ctx.sentence[j] === ctx.sentence[at] && !ctx.comma[j + 1]; j--) {
    if (!/^(?:الي|لي)$/.test(ctx.norms[j]!) && !/^موجه[هة]?(?:اليه|اليها)?$/.test(ctx.norms[j]!)) continue;
    let k = j - 1;
    if (/^موجه[هة]?$/.test(ctx.norms[k] ?? '') && !ctx.comma[k + 1]) k--;
    for (let n = 0; n < 2 && k > 0 && LETTER_ADJECTIVE.test(ctx.norms[k]!) && !ctx.comma[k + 1]; n++) k--;
    if (k >= 0 && !ctx.comma[k + 1] && isIn(ctx, k, absentMarkers)) return true;
  }
  return false;
}

/**
 * "نقل تحيات الرئيس X إلى خادم الحرمين الشريفين الملك Y"، "سلمه رسالة من X إلى الأمير Y": the one a letter or greetings
 * are addressed to, after إلى, in the clause of the letter (a few words back, no comma between).
 */
function isAddressee(ctx: Context, at: number): boolean {
  let k = at - 1;
  // The addressee's title may come before the words the mention covers ("إلى خادم الحرمين الشريفين الملك سلمان").
  for (let n = 0; n < 4 && k > 0 && !ctx.norms[k]!.match(/^(?:الي|لي)$/) && !ctx.comma[k + 1]; n++) k--;
  if (k < 1 || ctx.norms[k] !== 'الي' || ctx.comma[k + 1]) return false;
  for (let j = k - 1; j >= Math.max(0, k - 10) && ctx.sentence[j] === ctx.sentence[k] && !ctx.comma[j + 1]; j--) if (isIn(ctx, j, absentMarkers)) return true;
  return false;
}

/** Where the official's own title starts when it stands right before the mention ("زعيم كوريا الشمالية | كيم"), else -1. */
export function titleRightBefore(ctx: Context, m: Mention): number {
  const words = titleWords(m.official);
  const start = m.first - words.length;
  if (!words.length || start < 1 || ctx.sentence[start] !== ctx.sentence[m.first]) return -1;
  for (let k = 0; k < words.length; k++) if (!(ctx.forms[start + k] ?? []).includes(words[k]!)) return -1;
  return start;
}

/** «مذكرة»، «اتفاقية»، «اتفاق»، «بروتوكول»: an agreement signed. */
export const AGREEMENT = /^(?:مذكره|مذكرتي|مذكرتا|مذكرات|اتفاقيه|اتفاقيتين|اتفاقيتا|اتفاقيات|اتفاق|اتفاقا|اتفاقات|بروتوكول|بروتوكولات|برنامج|عقد|عقود)$/;

/** Token k is an agreement noun, with the article or without: «مذكرة», «الاتفاقية». */
export const isAgreementNoun = (ctx: Context, k: number) => AGREEMENT.test((ctx.norms[k] ?? '').replace(/^ال/, ''));

/** «بشأن»، «حول»، «الخاصة بـ»، «المتعلقة بـ»: what an agreement is about, set off by a comma in its name. */
const AGREEMENT_SUBJECT = /^(?:بشان|حول|الخاص|الخاصه|المتعلق|المتعلقه)$/;

/** A comma and then, at token k, a word that opens what an agreement is about: «، بشأن إقامة منطقة صناعية». */
export const opensAgreementSubject = (ctx: Context, k: number) => !!ctx.comma[k] && AGREEMENT_SUBJECT.test(ctx.norms[k]!);

/**
 * «ووقع مذكرة التفاهم الثانية، بشأن إقامة منطقة صناعية بيلاروسية …، المهندس X»: token k lies in the words that tell what a
 * signed agreement is about (a comma and such a word right after the agreement's name), in the comma-bounded stretch k is in.
 */
export function inAgreementSubject(ctx: Context, k: number, start: number): boolean {
  for (let j = k; j >= start; j--) {
    if (AGREEMENT_SUBJECT.test(ctx.norms[j]!)) return opensAgreementSubject(ctx, j) && agreementBefore(ctx, j, start);
    if (ctx.comma[j]) return false;
  }
  return false;
}

/** An agreement noun within a few words before token j (its name: «مذكرة التفاهم الثانية»). */
function agreementBefore(ctx: Context, j: number, start: number): boolean {
  for (let t = j - 1; t >= Math.max(start, j - 4); t--) if (isAgreementNoun(ctx, t)) return true;
  return false;
}

/** «ترأس»، «يرأس»، «تترأس»، «قاد»، «يقود»: a verb of leading that comes before the delegation it leads. */
export const LEADS_VERB = /^[وف]?(?:ترا?س|يرا?س|تترا?س|يترا?س|ترا?ست|را?س|را?ست|قاد|قادت|يقود|تقود)$/;

/** «برئاسة»، «وبرئاسة»: chaired by (normalised). */
export const CHAIRED_BY = /^و?برياسه$/;

/** «بعثة»: an organisation's mission, a delegation by another word. */
const MISSION = /^(?:ال)?بعث(?:ه|ة)$/;
/** How far back a delegation named with its head may be referred to by «الوفد»/«البعثة». */
export const DELEGATION_REACH = 250;
/** How many words a delegation's body, or its head's title, may take between the delegation word and the word of leading or the head's name. */
const DELEGATION_NAME_REACH = 12;

/**
 * The head of the last delegation named before token i with its head («وفدا من … برئاسة X»، «بعثة الصندوق برئاسة X»،
 * «وفد … يتقدمه X»): the one «الوفد»/«البعثة» refers back to.
 */
export function ledDelegationBefore(ctx: Context, i: number, from = i - DELEGATION_REACH): Official | null {
  for (let k = i - 1; k >= Math.max(0, from); k--) {
    if (ctx.coveredBy[k] || ctx.quoted[k] || !isIn(ctx, k, headVerbs)) continue;
    // A delegation word shortly before the word of leading.
    let delegation = false;
    // («وفدا عن مجموعة الصداقة البرلمانية … بمجلس النواب الإسباني، برئاسة X»: a body's name may take ten words.)
    for (let j = k - 1; j >= Math.max(0, k - DELEGATION_NAME_REACH) && !delegation && ctx.sentence[j] === ctx.sentence[k]; j--) delegation = !ctx.coveredBy[j] && (isIn(ctx, j, delegationWords) || MISSION.test(ctx.norms[j]!));
    // «ويرأس وفد الحكومة الإثيوبية X، ويضم …»: the verb of leading first, the delegation right after it.
    if (!delegation && LEADS_VERB.test(ctx.norms[k]!)) delegation = !ctx.coveredBy[k + 1] && (isIn(ctx, k + 1, delegationWords) || MISSION.test(ctx.norms[k + 1] ?? ''));
    if (!delegation) continue;
    // («ويرأس وفد الحكومة مستشار رئيس الوزراء لشؤون الأمن القومي X»: the head's title may take ten words; a comma ends the search.)
    for (let j = k + 1; j < Math.min(ctx.tokens.length, k + DELEGATION_NAME_REACH + 2); j++) {
      const m = ctx.mentionAt[j];
      if (m) return m.official;
      if (ctx.comma[j] && j > k + 1) break;
    }
  }
  return null;
}
