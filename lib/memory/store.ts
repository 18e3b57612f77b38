import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { MemoryNote, RememberedArticle } from './types';
import { personKeysOf } from './record';

export const MEMORY_DB = 'ana-memory';

/** The store's layout version; each version has one upgrade step below, run in order from what is on disk. */
export const MEMORY_DB_VERSION = 2;

interface MemorySchema extends DBSchema {
  articles: {
    key: string;
    value: RememberedArticle;
    indexes: { readAt: number; person: string };
  };
}

type UpgradeTx = IDBPTransaction<MemorySchema, StoreNames<MemorySchema>[], 'versionchange'>;

/**
 * One step per version. Version 1 kept articles by address and by reading date; version 2 added the index by
 * person (a multi-entry index on `personKeys`), filling `personKeys` in for the articles already kept.
 */
const UPGRADES: Record<number, (db: IDBPDatabase<MemorySchema>, tx: UpgradeTx) => Promise<void> | void> = {
  1: (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('readAt', 'readAt');
  },
  2: async (_db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('person', 'personKeys', { multiEntry: true });
    for (let c = await articles.openCursor(); c; c = await c.continue()) {
      const a = c.value;
      if (!Array.isArray(a.personKeys)) await c.update({ ...a, personKeys: personKeysOf(a.people ?? []) });
    }
  },
};

/** The reading memory: articles the reader analysed with memory on, at most `limit` of them (the oldest go first). */
export class MemoryStore {
  /** Closed by us, or because another page upgrades or deletes the database (open a new one then). */
  closed = false;

  private constructor(private readonly db: IDBPDatabase<MemorySchema>) {}

  static async open(name = MEMORY_DB): Promise<MemoryStore> {
    let store: MemoryStore | null = null;
    const db = await openDB<MemorySchema>(name, MEMORY_DB_VERSION, {
      async upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion + 1; v <= (newVersion ?? MEMORY_DB_VERSION); v++) await UPGRADES[v]!(db, tx);
      },
      // Never stand in the way of a newer version or of a deletion: step aside, the next use reopens.
      blocking() {
        store?.close();
      },
      terminated() {
        if (store) store.closed = true;
      },
    });
    store = new MemoryStore(db);
    return store;
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }

  /** Keep an article (replacing an earlier reading of the same address), then drop the oldest past `limit`. */
  async put(article: RememberedArticle, limit: number): Promise<void> {
    await this.db.put('articles', { ...article, personKeys: personKeysOf(article.people) });
    await this.trim(limit);
  }

  /** Delete the oldest articles until at most `limit` are left; returns how many went. */
  async trim(limit: number): Promise<number> {
    const tx = this.db.transaction('articles', 'readwrite');
    let extra = (await tx.store.count()) - Math.max(0, limit);
    let removed = 0;
    for (let c = await tx.store.index('readAt').openCursor(); c && extra > 0; c = await c.continue(), extra--) {
      await c.delete();
      removed++;
    }
    await tx.done;
    return removed;
  }

  async count(): Promise<number> {
    return this.db.count('articles');
  }

  /** Every article, most recently read first. */
  async articles(): Promise<RememberedArticle[]> {
    return (await this.db.getAllFromIndex('articles', 'readAt')).reverse();
  }

  /** The articles that name a person, most recent first. */
  async articlesWith(key: string): Promise<RememberedArticle[]> {
    const found = await this.db.getAllFromIndex('articles', 'person', key);
    return found.sort((a, b) => b.readAt - a.readAt);
  }

  /** "Also in N articles you read": the other articles naming this person, with the role they had there. */
  async note(key: string, exceptUrl: string | null, shown = 5): Promise<MemoryNote | null> {
    const others = (await this.articlesWith(key)).filter((a) => a.url !== exceptUrl);
    if (!others.length) return null;
    return {
      count: others.length,
      seen: others.slice(0, shown).map((a) => ({
        title: a.title, site: a.site, url: a.url, readAt: a.readAt,
        role_en: a.people.find((p) => p.key === key)?.role_en ?? null,
      })),
    };
  }

  async deleteArticle(url: string): Promise<void> {
    await this.db.delete('articles', url);
  }

  /** Forget a person everywhere: their entry and their quotes leave every article (the articles stay). */
  async deletePerson(key: string): Promise<number> {
    const tx = this.db.transaction('articles', 'readwrite');
    let changed = 0;
    for (let c = await tx.store.index('person').openCursor(key); c; c = await c.continue()) {
      const a = c.value;
      const people = a.people.filter((p) => p.key !== key);
      await c.update({ ...a, people, quotes: a.quotes.filter((q) => q.speakerKey !== key), personKeys: personKeysOf(people) });
      changed++;
    }
    await tx.done;
    return changed;
  }

  async clear(): Promise<void> {
    await this.db.clear('articles');
  }
}
