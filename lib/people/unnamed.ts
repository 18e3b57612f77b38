/**
 * Speakers who are people but not found as named people with a description: a person named with no title
 * ("وقال مارفين هير إن") and unnamed speakers: "مصدر مطلع", "متحدث باسم الخارجية الأمريكية", "مسؤولان أميركيان" say things too. Each
 * source the quotes layer found becomes a person with no name (its English description stands for one), the places
 * the text names it as mentions, and its quotes linked to it. Institutions and capitals stay speakers only.
 */
import { normalize } from '../arabic/normalize';
import { matchNationality } from '../vocab/nationalities';
import { unnameOrdinarySpeaker } from './ordinary-name';
import type { Person, Quote } from '../types';

const bare = (w: string) => w.replace(/^و(?=ال)/, '').replace(/^ال/, '');
const isBareDefinite = (key: string) => !key.includes(' ') && /^(و)?ال/.test(key);
const sameHead = (full: string, head: string) => bare(full.split(' ')[0]!) === bare(head);

export function unnamedSources(quotes: Quote[], firstId: number): Person[] {
  const people: Person[] = [];
  const byText = new Map<string, Person>();
  for (let k = quotes.length - 1; k >= 0; k--) if (!quotes[k]!.speaker_id && !unnameOrdinarySpeaker(quotes[k]!)) quotes.splice(k, 1);
  for (const q of quotes) {
    if (q.speaker_id || (q.speaker_kind !== 'source' && q.speaker_kind !== 'person') || !q.speaker_ar) continue;
    const key = normalize(q.speaker_ar);
    // "وأضافت المصادر": the definite head alone refers back to the last source of that head.
    let p = byText.get(key) ?? (isBareDefinite(key) ? [...people].reverse().find((x) => sameHead(normalize(x.name_ar), key)) : undefined);
    if (p && p.name_ar !== q.speaker_ar) { q.speaker_ar = p.name_ar; q.speaker_en = p.name_en; }
    const isNew = !p;
    if (!p) {
      const words = key.split(' ');
      const at = words.findIndex((_, k) => k > 0 && matchNationality(words, k));
      const nat = at > 0 ? matchNationality(words, at) : null;
      const en = q.speaker_en ?? q.speaker_ar;
      const named = q.speaker_kind === 'person';
      p = {
        id: `p${firstId + people.length}`, name_ar: q.speaker_ar, name_en: en, named,
        description_ar: named ? null : q.speaker_ar, description_en: named ? null : en, country: nat?.country ?? null, mentions: [],
      };
    }
    // A named person: what the text says they are ("المحلل السياسي" → "Political Analyst"), where it says it.
    if (p.named && !p.description_ar && q.speaker_description_ar) {
      p.description_ar = q.speaker_description_ar;
      p.description_en = q.speaker_description_en ?? null;
    }
    if (isNew) {
      people.push(p);
      byText.set(key, p);
    }
    if (q.speaker_span && !p.mentions.some(([s]) => s === q.speaker_span![0])) p.mentions.push(q.speaker_span);
    q.speaker_id = p.id;
  }
  for (const p of people) p.mentions.sort((a, b) => a[0] - b[0]);
  return people;
}
