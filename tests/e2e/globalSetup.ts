// Serves the built game (dist/) on 127.0.0.1 for the end-to-end tests. `npm test` builds first.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
let server: ChildProcess | null = null;

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
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the e2e tests (npm test does).');
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  process.env.E2E_BASE_URL = `http://127.0.0.1:${PORT}/`;
  await waitFor(process.env.E2E_BASE_URL, 20_000);
}

export async function teardown(): Promise<void> {
  server?.kill('SIGTERM');
}
