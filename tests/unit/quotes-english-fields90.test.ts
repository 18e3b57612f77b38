import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { articleFromPlainText } from '@/lib/article/text';

const DEV = resolve(__dirname, '../../../shared/corpus/dev');
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

describe.runIf(existsSync(DEV))('an English field holds English on every dev article', () => {
  it('no speaker_en, name_en or role_en has an Arabic letter', () => {
    const bad: string[] = [];
    for (const f of readdirSync(DEV).filter((f) => f.endsWith('.txt'))) {
      const a = analyze(articleFromPlainText(readFileSync(resolve(DEV, f), 'utf8')).text);
      const fields: [string, string | null | undefined][] = [
        ...a.quotes.map((q) => ['speaker_en', q.speaker_en] as [string, string | null]),
        ...a.officials.flatMap((o) => [['name_en', o.name_en], ['role_en', o.role_en]] as [string, string | null][]),
        ...a.people.flatMap((p) => [['name_en', p.name_en], ['description_en', p.description_en]] as [string, string | null | undefined][]),
      ];
      for (const [field, value] of fields) if (value && ARABIC.test(value)) bad.push(`${f}: ${field} "${value}"`);
    }
    expect(bad).toEqual([]);
  }, 120_000);
});
