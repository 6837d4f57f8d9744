// What the build ships for one language (src/engine/storyLanguage.ts's StoryTranslation): every
// translated story line and history string that is not fuzzy and not empty. A line with
// placeholders carries its English template too, to read the values back at run time.
import { existsSync, readFileSync } from 'node:fs';
import type { StoryTranslation } from '../../src/engine/storyLanguage.ts';
import { poPath } from './extract.ts';
import { parsePo, poRecords, type PoRecord } from './po.ts';

export function readRecords(root: string, language: string, domain: 'story' | 'history'): PoRecord[] {
  const path = poPath(root, language, domain);
  return existsSync(path) ? poRecords(parsePo(readFileSync(path, 'utf8'))) : [];
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
