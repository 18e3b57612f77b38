// Which containers the finder chose on saved pages and which blocks it kept, for tuning (linkedom).
// npx tsx scripts/bench/find-debug.ts PAGE…
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom/worker';
import { findArticle } from '../../lib/article/find';
import { decode } from '../analyze';

const describe = (el: Element) => {
  const parts: string[] = [];
  for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
    const cls = e.getAttribute('class');
    parts.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${cls ? '.' + cls.trim().split(/\s+/).slice(0, 2).join('.') : ''}`);
  }
  return parts.join(' < ');
};
for (const file of process.argv.slice(2)) {
  const html = decode(readFileSync(file), true);
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html>${html}</html>`;
  const doc = parseHTML(source).document as unknown as Document;
  const a = findArticle(doc);
  console.log(`== ${file.split('/').pop()}: ${a ? `root ${describe(a.root)}` : 'none'}`);
  for (const b of a?.blocks ?? []) console.log(`  ${describe(b)} | ${(b.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 70)}`);
}
