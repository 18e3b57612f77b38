import { useEffect, useState } from 'preact/hooks';
import type { PersonalEntry } from '@/lib/types';
import { DEFAULT_SETTINGS, exportDictionary, importDictionary, siteKey, type Settings } from '@/lib/extension/settings';
import { loadSettings, saveSettings } from '@/lib/extension/store';
import { countryLabel } from '@/components/country';
import { Flag } from '@/components/Flag';
import { MemorySettings, MemoryStatement } from '@/components/MemorySettings';
import { openPeoplePage } from '@/components/Companion';
import { MemoryStore } from '@/lib/memory/store';

const EMPTY: PersonalEntry = { name_ar: '', name_en: '', role_en: '', country: '' };

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [site, setSite] = useState('');
  const [entry, setEntry] = useState<PersonalEntry>(EMPTY);

  useEffect(() => {
    void loadSettings(browser.storage.sync).then(setSettings, () => {
      setSettings(DEFAULT_SETTINGS);
      setStatus('Your settings could not be read; the defaults are shown.');
    });
  }, []);
  if (!settings) return <p>Loading…</p>;

  async function update(next: Settings, message = 'Saved.') {
    setSettings(next);
    try {
      await saveSettings(browser.storage.sync, next);
      setStatus(message);
    } catch (e) {
      setStatus(`Could not save: ${e instanceof Error ? e.message : e}`);
    }
  }
  const s = settings;

  function addEntry(e: Event) {
    e.preventDefault();
    const clean: PersonalEntry = { name_ar: entry.name_ar.trim(), name_en: entry.name_en.trim() };
    if (!clean.name_ar || !clean.name_en) return setStatus('An entry needs an Arabic and an English name.');
    if (entry.role_en?.trim()) clean.role_en = entry.role_en.trim();
    if (entry.country?.trim()) {
      if (!/^[a-z]{2}$/i.test(entry.country.trim())) return setStatus('Country: a two-letter ISO code such as RU or KP.');
      clean.country = entry.country.trim().toUpperCase();
    }
    const rest = s.dictionary.filter((d) => d.name_ar !== clean.name_ar);
    void update({ ...s, dictionary: [...rest, clean] }, `Added ${clean.name_en}.`);
    setEntry(EMPTY);
  }

  async function importFile(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const entries = importDictionary(await file.text());
      const byName = new Map(s.dictionary.map((d) => [d.name_ar, d]));
      for (const d of entries) byName.set(d.name_ar, d);
      await update({ ...s, dictionary: [...byName.values()] }, `Imported ${entries.length} entries.`);
    } catch (err) {
      setStatus(`Import failed: ${err instanceof Error ? err.message : err}`);
    }
  }

  function exportFile() {
    const url = URL.createObjectURL(new Blob([exportDictionary(s.dictionary)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'personal-dictionary.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <main>
      <h1>Arabic News Annotator</h1>
      <p class="status" role="status" aria-live="polite">{status}</p>

      <section>
        <h2>Highlights</h2>
        <label class="row">
          <input type="color" name="official-color" value={s.colors.official}
            onChange={(e) => void update({ ...s, colors: { ...s.colors, official: (e.currentTarget as HTMLInputElement).value } })} />
          Officials
        </label>
        <label class="row">
          <input type="color" name="quote-color" value={s.colors.quote}
            onChange={(e) => void update({ ...s, colors: { ...s.colors, quote: (e.currentTarget as HTMLInputElement).value } })} />
          Quotes
        </label>
        <label class="row">
          <input type="color" name="person-color" value={s.colors.person}
            onChange={(e) => void update({ ...s, colors: { ...s.colors, person: (e.currentTarget as HTMLInputElement).value } })} />
          People who are not officials (analysts, witnesses, unnamed sources)
        </label>
        <label class="row">
          <input type="checkbox" name="show-roles" checked={s.showRoles}
            onChange={(e) => void update({ ...s, showRoles: (e.currentTarget as HTMLInputElement).checked })} />
          Show each official's role in English after the first mention
        </label>
        <label class="row">
          <input type="checkbox" name="highlights-visible" checked={s.highlightsVisible}
            onChange={(e) => void update({ ...s, highlightsVisible: (e.currentTarget as HTMLInputElement).checked })} />
          Show highlights (also the keyboard shortcut Alt+Shift+H)
        </label>
      </section>

      <section>
        <h2>Sites where the annotator is off</h2>
        {s.disabledSites.length === 0 && <p class="muted">None: it runs on every page with an Arabic article.</p>}
        <ul class="sites">
          {s.disabledSites.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" aria-label={`Turn back on for ${h}`}
                onClick={() => void update({ ...s, disabledSites: s.disabledSites.filter((x) => x !== h) })}>Remove</button>
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={(e) => {
          e.preventDefault();
          const key = siteKey(site);
          if (key && !s.disabledSites.includes(key)) void update({ ...s, disabledSites: [...s.disabledSites, key] });
          setSite('');
        }}>
          <input type="text" name="site" placeholder="example.com" aria-label="Site to turn off" value={site}
            onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">Turn off for this site</button>
        </form>
      </section>

      <section>
        <h2>Reading memory</h2>
        <MemoryStatement limit={s.memory.maxArticles} />
        <MemorySettings settings={s} onChange={(next) => void update(next).then(() => trimMemory(s.memory.maxArticles, next.memory.maxArticles)).then((removed) => {
          if (removed) setStatus(`Saved; the ${removed} oldest articles were deleted from the memory.`);
        })} />
        <button type="button" onClick={openPeoplePage}>See the people you met…</button>
      </section>

      <section>
        <h2>Personal dictionary</h2>
        <p class="muted">Your entries take precedence over the built-in data. They are kept in your browser's synced storage.</p>
        <table>
          <thead><tr><th>Arabic name</th><th>English name</th><th>Role</th><th>Country</th><th></th></tr></thead>
          <tbody>
            {s.dictionary.map((d) => (
              <tr key={d.name_ar}>
                <td><bdi dir="rtl" lang="ar">{d.name_ar}</bdi></td>
                <td>{d.name_en}</td>
                <td>{d.role_en ?? ''}</td>
                <td><Flag code={d.country} /> {countryLabel(d.country)}</td>
                <td><button type="button" aria-label={`Remove ${d.name_en}`}
                  onClick={() => void update({ ...s, dictionary: s.dictionary.filter((x) => x !== d) })}>Remove</button></td>
              </tr>
            ))}
          </tbody>
        </table>
        <form class="add" onSubmit={addEntry}>
          <input name="name_ar" dir="rtl" lang="ar" placeholder="الاسم بالعربية" aria-label="Arabic name" value={entry.name_ar}
            onInput={(e) => setEntry({ ...entry, name_ar: (e.currentTarget as HTMLInputElement).value })} />
          <input name="name_en" placeholder="English name" aria-label="English name" value={entry.name_en}
            onInput={(e) => setEntry({ ...entry, name_en: (e.currentTarget as HTMLInputElement).value })} />
          <input name="role_en" placeholder="Role in English" aria-label="Role in English" value={entry.role_en ?? ''}
            onInput={(e) => setEntry({ ...entry, role_en: (e.currentTarget as HTMLInputElement).value })} />
          <input name="country" placeholder="RU" maxLength={2} size={3} aria-label="Country code" value={entry.country ?? ''}
            onInput={(e) => setEntry({ ...entry, country: (e.currentTarget as HTMLInputElement).value })} />
          <button type="submit">Add</button>
        </form>
        <div class="row">
          <label class="file">Import JSON… <input type="file" accept="application/json,.json" name="import" onChange={(e) => void importFile(e)} /></label>
          <button type="button" onClick={exportFile}>Export JSON</button>
        </div>
      </section>
    </main>
  );
}

/** A lower limit applies at once: the oldest remembered articles past it go now, not at the next reading. */
async function trimMemory(before: number, after: number): Promise<number> {
  if (after >= before) return 0;
  const store = await MemoryStore.open();
  try {
    return await store.trim(after);
  } finally {
    store.close();
  }
}
