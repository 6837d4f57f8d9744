// The play session in real Chromium: undo (button and key, disabled when there is nothing to
// undo, the autosave follows) and a save of a viewpoint this build does not know.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, launch, openGame, startNewGame } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Continues (Enter) until choices are on screen. */
async function toChoices(page: Page): Promise<void> {
  for (let step = 0; step < 200; step += 1) {
    if (await page.locator('.choices .choice').count()) return;
    if (await page.locator('.story-controls .continue').count()) await page.keyboard.press('Enter');
    else await page.waitForTimeout(20);
  }
  throw new Error('no choices came');
}

const screen = async (page: Page) => ({ text: await page.locator('.story-text').innerText(), controls: await page.locator('.story-controls').innerText() });

describe('play session', () => {
  it('undoes the last choice: the previous screen and its choices come back, and the control is disabled when there is nothing to undo', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    const undo = page.locator('#undo-choice');
    expect(await undo.isVisible()).toBe(true);
    expect(await undo.isDisabled()).toBe(true);
    await toChoices(page);
    const before = await screen(page);
    await page.keyboard.press('1');
    await expect.poll(async () => (await screen(page)).text).not.toBe(before.text);
    expect(await undo.isDisabled()).toBe(false);
    await undo.click();
    expect(await screen(page)).toEqual(before);
    expect(await undo.isDisabled()).toBe(true);
    // Focus opens the restored screen at its heading, as on every new screen.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('screen-heading'))).toBe(true);
    // The key does the same.
    await page.keyboard.press('1');
    await expect.poll(() => undo.isDisabled()).toBe(false);
    await page.keyboard.press('u');
    expect(await screen(page)).toEqual(before);
    // The autosave follows the undo: Continue after a reload shows the restored screen.
    await page.waitForTimeout(50);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.story-text p.line').first().waitFor();
    expect((await screen(page)).controls).toBe(before.controls);
    expectClean(watched);
    await watched.context.close();
  });

  it('a save of an unknown viewpoint: a plain message and the title screen', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    await page.waitForTimeout(50);
    const key = await page.evaluate(() => Object.keys(localStorage).find((name) => name.includes('autosave')) ?? '');
    expect(key).not.toBe('');
    await page.evaluate((name) => {
      const save = JSON.parse(localStorage.getItem(name)!);
      localStorage.setItem(name, JSON.stringify({ ...save, viewpoint: 'somebody_else' }));
    }, key);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#app[data-screen="title"]').waitFor();
    await expect.poll(() => page.locator('.notice-problem').count()).toBe(1);
    expect(await page.locator('.notice-problem').innerText()).toMatch(/does not have/);
    expectClean(watched);
    await watched.context.close();
  });
});
