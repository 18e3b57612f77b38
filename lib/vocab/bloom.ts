/**
 * A Bloom filter over strings: set membership in about 10 bits per word at a 1 % false-positive rate, so the
 * tens of thousands of known name words fit in the extension. Shared by the build (scripts/build-data) and run time.
 */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3's fmix32): Arabic letters differ only in their low byte, which FNV alone mixes poorly.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface BloomData { bits: number; hashes: number; base64: string }

function positions(word: string, bits: number, hashes: number): number[] {
  const h1 = fnv1a(word, 0);
  const h2 = fnv1a(word, 0x9e3779b9) | 1;
  const out: number[] = [];
  for (let i = 0; i < hashes; i++) out.push((h1 + Math.imul(i, h2)) >>> 0) ;
  return out.map((h) => h % bits);
}

/** The false-positive rate of a filter of this layout holding `count` words. */
export function bloomFalsePositive(layout: BloomLayout, count: number): number {
  return (1 - Math.exp((-layout.hashes * count) / layout.bits)) ** layout.hashes;
}

export interface BloomLayout { bits: number; hashes: number }

/**
 * A filter's layout (its size and number of hashes) decides which words outside it test positive. A build may pin
 * the layout so that adding or folding a few words moves only those words' bits, instead of re-laying the whole
 * filter and trading one set of false positives for another; it is re-laid only when the words outgrow it.
 */
export function buildBloom(words: Iterable<string>, count: number, falsePositive = 0.01, pinned?: BloomLayout): BloomData {
  const fits = pinned && bloomFalsePositive(pinned, count) <= falsePositive * 1.5;
  const bits = fits ? pinned.bits : Math.max(64, Math.ceil((-count * Math.log(falsePositive)) / (Math.LN2 * Math.LN2)));
  const hashes = fits ? pinned.hashes : Math.max(1, Math.round((bits / count) * Math.LN2));
  if (pinned && !fits) console.warn(`bloom: ${count} words outgrow the pinned layout ${pinned.bits}/${pinned.hashes}; re-laid as ${bits}/${hashes}`);
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  for (const w of words) for (const p of positions(w, bits, hashes)) bytes[p >> 3]! |= 1 << (p & 7);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { bits, hashes, base64: btoa(binary) };
}

export function bloomHas(data: BloomData, bytes: Uint8Array, word: string): boolean {
  return positions(word, data.bits, data.hashes).every((p) => (bytes[p >> 3]! & (1 << (p & 7))) !== 0);
}

export function bloomBytes(data: BloomData): Uint8Array {
  const binary = atob(data.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
