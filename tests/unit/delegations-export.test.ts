import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  delegationsToCsv,
  delegationsToJson,
  delegationsToMarkdown,
  delegationsToText,
} from '@/lib/delegations/export';
import type { Delegation, DelegationMember } from '@/lib/types';

const member = (name_en: string, name_ar: string, role_en: string | null, head = false, role_ar: string | null = null): DelegationMember => ({
  official_id: null,
  name_en,
  name_ar,
  role_en,
  role_ar,
  head,
});

// People and roles from the dev corpus (diyar-putin-kim); the last role is made awkward on purpose.
const delegations: Delegation[] = [
  {
    side_en: 'Russia',
    side_ar: 'الجانب الروسي',
    country: 'RU',
    members: [
      member('Vladimir Putin', 'فلاديمير بوتين', 'President of Russia', true, 'الرئيس الروسي'),
      member('Sergey Lavrov', 'سيرغي لافروف', 'Minister of Foreign Affairs', false, 'وزير الخارجية'),
      member('Yuri Ushakov', 'يوري أوشاكوف', 'Presidential Aide, "International Affairs" | Kremlin', false),
    ],
  },
  {
    side_en: 'North Korea',
    side_ar: 'الجانب الكوري الشمالي',
    country: 'KP',
    members: [member('Kim Jong Un', 'كيم جونغ أون', 'Leader of North Korea', true), member('Choe Son Hui', 'تشوي سونغ هي', null)],
  },
];

/** A minimal RFC 4180 reader, to check that the CSV round-trips. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('delegationsToCsv', () => {
  const csv = delegationsToCsv(delegations);

  it('starts with a UTF-8 byte order mark and a header, one row per member with CRLF endings', () => {
    expect(csv.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 5);
    expect(delegationsToCsv(delegations, { bom: false }).startsWith('side_en,')).toBe(true);
  });

  it('quotes fields with commas and quotes, doubling the quotes, and round-trips', () => {
    expect(csv).toContain('"Presidential Aide, ""International Affairs"" | Kremlin"');
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[3]).toEqual(['Russia', 'الجانب الروسي', 'no', 'Yuri Ushakov', 'Presidential Aide, "International Affairs" | Kremlin', 'يوري أوشاكوف', '']);
    expect(rows[1]).toEqual(['Russia', 'الجانب الروسي', 'yes', 'Vladimir Putin', 'President of Russia', 'فلاديمير بوتين', 'الرئيس الروسي']);
  });

  it('keeps the Arabic intact through UTF-8 bytes', () => {
    const bytes = new TextEncoder().encode(csv);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const back = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(back).toBe(csv);
    expect(back).toContain('تشوي سونغ هي');
  });

  it('defuses fields that a spreadsheet would run as formulas', () => {
    const risky: Delegation[] = [{ side_en: 'X', side_ar: 'س', country: null, members: [member('=HYPERLINK("x")', 'ا', '-1')] }];
    const rows = parseCsv(delegationsToCsv(risky, { bom: false }));
    expect(rows[1]![3]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]![4]).toBe(`'-1`);
  });
});

describe('delegationsToMarkdown', () => {
  const md = delegationsToMarkdown(delegations);
  const lines = md.split('\n');

  it('puts the sides as columns, the head in bold and first', () => {
    expect(lines[0]).toBe('| Russia | North Korea |');
    expect(lines[1]).toBe('| --- | --- |');
    expect(lines[2]).toBe('| **Vladimir Putin**, President of Russia (فلاديمير بوتين) | **Kim Jong Un**, Leader of North Korea (كيم جونغ أون) |');
    expect(lines).toHaveLength(2 + 3);
    expect(lines[4]).toMatch(/\(يوري أوشاكوف\) \|\s+\|$/); // North Korea's column is empty on this row
  });

  it('escapes pipes so that a cell never splits', () => {
    expect(lines[4]).toContain('"International Affairs" \\| Kremlin');
    expect(lines[4]!.split(/(?<!\\)\|/)).toHaveLength(4);
  });

  it('is empty without delegations', () => {
    expect(delegationsToMarkdown([])).toBe('');
  });
});

describe('delegationsToText and delegationsToJson', () => {
  it('writes one block per side with the head marked', () => {
    const text = delegationsToText(delegations);
    expect(text.split('\n\n')).toHaveLength(2);
    expect(text.split('\n')[0]).toBe('Russia (الجانب الروسي)');
    expect(text).toContain('  - Vladimir Putin, President of Russia (head) — فلاديمير بوتين');
    expect(text).toContain('  - Choe Son Hui — تشوي سونغ هي');
  });

  it('writes JSON that parses back to the sides and members', () => {
    const parsed = JSON.parse(delegationsToJson(delegations)) as { side_en: string; members: { name_en: string; head: boolean }[] }[];
    expect(parsed.map((d) => d.side_en)).toEqual(['Russia', 'North Korea']);
    expect(parsed[0]!.members[0]).toMatchObject({ name_en: 'Vladimir Putin', head: true });
    expect(parsed[1]!.members).toHaveLength(2);
  });
});
