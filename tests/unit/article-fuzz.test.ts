// Fuzzing the finder and the engine (fast-check, seeded): random and mutated documents and texts never make
// them throw, their answers keep their invariants (offsets that map back exactly, nothing from scripts or
// styles, spans inside the text), and their time grows about linearly with the size of the input.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { findArticle, findArticleSteps, type ArticleInPage } from '@/lib/article/find';
import { articleFromPlainText } from '@/lib/article/text';
import type { Analysis } from '@/lib/types';

const SEED = 1414;
const SITES = resolve(import.meta.dirname, '../fixtures/sites');
const ARTICLES = resolve(import.meta.dirname, '../fixtures/articles');

/** Words and marks of Arabic news, and the odd characters pages carry. */
const WORDS = [
  'وزير', 'الخارجية', 'الرئيس', 'الروسي', 'وقال', 'إن', 'في', 'من', 'على', 'السفير', 'الأمير', 'محمد', 'بن', 'سلمان',
  'سيرغي', 'لافروف', 'كيم', 'جونغ', 'أون', 'استقبل', 'التقى', 'بحث', 'مع', 'نظيره', 'الوفد', 'الجانب', 'وأضاف', 'أكد',
  'اقرأ', 'أيضا', 'الأكثر', 'قراءة', 'الثلاثاء', '2024', 'يونيو/', 'حزيران', 'CNN', 'واس', 'Reuters', 'the', 'minister',
];
const MARKS = ['،', '.', ':', '«', '»', '"', '“', '”', '(', ')', '-', '--', '؟', '!', '\n', '\n\n', ' ', '\u00a0', '\u200f', '\u0640', 'َ', 'ً', '😀', '\ud800', '\u0000', '&amp;', '<', '>'];
const token = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...MARKS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const text = (maxLength: number) => fc.array(token, { maxLength }).map((ts) => ts.join(' '));

const TAGS = ['div', 'p', 'span', 'a', 'b', 'h1', 'h2', 'h3', 'section', 'article', 'main', 'nav', 'aside', 'footer', 'header', 'ul', 'li', 'table', 'tr', 'td', 'font', 'figure', 'figcaption', 'blockquote', 'form', 'script', 'style', 'noscript', 'iframe', 'br', 'hr', 'img', 'time', 'button'];
const CLASSES = ['article-body', 'entry-content', 'content', 'related', 'share', 'no-share', 'sidebar', 'most-read', 'comments', 'byline', 'hidden', 'wysiwyg', 'story-body', 'tags', 'ad', 'post', 'text', 'caption'];
const ATTRS = fc.record(
  {
    class: fc.array(fc.constantFrom(...CLASSES), { maxLength: 3 }).map((c) => c.join(' ')),
    id: fc.constantFrom('body-text', 'main', 'articleBody', 'x'),
    role: fc.constantFrom('main', 'navigation', 'complementary', 'banner'),
    itemprop: fc.constantFrom('articleBody', 'headline'),
    hidden: fc.constant(''),
    style: fc.constantFrom('display:none', 'color:red', 'visibility:hidden'),
    dir: fc.constantFrom('rtl', 'ltr'),
    lang: fc.constantFrom('ar', 'en-US', 'fr'),
    contenteditable: fc.constantFrom('true', 'false'),
  },
  { requiredKeys: [] },
);
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Random markup: nested elements, attributes, text (some of it not escaped: tag soup on purpose). */
const { node: markup } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text(30),
    fc.tuple(fc.constantFrom(...TAGS), ATTRS, fc.array(tie('node'), { maxLength: 6 })).map(([tag, attrs, kids]) => {
      const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`).join('');
      return `<${tag}${a}>${kids.join('')}</${tag}>`;
    }),
  ),
}));

/** Parsed as the command line does; linkedom needs an <html> element (a browser always makes one). */
function page(html: string): Document {
  const doc = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html>${html}</html>`).document;
  return (doc.documentElement ? doc : parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document) as unknown as Document;
}
const SLOW = { timeout: 120_000 };

function hasAncestor(n: Node, tags: string[]): boolean {
  for (let e = n.parentElement; e; e = e.parentElement) if (tags.includes(e.tagName.toUpperCase())) return true;
  return false;
}

/** What every answer of the finder must hold. */
function expectSound(a: ArticleInPage | null) {
  if (!a) return;
  expect(a.text.trim().length).toBeGreaterThan(0);
  let last = -1;
  for (const s of a.segments) {
    expect(s.start).toBeGreaterThan(last);
    last = s.start;
    const from = s.from ?? 0;
    const to = s.to ?? s.node.data.length;
    expect(a.text.slice(s.start, s.start + to - from)).toBe(s.node.data.slice(from, to));
    expect(hasAncestor(s.node, ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA'])).toBe(false);
  }
  for (const b of a.blocks) expect(a.root === b || a.root.contains(b)).toBe(true);
}

function findBothWays(doc: Document): ArticleInPage | null {
  const a = findArticle(doc);
  // With previews asked for (the content script asks on every page): the result does not depend on them.
  const steps = findArticleSteps(doc, { preview: 300 });
  let step = steps.next();
  while (!step.done) step = steps.next();
  expect(step.value?.text ?? null).toBe(a?.text ?? null);
  return a;
}

function expectSpansInside(r: Analysis) {
  const n = r.article.text.length;
  for (const o of r.officials) for (const [s, e] of o.mentions) expect(0 <= s && s < e && e <= n).toBe(true);
  for (const q of r.quotes) expect(0 <= q.start && q.start < q.end && q.end <= n).toBe(true);
}

const fixturePages = readdirSync(SITES).filter((f) => f.endsWith('.html')).map((f) => readFileSync(`${SITES}/${f}`, 'utf8'));
const fixtureTexts = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${ARTICLES}/${f}`, 'utf8'));

/** A change to a parsed page: remove, duplicate, wrap, unwrap or move an element, retag its class, insert text. */
const mutation = fc.tuple(fc.constantFrom('remove', 'duplicate', 'wrap', 'unwrap', 'move', 'class', 'text'), fc.nat(), fc.nat(), fc.constantFrom(...CLASSES), text(12));
type Mutation = [string, number, number, string, string];

function mutate(doc: Document, [op, i, j, cls, words]: Mutation) {
  const all = [...doc.body.querySelectorAll('*')];
  if (!all.length) return;
  const el = all[i % all.length]!;
  const other = all[j % all.length]!;
  if (op === 'remove') el.remove();
  else if (op === 'duplicate') el.after(el.cloneNode(true));
  else if (op === 'wrap') {
    const w = doc.createElement('div');
    el.replaceWith(w);
    w.append(el);
  } else if (op === 'unwrap') el.replaceWith(...el.childNodes);
  else if (op === 'move' && !el.contains(other)) other.append(el);
  else if (op === 'class') el.setAttribute('class', cls);
  else if (op === 'text') el.append(doc.createTextNode(words));
}

describe('fuzzing the finder', () => {
  it('never throws on random markup, and what it finds is sound (2,000 pages)', SLOW, () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 8 }), fc.constantFrom('ar', 'en-US', ''), (parts, lang) => {
        const doc = page(`<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><title>عنوان</title></head><body>${parts.join('')}</body></html>`);
        expectSound(findBothWays(doc));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('never throws on mutated real layouts, and what it finds is sound (1,000 pages)', SLOW, () => {
    fc.assert(
      fc.property(fc.nat(fixturePages.length - 1), fc.array(mutation, { minLength: 1, maxLength: 12 }), (k, ops) => {
        const doc = page(fixturePages[k]!);
        for (const op of ops) mutate(doc, op as Mutation);
        expectSound(findBothWays(doc));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('never throws on pages cut short or with markup spliced in (1,000 pages)', SLOW, () => {
    fc.assert(
      fc.property(fc.nat(fixturePages.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), markup, (k, at, junk) => {
        const html = fixturePages[k]!;
        const cut = Math.floor(html.length * at);
        expectSound(findBothWays(page(html.slice(0, cut))));
        expectSound(findBothWays(page(html.slice(0, cut) + junk + html.slice(cut))));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

/** Every paragraph articleFromPlainText keeps opens with a line of its input, and they come in the input's order. */
function expectOnlyInputLinesInOrder(lines: string[]): void {
  const a = articleFromPlainText(lines.join('\n'));
  const input = lines.join('\n').replace(/\r\n?/g, '\n');
  let at = 0;
  for (const p of a.text.split('\n\n').filter(Boolean)) {
    const i = input.indexOf(p.split('\n')[0]!, at);
    expect(i).toBeGreaterThanOrEqual(0);
    at = i;
  }
}

describe('fuzzing the text side and the engine', () => {
  it('articleFromPlainText keeps only lines of its input, in order (2,000 texts)', SLOW, () => {
    fc.assert(
      fc.property(fc.array(text(40), { maxLength: 20 }), (lines) => {
        expectOnlyInputLinesInOrder(lines);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('articleFromPlainText keeps only lines of its input, in order, with furniture-shaped lines among them (1,000 texts)', SLOW, () => {
    // Bulleted headlines, captions credited in brackets (their subject a name opening with «ف» or «و»), places with a date
    // in numbers: the shapes the text furniture rules judge, cut, doubled and mixed with the fixtures' paragraphs.
    const furniture = fc.constantFrom(
      'ـ وزير', '- ', '• ', 'فيلاسكو', 'وارنر', 'لدى', 'مغادرته', '(رويترز)', '(أ.ف.ب)', '( واس )', '|', '21-09-2022', '16:05', 'بيروت', '؟', ':',
    );
    const paragraphs = fixtureTexts.flatMap((t) => t.split('\n').filter((l) => l.trim()));
    const line = fc.oneof(
      fc.array(fc.oneof({ weight: 2, arbitrary: furniture }, { weight: 3, arbitrary: token }), { maxLength: 16 }).map((ts) => ts.join(' ')),
      fc.nat(paragraphs.length - 1).map((k) => paragraphs[k]!),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 24 }), (lines) => {
        expectOnlyInputLinesInOrder(lines);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('analyze never throws on random texts, and its spans lie inside the text (2,000 texts)', SLOW, () => {
    fc.assert(
      fc.property(text(120), (t) => {
        expectSpansInside(analyze(t));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('analyze never throws on mutated real articles (300 texts)', SLOW, () => {
    const lineEdit = fc.tuple(fc.constantFrom('drop', 'duplicate', 'swap', 'cut', 'insert'), fc.nat(), fc.nat(), text(10));
    fc.assert(
      fc.property(fc.nat(fixtureTexts.length - 1), fc.array(lineEdit, { maxLength: 8 }), (k, edits) => {
        const lines = fixtureTexts[k]!.split('\n');
        for (const [op, i, j, words] of edits) {
          const a = i % lines.length;
          const b = j % lines.length;
          if (op === 'drop') lines.splice(a, 1);
          else if (op === 'duplicate') lines.splice(a, 0, lines[a]!);
          else if (op === 'swap') [lines[a], lines[b]] = [lines[b]!, lines[a]!];
          else if (op === 'cut') lines[a] = lines[a]!.slice(0, j % (lines[a]!.length + 1));
          else lines[a] = `${lines[a]!.slice(0, j % (lines[a]!.length + 1))} ${words} ${lines[a]!.slice(j % (lines[a]!.length + 1))}`;
          if (!lines.length) lines.push('');
        }
        const article = articleFromPlainText(lines.join('\n'));
        expectSpansInside(analyze(article.text, { title: article.title }));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** The best of five timings of f (less noise from a busy machine: collections, other processes). */
function best(f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * How much longer `large` takes than `small`: the best of five timings each, and the smallest of three such
 * ratios (a collection or another process can slow one run down; a quadratic step slows all of them).
 */
function growth(large: () => void, small: () => void, floorMs: number): number {
  small();
  let ratio = Infinity;
  for (let i = 0; i < 3; i++) ratio = Math.min(ratio, best(large) / Math.max(floorMs, best(small)));
  return ratio;
}

describe('time grows about linearly with the input', () => {
  // Sixteen times the input may take up to 64 times as long (a quadratic step would take 256 times): generous,
  // so that a busy machine does not fail it, and still far from quadratic.
  const GROWTH = 16;
  const LIMIT = 64;

  it('the finder, on a page with 16 times the paragraphs, headlines and link lists', SLOW, () => {
    const [parts] = fc.sample(fc.array(fc.tuple(text(60), text(10)), { minLength: 20, maxLength: 20 }), { seed: SEED, numRuns: 1 });
    const html = (copies: number) => {
      let body = '';
      for (let c = 0; c < copies; c++) for (const [p, h] of parts!) body += `<p>وقال الوزير ${p}، وأضاف.</p><h3>${h}</h3><ul><li><a href="/x">${h}</a></li></ul>`;
      return `<!DOCTYPE html><html lang="ar"><body><nav><a href="/">الرئيسية</a></nav><article><h1>عنوان المقال</h1><div class="article-body">${body}</div></article></body></html>`;
    };
    const small = page(html(8));
    const large = page(html(8 * GROWTH));
    expect(growth(() => findArticle(large), () => findArticle(small), 1)).toBeLessThan(LIMIT);
  });

  it('the finder, on a body of text and <br> in one <div> 16 times as long', SLOW, () => {
    const [lines] = fc.sample(fc.array(text(40), { minLength: 20, maxLength: 20 }), { seed: SEED, numRuns: 1 });
    const html = (copies: number) => {
      let body = '';
      for (let c = 0; c < copies; c++) for (const l of lines!) body += `وقال الوزير ${l.replace(/[<>&]/g, ' ')}، وأضاف.<br><br>`;
      return `<!DOCTYPE html><html lang="ar"><body><div id="main"><h1>عنوان المقال</h1><div class="news-details">${body}</div></div></body></html>`;
    };
    const small = page(html(8));
    const large = page(html(8 * GROWTH));
    expect(growth(() => findArticle(large), () => findArticle(small), 1)).toBeLessThan(LIMIT);
  });

  it('the engine, on a text 16 times as long', SLOW, () => {
    const base = fixtureTexts.join('\n');
    const small = articleFromPlainText(base).text;
    const large = articleFromPlainText(Array.from({ length: GROWTH }, () => base).join('\n')).text;
    expect(growth(() => analyze(large), () => analyze(small), 1)).toBeLessThan(LIMIT);
  });

  it('the plain-text reader, on a text 16 times as long', SLOW, () => {
    const base = fixtureTexts.join('\n');
    const small = Array.from({ length: 4 }, () => base).join('\n');
    const big = Array.from({ length: 4 * GROWTH }, () => base).join('\n');
    expect(growth(() => articleFromPlainText(big), () => articleFromPlainText(small), 0.5)).toBeLessThan(LIMIT);
  });
});
