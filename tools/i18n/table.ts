// What the build ships for one language (src/engine/storyLanguage.ts's StoryTranslation): every
// translated story line and history string that is not fuzzy and not empty. A line with
// placeholders carries its English template too, to read the values back at run time.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { StoryTranslation } from '../../src/engine/storyLanguage.ts';
import { poPath } from './extract.ts';
import { parsePo, poRecords, type PoRecord } from './po.ts';

// The build reads each file twice (the report, then the table): parsed once per version of the file.
const parsed = new Map<string, { stamp: string; records: PoRecord[] }>();

export function readRecords(root: string, language: string, domain: 'story' | 'history'): PoRecord[] {
  const path = poPath(root, language, domain);
  if (!existsSync(path)) return [];
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs}:${size}`;
  const cached = parsed.get(path);
  if (cached?.stamp === stamp) return cached.records;
  const records = poRecords(parsePo(readFileSync(path, 'utf8')));
  parsed.set(path, { stamp, records });
  return records;
}

const usable = (record: PoRecord) => !record.fuzzy && record.translation.trim() !== '';

export function translationTable(story: readonly PoRecord[], history: readonly PoRecord[], language: string): StoryTranslation {
  const table: StoryTranslation = { language, lines: {}, history: {} };
  for (const record of story.filter(usable)) table.lines[record.key] = record.icu ? [record.translation, record.english] : record.translation;
  for (const record of history.filter(usable)) table.history[record.key] = record.translation;
  return table;
}

export function readTable(root: string, language: string): StoryTranslation {
  return translationTable(readRecords(root, language, 'story'), readRecords(root, language, 'history'), language);
}

/**
 * The lines split by the first part of their id (`h.d03.4ddf` is in `h.`): a viewpoint's lines
 * share its `lineIdPrefix` (src/viewpoints/registry.ts), so a path's first text waits only for its own.
 */
export function lineGroups(lines: StoryTranslation['lines']): { group: string; lines: StoryTranslation['lines'] }[] {
  const groups = new Map<string, StoryTranslation['lines']>();
  for (const [id, line] of Object.entries(lines)) {
    const dot = id.indexOf('.');
    const group = dot > 0 ? id.slice(0, dot + 1) : '';
    if (!groups.has(group)) groups.set(group, {});
    groups.get(group)![id] = line;
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, grouped]) => ({ group, lines: grouped }));
}
