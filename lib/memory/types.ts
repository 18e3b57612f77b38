/**
 * What the reading memory keeps of one analysed article (opt-in, in the browser's IndexedDB, never sent anywhere):
 * its title, address, site and the date it was read, the people in it with their English names, roles and
 * countries, and the quotes by speaker. Not the article's text.
 */
export interface RememberedArticle {
  /** The page's address without its #fragment and utm_* tracking parameters; the record's key. */
  url: string;
  title: string | null;
  /** Host name without "www.". */
  site: string;
  /** When the reader read (analysed) it, ms since the epoch. */
  readAt: number;
  people: RememberedPerson[];
  quotes: RememberedQuote[];
  /** The keys of `people` that name someone (for the person index); unnamed sources have none. */
  personKeys: string[];
}

export interface RememberedPerson {
  /** Who this is across articles (see `personKey`), or null for an unnamed source ("a diplomatic source"). */
  key: string | null;
  kind: 'official' | 'person';
  name_en: string;
  name_ar: string;
  /** An official's role, or what the article says a person is ("political analyst"). */
  role_en: string | null;
  role_ar: string | null;
  country: string | null;
  mentions: number;
}

export interface RememberedQuote {
  /** The speaker's person key, or null (an institution, an unnamed source, an unknown speaker). */
  speakerKey: string | null;
  speaker_en: string | null;
  speaker_ar: string | null;
  text: string;
  kind: 'direct' | 'indirect';
}

/** What the card says of a person the reader met before: "also in 3 articles you read", with the roles there. */
export interface MemoryNote {
  count: number;
  /** Most recent first, at most a few. */
  seen: { title: string | null; site: string; url: string; readAt: number; role_en: string | null }[];
}
