/**
 * Bounded memos for per-word and per-name answers that recur in every article. Distinct words keep coming over a
 * nightly run of 100k articles, so a memo starts over when it is full instead of growing without end.
 */

/** Stores `value` under `key`, emptying the memo first when it holds `limit` entries; returns `value`. */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit: number): V {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}

/** The inner map of `maps` under `key`, made on first use. */
export function innerMap<K, K2, V>(maps: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let inner = maps.get(key);
  if (inner === undefined) {
    inner = new Map();
    maps.set(key, inner);
  }
  return inner;
}
