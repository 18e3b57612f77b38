import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatReport } from '@/scripts/analyze-report';
import { decode, main, run } from '@/scripts/analyze';
import type { Analysis } from '@/lib/types';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES = join(ROOT, 'tests/fixtures/sites');
const SEED = join(ROOT, 'tests/fixtures/articles/diyar-putin-kim.txt');

/** Runs main() and returns its exit code and what it wrote on stderr. */
async function runMain(args: string[]) {
  let err = '';
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const code = await main(args);
  stderr.mockRestore();
  stdout.mockRestore();
  return { code, err };
}

afterEach(() => vi.restoreAllMocks());

describe('CLI errors: one line on stderr, exit code 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  mkdirSync(join(dir, 'folder.txt'));
  const cases: [string, string[], RegExp][] = [
    ['a missing file', [join(dir, 'missing.txt')], /no such file/],
    ['a directory', [join(dir, 'folder.txt')], /is a directory/],
    ['an unsupported extension', [join(ROOT, 'package.json')], /unsupported file type/],
    ['no file', ['--json'], /usage/],
    ['an unknown option', ['--xml', SEED], /unknown option/],
    ['a home page', [join(SITES, 'home.html')], /no Arabic article/],
    ['an English page', ['--json', join(SITES, 'english.html')], /no Arabic article/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const { code, err } = await runMain(args);
      expect(code).toBe(1);
      expect(err).toMatch(message);
      expect(err.trim().split('\n')).toHaveLength(1);
    }, 30_000);
  }
  it('an empty text file', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    const { code, err } = await runMain([empty]);
    expect(code).toBe(1);
    expect(err).toMatch(/no article text/);
  });
});

describe('CLI output', () => {
  it('--json on a saved page prints the contract with the article the finder found', async () => {
    const out = JSON.parse(await run(['--json', join(SITES, 'aljazeera.html')])) as Analysis;
    expect(out.article.title).toBe('وزيرا خارجية الأردن والعراق يبحثان في عمّان مشروع الربط الكهربائي');
    expect(out.article.text).toContain('بحث وزير الخارجية الأردني مع نظيره العراقي');
    expect(out.article.text).not.toContain('الأكثر قراءة');
    for (const key of ['officials', 'quotes', 'delegations']) expect(Array.isArray((out as unknown as Record<string, unknown>)[key])).toBe(true);
  }, 30_000);

  it('--json on a text file leaves the boilerplate out', async () => {
    const out = JSON.parse(await run(['--json', SEED])) as Analysis;
    expect(out.article.text).not.toContain('اشترك مجانا');
    expect(out.article.text).not.toContain('الأكثر قراءة');
  }, 30_000);

  it('several files print one JSON line each, in order, and a failing file its own error line', async () => {
    const lines = (await run(['--json', SEED, join(SITES, 'home.html'), join(SITES, 'aljazeera.html')])).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].officials.length).toBeGreaterThan(5);
    expect(lines[1].error).toMatch(/no Arabic article/);
    expect(lines[2].article.text).toContain('بحث وزير الخارجية الأردني مع نظيره العراقي');
  }, 30_000);

  it('the real process exits 1 with one line and no stack trace on a missing file', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), '--json', 'nowhere.html'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['analyze: no such file: nowhere.html']);
  }, 20_000);
});

describe('reading files in the encodings saved pages come in', () => {
  const arabic = 'السلام';
  const cp1256 = Uint8Array.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]);
  it('decodes UTF-8, and a page that declares windows-1256', () => {
    expect(decode(new TextEncoder().encode(arabic), false)).toBe(arabic);
    const page = new Uint8Array([...new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>'), ...cp1256]);
    expect(decode(page, true)).toContain(arabic);
  });
  it('falls back to windows-1256 for bytes that are not UTF-8', () => {
    expect(decode(cp1256, false)).toBe(arabic);
  });
});

describe('the readable report', () => {
  const member = (name_en: string, role_en: string, name_ar: string, head = false) => ({ official_id: null, name_ar, name_en, role_en, role_ar: null, head });
  const analysis: Analysis = {
    article: { title: 'عنوان', text: 'نص' },
    officials: [{ id: 'o1', name_ar: 'سيرغي لافروف', name_en: 'Sergey Lavrov', role_ar: 'وزير الخارجية', role_en: 'Minister of Foreign Affairs', country: 'RU', mentions: [[0, 5], [9, 14]], evidence: 'وزير الخارجية الروسي سيرغي لافروف', known: true }],
    people: [],
    quotes: [{ id: 'q1', text: 'نص التصريح', kind: 'direct', speaker_ar: 'لافروف', speaker_en: 'Sergey Lavrov', speaker_id: 'o1', start: 0, end: 3 }],
    delegations: [
      { side_ar: 'الجانب الروسي', side_en: 'Russia', country: 'RU', members: [member('Sergey Lavrov', 'Minister of Foreign Affairs', 'سيرغي لافروف'), member('Vladimir Putin', 'President', 'فلاديمير بوتين', true)] },
      { side_ar: 'الجانب الكوري', side_en: 'North Korea', country: 'KP', members: [member('Kim Jong Un', 'Chairman', 'كيم جونغ أون', true)] },
    ],
  };
  const report = formatReport(analysis);

  it('puts the delegations side by side, heads first, columns aligned by character count', () => {
    const lines = report.split('\n');
    const header = lines.find((l) => l.includes('RUSSIA'))!;
    expect(header).toContain('NORTH KOREA');
    const column = Array.from(header).join('').indexOf('NORTH KOREA');
    const heads = lines.filter((l) => l.includes('★'));
    expect(heads[0]).toContain('Vladimir Putin');
    expect(Array.from(heads[0]!).indexOf('★', 3)).toBe(column);
    // The Arabic names line up too, counted in characters.
    const arabic = lines.find((l) => l.includes('فلاديمير بوتين'))!;
    expect(Array.from(arabic).join('').indexOf('كيم جونغ أون')).toBe(column + 2);
  });

  it('wraps a long role inside its column instead of cutting it', () => {
    const long = 'Head of the International Department of the Central Military Commission of the Party';
    const wide: Analysis = { ...analysis, delegations: [{ ...analysis.delegations[0]!, members: [member('Kim Song Nam', long, 'كيم سونغ نام', true)] }, analysis.delegations[1]!] };
    const lines = formatReport(wide).split('\n');
    const start = lines.findIndex((l) => l.includes('Kim Song Nam'));
    const roleLines = lines.slice(start + 1, start + 4).map((l) => Array.from(l).slice(0, 46).join('').trim());
    expect(roleLines.join(' ')).toContain(long);
    expect(lines.some((l) => l.includes('…'))).toBe(false);
  });

  it('lists officials with English name, roles in both languages, country, mentions and evidence; quotes by speaker', () => {
    expect(report).toContain('Sergey Lavrov — Minister of Foreign Affairs (وزير الخارجية)');
    expect(report).toContain('RU · 2 mentions');
    expect(report).toContain('from: وزير الخارجية الروسي سيرغي لافروف');
    expect(report).toMatch(/Sergey Lavrov \(لافروف\)\n {4}\[direct\] نص التصريح/);
  });
});
