// Vite plugin: `virtual:kengir-l10n/<lang>` is one language's story and history strings, read from
// story/l10n/<lang>/{story,history}.po (tools/i18n/table.ts). In a build it is a JSON asset
// fetched only when that language is chosen (English loads nothing: the ink is English); in dev
// the module carries the data and reloads when a PO file changes.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { checkAll, formatReport } from '../i18n/checks.ts';
import { poPath } from '../i18n/extract.ts';
import { readTable } from '../i18n/table.ts';

const PREFIX = 'virtual:kengir-l10n/';
const RESOLVED = `\0${PREFIX}`;
export const STORY_LANGUAGES = ['uk', 'ru'];

export function l10nPlugin(): Plugin {
  let building = false;
  let root = process.cwd();
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
      return id.startsWith(PREFIX) && STORY_LANGUAGES.includes(id.slice(PREFIX.length)) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const language = id.slice(RESOLVED.length);
      for (const domain of ['story', 'history'] as const) this.addWatchFile(poPath(root, language, domain));
      const table = readTable(root, language);
      if (!building) return `export default ${JSON.stringify({ url: null, data: table })};`;
      const json = JSON.stringify(table);
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
      const fileName = `assets/l10n-${language}-${hash}.json`;
      this.emitFile({ type: 'asset', fileName, source: json });
      return `export default ${JSON.stringify({ url: fileName, data: null })};`;
    },
  };
}
