// Home-mode robustness run (issue 18): a seeded random player clicks anything visible, presses
// keys, opens and closes menus, the Saves dialog and settings, goes back to the title, starts new
// games and reloads the page, for `--minutes` (10 by default). It passes with 0 uncaught errors,
// unhandled rejections or console errors, no stuck screen (every check finds a way on: a button
// to press, or the title within reach), and an autosave that still reads as a save.
// `npm run soak -- --minutes 10 [--seed 7] [--url http://...]`; the e2e suite runs a short
// version through `soakHome()` (tests/e2e/soak.test.ts).
import { pathToFileURL } from 'node:url';
import { launchSoakBrowser, soakSetup } from './cli.mjs';

const AUTOSAVE_KEY = 'kengir.autosave.v1';
const SAVE_FORMAT = 'kengir-forty-days/save@1';
/** Controls the soak leaves alone: file pickers (no file to give) and downloads are harmless but slow. */
const SKIP = '#load-save, #import-save, [data-action="import"], input[type=file]';

function prng(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
}

const harmless = (text) => /GPU stall|GL Driver/.test(text);

/** Drives an open page for `durationMs`; returns the run's numbers, `ok` false on any failure. */
export async function soakHome({ page, baseUrl, durationMs, seed = 1, log = () => {} }) {
  const random = prng(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const stats = {
    durationMs, seed, actions: 0, clicks: 0, keys: 0, reloads: 0, titles: 0, newGames: 0, choices: 0,
    screens: {}, pageErrors: [], consoleErrors: [], stuck: [], slowBoots: [], autosave: 'none', ok: false,
  };
  page.on('pageerror', (error) => stats.pageErrors.push(String(error?.message ?? error)));
  page.on('console', (message) => { if (message.type() === 'error' && !harmless(message.text())) stats.consoleErrors.push(message.text()); });
  await page.exposeFunction('__soakRejection', (text) => stats.pageErrors.push(`unhandled rejection: ${text}`));
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => { window.__soakRejection(String(event.reason?.message ?? event.reason)); });
  });
  await page.goto(new URL('?mode=home', baseUrl).toString());

  const read = async (fn, arg, fallback = null) => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      try { return await page.evaluate(fn, arg); } catch { await page.waitForTimeout(100); }
    }
    return fallback;
  };
  const screen = () => read(() => document.getElementById('app')?.dataset.screen ?? 'none', undefined, 'none');
  /** SOAK_TRACE=1 prints every press with the screen it landed on (a debugging aid). */
  const trace = process.env.SOAK_TRACE ? async (...parts) => console.log(parts[0], await screen(), ...parts.slice(1)) : async () => {};
  /** Visible, enabled controls in the top dialog (or the page): their selectors' index and kind. */
  const targets = () => read((skip) => {
    for (const old of document.querySelectorAll('[data-soak-target]')) delete old.dataset.soakTarget;
    const topDialog = [...document.querySelectorAll('dialog[open]')].at(-1);
    const scope = topDialog ?? document;
    return [...scope.querySelectorAll('button, summary, a[href^="#"], input[type=radio], input[type=checkbox]')]
      .filter((node) => !node.disabled && !node.matches(skip) && node.getClientRects().length > 0)
      .map((node, index) => {
        node.dataset.soakTarget = String(index);
        return { index, story: !!node.closest('.story-controls'), primary: node.classList.contains('primary'), id: node.id || node.dataset.action || node.textContent.trim().slice(0, 24) };
      });
  }, SKIP, []);

  const checkNotStuck = async () => {
    const current = await screen();
    stats.screens[current] = (stats.screens[current] ?? 0) + 1;
    if (current === 'boot') {
      // Loading, not stuck, until it outlasts a generous bound: a check can land mid-reload,
      // and a busy machine can take seconds to parse the story. The time is kept to be read.
      const started = Date.now();
      const left = await page.locator('#app:not([data-screen="boot"])').waitFor({ timeout: 30_000 }).then(() => true, () => false);
      if (!left) stats.stuck.push({ at: Date.now(), screen: current, reason: 'still loading after 30 s' });
      else stats.slowBoots.push(Date.now() - started);
      return;
    }
    if (current === 'fatal' || current === 'none') {
      stats.stuck.push({ at: Date.now(), screen: current });
      return;
    }
    if (!(await targets()).length) stats.stuck.push({ at: Date.now(), screen: current, reason: 'nothing to press' });
  };

  const deadline = Date.now() + durationMs;
  let lastCheck = 0;
  while (Date.now() < deadline) {
    stats.actions += 1;
    const roll = random();
    if (roll < 0.62) {
      const boxes = await targets();
      // Mostly a reader: the story's own controls first, and elsewhere often the way forward a
      // player's eye goes to (the screen's primary button: Continue, New game, Begin), so the
      // walk reaches the story instead of wandering the title's many settings.
      const story = boxes.filter((box) => box.story);
      const primary = boxes.filter((box) => box.primary);
      const box = story.length && random() < 0.7 ? pick(story)
        : primary.length && random() < 0.5 ? pick(primary)
          : boxes.length ? pick(boxes) : null;
      if (box) {
        if (box.story) stats.choices += 1;
        await trace('click', box.id, box.story);
        if (box.id === 'new-game' || box.id === 'confirm-new-yes') stats.newGames += 1;
        await page.locator(`[data-soak-target="${box.index}"]`).first().click({ timeout: 2000 }).catch(() => {});
        stats.clicks += 1;
      }
    } else if (roll < 0.9) {
      const key = pick(['Enter', 'Enter', '1', '2', '3', 'Escape', 'Tab', ' ', 'PageUp']);
      await trace('key', key);
      await page.keyboard.press(key).catch(() => {});
      stats.keys += 1;
    } else if (roll < 0.97) {
      // Back to the title by the menu, when in play.
      if (await screen() === 'play') {
        await page.keyboard.press('Escape').catch(() => {});
        await page.locator('#open-menu').click({ timeout: 2000 }).catch(() => {});
        await page.locator('#menu-to-title').click({ timeout: 2000 }).catch(() => {});
        stats.titles += 1;
      }
    } else {
      await page.reload().catch(() => {});
      await page.locator('#app:not([data-screen="boot"])').waitFor({ timeout: 15_000 }).catch(() => {});
      stats.reloads += 1;
    }
    await page.waitForTimeout(20 + random() * 120);
    if (Date.now() - lastCheck > 2000) { lastCheck = Date.now(); await checkNotStuck(); }
  }
  // The end: the title must be in reach, and the autosave must read as a save.
  // As a player would: Escape out of whatever panels are open (links between history panels
  // stack them, at most one per kind), Back out of a full page or the viewpoint screen, then the menu.
  const dialogsOpen = () => read(() => document.querySelectorAll('dialog[open]').length, undefined, 0);
  for (let attempt = 0; attempt < 4 && await screen() !== 'title'; attempt += 1) {
    for (let escapes = 0; escapes < 12 && await dialogsOpen() > 0; escapes += 1) await page.keyboard.press('Escape').catch(() => {});
    await trace('final', attempt, await dialogsOpen());
    if (await screen() === 'play') {
      await page.locator('#open-menu').click({ timeout: 5000 }).catch(() => {});
      await page.locator('#menu-to-title').click({ timeout: 5000 }).catch(() => {});
    } else {
      await page.getByRole('button', { name: 'Back', exact: true }).first().click({ timeout: 2000 }).catch(() => {});
    }
  }
  await page.locator('#app[data-screen="title"]').waitFor({ timeout: 10_000 }).catch(async () => {
    const where = await read(() => ({
      screen: document.getElementById('app')?.dataset.screen,
      dialogs: [...document.querySelectorAll('dialog[open]')].map((dialog) => dialog.id || dialog.className),
      focus: document.activeElement?.id || document.activeElement?.tagName,
    }), undefined, {});
    stats.stuck.push({ at: Date.now(), screen: 'final', reason: 'title out of reach', ...where });
    if (process.env.SOAK_TRACE) await page.screenshot({ path: '/tmp/soak-final.png' }).catch(() => {});
  });
  const saved = await read((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  if (saved === null) stats.autosave = 'none';
  else {
    try { stats.autosave = JSON.parse(saved).format === SAVE_FORMAT ? 'readable' : 'foreign'; } catch { stats.autosave = 'unreadable'; }
  }
  stats.ok = stats.pageErrors.length === 0 && stats.consoleErrors.length === 0 && stats.stuck.length === 0 && stats.autosave !== 'unreadable' && stats.autosave !== 'foreign';
  log(stats);
  return stats;
}

async function main() {
  const args = process.argv.slice(2);
  const { minutes, seed, baseUrl, server } = await soakSetup(args, 4184);
  const browser = await launchSoakBrowser([]);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  console.log(`Home soak: ${minutes} min, seed ${seed}, ${baseUrl}`);
  const started = Date.now();
  const stats = await soakHome({ page, baseUrl, durationMs: minutes * 60_000, seed });
  await browser.close();
  server?.kill('SIGTERM');
  console.log(JSON.stringify({ ...stats, wallSeconds: Math.round((Date.now() - started) / 1000) }, null, 2));
  console.log(stats.ok ? 'SOAK PASSED' : 'SOAK FAILED');
  process.exit(stats.ok ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
