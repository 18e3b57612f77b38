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

export type QuoteKind = 'direct' | 'indirect';

export interface Quote {
  id: string;
  text: string;
  kind: QuoteKind;
  speaker_ar: string | null;
  speaker_en: string | null;
  /** The official who said it, when the speaker is one. */
  speaker_id: string | null;
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
