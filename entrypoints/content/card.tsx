import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Analysis, Official } from '@/lib/types';
import { Card, CARD_CSS } from '@/components/Card';
import { MARK_CLASS, OFFICIAL_CLASS, UI_CLASS } from './highlight';
import { isDarkAt } from './theme';

export function firstMarkOf(officialId: string, mention: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `mark.${OFFICIAL_CLASS}.ana-first[data-official-id="${CSS.escape(officialId)}"][data-mention="${mention}"]`,
  );
}

export function firstMarkOfQuote(quoteId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`mark.ana-quote.ana-first[data-quote-id="${CSS.escape(quoteId)}"]`);
}

/** The in-page card: one shadow-root UI, opened from a highlight, closed by Escape or a click outside. */
export class CardController {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private container: HTMLElement | null = null;
  private origin: HTMLElement | null = null;
  private anchorEl: HTMLElement | null = null;
  private official: Official | null = null;
  private quoteId: string | null = null;
  private mention = 0;

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
    const officialId = mark.closest<HTMLElement>(`mark.${OFFICIAL_CLASS}`)?.dataset.officialId;
    const quoteMark = mark.closest<HTMLElement>('mark.ana-quote');
    const quoteId = quoteMark?.dataset.quoteId ?? null;
    const quote = quoteId ? analysis.quotes.find((q) => q.id === quoteId) : undefined;
    const official =
      analysis.officials.find((o) => o.id === officialId) ??
      (quote?.speaker_id ? analysis.officials.find((o) => o.id === quote.speaker_id) : undefined) ??
      null;
    this.official = official;
    this.quoteId = officialId ? null : quoteId;
    this.mention = officialId ? Number(mark.closest<HTMLElement>(`mark.${OFFICIAL_CLASS}`)!.dataset.mention ?? 0) : 0;
    this.origin = mark.closest<HTMLElement>(`mark.${MARK_CLASS}`);
    this.anchorEl = this.origin;
    await this.ensureUi();
    this.draw();
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
    const o = this.official;
    if (!o || !o.mentions.length) return;
    const n = o.mentions.length;
    for (let i = 1; i <= n; i++) {
      const next = (((this.mention + delta * i) % n) + n) % n;
      const el = firstMarkOf(o.id, next);
      if (el) {
        this.mention = next;
        this.anchorEl = el;
        el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        this.draw();
        return;
      }
    }
  }

  private draw(): void {
    const analysis = this.analysis();
    if (!this.container || !analysis || !this.origin) return;
    const official = this.official;
    const quotes = official
      ? analysis.quotes.filter((q) => q.speaker_id === official.id)
      : analysis.quotes.filter((q) => q.id === this.quoteId);
    const speakerQuote = !official ? quotes[0] : undefined;
    const anchorEl = this.anchorEl;
    render(
      <Card
        official={official}
        mention={this.mention}
        quotes={quotes}
        speaker={speakerQuote ? { ar: speakerQuote.speaker_ar, en: speakerQuote.speaker_en } : null}
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
