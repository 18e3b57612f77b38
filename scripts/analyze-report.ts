// The readable report of the command-line analyzer. Arabic is printed plainly (the terminal does its own
// bidi); columns are aligned by character count.
import type { Analysis, Delegation, DelegationMember, Official, Quote } from '../lib/types';

const COLUMN = 44;
const chars = (s: string) => Array.from(s).length;
function fit(s: string, width: number): string {
  const a = Array.from(s);
  return a.length > width ? a.slice(0, width - 1).join('') + '…' : s + ' '.repeat(width - a.length);
}
const one = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Word-wrap a line to the column width; continuation lines are indented under the text. */
function wrap(line: string, width: number): string[] {
  if (chars(line) <= width) return [line];
  const lead = line.match(/^\s*(?:[★•] )?/)![0];
  const indent = ' '.repeat(chars(lead));
  const out: string[] = [];
  let cur = lead;
  for (const word of line.slice(lead.length).split(/\s+/)) {
    if (cur.trim() && chars(cur) + 1 + chars(word) > width) {
      out.push(cur);
      cur = indent + word;
    } else cur = cur.trim() ? `${cur} ${word}` : cur + word;
  }
  out.push(cur);
  return out;
}

/** The lines of one delegation member: English name (head starred), English role, Arabic name. */
function memberLines(m: DelegationMember): string[] {
  return [`${m.head ? '★ ' : '• '}${m.name_en}`, `  ${m.role_en ?? '(role not stated)'}`, `  ${m.name_ar}`].flatMap((l) => wrap(l, COLUMN));
}

function delegationColumns(left: Delegation, right: Delegation | undefined): string[] {
  const side = (d: Delegation | undefined) =>
    d ? [d.side_en.toUpperCase(), '-'.repeat(Math.min(COLUMN - 2, chars(d.side_en))), ...sortHeadFirst(d.members).flatMap(memberLines)] : [];
  const a = side(left);
  const b = side(right);
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(`  ${fit(a[i] ?? '', COLUMN)}  ${b[i] ?? ''}`.trimEnd());
  return out;
}

const sortHeadFirst = (ms: DelegationMember[]) => [...ms].sort((x, y) => Number(y.head) - Number(x.head));

function officialLines(o: Official, i: number): string[] {
  const role = o.role_en || o.role_ar ? `${o.role_en ?? '?'}${o.role_ar ? ` (${o.role_ar})` : ''}` : 'role not stated';
  const n = o.mentions.length;
  return [
    `  ${String(i + 1).padStart(2)}. ${o.name_en} — ${role}`,
    `      ${o.name_ar} · ${o.country ?? 'no country'} · ${n} mention${n === 1 ? '' : 's'}${o.known ? ' · known' : ''}`,
    ...(o.evidence ? [`      from: ${one(o.evidence)}`] : []),
  ];
}

function quoteLines(quotes: Quote[]): string[] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const who = q.speaker_en ? `${q.speaker_en}${q.speaker_ar ? ` (${q.speaker_ar})` : ''}` : q.speaker_ar ?? '(speaker unknown)';
    groups.set(who, [...(groups.get(who) ?? []), q]);
  }
  const out: string[] = [];
  for (const [who, qs] of groups) {
    out.push(`  ${who}`);
    for (const q of qs) out.push(`    [${q.kind}] ${one(q.text)}`);
  }
  return out;
}

export function formatReport(a: Analysis): string {
  const lines: string[] = [];
  lines.push(`Title: ${a.article.title ? one(a.article.title) : '(none)'}`);
  const paragraphs = a.article.text.split(/\n\n/).filter((p) => p.trim()).length;
  lines.push(`Article: ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${a.article.text.length} characters`);

  lines.push('', `DELEGATIONS (${a.delegations.length})`);
  if (!a.delegations.length) lines.push('  none found');
  for (let i = 0; i < a.delegations.length; i += 2) {
    if (i) lines.push('');
    lines.push(...delegationColumns(a.delegations[i]!, a.delegations[i + 1]));
  }

  lines.push('', `OFFICIALS (${a.officials.length})`);
  if (!a.officials.length) lines.push('  none found');
  a.officials.forEach((o, i) => lines.push(...officialLines(o, i)));

  lines.push('', `QUOTES (${a.quotes.length})`);
  if (!a.quotes.length) lines.push('  none found');
  lines.push(...quoteLines(a.quotes));
  return lines.join('\n') + '\n';
}
