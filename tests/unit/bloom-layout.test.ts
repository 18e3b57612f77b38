import { describe, expect, it, vi } from 'vitest';
import { bloomBytes, bloomHas, buildBloom } from '../../lib/vocab/bloom';

const words = Array.from({ length: 2000 }, (_, i) => `كلمة${i}`);
const others = Array.from({ length: 20000 }, (_, i) => `غيرها${i}`);
const positives = (data: ReturnType<typeof buildBloom>) => {
  const bytes = bloomBytes(data);
  return others.filter((w) => bloomHas(data, bytes, w));
};

describe('a Bloom filter with a pinned layout', () => {
  const layout = (({ bits, hashes }) => ({ bits, hashes }))(buildBloom(words, words.length));

  it('keeps its layout and its false positives when a few words are folded away', () => {
    const before = buildBloom(words, words.length, 0.01, layout);
    const fewer = words.slice(0, -3);
    const after = buildBloom(fewer, fewer.length, 0.01, layout);
    expect([after.bits, after.hashes]).toEqual([layout.bits, layout.hashes]);
    const [was, now] = [new Set(positives(before)), new Set(positives(after))];
    expect([...now].every((w) => was.has(w))).toBe(true);
    expect([...was].filter((w) => !now.has(w)).length).toBeLessThanOrEqual(3);
    const bytes = bloomBytes(after);
    expect(fewer.every((w) => bloomHas(after, bytes, w))).toBe(true);
  });

  it('without a pin, the same change re-lays the filter and swaps its false positives', () => {
    const before = positives(buildBloom(words, words.length));
    const after = positives(buildBloom(words.slice(0, -3), words.length - 3));
    expect(after.filter((w) => !before.includes(w)).length).toBeGreaterThan(10);
  });

  it('is re-laid when the words outgrow the pinned layout', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const more = [...words, ...others.slice(0, 2000)];
    const grown = buildBloom(more, more.length, 0.01, layout);
    expect(grown.bits).toBeGreaterThan(layout.bits);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
