import { fromStorage, toStorage, type Settings } from './settings';

/** The slice of a WebExtension `StorageArea` the settings need (passed in: lib/ uses no browser globals). */
export interface SettingsArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  return fromStorage(await area.get(null));
}

export async function saveSettings(area: SettingsArea, settings: Settings): Promise<void> {
  const before = await area.get('settings');
  const oldCount = Number((before.settings as { dictionaryChunks?: number } | undefined)?.dictionaryChunks ?? 0);
  const { items, chunkCount } = toStorage(settings);
  await area.set(items);
  const stale: string[] = [];
  for (let i = chunkCount; i < oldCount; i++) stale.push(`dictionary.${i}`);
  if (stale.length) await area.remove(stale);
}
