import type { Official, Quote } from '@/lib/types';
import { flagEmoji } from './country';

export function OfficialList({ officials, onPick }: { officials: Official[]; onPick: (o: Official) => void }) {
  return (
    <ul class="officials">
      {officials.map((o) => (
        <li key={o.id}>
          <button type="button" class="entry" onClick={() => onPick(o)}>
            <span class="name">
              {flagEmoji(o.country) && <span aria-hidden="true">{flagEmoji(o.country)} </span>}
              {o.name_en}
              <span class="n"> ×{o.mentions.length}</span>
            </span>
            {o.role_en && <span class="role">{o.role_en}</span>}
            <bdi class="ar" dir="rtl" lang="ar">{o.name_ar}</bdi>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Quotes grouped by speaker, in order of each speaker's first quote. */
export function groupQuotes(quotes: Quote[]): { speaker: string; quotes: Quote[] }[] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const speaker = q.speaker_en ?? q.speaker_ar ?? 'Unknown speaker';
    groups.set(speaker, [...(groups.get(speaker) ?? []), q]);
  }
  return [...groups].map(([speaker, qs]) => ({ speaker, quotes: qs }));
}

export function QuoteList({ quotes, onPick }: { quotes: Quote[]; onPick: (q: Quote) => void }) {
  return (
    <div class="quotes">
      {groupQuotes(quotes).map((g) => (
        <section key={g.speaker} class="speaker">
          <h4>{g.speaker} <span class="n">({g.quotes.length})</span></h4>
          <ul>
            {g.quotes.map((q) => (
              <li key={q.id}>
                <button type="button" class="entry quote" onClick={() => onPick(q)}>
                  <bdi dir="rtl" lang="ar">{q.text}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
