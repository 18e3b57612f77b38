// Command-line analyzer: npm run analyze -- [--json] FILE… (.txt articles or saved .html pages).
// The same lib/ as the extension: findArticle on a linkedom Document for pages, analyze() on the text.
// Several files: with --json one JSON object per line, in order (a file that fails prints {"error": "…"}).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ArticleText } from '../lib/types';

export class UsageError extends Error {}

const USAGE = 'usage: npm run analyze -- [--json] FILE… (.txt or .html)';

/** The article of a saved page, parsed with linkedom (loaded only for pages, to keep .txt runs fast). */
async function articleFromHtml(html: string, file: string): Promise<ArticleText> {
  const { parseHTML } = await import('linkedom/worker');
  const { articleFromStructuredData, findArticle } = await import('../lib/article/find');
  // linkedom puts everything in <head> when a saved page lacks the <html> element.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html>${html}</html>`;
  const { document } = parseHTML(source);
  const doc = document as unknown as Document;
  const article = findArticle(doc) ?? articleFromStructuredData(doc);
  if (!article) throw new UsageError(`no Arabic article found in ${file}`);
  return { title: article.title, text: article.text };
}

/**
 * The text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, or for pages the charset their <meta> declares
 * (old Arabic sites are saved as windows-1256); bytes that are not UTF-8 fall back to windows-1256.
 */
export function decode(bytes: Uint8Array, isPage: boolean): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (isPage) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1]?.toLowerCase();
    if (declared && !/^utf-?8$/.test(declared)) {
      try {
        return new TextDecoder(declared).decode(bytes);
      } catch {
        /* an unknown label: fall through */
      }
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}

/** Runs the analyzer on the command-line arguments; returns what to print on stdout. Throws UsageError for user errors. */
export async function run(args: string[]): Promise<string> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length) throw new UsageError(`unknown option ${unknown[0]}; ${USAGE}`);
  const files = args.filter((a) => !a.startsWith('--'));
  if (!files.length) throw new UsageError(USAGE);
  if (files.length === 1) return runFile(files[0]!, json);
  // Several files: one answer per file, so that one bad file does not hide the others' results.
  const out: string[] = [];
  for (const file of files) {
    try {
      out.push(await runFile(file, json));
    } catch (e) {
      const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      out.push(json ? JSON.stringify({ file, error: message }) + '\n' : `${file}: ${message}\n`);
    }
  }
  return out.join(json ? '' : '\n');
}

async function runFile(file: string, json: boolean): Promise<string> {
  const ext = extname(file).toLowerCase();
  if (!['.txt', '.html', '.htm'].includes(ext)) throw new UsageError(`unsupported file type "${ext || file}": give a .txt article or a saved .html page`);
  let raw: string;
  try {
    raw = decode(readFileSync(file), ext !== '.txt');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a directory` : `cannot read ${file} (${code ?? 'error'})`);
  }
  // Imported here, not at the top, so that any failure while loading the engine is caught and reported on one line.
  const { articleFromPlainText } = await import('../lib/article/text');
  const article = ext === '.txt' ? articleFromPlainText(raw) : await articleFromHtml(raw, file);
  if (!article.text.trim()) throw new UsageError(`no article text in ${file}`);
  const { analyze } = await import('../lib/analyze');
  const analysis = analyze(article.text, { title: article.title });
  if (json) return JSON.stringify(analysis) + '\n';
  const { formatReport } = await import('./analyze-report');
  return formatReport(analysis);
}

/** One line on stderr and exit 1 for every failure, never a stack trace. */
export async function main(args: string[]): Promise<number> {
  try {
    process.stdout.write(await run(args));
    return 0;
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && /analyze\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
