/**
 * The analysis of one article. Mirrors the JSON contract of ../shared/eval/README.md;
 * fields beyond the contract (ids, evidence) are for the extension's UI and are ignored by the scorer.
 * All offsets are UTF-16 indices into `article.text`, end exclusive.
 */
export type Span = [start: number, end: number];

export interface ArticleText {
  title: string | null;
  /** The article body the analyzer found, boilerplate left out; paragraphs separated by "\n\n". */
  text: string;
}

export interface Official {
  /** Stable within one analysis: "o1", "o2", … in order of first mention. */
  id: string;
  /** The fullest Arabic form of the name found in the article. */
  name_ar: string;
  name_en: string;
  /** The role as the article states it (the title words), or null. */
  role_ar: string | null;
  role_en: string | null;
  /** ISO 3166-1 alpha-2, or null (international officials, unknown). */
  country: string | null;
  /** Every mention, short forms ("بوتين", "الرئيس الروسي") included, in text order. */
  mentions: Span[];
  /** The Arabic span the official was recognised from (title + name), so a reader can see why. */
  evidence: string;
  /** True when the person is in the gazetteer or the user's dictionary. */
  known: boolean;
}

/**
 * A person the article quotes or names who is not an official: an analyst, a relative, a witness, a journalist,
 * or an unnamed source described by what the article says of it ("a source close to the talks").
 */
export interface Person {
  /** Stable within one analysis: "p1", "p2", … in order of first mention. */
  id: string;
  /** The Arabic name, or the Arabic description for an unnamed speaker ("مصدر دبلوماسي"). */
  name_ar: string;
  /** The English name, or for an unnamed speaker the English description ("a diplomatic source"). */
  name_en: string;
  /** True when the article gives a personal name. */
  named: boolean;
  /** What the article says the person is, in Arabic and English ("محلل سياسي" → "political analyst"), or null. */
  description_ar: string | null;
  description_en: string | null;
  country: string | null;
  mentions: Span[];
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote {
  id: string;
  text: string;
  kind: QuoteKind;
  speaker_ar: string | null;
  speaker_en: string | null;
  /** The official ("o3") or other person ("p2") who said it, when the speaker is one. */
  speaker_id: string | null;
  /** Others who said it together with the speaker ("وقال X ونظيره Y"): officials' ids. */
  co_speaker_ids?: string[];
  /** An institution, an unnamed source, a capital, or a person named with no description (before people are linked). */
  speaker_kind?: 'institution' | 'source' | 'capital' | 'person' | null;
  /** Where the text names an institution or source speaker (offsets), when it does. */
  speaker_span?: Span | null;
  /** What the text says a person with no office is, as written before their name ("المحلل السياسي"), when it does. */
  speaker_description_ar?: string | null;
  speaker_description_en?: string | null;
  start: number;
  end: number;
}

export interface DelegationMember {
  official_id: string | null;
  name_ar: string;
  name_en: string;
  role_en: string | null;
  role_ar: string | null;
  head: boolean;
}

export interface Delegation {
  side_ar: string;
  side_en: string;
  /** ISO country code of the side, or null for an organisation / unknown. */
  country: string | null;
  members: DelegationMember[];
}

export interface Analysis {
  article: ArticleText;
  officials: Official[];
  /** People who are not officials (see Person); officials are never repeated here. */
  people: Person[];
  quotes: Quote[];
  delegations: Delegation[];
}

/** An entry of the user's personal dictionary; it takes precedence over built-in data. */
export interface PersonalEntry {
  name_ar: string;
  name_en: string;
  role_en?: string;
  country?: string | null;
}

export interface AnalyzeOptions {
  title?: string | null;
  personalDictionary?: PersonalEntry[];
}
