// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/entrypoints/options/Options';

describe('options page when the settings cannot be read', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('shows the form with the defaults and says so, instead of "Loading…" for ever', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const el = document.body.appendChild(document.createElement('div'));
    await act(async () => render(<Options />, el));
    await vi.waitFor(() => expect(el.querySelector('.status')?.textContent).toBe('Your settings could not be read; the defaults are shown.'));
    expect(el.textContent).not.toContain('Loading…');
  });
});
