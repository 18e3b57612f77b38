/**
 * A bare family name that the gazetteer knows, in an article that never names the known person's country and never
 * writes the person's full name, is someone else or no one: a describing word («مصلحة الطفل الفضلى», «الحميات والصدر»)
 * or a brand («سنطرال دانون») that happens to be a minister's family name. News names a foreign official by the bare
 * family name only once the story has placed them (their country, their full name); the gazetteer's people are read
 * by a bare family name only then.
 */
import { normalize } from '../arabic/normalize';
import { countryMentions } from '../english/story-country';
import { heldInNews, officeRank, type KnownPerson } from '../gazetteer';

/** A head of state's or government's bare title, or of a country (not «President of the Senate of Jordan»). */
const HEAD_OF_STATE = /^(?:Pope|President|King|Queen|Emir|Sultan|Prime Minister|Crown Prince)(?: of (?!the\b)[A-Z][\w' -]*)?$/;

interface StoryTrace { countries: Set<string>; joined: string }
const traces = new WeakMap<readonly string[], StoryTrace>();

function traceOf(norms: readonly string[]): StoryTrace {
  let t = traces.get(norms);
  if (!t) {
    t = { countries: new Set(countryMentions(norms).map(([c]) => c)), joined: ` ${norms.join(' ')} ` };
    traces.set(norms, t);
  }
  return t;
}

/** The known person of a one-word match is a stranger to the story: their country is unnamed, their full name unwritten. */
export function strangerToStory(norms: readonly string[], p: KnownPerson): boolean {
  if (!p.country) return false;
  // (A head of state or government, or a holder of the high offices, of the news years is named bare anywhere: «مستشار الحريري», «الملك عبدالله».)
  if (p.roles.some((r) => (officeRank(r) <= 1 || HEAD_OF_STATE.test(r.role_en)) && heldInNews(r))) return false;
  const t = traceOf(norms);
  if (t.countries.has(p.country)) return false;
  return !p.names_ar.some((n) => {
    const full = normalize(n);
    return full.includes(' ') && t.joined.includes(` ${full} `);
  });
}
