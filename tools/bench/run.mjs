// npm run bench: builds the game, serves the build on 127.0.0.1, measures it in Chromium, and
// writes the numbers to bench/results.json. Benchmarks, not timed tests: nothing here fails.
// Each tools/bench/<name>.mjs that exports `bench({ browser, baseUrl, launchBrowser })` adds a section.
//
// Issue 18: full runs had ended with "Target page, context or browser has been closed", the
// preview server gone at the same moment, and "Port 4174 is already in use" on the next start.
// The cause: a SIGTERM or SIGHUP to the bench's process group (a `timeout` around a long run, a
// closed terminal) stopped the preview server, and Playwright's own signal handlers closed the
// browser but kept the bench process alive; the bench then retried the section on a new server,
// orphaned, on the fixed port 4174, where the next run's server could not start (and would have
// measured the orphan's build). So now:
//  - a signal stops the whole bench: server and browser closed, results.json left as it was;
//  - the server listens on a free port of its own (BENCH_PORT forces one) and must serve this
//    dist/ (its index.html is compared), so two benches never measure each other's build;
//  - a section is retried once in a new browser only if its browser went away by itself.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { buildTestBuild, isTestBuild } from '../build/testBuild.mjs';

const sections = (process.argv.slice(2).length ? process.argv.slice(2) : ['core', 'map', 'mapReady', 'kiosk']);

// The kiosk section needs the `bench` preset: a build with the test switches (not production).
if (!process.env.BENCH_SKIP_BUILD) {
  const build = buildTestBuild();
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!isTestBuild()) {
  console.error('dist/ is not a test build (BENCH_SKIP_BUILD): run `node tools/build/testBuild.mjs` first.');
  process.exit(1);
}

/** BENCH_PORT if set, else a port no other server is using now. */
function choosePort() {
  if (process.env.BENCH_PORT) return Promise.resolve(Number(process.env.BENCH_PORT));
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const port = await choosePort();
const baseUrl = `http://127.0.0.1:${port}/`;
const ourIndex = readFileSync('dist/index.html', 'utf8');

let server = null;
const serverExits = [];
const browsers = new Set();
const closedByUs = new WeakSet();
let stopping = false;

async function startServer() {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (server !== child) return;
    serverExits.push({ code, signal, at: new Date().toISOString() });
    console.error(`bench: the preview server exited (code ${code}, signal ${signal})`);
    server = null;
  });
  server = child;
  for (let tries = 0; tries < 150 && server === child; tries += 1) {
    try {
      const response = await fetch(baseUrl);
      // Another server on this port (an older bench left running) must not be measured.
      if (response.ok && (await response.text()) === ourIndex) return;
    } catch { /* starting */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`bench: no preview server of this dist/ at ${baseUrl}`);
}

const stopServer = () => { const child = server; server = null; child?.kill('SIGTERM'); };
process.on('exit', stopServer);

// Stopped from outside: close everything and leave bench/results.json as it was.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`bench: stopped by ${signal}; bench/results.json left as it was`);
    stopServer();
    Promise.allSettled([...browsers].map((browser) => browser.close())).finally(() => process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[signal]));
  });
}

await startServer();

/**
 * Chromium as every bench section sees it; `jsFlags` adds V8 flags (a section's control runs).
 * Playwright's signal handlers are off: they closed the browser and kept the bench running.
 */
const launchBrowser = async (jsFlags = '') => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info', `--js-flags=--expose-gc ${jsFlags}`.trim()],
  });
  browsers.add(browser);
  // A close by the bench or a section is expected; anything else is worth a line in the log.
  const close = browser.close.bind(browser);
  browser.close = (...args) => { closedByUs.add(browser); return close(...args); };
  browser.on('disconnected', () => {
    browsers.delete(browser);
    if (!closedByUs.has(browser)) console.error(`bench: the browser went away by itself at ${new Date().toISOString()}`);
  });
  return browser;
};

const path = 'bench/results.json';
const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
results.measuredAt = new Date().toISOString();
/** The machine is shared: its load is part of reading the numbers. */
const load = { atStart: loadavg().map((value) => Math.round(value * 100) / 100) };
/** A browser closed under a section (Chromium exited or crashed): worth one more try in a new one. */
const browserGone = (error) => /Target page, context or browser has been closed|Browser has been closed|browser has disconnected|Target crashed/i.test(String(error?.message ?? error));
// Each section gets a browser of its own (issue 18: after core and map had run in the same
// browser, the kiosk section died with "Target page, context or browser has been closed" and its
// figures were missing). A section whose browser goes away by itself is run once more in a fresh one.
for (const name of sections) {
  const file = new URL(`./${name}.mjs`, import.meta.url);
  if (!existsSync(file)) continue;
  const module = await import(file);
  if (typeof module.bench !== 'function') continue;
  console.log(`\n=== bench: ${name}`);
  for (let attempt = 1; attempt <= 2 && !stopping; attempt += 1) {
    if (!server) await startServer();
    const browser = await launchBrowser();
    results.machine = { node: process.version, chromium: browser.version() };
    try {
      results[name] = await module.bench({ browser, baseUrl, launchBrowser });
      if (attempt > 1) results[name].attempts = attempt;
      console.log(JSON.stringify(results[name], null, 2));
      break;
    } catch (error) {
      if (stopping) break;
      console.error(`bench ${name} failed (attempt ${attempt}):`, error);
      results[name] = { error: String(error?.message ?? error), attempts: attempt };
      if (!browserGone(error)) break;
    } finally {
      await browser.close().catch(() => {});
    }
  }
}
if (stopping) await new Promise(() => {}); // the signal handler exits
load.atEnd = loadavg().map((value) => Math.round(value * 100) / 100);
results.machine = { ...results.machine, loadAverage1m5m15m: load };
if (serverExits.length) results.serverExits = serverExits;
else delete results.serverExits;
// Written whole or not at all (a run stopped mid-write must not leave half a file).
writeFileSync(`${path}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
renameSync(`${path}.tmp`, path);
console.log(`\nWrote ${path}`);
stopServer();
process.exit(0);
