// Jonas's and Pavel's paths in real Chromium (issues 14, 15): each started from the viewpoint screen by keyboard, a day
// played by keyboard, then a reload and Continue at the same place, and play goes on. Asserts on
// structure (the date header, the viewpoint in the autosave, Continue and choices working), never
// on the words, so it holds on the skeleton and on the written path alike.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, launch, openGame } from './browser.ts';

const AUTOSAVE = 'kengir.autosave.v1';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const dateLine = (page: Page) => page.locator('#date-line').innerText();
const storyText = (page: Page) => page.locator('.story-text').innerText();

/** The autosave once it has settled: it is written after the screen paints. */
async function settledAutosave(page: Page): Promise<string | null> {
  const read = () => page.evaluate((key) => localStorage.getItem(key), AUTOSAVE);
  let previous = await read();
  for (let tries = 0; tries < 30; tries += 1) {
    await page.waitForTimeout(150);
    const now = await read();
    if (now === previous && now) return now;
    previous = now;
  }
  return previous;
}

/** One keyboard step: Enter continues, 1 takes the first choice. False at the end of the path. */
async function step(page: Page): Promise<boolean> {
  for (let wait = 0; wait < 100; wait += 1) {
    if (await page.locator('.end-panel').count()) return false;
    if (await page.locator('.story-controls .continue').count()) { await page.keyboard.press('Enter'); return true; }
    if (await page.locator('.choices .choice').count()) { await page.keyboard.press('1'); return true; }
    await page.waitForTimeout(20);
  }
  throw new Error('neither Continue nor a choice came');
}

describe.each(['jonas', 'pavel'])('%s\u2019s path', (viewpoint) => {
  it('starts from the viewpoint screen, plays a day by keyboard, and continues after a reload', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await page.getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Enter');
    const begin = page.locator(`#begin-${viewpoint}`);
    await begin.waitFor();
    expect(await page.locator('.viewpoint.available').count()).toBe(3);
    await begin.focus();
    await page.keyboard.press('Enter');
    await page.locator('.story-text p.line').first().waitFor();
    expect(await dateLine(page)).toContain('Prologue');

    // Play by keyboard until the header shows day 1 (the prologue is done).
    let steps = 0;
    while (!/Day 1\b/.test(await dateLine(page))) {
      expect(await step(page), 'the path ended before day 1').toBe(true);
      steps += 1;
      expect(steps).toBeLessThan(300);
    }
    expect(await dateLine(page)).toMatch(/Sunday, 16 May/);
    const save = JSON.parse((await settledAutosave(page)) ?? '{}') as { viewpoint?: string };
    expect(save.viewpoint).toBe(viewpoint);
    const before = { date: await dateLine(page), text: await storyText(page) };

    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.story-text p.line').first().waitFor();
    expect(await dateLine(page)).toBe(before.date);
    expect(await storyText(page)).toBe(before.text);

    // Play goes on from there.
    expect(await step(page)).toBe(true);
    await expect.poll(async () => `${await dateLine(page)}|${await storyText(page)}|${await page.locator('.end-panel').count()}`).not.toBe(`${before.date}|${before.text}|0`);
    expectClean(watched);
    await watched.context.close();
  });
});
