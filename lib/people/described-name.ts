/**
 * A person's name read with the noun that says what they are before it: «قال تاجر العملة محمد آدم» is the currency
 * trader Mohammed Adam, «اللواء طيار متقاعد حسين حمدى» the retired Hussein Hamdi. A noun of an ordinary person or of
 * kinship (the speakers vocabulary: trader, retiree, farmer, neighbour, brother), with no article and no standing as a
 * name word (مالك، فلاح، صديق، خطيب، «أم» of a kunya are names: the name lists and the gazetteer say so), and the
 * definite words of its complement («العملة»), stand before a name of two words or more that opens with a name word:
 * they are the person's description, never words of the name.
 */
import { normalize } from '../arabic/normalize';
import { nameToEnglish } from '../english/names';
import { roleToEnglish } from '../english/roles';
import { isNameWord } from '../officials/lookups';
import { isKinshipNoun, ordinaryPersonAt } from '../vocab/speakers';
import { isOrdinaryWord } from './evidence';
import type { Person, Quote, Span } from '../types';

/** Definite words of the noun's complement it may take before the name («تاجر العملة», «سائق سيارة الأجرة»). */
const MAX_COMPLEMENT = 2;
const NAME_MIN = 2;

/** The English of the noun that opens `norms`, when it is an ordinary person's or kin's that no name word is. */
function describingNoun(norms: readonly string[]): { length: number; en: string | null } | null {
  const first = norms[0] ?? '';
  if (!isOrdinaryWord(first)) return null;
  const op = ordinaryPersonAt(norms, 0);
  if (op) return { length: op.length, en: op.en };
  return isKinshipNoun(first) ? { length: 1, en: null } : null;
}

/**
 * How many of the name's leading words describe the person («تاجر العملة محمد آدم» → 2), or 0 where the name opens
 * with no describing noun or what follows it is no name of two words that opens with a name word.
 */
export function describedLength(norms: readonly string[]): number {
  const noun = describingNoun(norms);
  if (!noun) return 0;
  let k = noun.length;
  while (k < norms.length && k - noun.length < MAX_COMPLEMENT && /^ال.{3,}/.test(norms[k]!) && isOrdinaryWord(norms[k]!)) k++;
  const rest = norms.slice(k);
  return rest.length >= NAME_MIN && isNameWord(rest[0]!) ? k : 0;
}

/** A mention's span moved past the description where the text writes it there. */
function trimMention(text: string, span: Span, rest: string): Span {
  const at = text.slice(span[0], span[1]).indexOf(rest);
  return at > 0 ? [span[0] + at, span[1]] : span;
}

/** People whose name opens with their description: the name without it, the description theirs where they had none. */
export function splitDescribedNames(text: string, people: Person[], quotes: Quote[]): void {
  for (const p of people) {
    if (!p.named) continue;
    const written = p.name_ar.trim().split(/\s+/);
    const norms = written.map(normalize);
    const k = describedLength(norms);
    if (!k) continue;
    const description = written.slice(0, k).join(' ');
    const name = written.slice(k).join(' ');
    const en = nameToEnglish(name);
    for (const q of quotes) {
      if (q.speaker_id !== p.id) continue;
      q.speaker_ar = name;
      q.speaker_en = en;
      if (q.speaker_span) q.speaker_span = trimMention(text, q.speaker_span, name);
    }
    if (!p.description_ar) {
      p.description_ar = description;
      p.description_en = roleToEnglish(description) ?? describingNoun(norms)?.en ?? null;
    }
    p.name_ar = name;
    p.name_en = en;
    p.mentions = p.mentions.map((m) => trimMention(text, m, name));
  }
}
