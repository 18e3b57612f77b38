import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Quote } from '@/lib/types';
import { personDescription, subjectTitle, type Subject } from '@/lib/extension/speakers';
import { countryNameEn } from '@/lib/english/country-name';
import type { MemoryNote } from '@/lib/memory/types';

export interface CardProps {
  /**
   * Who the card is about: an official, a quoted or named person who is not an official, or (a quote by an
   * institution or a speaker we know only by the article's words) just those words.
   */
  subject: Subject;
  /** 0-based index of the mention the card was opened from. */
  mention: number;
  quotes: Quote[];
  /** The small flag shown before the country's name (an inline SVG in the page, an image elsewhere). */
  flag?: ComponentChildren;
  /** With the reading memory on: the other articles the reader read that name this person. */
  memory?: MemoryNote | null;
  dark: boolean;
  /** Where the card points to, in viewport coordinates (re-read on scroll and resize). */
  anchor: () => DOMRect | null;
  /** Page direction: the card aligns to the anchor's start edge. */
  rtl: boolean;
  onPrev: () => void;
  onNext: () => void;
  onClose: () => void;
}

const MARGIN = 8;

/** Fit a box of w×h next to the anchor, below it if there is room, else above; always inside the viewport. */
export function placeCard(a: DOMRect, w: number, h: number, vw: number, vh: number, rtl: boolean): { left: number; top: number } {
  let left = rtl ? a.right - w : a.left;
  left = Math.max(MARGIN, Math.min(left, vw - w - MARGIN));
  let top = a.bottom + 6;
  if (top + h > vh - MARGIN) top = a.top - h - 6 >= MARGIN ? a.top - h - 6 : Math.max(MARGIN, vh - h - MARGIN);
  return { left: Math.round(left), top: Math.round(top) };
}

export function Card(props: CardProps) {
  const { subject, mention, quotes } = props;
  const official = subject.kind === 'official' ? subject.official : null;
  const person = subject.kind === 'person' ? subject.person : null;
  const who = official ?? person;
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const update = () => {
      const el = ref.current;
      const a = props.anchor();
      if (!el || !a) return;
      setPos(placeCard(a, el.offsetWidth, el.offsetHeight, window.innerWidth, window.innerHeight, props.rtl));
    };
    update();
    window.addEventListener('scroll', update, { passive: true, capture: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [props.anchor, mention, who?.id]);

  const total = who?.mentions.length ?? 0;
  const title = subjectTitle(subject);
  const country = who?.country ? countryNameEn(who.country.toUpperCase()) : '';
  const description = person ? personDescription(person) : null;
  const arabic = who ? who.name_ar : subject.kind === 'speaker' ? subject.ar : null;
  return (
    <div
      ref={ref}
      class={`card ${props.dark ? 'dark' : 'light'}`}
      role="dialog"
      aria-modal="false"
      aria-label={`About ${title}`}
      dir="ltr"
      lang="en"
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { visibility: 'hidden', left: '0px', top: '0px' }}
    >
      <header>
        <div class="who">
          <h2 class="name">{title}</h2>
          {official?.role_en && <p class="role">{official.role_en}</p>}
          {description && <p class="description">{description}</p>}
          {person && <p class="kind-tag">{person.named ? 'Quoted or named in the article, not an official' : 'Unnamed source'}</p>}
          {country && <p class="country">{props.flag}{props.flag ? ' ' : ''}{country}</p>}
          {arabic && (
            <p class="arabic"><bdi dir="rtl" lang="ar">{arabic}</bdi></p>
          )}
        </div>
        <button class="close" type="button" aria-label="Close" onClick={props.onClose}>×</button>
      </header>
      {who && total > 0 && (
        <nav class="mentions" aria-label="Mentions">
          <button type="button" class="prev" onClick={props.onPrev} disabled={total < 2} aria-label="Previous mention">‹ Previous</button>
          <span class="count" aria-live="polite">mention {mention + 1} of {total}</span>
          <button type="button" class="next" onClick={props.onNext} disabled={total < 2} aria-label="Next mention">Next ›</button>
        </nav>
      )}
      {props.memory && props.memory.count > 0 && (
        <section class="memory" aria-label="Your reading memory">
          <h3>Also in {props.memory.count === 1 ? '1 article' : `${props.memory.count} articles`} you read</h3>
          <ul>
            {props.memory.seen.map((s) => (
              <li key={s.url}>
                {s.role_en && <span class="seen-role">{s.role_en}</span>}
                <span class="seen-where">
                  {s.title ? <bdi dir="rtl" lang="ar">{s.title}</bdi> : s.url} · {s.site} · {shortDate(s.readAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {quotes.length > 0 && (
        <section class="quotes">
          <h3>{quotes.length === 1 ? 'Quote' : `Quotes (${quotes.length})`}</h3>
          <ul>
            {quotes.map((q) => (
              <li key={q.id} class={q.kind}>
                <bdi dir="rtl" lang="ar">{q.text}</bdi>
                <span class="kind">{q.kind === 'direct' ? 'direct quote' : 'reported'}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** "2 Dec 2026": the day an article was read, in English. */
export function shortDate(ms: number): string {
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The card's style sheet, inside its shadow root: nothing leaks out, the page's CSS cannot reach in. */
export const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(360px, calc(100vw - 16px));
  max-height: min(480px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px; border-radius: 10px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  text-align: left; direction: ltr; box-shadow: 0 8px 28px rgba(0,0,0,.28); }
.card.light { background: #ffffff; color: #1b1b1b; border: 1px solid #d0d0d0; }
.card.dark { background: #1f2329; color: #eceff4; border: 1px solid #3b424c; }
header { display: flex; gap: 8px; align-items: flex-start; }
.who { flex: 1; min-width: 0; }
h2 { margin: 0; font-size: 17px; font-weight: 650; }
h3 { margin: 10px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; opacity: .75; }
p { margin: 2px 0 0; }
.role, .description { font-weight: 500; }
.kind-tag { font-size: 12px; opacity: .75; }
.flag { display: inline-block; width: 20px; height: 15px; vertical-align: -2px; border-radius: 2px; overflow: hidden;
  box-shadow: 0 0 0 1px rgba(127,127,127,.35); }
.flag svg { display: block; width: 100%; height: 100%; }
.country, .kind { opacity: .8; }
.arabic { font-size: 15px; }
bdi { unicode-bidi: isolate; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid currentColor; border-radius: 6px;
  padding: 2px 8px; cursor: pointer; opacity: .9; }
button:disabled { opacity: .4; cursor: default; }
button:focus-visible { outline: 2px solid #4a90e2; outline-offset: 2px; }
.close { border: none; font-size: 20px; line-height: 1; padding: 0 4px; }
.mentions { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 10px; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 6px 0; padding: 6px 8px; border-radius: 6px; }
.light li { background: #f1f5f9; }
.dark li { background: #2b313a; }
li bdi { display: block; direction: rtl; text-align: right; }
.memory li bdi { display: inline; }
.seen-role { display: block; font-weight: 500; }
.seen-where { display: block; font-size: 12px; opacity: .8; }
.kind { display: block; font-size: 11px; margin-top: 2px; }
`;
