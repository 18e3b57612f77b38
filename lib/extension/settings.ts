import type { PersonalEntry } from '../types';

/**
 * The user's settings, as kept in `storage.sync`. Versioned: every stored shape the extension ever
 * wrote is upgraded by `migrate`, one step per version, so an update never loses a user's choices.
 */
export const SETTINGS_VERSION = 2;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Highlight colours: officials, quotes, and people who are not officials (added in 0.1; absent before, so defaulted). */
  colors: { official: string; quote: string; person: string };
  /** Host names (lower case, no "www.") where the extension does nothing. */
  disabledSites: string[];
  /** Show each official's English role after the first mention, in the page. */
  showRoles: boolean;
  /** Highlights shown (the popup toggle and the keyboard shortcut flip this). */
  highlightsVisible: boolean;
  /** Arabic name → English name, role, country; takes precedence over built-in data. */
  dictionary: PersonalEntry[];
  /**
   * The reading memory (lib/memory): off until the reader turns it on; when on, each analysed article's people,
   * roles and quotes are kept in this browser, at most `maxArticles` articles (the oldest go first).
   */
  memory: { enabled: boolean; maxArticles: number };
}

export const MEMORY_LIMITS = { min: 10, max: 10_000, default: 500 } as const;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  colors: { official: '#ffd54f', quote: '#b3e5fc', person: '#c8e6c9' },
  disabledSites: [],
  showRoles: false,
  highlightsVisible: true,
  dictionary: [],
  memory: { enabled: false, maxArticles: MEMORY_LIMITS.default },
};

type Stored = Record<string, unknown>;

/** Version 1 (0.0.x): flat colour fields, "offSites"; an object with no version is version 1. */
function from1(old: Stored): Stored {
  return {
    version: 2,
    colors: {
      official: typeof old.officialColor === 'string' ? old.officialColor : DEFAULT_SETTINGS.colors.official,
      quote: typeof old.quoteColor === 'string' ? old.quoteColor : DEFAULT_SETTINGS.colors.quote,
    },
    disabledSites: Array.isArray(old.offSites) ? old.offSites : [],
    showRoles: false,
    highlightsVisible: true,
    dictionary: Array.isArray(old.dictionary) ? old.dictionary : [],
  };
}

const MIGRATIONS: Record<number, (s: Stored) => Stored> = { 1: from1 };

/** Upgrade any stored settings object to the current version, then repair every field. */
export function migrate(stored: unknown): Settings {
  if (!stored || typeof stored !== 'object') return structuredClone(DEFAULT_SETTINGS);
  let s = stored as Stored;
  let version = typeof s.version === 'number' ? s.version : 1;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return structuredClone(DEFAULT_SETTINGS);
    s = step(s);
    version = s.version as number;
  }
  return sanitize(s);
}

function sanitize(s: Stored): Settings {
  const colors = (s.colors ?? {}) as Stored;
  return {
    version: SETTINGS_VERSION,
    colors: {
      official: isColor(colors.official) ? colors.official : DEFAULT_SETTINGS.colors.official,
      quote: isColor(colors.quote) ? colors.quote : DEFAULT_SETTINGS.colors.quote,
      person: isColor(colors.person) ? colors.person : DEFAULT_SETTINGS.colors.person,
    },
    disabledSites: Array.isArray(s.disabledSites)
      ? [...new Set(s.disabledSites.filter((h): h is string => typeof h === 'string').map(siteKey).filter(Boolean))]
      : [],
    showRoles: s.showRoles === true,
    highlightsVisible: s.highlightsVisible !== false,
    dictionary: parseDictionary(s.dictionary),
    memory: parseMemory(s.memory),
  };
}

function parseMemory(value: unknown): Settings['memory'] {
  const m = (value ?? {}) as Stored;
  const n = typeof m.maxArticles === 'number' && Number.isFinite(m.maxArticles) ? Math.round(m.maxArticles) : MEMORY_LIMITS.default;
  return { enabled: m.enabled === true, maxArticles: Math.min(MEMORY_LIMITS.max, Math.max(MEMORY_LIMITS.min, n)) };
}

function isColor(v: unknown): v is string {
  return typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v);
}

/** The key a site is remembered by: lower case, no "www.". */
export function siteKey(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(siteKey(host));
}

export function setSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const key = siteKey(host);
  const others = settings.disabledSites.filter((h) => h !== key);
  return { ...settings, disabledSites: enabled ? others : [...others, key] };
}

/** Keep only well-formed dictionary entries (from storage or an imported file). */
export function parseDictionary(value: unknown): PersonalEntry[] {
  if (!Array.isArray(value)) return [];
  const out: PersonalEntry[] = [];
  for (const e of value) {
    if (!e || typeof e !== 'object') continue;
    const r = e as Stored;
    const name_ar = typeof r.name_ar === 'string' ? r.name_ar.trim() : '';
    const name_en = typeof r.name_en === 'string' ? r.name_en.trim() : '';
    if (!name_ar || !name_en) continue;
    const entry: PersonalEntry = { name_ar, name_en };
    if (typeof r.role_en === 'string' && r.role_en.trim()) entry.role_en = r.role_en.trim();
    if (typeof r.country === 'string' && /^[a-z]{2}$/i.test(r.country.trim())) entry.country = r.country.trim().toUpperCase();
    out.push(entry);
  }
  return out;
}

/** The dictionary as an exported JSON file. */
export function exportDictionary(entries: PersonalEntry[]): string {
  return JSON.stringify({ format: 'arabic-news-annotator/dictionary', version: 1, entries }, null, 2);
}

/** Read an exported file (or a bare array of entries); throws a readable error on anything else. */
export function importDictionary(json: string): PersonalEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('The file is not JSON.');
  }
  const list = Array.isArray(data) ? data : (data as Stored | null)?.entries;
  if (!Array.isArray(list)) throw new Error('The file has no list of entries.');
  return parseDictionary(list);
}

/**
 * storage.sync allows 8 KB per item, so the dictionary is stored in chunks beside the settings:
 * `settings` (without the dictionary) and `dictionary.0`, `dictionary.1`, ….
 */
const CHUNK_BYTES = 7000;

export function toStorage(settings: Settings): { items: Stored; chunkCount: number } {
  const { dictionary, ...rest } = settings;
  const items: Stored = {};
  const chunks: PersonalEntry[][] = [[]];
  let size = 0;
  for (const entry of dictionary) {
    const bytes = new TextEncoder().encode(JSON.stringify(entry)).length + 1;
    if (size + bytes > CHUNK_BYTES && chunks[chunks.length - 1]!.length) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(entry);
    size += bytes;
  }
  const used = dictionary.length ? chunks : [];
  items.settings = { ...rest, dictionaryChunks: used.length };
  used.forEach((c, i) => (items[`dictionary.${i}`] = c));
  return { items, chunkCount: used.length };
}

export function fromStorage(items: Stored): Settings {
  const stored = items.settings as Stored | undefined;
  if (!stored) return structuredClone(DEFAULT_SETTINGS);
  const count = typeof stored.dictionaryChunks === 'number' ? stored.dictionaryChunks : 0;
  const dictionary: unknown[] = Array.isArray(stored.dictionary) ? [...stored.dictionary] : [];
  for (let i = 0; i < count; i++) {
    const chunk = items[`dictionary.${i}`];
    if (Array.isArray(chunk)) dictionary.push(...chunk);
  }
  return migrate({ ...stored, dictionary });
}
