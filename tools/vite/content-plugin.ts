// Vite plugin: `virtual:kengir-content` is the game's content data (story/data: notes, sources,
// glossary, people, places, endings). In a build it is a separate, cacheable JSON file fetched in
// parallel with the story, so the entry script carries code and not ~55 KB gzip of notes (the
// bench's "JS before the first story text"); in dev and tests the module imports the data itself.
// The data is validated where it is used (src/content/registry.ts), in the browser too.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import * as data from '../../story/data/index.ts';

const VIRTUAL = 'virtual:kengir-content';
const RESOLVED = `\0${VIRTUAL}`;

export function contentPlugin(): Plugin {
  let building = false;
  let dataModule = '';
  return {
    name: 'kengir-content',
    configResolved(config) {
      building = config.command === 'build';
      dataModule = resolve(config.root, 'story/data/index.ts');
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      if (!building) return `import * as data from ${JSON.stringify(dataModule)};\nexport default { url: null, data };`;
      const { sources, people, places, endings, packs, documents } = data;
      const json = JSON.stringify({ sources, people, places, endings, packs, documents });
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
      const fileName = `assets/content-${hash}.json`;
      this.emitFile({ type: 'asset', fileName, source: json });
      return `export default ${JSON.stringify({ url: fileName, data: null })};`;
    },
  };
}
