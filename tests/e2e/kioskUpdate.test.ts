// The kiosk's offline copy across two builds, in real Chromium: build A (dist/) is installed and
// running; a second build B is made with a different build stamp and served from the same origin.
// 1. B's download breaks (one file 404): the kiosk stays on A, whole, online and offline, and an
//    update check while offline installs nothing.
// 2. B downloads slowly while a visitor is reading: the visit is not interrupted; the switch
//    happens at the attract loop, the page then runs B, the cache holds B's files and none of
//    A's, B plays offline, and the staff screen names B.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fileConfig from '../../kiosk.config.json';
import { CONTENT_SECURITY_POLICY } from '../../tools/vite/csp.ts';
import { launch } from './browser.ts';
import { attract, beginVisit, expectClean, openKiosk, playToEnd } from './kioskPage.ts';

const BUILD_A = resolve(process.env.E2E_DIST ?? 'dist');
const BUILD_B = resolve('test-results/kiosk-update-build');
const STAMP_B = 'update-test';
const KIOSK = '?mode=kiosk&kiosk-config=test&maprenderer=plan';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain',
};

/** A static server whose root can be switched between builds, with files that fail or lag. */
class SwitchableServer {
  root = BUILD_A;
  readonly failing = new Set<string>();
  readonly slow = new Map<string, number>();
  /** Paths requested, in order, for checking that a download was really attempted. */
  readonly requested: string[] = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
      const file = normalize(join(this.root, path));
      this.requested.push(path);
      const send = () => {
        if (!file.startsWith(this.root) || this.failing.has(path) || !existsSync(file) || !statSync(file).isFile()) {
          response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
          'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
        }).end(readFileSync(file));
      };
      const delay = this.slow.get(path);
      if (delay) setTimeout(send, delay); else send();
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  }

  stop(): Promise<void> {
    return new Promise((done) => { this.server?.closeAllConnections(); this.server?.close(() => done()); });
  }
}

/** The entry script a build's index.html loads: it differs between any two different builds. */
function entryOf(build: string): string {
  const match = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(readFileSync(join(build, 'index.html'), 'utf8'));
  if (!match) throw new Error(`no entry script in ${build}/index.html`);
  return match[1];
}

/** The entry script of the page now running (null while it navigates). */
async function runningEntry(page: Page): Promise<string | null> {
  try {
    return await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src')?.replace(/^\.\//, '') ?? null);
  } catch {
    return null;
  }
}

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 60_000 });
}

/** What the service worker registration is doing: a new version installing, waiting, or none. */
async function registrationState(page: Page): Promise<{ installing: boolean; waiting: boolean } | null> {
  try {
    return await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration ? { installing: !!registration.installing, waiting: !!registration.waiting } : null;
    });
  } catch {
    return null;
  }
}

/** Every URL path in the page's Cache Storage. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname.replace(/^\/+/, ''));
    }
    return paths;
  });
}

let browser: Browser;
const server = new SwitchableServer();

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', BUILD_B, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, KENGIR_BUILD_STAMP: STAMP_B }, encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build B failed:\n${build.stderr}`);
  await server.start();
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('kiosk updates between two builds', () => {
  it('keeps the running build when an update breaks, and switches at the attract loop when one is whole', async () => {
    const entryA = entryOf(BUILD_A);
    const entryB = entryOf(BUILD_B);
    expect(entryB).not.toBe(entryA);

    // Build A, installed for offline use.
    server.root = BUILD_A;
    const kiosk = await openKiosk(browser, KIOSK, { baseUrl: server.url, viewport: { width: 1280, height: 800 } });
    const { page, context } = kiosk;
    await controlled(page);
    expect(await runningEntry(page)).toBe(entryA);

    // 1. Build B with one file missing: the new worker fails to install and A stays whole.
    server.root = BUILD_B;
    server.failing.add(entryB);
    server.requested.length = 0;
    await page.reload();
    await attract(page);
    await expect.poll(() => server.requested.includes(entryB), { timeout: 30_000 }).toBe(true);
    // (The page and the browser may each try the download; every try fails the same way.)
    await expect.poll(() => registrationState(page), { timeout: 30_000 }).toEqual({ installing: false, waiting: false });
    expect(await runningEntry(page)).toBe(entryA);
    // Offline, the kiosk's update check at start must fail cleanly: no half-fetched worker may
    // install and wait (a separate workbox-*.js runtime once allowed exactly that).
    await context.setOffline(true);
    await page.reload();
    await attract(page);
    expect(await runningEntry(page)).toBe(entryA);
    await expect.poll(() => registrationState(page), { timeout: 30_000 }).toEqual({ installing: false, waiting: false });
    await beginVisit(page);
    await context.setOffline(false);

    // 2. Build B whole, but one file slow: the visit in progress is never interrupted.
    server.failing.clear();
    server.slow.set(entryB, 4000);
    server.requested.length = 0;
    await page.evaluate(() => { (window as unknown as { visitMarker: number }).visitMarker = 1; });
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
    await expect.poll(() => server.requested.includes('sw.js'), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await registrationState(page))?.waiting ?? false, { timeout: 30_000 }).toBe(true);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { visitMarker?: number }).visitMarker), 'the visit was not reloaded').toBe(1);
    expect(await page.locator('.story-text p.line').count()).toBeGreaterThan(0);
    expect(await runningEntry(page)).toBe(entryA);

    // The visit ends; at the attract loop the waiting build takes over and the page runs it.
    await playToEnd(page);
    await page.locator('#kiosk-finish').tap();
    await expect.poll(() => runningEntry(page), { timeout: 30_000 }).toBe(entryB);
    await attract(page);
    await controlled(page);
    expect(await registrationState(page)).toEqual({ installing: false, waiting: false });

    // The cache now holds build B and nothing of build A's own files.
    const cached = await cachedPaths(page);
    expect(cached).toContain(entryB);
    expect(cached).not.toContain(entryA);

    // B runs offline.
    server.slow.clear();
    await context.setOffline(true);
    await page.reload();
    await attract(page);
    expect(await runningEntry(page)).toBe(entryB);
    await beginVisit(page);
    await context.setOffline(false);

    // The staff screen names the new build.
    await page.reload();
    await attract(page);
    for (let i = 0; i < 5; i += 1) await page.touchscreen.tap(8, 8);
    const pad = page.locator('dialog.kiosk-pin[open]');
    await pad.waitFor();
    for (const digit of fileConfig.pin) await pad.locator(`[data-digit="${digit}"]`).tap();
    await pad.locator('#kiosk-pin-ok').tap();
    const staff = page.locator('dialog.kiosk-staff[open]');
    await staff.waitFor();
    expect(await staff.locator('[data-key="build"] dd').textContent()).toContain(`· ${STAMP_B} ·`);

    // Offline reloads while the network is gone are not errors; nothing else may be.
    expectClean(kiosk, /ERR_INTERNET_DISCONNECTED|Failed to fetch|404 \(Not Found\)|bad-precaching-response/);
    await context.close();
  }, 240_000);
});
