/**
 * The country a story is about, from its words: its name («زيمبابوي», «بكينيا»), its people's nationality
 * («البوليفي», «الكينية») and its capitals and provinces («هراري», «بيروت», «لاباز»). A name whose bearer the article
 * gives no country is spelt as that country's press spells it (Energy Mutodi in a story of Zimbabwe, Chamel Roukoz in
 * one of Lebanon), when the article's officials do not already tell (see homeCountry in the officials layer).
 */
import { withoutParticles } from '../arabic/clitics';
import { matchCountryName, matchNationality, mayStartCountry, mayStartNationality } from '../vocab/nationalities';
import { capitals, places, provinceCountries } from '../vocab/titles';
import { bareAmmanIsJordan, isBareAmman } from './amman';

/** Bodies the nationality list names that are no country a person's name could be spelt by. */
const NOT_A_HOME = new Set(['UN', 'EU', 'SU']);

/**
 * The country named most often in the words, counting a country's name, its nationality adjective and its capital or
 * provinces alike; null unless it is named at least twice and twice as often as any other (a story of a summit or of a region's
 * affairs names several, and its people's names follow no one country's press).
 */
// A word's forms without particles (each once) that may start a country's name or nationality, and those that may
// start a place's name, by word (shared across analyses; cleared when large). Most words have neither: one lookup
// per word instead of several per form.
interface StartingForms { country: readonly string[]; place: readonly string[] }
const startingForms = new Map<string, StartingForms>();
const NONE: StartingForms = { country: [], place: [] };

function startingFormsOf(w: string): StartingForms {
  let f = startingForms.get(w);
  if (!f) {
    const forms = [...new Set([w, ...withoutParticles(w)])];
    const country = forms.filter((form) => mayStartCountry(form) || mayStartNationality(form));
    const place = forms.filter((form) => places.has(form));
    f = country.length || place.length ? { country, place } : NONE;
    if (startingForms.size > 50_000) startingForms.clear();
    startingForms.set(w, f);
  }
  return f;
}

export function storyCountry(norms: readonly string[]): string | null {
  const ranked = countryMentions(norms);
  const [best, second] = ranked;
  return best && best[1] >= 2 && (!second || best[1] >= 2 * second[1]) ? best[0] : null;
}

/**
 * Counted once per words array: the officials layer asks of the article's words up to four times (the story's country
 * twice, a hosted country, strangers to the story), and no caller changes the words it asks of.
 */
const mentionsOf = new WeakMap<readonly string[], readonly (readonly [string, number])[]>();

/** The countries the words name (by name, nationality, capital or province), most named first, with their counts. */
export function countryMentions(norms: readonly string[]): readonly (readonly [string, number])[] {
  let mentions = mentionsOf.get(norms);
  if (!mentions) {
    mentions = countMentions(norms);
    mentionsOf.set(norms, mentions);
  }
  return mentions;
}

function countMentions(norms: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  const add = (code: string | undefined | null) => {
    if (code && !NOT_A_HOME.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  };
  for (let i = 0; i < norms.length; i++) {
    const starting = startingFormsOf(norms[i]!);
    if (starting === NONE) continue;
    let found: { country: string; length: number } | null = null;
    for (const form of starting.country) {
      const one = [form, ...norms.slice(i + 1, i + 4)];
      found = matchCountryName(one, 0) ?? matchNationality(one, 0);
      if (found) break;
    }
    if (found) {
      // (Bare «عمان» in a story of Jordan is its capital, Amman: see ./amman.)
      add(found.country === 'OM' && isBareAmman(norms, i) && bareAmmanIsJordan(norms) ? 'JO' : found.country);
      i += found.length - 1;
      continue;
    }
    let place: { value: string; length: number } | null = null;
    for (const form of starting.place) if ((place = places.match(form, norms, i))) break;
    if (place) {
      add(capitals.get(place.value) ?? provinceCountries.get(place.value));
      i += place.length - 1;
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
