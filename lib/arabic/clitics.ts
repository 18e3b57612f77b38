/**
 * Proclitics on a normalised word: conjunctions و/ف, prepositions ب/ل/ك, the article ال and لل (ل + ال).
 * `stems(word)` lists the readings of a word from the longest stripped prefix to none, so a lexicon lookup can
 * try each: "ووزير" → ["وزير", "ووزير"], "للرئيس" → ["رئيس", "لرئيس", "للرئيس"], "والسفير" → ["سفير", "السفير", …].
 */
export interface Reading {
  /** The proclitics removed, e.g. "و", "وال", "لل". */
  prefix: string;
  stem: string;
  /** True when the reading includes the definite article (ال or لل). */
  definite: boolean;
}

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك'];

// Readings and particle-free forms by word, shared across analyses (the grammar asks about the same word many times;
// news vocabulary repeats); cleared when they grow large. The arrays are shared: callers only read them.
const readingsCache = new Map<string, readonly Reading[]>();
const particlesCache = new Map<string, readonly string[]>();

export function readings(word: string): readonly Reading[] {
  let r = readingsCache.get(word);
  if (!r) {
    if (readingsCache.size > 50_000) readingsCache.clear();
    r = computeReadings(word);
    readingsCache.set(word, r);
  }
  return r;
}

function computeReadings(word: string): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  const add = (prefix: string, stem: string, definite: boolean) => {
    if (stem.length < 2 || seen.has(prefix)) return;
    seen.add(prefix);
    out.push({ prefix, stem, definite });
  };
  for (const c of CONJ) {
    if (!word.startsWith(c)) continue;
    const afterConj = word.slice(c.length);
    for (const p of PREP) {
      if (!afterConj.startsWith(p)) continue;
      const rest = afterConj.slice(p.length);
      if (p === 'ل' && rest.startsWith('ل')) add(c + 'لل', rest.slice(1), true); // لل = ل + ال
      if (rest.startsWith('ال')) add(c + p + 'ال', rest.slice(2), true);
      add(c + p, rest, false);
    }
  }
  return out.sort((a, b) => b.prefix.length - a.prefix.length);
}

/** The word with conjunction and preposition removed but the article kept: "وللرئيس" → "الرئيس", "وبوتين" → "بوتين". */
export function withoutParticles(word: string): readonly string[] {
  let f = particlesCache.get(word);
  if (!f) {
    if (particlesCache.size > 50_000) particlesCache.clear();
    f = readings(word).map((r) => (r.definite ? 'ال' + r.stem : r.stem));
    particlesCache.set(word, f);
  }
  return f;
}
