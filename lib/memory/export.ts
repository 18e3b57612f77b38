import type { RememberedArticle } from './types';

/** Everything the memory holds, as one JSON file. */
export function memoryToJson(articles: RememberedArticle[], exportedAt = new Date()): string {
  return JSON.stringify({ format: 'arabic-news-annotator/memory', version: 1, exportedAt: exportedAt.toISOString(), articles }, null, 2);
}

/** A CSV cell; text from a page that a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
const cell = (v: string | number | null | undefined) => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One row per person and article: who, in which role, where and when, and what they said there. */
export function memoryToCsv(articles: RememberedArticle[]): string {
  const rows = [['name_en', 'name_ar', 'kind', 'role_en', 'country', 'article_title', 'url', 'site', 'read_at', 'quotes']];
  for (const a of [...articles].sort((x, y) => x.readAt - y.readAt)) {
    for (const p of a.people) {
      const said = p.key ? a.quotes.filter((q) => q.speakerKey === p.key).map((q) => q.text) : a.quotes.filter((q) => q.speaker_en === p.name_en && !q.speakerKey).map((q) => q.text);
      rows.push([p.name_en, p.name_ar, p.kind, p.role_en ?? '', p.country ?? '', a.title ?? '', a.url, a.site, new Date(a.readAt).toISOString(), said.join(' | ')]);
    }
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
