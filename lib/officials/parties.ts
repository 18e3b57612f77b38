/**
 * The own name of a party, movement or bloc after its noun in the construct: "حزب الأمة القومي" → "National Umma",
 * "حزب العدالة والتنمية" → "Justice and Development", "حزب اتحاد قوى التقدم" → "Union of Forces of Progress",
 * "حزب الاتحاد من أجل الجمهورية" → "Union for Republic", «كتلة "الوفاء للمقاومة"» → "Loyalty for Resistance".
 * Every word must be in the vocabularies (party nouns, adjectives, nationalities); otherwise there is no name.
 */
import { adjectives, partyNouns } from '../vocab/titles';
import { countryNameEn } from '../english/countries';
import { matchCountryName, matchNationality } from './lookups';
import type { Word } from './words';

const OPENS = /^["«“]$/;
const CLOSES = /^["»”]/;
const MAX_WORDS = 5;

interface Segment { nouns: string[]; adjectives: string[]; link: string; country?: string }

export function readPartyName(words: Word[], norms: string[], k: number): { en: string; end: number; ownNoun?: boolean } | null {
  const first = words[k];
  if (!first) return null;
  const quoted = OPENS.test(first.punctBefore ?? '');
  if (first.punctBefore && !quoted) return null;
  const segments: Segment[] = [{ nouns: [], adjectives: [], link: '' }];
  let j = k;
  let construct = !norms[k]!.startsWith('ال');
  while (j < words.length && j - k < MAX_WORDS) {
    if (j > k && words[j]!.punctBefore) break;
    const w = norms[j]!;
    const seg = segments[segments.length - 1]!;
    // "من أجل الجمهورية": the party is for something.
    if (w === 'من' && norms[j + 1] === 'اجل' && seg.nouns.length && !words[j + 1]!.punctBefore) {
      segments.push({ nouns: [], adjectives: [], link: 'for' });
      j += 2;
      continue;
    }
    const nat = w.startsWith('ال') && seg.nouns.length ? matchNationality(norms, j) : null;
    if (nat) { seg.adjectives.push(nat.adjective_en); j += nat.length; continue; }
    const adjective = seg.nouns.length ? adjectives.get(w) : undefined;
    if (adjective) { seg.adjectives.push(adjective); j++; continue; }
    // «حزب مؤتمر ملاوي», «حزب شعب باكستان»: a country in the construct after a party noun comes first in English (the
    // Malawi Congress Party).
    const country = construct && seg.nouns.length && !seg.country ? matchCountryName(norms, j) : null;
    if (country) { seg.country = countryNameEn(country.country); construct = false; j += country.length; continue; }
    // («مؤتمر», «شعب»: a party noun in the construct, without its article, is the same noun.)
    const noun = partyNouns.get(w) ?? (construct && !w.startsWith('ال') ? partyNouns.get('ال' + w) : undefined);
    // A noun after a definite one starts an "and" only with و; after an indefinite one it is its genitive.
    if (noun && (!seg.nouns.length || construct)) {
      seg.nouns.push(noun);
      construct = !w.startsWith('ال');
      j++;
      continue;
    }
    const joined = /^و/.test(w) ? partyNouns.get(w.slice(1)) : undefined;
    if (joined && seg.nouns.length) { segments.push({ nouns: [joined], adjectives: [], link: 'and' }); construct = !w.startsWith('وال'); j++; continue; }
    const forNoun = /^لل/.test(w) ? partyNouns.get('ال' + w.slice(2)) : undefined;
    if (forNoun && seg.nouns.length) { segments.push({ nouns: [forNoun], adjectives: [], link: 'for' }); construct = false; j++; continue; }
    break;
  }
  if (!segments[0]!.nouns.length || segments.some((s) => !s.nouns.length)) return null;
  // A quoted name must be read whole.
  if (quoted && !(j < words.length && CLOSES.test(words[j]!.punctBefore ?? '')) && j < words.length) return null;
  const en = segments.map((s) => `${s.link ? s.link + ' ' : ''}${s.country ? s.country + ' ' : ''}${[...s.adjectives].reverse().join(' ')} ${s.nouns.join(' of ')}`.replace(/\s+/g, ' ').trim()).join(' ');
  // «حزب جبهة التحرير الوطني», «حزب اتحاد قوى التقدم», «حزب الاتحاد من أجل الجمهورية»: a name headed by a body noun of
  // its own (a front, a rally, an alliance; a union or a movement of or for something) is the party's whole English name
  // (the National Liberation Front, the Union of Forces of Progress); «حزب الاتحاد الديمقراطي» stays the Democratic
  // Union Party.
  const head = segments[0]!.nouns[0]!;
  const ownNoun = OWN_NOUNS.test(head) || (UNION_NOUNS.test(head) && (segments.length > 1 || segments[0]!.nouns.length > 1));
  return { en, end: j, ownNoun };
}

const OWN_NOUNS = /^(Front|Rally|Alliance|Coalition)$/;
const UNION_NOUNS = /^(Union|Movement)$/;
