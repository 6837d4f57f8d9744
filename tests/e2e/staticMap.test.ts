// Issue 16 item 5, "never blank": the static plan (assets/map/plan.svg) is in the map pane as
// soon as the story's first text is, while the Phaser chunk is held back, and gives way to the
// live map in the same box once that has drawn. Home, classroom and the kiosk's attract loop.
// Its labels are in the reader's language (issue 17): Ukrainian with `?lang=uk`, fetched after
// the first text; until they are there the plan shows without labels, never English ones.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { map as ukMap } from '../../src/i18n/uk/map.ts';
import { map as englishMap } from '../../src/i18n/en/map.ts';
import { axe, expectClean, launch, openGame, startNewGame } from './browser.ts';
import { expectClean as expectKioskClean, openKiosk } from './kioskPage.ts';

let browser: Browser;
const SHOTS = 'test-results/static-map';
beforeAll(async () => { mkdirSync(SHOTS, { recursive: true }); browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Holds every request for the Phaser chunks until `release()`; then they load normally. */
function holdPhaser(): { install: (context: BrowserContext) => Promise<void>; release: () => void; held: () => number } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  let held = 0;
  return {
    install: async (context) => { await context.route('**/assets/phaser*.js', async (route) => { held += 1; await gate; await route.continue(); }); },
    release: () => release(),
    held: () => held,
  };
}

/** Holds the requests for the static plan's labels in `code` (a chunk of their own) until `release()`. */
function holdLabels(code: string): { install: (context: BrowserContext) => Promise<void>; release: () => void; held: () => number } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  let held = 0;
  return {
    install: async (context) => { await context.route(`**/assets/plan-labels.${code}-*.js`, async (route) => { held += 1; await gate; await route.continue(); }); },
    release: () => release(),
    held: () => held,
  };
}

/** Every request the page makes for a language's static plan labels (assets/plan-labels.<lang>-<hash>.js). */
function labelFiles(context: BrowserContext): string[] {
  const files: string[] = [];
  context.on('request', (request) => {
    const match = /\/plan-labels\.([a-z]+)-[\w-]+\.js$/.exec(new URL(request.url()).pathname);
    if (match) files.push(match[1]!);
  });
  return files;
}

/** Records (in the page) when the first story line appeared and when the static plan had loaded. */
async function timeStaticPlan(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const times: { text?: number; plan?: number } = {};
    (window as unknown as { __staticPlanTimes: typeof times }).__staticPlanTimes = times;
    new MutationObserver(() => { if (times.text === undefined && document.querySelector('.story-text p.line')) times.text = performance.now(); })
      .observe(document, { childList: true, subtree: true });
    document.addEventListener('load', (event) => {
      if (times.plan === undefined && (event.target as Element).classList?.contains('map-static-image')) times.plan = performance.now();
    }, true);
  });
}

/** The static plan in `host`: loaded, shown, and filling the host's box. */
async function staticPlanShown(page: Page, host: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const box = document.querySelector<HTMLElement>(selector);
    const plan = box?.querySelector<HTMLElement>(':scope > .map-static');
    const image = plan?.querySelector<HTMLImageElement>('img.map-static-image');
    if (!box || !plan || !image || !image.complete || image.naturalWidth === 0) return false;
    const a = plan.getBoundingClientRect(), b = box.getBoundingClientRect(), picture = image.getBoundingClientRect();
    return getComputedStyle(image).visibility === 'visible' && picture.width > 100 && picture.height > 100
      && Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1 && Math.abs(a.top - b.top) < 1;
  }, host);
}


interface ShownLabel { text: string; fontPx: number; box: { left: number; top: number; right: number; bottom: number } }
/** The static plan's labels that show in `host` (DOM text over the image), with their type size and box. */
async function staticLabels(page: Page, host: string): Promise<ShownLabel[]> {
  return page.evaluate((selector) => [...document.querySelectorAll<HTMLElement>(`${selector} > .map-static .map-static-label`)]
    .filter((label) => getComputedStyle(label).visibility === 'visible' && label.getBoundingClientRect().width > 0)
    .map((label) => {
      const { left, top, right, bottom } = label.getBoundingClientRect();
      return { text: label.innerText.replace(/\s+/g, ' '), fontPx: Number.parseFloat(getComputedStyle(label).fontSize), box: { left, top, right, bottom } };
    }), host);
}

function overlapping(labels: ShownLabel[]): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) out.push(`${a.text} / ${b.text}`);
  }));
  return out;
}

async function liveMapShown(page: Page, host: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const box = document.querySelector<HTMLElement>(selector);
    const live = box?.querySelector<HTMLElement>(':scope > .kmap');
    const image = box?.querySelector<HTMLImageElement>(':scope > .map-static img');
    const labels = [...(box?.querySelectorAll<HTMLElement>(':scope > .map-static .map-static-label') ?? [])];
    return !!box?.dataset.mapDrawn && !!live && getComputedStyle(live).visibility === 'visible'
      && !!image && getComputedStyle(image).visibility === 'hidden' && labels.every((label) => getComputedStyle(label).visibility === 'hidden');
  }, host);
}

describe('the static plan (the map is never blank)', () => {
  for (const mode of ['home', 'classroom'] as const) {
    it(`${mode}: shows in the map pane with the first text while Phaser is held back, then gives way to the live map in the same box`, async () => {
      const hold = holdPhaser();
      const watched = await openGame(browser, mode === 'classroom' ? '?mode=classroom' : '', { width: 1366, height: 768 }, async (context) => {
        await hold.install(context);
        await timeStaticPlan(context);
      });
      const { page } = watched;
      const files = labelFiles(watched.context);
      if (mode === 'classroom') await page.locator('#start-lesson').click();
      else await startNewGame(page);
      await page.locator('.story-text p.line').first().waitFor();
      await expect.poll(() => staticPlanShown(page, '.map-pane .map-host'), { timeout: 10_000 }).toBe(true);
      const before = await page.locator('.map-pane .map-host').boundingBox();
      // Phaser is still held: the live map has not drawn, the static plan is what shows.
      await expect.poll(() => hold.held(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await page.locator('.map-pane .map-host').getAttribute('data-map-drawn')).toBeNull();
      const alt = await page.locator('.map-pane img.map-static-image').getAttribute('alt');
      expect(alt).toBe('');
      expect(await page.locator('.map-pane .map-static').getAttribute('aria-hidden')).toBe('true');
      const labels = await staticLabels(page, '.map-pane .map-host');
      expect(labels.length, 'labels over the static plan').toBeGreaterThan(4);
      // English: the labels are in the entry bundle, no other language's file is fetched.
      expect(labels.map((label) => label.text)).toContain(englishMap.zones.lagpunkt_2.full.join(' '));
      expect(files, 'label files fetched in English').toEqual([]);
      const times = await page.evaluate(() => (window as unknown as { __staticPlanTimes: { text?: number; plan?: number } }).__staticPlanTimes);
      console.log(`[static plan] ${mode}: first text at ${times.text?.toFixed(0)} ms, static plan loaded at ${times.plan?.toFixed(0)} ms`);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${mode}-static-1366x768.png` });

      hold.release();
      await expect.poll(() => liveMapShown(page, '.map-pane .map-host'), { timeout: 30_000 }).toBe(true);
      expect(await page.locator('.map-pane .map-host').getAttribute('data-renderer')).toMatch(/webgl|canvas/);
      expect(await page.locator('.map-pane .map-host').boundingBox()).toEqual(before);
      await page.screenshot({ path: `${SHOTS}/${mode}-live-1366x768.png` });
      expect(await axe(page)).toEqual([]);
      expectClean(watched);
      await watched.context.close();
    });
  }

  it('its labels are text over the plan: they grow with the text size by the setting\'s factor and never overlap', async () => {
    const hold = holdPhaser();
    const watched = await openGame(browser, '', { width: 1366, height: 768 }, hold.install);
    const { page } = watched;
    await startNewGame(page);
    const host = '.map-pane .map-host';
    await expect.poll(() => staticPlanShown(page, host), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await staticLabels(page, host)).length, { timeout: 10_000 }).toBeGreaterThan(4);
    const before = await staticLabels(page, host);
    expect(before.map((label) => label.text)).toContain('Guardhouse');
    expect(overlapping(before), 'at 100 %').toEqual([]);
    // The largest text size, set as a reader would.
    await page.locator('#open-settings').click();
    await page.locator('#setting-text-size-200').check();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await staticLabels(page, host)).find((label) => label.text === before[0]!.text)?.fontPx, { timeout: 10_000 })
      .toBeCloseTo(before[0]!.fontPx * 2, 1);
    await page.waitForTimeout(100); // a frame for the labels that no longer fit to give way
    const after = await staticLabels(page, host);
    for (const label of after) {
      const was = before.find((other) => other.text === label.text);
      if (was) expect(label.fontPx, label.text).toBeCloseTo(was.fontPx * 2, 1);
    }
    // The map pane is narrow at 200 % (the story keeps its share): only the most important labels fit.
    expect(after.length, 'the most important labels still show').toBeGreaterThanOrEqual(1);
    expect(overlapping(after), 'at 200 %').toEqual([]);
    const sheet = await page.locator(`${host} .map-static-sheet`).boundingBox();
    for (const label of after) {
      expect(label.box.left >= sheet!.x - 0.5 && label.box.right <= sheet!.x + sheet!.width + 0.5
        && label.box.top >= sheet!.y - 0.5 && label.box.bottom <= sheet!.y + sheet!.height + 0.5, `${label.text} lies on the plan`).toBe(true);
    }
    expect(await page.locator(host).getAttribute('data-map-drawn'), 'Phaser still held back').toBeNull();
    await page.screenshot({ path: `${SHOTS}/home-static-text200-1366x768.png` });
    expect(await axe(page)).toEqual([]);
    hold.release();
    await expect.poll(() => liveMapShown(page, host), { timeout: 30_000 }).toBe(true);
    expectClean(watched);
    await watched.context.close();
  });

  it('kiosk: shows in the attract loop while Phaser is held back, then the live map replaces it', async () => {
    const hold = holdPhaser();
    const kiosk = await openKiosk(browser, '?mode=kiosk&kiosk-config=test', { beforeGoto: hold.install });
    const { page } = kiosk;
    const host = '.kiosk-attract .map-host';
    await expect.poll(() => staticPlanShown(page, host), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => hold.held(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator(host).getAttribute('data-map-drawn')).toBeNull();
    await page.screenshot({ path: `${SHOTS}/kiosk-attract-static-1920x1080.png` });
    hold.release();
    await expect.poll(() => liveMapShown(page, host), { timeout: 30_000 }).toBe(true);
    expectKioskClean(kiosk);
    await kiosk.context.close();
  });

  it('?lang=uk: the static plan\'s labels are the Ukrainian ones, after the first text; until then none, never English', async () => {
    const hold = holdPhaser();
    const labelsHeld = holdLabels('uk');
    const watched = await openGame(browser, '?lang=uk', { width: 1366, height: 768 }, async (context) => {
      await hold.install(context);
      await labelsHeld.install(context);
    });
    const { page } = watched;
    const files = labelFiles(watched.context);
    await page.locator('#new-game').click();
    await page.locator('.viewpoint.available button').first().click();
    await page.locator('.story-text p.line').first().waitFor();
    const host = '.map-pane .map-host';
    await expect.poll(() => staticPlanShown(page, host), { timeout: 10_000 }).toBe(true);
    // The Ukrainian labels are held back: the plan shows, with no labels rather than English ones.
    await expect.poll(() => labelsHeld.held(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator(`${host} .map-static-label`).count(), 'labels before their file arrives').toBe(0);
    labelsHeld.release();
    await expect.poll(async () => (await staticLabels(page, host)).length, { timeout: 10_000 }).toBeGreaterThan(4);
    const texts = (await staticLabels(page, host)).map((label) => label.text);
    const ukZones = Object.values(ukMap.zones).map((zone) => zone.full.join(' '));
    const englishZones = Object.values(englishMap.zones).map((zone) => zone.full.join(' '));
    expect(texts.filter((text) => ukZones.includes(text)).length, `Ukrainian zone names in ${texts.join(' | ')}`).toBeGreaterThanOrEqual(3);
    expect(texts.filter((text) => englishZones.includes(text)), 'English zone names').toEqual([]);
    expect(texts, 'the guardhouse, from history.po').toContain('Вахта');
    expect(texts.filter((text) => /[a-z]/i.test(text)), 'labels in Latin letters').toEqual([]);
    expect(overlapping(await staticLabels(page, host))).toEqual([]);
    expect(files).toEqual(['uk']);
    expect(await page.locator(host).getAttribute('data-map-drawn'), 'Phaser still held back').toBeNull();
    await page.screenshot({ path: `${SHOTS}/home-static-uk-1366x768.png` });
    expect(await axe(page)).toEqual([]);
    hold.release();
    await expect.poll(() => liveMapShown(page, host), { timeout: 30_000 }).toBe(true);
    expectClean(watched);
    await watched.context.close();
  });
});
