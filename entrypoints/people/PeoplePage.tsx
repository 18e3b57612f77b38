import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/extension/settings';
import { loadSettings, saveSettings } from '@/lib/extension/store';
import { MemoryStore } from '@/lib/memory/store';
import { matchesQuery, peopleMet, type MetPerson } from '@/lib/memory/people';
import { memoryToCsv, memoryToJson } from '@/lib/memory/export';
import type { RememberedArticle } from '@/lib/memory/types';
import { countryLabel } from '@/components/country';
import { Flag } from '@/components/Flag';
import { MemorySettings, MemoryStatement } from '@/components/MemorySettings';
import { shortDate } from '@/components/Card';

/** The People page: everyone met in the articles the reader read with the memory on; export and delete. */
export function PeoplePage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [store, setStore] = useState<MemoryStore | null>(null);
  const [articles, setArticles] = useState<RememberedArticle[] | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);

  useEffect(() => {
    void loadSettings(browser.storage.sync).then(setSettings, () => {
      setSettings(DEFAULT_SETTINGS);
      setStatus('Your settings could not be read; the defaults are shown.');
    });
    let opened: MemoryStore | null = null;
    void MemoryStore.open().then(async (s) => {
      opened = s;
      setStore(s);
      setArticles(await s.articles());
    }, (e) => setStatus(`Could not open the memory: ${e instanceof Error ? e.message : e}`));
    return () => opened?.close();
  }, []);

  const people = useMemo(() => peopleMet(articles ?? []), [articles]);
  const shown = people.filter((p) => matchesQuery(p, query));

  async function reload(message: string) {
    if (!store) return;
    setArticles(await store.articles());
    setStatus(message);
  }
  async function updateSettings(next: Settings) {
    setSettings(next);
    await saveSettings(browser.storage.sync, next);
    if (store && next.memory.maxArticles < (articles?.length ?? 0)) {
      const removed = await store.trim(next.memory.maxArticles);
      return reload(`Limit set to ${next.memory.maxArticles}; the ${removed} oldest articles were deleted.`);
    }
    setStatus(next.memory.enabled ? 'The memory is on.' : 'The memory is off: nothing new is recorded.');
  }
  function download(text: string, type: string, name: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(`${name} saved.`);
  }

  if (!settings) return <main><p>Loading…</p></main>;
  const count = articles?.length ?? 0;
  return (
    <main>
      <h1>People you met</h1>
      <MemoryStatement limit={settings.memory.maxArticles} />
      <MemorySettings settings={settings} onChange={(next) => void updateSettings(next)} />
      <p class="status" role="status" aria-live="polite">{status}</p>

      <p class="summary" data-count-articles={count} data-count-people={people.length}>
        {count === 0 && !settings.memory.enabled
          ? 'Nothing is stored. Turn the memory on above to start.'
          : `${count} ${count === 1 ? 'article' : 'articles'} · ${people.length} ${people.length === 1 ? 'person' : 'people'}`}
      </p>
      <div class="row">
        <input type="search" name="search" placeholder="Search in English or Arabic: Lavrov, لافروف, foreign minister"
          aria-label="Search people" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <button type="button" disabled={!count} onClick={() => download(memoryToJson(articles ?? []), 'application/json', 'people-memory.json')}>Export JSON</button>
        <button type="button" disabled={!count} onClick={() => download(memoryToCsv(articles ?? []), 'text/csv', 'people-memory.csv')}>Export CSV</button>
        {!confirmAll ? (
          <button type="button" class="danger" disabled={!count} onClick={() => setConfirmAll(true)}>Delete everything…</button>
        ) : (
          <>
            <button type="button" class="danger confirm" onClick={async () => {
              setConfirmAll(false);
              await store?.clear();
              await reload('Everything was deleted.');
            }}>Delete all {count} articles</button>
            <button type="button" onClick={() => setConfirmAll(false)}>Keep them</button>
          </>
        )}
      </div>

      <section aria-labelledby="h-people">
        <h2 id="h-people">
          {query ? <>People matching “<bdi>{query.trim()}</bdi>”</> : 'People'} <span class="n">({shown.length})</span>
        </h2>
        <ul class="people">
          {shown.map((p) => (
            <PersonEntry key={p.key} person={p} onForget={async () => {
              await store?.deletePerson(p.key);
              await reload(`${p.name_en} was forgotten.`);
            }} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="h-articles">
        <h2 id="h-articles">Articles ({count})</h2>
        <ul class="articles">
          {(articles ?? []).map((a) => (
            <li key={a.url} class="article">
              <span>
                <a href={a.url} target="_blank" rel="noreferrer noopener">{a.title ? <bdi dir="rtl" lang="ar">{a.title}</bdi> : a.url}</a>
                <span class="meta"> · {a.site} · {shortDate(a.readAt)} · {a.personKeys.length} people</span>
              </span>
              <button type="button" aria-label={`Delete the article ${a.title ?? a.url}`} onClick={async () => {
                await store?.deleteArticle(a.url);
                await reload('The article was deleted.');
              }}>Delete</button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

function PersonEntry({ person: p, onForget }: { person: MetPerson; onForget: () => void }) {
  return (
    <li class="person" data-key={p.key}>
      <header>
        <h3>
          {p.name_en}
          <span class="tag">{p.kind === 'official' ? 'official' : 'not an official'}</span>
        </h3>
        <button type="button" aria-label={`Forget ${p.name_en}`} onClick={onForget}>Forget this person</button>
      </header>
      <p class="ar-names">
        {p.names_ar.map((n, i) => <span key={n}>{i > 0 && ' · '}<bdi dir="rtl" lang="ar">{n}</bdi></span>)}
        {p.countries.map((c) => <span key={c}> · <Flag code={c} />{countryLabel(c)}</span>)}
      </p>
      <h4>Roles over time</h4>
      <ul class="roles">
        {p.roles.map((r) => (
          <li key={r.url}>
            <strong>{r.role_en ?? 'no role given'}</strong>
            <span class="meta"> — <a href={r.url} target="_blank" rel="noreferrer noopener">{r.title ? <bdi dir="rtl" lang="ar">{r.title}</bdi> : r.url}</a> · {r.site} · {shortDate(r.readAt)}</span>
          </li>
        ))}
      </ul>
      {p.quotes.length > 0 && (
        <>
          <h4>Quotes ({p.quotes.length})</h4>
          <ul class="said">
            {p.quotes.map((q, i) => (
              <li key={`${q.url}-${i}`}>
                <bdi dir="rtl" lang="ar">{q.text}</bdi>
                <span class="meta">{q.kind === 'direct' ? 'direct quote' : 'reported'} · {shortDate(q.readAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
