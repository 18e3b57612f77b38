import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackedTable, packTable, packWords, unpackTable, unpackWords } from '@/lib/vocab/packed';
import foreignNames from '../../assets/names-foreign.json';
import arabicNames from '../../assets/names-arabic.json';

const byKey = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);

describe('PackedTable (binary search in the front-coded name tables)', () => {
  it('finds every entry of the shipped tables and nothing else', () => {
    for (const packed of [foreignNames.packed, foreignNames.rare, arabicNames.packed]) {
      const table = new PackedTable(packed);
      const entries = unpackTable(packed);
      expect(entries.length).toBeGreaterThan(1000);
      expect(entries.map(([k]) => k)).toEqual(entries.map(([k]) => k).sort());
      for (const [k, v] of entries) expect(table.get(k)).toBe(v);
      const keys = new Set(entries.map(([k]) => k));
      for (const [k] of entries.slice(0, 2000)) {
        for (const probe of [k.slice(0, -1), `${k}ا`, `ا${k}`]) if (!keys.has(probe)) expect(table.has(probe)).toBe(false);
      }
      expect(table.get('')).toBeUndefined();
    }
  });

  it('writes every 16th key whole and the others as a shared-prefix digit and the rest', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `ابتثجحخدذرزس${String.fromCharCode(0x0634 + i)}`);
    const packed = packTable(keys.map((k, i) => [k, `v${i}`]));
    const entries = packed.split('|');
    expect(entries[0]).toBe(`${keys[0]}=v0`);
    expect(entries[1]).toBe(`9${keys[1]!.slice(9)}=v1`); // a shared prefix of 12 is written as 9
    expect(entries[16]).toBe(`${keys[16]}=v16`);
    expect(unpackTable(packed)).toEqual(keys.map((k, i) => [k, `v${i}`]));
    const table = new PackedTable(packed);
    keys.forEach((k, i) => expect(table.get(k)).toBe(`v${i}`));
    expect(table.get('ابتثجحخدذرزس')).toBeUndefined();
    expect(new PackedTable('').get('ا')).toBeUndefined();
  });

  it('answers like a Map on random tables of several blocks, long shared prefixes and empty tables included', () => {
    const word = fc.oneof(
      fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ي', 'و', 'ه'), minLength: 1, maxLength: 12 }),
      // (Keys sharing more than 9 units, written with a 9.)
      fc.string({ unit: fc.constantFrom('ا', 'ب'), minLength: 1, maxLength: 4 }).map((w) => `ابابابابابا${w}`),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(word, word), { selector: ([k]) => k, maxLength: 80 }), fc.array(word, { maxLength: 20 }), (entries, probes) => {
        const map = new Map(entries);
        const packed = packTable(map);
        expect(unpackTable(packed)).toEqual([...map].sort(byKey));
        const table = new PackedTable(packed);
        for (const k of [...map.keys(), ...probes]) expect(table.get(k)).toBe(map.get(k));
      }),
      { numRuns: 500 },
    );
  });

  it('front-codes word lists and reads them back sorted and whole', () => {
    expect(packWords(['جون', 'جونز', 'جيري', 'ادم', 'جون'])).toBe('ادم جون 3ز 1يري');
    expect(unpackWords(foreignNames.world)).toContain('جون');
    const word = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ي'), minLength: 1, maxLength: 12 });
    fc.assert(fc.property(fc.uniqueArray(word, { maxLength: 60 }), (words) => {
      expect(unpackWords(packWords(words))).toEqual([...words].sort());
    }));
  });
});
