// npm run test:e2e [-- tests/e2e/<file>...]: builds the game, then runs the end-to-end tests in
// Chromium against the build (tests/e2e/globalSetup.ts serves dist/ on a free port).
// `--no-build` reuses the dist/ already there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const files = args.filter((arg) => arg !== '--no-build');

if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.error('Chromium is missing: install it with `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH.');
  process.exit(1);
}
const run = (command, commandArgs) => spawnSync(command, commandArgs, { stdio: 'inherit' }).status ?? 1;
if (!skipBuild) {
  const built = run(process.execPath, ['node_modules/vite/bin/vite.js', 'build']);
  if (built !== 0) process.exit(built);
}
process.exit(run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', ...files]));
