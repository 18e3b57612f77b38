import { browser } from 'wxt/browser';
import type { Analysis } from '../types';
import { isSiteEnabled, type Settings } from './settings';
import { MemoryStore } from '../memory/store';
import { articleUrl, rememberedArticle } from '../memory/record';
import type { MemoryNote } from '../memory/types';

/** Content script → background, for the card: what the memory knows of a person, and a flag's SVG. */
export type CompanionRequest =
  | { type: 'memory-note'; key: string; url: string }
  | { type: 'flag'; code: string };

export function isCompanionRequest(msg: unknown): msg is CompanionRequest {
  const t = (msg as { type?: unknown } | null)?.type;
  return t === 'memory-note' || t === 'flag';
}

export interface CompanionDeps {
  settings: () => Promise<Settings>;
  /** The memory store (opened once, when first needed: never while the memory is off). */
  openStore?: () => Promise<MemoryStore>;
  /** A flag file of the package as text, or null. */
  readFlag: (code: string) => Promise<string | null>;
  now?: () => number;
}

/**
 * The background's side of the reading companion: records analyses in the memory when the reader turned it on
 * (never on a site that is switched off), and answers the card's look-ups. Nothing leaves the browser.
 */
export function createCompanion(deps: CompanionDeps) {
  let store: Promise<MemoryStore> | null = null;
  const open = async (): Promise<MemoryStore> => {
    const current = await store?.catch(() => null);
    if (current && !current.closed) return current;
    store = (deps.openStore ?? (() => MemoryStore.open()))();
    store.catch(() => (store = null));
    return store;
  };
  const flags = new Map<string, Promise<string | null>>();

  return {
    /** After an analysis of the page at `url` (its first part, then the whole: the same address is replaced). */
    async remember(analysis: Analysis, page: { url: string | undefined; host: string; title: string | null }): Promise<boolean> {
      const settings = await deps.settings();
      if (!settings.memory.enabled || !page.url || !isSiteEnabled(settings, page.host) || !/^https?:/.test(page.url)) return false;
      if (!analysis.officials.length && !(analysis.people ?? []).length) return false;
      const record = rememberedArticle(analysis, { url: page.url, title: page.title, readAt: (deps.now ?? Date.now)() });
      await (await open()).put(record, settings.memory.maxArticles);
      return true;
    },

    async handle(msg: CompanionRequest): Promise<MemoryNote | { svg: string | null } | null> {
      if (msg.type === 'flag') {
        const code = msg.code.toLowerCase();
        if (!/^[a-z]{2}$/.test(code)) return { svg: null };
        if (!flags.has(code)) flags.set(code, deps.readFlag(code).catch(() => null));
        return { svg: await flags.get(code)! };
      }
      const settings = await deps.settings();
      if (!settings.memory.enabled) return null;
      return (await open()).note(msg.key, msg.url ? articleUrl(msg.url) : null);
    },
  };
}

/** A flag SVG shipped in the package (`flags/xx.svg`, see scripts/flags.ts), read by the background. */
export async function readPackagedFlag(code: string): Promise<string | null> {
  const res = await fetch(browser.runtime.getURL(`/flags/${code}.svg` as '/'));
  return res.ok ? res.text() : null;
}
