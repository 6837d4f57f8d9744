// Issue 16 item 8: a `# document:` tag adds a card to the journal, and the story says so where it
// happens: "Added to your documents: <title>", a button that opens the card, announced politely
// (the focus stays on the new screen's heading), and the same cue again in the read-back.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, expectClean, launch, openGame, startNewGame } from './browser.ts';
import { checkpoint } from './dayStates.ts';
import { readUntil } from './readOn.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const CUE = 'Added to your documents: The prisoners’ demands';

describe('the cue for a document card', () => {
  it('day 12: the demands are announced in the story, open from the cue, and are in the read-back', async () => {
    const watched = await openGame(browser, '?debug');
    const { page } = watched;
    await startNewGame(page);
    expect(await page.locator('.document-cue').count(), 'no cue on a screen without the tag').toBe(0);
    await page.evaluate((cp) => (window as unknown as { __kengir: { startAt(c: unknown): void } }).__kengir.startAt(cp), checkpoint(12));
    await page.locator('#date-line[data-day="12"]').waitFor();
    expect(await readUntil(page, async () => (await page.locator('.story-text .document-cue').count()) > 0)).toBe(true);

    const cue = page.locator('.story-text .document-cue button[data-document="demands_may27"]');
    expect(await cue.innerText()).toBe(CUE);
    // Politely announced, and the focus stays where the new screen put it (its heading).
    await expect.poll(() => page.locator('.story-announcer[aria-live="polite"]').innerText()).toBe(CUE);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('screen-heading'))).toBe(true);
    expect(await axe(page), 'story with the cue').toEqual([]);

    await cue.click();
    const card = page.locator('dialog.document-dialog [data-document="demands_may27"]');
    await card.waitFor();
    expect(await card.locator('.facsimile').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('dialog.document-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.document), 'focus back on the cue').toBe('demands_may27');

    // The next screen no longer carries it; the read-back does, with its button.
    await page.locator('#open-readback').click();
    const again = page.locator('.readback-page .readback-document button[data-document="demands_may27"]');
    await again.waitFor();
    expect(await again.innerText()).toBe(CUE);
    await again.click();
    await page.locator('dialog.document-dialog [data-document="demands_may27"]').waitFor();
    await page.keyboard.press('Escape');
    expectClean(watched);
    await watched.context.close();
  });
});
