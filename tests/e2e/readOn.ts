// Reading on as a player who takes the first choice: the e2e suites that wait for something the
// story shows later (a note link, a glossary term, a document cue, a day) share this.
import type { Page } from 'playwright-core';

/** Reads on (Continue, or the first choice) until `done` holds or the path ends. */
export async function readUntil(page: Page, done: () => Promise<boolean>, maxSteps = 300): Promise<boolean> {
  for (let step = 0; step < maxSteps; step += 1) {
    if (await done()) return true;
    if (await page.locator('.end-panel').count()) return false;
    const more = page.locator('.story-controls .continue');
    if (await more.count()) { await more.click(); continue; }
    const choice = page.locator('.choices .choice').first();
    if (await choice.count()) { await choice.click(); continue; }
    await page.waitForTimeout(20);
  }
  return false;
}

/** Reads on until `selector` is on the page. */
export function readUntilShown(page: Page, selector: string, maxSteps = 400): Promise<boolean> {
  return readUntil(page, async () => (await page.locator(selector).count()) > 0, maxSteps);
}
