// Issue 18, D6 and D9 on a real production build: the kiosk build (VITE_MODE=kiosk) made without
// test switches, served by the kiosk's own server (tools/kiosk/serve.mjs). `?kiosk-config=test`
// must not shorten the PIN lockout, `?debug` must not expose the game, `?mode=home` must not leave
// the kiosk without the staff PIN; and a long address must not get a bare HTTP 431.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fileConfig from '../../kiosk.config.json';
import { launch } from './browser.ts';
import { attract, expectClean, openKiosk } from './kioskPage.ts';

const BUILD = resolve('test-results/production-kiosk-build');
const PORT = 4000 + Math.floor(Math.random() * 900);
const BASE = `http://127.0.0.1:${PORT}/`;
let server: ChildProcess | null = null;
let browser: Browser;

beforeAll(async () => {
  // NODE_ENV is "test" under vitest, which would build with import.meta.env.DEV on.
  const env: NodeJS.ProcessEnv = { ...process.env, VITE_MODE: 'kiosk', NODE_ENV: 'production' };
  delete env.KENGIR_TEST_SWITCHES;
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', BUILD, '--emptyOutDir', '--logLevel', 'error'], { env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the production build failed:\n${build.stderr}`);
  server = spawn(process.execPath, ['tools/kiosk/serve.mjs', '--dir', BUILD, '--port', String(PORT), '--quiet'], { stdio: 'ignore' });
  for (let tries = 0; tries < 100; tries += 1) {
    try { if ((await fetch(BASE)).ok) break; } catch { /* starting */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

describe('a production kiosk build', () => {
  it('carries no test presets and no test-build marker', () => {
    const scripts = readdirSync(join(BUILD, 'assets')).filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(BUILD, 'assets', name), 'utf8')).join('\n');
    for (const preset of ['"test-idle"', 'inPageReset:!0']) expect(scripts.includes(preset), preset).toBe(false);
    expect(readdirSync(BUILD)).not.toContain('test-switches.txt');
  });

  it('ignores ?kiosk-config=test: three wrong PINs lock the pad for the configured 30 s, not 2 s', async () => {
    const kiosk = await openKiosk(browser, '?kiosk-config=test&maprenderer=plan', { baseUrl: BASE });
    const { page } = kiosk;
    for (let i = 0; i < 5; i += 1) await page.touchscreen.tap(8, 8);
    const pad = page.locator('dialog.kiosk-pin[open]');
    await pad.waitFor();
    for (const pin of ['0000', '1111', '9999']) {
      for (const digit of pin) await pad.locator(`[data-digit="${digit}"]`).tap();
      await pad.locator('#kiosk-pin-ok').tap();
    }
    await expect.poll(() => pad.getAttribute('data-locked')).toBe('true');
    expect(await pad.locator('.kiosk-pin-message').textContent()).toMatch(/locked for 30 s/);
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('ignores ?debug (no game object on window) and ?mode=home (still the kiosk), with warnings', async () => {
    const kiosk = await openKiosk(browser, '?mode=home&debug&maprenderer=plan', { baseUrl: BASE });
    const { page } = kiosk;
    const warnings: string[] = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await page.reload();
    await attract(page);
    expect(await page.getByRole('button', { name: 'New game' }).count()).toBe(0);
    await page.touchscreen.tap(700, 600);
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.evaluate(() => '__kengir' in window || '__kengirMap' in window)).toBe(false);
    expect(warnings.some((text) => text.includes('"debug"'))).toBe(true);
    expect(warnings.some((text) => text.includes('leaving kiosk mode needs the staff PIN'))).toBe(true);
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('leaves kiosk mode through the staff screen with the PIN, once', async () => {
    const kiosk = await openKiosk(browser, '?maprenderer=plan', { baseUrl: BASE });
    const { page } = kiosk;
    for (let i = 0; i < 5; i += 1) await page.touchscreen.tap(8, 8);
    const pad = page.locator('dialog.kiosk-pin[open]');
    await pad.waitFor();
    for (const digit of fileConfig.pin) await pad.locator(`[data-digit="${digit}"]`).tap();
    await pad.locator('#kiosk-pin-ok').tap();
    await page.locator('dialog.kiosk-staff[open] #kiosk-staff-leave').tap();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(page.url()).toContain('mode=home');
    expect(await page.evaluate(() => localStorage.getItem('kengir.kiosk.exit'))).toBeNull();
    // The pass is used up: the same address again is the kiosk.
    await page.reload();
    await attract(page);
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('serves a 40 KB address, and answers a 300 KB one with a clear page (tools/kiosk/serve.mjs)', async () => {
    expect((await fetch(`${BASE}?x=${'y'.repeat(40_000)}`)).status).toBe(200);
    const response = await fetch(`${BASE}?x=${'y'.repeat(300_000)}`);
    expect(response.status).toBe(431);
    expect(await response.text()).toContain('This address is too long');
  });
});
