// The camp map in real Chromium (software WebGL): it follows the story from day 1 to day 9,
// its markers take choices by mouse and by keyboard, it passes axe with markers shown, reduced
// motion leaves nothing moving, and the high-contrast theme switches live. Screenshots of days
// 1, 13 and 42 at 1920x1080 and 390x844 are written to test-results/map/ for review.
//
// Routes: day 1 to day 9 is played by keyboard (first choice each time, about 90 key presses,
// 6-10 s here). Days 13 and 42 for the screenshots start from the day's hub with the variables
// the story has on arrival when played taking the first choice every time
// (story/data/segments/halyna.json, computed by `npm run segments:build`), through
// GameApp.startAt, the entry classroom mode uses (`window.__kengir` with `?debug`).
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, axe, launch, openGame, startNewGame } from './browser.ts';
import { checkpoint, unlockAllNotes } from './dayStates.ts';

const SHOTS = 'test-results/map';


let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => { await browser?.close(); });

const host = (page: Page) => page.locator('#map-host');
const attr = (page: Page, name: string) => host(page).getAttribute(name);

/** Continue (Enter) or take the first choice (1) until `done`, by keyboard only. */
async function keyboardUntil(page: Page, done: () => Promise<boolean>, maxSteps = 400): Promise<number> {
  for (let step = 0; step < maxSteps; step += 1) {
    if (await done()) return step;
    if (await page.locator('.story-controls .continue').count()) await page.keyboard.press('Enter');
    else if (await page.locator('.choices .choice').count()) await page.keyboard.press('1');
    else await page.waitForTimeout(20);
  }
  throw new Error('the condition was not reached');
}

const headerDay = async (page: Page) => Number(await page.locator('#date-line').getAttribute('data-day'));

/** Waits until the map has drawn what it was last given: fonts, the scheduled redraw, a fade. */
async function mapSettled(page: Page): Promise<void> {
  await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    // A redraw is scheduled on a frame and a task, then Phaser renders on the next frame.
    for (let i = 0; i < 4; i += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  await page.waitForFunction(() => !document.querySelector('#map-host .kmap-fade'), undefined, { timeout: 5000 });
}

/** The prologue's letter choice, whose "Write to Mykola" carries `# place: mykola_barrack`. */
async function toFirstMarker(page: Page, openMap = false): Promise<void> {
  await startNewGame(page);
  await keyboardUntil(page, async () => (await page.locator('.choices .choice').count()) > 0, 40);
  // On a phone the map is a sheet, closed at first.
  if (openMap && await page.locator('#toggle-map[aria-expanded="false"]').count()) await page.locator('#toggle-map').click();
  await page.locator('button.kmap-marker').first().waitFor({ timeout: 30_000 });
  await mapSettled(page);
}

const MYKOLA = 'Write to Mykola, and find a way across';

async function expectTaken(page: Page): Promise<void> {
  await page.locator('.echo').waitFor();
  expect((await page.locator('.echo').textContent())?.replace(/\s+/g, ' ').trim()).toBe(`You chose: ${MYKOLA}`);
  expect(await page.locator('.story-text').innerText()).toContain('Four lines, folded small.');
  expect(await page.locator('button.kmap-marker').count()).toBe(0);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the camp map', () => {
  it('changes from day 1 to day 9 as the story is played by keyboard', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    await keyboardUntil(page, async () => (await headerDay(page)) >= 1, 120);
    expect(await headerDay(page)).toBe(1);
    await page.locator('#map-host[data-renderer][data-day="1"]').waitFor({ timeout: 30_000 });
    expect(await attr(page, 'data-renderer')).toBe('webgl');
    const day1 = (await attr(page, 'data-layers'))!.split(' ');
    expect(day1).toContain('walls-breached');
    expect(day1).not.toContain('walls-open');
    const summary1 = await page.locator('#map-host .kmap-canvas').getAttribute('aria-label');
    expect(summary1).toMatch(/day 1\./);
    await mapSettled(page);
    const shot1 = await page.locator('#map-host canvas').first().screenshot();

    await keyboardUntil(page, async () => (await headerDay(page)) >= 9, 400);
    expect(await headerDay(page)).toBe(9);
    await page.locator('#map-host[data-day="9"]').waitFor();
    const day9 = (await attr(page, 'data-layers'))!.split(' ');
    expect(day9).toContain('walls-open');
    expect(day9).not.toContain('walls-breached');
    const summary9 = await page.locator('#map-host .kmap-canvas').getAttribute('aria-label');
    expect(summary9).toMatch(/day 9\..*united/);
    await mapSettled(page);
    const shot9 = await page.locator('#map-host canvas').first().screenshot();
    // The drawing itself changed, not only the attributes.
    expect(shot9.equals(shot1)).toBe(false);
    expectClean(watched);
    await watched.context.close();
  });

  it('takes a choice when its map marker is clicked', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await toFirstMarker(page);
    const marker = page.locator('button.kmap-marker');
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('aria-label')).toBe(`${MYKOLA} (on the map: Mykola\u2019s barrack)`);
    expect(await host(page).getAttribute('data-day')).toBe('0');
    await marker.click();
    await expectTaken(page);
    expectClean(watched);
    await watched.context.close();
  });

  it('takes a choice from its map marker by keyboard: Tab to it, Enter', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await toFirstMarker(page);
    // Focus starts on the new screen's heading; the story comes before the map in the tab order.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('screen-heading'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('choice')), 'the first Tab reaches a choice').toBe(true);
    let reached = false;
    for (let tab = 0; tab < 40 && !reached; tab += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('kmap-marker') ?? false);
    }
    expect(reached, 'the marker is reachable by Tab').toBe(true);
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    // Focus shows the choice's text beside the marker.
    const tip = page.locator('#map-host .kmap-tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(MYKOLA);
    await page.keyboard.press('Enter');
    await expectTaken(page);
    expectClean(watched);
    await watched.context.close();
  });

  it('passes an axe scan with markers shown, in the paper and the high-contrast theme', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await toFirstMarker(page);
    expect(await page.locator('button.kmap-marker').isVisible()).toBe(true);
    expect(await axe(page), 'paper').toEqual([]);
    await page.locator('button.kmap-marker').focus();
    expect(await axe(page), 'marker focused, tooltip shown').toEqual([]);
    await page.locator('#open-settings').click();
    await page.getByLabel('High contrast').check();
    await page.keyboard.press('Escape');
    await page.locator('#map-host[data-map-theme="contrast"]').waitFor();
    await mapSettled(page);
    expect(await axe(page), 'high contrast').toEqual([]);
    expectClean(watched);
    await watched.context.close();
  });

  it('leaves nothing moving with reduced motion, and says its transitions are off', async () => {
    // Transitions forced on (whatever the GPU), so that reduced motion is what turns them off.
    const watched = await openGame(browser, '?maptransitions=on', { width: 800, height: 700 });
    const { page } = watched;
    await startNewGame(page);
    await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 });
    await mapSettled(page);
    expect(await attr(page, 'data-map-transitions')).toBe('on');
    // Without reduced motion, the evening tint cross-fades (the control).
    await keyboardUntil(page, async () => (await attr(page, 'data-time')) === 'evening', 40);
    await page.waitForFunction(() => (document.querySelector('#map-host')?.getAnimations({ subtree: true }).length ?? 0) > 0, undefined, { timeout: 3000 });
    await mapSettled(page);

    await page.locator('#open-settings').click();
    await page.getByLabel('Reduce motion').check();
    await page.keyboard.press('Escape');
    expect(await attr(page, 'data-map-transitions')).toBe('off');
    expect(await page.locator('#map-host .kmap').getAttribute('data-reduced-motion')).toBe('true');
    // The dialog gave focus back to its button in the header: back to the story's controls.
    await page.locator('.story-controls .continue, .choices .choice').first().focus();
    // Watch every frame while the map changes (the prologue's evening to day 1: walls, tint).
    await page.evaluate(() => {
      const w = window as unknown as { __moving: number; __fades: number; __watching: boolean };
      w.__moving = 0; w.__fades = 0; w.__watching = true;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement && node.classList.contains('kmap-fade')) w.__fades += 1;
      }).observe(document.querySelector('#map-host')!, { childList: true, subtree: true });
      const sample = () => {
        w.__moving = Math.max(w.__moving, document.getAnimations().length);
        if (w.__watching) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await keyboardUntil(page, async () => (await attr(page, 'data-day')) === '1', 60);
    expect(await attr(page, 'data-time')).toBe('day');
    await mapSettled(page);
    await page.waitForTimeout(1500); // longer than a cross-fade
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __moving: number; __fades: number; __watching: boolean };
      w.__watching = false;
      return { moving: w.__moving, fades: w.__fades, now: document.getAnimations().length };
    });
    expect(seen).toEqual({ moving: 0, fades: 0, now: 0 });
    expect(await attr(page, 'data-map-transitions')).toBe('off');
    expectClean(watched);
    await watched.context.close();
  });

  it('takes its document listeners away when it is destroyed (leaving a game for the title, three times)', async () => {
    // Phaser 4.2.1 leaves a visibilitychange listener behind per destroyed game (src/map/tidyGame.ts).
    const watched = await openGame(browser);
    const { page, context } = watched;
    const cdp = await context.newCDPSession(page);
    const documentListeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.filter((listener) => listener.type === 'visibilitychange').length;
    };
    // The sound module also listens for visibilitychange while a game is open: one each, never more.
    for (let round = 0; round < 3; round += 1) {
      await startNewGame(page);
      await page.locator('#map-host[data-renderer="webgl"]').waitFor({ timeout: 30_000 });
      await page.locator('.play-screen[data-sound="loaded"]').waitFor();
      expect(await documentListeners()).toBe(2);
      await page.locator('#open-menu').click();
      await page.locator('#menu-to-title').click();
      await page.getByRole('button', { name: 'New game' }).waitFor();
      expect(await documentListeners()).toBe(0);
    }
    expectClean(watched);
    await context.close();
  });

  it('switches to the high-contrast theme live: black ink on white, no grain', async () => {
    const watched = await openGame(browser, '?debug', { width: 1366, height: 768 });
    const { page } = watched;
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await page.evaluate((cp) => (window as unknown as { __kengir: { startAt(c: unknown): void } }).__kengir.startAt(cp), checkpoint(42));
    await page.locator('#map-host[data-renderer][data-day="42"]').waitFor({ timeout: 30_000 });
    await mapSettled(page);
    const look = () => page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('#map-host .kmap')!;
      return {
        paper: getComputedStyle(root).backgroundColor,
        grain: getComputedStyle(root.querySelector('.kmap-grain')!).backgroundImage,
        palette: root.dataset.palette,
      };
    });
    const before = await look();
    expect(before.palette).toBe('dark'); // day 42 is a night
    expect(before.grain).toMatch(/^url\(/);
    const canvasBefore = await page.locator('#map-host canvas').first().screenshot();
    await page.locator('#open-settings').click();
    await page.getByLabel('High contrast').check();
    await page.keyboard.press('Escape');
    expect(await attr(page, 'data-map-theme')).toBe('contrast');
    expect(await look()).toEqual({ paper: 'rgb(255, 255, 255)', grain: 'none', palette: 'contrast' });
    await mapSettled(page);
    expect((await page.locator('#map-host canvas').first().screenshot()).equals(canvasBefore)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/day-42-1366x768-contrast.png` });
    // And back.
    await page.locator('#open-settings').click();
    await page.getByLabel('Paper').check();
    await page.keyboard.press('Escape');
    expect(await attr(page, 'data-map-theme')).toBe('paper');
    expect((await look()).palette).toBe('dark');
    expectClean(watched);
    await watched.context.close();
  });

  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    it(`keeps every map button a 44 px target, none over another, notes off the plan, at ${viewport.width}x${viewport.height}`, async () => {
      const watched = await openGame(browser, '?debug', viewport);
      const { page } = watched;
      await page.getByRole('button', { name: 'New game' }).waitFor();
      await unlockAllNotes(page);
      await toFirstMarker(page, true);
      // Crowd the plan: choice markers on neighbouring places and one shared place.
      await page.evaluate(() => {
        const map = (window as unknown as { __kengirMap: { setMarkers(m: unknown[]): void } }).__kengirMap;
        const at = ['stores', 'stores', 'tech_rooms', 'workshops_khozdvor', 'bakery', 'hospital', 'sewing_workshop', 'settlement', 'steppe', 'fire_zone'];
        map.setMarkers(at.map((placeId, choiceIndex) => ({ placeId, choiceIndex, text: `Choice ${choiceIndex + 1}` })));
      });
      await mapSettled(page);
      const boxes = await page.evaluate(() => {
        const rect = (el: Element) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
        const host = document.querySelector('#map-host')!;
        return {
          markers: [...host.querySelectorAll('button.kmap-marker')].map(rect),
          notes: [...host.querySelectorAll('button.kmap-note')].map((b) => ({ ...rect(b), count: Number((b as HTMLElement).dataset.count) })),
          others: [...host.querySelectorAll('.kmap-key button')].map(rect),
          key: rect(host.querySelector('.kmap-key')!),
          map: rect(host.querySelector('.kmap')!),
        };
      });
      expect(boxes.markers).toHaveLength(10);
      expect(boxes.notes.length).toBeGreaterThan(1);
      const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      const all = [...boxes.markers, ...boxes.notes, ...boxes.others];
      for (const box of all) {
        expect(box.w, 'target width').toBeGreaterThanOrEqual(44);
        expect(box.h, 'target height').toBeGreaterThanOrEqual(44);
        expect(box.x >= boxes.map.x - 0.5 && box.x + box.w <= boxes.map.x + boxes.map.w + 0.5, 'inside the map').toBe(true);
      }
      for (let i = 0; i < all.length; i += 1) for (const other of all.slice(i + 1)) expect(overlap(all[i]!, other), 'two map buttons overlap').toBe(false);
      for (const marker of boxes.markers) expect(overlap(marker, boxes.key), 'a marker under the key').toBe(false);
      // The note buttons lie in one row above the plan, and count every unlocked note with a place.
      const stripBottom = Math.max(...boxes.notes.map((n) => n.y + n.h));
      for (const marker of boxes.markers) expect(marker.y, 'markers below the note strip').toBeGreaterThanOrEqual(stripBottom - 0.5);
      const placed = await page.evaluate(() => {
        const app = (window as unknown as { __kengir: { content: { notes: Map<string, { place?: string }> } } }).__kengir;
        return [...app.content.notes.values()].filter((note) => note.place).length;
      });
      expect(boxes.notes.reduce((sum, n) => sum + n.count, 0)).toBe(placed);
      // A note button opens its zone's notes.
      await page.locator('#map-host button.kmap-note').first().click();
      await page.locator('dialog[open]').first().waitFor();
      expect(await axe(page), 'notes opened from the map').toEqual([]);
      await page.keyboard.press('Escape');
      expect(await axe(page), 'crowded map').toEqual([]);
      await page.screenshot({ path: `${SHOTS}/buttons-${viewport.width}x${viewport.height}.png` });
      expectClean(watched);
      await watched.context.close();
    });
  }

  for (const viewport of [{ width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
    it(`writes screenshots of days 1, 13 and 42 at ${viewport.width}x${viewport.height}`, async () => {
      const watched = await openGame(browser, '?debug', viewport);
      const { page } = watched;
      await page.getByRole('button', { name: 'New game' }).waitFor();
      const expected: Record<number, RegExp> = { 1: /walls-breached/, 13: /walls-open.*barricades/, 42: /tanks/ };
      for (const day of [1, 13, 42]) {
        await page.evaluate((cp) => (window as unknown as { __kengir: { startAt(c: unknown): void } }).__kengir.startAt(cp), checkpoint(day));
        await page.locator(`#date-line[data-day="${day}"]`).waitFor();
        // On a phone the map is a sheet, closed at first: open it.
        if (await page.locator('#toggle-map[aria-expanded="false"]').count()) await page.locator('#toggle-map').click();
        await page.locator(`#map-host[data-renderer][data-day="${day}"]`).waitFor({ timeout: 30_000 });
        expect(await attr(page, 'data-layers')).toMatch(expected[day]!);
        await mapSettled(page);
        const file = `${SHOTS}/day-${String(day).padStart(2, '0')}-${viewport.width}x${viewport.height}.png`;
        await page.screenshot({ path: file });
        expect(pngSize(file)).toEqual(viewport);
        // A blank or one-colour capture compresses to a few KB; the drawn plan does not.
        expect(statSync(file).size, file).toBeGreaterThan(viewport.width > 1000 ? 100_000 : 40_000);
      }
      expectClean(watched);
      await watched.context.close();
    });
  }
});
