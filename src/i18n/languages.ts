// Loading a translated language: its interface catalogs (src/i18n/<code>/index.ts, a chunk per
// language, fetched only when chosen) and its story and history strings (story/l10n/<code>/*.po:
// in a build a history file and one file of story lines per id group, tools/vite/l10n-plugin.ts).
// English loads nothing: it is in the entry bundle and in the ink. A language whose catalogs are
// not in this build still gets its story text; the interface then stays in English key by key
// (src/i18n/catalog.ts).
//
// Text first: the title needs the catalogs and the history strings, not the story lines (about
// four fifths of the bytes). A caller that lets the lines come later (home mode's boot) asks
// `storyLinesPending` before a path's first text and waits only for that path's lines.
import { useStoryTranslation, type StoryTranslation } from '../engine/storyLanguage.ts';
import { addTranslations, TRANSLATED_LANGUAGES, useLanguage, type LanguageCode } from './catalog.ts';
// In a build every language's file addresses are in the entry, so the fetches start at once;
// in dev each language's module carries its data.
import builtFiles from 'virtual:kengir-l10n-files';

type CatalogModule = Record<string, Record<string, unknown>>;
type LanguageFiles = typeof import('virtual:kengir-l10n/uk')['default'];
const catalogs = import.meta.glob<CatalogModule>(['./*/index.ts', '!./en/index.ts']);
// Dev and tests only: a build has every address in `builtFiles`, so these chunks are left out.
const storyTables: Record<string, () => Promise<{ default: LanguageFiles }>> = import.meta.env.DEV ? {
  uk: () => import('virtual:kengir-l10n/uk'),
  ru: () => import('virtual:kengir-l10n/ru'),
} : {};

interface Loaded {
  /** The catalogs and the history strings: what the title and the content need. */
  ready: Promise<StoryTranslation | null>;
  /** Each line group's arrival (merged into the translation's `lines`), by group (`h.`). */
  lines: Promise<Map<string, Promise<void>>>;
  /** The groups there are, once known, and those already merged: a path whose lines are in starts at once. */
  groups: string[] | null;
  arrived: Set<string>;
}

const loaded = new Map<LanguageCode, Loaded>();
let activeCode: LanguageCode | null = null;

export function isTranslated(code: string): code is LanguageCode {
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(code);
}

/** Resolves after the next frame has been painted (at once where there are no frames: tests in Node). */
function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function fetchJson<T>(code: LanguageCode, url: string, priority: RequestPriority = 'auto'): Promise<T> {
  const response = await fetch(url, { cache: 'force-cache', priority });
  if (!response.ok) throw new Error(`${code} strings: HTTP ${response.status}`);
  return await response.json() as T;
}

function load(code: LanguageCode): Loaded {
  const built = builtFiles[code];
  const table = storyTables[code];
  const files = built ? Promise.resolve(built) : table ? table().then((module) => module.default) : Promise.resolve(null);
  // The history is asked for at once (the title waits for it, with the catalogs)...
  const translation = files.then(async (found): Promise<StoryTranslation | null> => {
    if (!found) return null;
    const history = found.history.data ?? await fetchJson<Record<string, string>>(code, found.history.url!);
    return { language: found.language, lines: {}, history, lineCounts: Object.fromEntries(found.lines.map((file) => [file.group, file.count])) };
  });
  // ...the lines after it and the next paint, at low priority: the story, the content and the
  // history come first, and the lines' fetching and parsing do not hold up the title.
  const linesMayStart = translation.catch(() => null).then(async (target) => { await afterNextPaint(); return target; });
  const entry: Loaded = { ready: Promise.resolve(null), lines: Promise.resolve(new Map()), groups: null, arrived: new Set() };
  entry.lines = files.then((found) => new Map((found?.lines ?? []).map((file) => {
    const arrived = (async () => {
      const target = await linesMayStart;
      const data = file.data ?? await fetchJson<StoryTranslation['lines']>(code, file.url!, 'low');
      if (target) Object.assign(target.lines, data);
      entry.arrived.add(file.group);
    })();
    arrived.catch((error: unknown) => console.warn(error));
    return [file.group, arrived];
  })));
  void entry.lines.then((groups) => { entry.groups = [...groups.keys()]; }, () => { /* the translation reports the same failure */ });
  const catalog = catalogs[`./${code}/index.ts`];
  entry.ready = (async () => {
    if (catalog) {
      const module = await catalog();
      for (const [name, messages] of Object.entries(module[code] ?? {})) addTranslations(code, name, messages);
    }
    return await translation;
  })();
  return entry;
}

/**
 * Switches the interface, the story and the history to `code` (fetching its files the first
 * time). Returns the language's history table for src/i18n/story/history.ts, null for English.
 * By default it also waits for every story line; `{ lines: 'later' }` returns once the title can
 * be drawn, and `storyLinesPending` says what a path's first text must still wait for.
 */
export async function switchLanguage(code: LanguageCode, options: { lines?: 'wait' | 'later' } = {}): Promise<StoryTranslation | null> {
  if (!isTranslated(code)) {
    activeCode = null;
    useStoryTranslation(null);
    useLanguage(code === 'pseudo' ? 'en' : code);
    return null;
  }
  let entry = loaded.get(code);
  if (!entry) {
    entry = load(code);
    loaded.set(code, entry);
    const started = entry;
    entry.ready.catch(() => { if (loaded.get(code) === started) loaded.delete(code); });
  }
  const translation = await entry.ready;
  if (options.lines !== 'later') {
    try {
      await Promise.all((await entry.lines).values());
    } catch (error) {
      // Asked for again next time. (With the lines 'later', a failed group is kept as failed
      // so that storyLinesPending can say so at each start.)
      if (loaded.get(code) === entry) loaded.delete(code);
      throw error;
    }
  }
  activeCode = code;
  useStoryTranslation(translation);
  useLanguage(code);
  return translation;
}

/**
 * What a path's first text must still wait for in the active language: its own line group
 * (`lineIdPrefix`) and every group no viewpoint claims (shared scenes, the epilogue). Null when
 * nothing is pending (English, or the lines are in). The wait never fails: it resolves false
 * when a group could not be fetched (its lines stay in English, with a warning) rather than no story.
 */
export function storyLinesPending(prefix: string, claimed: readonly string[]): Promise<boolean> | null {
  const entry = activeCode ? loaded.get(activeCode) : undefined;
  if (!entry) return null;
  const needed = (group: string) => group === prefix || !claimed.includes(group);
  if (entry.groups?.filter(needed).every((group) => entry.arrived.has(group))) return null;
  return entry.lines.then(async (groups) => {
    const results = await Promise.allSettled([...groups].filter(([group]) => needed(group)).map(([, arrived]) => arrived));
    return results.every((result) => result.status === 'fulfilled');
  }, (error: unknown) => { console.warn(error); return false; });
}
