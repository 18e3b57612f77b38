/**
 * Letter rules for Arabic-script name words that no dictionary knows: Arabic writes long vowels only, so each
 * letter is read from its neighbours, and the origin decides the consonant values (ف is v in Russian names,
 * ق is q in Arabic ones) and whether short vowels are put back (Arabic and Persian names: بندر → Bandar).
 */
import type { Origin } from './origin';

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u200B-\u200F]/g;
const VOWEL_LETTERS = new Set([...'اآأإويىةئؤءع']);

interface Segment { text: string; vowel: boolean; consonantLetter: boolean }

function consonant(ch: string, origin: Origin, initial: boolean, next?: string): string {
  const arab = origin === 'arab' || origin === 'persian';
  switch (ch) {
    case 'ب': return 'b';
    case 'ت': return 't';
    case 'ث': return 'th';
    case 'ج': return origin === 'russian' ? 'zh' : origin === 'turkish' ? 'c' : 'j';
    case 'ح': return 'h';
    case 'خ': return 'kh';
    case 'د': return 'd';
    case 'ذ': return arab ? 'dh' : 'z';
    case 'ر': return 'r';
    case 'ز': return 'z';
    case 'س': return 's';
    case 'ش': return origin === 'turkish' ? 's' : 'sh';
    case 'ص': return 's';
    case 'ض': return 'd';
    case 'ط': return 't';
    case 'ظ': return 'z';
    case 'غ': return arab ? 'gh' : 'g';
    case 'ف': return origin === 'russian' && !initial ? 'v' : 'f';
    case 'ق': return origin === 'arab' ? 'q' : origin === 'persian' ? 'gh' : 'k';
    case 'ك': return origin === 'western' && next !== undefined && /[اوآرل]/.test(next) ? 'c' : 'k';
    case 'ل': return 'l';
    case 'م': return 'm';
    case 'ن': return 'n';
    case 'ه': return 'h';
    case 'پ': return 'p';
    case 'چ': return 'ch';
    case 'ڤ': case 'ۋ': return 'v';
    case 'گ': case 'ڠ': return 'g';
    case 'ژ': return 'zh';
    default: return /[a-z]/i.test(ch) ? ch.toLowerCase() : '';
  }
}

function segments(word: string, origin: Origin): Segment[] {
  const chars = [...word.replace(DIACRITICS, '')];
  const arab = origin === 'arab' || origin === 'persian';
  const out: Segment[] = [];
  const push = (text: string, vowel: boolean, consonantLetter = !vowel) => out.push({ text, vowel, consonantLetter });
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const start = i === 0;
    const end = i === chars.length - 1;
    const prevVowel = prev === undefined || VOWEL_LETTERS.has(prev);
    const nextVowel = next !== undefined && 'اآويىة'.includes(next);
    if (c === 'ت' && next === 'ش') { push(origin === 'turkish' ? 'c' : 'ch', false); i++; continue; }
    if (c === 'د' && next === 'ج') { push('j', false); i++; continue; }
    switch (c) {
      case 'ا': push(prev === 'ا' ? '' : 'a', true); break;
      case 'آ': push('a', true); break;
      case 'أ':
        if (start) push(next === 'و' || (next === 'ي' && !arab) ? '' : 'a', true, arab);
        else push(prevVowel ? '' : 'a', true);
        break;
      case 'إ': push(start && next === 'ي' ? '' : 'i', true); break;
      case 'ئ': push(prev === 'ا' ? (next === 'ي' ? '' : 'e') : 'i', true); break;
      case 'ؤ': push('u', true); break;
      case 'ء': push('', true); break;
      case 'ع':
        if (!arab) push('', true);
        else if (start) push(next && !VOWEL_LETTERS.has(next) ? 'a' : '', true);
        else push(prevVowel || end ? '' : 'a', true, true);
        break;
      case 'و':
        if (start || (nextVowel && next !== 'و' && !prevVowel)) {
          push(origin === 'russian' || origin === 'persian' ? 'v' : 'w', false);
        } else if (prev === 'و') push('', true);
        else push(arab || origin === 'turkish' ? 'u' : 'o', true);
        break;
      case 'ي':
        if (start || (arab && prev === 'أ' && i === 1)) push('y', false);
        else if (end && next === undefined && prev === 'ي') push('y', true);
        else if (!arab && chars[i + 1] === 'ه' && i + 2 === chars.length) push(origin === 'russian' ? 'ei' : 'e', true);
        else if (prev === 'ا' || (nextVowel && next !== 'ة' && !prevVowel)) push('y', false);
        else if (origin === 'russian' && !prevVowel && (i === 1 || /^(ف|فا|يف|يفا)$/.test(chars.slice(i + 1).join('')))) {
          push('e', true);
        }
        else push(next === 'ة' ? 'iy' : 'i', true);
        break;
      case 'ى': push('a', true); break;
      case 'ة': push('a', true); break;
      case 'ه':
        if (end && prev === 'ي' && !arab) push('', true);
        else if (end && !arab) push(prevVowel ? '' : 'e', true);
        else push('h', false);
        break;
      default: {
        const t = consonant(c, origin, start, next);
        if (t) push(t, false);
      }
    }
  }
  return out;
}

/**
 * Puts back the short vowels Arabic leaves out: after a word-initial consonant, before a final cluster that
 * follows a long ā (خالد → Khaled, نايف → Nayef), and before the final cluster of a four-consonant word (بندر → Bandar).
 */
function restoreVowels(segs: Segment[], word: string): Segment[] {
  const out = [...segs];
  const vowel = (text: string): Segment => ({ text, vowel: true, consonantLetter: false });
  if (out.length >= 2 && !out[0]!.vowel && !out[1]!.vowel) out.splice(1, 0, vowel('a'));
  const letters = out.filter((s) => s.consonantLetter).length;
  const n = out.length;
  if (n >= 3 && !out[n - 1]!.vowel && !out[n - 2]!.vowel) {
    const base = [...word.replace(DIACRITICS, '')];
    const longA = base.length >= 3 && 'اآ'.includes(base[base.length - 3]!);
    if (longA) out.splice(n - 1, 0, vowel('e'));
    else if (letters >= 4) out.splice(n - 1, 0, vowel('a'));
  }
  return out;
}

/** Consonant pairs English and European names begin with; any other initial pair gets a vowel (نتنياهو → Netnyahu). */
const ONSET = /^([bcdfgkptv][rlwy]|s[bcdgklmnptwhv]|sh[mnrtvl]?|ch[r]?|th[r]?|kh|ph|zh|ts|ps|kn|wr|dv|zv|zl|zd|zn|kv|tv|gv|vl|vr|mr|ml|mn|hr|dz|sch)$/;

function russianEndings(s: string): string {
  return s.replace(/ski$/, 'sky').replace(/iy$/, 'y').replace(/ii$/, 'iy');
}

/** One Arabic-script word in lower-case Latin letters by the letter rules of its origin. */
export function transliterateWord(word: string, origin: Origin = 'western'): string {
  let segs = segments(word, origin);
  if (origin === 'arab' || origin === 'persian') segs = restoreVowels(segs, word);
  if (origin !== 'arab' && origin !== 'persian' && segs.length >= 3 && !segs[0]!.vowel && !segs[1]!.vowel &&
    !ONSET.test(segs[0]!.text + segs[1]!.text)) {
    segs = [segs[0]!, { text: 'e', vowel: true, consonantLetter: false }, ...segs.slice(1)];
  }
  if (origin !== 'arab' && origin !== 'persian' && segs.length >= 3) {
    // A final consonant + r/l/n/m has lost its vowel in Arabic letters: ميدلر → midler, تورفالدسن → torfaldsen.
    const [a, b] = [segs[segs.length - 2]!, segs[segs.length - 1]!];
    const coda = a.text === 'r' || a.text === 'y' || (a.text === 'l' && b.text !== 'r') || (/^[nm]$/.test(a.text) && b.text !== 'r');
    if (!a.vowel && !b.vowel && /^[rlnm]$/.test(b.text) && !coda) {
      segs = [...segs.slice(0, -1), { text: 'e', vowel: true, consonantLetter: false }, b];
    }
  }
  let s = segs.map((x) => x.text).join('');
  if (origin === 'western') s = s.replace(/mb$/, 'mp');
  if (!/[aeiouy]/.test(s) && s.length > 1) s = s[0] + 'e' + s.slice(1);
  if (origin === 'russian') s = russianEndings(s);
  return s;
}

export function capitalize(word: string): string {
  return word.replace(/(^|[-\s'])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}
