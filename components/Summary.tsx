import type { Analysis } from '@/lib/types';
import type { ToContent } from '@/lib/extension/messages';
import { isSaidBy, peopleByQuotes } from '@/lib/extension/speakers';
import { delegationsToCsv, delegationsToJson, delegationsToMarkdown, delegationsToText } from '@/lib/delegations/export';
import { DelegationColumns } from './Delegations';
import { OfficialList, QuoteList } from './Officials';
import { PeopleList } from './People';

export type ScrollTarget = Omit<Extract<ToContent, { type: 'scroll-to' }>, 'type'>;

export interface SummaryProps {
  analysis: Analysis;
  /** Scroll the page to an entry's highlight and focus it. */
  onScroll: (target: ScrollTarget) => void;
  onCopy: (text: string, what: string) => void;
  onDownload: (text: string, type: string, ext: string) => void;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** What the popup and the side panel show of an analysis: delegations side by side, officials, people, quotes by speaker. */
export function Summary({ analysis, onScroll, onCopy, onDownload }: SummaryProps) {
  const inDelegation = new Set(analysis.delegations.flatMap((d) => d.members.map((m) => m.official_id)).filter(Boolean));
  const others = analysis.officials.filter((o) => !inDelegation.has(o.id));
  const { quoted, named } = peopleByQuotes(analysis);
  const quoteCount = (id: string) => analysis.quotes.filter((q) => isSaidBy(q, id)).length;
  const scrollToOfficial = (id: string | null, nameAr?: string) => {
    const o = analysis.officials.find((x) => x.id === id) ?? analysis.officials.find((x) => x.name_ar === nameAr);
    if (o) onScroll({ officialId: o.id, mention: 0 });
  };
  const scrollToSpeaker = (id: string) => onScroll(id.startsWith('p') ? { personId: id, mention: 0 } : { officialId: id, mention: 0 });

  return (
    <>
      {analysis.article.title && <h2 class="title"><bdi dir="rtl" lang="ar">{analysis.article.title}</bdi></h2>}
      <p class="counts">
        <span data-count="officials">{plural(analysis.officials.length, 'official')}</span> ·{' '}
        {quoted.length > 0 && <><span data-count="people">{plural(quoted.length, 'person', 'people')} quoted</span> ·{' '}</>}
        <span data-count="quotes">{plural(analysis.quotes.length, 'quote')}</span> ·{' '}
        <span data-count="delegations">{plural(analysis.delegations.length, 'delegation')}</span>
      </p>
      {analysis.delegations.length > 0 && (
        <section aria-labelledby="h-delegations">
          <h2 id="h-delegations">Delegations</h2>
          <DelegationColumns delegations={analysis.delegations} onPick={(m) => scrollToOfficial(m.official_id, m.name_ar)} />
          <div class="exports">
            <button type="button" onClick={() => onCopy(delegationsToText(analysis.delegations), 'Text')}>Copy as text</button>
            <button type="button" onClick={() => onCopy(delegationsToMarkdown(analysis.delegations), 'Markdown table')}>Copy as Markdown table</button>
            <button type="button" onClick={() => onDownload(delegationsToCsv(analysis.delegations), 'text/csv', 'csv')}>Download CSV</button>
            <button type="button" onClick={() => onDownload(delegationsToJson(analysis.delegations), 'application/json', 'json')}>Download JSON</button>
          </div>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="h-officials">
          <h2 id="h-officials">{analysis.delegations.length ? 'Other officials' : 'Officials'}</h2>
          <OfficialList officials={others} onPick={(o) => scrollToOfficial(o.id)} />
        </section>
      )}
      {analysis.officials.length === 0 && <p class="plain">No officials found in this article.</p>}
      {quoted.length > 0 && (
        <section aria-labelledby="h-people">
          <h2 id="h-people">People quoted</h2>
          <p class="hint">Quoted in the article but not officials: analysts, witnesses, relatives, unnamed sources.</p>
          <PeopleList people={quoted} quoteCount={quoteCount} onPick={(p) => onScroll({ personId: p.id, mention: 0 })} />
        </section>
      )}
      {named.length > 0 && (
        <section aria-labelledby="h-people-named">
          <h2 id="h-people-named">Other people named</h2>
          <PeopleList people={named} quoteCount={quoteCount} onPick={(p) => onScroll({ personId: p.id, mention: 0 })} />
        </section>
      )}
      {analysis.quotes.length > 0 && (
        <section aria-labelledby="h-quotes">
          <h2 id="h-quotes">Quotes</h2>
          <QuoteList analysis={analysis} onPick={(q) => onScroll({ quoteId: q.id })} onPickSpeaker={scrollToSpeaker} />
        </section>
      )}
    </>
  );
}
