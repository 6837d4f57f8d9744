// One complete playthrough of Halyna's path (the first choice each time, by keyboard), with an
// axe scan (WCAG 2.2 AA and best-practice, target size among them) on the first screen of every
// day and on the end page: the screens change with the day (content notes, documents, the map's
// state, the progress strip), so one scan of one screen is not enough (#16).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, expectClean, launch, openGame, startNewGame } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('accessibility at every day', () => {
  it('finds no axe violation on any day of a whole playthrough, nor on the end page', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    const scanned = new Set<string>();
    const problems: string[] = [];
    for (let step = 0; step < 6000; step += 1) {
      if (await page.locator('.end-panel').count()) break;
      const day = await page.locator('#date-line').getAttribute('data-day');
      if (day !== null && !scanned.has(day)) {
        scanned.add(day);
        problems.push(...(await axe(page)).map((violation) => `day ${day}: ${violation}`));
      }
      if (await page.locator('.story-controls .continue').count()) await page.keyboard.press('Enter');
      else if (await page.locator('.choices .choice').count()) await page.keyboard.press('1');
      else await page.waitForTimeout(20);
    }
    await page.locator('.end-panel').waitFor();
    problems.push(...(await axe(page)).map((violation) => `end page: ${violation}`));
    expect(scanned.size, 'days scanned').toBeGreaterThanOrEqual(43);
    expect(problems).toEqual([]);
    expectClean(watched);
    await watched.context.close();
  }, 600_000);
});
