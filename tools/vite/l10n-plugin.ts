// Vite plugin: `virtual:kengir-l10n/<lang>` is one language's story and history strings, read from
// story/l10n/<lang>/{story,history}.po (tools/i18n/table.ts). In a build they are JSON assets
// fetched only when that language is chosen (English loads nothing: the ink is English): the
// history strings in one file, the story lines in one file per id group (`h.`, `j.`, shared
// ones), so that the title waits for none of the lines and the first story text only for its
// own path's (src/i18n/languages.ts). In dev the module carries the data and reloads when a PO
// file changes.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { checkAll, formatReport } from '../i18n/checks.ts';
import { poPath } from '../i18n/extract.ts';
import { lineGroups, readTable } from '../i18n/table.ts';

const PREFIX = 'virtual:kengir-l10n/';
const RESOLVED = `\0${PREFIX}`;
/** Every language's file addresses, in the entry (a few hundred bytes): no module to wait for before the fetches. */
const FILES = 'virtual:kengir-l10n-files';
const RESOLVED_FILES = `\0${FILES}`;
export const STORY_LANGUAGES = ['uk', 'ru'];

interface LanguageFiles {
  language: string;
  history: { url: string | null; data: unknown };
  lines: { group: string; count: number; url: string | null; data: unknown }[];
}

export function l10nPlugin(): Plugin {
  let building = false;
  let root = process.cwd();
  // In a build each language's files are emitted once (only the files module asks for them).
  const emitted = new Map<string, LanguageFiles>();
  return {
    name: 'kengir-l10n',
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    buildStart() {
      // The build says how much of each language falls back to English (npm run i18n:check lists it).
      if (!building) return;
      for (const report of checkAll(root, STORY_LANGUAGES)) this.info(`\n${formatReport(report)}`);
    },
    resolveId(id) {
      if (id === FILES) return RESOLVED_FILES;
      return id.startsWith(PREFIX) && STORY_LANGUAGES.includes(id.slice(PREFIX.length)) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    load(id) {
      const files = (language: string): LanguageFiles => {
        const known = emitted.get(language);
        if (known) return known;
        for (const domain of ['story', 'history'] as const) this.addWatchFile(poPath(root, language, domain));
        const table = readTable(root, language);
        const groups = lineGroups(table.lines);
        if (!building) {
          return {
            language,
            history: { url: null, data: table.history },
            lines: groups.map(({ group, lines }) => ({ group, count: Object.keys(lines).length, url: null, data: lines })),
          };
        }
        const emit = (name: string, data: unknown) => {
          const json = JSON.stringify(data);
          const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
          const fileName = `assets/l10n-${language}-${name}-${hash}.json`;
          this.emitFile({ type: 'asset', fileName, source: json });
          return fileName;
        };
        const made: LanguageFiles = {
          language,
          history: { url: emit('history', table.history), data: null },
          lines: groups.map(({ group, lines }) => ({
            group, count: Object.keys(lines).length, url: emit(`lines-${group.replace(/\.$/, '') || 'other'}`, lines), data: null,
          })),
        };
        emitted.set(language, made);
        return made;
      };
      // The addresses only, and only in a build; in dev the data comes with each language's module.
      if (id === RESOLVED_FILES) return `export default ${JSON.stringify(building ? Object.fromEntries(STORY_LANGUAGES.map((language) => [language, files(language)])) : {})};`;
      if (!id.startsWith(RESOLVED)) return null;
      return `export default ${JSON.stringify(files(id.slice(RESOLVED.length)))};`;
    },
  };
}
