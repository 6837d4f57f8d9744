// Every main screen at 1920x1080, 1366x768 and 390x844, for review: the title, the viewpoint
// screen, play in home mode (with the map and its endnote buttons), a history view (the
// chronicle), the end page, the kiosk's attract loop and a visit, and the classroom presenter;
// then the same screens in Ukrainian and Russian (issue 17, item 6), one page per size switching
// language where the game can. Screenshots go to test-results/screens/ (`-uk`, `-ru` in the name).
// On every screen: no sideways scrolling, no text wider than its button, heading or choice, and an
// axe scan with WCAG 2.2 AA and best-practice rules (target size among them). On the phone: the
// header is one row with Menu on it, and the map never pushes the choices below the fold.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui as russian } from '../../src/i18n/ru/ui.ts';
import { ui as ukrainian } from '../../src/i18n/uk/ui.ts';
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

/**
 * Buttons, headings, choices and labels whose text is wider than their box (a long Ukrainian or
 * Russian word that does not wrap), as "selector: text" lines; hidden elements are skipped.
 */
async function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('button, h1, h2, h3, h4, .choice, label, summary, .doc-title')]
    // A visually hidden heading (for screen readers) is 1px wide on purpose.
    .filter((element) => element.clientWidth > 1 && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden' && !element.closest('.visually-hidden'))
    .filter((element) => element.scrollWidth > element.clientWidth + 1)
    .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}: ${(element.textContent ?? '').trim().slice(0, 60)} (${element.scrollWidth} > ${element.clientWidth})`));
}

/** Screenshot, no sideways scroll, no text overflowing its box, axe clean. */
async function review(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
  expect(await noSidewaysScroll(page), `${name}: no sideways scrolling`).toBe(true);
  expect(await overflowingText(page), `${name}: text wider than its box`).toEqual([]);
  expect(await axe(page), `${name}: axe`).toEqual([]);
}

type Language = 'uk' | 'ru';

/** Switches the language where the player would: the title's menu, or Settings (under More on a phone). */
async function switchLanguage(page: Page, code: Language): Promise<void> {
  if (await page.locator('#title-language').isVisible()) {
    await page.locator('#title-language').selectOption(code);
  } else {
    if (!(await page.locator('#open-settings').isVisible())) await page.locator('#header-more').click();
    await page.locator('#open-settings').click();
    await page.locator('#settings-language').selectOption(code);
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  }
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
}

async function openChronicle(page: Page, size: { width: number }): Promise<void> {
  if (phone(size) && !(await page.locator('#open-chronicle').isVisible())) await page.locator('#header-more').click();
  await page.locator('#open-chronicle').click();
  await page.locator('dialog[open]').first().waitFor();
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

  for (const size of SIZES) {
    it(`in Ukrainian and Russian: title, viewpoint, play with the map, the chronicle, the end page at ${size.width}x${size.height}`, async () => {
      // One page, switching language on the screen in view: cheaper than a game per language.
      const watched = await openGame(browser, '?debug&lang=uk', size);
      const { page } = watched;
      await page.locator('#new-game').filter({ hasText: ukrainian.newGame }).waitFor();
      await review(page, 'title-uk', size);
      await page.locator('#new-game').click();
      await page.locator('.viewpoint.available button').first().waitFor();
      await review(page, 'viewpoint-uk', size);
      await page.getByRole('button', { name: ukrainian.back, exact: true }).click();
      await switchLanguage(page, 'ru');
      await page.locator('#new-game').filter({ hasText: russian.newGame }).waitFor();
      await review(page, 'title-ru', size);
      await page.locator('#new-game').click();
      await page.locator('.viewpoint.available button').first().waitFor();
      await review(page, 'viewpoint-ru', size);

      await page.locator('#begin-halyna').click();
      await page.locator('.story-text p.line').first().waitFor();
      await page.evaluate((cp) => (window as unknown as { __kengir: { startAt(c: unknown): void } }).__kengir.startAt(cp), checkpoint(13));
      await page.locator('#date-line[data-day="13"]').waitFor();
      await toChoices(page);
      for (const code of ['ru', 'uk'] as const) {
        if (code === 'uk') await switchLanguage(page, 'uk');
        await page.locator('.choices .choice').first().waitFor();
        if (phone(size)) {
          await review(page, `play-home-${code}`, size);
          await page.locator('#toggle-map').click();
          await mapDrawn(page);
          await review(page, `play-home-map-${code}`, size);
          await page.locator('#toggle-map').click();
        } else {
          await mapDrawn(page);
          await review(page, `play-home-${code}`, size);
        }
        await openChronicle(page, size);
        await review(page, `history-chronicle-${code}`, size);
        await page.keyboard.press('Escape');
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
      }

      await page.evaluate((cp) => (window as unknown as { __kengir: { startAt(c: unknown): void } }).__kengir.startAt(cp), checkpoint(42));
      await page.locator('#date-line[data-day="42"]').waitFor();
      await page.locator('.story-controls .continue, .choices .choice').first().focus();
      await playByKeyboard(page);
      await page.locator('.end-panel').waitFor();
      await review(page, 'end-uk', size);
      await switchLanguage(page, 'ru');
      await page.locator('.end-panel').waitFor();
      await review(page, 'end-ru', size);
      expectClean(watched);
      await watched.context.close();
    });

    it(`in Ukrainian and Russian: kiosk attract loop, classroom presenter at ${size.width}x${size.height}`, async () => {
      for (const code of ['uk', 'ru'] as const) {
        const kiosk = await openKiosk(browser, `?mode=kiosk&kiosk-config=test&lang=${code}`, { viewport: { ...size } });
        await attract(kiosk.page);
        await kiosk.page.locator('.kiosk-attract .map-host').waitFor();
        expect(await kiosk.page.evaluate(() => document.documentElement.lang)).toBe(code);
        await review(kiosk.page, `kiosk-attract-${code}`, size);
        expectKioskClean(kiosk);
        await kiosk.context.close();

        const watched = await openGame(browser, `?mode=classroom&lang=${code}`, size);
        const { page } = watched;
        await page.locator('#start-lesson').click();
        await page.locator('.story-text p.line').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
        await review(page, `classroom-presenter-${code}`, size);
        expectClean(watched);
        await watched.context.close();
      }
    });
  }
});
