import { useEffect, useState } from 'preact/hooks';
import { useTabState } from './useTabState';
import type { Analysis } from '@/lib/types';
import type { TabState, ToContent } from '@/lib/extension/messages';
import { DEFAULT_SETTINGS, isSiteEnabled, setSiteEnabled, type Settings } from '@/lib/extension/settings';
import { loadSettings, saveSettings } from '@/lib/extension/store';
import { Summary } from './Summary';

/** Open the side panel from the popup (a user's click: no await may come before the call). */
function openSidePanel(windowId: number | undefined): boolean {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
  if (chromeSidePanel && windowId !== undefined) {
    void chromeSidePanel.open({ windowId }).then(() => window.close(), () => {});
    return true;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) {
    void sidebar.open().then(() => window.close(), () => {});
    return true;
  }
  return false;
}

export function openPeoplePage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/people.html') });
}

/**
 * The popup and the side panel: what the annotator found on the page (delegations, officials, people, quotes),
 * the per-site switch and the page's actions. The panel stays open and follows the active tab.
 */
export function Companion({ mode }: { mode: 'popup' | 'panel' }) {
  const { tabId, state, gaveUp, refresh } = useTabState(mode === 'panel');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState('');
  const [windowId, setWindowId] = useState<number | undefined>(undefined);

  useEffect(() => {
    // Storage can fail (a profile's quota, a sync error): show the defaults and say so, never an unhandled rejection.
    const readSettings = () =>
      loadSettings(browser.storage.sync).then(setSettings, () => {
        setSettings((now) => now ?? DEFAULT_SETTINGS);
        setNote('Your settings could not be read; the defaults are shown.');
      });
    void readSettings();
    if (mode === 'popup') void browser.windows.getCurrent().then((w) => setWindowId(w?.id), () => {});
    const onSettings = (changes: Record<string, unknown>, area: string) => {
      if (area === 'sync' && changes.settings) void readSettings();
    };
    browser.storage.onChanged.addListener(onSettings);
    return () => browser.storage.onChanged.removeListener(onSettings);
  }, []);

  const toTab = (msg: ToContent) => (tabId === null ? Promise.resolve(null) : browser.tabs.sendMessage(tabId, msg).catch(() => null));
  const host = state?.host ?? null;
  const enabled = settings && host ? isSiteEnabled(settings, host) : true;
  const analysis: Analysis | null = state?.status === 'done' ? state.analysis : null;

  async function update(next: Settings) {
    const before = settings;
    setSettings(next);
    try {
      await saveSettings(browser.storage.sync, next);
    } catch {
      setSettings(before);
      setNote('The setting could not be saved.');
    }
  }
  async function reanalyse() {
    if (tabId === null) return;
    await toTab({ type: 'reanalyse' });
    await refresh();
  }
  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setNote(`${what} copied.`);
  }
  function download(text: string, type: string, ext: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `delegations.${ext}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setNote(`delegations.${ext} saved.`);
  }

  return (
    <main>
      <header class="top">
        <h1>Arabic News Annotator</h1>
        {host && settings && (
          <label class="switch">
            <input
              type="checkbox"
              checked={enabled}
              onChange={(e) => void update(setSiteEnabled(settings, host, (e.currentTarget as HTMLInputElement).checked)).then(() => setTimeout(() => void refresh(), 300))}
            />
            On for {host}
          </label>
        )}
      </header>

      <div class="status" role="status" aria-live="polite">
        {state === null && <p>Looking at this page…</p>}
        {state?.status === 'pending' && !gaveUp && <p>Analysing this page…</p>}
        {state?.status === 'pending' && gaveUp && <p class="plain">This page cannot be annotated (a browser page, or it is still loading).</p>}
        {state?.status === 'no-article' && <p class="plain">No Arabic news article was found on this page.</p>}
        {state?.status === 'disabled' && <p class="plain">The annotator is off for this site.</p>}
        {state?.status === 'error' && <p class="error">Could not analyse this page.</p>}
        {state?.status === 'done' && state.truncated && <p class="note">{truncationNote(state)}</p>}
        {note && <p class="note">{note}</p>}
      </div>

      {state && host && (
        <div class="actions">
          <button type="button" onClick={() => void reanalyse()}>Re-analyse</button>
          {settings && (
            <label>
              <input
                type="checkbox"
                checked={settings.highlightsVisible}
                onChange={(e) => void update({ ...settings, highlightsVisible: (e.currentTarget as HTMLInputElement).checked })}
              />
              Show highlights
            </label>
          )}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>Options</button>
        </div>
      )}
      <div class="actions companion">
        {mode === 'popup' && (
          <button type="button" class="open-panel" onClick={() => openSidePanel(windowId) || setNote('This browser has no side panel.')}>
            Open in side panel
          </button>
        )}
        <button type="button" class="open-people" onClick={openPeoplePage}>People you met</button>
      </div>

      {analysis && (
        <Summary
          analysis={analysis}
          onScroll={(target) => void toTab({ type: 'scroll-to', ...target })}
          onCopy={(text, what) => void copy(text, what)}
          onDownload={download}
        />
      )}
    </main>
  );
}

/** "A very long article: only its first 50,000 of 110,968 characters (45%) were analysed." */
export function truncationNote(state: TabState): string {
  const { analysedChars: done, totalChars: total } = state;
  if (!done || !total || total <= done) return 'A very long article: only its first part was analysed.';
  const n = (x: number) => x.toLocaleString('en-US');
  return `A very long article: only its first ${n(done)} of ${n(total)} characters (${Math.floor((done / total) * 100)}%) were analysed.`;
}
