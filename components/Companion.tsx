import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/types';
import type { TabState, ToBackground, ToContent } from '@/lib/extension/messages';
import { isSiteEnabled, setSiteEnabled, type Settings } from '@/lib/extension/settings';
import { loadSettings, saveSettings } from '@/lib/extension/store';
import { Summary } from '@/components/Summary';

async function currentTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const toBackground = (msg: ToBackground) => browser.runtime.sendMessage(msg);

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [note, setNote] = useState('');
  const [gaveUp, setGaveUp] = useState(false);

  async function refresh(id: number) {
    setState((await toBackground({ type: 'get-tab', tabId: id })) as TabState);
  }

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    void (async () => {
      const id = await currentTabId();
      setTabId(id);
      setSettings(await loadSettings(browser.storage.sync));
      if (id === null) return;
      await refresh(id);
      // The page may still be analysing: ask again for a few seconds.
      let tries = 0;
      timer = setInterval(async () => {
        const s = (await toBackground({ type: 'get-tab', tabId: id })) as TabState;
        setState(s);
        if (s.status !== 'pending') clearInterval(timer);
        else if (++tries > 20) {
          clearInterval(timer);
          setGaveUp(true);
        }
      }, 400);
    })();
    return () => clearInterval(timer);
  }, []);

  const toTab = (msg: ToContent) => (tabId === null ? Promise.resolve(null) : browser.tabs.sendMessage(tabId, msg).catch(() => null));
  const host = state?.host ?? null;
  const enabled = settings && host ? isSiteEnabled(settings, host) : true;
  const analysis: Analysis | null = state?.status === 'done' ? state.analysis : null;

  async function update(next: Settings) {
    setSettings(next);
    await saveSettings(browser.storage.sync, next);
  }
  async function reanalyse() {
    if (tabId === null) return;
    setState((s) => (s ? { ...s, status: 'pending' } : s));
    await toTab({ type: 'reanalyse' });
    await refresh(tabId);
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
              onChange={(e) => void update(setSiteEnabled(settings, host, (e.currentTarget as HTMLInputElement).checked)).then(() => setTimeout(() => tabId !== null && refresh(tabId), 300))}
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
