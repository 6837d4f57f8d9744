// Museum kiosk mode in real Chromium, on a touch screen, with the short thresholds of the `test`
// preset (src/modes/kiosk/config.ts): attract loop, a visit in one tap played to its end, the idle
// warning and reset, privacy after a reset, the staff gesture and PIN, offline play, recovery
// from an injected error, WebGL context loss, axe scans, and a short random-input soak.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fileConfig from '../../kiosk.config.json';
import { soak } from '../../tools/kiosk/soak.mjs';
import { axe, BASE_URL, launch } from './browser.ts';
import { attract, beginVisit, counters, COUNTERS_KEY, expectClean, type Kiosk, openKiosk as openKioskPage, playToEnd } from './kioskPage.ts';

// The SVG plan renderer keeps most tests fast: in headless Chromium every WebGL redraw of the map
// at 1920x1080 runs on the CPU (SwiftShader). One test below runs the real WebGL map.
const KIOSK = '?mode=kiosk&kiosk-config=test&maprenderer=plan';
const KIOSK_WEBGL = '?mode=kiosk&kiosk-config=test';
const KIOSK_IDLE = '?mode=kiosk&kiosk-config=test-idle&maprenderer=plan';
// The test presets: PIN lockout 2 s doubling, error return 1 s, idle thresholds out of the way;
// test-idle adds reading 6 s, menus 4 s, warning 12 s.
const TEST_IDLE = { readingMs: 6000, warningMs: 12_000 };

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const openKiosk = (path = KIOSK, options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Kiosk> => openKioskPage(browser, path, options);

/** Buttons (outside inert regions) smaller than the touch target. */
async function smallTargets(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((min) => [...document.querySelectorAll<HTMLElement>('button, summary, [role="button"]')]
    .filter((node) => !node.closest('[inert]') && !node.classList.contains('gloss-term') && node.getClientRects().length > 0)
    .map((node) => ({ node, box: node.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.width < min - 0.5 || box.height < min - 0.5))
    .map(({ node, box }) => `${node.id || node.className || node.tagName} ${Math.round(box.width)}x${Math.round(box.height)}`), minimum);
}

describe('kiosk mode', () => {
  it('shows the attract loop: captions moving through the days, content note, language, touch targets, axe clean', async () => {
    const kiosk = await openKiosk();
    const { page } = kiosk;
    await expect.poll(() => page.locator('.kiosk-attract').getAttribute('data-map'), { timeout: 30_000 }).toMatch(/shown|unavailable/);
    expect(await page.locator('h1').textContent()).toBe('Kengir, forty days');
    expect(await page.getByRole('button', { name: 'Touch to begin' }).count()).toBe(1);
    expect(await page.locator('.kiosk-attract .content-note').textContent()).toMatch(/Content note/);
    // The config's languages as buttons, English chosen (tests/e2e/kioskLanguage.test.ts plays the others).
    expect(await page.locator('.kiosk-languages button[aria-pressed="true"]').textContent()).toContain('English');
    const first = await page.locator('.kiosk-step-caption').textContent();
    const step = await page.locator('.kiosk-attract').getAttribute('data-step');
    await expect.poll(() => page.locator('.kiosk-attract').getAttribute('data-step'), { timeout: 5000 }).not.toBe(step);
    expect(await page.locator('.kiosk-step-caption').textContent()).not.toBe(first);
    if (await page.locator('.kiosk-attract').getAttribute('data-map') === 'shown') {
      // The map follows the loop's days.
      const day = await page.locator('#map-host').getAttribute('data-day');
      await expect.poll(() => page.locator('#map-host').getAttribute('data-day'), { timeout: 5000 }).not.toBe(day);
    }
    expect(await axe(page), 'attract').toEqual([]);
    expect(await smallTargets(page, 64)).toEqual([]);
    // WCAG 2.2.2: the captions can be paused, and pausing does not begin a visit.
    await page.locator('#kiosk-pause').click();
    expect(await page.locator('#kiosk-pause').getAttribute('aria-pressed')).toBe('true');
    const held = await page.locator('.kiosk-attract').getAttribute('data-step');
    await page.waitForTimeout(3500);
    expect(await page.locator('.kiosk-attract').getAttribute('data-step')).toBe(held);
    expect(await page.locator('.story-text').count()).toBe(0);
    await page.locator('#kiosk-pause').click();
    await expect.poll(() => page.locator('.kiosk-attract').getAttribute('data-step'), { timeout: 5000 }).not.toBe(held);
    // No browser gestures: no selection, context menu, pinch or swipe navigation, no outbound links.
    const guards = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return {
        contextMenuBlocked: event.defaultPrevented,
        touchAction: getComputedStyle(document.documentElement).touchAction,
        userSelect: getComputedStyle(document.body).userSelect,
        overscroll: getComputedStyle(document.documentElement).overscrollBehaviorX,
        outbound: document.querySelectorAll('a[href^="http"], a[target="_blank"]').length,
        open: window.open('https://example.org/') === null,
      };
    });
    expect(guards).toEqual({ contextMenuBlocked: true, touchAction: 'pan-y', userSelect: 'none', overscroll: 'none', outbound: 0, open: true });
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('respects reduced motion: the first caption stays, without animation', async () => {
    const kiosk = await openKiosk(KIOSK, { reducedMotion: 'reduce' });
    const { page } = kiosk;
    expect(await page.evaluate(() => document.documentElement.dataset.reduceMotion)).toBe('true');
    const step = await page.locator('.kiosk-attract').getAttribute('data-step');
    await page.waitForTimeout(4000);
    expect(await page.locator('.kiosk-attract').getAttribute('data-step')).toBe(step);
    expect(await page.locator('#kiosk-pause').isVisible()).toBe(false);
    expect(await page.locator('.kiosk-step-caption .kiosk-fade').evaluate((node) => getComputedStyle(node).animationName)).toBe('none');
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('starts a visit in one tap, plays the kiosk cut to its end, shows how visitors chose, and returns to attract', async () => {
    const kiosk = await openKiosk();
    const { page, context } = kiosk;
    // Press feedback while the finger is down; the visit starts on release.
    const session = await context.newCDPSession(page);
    const box = (await page.locator('#kiosk-begin').boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2, id: 0 };
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    expect(await page.locator('#kiosk-begin').getAttribute('class')).toContain('kiosk-pressed');
    expect(await page.locator('.story-text').count()).toBe(0);
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.locator('.viewpoint-screen').count()).toBe(0);
    expect(await page.locator('#date-line').textContent()).toContain('Prologue');
    await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 }).catch(() => {});
    expect(await axe(page), 'play').toEqual([]);
    expect(await smallTargets(page, 64), 'play targets').toEqual([]);
    expect(await page.locator('#export-save, #load-save').count()).toBe(0);

    const steps = await playToEnd(page);
    expect(steps).toBeGreaterThan(5);
    expect(Number(await page.locator('#date-line').getAttribute('data-day'))).toBe(42);
    const chose = page.locator('.kiosk-chose');
    expect(await chose.locator('.kiosk-moment').count()).toBe(3);
    expect(await chose.locator('.kiosk-share.yours').count()).toBe(3);
    expect(await chose.locator('.kiosk-did').first().textContent()).toMatch(/.{40,}/);
    expect(await axe(page), 'end').toEqual([]);
    const data = await counters(page);
    expect(data.total).toMatchObject({ visitsStarted: 1, visitsFinished: 1 });
    await page.locator('#kiosk-finish').tap();
    await attract(page);
    expect(await page.locator('.story-text').count()).toBe(0);
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('asks "Are you still there?" when idle; Continue keeps the place; then resets with no trace of the visit', async () => {
    const kiosk = await openKiosk(KIOSK_IDLE);
    const { page } = kiosk;
    await beginVisit(page);
    const idle = page.locator('dialog.kiosk-idle[open]');
    await idle.waitFor({ timeout: TEST_IDLE.readingMs + 10_000 });
    const text = await page.locator('.story-text').innerText();
    expect(await idle.textContent()).toContain('Are you still there?');
    expect(await axe(page), 'idle overlay').toEqual([]);
    expect(await smallTargets(page, 64)).toEqual([]);
    await page.locator('#kiosk-idle-continue').tap();
    expect(await idle.count()).toBe(0);
    expect(await page.locator('.story-text').innerText()).toBe(text);
    // Input keeps the visit going; the next screen is still the visitor's.
    await page.locator('.story-controls .continue').tap();
    const next = await page.locator('.story-text').innerText();
    expect(next).not.toBe(text);

    await idle.waitFor({ timeout: TEST_IDLE.readingMs + 10_000 });
    const started = Date.now();
    await attract(page, TEST_IDLE.warningMs + 15_000);
    expect(Date.now() - started).toBeGreaterThan(TEST_IDLE.warningMs - 1500);
    const trace = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: sessionStorage.length,
      text: document.body.innerText,
      history: history.length,
    }));
    expect(trace.local).toEqual([COUNTERS_KEY]);
    expect(trace.session).toBe(0);
    expect(trace.text).not.toContain(next.slice(0, 40));
    const data = await counters(page);
    expect(data.total).toMatchObject({ visitsStarted: 1, visitsFinished: 0, resets: 1 });
    expect(JSON.stringify(data)).not.toContain(next.slice(0, 40));
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('opens the staff PIN pad on five corner taps, rate-limits wrong PINs, and shows the staff screen', async () => {
    const kiosk = await openKiosk();
    const { page } = kiosk;
    for (let i = 0; i < 5; i += 1) await page.touchscreen.tap(8, 8);
    const pad = page.locator('dialog.kiosk-pin[open]');
    await pad.waitFor();
    expect(await page.locator('.kiosk-attract').count()).toBe(1);
    expect(await axe(page), 'PIN pad').toEqual([]);
    const enter = async (pin: string) => {
      for (const digit of pin) await pad.locator(`[data-digit="${digit}"]`).tap();
      await pad.locator('#kiosk-pin-ok').tap();
    };
    await enter('0000');
    await enter('1111');
    await enter('9999');
    await expect.poll(() => pad.getAttribute('data-locked')).toBe('true');
    expect(await pad.locator('.kiosk-pin-message').textContent()).toMatch(/locked for 2 s/);
    expect(await pad.locator('[data-digit="1"]').isDisabled()).toBe(true);
    await expect.poll(() => pad.getAttribute('data-locked'), { timeout: 5000 }).toBe('false');
    await enter('1234');
    await expect.poll(() => pad.getAttribute('data-locked')).toBe('true');
    expect(await pad.locator('.kiosk-pin-message').textContent()).toMatch(/locked for 4 s/);
    // A reload does not lift the lockout.
    await page.reload();
    await attract(page);
    for (let i = 0; i < 5; i += 1) await page.touchscreen.tap(8, 8);
    await pad.waitFor();
    expect(await pad.getAttribute('data-locked')).toBe('true');
    await expect.poll(() => pad.getAttribute('data-locked'), { timeout: 8000 }).toBe('false');
    await enter(fileConfig.pin);
    const staff = page.locator('dialog.kiosk-staff[open]');
    await staff.waitFor();
    expect(await staff.locator('[data-key="build"] dd').textContent()).toMatch(/^\d+\.\d+\.\d+ · kiosk-/);
    expect(await staff.locator('[data-key="visits-today"] dd').textContent()).toBe('0 / 0');
    expect(await staff.locator('[data-key="memory"] dd').textContent()).toMatch(/MB|not reported/);
    expect(await staff.locator('[data-key="offline"] dd').textContent()).toMatch(/ready|saved|not available/);
    expect(await axe(page), 'staff screen').toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), staff.locator('#kiosk-staff-export').tap()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('scope,metric,key,value');
    expect(csv).toContain('total,visits_started,,0');
    await staff.locator('#kiosk-staff-leave').tap();
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(page.url()).toContain('mode=home');
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('returns to the attract loop within 5 s after an uncaught error or rejection, and logs it', async () => {
    const kiosk = await openKiosk();
    const { page } = kiosk;
    await beginVisit(page);
    let started = Date.now();
    await page.evaluate(() => setTimeout(() => { throw new Error('x'); }));
    await page.locator('dialog.kiosk-restart[open], .kiosk-attract').first().waitFor();
    await attract(page, 5000);
    expect(Date.now() - started).toBeLessThan(5000);
    await beginVisit(page);
    started = Date.now();
    await page.evaluate(() => { void Promise.reject(new Error('y')); });
    await page.locator('.story-text').waitFor({ state: 'detached', timeout: 5000 });
    await attract(page, 5000);
    expect(Date.now() - started).toBeLessThan(5000);
    const data = await counters(page);
    expect(data.total.errors).toBe(2);
    expect(data.errorLog.map((entry) => entry.message)).toEqual(['Error: x', 'Error: y']);
    expectClean(kiosk, /^(pageerror|unhandled rejection): [xy]$|Error: [xy]\b|Uncaught/);
    await kiosk.context.close();
  });

  it('starts each visitor afresh: a pinch zoom that got through is gone after the reset, the session is kept', async () => {
    const kiosk = await openKiosk();
    const { page, context } = kiosk;
    const sessionStart = (await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.sessionStartedAt, COUNTERS_KEY)) as number;
    await beginVisit(page);
    // Let one pinch through, as if a defence had failed: lift the no-zoom rules and keep the
    // kiosk's touchmove guard from seeing the gesture.
    await page.evaluate(() => {
      document.documentElement.removeAttribute('data-mode');
      window.addEventListener('touchmove', (event) => event.stopImmediatePropagation(), { capture: true });
    });
    const cdp = await context.newCDPSession(page);
    const touch = (type: string, points: [number, number][]) => cdp.send('Input.dispatchTouchEvent', { type: type as 'touchStart', touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    await touch('touchStart', [[900, 500], [1000, 500]]);
    for (let step = 1; step <= 6; step += 1) await touch('touchMove', [[900 - step * 60, 500], [1000 + step * 60, 500]]);
    await touch('touchEnd', []);
    await expect.poll(() => page.evaluate(() => window.visualViewport?.scale ?? 1)).toBeGreaterThan(1.5);
    // The visit ends (here by an error, which resets like any other end).
    await page.evaluate(() => setTimeout(() => { throw new Error('reset'); }));
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('kiosk-reset=1');
    await attract(page);
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('kiosk');
    expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.sessionStartedAt, COUNTERS_KEY)).toBe(sessionStart);
    expect(kiosk.consoleErrors.filter((text) => !/reset/.test(text))).toEqual([]);
    await context.close();
  });

  it('runs the WebGL map in the attract loop and the visit, and restores it after a context loss', async () => {
    const kiosk = await openKiosk(KIOSK_WEBGL);
    const { page } = kiosk;
    await page.locator('.kiosk-attract[data-map="shown"] #map-host[data-renderer="webgl"]').waitFor({ timeout: 30_000 });
    const day = await page.locator('#map-host').getAttribute('data-day');
    await expect.poll(() => page.locator('#map-host').getAttribute('data-day'), { timeout: 15_000 }).not.toBe(day);
    // The visit takes over the attract loop's map (one WebGL context per page): mark its canvas.
    await page.evaluate(() => { (document.querySelector('#map-host canvas') as unknown as { attractCanvas: boolean }).attractCanvas = true; });
    await beginVisit(page);
    await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#map-host').getAttribute('data-renderer')).toBe('webgl');
    expect(await page.evaluate(() => (document.querySelector('#map-host canvas') as unknown as { attractCanvas?: boolean } | null)?.attractCanvas)).toBe(true);
    // The only canvas is the visit's map.
    expect(await page.locator('canvas:not(#map-host canvas)').count()).toBe(0);
    expect(await page.locator('canvas').count()).toBe(1);
    const lost = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#map-host canvas');
      const gl = (canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')) as WebGLRenderingContext | null;
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) return false;
      extension.loseContext();
      setTimeout(() => extension.restoreContext(), 300);
      return true;
    });
    expect(lost).toBe(true);
    await expect.poll(() => page.locator('#map-host').getAttribute('data-context'), { timeout: 10_000 }).toBe('restored');
    await page.locator('.story-controls .continue').tap();
    expect(await page.locator('.story-text p.line').count()).toBeGreaterThan(0);
    expect((await counters(page)).total.errors).toBe(0);
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('leaves no listeners or DOM behind from one visit to the next in one page life (WebGL map)', async () => {
    // The bench preset resets in the page, so anything a visit or a map leaves behind piles up.
    const kiosk = await openKiosk('?mode=kiosk&kiosk-config=bench');
    const { page, context } = kiosk;
    const cdp = await context.newCDPSession(page);
    // Measured at the same step of the attract loop each time (its captions differ in DOM), and
    // measured again if the loop moved on while measuring.
    const settle = async (step?: string) => {
      await attract(page);
      for (let attempt = 0; ; attempt += 1) {
        await page.waitForFunction((wanted) => {
          const loop = document.querySelector<HTMLElement>('.kiosk-attract');
          return !!loop && loop.dataset.map !== 'loading' && !document.querySelector('.kmap-fade') && (wanted === undefined || loop.dataset.step === wanted);
        }, step, { timeout: 60_000 });
        const at = await page.evaluate(() => document.querySelector<HTMLElement>('.kiosk-attract')?.dataset.step);
        // Short timers (a fade's clean-up, a deferred redraw) hold nodes for a moment: let them run.
        await page.waitForTimeout(1200);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
        const counts = await cdp.send('Memory.getDOMCounters');
        const still = await page.evaluate(() => document.querySelector<HTMLElement>('.kiosk-attract')?.dataset.step);
        if (still === at || attempt >= 3) return { step: at, document: listeners.map((l) => l.type).sort(), nodes: counts.nodes, listeners: counts.jsEventListeners };
      }
    };
    const visit = async () => {
      await beginVisit(page);
      await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 });
      await playToEnd(page);
      await page.locator('#kiosk-finish').tap();
    };
    await visit();
    const after1 = await settle();
    expect(after1.document.filter((type) => type === 'visibilitychange').length).toBeLessThanOrEqual(1);
    await visit();
    await visit();
    const after3 = await settle(after1.step);
    expect(after3).toEqual(after1);
    expectClean(kiosk);
    await context.close();
  });

  it('precaches every file of the build and plays offline after the first load', async () => {
    const dist = process.env.E2E_DIST ?? 'dist';
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [relative(dist, path)];
    });
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    const missing = files(dist).filter((file) => file !== 'sw.js' && !/^workbox-.*\.js$/.test(file) && !sw.includes(`"${file}"`));
    expect(missing, 'files the service worker would not precache').toEqual([]);

    const kiosk = await openKiosk();
    const { page, context } = kiosk;
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 60_000 });
    await context.setOffline(true);
    await page.reload();
    await attract(page);
    await beginVisit(page);
    await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 });
    await playToEnd(page, true);
    expect(await page.locator('.kiosk-chose').count()).toBe(1);
    await page.locator('#kiosk-finish').tap();
    await attract(page);
    await context.setOffline(false);
    expectClean(kiosk);
    await kiosk.context.close();
  });

  it('survives a minute of random taps, swipes, pinches and keys, always returning to the attract loop', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    const page = await context.newPage();
    const stats = await soak({ page, baseUrl: BASE_URL, durationMs: Number(process.env.KIOSK_SOAK_MS ?? 60_000), seed: 20260526, renderer: 'plan' });
    expect(stats.pageErrors).toEqual([]);
    expect(stats.consoleErrors).toEqual([]);
    expect(stats.stuck).toEqual([]);
    expect(stats.maxScale).toBeLessThanOrEqual(1.01);
    expect(stats.counters?.errorsCaught ?? 0).toBe(0);
    expect(stats.counters?.visitsStarted ?? 0).toBeGreaterThanOrEqual(1);
    expect(stats.storageKeys).toEqual([COUNTERS_KEY]);
    expect(stats.ok).toBe(true);
    await context.close();
  }, 240_000);
});
