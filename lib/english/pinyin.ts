/**
 * A Chinese syllable the syllable table lacks, read back into pinyin from the way the Arabic press writes pinyin
 * (initial + final: «تشن» Chen, «خه» He, «نونغ» Nong, «شوانغ» Shuang), for a person the article makes Chinese. A word
 * that is no single syllable of that shape (a Western or an Arab name) reads as nothing, so the name is left to the
 * other rules.
 */
import { normalize } from '../arabic/normalize';

/** Initials, longest first; «تش» and «ش» are q and x before i, ch and sh otherwise, as pinyin writes them. */
const INITIALS: [string, string][] = [
  ['تش', 'ch'], ['تس', 'c'], ['ش', 'sh'], ['خ', 'h'], ['ه', 'h'], ['ب', 'b'], ['ف', 'f'], ['م', 'm'], ['ن', 'n'],
  ['ل', 'l'], ['غ', 'g'], ['ق', 'g'], ['ك', 'k'], ['د', 'd'], ['ت', 't'], ['ز', 'z'], ['س', 's'], ['ج', 'j'], ['ر', 'r'],
  ['و', 'w'], ['ي', 'y'], ['', ''],
];

/** Finals as the Arabic press writes them, longest first. */
const FINALS: [string, string][] = [
  ['يونغ', 'iong'], ['يانغ', 'iang'], ['وانغ', 'uang'], ['يوان', 'uan'], ['ويه', 'ue'], ['يوي', 'ue'], ['يان', 'ian'], ['ياو', 'iao'],
  ['ونغ', 'ong'], ['ينغ', 'ing'], ['انغ', 'ang'], ['وان', 'uan'], ['واي', 'uai'], ['يه', 'ie'], ['يا', 'ia'], ['يو', 'iu'],
  ['نغ', 'eng'], ['ين', 'in'], ['ان', 'an'], ['ون', 'un'], ['او', 'ao'], ['اي', 'ai'], ['وي', 'ui'], ['وو', 'u'],
  ['ي', 'i'], ['ا', 'a'], ['ه', 'e'], ['و', 'u'], ['ن', 'en'],
];

/** One syllable in pinyin, lower case, or null when the word is no single syllable of the press's shape. */
export function pinyinByRule(word: string): string | null {
  const norm = normalize(word);
  if (norm.length < 2 || norm.length > 6 || norm.startsWith('ال')) return null;
  for (const [ar, latin] of INITIALS) {
    if (!norm.startsWith(ar)) continue;
    const rest = norm.slice(ar.length);
    const final = FINALS.find(([f]) => f === rest);
    if (!final) continue;
    let initial = latin;
    let fin = final[1];
    // (A bare initial w/y before u/i is the vowel's own spelling: «وو» Wu, «يي» Yi, «وي» Wei.)
    if (initial === 'w' && fin.startsWith('u')) fin = fin === 'ui' ? 'ei' : fin === 'u' ? 'u' : fin.slice(1);
    if (initial === 'y' && fin.startsWith('i')) fin = fin.slice(1) || 'i';
    if (initial === 'ch' && /^(i|ue)/.test(fin)) initial = 'q';
    if (initial === 'sh' && /^(i|ue)/.test(fin)) initial = 'x';
    return initial + fin;
  }
  return null;
}
