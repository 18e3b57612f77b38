/**
 * A member of a meeting's side is of that side's country where the article gives him none: «وحضر اللقاء من الجانب
 * الجزائري … كمال رزيق» makes Kamel Rezig Algerian, and his name is spelt as Algeria's press spells it (not Kamal
 * Ruzaiq, the Egyptian host's reading). Only the name's spelling follows: the side may be misread, and an official's
 * own country stays what his title tells.
 * (Not a name of other letters on an Arab state's side: a foreign guest seated there by a misread list, Rodrigo Araya
 * among Qatar's hosts, keeps his own spelling. Nor on Indonesia's or Malaysia's: their officials' Arabic given names,
 * Siti and Fadli, are misread by the Malay letter rules, which fit only the names no list knows.)
 * (A side named by no country, «وفد حكومة طالبان» or a party's delegation, is of the one country its other members'
 * titles give, when two of them give it and none another: the Taliban's acting ministers are Afghanistan's; or, none
 * giving one, of the country whose province or capital the side's name holds: a Darfur movement's delegation is Sudan's.)
 */
import { nameToEnglish, readsArabic } from '../english/names';
import { isArabicScript, originOf } from '../english/origin';
import type { Delegation, Official, Quote } from '../types';
import { capitals, provinceCountries } from '../vocab/titles';

export function spellBySide(officials: Official[], delegations: Delegation[], quotes: Quote[]): void {
  const byId = new Map(officials.map((o) => [o.id, o]));
  for (const d of delegations) {
    const country = d.country ?? membersCountry(d, byId) ?? placeCountry(d.side_en);
    const origin = originOf(country);
    if (!origin || origin === 'indoMalay') continue;
    for (const m of d.members) {
      const o = m.official_id ? byId.get(m.official_id) : undefined;
      if (!o || o.known || o.country) continue;
      if (isArabicScript(origin) && !readsArabic(o.name_ar)) continue;
      const name_en = nameToEnglish(o.name_ar, { country });
      if (!name_en || name_en === o.name_en) continue;
      for (const q of quotes) if (q.speaker_id === o.id && q.speaker_en === o.name_en) q.speaker_en = name_en;
      for (const other of delegations) for (const n of other.members) if (n.official_id === o.id) n.name_en = name_en;
      o.name_en = name_en;
    }
  }
}

/** The one country at least two of a side's members hold office in, none of its members holding office in another. */
function membersCountry(d: Delegation, byId: Map<string, Official>): string | null {
  const countries = d.members.map((m) => (m.official_id ? byId.get(m.official_id)?.country : null)).filter((c): c is string => !!c);
  return countries.length >= 2 && countries.every((c) => c === countries[0]) ? countries[0]! : null;
}

/** The country of a province or capital the side's English name holds (one to three words), if any. */
function placeCountry(sideEn: string): string | null {
  const words = sideEn.split(/[\s,()]+/).filter(Boolean).map((w) => w.replace(/'s$/, ''));
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const place = words.slice(i, i + n).join(' ');
      const country = provinceCountries.get(place) ?? capitals.get(place);
      if (country) return country;
    }
  }
  return null;
}
