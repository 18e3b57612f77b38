/** 1 − edit distance / the longer length: how close two Latin spellings are (1 the same, 0 nothing shared). */
export function closeness(a: string, b: string): number {
  const m = a.length, n = b.length;
  if (!m || !n) return m === n ? 1 : 0;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[n]! / Math.max(m, n);
}
