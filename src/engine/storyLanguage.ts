// The story's text in the active language: each line and choice looked up by its stable id in
// the language's table (built from story/l10n/<lang>/story.po by tools/vite/l10n-plugin.ts),
// falling back to the English that ink printed. The branching never changes: one compiled story,
// only the words shown differ. A line with placeholders gets its values from the English ink
// printed (src/i18n/story/template.ts). DOM-free; the story runner calls it.
import { matchTemplate, parseTemplate, renderTemplate, TemplateError, type TemplateNode } from '../i18n/story/template.ts';

/** One language's story and history strings: a line is its translation, or [translation, English template] when it has placeholders. */
export interface StoryTranslation {
  language: string;
  /** Filled as the language's line files arrive (src/i18n/languages.ts); a path's text waits for its own. */
  lines: Record<string, string | [string, string]>;
  history: Record<string, string>;
  /** How many lines each id group (`h.`) translates, known before its file has arrived. */
  lineCounts?: Record<string, number>;
}

export interface ShownText { text: string; fallback: boolean }

let active: StoryTranslation | null = null;
let marker = '';
const parsed = new Map<string, TemplateNode[]>();
const missing = new Set<string>();

/** Switches the story's language; null is English (the ink itself). */
export function useStoryTranslation(translation: StoryTranslation | null): void {
  active = translation;
  parsed.clear();
  missing.clear();
}

export function storyTranslation(): StoryTranslation | null { return active; }

/** How many lines whose id begins with `prefix` the active language translates; null in English. */
export function translatedLines(prefix: string): number | null {
  if (!active) return null;
  const counted = active.lineCounts?.[prefix];
  if (counted !== undefined) return counted;
  return Object.keys(active.lines).filter((id) => id.startsWith(prefix)).length;
}

/** In development a fallback line shows this marker before its English (main.ts sets it). */
export function markFallbacks(text: string): void { marker = text; }

/** The ids that fell back to English since the language was chosen (for a development overlay and tests). */
export function fallbackIds(): readonly string[] { return [...missing]; }

/** A line's or choice's text in the active language, from its id and the English ink printed. */
export function storyText(id: string | null | undefined, english: string): ShownText {
  if (!active) return { text: english, fallback: false };
  const entry = id ? active.lines[id] : undefined;
  if (entry === undefined) return fallback(id, english);
  if (typeof entry === 'string') return { text: entry, fallback: false };
  const [translated, template] = entry;
  const values = matchTemplate(template, english);
  if (!values) return fallback(id, english);
  try {
    let nodes = parsed.get(translated);
    if (!nodes) { nodes = parseTemplate(translated); parsed.set(translated, nodes); }
    return { text: renderTemplate(nodes, values), fallback: false };
  } catch (error) {
    if (error instanceof TemplateError) return fallback(id, english);
    throw error;
  }
}

/** A content string (`note:<id>:title`) in the active language, or its English. */
export function historyText(key: string, english: string): string {
  return active?.history[key] ?? english;
}

function fallback(id: string | null | undefined, english: string): ShownText {
  if (id) missing.add(id);
  return { text: marker ? `${marker}${english}` : english, fallback: true };
}
