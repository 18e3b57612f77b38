// @vitest-environment happy-dom
// The part of a long article the reader sees first (entrypoints/content/reader-part.ts), asked for from the whole
// article or, earlier, from the finder's preview of its beginning.
import { describe, expect, it } from 'vitest';
import { readerPart, readerPartOfPreview } from '@/entrypoints/content/reader-part';
import type { ArticleInPage } from '@/lib/article/find';

/** Paragraphs of 300 characters, 20 px tall each, the first one `scrolled` px above the screen's top (720 px tall). */
function article(paragraphs: number, scrolled = 0): ArticleInPage {
  const root = document.createElement('article');
  const blocks: Element[] = [];
  const segments: ArticleInPage['segments'] = [];
  const texts: string[] = [];
  let start = 0;
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    const text = `فقرة ${i} `.padEnd(300, 'ب');
    const node = document.createTextNode(text);
    p.append(node);
    root.append(p);
    const top = i * 20 - scrolled;
    p.getBoundingClientRect = () => ({ top, bottom: top + 20, left: 0, right: 800, width: 800, height: 20, x: 0, y: top, toJSON: () => ({}) });
    blocks.push(p);
    segments.push({ node, start });
    texts.push(text);
    start += text.length + 2;
  }
  return { title: null, root, blocks, text: texts.join('\n\n'), segments };
}

/** The first `n` paragraphs of an article, as the finder's preview hands them out. */
function beginning(a: ArticleInPage, n: number): ArticleInPage {
  const segments = a.segments.slice(0, n);
  const last = segments[n - 1]!;
  return { ...a, blocks: a.blocks.slice(0, n), segments, text: a.text.slice(0, last.start + last.node.data.length) };
}

describe('the part the reader sees, from the preview of a long article', () => {
  it('is the part readerPart finds in the whole article when the screen is well inside the preview', () => {
    innerHeight = 720;
    for (const scrolled of [0, 400, 1200]) {
      const whole = article(400, scrolled);
      const part = readerPart(whole, whole.text.length);
      expect(part).not.toBeNull();
      expect(readerPartOfPreview(beginning(whole, 150))).toEqual(part);
    }
  });

  it('is none when the screen is past the preview or ends below it, or fewer than three paragraphs follow the part', () => {
    innerHeight = 720;
    // Scrolled to the 200th paragraph: the preview's 150 are all above the screen.
    expect(readerPartOfPreview(beginning(article(400, 4000), 150))).toBeNull();
    // The screen (36 paragraphs) ends below a preview of 20.
    expect(readerPartOfPreview(beginning(article(400, 0), 20))).toBeNull();
    // A screen of 15 paragraphs: the part is the first 14 (about 4,000 characters), two more in a preview of 16.
    innerHeight = 300;
    expect(readerPartOfPreview(beginning(article(400, 0), 16))).toBeNull();
    expect(readerPartOfPreview(beginning(article(400, 0), 17))).toEqual(readerPart(article(400, 0), 120_000));
  });
});
