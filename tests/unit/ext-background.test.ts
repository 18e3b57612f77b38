import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analysis, AnalyzeOptions } from '@/lib/types';
import type { TabState } from '@/lib/extension/messages';
import { DEFAULT_SETTINGS } from '@/lib/extension/settings';
import { saveSettings } from '@/lib/extension/store';
import { WARM_UP_STEPS } from '@/lib/extension/warm-up';

// The background's job is bookkeeping around the engine; the engine itself is tested in its own files.
const calls: { text: string; options: AnalyzeOptions }[] = [];
vi.mock('@/lib/analyze', () => ({
  analyze: (text: string, options: AnalyzeOptions): Analysis => {
    calls.push({ text, options });
    if (text === 'boom') throw new Error('engine failed');
    const official = (id: string) => ({ id, name_ar: 'س', name_en: 'S', role_ar: null, role_en: null, country: null, mentions: [[0, 1]] as [number, number][], evidence: '', known: false });
    return { article: { title: options.title ?? null, text }, officials: [official('o1'), official('o2'), official('o3')], people: [], quotes: [], delegations: [] };
  },
}));

const { default: background } = await import('@/entrypoints/background');

// fake-browser has no commands API: keep the listener the background registers.
const commandListeners: ((command: string) => unknown)[] = [];
vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => void commandListeners.push(l as never));

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    calls.length = 0;
    commandListeners.length = 0;
    background.main();
  });

  /** A message from the content script of tab `tabId` (fake-browser's sendMessage has no sender tab). */
  function send(tabId: number, msg: unknown): Promise<any> {
    return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(msg, { tab: { id: tabId } } as never, resolve as never));
  }

  it('analyses the article text of a tab with the personal dictionary, keeps it, and sets the badge', async () => {
    await saveSettings(fakeBrowser.storage.sync, { ...DEFAULT_SETTINGS, dictionary: [{ name_ar: 'أ ب', name_en: 'A B' }] });
    const reply = await send(7, { type: 'analyze', text: 'نص المقال', title: 'عنوان', host: 'news.test' });
    expect(reply.ok).toBe(true);
    expect(reply.analysis.officials).toHaveLength(3);
    expect(calls[0]!.options).toEqual({ title: 'عنوان', personalDictionary: [{ name_ar: 'أ ب', name_en: 'A B' }] });
    const state = (await fakeBrowser.runtime.sendMessage({ type: 'get-tab', tabId: 7 })) as TabState;
    expect(state.status).toBe('done');
    expect(state.host).toBe('news.test');
    // The page gets its answer first; the badge and the copy in storage.session (so a restarted service worker
    // still knows the tab) follow.
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3'));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.session.get('tab:7'))['tab:7']).toMatchObject({ status: 'done' }));
  });

  it('warms the engine up once when a page looks Arabic, before any page text arrives, in steps', async () => {
    expect(await send(2, { type: 'warm' })).toEqual({ ok: true });
    // The first step at once, the others each in a task of its own.
    expect(calls.map((c) => c.text)).toEqual([WARM_UP_STEPS[0]]);
    await vi.waitFor(() => expect(calls.map((c) => c.text)).toEqual(WARM_UP_STEPS));
    expect(WARM_UP_STEPS.at(-1)).toMatch(/[\u0621-\u064A]{3,}/);
    await send(3, { type: 'warm' });
    await new Promise((ok) => setTimeout(ok, 20));
    expect(calls).toHaveLength(WARM_UP_STEPS.length);
  });

  it("skips the rest of the warm-up once a page's own analysis has run", async () => {
    await send(2, { type: 'warm' });
    await send(2, { type: 'analyze', text: 'نص', title: null, host: 'a.test' });
    await new Promise((ok) => setTimeout(ok, 20));
    expect(calls.map((c) => c.text)).toEqual([WARM_UP_STEPS[0], 'نص']);
  });

  it('reads the settings once, and again after they change', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await send(2, { type: 'analyze', text: 'أ', title: null, host: 'a.test' });
    await send(2, { type: 'analyze', text: 'ب', title: null, host: 'a.test' });
    expect(get).toHaveBeenCalledTimes(1);
    await saveSettings(fakeBrowser.storage.sync, { ...DEFAULT_SETTINGS, dictionary: [{ name_ar: 'ج د', name_en: 'J D' }] });
    await send(2, { type: 'analyze', text: 'ج', title: null, host: 'a.test' });
    expect(calls.at(-1)!.options.personalDictionary).toEqual([{ name_ar: 'ج د', name_en: 'J D' }]);
  });

  it('clears the badge on a page with no article and reports engine errors', async () => {
    await send(3, { type: 'analyze', text: 'x', title: null, host: 'a.test' });
    await send(3, { type: 'no-article', host: 'a.test' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
    expect(((await fakeBrowser.runtime.sendMessage({ type: 'get-tab', tabId: 3 })) as TabState).status).toBe('no-article');

    const reply = await send(4, { type: 'analyze', text: 'boom', title: null, host: 'a.test' });
    expect(reply).toEqual({ ok: false, error: 'engine failed' });
    const state = (await fakeBrowser.runtime.sendMessage({ type: 'get-tab', tabId: 4 })) as TabState;
    expect(state).toMatchObject({ status: 'error', error: 'engine failed' });
  });

  it('records a card failure without losing the analysis', async () => {
    await send(6, { type: 'analyze', text: 'x', title: null, host: 'a.test' });
    await send(6, { type: 'ui-error', message: 'card failed' });
    const state = (await fakeBrowser.runtime.sendMessage({ type: 'get-tab', tabId: 6 })) as TabState;
    expect(state).toMatchObject({ status: 'done', error: 'card failed' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('3');
  });

  it('forgets a tab when it navigates or closes', async () => {
    await send(5, { type: 'analyze', text: 'x', title: null, host: 'a.test' });
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, {} as never);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe(''));
    expect(((await fakeBrowser.runtime.sendMessage({ type: 'get-tab', tabId: 5 })) as TabState).status).toBe('pending');
  });

  it('the keyboard shortcut flips the remembered highlight visibility', async () => {
    await Promise.all(commandListeners.map((l) => l('toggle-highlights')));
    await vi.waitFor(async () => {
      const stored = (await fakeBrowser.storage.sync.get('settings')).settings as { highlightsVisible: boolean };
      expect(stored.highlightsVisible).toBe(false);
    });
  });
});
