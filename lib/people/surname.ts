/**
 * A person with no office named by a description and a given name alone ("الخبير الاقتصادي مهرداد", "الدكتور عبد
 * الحكيم") when the text goes on with one more word before «أن», a comma or the channel they spoke to ("مهرداد صدري
 * أن", "عبد الله باعلي،"): that word is their family name. The officials layer stops a name at a word it cannot vouch
 * for; between a given name and the clause the person says, a word of the shape of a family name can be nothing else.
 */
import { normalize } from '../arabic/normalize';
import { nameToEnglish } from '../english/names';
import { isOrdinaryWord } from './evidence';
import { isStopWord } from '../vocab/names';
import { isComplementizer, isSpeechNoun, reportingVerb } from '../vocab/reporting';
import { channelLength, isSkippableAfterVerb, matchSpeakerHead, timePhraseLength } from '../vocab/speakers';
import { matchCountryName, matchNationality } from '../vocab/nationalities';
import { heads, nameParticles, styles } from '../vocab/titles';
import type { Person } from '../types';

/** A given name alone: one word, or a compound given name ("عبد الحكيم", "أبو بكر"). */
const givenOnly = (name: string) => {
  const w = normalize(name).split(' ');
  return w.length === 1 || (w.length === 2 && /^(عبد|ابو|ام)$/.test(w[0]!));
};

/**
 * A word that may be a family name right after a given name: no article, no particle, no word of the grammar; an
 * ordinary word of the language only in a family name's shape: a nisba ("صدري", "تبريزي") or a Hadrami or Maghrebi
 * «با»/«بو» name ("باعلي", "بوعلام"), never an adverb ("أيضا", "بدوره").
 */
function familyNameShaped(norm: string): boolean {
  if (norm.length < 3 || !/^[\u0621-\u064A]+$/.test(norm) || /^(ال|لل)/.test(norm)) return false;
  if (isStopWord(norm) || reportingVerb(norm) || isComplementizer(norm) || isSpeechNoun(norm) || isSkippableAfterVerb(norm)
    || timePhraseLength([norm], 0) || heads.has(norm) || styles.has(norm) || nameParticles.has(norm) || matchNationality([norm], 0)
    || matchCountryName([norm], 0) || matchSpeakerHead([norm], 0)) return false;
  if (!isOrdinaryWord(norm)) return true;
  return (/ي$/.test(norm) && !/(يي|وي)$/.test(norm) && norm.length >= 4) || /^(با|بو)[\u0621-\u064A]{3,}$/.test(norm);
}

/** Lengthens, in place, the names of `people` cut after the given name. */
export function completeCutNames(text: string, people: Person[]): void {
  for (const p of people) {
    if (!p.named || !p.description_ar || !givenOnly(p.name_ar)) continue;
    for (let k = 0; k < p.mentions.length; k++) {
      const [start, end] = p.mentions[k]!;
      const m = /^ ([\u0621-\u064A\u064B-\u0652]+)([\s\S]{0,40})/.exec(text.slice(end));
      if (!m) continue;
      const word = m[1]!;
      const norm = normalize(word);
      // What follows closes the subject: a comma or colon, «أن/إن», or the channel spoken to ("لـ«القدس العربي»").
      const rest = m[2]!;
      const next = /^ ([^\s،,:«"“]+)/.exec(rest)?.[1] ?? '';
      const closes = /^\s*[،,:]/.test(rest) || (next && (isComplementizer(normalize(next)) || channelLength([normalize(next.replace(/ـ/g, ''))], 0) > 0 || /^لـ/.test(next)));
      if (!closes || !familyNameShaped(norm)) continue;
      p.name_ar = `${p.name_ar} ${word}`;
      p.name_en = nameToEnglish(p.name_ar);
      p.mentions[k] = [start, end + 1 + word.length];
      break;
    }
  }
}
