// Every main screen at 1920x1080, 1366x768 and 390x844, for review: the title, the viewpoint
// screen, play in home mode (with the map and its endnote buttons), a history view (the
// chronicle), the end page, the kiosk's attract loop and a visit, and the classroom presenter.
// Screenshots go to test-results/screens/. On every screen: no sideways scrolling and an axe
// scan with WCAG 2.2 AA and best-practice rules (target size among them). On the phone: the
// header is one row with Menu on it, and the map never pushes the choices below the fold.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, expectClean, launch, openGame, playByKeyboard } from './browser.ts';
import { checkpoint, unlockAllNotes } from './dayStates.ts';
import { attract, expectClean as expectKioskClean, openKiosk } from './kioskPage.ts';

const SHOTS = 'test-results/screens';
const SIZES = [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }, { width: 390, height: 844 }] as const;


let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => { await browser?.close(); });


async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** Screenshot, no sideways scroll, axe clean. */
async function review(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
  expect(await noSidewaysScroll(page), `${name}: no sideways scrolling`).toBe(true);
  expect(await axe(page), `${name}: axe`).toEqual([]);
}

async function mapDrawn(page: Page): Promise<void> {
  await page.locator('#map-host[data-map-drawn]').waitFor({ timeout: 30_000 });
  await page.evaluate(async () => {
    for (let i = 0; i < 4; i += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  await page.waitForFunction(() => !document.querySelector('#map-host .kmap-fade'), undefined, { timeout: 5000 });
}

/** Continue by keyboard until choices show. */
async function toChoices(page: Page): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    if (await page.locator('.choices .choice').count()) return;
    if (await page.locator('.story-controls .continue').count()) await page.keyboard.press('Enter');
    else await page.waitForTimeout(20);
  }
  throw new Error('no choices reached');
}

/** The header buttons a phone shows, all on one row with Menu, and the header short. */
async function headerRow(page: Page): Promise<{ rows: number; menuVisible: boolean; height: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('.play-header')!;
    const visible = [...header.querySelectorAll<HTMLElement>('button')].filter((b) => b.offsetParent !== null && b.getBoundingClientRect().width > 0);
    const tops = new Set(visible.map((b) => Math.round(b.getBoundingClientRect().top / 4)));
    const menu = document.querySelector<HTMLElement>('#open-menu');
    return { rows: tops.size, menuVisible: !!menu && menu.getBoundingClientRect().width > 0, height: header.getBoundingClientRect().height };
  });
}

const phone = (size: { width: number }) => size.width < 600;

describe('the main screens at three sizes', () => {
  for (const size of SIZES) {
    it(`home: title, viewpoint, play with the map, a history view and the end page at ${size.width}x${size.height}`, async () => {
      const watched = await openGame(browser, '?debug', size);
      const { page } = watched;
      await page.getByRole('button', { name: 'New game' }).waitFor();
      await unlockAllNotes(page);
      await page.getByRole('button', { name: 'New game' }).waitFor();
      await review(page, 'title', size);

      await page.getByRole('button', { name: 'New game' }).click();
      await page.locator('.viewpoint.available button').first().waitFor();
      await review(page, 'viewpoint', size);

      await page.locator('.viewpoint.available button').first().click();
      await page.locator('.story-text p.line').first().waitFor();
      await page.evaluate((cp) => (window as unknown as { __kengir: { startAt(c: unknown): void } }).__kengir.startAt(cp), checkpoint(13));
      await page.locator('#date-line[data-day="13"]').waitFor();
      await toChoices(page);
      if (phone(size)) {
        const row = await headerRow(page);
        expect(row.rows, 'the phone header is one row').toBe(1);
        expect(row.menuVisible, 'Menu is on it').toBe(true);
        expect(row.height, 'and short').toBeLessThanOrEqual(100);
        // The map does not push the choices down: the first choice shows once its screen is read.
        await page.locator('.choices .choice').first().evaluate((choice) => choice.scrollIntoView({ block: 'nearest' }));
        const box = (await page.locator('.choices .choice').first().boundingBox())!;
        expect(box.y + box.height, 'first choice within the viewport').toBeLessThanOrEqual(size.height);
        await review(page, 'play-home', size);
        // The map as a sheet: opened, it covers the lower screen; the story can scroll above it.
        await page.locator('#toggle-map').click();
        await mapDrawn(page);
        await review(page, 'play-home-map', size);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const sheetTop = (await page.locator('#map-pane').boundingBox())!.y;
        const last = (await page.locator('.choices .choice').last().boundingBox())!;
        expect(last.y + last.height, 'the last choice scrolls above the open map').toBeLessThanOrEqual(sheetTop + 1);
      } else {
        await mapDrawn(page);
        const first = (await page.locator('.choices .choice').first().boundingBox())!;
        expect(first.y + first.height, 'first choice within the viewport').toBeLessThanOrEqual(size.height);
        await review(page, 'play-home', size);
      }
      expect(await page.locator('#map-host button.kmap-note').count(), 'endnote buttons on the map').toBeGreaterThan(0);

      if (phone(size)) await page.locator('#header-more').click();
      await page.locator('#open-chronicle').click();
      await page.locator('dialog[open]').first().waitFor();
      await review(page, 'history-chronicle', size);
      await page.keyboard.press('Escape');

      await page.evaluate((cp) => (window as unknown as { __kengir: { startAt(c: unknown): void } }).__kengir.startAt(cp), checkpoint(42));
      await page.locator('#date-line[data-day="42"]').waitFor();
      await page.locator('.story-controls .continue, .choices .choice').first().focus();
      await playByKeyboard(page);
      await page.locator('.end-panel').waitFor();
      await review(page, 'end', size);
      expectClean(watched);
      await watched.context.close();
    });

    it(`kiosk attract loop and a visit, classroom presenter at ${size.width}x${size.height}`, async () => {
      const kiosk = await openKiosk(browser, '?mode=kiosk&kiosk-config=test', { viewport: { ...size } });
      await attract(kiosk.page);
      // The map in the loop: the static plan at once, the live one once drawn (either will do here).
      await kiosk.page.locator('.kiosk-attract .map-host').waitFor();
      await review(kiosk.page, 'kiosk-attract', size);
      await kiosk.page.touchscreen.tap(size.width / 2, size.height / 2);
      await kiosk.page.locator('.story-text p.line').first().waitFor();
      await review(kiosk.page, 'kiosk-play', size);
      expectKioskClean(kiosk);
      await kiosk.context.close();

      const watched = await openGame(browser, '?mode=classroom', size);
      const { page } = watched;
      await page.locator('#start-lesson').waitFor();
      await page.locator('#start-lesson').click();
      await page.locator('.story-text p.line').first().waitFor();
      await review(page, 'classroom-presenter', size);
      expectClean(watched);
      await watched.context.close();
    });
  }
});
