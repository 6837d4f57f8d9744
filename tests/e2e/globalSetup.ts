// Serves the built game (dist/, a build with the test switches: tools/build/testBuild.mjs) on
// 127.0.0.1 for the end-to-end tests; builds it first when dist/ is missing or a production build.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ensureTestBuild } from '../../tools/build/testBuild.mjs';

let server: ChildProcess | null = null;

/** E2E_PORT if set, else a free port: a busy 4173 (another preview) must not fail the run. */
function choosePort(): Promise<number> {
  if (process.env.E2E_PORT) return Promise.resolve(Number(process.env.E2E_PORT));
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 4173;
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export async function setup(): Promise<void> {
  // The suite drives test switches (?debug, ?kiosk-config=test): dist/ must be a test build.
  process.env.KENGIR_TEST_SWITCHES = '1';
  // E2E_DIST serves another folder (a run beside a bench that is using dist/).
  const dir = process.env.E2E_DIST ?? 'dist';
  ensureTestBuild({ outDir: dir });
  const port = await choosePort();
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'ignore', 'inherit'] });
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}/`;
  await waitFor(process.env.E2E_BASE_URL, 30_000);
}

export async function teardown(): Promise<void> {
  server?.kill('SIGTERM');
}
