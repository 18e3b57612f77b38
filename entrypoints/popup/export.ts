import type { Analysis } from '@/lib/types';

/** Interim exports of the delegations (lib/delegations/export.ts replaces these when it lands). */
export function delegationsToText(a: Analysis): string {
  return a.delegations
    .map((d) => [`${d.side_en}:`, ...d.members.map((m) => `- ${m.name_en}${m.role_en ? `, ${m.role_en}` : ''}${m.head ? ' (head)' : ''}`)].join('\n'))
    .join('\n\n');
}

export function delegationsToMarkdown(a: Analysis): string {
  const cols = a.delegations;
  const rows = Math.max(0, ...cols.map((d) => d.members.length));
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`| ${cols.map((d) => cell(d.side_en)).join(' | ')} |`, `|${cols.map(() => ' --- ').join('|')}|`];
  for (let i = 0; i < rows; i++)
    lines.push(`| ${cols.map((d) => { const m = d.members[i]; return m ? cell(`${m.name_en}${m.role_en ? `, ${m.role_en}` : ''}`) : ''; }).join(' | ')} |`);
  return lines.join('\n');
}

export function delegationsToCsv(a: Analysis): string {
  const q = (s: string | null) => `"${(s ?? '').replace(/"/g, '""')}"`;
  const rows = [['side', 'name_en', 'role_en', 'name_ar', 'role_ar', 'head'].join(',')];
  for (const d of a.delegations)
    for (const m of d.members) rows.push([q(d.side_en), q(m.name_en), q(m.role_en), q(m.name_ar), q(m.role_ar), m.head ? 'yes' : 'no'].join(','));
  return rows.join('\r\n') + '\r\n';
}

export function delegationsToJson(a: Analysis): string {
  return JSON.stringify({ title: a.article.title, delegations: a.delegations }, null, 2);
}
