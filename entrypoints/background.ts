import { analyze } from '@/lib/analyze';
import { emptyTabState, type TabState, type ToBackground } from '@/lib/extension/messages';
import { loadSettings, saveSettings } from '@/lib/extension/store';
import { createCompanion, isCompanionRequest, readPackagedFlag } from '@/lib/extension/companion';
import type { Settings } from '@/lib/extension/settings';
import { WARM_UP_STEPS } from '@/lib/extension/warm-up';

// When this worker started and when its engine (everything imported above) was loaded: the content script
// records both for `npm run bench` (ms since the epoch).
const epochNow = () => performance.timeOrigin + performance.now();
const loadedAt = epochNow();

/**
 * The background runs the engine (its vocabularies stay out of the content script), keeps each tab's
 * analysis (in memory, mirrored to storage.session so a restarted service worker still knows it),
 * sets the badge to the number of officials, and answers the popup.
 */
export default defineBackground(() => {
  const tabs = new Map<number, TabState>();
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const key = (tabId: number) => `tab:${tabId}`;

  // Settings are read once and dropped when they change, instead of once per analysis.
  let settingsLoad: Promise<Settings> | null = null;
  const currentSettings = () => (settingsLoad ??= loadSettings(browser.storage.sync).catch((e) => {
    settingsLoad = null;
    throw e;
  }));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') settingsLoad = null;
  });
  // The reading memory (opt-in) and the card's look-ups: lib/extension/companion.ts.
  const companion = createCompanion({ settings: currentSettings, readFlag: readPackagedFlag });

  // The first analysis in a fresh worker is several times slower than the next (code not yet compiled, lazy
  // tables): a page that looks Arabic asks for this as it starts loading, so its own analysis finds the engine warm.
  // In steps, each a task of its own: a page's analysis that arrives meanwhile runs after the current step, not
  // after all of them, and once one has run the rest is skipped. The steps are a few ms apart: chained with 0 ms
  // timers, Chromium ran every step before a page's request that had arrived during the first one (on the 200 KB
  // page the request waited 70-100 ms, to the end of the warm-up, in six visits out of six).
  const WARM_UP_GAP_MS = 4;
  let warmedAt = 0;
  let warming = false;
  /** When each warm-up step ran (ms since the epoch), for `npm run bench`. */
  const warmSteps: [number, number][] = [];
  function warmUp(step = 0): void {
    if (warmedAt || (warming && step === 0)) return;
    warming = true;
    const from = epochNow();
    try {
      analyze(WARM_UP_STEPS[step]!);
    } catch {
      // An engine error shows on the page's own analysis, where it is reported.
    }
    warmSteps.push([from, epochNow()]);
    if (step + 1 < WARM_UP_STEPS.length) setTimeout(() => warmUp(step + 1), WARM_UP_GAP_MS);
    else warmedAt ||= epochNow();
  }

  async function getState(tabId: number): Promise<TabState> {
    const known = tabs.get(tabId);
    if (known) return known;
    const stored = ((await browser.storage.session.get(key(tabId)).catch(() => ({}))) as Record<string, unknown>)[key(tabId)] as TabState | undefined;
    return stored ?? emptyTabState();
  }

  async function setState(tabId: number, state: TabState): Promise<void> {
    tabs.set(tabId, state);
    await browser.storage.session.set({ [key(tabId)]: state }).catch(() => {});
    const text = state.status === 'done' && state.analysis?.officials.length ? String(state.analysis.officials.length) : state.status === 'error' ? '!' : '';
    await action.setBadgeText({ tabId, text }).catch(() => {});
    if (text) await action.setBadgeBackgroundColor({ tabId, color: state.status === 'error' ? '#b00020' : '#5d4037' }).catch(() => {});
  }

  async function forget(tabId: number): Promise<void> {
    tabs.delete(tabId);
    await browser.storage.session.remove(key(tabId)).catch(() => {});
  }

  async function handle(msg: ToBackground, tabId: number | undefined, url?: string): Promise<unknown> {
    if (isCompanionRequest(msg)) return companion.handle(msg);
    switch (msg.type) {
      case 'analyze': {
        if (tabId === undefined) return { ok: false, error: 'no tab' };
        const receivedAt = epochNow();
        try {
          const { dictionary, highlightsVisible } = await currentSettings();
          const engineFrom = epochNow();
          const started = performance.now();
          const analysis = analyze(msg.text, { title: msg.title, personalDictionary: dictionary });
          const engineMs = performance.now() - started;
          warmedAt ||= epochNow();
          // The page gets its answer first; the badge and the stored copy follow.
          void setState(tabId, { ...emptyTabState(), status: 'done', host: msg.host, analysis, highlightsVisible, truncated: !!msg.truncated,
            ...(msg.truncated && { analysedChars: msg.text.length, totalChars: msg.totalChars ?? msg.text.length }) });
          void companion.remember(analysis, { url, host: msg.host, title: msg.title }).catch(() => {});
          const worker = { startedAt: performance.timeOrigin, loadedAt, warmedAt, receivedAt, engineFrom, warmSteps };
          return { ok: true, analysis, engineMs, worker };
        } catch (e) {
          const error = e instanceof Error ? e.message : String(e);
          await setState(tabId, { ...emptyTabState(), status: 'error', host: msg.host, error });
          return { ok: false, error };
        }
      }
      case 'warm':
        // Right away, before any message queued behind this one (the page's own analysis then runs warm).
        void currentSettings().catch(() => {});
        warmUp();
        return { ok: true };
      case 'no-article':
      case 'disabled':
        if (tabId !== undefined) await setState(tabId, { ...emptyTabState(), status: msg.type, host: msg.host });
        return { ok: true };
      case 'error':
        if (tabId !== undefined) await setState(tabId, { ...emptyTabState(), status: 'error', host: msg.host, error: msg.message });
        return { ok: true };
      case 'ui-error':
        if (tabId !== undefined) await setState(tabId, { ...(await getState(tabId)), error: msg.message });
        return { ok: true };
      case 'get-tab':
        return getState(msg.tabId);
      case 'highlights-visible':
        return { ok: true };
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    handle(raw as ToBackground, sender.tab?.id, sender.url).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e) }));
    return true;
  });

  // A new page in the tab: the old analysis and badge go (the content script reports the new one).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void setState(tabId, emptyTabState());
  });
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));

  // The keyboard shortcut shows or hides the highlights everywhere (remembered, like the popup's toggle).
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const settings = await loadSettings(browser.storage.sync);
    await saveSettings(browser.storage.sync, { ...settings, highlightsVisible: !settings.highlightsVisible });
  });
});
