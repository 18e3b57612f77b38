/**
 * A speaker the quotes layer named with the words before the name ("رئيسة بعثة الأمم المتحدة في الكونغو … ليلى
 * زروقي"، "السيناتورة X") where the officials layer found no one: when those words are an office, the person is an
 * official, with that role and the country the title names.
 */
import { countryName } from '../english/roles';
import { parseTitle } from '../officials/titles';
import { holdsOffice, isPrivateActorsRole, isPrivateCompanyRole, ofResearchBody, researchCentreEnd } from '../officials/classify';
import { toWords } from '../officials/words';
import { normalize } from '../arabic/normalize';
import { nameToEnglish } from '../english/names';
import { officeState } from '../officials/office-state';
import { holdsClauseWord } from './evidence';
import type { Analysis, Official, Person, Quote } from '../types';


/** The title a description states, when it is an office (not "analyst", not a body of civil society). */
function officeOf(description: string, name = ''): ReturnType<typeof parseTitle> {
  const words = toWords(description);
  const t = words.length ? parseTitle(words, 0, countryName) : null;
  return t && holdsOffice(t) && !t.roles.some(ofResearchBody) && researchCentreEnd(words.map((w) => w.norm), words, t) === null && !isPrivateCompanyRole(description) && !isPrivateActorsRole(`${description} ${name}`) ? t : null;
}

/** The official a named speaker already is ("العقيد الركن تركي المالكي" is تركي المالكي): the same name, or one ending the other. */
function sameOfficial(officials: Official[], p: Person): Official | null {
  const name = normalize(p.name_ar);
  return officials.find((o) => {
    const n = normalize(o.name_ar);
    return n === name || (n.includes(' ') && name.endsWith(' ' + n)) || (name.includes(' ') && (n.endsWith(' ' + name) || n.startsWith(name + ' ')));
  }) ?? null;
}

function giveQuotes(quotes: Quote[], from: Person, to: Official): void {
  for (const q of quotes) {
    if (q.speaker_id !== from.id) continue;
    Object.assign(q, { speaker_id: to.id, speaker_ar: to.name_ar, speaker_en: to.name_en, speaker_kind: null, speaker_span: null, speaker_description_ar: null, speaker_description_en: null });
  }
}

/**
 * Named people who are officials after all: one the officials layer found under the same name gets their quotes;
 * one whose description is an office becomes an official, their quotes with them.
 */
export function promoteOfficeHolders(a: Pick<Analysis, 'officials' | 'people' | 'quotes'>): void {
  const keep: Person[] = [];
  const home = homeOf(a.officials);
  for (const p of a.people) {
    const same = p.named ? sameOfficial(a.officials, p) : null;
    if (same) { giveQuotes(a.quotes, p, same); continue; }
    // (A one-word name is too little to make an official of; a name holding a word of a clause is none, see isClauseWord.)
    const t = p.named && p.description_ar && p.name_ar.includes(' ') && !holdsClauseWord(p.name_ar) ? officeOf(p.description_ar, p.name_ar) : null;
    if (!t) { keep.push(p); continue; }
    const country = p.country ?? t.country ?? null;
    promote(a, p, country, home, country ? null : officeState(t, home));
  }
  a.people.splice(0, a.people.length, ...keep);
}

/** People the list reader found on a delegation's staff (people/lists: listedStaff): officials, their description the role. */
export function promoteStaff(a: Pick<Analysis, 'officials' | 'people' | 'quotes'>, ids: ReadonlySet<string>): void {
  if (!ids.size) return;
  const home = homeOf(a.officials);
  for (const p of a.people) if (ids.has(p.id)) promote(a, p, p.country, home);
  a.people.splice(0, a.people.length, ...a.people.filter((p) => !ids.has(p.id)));
}

/** A person made an official, their quotes with them. */
function promote(a: Pick<Analysis, 'officials' | 'quotes'>, p: Person, country: string | null, home: string | null, office: string | null = null): void {
  // (Spelt as the officials layer spells its own: by the holder's country, else the state of an office the title
  // places nowhere else, else the article's.)
  const official: Official = {
    id: `o${a.officials.length + 1}`, name_ar: p.name_ar, name_en: nameToEnglish(p.name_ar, { country, home, office }), role_ar: p.description_ar, role_en: p.description_en,
    country, mentions: p.mentions, evidence: `${p.description_ar} ${p.name_ar}`, known: false,
  };
  a.officials.push(official);
  giveQuotes(a.quotes, p, official);
}

/** The country most of the officials hold office in (a strict majority of those with one), if any. */
function homeOf(officials: Official[]): string | null {
  const counts = new Map<string, number>();
  for (const o of officials) if (o.country) counts.set(o.country, (counts.get(o.country) ?? 0) + 1);
  const all = [...counts.values()].reduce((x, y) => x + y, 0);
  const [best, n] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [null, 0];
  return best && n * 2 > all ? best : null;
}
