// npm run bench: builds the game, serves the build on 127.0.0.1, measures it in Chromium, and
// writes the numbers to bench/results.json. Benchmarks, not timed tests: nothing here fails.
// Each tools/bench/<name>.mjs that exports `bench({ browser, baseUrl, launchBrowser })` adds a section.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildTestBuild, isTestBuild } from '../build/testBuild.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4174);
const baseUrl = `http://127.0.0.1:${PORT}/`;
const sections = (process.argv.slice(2).length ? process.argv.slice(2) : ['core', 'map', 'kiosk']);

// The kiosk section needs the `bench` preset: a build with the test switches (not production).
if (!process.env.BENCH_SKIP_BUILD) {
  const build = buildTestBuild();
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!isTestBuild()) {
  console.error('dist/ is not a test build (BENCH_SKIP_BUILD): run `node tools/build/testBuild.mjs` first.');
  process.exit(1);
}
// The preview server is watched: in a full run on a busy machine it was seen gone together with
// the browser ("Target page, context or browser has been closed", then ERR_CONNECTION_REFUSED),
// so a section's retry starts it again, and its exit is logged.
let server = null;
let serverExits = [];
async function startServer() {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (server !== child) return;
    serverExits.push({ code, signal, at: new Date().toISOString() });
    console.error(`bench: the preview server exited (code ${code}, signal ${signal})`);
    server = null;
  });
  server = child;
  for (let tries = 0; tries < 100; tries += 1) {
    try { if ((await fetch(baseUrl)).ok) break; } catch { /* starting */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const stop = () => { const child = server; server = null; child?.kill('SIGTERM'); };
process.on('exit', stop);
await startServer();

/** Chromium as every bench section sees it; `jsFlags` adds V8 flags (a section's control runs). */
const launchBrowser = (jsFlags = '') => chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info', `--js-flags=--expose-gc ${jsFlags}`.trim()],
});
const path = 'bench/results.json';
const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
results.measuredAt = new Date().toISOString();
/** A browser closed under a section (Chromium exited or crashed): worth one more try in a new one. */
const browserGone = (error) => /Target page, context or browser has been closed|Browser has been closed|browser has disconnected/i.test(String(error?.message ?? error));
// Each section gets a browser of its own (issue 18: after core and map had run in the same
// browser, the kiosk section died with "Target page, context or browser has been closed" and its
// figures were missing). A section whose browser goes away is run once more in a fresh one.
for (const name of sections) {
  const file = new URL(`./${name}.mjs`, import.meta.url);
  if (!existsSync(file)) continue;
  const module = await import(file);
  if (typeof module.bench !== 'function') continue;
  console.log(`\n=== bench: ${name}`);
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    if (!server) await startServer();
    const browser = await launchBrowser();
    results.machine = { node: process.version, chromium: browser.version() };
    try {
      results[name] = await module.bench({ browser, baseUrl, launchBrowser });
      if (attempt > 1) results[name].attempts = attempt;
      console.log(JSON.stringify(results[name], null, 2));
      break;
    } catch (error) {
      console.error(`bench ${name} failed (attempt ${attempt}):`, error);
      results[name] = { error: String(error?.message ?? error), attempts: attempt };
      if (!browserGone(error) && server) break;
    } finally {
      await browser.close().catch(() => {});
    }
  }
}
if (serverExits.length) results.serverExits = serverExits;
else delete results.serverExits;
writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${path}`);
stop();
process.exit(0);
