/**
 * Employers that make no office public: a company named by a brand, one of many bodies the article leaves unnamed.
 * Who holds a post there («الرئيس التنفيذي لشركة باريك», «مدير الخزينة في أحد المصارف الخاصة») is a person the article
 * describes, not an official; a state company (one of the vocabulary's, «الوطنية», «الحكومية» or a country in its name)
 * and one of the state's own bodies («في إحدى الوزارات») stay offices.
 */
import { isLexical } from '../people/lexicon';
import { publicBodiesOneOf, stateCompanies } from '../vocab/titles';
import { matchCountryName, matchNationality } from './lookups';
import type { Word } from './words';

/** A company or group as written («لشركة», «مجموعة»). */
export const COMPANY = /^(و|ف)?(ب|ل|لل)?(ال)?(شركه|مجموعه)$/;
/** What makes a company the state's: «الحكومية», «الوطنية», «العامة», «الحكومي»… */
export const STATE_OWNED = /^(ال)?(حكومي|وطني|عام|قومي|رسمي)(ه)?$/;

/**
 * How many words of a state company of the vocabulary start at `k` («سونطراك», «روس أوبورون إكسبورت»: assets/
 * state-companies.json), the longest spelling that matches; 0 when none does.
 */
export function stateCompanyAt(norms: readonly string[], k: number): number {
  const first = norms[k];
  return first === undefined ? 0 : (stateCompanies.match(first, norms, k)?.length ?? 0);
}

/**
 * Whether the name of a company whose brand starts at `at` (read up to `to`) makes it the state's: a state company of
 * the vocabulary, a brand that is itself a nationality or a country, «الحكومية», «الوطنية», a country in its name
 * («"قطر للطاقة"»), a public network it runs («لتشغيل شبكة الغاز»). The firm's nationality after its name makes none,
 * quoted or not: «شركة "بوسكاليس" الهولندية» and «شركة باريك الكندية» are private firms of those countries, «شركة
 * "برتامينا" الإندونيسية» the state's by the vocabulary. Nor does a country it works in («في مالي»).
 */
export function brandOfState(norms: readonly string[], at: number, to: number): boolean {
  if (stateCompanyAt(norms, at) > 0 || !!matchNationality(norms as string[], at)) return true;
  for (let n = at; n < Math.min(norms.length, to); n++) {
    if (STATE_OWNED.test(norms[n]!) || runsPublicNetwork(norms, n)) return true;
    if (norms[n - 1] !== 'في' && !!matchCountryName(norms as string[], n)) return true;
  }
  return false;
}

/**
 * A brand of no Arabic meaning, as written: no article, no dictionary word, no nationality or country, and not one of
 * the state companies the press names the same way.
 */
function brandWord(w: Word | undefined, norms: readonly string[], k: number): boolean {
  const norm = norms[k];
  if (!w || !norm || w.punctBefore || norm.startsWith('ال') || norm.length < 3) return false;
  if (stateCompanyAt(norms, k) > 0 || isLexical(norm)) return false;
  return !matchNationality(norms as string[], k) && !matchCountryName(norms as string[], k);
}

/**
 * «رئيس مجلس إدارة شركة أكوا باور X», «الرئيس التنفيذي لشركة باريك X»: a company the title names by a brand of no
 * Arabic meaning and nothing after it the state's — a private firm, its executive no official. `from`…`to` is the
 * title and the word after it, where the brand may stand (`nameAt`, where the person's name starts, is never the
 * brand). Where the brand ends, or null.
 */
export function brandCompanyEnd(words: readonly Word[], norms: readonly string[], from: number, to: number, nameAt: number | null): number | null {
  for (let k = from; k < to; k++) {
    if (!COMPANY.test(norms[k]!)) continue;
    if (k + 1 === nameAt || !brandWord(words[k + 1], norms, k + 1)) return null;
    return brandOfState(norms, k + 1, Math.max(to, k + 4)) ? null : k + 2;
  }
  return null;
}

/** A company's noun in the construct, its name after it: «لشركة», «مجموعة» (not «الشركة», «للشركة»). */
const COMPANY_IN_CONSTRUCT = /^(و|ف)?(ب|ل)?(شركه|مجموعه)$/;

/**
 * Where the name of a company ends that an office's title closes on its noun in the construct and the text writes
 * with no quotation marks: a state company of the vocabulary («لشركة سوكار», «لشركة روس أوبورون إكسبورت»), or a
 * brand of no Arabic meaning the firm's nationality follows («لشركة باريك الكندية»), with the adjectives after it
 * («الأذربيجانية», «الحكومية»). The holder's name starts after it, as after a quoted brand. Null when neither.
 */
export function unquotedCompanyNameEnd(words: readonly Word[], norms: readonly string[], j: number): number | null {
  if (!COMPANY_IN_CONSTRUCT.test(norms[j - 1] ?? '') || words[j]?.punctBefore) return null;
  const known = stateCompanyAt(norms, j);
  const brand = known || (brandWord(words[j], norms, j) && !!matchNationality(norms as string[], j + 1) ? 1 : 0);
  if (!brand) return null;
  let end = j + brand;
  while (end < norms.length && !words[end]!.punctBefore) {
    const nat = matchNationality(norms as string[], end);
    if (nat) end += nat.length;
    else if (STATE_OWNED.test(norms[end]!)) end++;
    else break;
  }
  return end;
}

/** «إحدى», «أحد», after «في» or glued to «ب»: one of many. */
const ONE_OF = /^(ب)?(احد|احدي)$/;

/**
 * «منسقة المشاريع في إحدى المنظمات المحلية», «مدير الخزينة في أحد المصارف الخاصة»: the title places the post in one
 * of many bodies it leaves unnamed — an employee the article describes, not an office of a state. Not one of the
 * state's own bodies («في إحدى الوزارات», «بأحد الأجهزة الأمنية»).
 */
export function unnamedEmployerIn(norms: readonly string[], from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < to; k++) {
    const m = ONE_OF.exec(norms[k]!);
    if (!m || (!m[1] && norms[k - 1] !== 'في')) continue;
    return !publicBodiesOneOf.has(norms[k + 1]!);
  }
  return false;
}

/** What a network operator is for: «لتشغيل», «لإدارة», «لنقل», «لتوزيع». */
const RUNS = /^(ل|و|ول)?(تشغيل|اداره|نقل|توزيع)$/;
/** The public networks a state runs: the gas grid, power lines, water mains. */
const NETWORK = /^(ال)?(شبكه|شبكات|كهرباء|غاز|مياه)$/;

/**
 * «شركة «ديسفا» لتشغيل شبكة الغاز»: a company the words after its brand say runs a public network (a gas grid, power
 * lines, water mains) — a utility, the state's as a rule, its head an official like a ministry's.
 */
export function runsPublicNetwork(norms: readonly string[], from: number): boolean {
  if (!RUNS.test(norms[from] ?? '')) return false;
  for (let k = from + 1; k < Math.min(norms.length, from + 3); k++) if (NETWORK.test(norms[k]!)) return true;
  return false;
}
