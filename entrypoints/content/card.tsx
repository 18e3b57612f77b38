import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Analysis, Official, Person } from '@/lib/types';
import type { ToContent } from '@/lib/extension/messages';
import { isSaidBy, speakerOf, subjectById, type Subject } from '@/lib/extension/speakers';
import { Card, CARD_CSS } from '@/components/Card';
import { InlineFlag } from '@/components/Flag';
import { personKey } from '@/lib/memory/record';
import type { MemoryNote } from '@/lib/memory/types';
import { MARK_CLASS, OFFICIAL_CLASS, PERSON_CLASS, UI_CLASS } from './highlight';
import { isDarkAt } from './theme';

export function firstMarkOf(officialId: string, mention: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `mark.${OFFICIAL_CLASS}.ana-first[data-official-id="${CSS.escape(officialId)}"][data-mention="${mention}"]`,
  );
}

export function firstMarkOfPerson(personId: string, mention: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `mark.${PERSON_CLASS}.ana-first[data-person-id="${CSS.escape(personId)}"][data-mention="${mention}"]`,
  );
}

export function firstMarkOfQuote(quoteId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`mark.ana-quote.ana-first[data-quote-id="${CSS.escape(quoteId)}"]`);
}

/** The highlight a popup or side panel entry points to (an official's or person's mention, or a quote). */
export function markFor(msg: Extract<ToContent, { type: 'scroll-to' }>): HTMLElement | null {
  if (msg.officialId) return firstMarkOf(msg.officialId, msg.mention ?? 0);
  if (msg.personId) return firstMarkOfPerson(msg.personId, msg.mention ?? 0);
  return msg.quoteId ? firstMarkOfQuote(msg.quoteId) : null;
}

/** The official or person a card is about, if any. */
function whoOf(s: Subject): Official | Person | null {
  return s.kind === 'official' ? s.official : s.kind === 'person' ? s.person : null;
}

/** The reading memory's key for a subject: officials and named people (an unnamed source is nobody in particular). */
function memoryKey(s: Subject): string | null {
  if (s.kind === 'official') return personKey(s.official.name_en);
  return s.kind === 'person' && s.person.named ? personKey(s.person.name_en) : null;
}

/** A mark of a person's mention (official or not) and the person's id. */
function personMark(mark: HTMLElement): { el: HTMLElement; id: string } | null {
  const el = mark.closest<HTMLElement>(`mark.${OFFICIAL_CLASS}, mark.${PERSON_CLASS}`);
  const id = el?.dataset.officialId ?? el?.dataset.personId;
  return el && id ? { el, id } : null;
}

/** The in-page card: one shadow-root UI, opened from a highlight, closed by Escape or a click outside. */
export class CardController {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private container: HTMLElement | null = null;
  private origin: HTMLElement | null = null;
  private anchorEl: HTMLElement | null = null;
  private subject: Subject | null = null;
  private quoteId: string | null = null;
  private mention = 0;
  /** Flags (SVG markup from the background, kept) and memory notes (asked again at each opening). */
  private flags = new Map<string, string | null>();
  private notes = new Map<string, MemoryNote | null>();

  constructor(private ctx: ContentScriptContext, private analysis: () => Analysis | null) {}

  get isOpen(): boolean {
    return this.origin !== null;
  }

  /** Is this event target inside the card? */
  contains(e: Event): boolean {
    return !!this.ui && e.composedPath().includes(this.ui.shadowHost);
  }

  async open(mark: HTMLElement): Promise<void> {
    const analysis = this.analysis();
    if (!analysis) return;
    const named = personMark(mark);
    const quoteId = mark.closest<HTMLElement>('mark.ana-quote')?.dataset.quoteId ?? null;
    const quote = quoteId ? analysis.quotes.find((q) => q.id === quoteId) : undefined;
    // A name opens its person's card; a quote opens its speaker's (or, for a speaker we only have words for, the quote's).
    const subject = subjectById(analysis, named?.id) ?? (quote ? speakerOf(analysis, quote) : null);
    if (!subject) return;
    this.subject = subject;
    this.quoteId = named || subject.kind !== 'speaker' ? null : quoteId;
    this.mention = named ? Number(named.el.dataset.mention ?? 0) : 0;
    this.origin = mark.closest<HTMLElement>(`mark.${MARK_CLASS}`);
    this.anchorEl = this.origin;
    await this.ensureUi();
    this.draw();
    void this.fetchExtras(subject);
    // Focus moves into the card so the keyboard can reach its buttons.
    requestAnimationFrame(() => this.ui?.shadow.querySelector<HTMLElement>('.card button.next:not([disabled]), .card button.close')?.focus({ preventScroll: true }));
  }

  close(returnFocus = true): void {
    if (!this.origin) return;
    const origin = this.anchorEl ?? this.origin;
    this.origin = null;
    this.anchorEl = null;
    if (this.container) render(null, this.container);
    if (returnFocus && origin.isConnected) origin.focus({ preventScroll: true });
  }

  private async ensureUi(): Promise<void> {
    if (this.ui) return;
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'ana-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: CARD_CSS,
      onMount: (container, _shadow, host) => {
        host.classList.add(UI_CLASS);
        this.container = container;
      },
      onRemove: () => {
        if (this.container) render(null, this.container);
        this.container = null;
      },
    });
    this.ui.mount();
  }

  /** Move to another mention of the same person: scroll to it, focus it, and point the card at it. */
  step(delta: number): void {
    const who = this.subject ? whoOf(this.subject) : null;
    if (!who || !who.mentions.length) return;
    const n = who.mentions.length;
    const find = this.subject?.kind === 'official' ? firstMarkOf : firstMarkOfPerson;
    for (let i = 1; i <= n; i++) {
      const next = (((this.mention + delta * i) % n) + n) % n;
      const el = find(who.id, next);
      if (el) {
        this.mention = next;
        this.anchorEl = el;
        el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        this.draw();
        return;
      }
    }
  }

  /** Ask the background for the subject's flag and what the reading memory knows of them, then draw again. */
  private async fetchExtras(subject: Subject): Promise<void> {
    const who = whoOf(subject);
    if (!who) return;
    const ask = (msg: unknown) => browser.runtime.sendMessage(msg).catch(() => null);
    const code = who.country?.toLowerCase();
    const key = memoryKey(subject);
    const jobs: Promise<unknown>[] = [];
    if (code && !this.flags.has(code))
      jobs.push(ask({ type: 'flag', code }).then((r) => this.flags.set(code, (r as { svg?: string | null } | null)?.svg ?? null)));
    // Asked at every opening: the reader may have read, deleted or switched off since the last one.
    if (key) {
      this.notes.delete(key);
      jobs.push(ask({ type: 'memory-note', key, url: location.href }).then((r) => this.notes.set(key, (r as MemoryNote | null) ?? null)));
    }
    if (!jobs.length) return;
    await Promise.all(jobs);
    if (this.subject === subject) this.draw();
  }

  private draw(): void {
    const analysis = this.analysis();
    const subject = this.subject;
    if (!this.container || !analysis || !this.origin || !subject) return;
    const id = subject.kind === 'official' ? subject.official.id : subject.kind === 'person' ? subject.person.id : null;
    const quotes = id ? analysis.quotes.filter((q) => isSaidBy(q, id)) : analysis.quotes.filter((q) => q.id === this.quoteId);
    const anchorEl = this.anchorEl;
    const code = whoOf(subject)?.country?.toLowerCase();
    const svg = code ? this.flags.get(code) : null;
    const key = memoryKey(subject);
    render(
      <Card
        subject={subject}
        mention={this.mention}
        quotes={quotes}
        flag={svg && code ? <InlineFlag svg={svg} code={code} /> : null}
        memory={key ? this.notes.get(key) ?? null : null}
        dark={isDarkAt(anchorEl)}
        rtl={getComputedStyle(anchorEl ?? document.body).direction === 'rtl'}
        anchor={() => (anchorEl?.isConnected ? anchorEl.getBoundingClientRect() : null)}
        onPrev={() => this.step(-1)}
        onNext={() => this.step(1)}
        onClose={() => this.close()}
      />,
      this.container,
    );
  }
}
