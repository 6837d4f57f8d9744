// The ink files of a story in reading order (the main file, then each INCLUDE depth-first), found
// without compiling: the id stamper and the compile cache need them even when the story has errors.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Absolute paths of `mainFile` and every file it includes, each once. */
export function inkFiles(mainFile) {
  const rootDir = dirname(resolve(mainFile));
  const files = [];
  const visit = (path) => {
    if (files.includes(path) || !existsSync(path)) return;
    files.push(path);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const include = /^\s*INCLUDE\s+(.+?)\s*$/.exec(line);
      if (include) visit(resolve(rootDir, include[1]));
    }
  };
  visit(resolve(mainFile));
  return files;
}
