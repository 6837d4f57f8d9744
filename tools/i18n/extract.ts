// npm run i18n:extract: the ink's lines and choices into story/l10n/<lang>/story.po and the
// content data and the classroom segments into story/l10n/<lang>/history.po, for every translated language, merged with
// what translators already wrote (tools/i18n/po.ts). Returns which files changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inkFiles } from '../ink/includes.mjs';
import * as data from '../../story/data/index.ts';
import { segmentsByViewpoint } from '../../story/data/segments.ts';
import { extractHistory, type HistoryData } from './extractHistory.ts';
import { extractSegments } from './extractSegments.ts';
import { extractStory, type Entry } from './extractStory.ts';
import { compilePo, emptyPo, mergePo, parsePo, PO_LANGUAGES } from './po.ts';

export const DOMAINS = ['story', 'history'] as const;
export type Domain = (typeof DOMAINS)[number];

export function poPath(root: string, language: string, domain: Domain): string {
  return join(root, 'story', 'l10n', language, `${domain}.po`);
}

/** Every entry of each domain, from the ink (story/main.ink and its INCLUDEs) and story/data. */
export function extractEntries(root: string): Record<Domain, Entry[]> {
  const files = inkFiles(join(root, 'story', 'main.ink')).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
  const story = extractStory(files, (file) => relative(root, file).replace(/\\/g, '/'));
  const history = [...extractHistory(data as unknown as HistoryData), ...extractSegments(segmentsByViewpoint)];
  return { story, history };
}

/** The PO text for one language and domain, merged with the file already there. */
export function mergedPo(existing: string | null, language: string, domain: Domain, entries: readonly Entry[]): string {
  const old = existing ? parsePo(existing) : emptyPo(language, domain);
  return compilePo(mergePo(old, entries));
}

export function extractAll(root: string, languages: readonly string[] = PO_LANGUAGES): { changed: string[]; counts: Record<Domain, number>; functionText: string[] } {
  const entries = extractEntries(root);
  const changed: string[] = [];
  for (const language of languages) {
    for (const domain of DOMAINS) {
      const path = poPath(root, language, domain);
      const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
      const text = mergedPo(existing, language, domain, entries[domain]);
      if (text === existing) continue;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      changed.push(relative(root, path));
    }
  }
  // Words an ink function prints have no id: every language shows them in English (STORY-GUIDE.md).
  const functionText = entries.story.filter((entry) => entry.placeholders?.some((p) => p.kind === 'function')).map((entry) => entry.reference);
  return { changed, counts: { story: entries.story.length, history: entries.history.length }, functionText };
}
