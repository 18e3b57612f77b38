/**
 * A word → value table kept as the one string npm run build:data writes ("key=value|key=value|…", keys sorted by
 * code point): looked up by binary search in that string, so loading it builds nothing (the 30,000 foreign name
 * words would otherwise be 60,000 strings and a Map made at every start of the background).
 */
export class PackedTable {
  /** Answers already looked up (null: absent): an article asks about the same words again and again. */
  private readonly seen = new Map<string, string | null>();

  constructor(private readonly packed: string) {}

  get(key: string): string | undefined {
    let value = this.seen.get(key);
    if (value === undefined) {
      value = this.search(key) ?? null;
      if (this.seen.size > 20_000) this.seen.clear();
      this.seen.set(key, value);
    }
    return value ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Every key, in order (for the build; run time looks keys up). */
  keys(): string[] {
    return this.packed ? this.packed.split('|').map((e) => e.slice(0, e.indexOf('='))) : [];
  }

  private search(key: string): string | undefined {
    const p = this.packed;
    // [lo, hi): whole entries; lo is an entry's first character, hi the end of the last one.
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = Math.max(lo, p.lastIndexOf('|', mid - 1) + 1);
      let end = p.indexOf('|', start);
      if (end < 0 || end > hi) end = hi;
      const order = compareKey(p, start, key);
      if (order === 0) return p.slice(p.indexOf('=', start) + 1, end);
      if (order < 0) lo = end + 1;
      else hi = start - 1;
    }
    return undefined;
  }
}

const EQUALS = 61;

/** The key written at `at` (up to its '=') against `key`, in code unit order: negative, 0 or positive. */
function compareKey(packed: string, at: number, key: string): number {
  for (let i = 0; ; i++) {
    const c = packed.charCodeAt(at + i);
    const keyEnds = i === key.length;
    if (c === EQUALS) return keyEnds ? 0 : -1;
    if (keyEnds) return 1;
    const d = c - key.charCodeAt(i);
    if (d !== 0) return d;
  }
}
