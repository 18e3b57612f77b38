// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Companion } from '@/components/Companion';
import { emptyTabState, type TabState } from '@/lib/extension/messages';

/** The popup against a background that answers `get-tab` with `state`. */
async function popupWith(state: TabState): Promise<HTMLElement> {
  fakeBrowser.runtime.onMessage.addListener((_msg, _sender, sendResponse) => {
    (sendResponse as (s: TabState) => void)(state);
    return true;
  });
  history.replaceState(null, '', '/popup.html?tabId=12');
  const el = document.body.appendChild(document.createElement('div'));
  await act(async () => render(<Companion mode="popup" />, el));
  await vi.waitFor(() => expect(el.querySelector('.status')!.textContent).not.toBe('Looking at this page…'));
  return el;
}

describe('popup messages', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => (document.body.innerHTML = ''));

  it('says plainly when the page has no Arabic article', async () => {
    const el = await popupWith({ ...emptyTabState(), status: 'no-article', host: 'news.test' });
    expect(el.querySelector('.status')!.textContent).toBe('No Arabic news article was found on this page.');
    expect(el.querySelector('.delegations')).toBeNull();
  });

  it('says "could not analyse this page" after an error', async () => {
    const el = await popupWith({ ...emptyTabState(), status: 'error', host: 'news.test', error: 'boom' });
    expect(el.querySelector('.status .error')!.textContent).toBe('Could not analyse this page.');
  });

  it('shows the switch off on a site the user turned off', async () => {
    const el = await popupWith({ ...emptyTabState(), status: 'disabled', host: 'news.test' });
    expect(el.querySelector('.status')!.textContent).toBe('The annotator is off for this site.');
    expect(el.querySelector<HTMLInputElement>('.switch input')!.type).toBe('checkbox');
  });

  it('lists all officials when there are no delegations', async () => {
    const official = { id: 'o1', name_ar: 'عادل الجبير', name_en: 'Adel al-Jubeir', role_ar: null, role_en: 'Minister of Foreign Affairs', country: 'SA', mentions: [[0, 5]] as [number, number][], evidence: '', known: true };
    const el = await popupWith({
      ...emptyTabState(), status: 'done', host: 'news.test',
      analysis: { article: { title: 'عنوان', text: 'x' }, officials: [official], people: [], quotes: [], delegations: [] },
    });
    expect(el.querySelector('#h-officials')!.textContent).toBe('Officials');
    expect(el.querySelector('.officials .name')!.textContent).toContain('Adel al-Jubeir');
    expect(el.querySelector('[data-count="officials"]')!.textContent).toBe('1 official');
  });

  it('says how much of a very long article was analysed', async () => {
    const el = await popupWith({
      ...emptyTabState(), status: 'done', host: 'news.test', truncated: true, analysedChars: 49_990, totalChars: 110_968,
      analysis: { article: { title: 'عنوان', text: 'x' }, officials: [], people: [], quotes: [], delegations: [] },
    });
    expect(el.querySelector('.status .note')!.textContent).toBe('A very long article: only its first 49,990 of 110,968 characters (45%) were analysed.');
  });

  it('lists quoted people apart from officials, with their description, and their quotes under their name', async () => {
    // An article of our own: a minister and an analyst who comments on his visit.
    const text = 'زار وزير الخارجية خالد يوسف بيروت. وقال المحلل السياسي سامي الحسن إن "الزيارة تفتح صفحة جديدة".';
    const span = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
    const said = span('الزيارة تفتح صفحة جديدة');
    const el = await popupWith({
      ...emptyTabState(), status: 'done', host: 'news.test',
      analysis: {
        article: { title: 'عنوان', text },
        officials: [{ id: 'o1', name_ar: 'خالد يوسف', name_en: 'Khalid Yousef', role_ar: 'وزير الخارجية', role_en: 'Minister of Foreign Affairs', country: null, mentions: [span('وزير الخارجية خالد يوسف')], evidence: '', known: false }],
        people: [{ id: 'p1', name_ar: 'سامي الحسن', name_en: 'Sami al-Hassan', named: true, description_ar: 'المحلل السياسي', description_en: 'political analyst', country: null, mentions: [span('سامي الحسن')] }],
        quotes: [{ id: 'q1', text: text.slice(...said), kind: 'direct', speaker_ar: 'سامي الحسن', speaker_en: 'Sami al-Hassan', speaker_id: 'p1', start: said[0], end: said[1] }],
        delegations: [],
      },
    });
    expect(el.querySelector('[data-count="people"]')!.textContent).toBe('1 person quoted');
    expect(el.querySelector('#h-people')!.textContent).toBe('People quoted');
    expect([...el.querySelectorAll('.people .name')].map((n) => n.textContent)).toEqual(['Sami al-Hassan · 1 quote']);
    expect(el.querySelector('.people .description')!.textContent).toBe('political analyst');
    // Not listed among the officials.
    expect([...el.querySelectorAll('.officials .name')].map((n) => n.textContent)).toEqual(['Khalid Yousef ×1']);
    expect(el.querySelector('.speaker.person h4')!.textContent).toBe('Sami al-Hassan — political analyst · not an official (1)');
  });
});

describe('popup when the browser fails it', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('shows the defaults and says so when the settings cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const el = await popupWith({ ...emptyTabState(), status: 'no-article', host: 'news.test' });
    await vi.waitFor(() => expect(el.querySelector('.status .note')?.textContent).toBe('Your settings could not be read; the defaults are shown.'));
    expect(el.querySelector<HTMLInputElement>('.switch input')!.checked).toBe(true);
  });

  it('puts a switch back and says so when the setting cannot be saved', async () => {
    const el = await popupWith({ ...emptyTabState(), status: 'no-article', host: 'news.test' });
    await vi.waitFor(() => expect(el.querySelector('.switch input')).not.toBeNull());
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    const box = el.querySelector<HTMLInputElement>('.switch input')!;
    await act(async () => {
      box.checked = false;
      box.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(() => expect(el.querySelector('.status .note')?.textContent).toBe('The setting could not be saved.'));
    expect(el.querySelector<HTMLInputElement>('.switch input')!.checked).toBe(true);
  });

  it('waits, without an error, for a background that does not answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    history.replaceState(null, '', '/popup.html?tabId=12');
    const el = document.body.appendChild(document.createElement('div'));
    await act(async () => render(<Companion mode="popup" />, el));
    await vi.waitFor(() => expect(el.querySelector('.status')!.textContent).toBe('Analysing this page…'));
  });
});
