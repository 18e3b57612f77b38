import type { Analysis, Official, Quote } from '@/lib/types';
import { groupQuotesBySpeaker, groupTitle, subjectDetail, subjectId } from '@/lib/extension/speakers';
import { Flag } from './Flag';

export function OfficialList({ officials, onPick }: { officials: Official[]; onPick: (o: Official) => void }) {
  return (
    <ul class="officials">
      {officials.map((o) => (
        <li key={o.id}>
          <button type="button" class="entry" onClick={() => onPick(o)}>
            <span class="name">
              <Flag code={o.country} />
              {o.country ? ' ' : ''}{o.name_en}
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

/** Quotes grouped by speaker (officials and other people alike), each speaker with their role or description. */
export function QuoteList({ analysis, onPick, onPickSpeaker }: {
  analysis: Analysis;
  onPick: (q: Quote) => void;
  /** Scroll to the speaker's first mention (an official's or a person's id). */
  onPickSpeaker: (id: string) => void;
}) {
  return (
    <div class="quotes">
      {groupQuotesBySpeaker(analysis).map((g) => {
        const id = subjectId(g.speaker);
        const detail = g.with.length ? null : subjectDetail(g.speaker);
        const title = groupTitle(g);
        return (
          <section key={g.key} class={`speaker ${g.speaker.kind}`}>
            <h4>
              {id ? <button type="button" class="link who" onClick={() => onPickSpeaker(id)}>{title}</button> : <span class="who">{title}</span>}
              {detail && <span class="detail"> — {detail}</span>}
              {g.speaker.kind === 'person' && <span class="tag"> · not an official</span>}
              <span class="n"> ({g.quotes.length})</span>
            </h4>
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
        );
      })}
    </div>
  );
}
