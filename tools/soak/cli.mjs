// What the two soak commands share (tools/soak/home.mjs, tools/kiosk/soak.mjs): their command-line
// options, a preview server of the test build when no --url is given, and Chromium as the suites
// launch it. The soaks themselves differ in what a visitor or a player does.
import { spawn } from 'node:child_process';
import { ensureTestBuild } from '../build/testBuild.mjs';

/** --minutes, --seed, --url, --port, --build (and option() for a soak's own); starts `vite preview` unless --url is given. */
export async function soakSetup(args, defaultPort) {
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
  };
  const minutes = Number(option('minutes', '10'));
  const seed = Number(option('seed', String(Date.now() % 100000)));
  let baseUrl = option('url', null);
  let server = null;
  if (!baseUrl) {
    // The soaks use test switches (presets, ?debug): dist/ must be a test build.
    ensureTestBuild({ force: args.includes('--build') });
    const port = Number(option('port', String(defaultPort)));
    server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
    process.on('exit', () => server?.kill('SIGTERM'));
    baseUrl = `http://127.0.0.1:${port}/`;
    for (let tries = 0; tries < 100; tries += 1) {
      try { if ((await fetch(baseUrl)).ok) break; } catch { /* starting */ }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { minutes, seed, baseUrl, server, option };
}

/** Debian's Chromium with the flags this machine needs (no background networking). */
export async function launchSoakBrowser(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs],
  });
}
