// The compiled story, cached on disk by the hash of its ink sources and the compiler's version:
// a test run compiles the real story once (the story project's global setup does it), and every
// test file after that reads the same result. A changed ink file changes the hash.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileInk } from './compile.mjs';
import { inkFiles } from './includes.mjs';

const CACHE_DIR = resolve('node_modules/.cache/kengir-ink');
const inkVersion = JSON.parse(readFileSync(resolve('node_modules/inkjs/package.json'), 'utf8')).version;
const compilerSource = readFileSync(resolve('tools/ink/compile.mjs'), 'utf8');

/** The hash that names a story's cached compilation. */
export function inkSourcesHash(mainFile) {
  const hash = createHash('sha256').update(`${inkVersion}\n${compilerSource}`);
  for (const file of inkFiles(mainFile)) hash.update(`\n${file}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 24);
}

/** Like compileInk, from the cache when the sources are unchanged. */
export function compileInkCached(mainFile) {
  const path = join(CACHE_DIR, `${inkSourcesHash(mainFile)}.json`);
  if (existsSync(path)) {
    try { return JSON.parse(readFileSync(path, 'utf8')); } catch { /* a torn file: compile again */ }
  }
  const result = compileInk(mainFile);
  mkdirSync(CACHE_DIR, { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(result));
  renameSync(temp, path);
  return result;
}
