// A text may end anywhere: a teaser cut mid-sentence, a paragraph the page splits, a selection. Whatever word the text
// ends on, the engine answers without throwing, with spans inside the text (a title that ends the text opens no name
// slot after its comma; a reporting verb or «فإن» that ends it opens no quote).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';

const TESTS = resolve(import.meta.dirname, '..');
const FOLDERS = ['fixtures/articles', 'heldout6', 'heldout8'];
const SENTENCES_PER_FILE = 6;

function expectSound(text: string) {
  const r = analyze(text);
  const n = r.article.text.length;
  for (const o of r.officials) for (const [s, e] of o.mentions) expect(0 <= s && s < e && e <= n).toBe(true);
  for (const q of r.quotes) expect(0 <= q.start && q.start < q.end && q.end <= n).toBe(true);
}

describe('texts that end on any word', () => {
  it('sentences of our own, cut where a title, an office or a reporting clause has just opened', () => {
    for (const text of [
      'وقال وزير الموارد المائية والري في حكومة الإقليم، السيد',
      'وحضر الاجتماع عن الجانب الأردني سعادة السيد خالد الحمر مدير إدارة آسيا بالوزارة، وسعادة',
      'وقال المكتب',
      'وقال المكتب الإعلامي',
      'وبحسب المجلس المحلي والمجلس العسكري في المدينة، فإن',
    ]) expectSound(text);
  });

  it(`the first ${SENTENCES_PER_FILE} sentences with a comma of each article of three folders, cut after each of their words`, { timeout: 120_000 }, () => {
    let cases = 0;
    for (const folder of FOLDERS) {
      const dir = `${TESTS}/${folder}`;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        const sentences = readFileSync(`${dir}/${file}`, 'utf8').split(/(?<=[.!؟\n])/).filter((s) => s.includes('،'));
        for (const sentence of sentences.slice(0, SENTENCES_PER_FILE)) {
          const words = sentence.trim().split(/\s+/);
          for (let i = 1; i <= words.length; i++, cases++) expectSound(words.slice(0, i).join(' '));
        }
      }
    }
    expect(cases).toBeGreaterThan(5000);
  });
});
