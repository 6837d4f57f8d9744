// The build the e2e suite, the bench and the soak runs use: dist/ with the test switches on
// (KENGIR_TEST_SWITCHES=1: the kiosk's test presets and ?debug). `ensureTestBuild()` rebuilds when
// dist/ is missing or is a production build. `node tools/build/testBuild.mjs` builds it now.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TEST_SWITCHES_ENV = { KENGIR_TEST_SWITCHES: '1' };

export function isTestBuild(dir = 'dist') {
  return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'test-switches.txt'));
}

/** Builds dist/ with the test switches; returns the exit status. */
export function buildTestBuild({ outDir = 'dist', stdio = 'inherit', env = {} } = {}) {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    // NODE_ENV=production: under vitest it is "test", and Vite would then build with DEV on.
    stdio, env: { ...process.env, NODE_ENV: 'production', ...TEST_SWITCHES_ENV, ...env }, encoding: 'utf8',
  });
  return result;
}

export function ensureTestBuild({ force = false, outDir = 'dist' } = {}) {
  if (!force && isTestBuild(outDir)) return;
  console.log(force ? `Building ${outDir}/ with the test switches` : `${outDir}/ is missing or a production build: building it with the test switches`);
  const result = buildTestBuild({ outDir });
  if (result.status !== 0) throw new Error('the test build failed');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureTestBuild({ force: true });
