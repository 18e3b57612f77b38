import { useState } from 'preact/hooks';
import { MEMORY_LIMITS, type Settings } from '@/lib/extension/settings';

/** The reading memory's switch and size limit (options page and People page alike). */
export function MemorySettings({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const m = settings.memory;
  // What the reader is typing stays put while the page re-renders for other reasons (the memory loading), until
  // the change is committed.
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div class="memory-settings">
      <label class="row">
        <input type="checkbox" name="memory-enabled" checked={m.enabled}
          onChange={(e) => onChange({ ...settings, memory: { ...m, enabled: (e.currentTarget as HTMLInputElement).checked } })} />
        Remember the people in the articles I read (off until you turn it on)
      </label>
      <label class="row">
        Keep at most
        <input type="number" name="memory-limit" min={MEMORY_LIMITS.min} max={MEMORY_LIMITS.max} step={10} value={draft ?? m.maxArticles}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) => {
            setDraft(null);
            const n = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(n)) onChange({ ...settings, memory: { ...m, maxArticles: Math.min(MEMORY_LIMITS.max, Math.max(MEMORY_LIMITS.min, Math.round(n))) } });
          }} />
        articles (the oldest go first)
      </label>
    </div>
  );
}

/** What the memory keeps, said plainly. */
export function MemoryStatement({ limit }: { limit: number }) {
  return (
    <p class="statement">
      When the memory is on, for each article the annotator analyses it keeps, in this browser only (its IndexedDB):
      the article's title, address and site, the day you read it, the people in it with their English and Arabic
      names, roles and countries, and the quotes by speaker. It does not keep the article's text. Nothing is sent
      anywhere. At most {limit.toLocaleString('en-US')} articles are kept; past that the oldest go first. Sites you
      switched the annotator off for are never recorded. The People page shows all of it, exports it (JSON, CSV) and deletes an article, a person or everything.
    </p>
  );
}
