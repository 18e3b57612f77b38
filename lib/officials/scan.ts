/**
 * The article as the officials layer reads it: its words (with clitic readings), how often each form occurs, and
 * gazetteer look-ups memoised per position. Shared by the stages of lib/officials/index.ts.
 */
import { matchKnownPersonAt } from '../gazetteer';
import { strangerToStory } from './stranger';
import { inNameDictionaries, isStopWord } from '../vocab/names';
import { rankArms, ranks, styles } from '../vocab/titles';
import type { Detection } from './link';
import type { Title } from './titles';
import { formsOf, toWords, type Word } from './words';

export interface Scan {
  text: string;
  words: Word[];
  norms: string[];
  /** How many times each form (clitics off) occurs in the article. */
  counts: Map<string, number>;
  /** The known person whose spelling starts at word `at` (after a title, shorter forms count). */
  knownAt: (at: number, afterTitle?: boolean) => ReturnType<typeof matchKnownPersonAt>;
  /** Titles parsed at a word, by position and mode (candidates.ts titleAt). */
  titles: Map<number, Title | null>;
  /** Whether a name starts right at a word, read as an office's holder (candidates.ts holderRightAt). */
  holders: Map<number, boolean>;
  /** Candidates found so far, and where the last one ended (word index). */
  detections: Detection[];
  lastEnd: number;
  /** Candidates a rule found beside the one it returns (the holder of an office named inside a title). */
  queued: Detection[];
}

export function scanText(text: string): Scan {
  const words = toWords(text);
  const norms = words.map((w) => w.norm);
  deputiesCalledKhalifa(words, norms);
  honorificsOfOman(words, norms);
  // The same word is looked up in the gazetteer by several rules: once per position and mode.
  const knownMemo = new Map<number, ReturnType<typeof matchKnownPersonAt>>();
  const knownAt = (at: number, afterTitle = false) => {
    const key = at * 2 + (afterTitle ? 1 : 0);
    if (!knownMemo.has(key)) {
      const known = matchKnownPersonAt(norms, at, afterTitle ? { afterTitle: true } : {});
      knownMemo.set(key, known && known.length === 1 && strangerToStory(norms, known.person) ? null : known);
    }
    return knownMemo.get(key)!;
  };
  return { text, words, norms, counts: countTokens(words), knownAt, titles: new Map(), holders: new Map(), detections: [], lastEnd: 0, queued: [] };
}

const RANKS = /^(الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن)$/;

/**
 * Morocco's «خليفة رئيس مجلس …» is the deputy of a council's head (the House of Councillors, a commune, a region):
 * read as «نائب», which the title grammar knows, where the word cannot be the given name Khalifa or the successor of
 * someone: right after a comma and before «رئيس مجلس/جماعة/جهة» («X، خليفة رئيس مجلس المستشارين،»), or with the
 * article and its rank before «لرئيس» («الخليفة الأول لرئيس مجلس النواب»). Not «خليفة رئيس الوزراء» (his successor),
 * nor a name («خليفة حفتر», «آل خليفة»).
 */
function deputiesCalledKhalifa(words: Word[], norms: string[]): void {
  for (let i = 0; i < words.length; i++) {
    const m = /^([وف]?)(ال)?خليفه$/.exec(norms[i]!);
    if (!m) continue;
    const ranked = !!m[2] && RANKS.test(norms[i + 1] ?? '');
    const j = ranked ? i + 2 : i + 1;
    if (!words[j + 1] || words.slice(i + 1, j + 2).some((w) => w.punctBefore)) continue;
    if (!(ranked ? /^لرييس$/ : /^رييس$/).test(norms[j]!) || !/^(ال)?(مجلس|جماعه|جهه)$/.test(norms[j + 1]!)) continue;
    if (!ranked && (m[2] || !/^[،,]$/.test(words[i]!.punctBefore ?? ''))) continue;
    const norm = `${m[1]}${m[2] ?? ''}نايب`;
    words[i] = { ...words[i]!, norm, forms: formsOf(norm) };
    norms[i] = norm;
  }
}

/** Oman's and the Gulf's civil styles of the untitled-in-rank («الفاضل», «المكرم»), read as «السيد»/«السيدة». */
const OMANI_STYLES: Record<string, string> = { الفاضل: 'السيد', الفاضله: 'السيده', المكرم: 'السيد', المكرمه: 'السيده' };

/**
 * «الفاضل/الفاضلة» and «المكرم/المكرمة» style a person in Omani and Gulf lists of the titled («…، والفاضل ناصر بن خميس
 * الجشمي مدير عام الميزانية»), but are a family name and an adjective too («محمد الفاضل», «مكة المكرمة»): read as
 * «السيد»/«السيدة» only where the word opens a list item (after punctuation, or with «و» after a comma or at a
 * sentence's start) and a name that goes on follows (a given name of the dictionaries, then one more word).
 */
function honorificsOfOman(words: Word[], norms: string[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i]!;
    const m = /^(و?)(الفاضله?|المكرمه?)$/.exec(w.norm);
    if (!m) continue;
    const opens = i === 0 || !!w.punctBefore || words[i - 1]!.sentence !== w.sentence;
    if (!opens && !m[1]) continue;
    if (m[1] && !opens && !listOfTitled(words, norms, i)) continue;
    const given = norms[i + 1]!;
    if (words[i + 1]!.punctBefore || words[i + 2]!.punctBefore || /^(ال|لل)/.test(given) || isStopWord(given) || !inNameDictionaries(given)) continue;
    const norm = `${m[1]}${OMANI_STYLES[m[2]!]}`;
    words[i] = { ...w, norm, forms: formsOf(norm) };
    norms[i] = norm;
  }
}

const LIST_STYLES = /^(السيده?|سعاده|معالي|سمو|فخامه|الدكتوره?|المهندسه?|الشيخه?)$/;

/** Another style opened an item of the same sentence before word i («سعادة X …، والفاضل Y»): a list of the titled. */
function listOfTitled(words: Word[], norms: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 40 && words[k]!.sentence === words[i]!.sentence; k--) {
    if (words[k]!.forms.some((f) => LIST_STYLES.test(f.form))) return true;
  }
  return false;
}

export /** A style (سمو، معالي، السيد) or rank (اللواء، الرئيس) at word i, with its length and English. */
function matchStyle(words: Word[], norms: string[], i: number): { length: number; rank: string | null } | null {
  const w = words[i];
  if (!w) return null;
  for (const f of w.forms) {
    const r = ranks.match(f.form, norms, i);
    if (r) return { length: r.length + armAfter(words, norms, i + r.length), rank: r.value };
    const s = styles.match(f.form, norms, i);
    if (s) return { length: s.length, rank: null };
  }
  return null;
}

/**
 * 1 where an officer's arm of service follows a staff rank, unbracketed: «اللواء الركن طيار»,
 * «العميد أركان حرب بحري» (the table holds a rank with one arm; the arm after a staff rank is part of it too, never a name word).
 */
function armAfter(words: Word[], norms: string[], k: number): number {
  const n = norms[k];
  const staff = norms[k - 1] === 'الركن' || norms[k - 1] === 'ركن' || norms[k - 1] === 'حرب';
  return staff && n !== undefined && rankArms.has(n) && n !== 'ركن' && n !== 'الركن' && !words[k]!.punctBefore ? 1 : 0;
}

function countTokens(words: Word[]): Map<string, number> {
  // Words of one spelling share their forms array (formsOf is cached): count the arrays by identity first, then
  // add each array's forms once (string keys looked up once per distinct word, not once per word of the text).
  const byForms = new Map<readonly { form: string }[], number>();
  for (const w of words) byForms.set(w.forms, (byForms.get(w.forms) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [forms, n] of byForms) {
    for (let k = 0; k < forms.length; k++) {
      const f = forms[k]!.form;
      // (Each form once per word: a plain loop over the few forms before it, no closure per form.)
      let seen = false;
      for (let j = 0; j < k && !seen; j++) seen = forms[j]!.form === f;
      if (seen) continue;
      counts.set(f, (counts.get(f) ?? 0) + n);
    }
  }
  return counts;
}
