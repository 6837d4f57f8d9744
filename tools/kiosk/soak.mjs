// Kiosk robustness run: random taps, swipes, pinches and keys across many visits, with pauses
// that let the idle reset fire. Passes when no error escapes (Playwright's pageerror, the
// kiosk's own error counter), the screen never zooms, and every pause returns to the attract
// loop in time. `npm run kiosk:soak -- --minutes 10 [--seed 7] [--renderer plan] [--url http://...]`; the e2e
// suite runs a short version through `soak()`.
import { pathToFileURL } from 'node:url';
import { launchSoakBrowser, soakSetup } from '../soak/cli.mjs';

const COUNTERS_KEY = 'kengir.kiosk.counters.v1';
// The soak preset (src/modes/kiosk/config.ts): reading 5 s, menus 4 s, warning 3 s.
const IDLE_RETURN_MS = 5_000 + 3_000;

function prng(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
}

const harmless = (text) => /GPU stall|GL Driver|Kiosk caught/.test(text);

/**
 * Drives an open page for `durationMs`. The page's context must have `hasTouch: true`.
 * Returns the run's numbers; `ok` is false on any escaped error, zoom, or stuck screen.
 */
export async function soak({ page, baseUrl, durationMs, seed = 1, renderer = null, log = () => {} }) {
  const random = prng(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const between = (low, high) => low + random() * (high - low);
  const stats = {
    durationMs, seed, renderer: renderer ?? 'auto', actions: 0, taps: 0, elementTaps: 0, swipes: 0, pinches: 0, keys: 0,
    idlePauses: 0, maxReturnMs: 0, loads: 0, pageErrors: [], consoleErrors: [], stuck: [], maxScale: 1,
    counters: null, ok: false,
  };
  page.on('pageerror', (error) => stats.pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => { if (message.type() === 'error' && !harmless(message.text())) stats.consoleErrors.push(message.text()); });
  page.on('load', () => { stats.loads += 1; });
  const session = await page.context().newCDPSession(page);
  const url = new URL(`?mode=kiosk&kiosk-config=soak${renderer ? `&maprenderer=${renderer}` : ''}`, baseUrl).toString();
  await page.goto(url);

  // Reads the page, surviving the reloads a reset causes.
  const read = async (fn, arg, fallback = null) => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      try { return await page.evaluate(fn, arg); } catch { await page.waitForTimeout(100); }
    }
    return fallback;
  };
  const screen = () => read(() => document.getElementById('app')?.dataset.screen ?? 'none', undefined, 'none');
  const viewport = page.viewportSize() ?? { width: 1920, height: 1080 };

  const touch = async (type, points) => {
    await session.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  };
  const swipe = async () => {
    const x = between(40, viewport.width - 40);
    const y = between(40, viewport.height - 40);
    const dx = between(-600, 600);
    const dy = between(-500, 500);
    await touch('touchStart', [[x, y]]);
    for (let step = 1; step <= 6; step += 1) await touch('touchMove', [[x + (dx * step) / 6, y + (dy * step) / 6]]);
    await touch('touchEnd', []);
    stats.swipes += 1;
  };
  const pinch = async () => {
    const cx = viewport.width / 2;
    const cy = viewport.height / 2;
    await touch('touchStart', [[cx - 40, cy], [cx + 40, cy]]);
    for (let step = 1; step <= 6; step += 1) await touch('touchMove', [[cx - 40 - step * 40, cy - step * 10], [cx + 40 + step * 40, cy + step * 10]]);
    await touch('touchEnd', []);
    stats.pinches += 1;
    const scale = await read(() => window.visualViewport?.scale ?? 1, undefined, 1);
    stats.maxScale = Math.max(stats.maxScale, scale);
  };
  /** Visible, enabled controls; the story's own controls first when `prefer` is set. */
  const targets = () => read(() => {
    const nodes = [...document.querySelectorAll('button, summary, label, a[href]')];
    const topDialog = [...document.querySelectorAll('dialog[open]')].at(-1);
    return nodes
      .filter((node) => !node.disabled && (!topDialog || topDialog.contains(node)) && node.id !== 'kiosk-staff-leave')
      .map((node) => {
        const box = node.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, w: box.width, h: box.height, story: !!node.closest('.story-controls'), finish: node.id === 'kiosk-finish' };
      })
      .filter((box) => box.w > 0 && box.h > 0 && box.x >= 0 && box.y >= 0 && box.x <= window.innerWidth && box.y <= window.innerHeight);
  }, undefined, []);

  const waitForAttract = async (limitMs) => {
    const started = Date.now();
    while (Date.now() - started < limitMs) {
      if (await screen() === 'attract') return Date.now() - started;
      await page.waitForTimeout(200);
    }
    return null;
  };

  // Three kinds of visitor, picked afresh at each attract loop: a reader who goes through to the
  // end (and sometimes opens a menu), a fiddler who does anything at all and sometimes walks
  // away, and a passer-by who taps a few times and leaves.
  const walkAway = async () => {
    stats.idlePauses += 1;
    const returned = await waitForAttract(IDLE_RETURN_MS + 20_000);
    if (returned === null) stats.stuck.push({ at: Date.now(), screen: await screen() });
    else stats.maxReturnMs = Math.max(stats.maxReturnMs, returned);
  };
  const tapTarget = async (boxes) => {
    if (!boxes.length) return false;
    const box = pick(boxes);
    await page.touchscreen.tap(box.x, box.y).catch(() => {});
    stats.elementTaps += 1;
    stats.taps += 1;
    return true;
  };
  const anything = async () => {
    const roll = random();
    if (roll < 0.5) {
      if (!await tapTarget(await targets())) stats.taps += 1;
    } else if (roll < 0.65) {
      await page.touchscreen.tap(between(0, viewport.width - 1), between(0, viewport.height - 1)).catch(() => {});
      stats.taps += 1;
    } else if (roll < 0.7) {
      // A few quick taps in the staff corner (never the full gesture with the right PIN).
      for (let i = 0; i < 1 + Math.floor(random() * 5); i += 1) await page.touchscreen.tap(between(2, 60), between(2, 60)).catch(() => {});
      stats.taps += 1;
    } else if (roll < 0.85) {
      await swipe().catch(() => {});
    } else if (roll < 0.92) {
      await pinch().catch(() => {});
    } else {
      await page.keyboard.press(pick(['Enter', 'Escape', 'Tab', ' ', '1', '2', '3', 'Alt+ArrowLeft', 'Control+Equal', 'Backspace'])).catch(() => {});
      stats.keys += 1;
    }
  };

  const deadline = Date.now() + durationMs;
  let persona = 'fiddler';
  let tapsLeft = 0;
  stats.personas = { reader: 0, fiddler: 0, passer: 0 };
  let previous = 'none';
  while (Date.now() < deadline) {
    stats.actions += 1;
    const current = await screen();
    const arrived = current === 'attract' && previous !== 'attract';
    previous = current;
    if (arrived) {
      const roll = random();
      persona = roll < 0.35 ? 'reader' : roll < 0.75 ? 'fiddler' : 'passer';
      tapsLeft = 1 + Math.floor(random() * 6);
      stats.personas[persona] += 1;
    }
    if (current === 'attract') {
      // Someone walks up: most touches start a visit, a swipe or a pinch does not.
      await anything();
    } else if (persona === 'reader') {
      const boxes = await targets();
      const inDialog = await read(() => !!document.querySelector('dialog[open]'), undefined, false);
      const story = boxes.filter((box) => box.story || box.finish);
      if (inDialog && random() < 0.7) await page.keyboard.press('Escape').catch(() => {});
      else if (story.length && random() < 0.92) await tapTarget(story);
      else await anything();
    } else if (persona === 'passer') {
      if (tapsLeft-- > 0) await anything();
      else await walkAway();
    } else if (random() < 0.06) {
      await walkAway();
    } else {
      await anything();
    }
    await page.waitForTimeout(persona === 'reader' ? between(20, 200) : between(40, 500));
  }
  // The end: walk away once more; the kiosk must be back at the attract loop.
  const finalReturn = await waitForAttract(IDLE_RETURN_MS + 20_000);
  if (finalReturn === null) stats.stuck.push({ at: Date.now(), screen: await screen(), final: true });
  const counters = await read((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), COUNTERS_KEY);
  const storageKeys = await read(() => [Object.keys(localStorage), sessionStorage.length], undefined, [[], -1]);
  stats.storageKeys = storageKeys[0];
  stats.sessionStorageItems = storageKeys[1];
  stats.counters = counters ? {
    visitsStarted: counters.total.visitsStarted, visitsFinished: counters.total.visitsFinished,
    idleResets: counters.total.resets, errorsCaught: counters.total.errors, endings: counters.total.endings,
    errorLog: counters.errorLog,
  } : null;
  stats.ok = stats.pageErrors.length === 0 && stats.stuck.length === 0 && stats.maxScale <= 1.01
    && (stats.counters?.errorsCaught ?? 0) === 0 && stats.consoleErrors.length === 0
    && stats.sessionStorageItems === 0 && stats.storageKeys.every((key) => key === COUNTERS_KEY);
  log(stats);
  return stats;
}

async function main() {
  const args = process.argv.slice(2);
  const { minutes, seed, baseUrl, server, option } = await soakSetup(args, 4183);
  const browser = await launchSoakBrowser(['--enable-precise-memory-info']);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await context.newPage();
  console.log(`Kiosk soak: ${minutes} min, seed ${seed}, ${baseUrl}`);
  const started = Date.now();
  const renderer = option('renderer', null);
  const stats = await soak({ page, baseUrl, durationMs: minutes * 60_000, seed, renderer });
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null).catch(() => null);
  await browser.close();
  server?.kill('SIGTERM');
  const summary = { ...stats, wallSeconds: Math.round((Date.now() - started) / 1000), heapAtEndMB: heap ? Math.round(heap / 1048576 * 10) / 10 : null };
  console.log(JSON.stringify(summary, null, 2));
  console.log(stats.ok ? 'SOAK PASSED' : 'SOAK FAILED');
  process.exit(stats.ok ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
