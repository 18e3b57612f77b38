import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(REPO, '../shared/data');

export function readShared(path: string): string {
  return readFileSync(resolve(SHARED, path), 'utf8');
}

export function readRepo(path: string): string {
  return readFileSync(resolve(REPO, path), 'utf8');
}

export function readJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Rows of a TSV file without its header. */
export function tsvRows(text: string): string[][] {
  return text.split('\n').slice(1).filter((l) => l.trim()).map((l) => l.replace(/\r$/, '').split('\t'));
}

/** Compact, deterministic JSON: object keys in the order given (callers sort), one top-level key per line. */
export function serializeAsset(value: Record<string, unknown>): string {
  const body = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n');
  return `{\n${body}\n}\n`;
}

export function writeAsset(name: string, value: Record<string, unknown>): number {
  const text = serializeAsset(value);
  writeFileSync(resolve(REPO, 'assets', name), text);
  return Buffer.byteLength(text);
}

/** Deterministic code-point order, independent of locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
