// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Companion } from '@/components/Companion';
import { emptyTabState, type TabState } from '@/lib/extension/messages';

const done = (title: string): TabState => ({
  ...emptyTabState(), status: 'done', host: 'news.test',
  analysis: { article: { title, text: 'x' }, officials: [], people: [], quotes: [], delegations: [] },
});

describe('side panel', () => {
  const states = new Map<number, TabState>();
  let el: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    states.clear();
    fakeBrowser.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
      (sendResponse as (s: TabState) => void)(states.get((msg as { tabId: number }).tabId) ?? emptyTabState());
      return true;
    });
  });
  afterEach(() => {
    act(() => render(null, el));
    document.body.innerHTML = '';
  });
  const title = () => el.querySelector('h2.title')?.textContent ?? null;

  it('follows the active tab of its window, and each new analysis of that tab', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    const first = await fakeBrowser.tabs.create({ windowId: win.id, active: true });
    const second = await fakeBrowser.tabs.create({ windowId: win.id, active: false });
    states.set(first.id!, done('المقال الأول'));
    states.set(second.id!, done('المقال الثاني'));
    history.replaceState(null, '', `/sidepanel.html?tabId=${first.id}`);
    el = document.body.appendChild(document.createElement('div'));
    await act(async () => render(<Companion mode="panel" />, el));
    await vi.waitFor(() => expect(title()).toBe('المقال الأول'));
    // The panel has no button to open itself.
    expect(el.querySelector('button.open-panel')).toBeNull();
    expect(el.querySelector('button.open-people')).not.toBeNull();

    // The reader switches tabs.
    await act(async () => void (await fakeBrowser.tabs.onActivated.trigger({ tabId: second.id!, windowId: win.id! })));
    await vi.waitFor(() => expect(title()).toBe('المقال الثاني'));
    // A tab of another window does not move it.
    await act(async () => void (await fakeBrowser.tabs.onActivated.trigger({ tabId: first.id!, windowId: win.id! + 100 })));
    expect(title()).toBe('المقال الثاني');

    // The page in the followed tab is analysed again (a single-page site swapped its article).
    await act(async () => void (await fakeBrowser.storage.session.set({ [`tab:${second.id}`]: done('مقال جديد') })));
    await vi.waitFor(() => expect(title()).toBe('مقال جديد'));
    // A change to another tab's state is not shown.
    await act(async () => void (await fakeBrowser.storage.session.set({ [`tab:${first.id}`]: done('لا') })));
    expect(title()).toBe('مقال جديد');
  });
});
