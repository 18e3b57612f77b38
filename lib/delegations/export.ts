/**
 * The delegations as plain text, a Markdown table, CSV and JSON, for the popup's "copy as text",
 * "copy as Markdown table", "download CSV" and "download JSON". Pure functions of the delegations.
 */
import type { Delegation, DelegationMember } from '../types';

function memberLine(m: DelegationMember): string {
  const role = m.role_en ? `, ${m.role_en}` : '';
  const head = m.head ? ' (head)' : '';
  return `${m.name_en}${role}${head} — ${m.name_ar}`;
}

/** One block per side: the side's English (and Arabic) name, then one line per member, the head first. */
export function delegationsToText(delegations: readonly Delegation[]): string {
  return delegations
    .map((d) => {
      const title = d.side_ar && d.side_ar !== d.side_en ? `${d.side_en} (${d.side_ar})` : d.side_en;
      return [title, ...d.members.map((m) => `  - ${memberLine(m)}`)].join('\n');
    })
    .join('\n\n');
}

/** Markdown cells: a pipe would end the cell, a line break the row. */
function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The sides as columns, one member per row in each column (the head first), as in the popup. */
export function delegationsToMarkdown(delegations: readonly Delegation[]): string {
  if (!delegations.length) return '';
  const header = `| ${delegations.map((d) => mdCell(d.side_en)).join(' | ')} |`;
  const rule = `| ${delegations.map(() => '---').join(' | ')} |`;
  const rows: string[] = [];
  const height = Math.max(...delegations.map((d) => d.members.length));
  for (let r = 0; r < height; r++) {
    const cells = delegations.map((d) => {
      const m = d.members[r];
      if (!m) return '';
      const name = m.head ? `**${mdCell(m.name_en)}**` : mdCell(m.name_en);
      const role = m.role_en ? `, ${mdCell(m.role_en)}` : '';
      return `${name}${role} (${mdCell(m.name_ar)})`;
    });
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return [header, rule, ...rows].join('\n');
}

export const CSV_COLUMNS = ['side_en', 'side_ar', 'head', 'name_en', 'role_en', 'name_ar', 'role_ar'] as const;

/**
 * RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. A field that a
 * spreadsheet would run as a formula (= + - @ at the start) is prefixed with an apostrophe.
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so that spreadsheet programs read the Arabic correctly (default true). */
  bom?: boolean;
}

/** One row per member: side, head flag, English name and role, Arabic name and role. Lines end with CRLF. */
export function delegationsToCsv(delegations: readonly Delegation[], options: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const d of delegations) {
    for (const m of d.members) {
      const row = [d.side_en, d.side_ar, m.head ? 'yes' : 'no', m.name_en, m.role_en ?? '', m.name_ar, m.role_ar ?? ''];
      lines.push(row.map(csvField).join(','));
    }
  }
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

/** The delegations as in the analysis JSON contract (side names, country, members with head flag), pretty-printed. */
export function delegationsToJson(delegations: readonly Delegation[]): string {
  const plain = delegations.map((d) => ({
    side_en: d.side_en,
    side_ar: d.side_ar,
    country: d.country,
    members: d.members.map((m) => ({
      name_en: m.name_en,
      name_ar: m.name_ar,
      role_en: m.role_en,
      role_ar: m.role_ar,
      head: m.head,
    })),
  }));
  return JSON.stringify(plain, null, 2) + '\n';
}
