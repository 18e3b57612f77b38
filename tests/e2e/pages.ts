import type { Locator, Page } from '@playwright/test';

/** The news page as a reader sees it, with our highlights. */
export class ArticlePage {
  constructor(readonly page: Page) {}
  get officials(): Locator { return this.page.locator('mark.ana-official'); }
  get quotes(): Locator { return this.page.locator('mark.ana-quote'); }
  get highlights(): Locator { return this.page.locator('mark.ana-hl'); }
  /** The first piece of each mention: the focusable one. */
  mention(text: string): Locator { return this.page.locator('mark.ana-official.ana-first', { hasText: text }); }
  within(selector: string): Locator { return this.page.locator(`${selector} mark.ana-hl`); }
  /** The card lives in a shadow root; Playwright's CSS locators pierce open shadow roots. */
  get card(): Locator { return this.page.locator('ana-card .card'); }
  /** Wait until the content script has drawn every highlight (they are drawn in slices). */
  async waitForHighlights(): Promise<void> {
    await this.page.locator('html[data-ana-state="done"]').waitFor({ state: 'attached', timeout: 20_000 });
    await this.officials.first().waitFor({ state: 'attached', timeout: 5_000 });
  }
}

export class Popup {
  constructor(readonly page: Page) {}
  side(name: string): Locator { return this.page.locator('.side', { has: this.page.locator('h3', { hasText: name }) }); }
  get sides(): Locator { return this.page.locator('.side'); }
  get status(): Locator { return this.page.locator('.status'); }
}
