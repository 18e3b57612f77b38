/**
 * The value of `key`, computed once and kept in `cache` (for word lookups asked again and again by several layers).
 * The cache is emptied when it holds more than `limit` entries, so a long session's memory stays bounded.
 */
export function cachedIn<K, V>(cache: Map<K, V>, key: K, limit: number, compute: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    if (cache.size > limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}
