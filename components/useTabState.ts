import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyTabState, type TabState, type ToBackground } from '@/lib/extension/messages';

const toBackground = (msg: ToBackground) => browser.runtime.sendMessage(msg);

/** The tab given in the page's address (`?tabId=`, for tests and for a popup opened as a page), else the active tab. */
async function initialTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * The background's state of one tab, kept fresh: asked again while the page is analysing (for a few seconds),
 * and, with `follow` (the side panel), following the active tab of this window, a new page loaded in it and
 * every re-analysis (the background mirrors each tab's state to storage.session, whose changes reach us).
 */
export function useTabState(follow: boolean): { tabId: number | null; state: TabState | null; gaveUp: boolean; refresh: () => Promise<void> } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const current = useRef<number | null>(null);

  /** The tab's state; a background that does not answer (restarting, or gone) counts as still analysing. */
  async function load(id: number): Promise<TabState> {
    const s = ((await toBackground({ type: 'get-tab', tabId: id }).catch(() => null)) as TabState | null) ?? emptyTabState();
    if (current.current === id) setState(s);
    return s;
  }

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    let disposed = false;
    const cleanups: (() => void)[] = [];

    async function show(id: number | null) {
      clearInterval(timer);
      current.current = id;
      setTabId(id);
      setGaveUp(false);
      setState(null);
      if (id === null) return;
      const s = await load(id);
      if (s.status !== 'pending' || disposed) return;
      // The page may still be analysing: ask again for a few seconds.
      let tries = 0;
      timer = setInterval(async () => {
        if (current.current !== id) return clearInterval(timer);
        const next = await load(id);
        if (next.status !== 'pending') clearInterval(timer);
        else if (++tries > 20) {
          clearInterval(timer);
          setGaveUp(true);
        }
      }, 400);
    }

    void (async () => {
      await show(await initialTabId().catch(() => null));
      if (!follow || disposed) return;
      const ownWindow = (await browser.windows.getCurrent().catch(() => null))?.id;
      // Opened as a tab (tests, or a reader who opened the panel's page): its own tab is never the one to show.
      const ownTab = (await browser.tabs.getCurrent?.().catch(() => undefined))?.id;
      const onActivated = (info: { tabId: number; windowId: number }) => {
        if (info.windowId === ownWindow && info.tabId !== ownTab) void show(info.tabId);
      };
      const onUpdated = (id: number, change: { status?: string }) => {
        if (id === current.current && change.status) void load(id);
      };
      const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const id = current.current;
        if (area !== 'session' || id === null || !changes[`tab:${id}`]) return;
        const next = changes[`tab:${id}`]!.newValue as TabState | undefined;
        if (next) {
          setState(next);
          if (next.status !== 'pending') setGaveUp(false);
        } else void load(id);
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.storage.onChanged.addListener(onStorage);
      cleanups.push(
        () => browser.tabs.onActivated.removeListener(onActivated),
        () => browser.tabs.onUpdated.removeListener(onUpdated),
        () => browser.storage.onChanged.removeListener(onStorage),
      );
    })();
    return () => {
      disposed = true;
      clearInterval(timer);
      for (const c of cleanups) c();
    };
  }, [follow]);

  return { tabId, state, gaveUp, refresh: async () => void (tabId !== null && (await load(tabId))) };
}
