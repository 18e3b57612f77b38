/**
 * A word → value table kept as the one string npm run build:data writes, keys sorted by code point and front-coded
 * in blocks: "key=value|3ffix=value|…". Every BLOCK-th entry (a block head) is written whole; the others start with
 * one digit, how many leading code units they share with the key before them (at most 9), then the rest of their key.
 * Looked up by binary search over the block heads in that string, so loading it builds nothing (the 30,000 foreign
 * name words would otherwise be 60,000 strings and a Map made at every start of the background); front coding
 * shares the Arabic prefixes sorted keys repeat (a quarter of the names' bytes).
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
    return unpackTable(this.packed).map(([k]) => k);
  }

  private search(key: string): string | undefined {
    const p = this.packed;
    if (!p) return undefined;
    // The last block head whose key is not after `key`: heads in [lo, hi), lo one of them.
    let lo = 0;
    let hi = p.length;
    for (;;) {
      let head = headAtOrBefore(p, (lo + hi) >>> 1);
      if (head <= lo) {
        head = nextHead(p, lo);
        if (head >= hi) break;
      }
      if (compareKey(p, head, key) <= 0) lo = head;
      else hi = head;
    }
    // Walk that block's keys in place. `matched`: the leading code units the key last read shares with `key` (that
    // key is before `key`, so where it differs its unit is the smaller one).
    let matched = 0;
    for (let at = lo, whole = true; at < p.length; whole = false) {
      let i = 0;
      let pos = at;
      if (!whole) {
        const shared = p.charCodeAt(at) - ZERO;
        if (shared < 0 || shared > 9) return undefined; // the next block's head
        // (A 9 may stand for more shared units: the rest written is compared from there.)
        if (shared < matched && shared < 9) return undefined; // it differs from `key` earlier, by a larger unit
        if (shared > matched) {
          at = p.indexOf('|', at) + 1 || p.length; // it differs from `key` where the one before did: before it
          continue;
        }
        i = shared;
        pos = at + 1;
      }
      for (; ; i++, pos++) {
        const c = p.charCodeAt(pos);
        const keyEnds = i === key.length;
        if (c === EQUALS) {
          if (!keyEnds) break;
          const end = p.indexOf('|', pos);
          return p.slice(pos + 1, end < 0 ? p.length : end);
        }
        if (keyEnds || c > key.charCodeAt(i)) return undefined;
        if (c < key.charCodeAt(i)) break;
      }
      matched = i;
      at = p.indexOf('|', pos) + 1 || p.length;
    }
    return undefined;
  }
}

/** Entries per block: a lookup reads at most this many keys after its binary search. */
const BLOCK = 16;
const EQUALS = 61;
const ZERO = 48;

const isShared = (p: string, at: number) => {
  const c = p.charCodeAt(at);
  return c >= ZERO && c <= ZERO + 9;
};

/** The block head whose block holds the character at `at`. */
function headAtOrBefore(p: string, at: number): number {
  let start = at > 0 ? p.lastIndexOf('|', at - 1) + 1 : 0;
  while (isShared(p, start)) start = p.lastIndexOf('|', start - 2) + 1;
  return start;
}

/** The block head after the one at `head` (p.length if none). */
function nextHead(p: string, head: number): number {
  let at = head;
  do {
    at = p.indexOf('|', at) + 1;
    if (at === 0) return p.length;
  } while (isShared(p, at));
  return at;
}

/** The key written whole at `at` (up to its '=') against `key`, in code unit order: negative, 0 or positive. */
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

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Leading code units `a` and `b` share, at most 9 (one digit). */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < 9 && n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The packed string of a table (keys without digits, '=' or '|'; values without '|'). */
export function packTable(entries: Iterable<[string, string]>): string {
  const sorted = [...entries].sort(([a], [b]) => byCodeUnit(a, b));
  return sorted
    .map(([k, v], i) => {
      if (i % BLOCK === 0) return `${k}=${v}`;
      const n = sharedPrefix(sorted[i - 1]![0], k);
      return `${n}${k.slice(n)}=${v}`;
    })
    .join('|');
}

/** Every [key, value] of a packed string, in order. */
export function unpackTable(packed: string): [string, string][] {
  if (!packed) return [];
  let previous = '';
  return packed.split('|').map((entry) => {
    const equals = entry.indexOf('=');
    const shared = isShared(entry, 0) ? entry.charCodeAt(0) - ZERO : -1;
    const key = shared < 0 ? entry.slice(0, equals) : previous.slice(0, shared) + entry.slice(1, equals);
    previous = key;
    return [key, entry.slice(equals + 1)];
  });
}

/**
 * A word list (words without digits or spaces) sorted and front-coded whole ("word 3ffix …"; a word sharing nothing
 * with the one before is written as it is), for lists read once into a Set at load.
 */
export function packWords(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort(byCodeUnit);
  return sorted
    .map((w, i) => {
      const n = i === 0 ? 0 : sharedPrefix(sorted[i - 1]!, w);
      return n === 0 ? w : `${n}${w.slice(n)}`;
    })
    .join(' ');
}

export function unpackWords(packed: string): string[] {
  if (!packed) return [];
  let previous = '';
  return packed.split(' ').map((entry) => {
    previous = isShared(entry, 0) ? previous.slice(0, entry.charCodeAt(0) - ZERO) + entry.slice(1) : entry;
    return previous;
  });
}
