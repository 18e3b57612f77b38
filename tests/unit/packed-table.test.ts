import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackedTable } from '@/lib/vocab/packed';
import foreignNames from '../../assets/names-foreign.json';
import arabicNames from '../../assets/names-arabic.json';

const pack = (m: Map<string, string>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join('|');

describe('PackedTable (binary search in the packed name tables)', () => {
  it('finds every entry of the shipped tables and nothing else', () => {
    for (const { packed } of [foreignNames, arabicNames] as { packed: string }[]) {
      const table = new PackedTable(packed);
      const entries = packed.split('|').map((e) => e.split('=') as [string, string]);
      for (const [k, v] of entries) expect(table.get(k)).toBe(v);
      const keys = new Set(entries.map(([k]) => k));
      for (const [k] of entries.slice(0, 2000)) {
        for (const probe of [k.slice(0, -1), `${k}ا`, `ا${k}`]) if (!keys.has(probe)) expect(table.has(probe)).toBe(false);
      }
      expect(table.get('')).toBeUndefined();
    }
  });

  it('answers like a Map on random tables, prefixes and empty tables included', () => {
    const word = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ي', 'و', 'ه'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, word), { selector: ([k]) => k, maxLength: 40 }), fc.array(word, { maxLength: 20 }), (entries, probes) => {
        const map = new Map(entries);
        const table = new PackedTable(pack(map));
        for (const k of [...map.keys(), ...probes]) expect(table.get(k)).toBe(map.get(k));
      }),
      { numRuns: 500 },
    );
  });
});
