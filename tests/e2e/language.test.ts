// Languages in real Chromium (issue 17, items 2-3): `?lang=uk` sets <html lang> and shows the
// Ukrainian interface, fetching only the Ukrainian strings; English fetches no language file; a
// switch in the middle of a screen keeps the place (same day, same screen, same lines) and
// draws it in the new language; axe finds nothing in either language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui as russian } from '../../src/i18n/ru/ui.ts';
import { ui as ukrainian } from '../../src/i18n/uk/ui.ts';
import { axe, expectClean, launch, openGame, startNewGame } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Every request the page makes for a language's story strings (assets/l10n-<lang>-<hash>.json). */
function languageFiles(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const match = /\/l10n-([a-z]+)-[0-9a-f]+\.json$/.exec(new URL(request.url()).pathname);
    if (match) files.push(match[1]);
  });
  return files;
}

/** What is on the story pane: the day, the screen of the beat, and its lines. */
async function place(page: Page) {
  return {
    day: await page.locator('#date-line').getAttribute('data-day'),
    screen: await page.locator('.story-text').getAttribute('data-screen'),
    lines: await page.locator('.story-text p.line').allTextContents(),
    choices: await page.locator('.choices .choice').count(),
  };
}

describe('languages', () => {
  it('?lang=uk: <html lang="uk">, the Ukrainian interface, only the Ukrainian strings fetched, axe 0', async () => {
    const watched = await openGame(browser, '?lang=uk');
    const { page } = watched;
    const files = languageFiles(page);
    await page.reload();
    await page.locator('#app[data-screen="title"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect(await page.locator('#new-game').textContent()).toBe(ukrainian.newGame);
    expect(await page.locator('h1').textContent()).toBe(ukrainian.appTitle);
    expect(files).toEqual(['uk']);
    expect(await page.locator('#title-language').inputValue()).toBe('uk');
    expect(await axe(page)).toEqual([]);
    expectClean(watched);
    await watched.context.close();
  });

  it('English fetches no language file, and the title menu switches the title screen to Russian', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    const files = languageFiles(page);
    await page.reload();
    await page.locator('#app[data-screen="title"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(files).toEqual([]);
    await page.locator('#title-language').selectOption('ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.locator('#new-game').filter({ hasText: russian.newGame }).waitFor();
    expect(files).toEqual(['ru']);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');
    expect(await axe(page)).toEqual([]);
    expectClean(watched);
    await watched.context.close();
  });

  it('a switch in the middle of a screen keeps the place and draws it in the new language', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    // Into the story a little: past the first choice.
    for (let step = 0; step < 40 && !(await page.locator('.choices .choice').count()); step += 1) await page.locator('.story-controls .continue').click();
    await page.locator('.choices .choice').first().click();
    await page.locator('.story-text p.line').first().waitFor();
    const before = await place(page);
    expect(before.lines.length).toBeGreaterThan(0);

    await page.locator('#open-settings').click();
    await page.locator('#settings-language').selectOption('uk');
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    await page.locator('#open-settings').filter({ hasText: ukrainian.settings }).waitFor();
    await page.locator('.story-text p.line').first().waitFor();
    // The same place: same day, same screen of the beat, the same lines by count, the same choices.
    const after = await place(page);
    expect({ ...after, lines: after.lines.length }).toEqual({ ...before, lines: before.lines.length });
    expect(await axe(page)).toEqual([]);

    // And back to English: the very same text as before the switch.
    await page.locator('#open-settings').click();
    await page.locator('#settings-language').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('#open-settings').filter({ hasText: 'Settings' }).waitFor();
    expect(await place(page)).toEqual(before);
    expectClean(watched);
    await watched.context.close();
  });
});
