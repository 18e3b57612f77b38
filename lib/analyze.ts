import { findDelegations } from './delegations';
import { findNamedPeople } from './officials';
import type { Respell, Restyle } from './officials/classify';
import { sideSeats } from './officials/side-seat';
import { nameHeadsOfStateCountries } from './officials/head-of-state';
import { findQuotes } from './quotes';
import { unnamedSources } from './people/unnamed';
import { dropOrdinaryNamedPeople } from './people/ordinary-name';
import { splitDescribedNames } from './people/described-name';
import { promoteOfficeHolders, promoteStaff } from './people/office';
import { completeCutNames } from './people/surname';
import { listedOfficials, listedStaff } from './people/lists';
import { spellBySide } from './people/side-country';
import { linkFamilyNameSpeakers } from './people/surname-speaker';
import { nameWrittenSpeakers } from './quotes/named-speaker';
import { resolveLateSpeakers } from './quotes/late-speakers';
import { withAbbreviatedStylesOpen } from './arabic/abbreviations';
import type { Analysis, AnalyzeOptions, Delegation, Official, Person, Quote } from './types';

/** A person in the shape the quotes layer reads speakers in: the description stands where an official's role does. */
function asSpeaker(p: Person): Official {
  return { id: p.id, name_ar: p.name_ar, name_en: p.name_en, role_ar: p.description_ar, role_en: p.description_en, country: p.country, mentions: p.mentions, evidence: p.name_ar, known: false };
}

/**
 * The quotes' words as the page writes them («د.», not the «د » the layers read): the opened text has the original's
 * length, so a string found in it stands at the same place in the original.
 */
function asWritten(quotes: Quote[], text: string, original: string): void {
  const written = (s: string | null) => {
    const at = s ? text.indexOf(s) : -1;
    return at < 0 ? s : original.slice(at, at + s!.length);
  };
  for (const q of quotes) {
    q.text = written(q.text)!;
    q.speaker_ar = written(q.speaker_ar);
  }
}

/**
 * An office rendered before its holder's state was known takes that state's style once a side or a seat places him
 * (a Kenyan minister listed with no country in a Riyadh story, Kenya's side: her Ministry of Trade; the Algerian
 * presidency's «مدير ديوان» in APS's story: its Director of Cabinet) — unless a later layer rewrote the office.
 */
function restyleLatePlaced(restyles: Map<Official, Restyle>): void {
  for (const [o, r] of restyles) if (o.country && o.role_en === r.as) o.role_en = r.in(o.country) ?? o.role_en;
}

/**
 * A name spelt before its holder's state was known is spelt as that state's press spells it once a side or a seat places
 * him, where it is an Arab name and the state's press spells Arab names, as the office hint of nameToEnglish does: the
 * Moroccan «كاتب الدولة» «خالد الصمدي» in Hespress's story is Khalid Samadi, not the Gulf's Khaled Al-Samadi; Tunis's
 * candidate «كمال إيدير» Kamel Idir — unless a later layer rewrote the name (a side's spelling, see spellBySide).
 */
function respellLatePlaced(respells: Map<Official, Respell>, delegations: Delegation[], quotes: Quote[]): void {
  for (const [o, r] of respells) {
    const name_en = o.country && o.name_en === r.as ? r.in(o.country) : null;
    if (!name_en || name_en === o.name_en) continue;
    for (const q of quotes) if (q.speaker_id === o.id && q.speaker_en === o.name_en) q.speaker_en = name_en;
    for (const d of delegations) for (const m of d.members) if (m.official_id === o.id) m.name_en = name_en;
    o.name_en = name_en;
  }
}

/** The one entry point of the engine: article text in, who-is-who out. Pure and DOM-free. */
export function analyze(original: string, options: AnalyzeOptions = {}): Analysis {
  // (The layers read the text with «د.» open; the article keeps the text as written, of the same length.)
  const text = withAbbreviatedStylesOpen(original);
  const { officials, people, seats, restyles, respells } = findNamedPeople(text, options.personalDictionary ?? []);
  completeCutNames(text, people);
  dropOrdinaryNamedPeople(people);
  // People speak too: the quotes layer resolves speakers among officials and people alike (ids o… and p…).
  const readFirst = new Set([...officials, ...people].map((o) => o.name_ar));
  const quotes = findQuotes(text, [...officials, ...people.map(asSpeaker)]);
  people.push(...unnamedSources(quotes, people.length + 1));
  splitDescribedNames(text, people, quotes);
  promoteOfficeHolders({ officials, people, quotes });
  promoteStaff({ officials, people, quotes }, listedStaff(text, officials, people));
  officials.push(...listedOfficials(text, officials, people));
  linkFamilyNameSpeakers(officials, quotes, text);
  nameWrittenSpeakers(quotes);
  const delegations = findDelegations(text, officials);
  spellBySide(officials, delegations, quotes);
  // (Shown, not read: the other layers place officials only by what the article says.)
  nameHeadsOfStateCountries(officials);
  // (A side's state before the story's: a guest's delegation in the agency's story of its own state.)
  for (const [o, country] of sideSeats(officials, delegations, text)) o.country ??= country;
  for (const [o, country] of seats) o.country ??= country;
  // (The speakers once more, now that every official is found and placed.)
  resolveLateSpeakers(text, quotes, [...officials, ...people.map(asSpeaker)], readFirst);
  restyleLatePlaced(restyles);
  respellLatePlaced(respells, delegations, quotes);
  if (text !== original) asWritten(quotes, text, original);
  return { article: { title: options.title ?? null, text: original }, officials, people, quotes, delegations };
}
