// Vite plugin: compiles `.ink` imports at build time with the inkjs compiler (in Node) and emits
// data only — the story JSON, its content hash and the compiler's stats — never a Story.
// Errors fail `vite build` and show in the dev overlay with file and line; included files are
// watched, so editing any of them reloads the story in dev.
/// <reference types="vitest/config" />
import type { Plugin } from 'vite';
import { compileInk, formatInkMessage } from '../ink/compile.mjs';

export function inkPlugin(): Plugin {
  let building = false;
  /** Every ink file (included ones too) → the root `.ink` module ids that compiled it. */
  const rootsOf = new Map<string, Set<string>>();
  return {
    name: 'ink',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    load(id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.ink')) return null;
      const result = compileInk(file);
      for (const path of result.files) {
        this.addWatchFile(path);
        if (!rootsOf.has(path)) rootsOf.set(path, new Set());
        rootsOf.get(path)!.add(id);
      }
      for (const message of [...result.warnings, ...result.todos]) this.warn(formatInkMessage(message));
      if (!result.json) {
        const first = result.errors[0];
        this.error({
          message: `ink compile failed:\n${result.errors.map((m) => formatInkMessage(m)).join('\n')}`,
          id: first?.file ?? file,
          loc: first?.file ? { file: first.file, line: first.line ?? 1, column: 0 } : undefined,
        });
      }
      // In a build the story is a separate, cacheable file fetched at start (so a missing file
      // gets a clear error screen); in dev and tests it is inlined.
      if (building) {
        const fileName = `assets/story-${result.hash}.json`;
        this.emitFile({ type: 'asset', fileName, source: result.json! });
        const module = { url: fileName, json: null, hash: result.hash, stats: result.stats };
        return { code: `export default ${JSON.stringify(module)};`, map: null };
      }
      const module = { url: null, json: result.json, hash: result.hash, stats: result.stats };
      return { code: `export default ${JSON.stringify(module)};`, map: null };
    },
    // Vitest keeps a module cache keyed by a file's own source; an INCLUDEd file's edit would be missed.
    configureVitest(context: unknown) {
      const ctx = context as { experimental_defineCacheKeyGenerator?: (fn: (id: string) => string | false | undefined) => void };
      ctx.experimental_defineCacheKeyGenerator?.((id) => (id.includes('.ink') ? false : undefined));
    },
    // An edit to any ink file recompiles the story that includes it and reloads the page.
    handleHotUpdate({ file, server }) {
      if (!file.endsWith('.ink')) return undefined;
      for (const rootId of rootsOf.get(file) ?? []) {
        const module = server.moduleGraph.getModuleById(rootId);
        if (module) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  } as Plugin;
}
