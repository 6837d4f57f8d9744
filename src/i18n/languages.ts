// Loading a translated language: its interface catalogs (src/i18n/<code>/index.ts, a chunk per
// language, fetched only when chosen) and its story and history strings (story/l10n/<code>/*.po,
// a JSON file per language: tools/vite/l10n-plugin.ts). English loads nothing: it is in the
// entry bundle and in the ink. A language whose catalogs are not in this build still gets its
// story text; the interface then stays in English key by key (src/i18n/catalog.ts).
import { useStoryTranslation, type StoryTranslation } from '../engine/storyLanguage.ts';
import { addTranslations, TRANSLATED_LANGUAGES, useLanguage, type LanguageCode } from './catalog.ts';

type CatalogModule = Record<string, Record<string, unknown>>;
const catalogs = import.meta.glob<CatalogModule>(['./*/index.ts', '!./en/index.ts']);
const storyTables: Record<string, () => Promise<{ default: { url: string | null; data: StoryTranslation | null } }>> = {
  uk: () => import('virtual:kengir-l10n/uk'),
  ru: () => import('virtual:kengir-l10n/ru'),
};

const loaded = new Map<LanguageCode, Promise<StoryTranslation | null>>();

export function isTranslated(code: string): code is LanguageCode {
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(code);
}

/** The story and history strings of a language: the table's module, then its JSON in a build. */
async function loadStrings(code: LanguageCode): Promise<StoryTranslation | null> {
  const table = storyTables[code];
  if (!table) return null;
  const { default: asset } = await table();
  if (asset.data) return asset.data;
  const response = await fetch(asset.url!, { cache: 'force-cache' });
  if (!response.ok) throw new Error(`${code} strings: HTTP ${response.status}`);
  return await response.json() as StoryTranslation;
}

async function load(code: LanguageCode): Promise<StoryTranslation | null> {
  // The strings (the largest file) are fetched while the interface catalogs load, not after them.
  const strings = loadStrings(code);
  strings.catch(() => { /* awaited below */ });
  const catalog = catalogs[`./${code}/index.ts`];
  if (catalog) {
    const module = await catalog();
    for (const [name, messages] of Object.entries(module[code] ?? {})) addTranslations(code, name, messages);
  }
  return await strings;
}

/**
 * Switches the interface, the story and the history to `code` (fetching its files the first
 * time). Returns the language's history table for src/i18n/story/history.ts, null for English.
 */
export async function switchLanguage(code: LanguageCode): Promise<StoryTranslation | null> {
  if (!isTranslated(code)) {
    useStoryTranslation(null);
    useLanguage(code === 'pseudo' ? 'en' : code);
    return null;
  }
  let pending = loaded.get(code);
  if (!pending) {
    pending = load(code);
    loaded.set(code, pending);
    pending.catch(() => loaded.delete(code));
  }
  const translation = await pending;
  useStoryTranslation(translation);
  useLanguage(code);
  return translation;
}
