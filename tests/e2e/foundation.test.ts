// The foundation in real Chromium: title, new game, keyboard and mouse play to the end, Continue
// after a reload, a corrupt save import, the map, axe scans, CSP and no requests off the origin.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, axe, launch, openGame, playByKeyboard, startNewGame } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('foundation', () => {
  it('shows the title screen with the content note, and it passes an axe scan', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await page.locator('#app[data-screen="title"]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Kengir, forty days');
    expect(await page.getByText(/violence and death|state violence and the deaths/).count()).toBeGreaterThan(0);
    for (const name of ['New game', 'Settings', 'About & sources']) expect(await page.getByRole('button', { name }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expectClean(watched);
    await watched.context.close();
  });

  it('plays from the title to the end by keyboard only, with the date in the header', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await page.getByRole('button', { name: 'New game' }).focus();
    await page.keyboard.press('Enter');
    // Only playable viewpoints are offered, none as "coming later" (#16 item 9).
    expect(await page.getByText('Coming later').count()).toBe(0);
    expect(await page.locator('.viewpoint-screen .viewpoint button').count()).toBe(3);
    expect(await page.locator('#begin-jonas').count()).toBe(1);
    expect(await page.locator('#begin-pavel').count()).toBe(1);
    await page.locator('#begin-halyna').focus();
    await page.keyboard.press('Enter');
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.locator('#date-line').textContent()).toContain('Prologue');
    // Focus opens each screen at its heading (no live region racing the focus: #16).
    expect(await page.locator('.story-text').getAttribute('aria-live')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('screen-heading');
    const steps = await playByKeyboard(page);
    expect(steps).toBeGreaterThan(5);
    const end = await page.locator('.end-panel h2').textContent();
    expect(end).toMatch(/To be continued|The end/);
    expect(Number(await page.locator('#date-line').getAttribute('data-day'))).toBeGreaterThanOrEqual(1);
    expectClean(watched);
    await watched.context.close();
  });

  it('plays to the end by mouse, taking the last choice each time', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    for (let step = 0; step < 4000; step += 1) {
      if (await page.locator('.end-panel').count()) break;
      const more = page.locator('.story-controls .continue');
      if (await more.count()) { await more.click(); continue; }
      const choices = page.locator('.choices .choice');
      const count = await choices.count();
      if (count) await choices.nth(count - 1).click();
    }
    expect(await page.locator('.end-panel').count()).toBe(1);
    expectClean(watched);
    await watched.context.close();
  });

  it('restores exactly the same screen after a reload and Continue', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    for (let step = 0; step < 6; step += 1) {
      if (await page.locator('.story-controls .continue').count()) await page.keyboard.press('Enter');
      else await page.keyboard.press('1');
    }
    const text = await page.locator('.story-text').innerText();
    const controls = await page.locator('.story-controls').innerText();
    const date = await page.locator('#date-line').textContent();
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.locator('.story-text').innerText()).toBe(text);
    expect(await page.locator('.story-controls').innerText()).toBe(controls);
    expect(await page.locator('#date-line').textContent()).toBe(date);
    expectClean(watched);
    await watched.context.close();
  });

  it('refuses a corrupt save with a plain message, and play goes on', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    const before = await page.locator('.story-text').innerText();
    await page.locator('#open-menu').click();
    await page.locator('#import-save').setInputFiles({ name: 'save.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kengir-forty-days/save@1","storyHash":"x","inkSt') });
    await expect.poll(() => page.locator('.notice-problem').count()).toBe(1);
    expect(await page.locator('.notice-problem').innerText()).toMatch(/incomplete|damaged|not a save/);
    expect(await page.locator('.story-text').innerText()).toBe(before);
    const next = page.locator('.story-controls .continue, .choices .choice').first();
    await next.click();
    expect(await page.locator('.story-text p.line').count()).toBeGreaterThan(0);
    expectClean(watched);
    await watched.context.close();
  });

  it('exports a save to a file that imports again', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    await page.keyboard.press(await page.locator('.story-controls .continue').count() ? 'Enter' : '1');
    const text = await page.locator('.story-text').innerText();
    await page.locator('#open-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-save').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const saved = readFileSync(path, 'utf8');
    expect(JSON.parse(saved).format).toBe('kengir-forty-days/save@1');
    await page.locator('#open-menu').click();
    await page.locator('#menu-to-title').click();
    await startNewGame(page);
    await page.locator('#open-menu').click();
    await page.locator('#import-save').setInputFiles({ name: 'save.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await expect.poll(() => page.locator('.story-text').innerText()).toBe(text);
    expectClean(watched);
    await watched.context.close();
  });

  it('draws the map after the first text, reports its renderer, and highlights places', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#map-host').getAttribute('data-renderer')).toBe('webgl');
    let highlighted = '';
    for (let step = 0; step < 60 && !highlighted; step += 1) {
      highlighted = (await page.locator('#map-host').getAttribute('data-highlight')) ?? '';
      if (highlighted) break;
      if (await page.locator('.story-controls .continue').count()) await page.keyboard.press('Enter');
      else if (await page.locator('.choices .choice').count()) await page.keyboard.press('1');
      else break;
    }
    expect(highlighted).not.toBe('');
    expectClean(watched);
    await watched.context.close();
  });

  it('passes axe scans on the play screen, the notes drawer and settings', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    await page.locator('#map-host[data-renderer]').waitFor({ timeout: 30_000 });
    expect(await axe(page), 'play').toEqual([]);
    await page.locator('#open-notes').click();
    await page.locator('dialog.notes-dialog').waitFor();
    expect(await axe(page), 'notes').toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('#open-settings').click();
    await page.locator('dialog.settings-dialog').waitFor();
    expect(await axe(page), 'settings').toEqual([]);
    await page.getByLabel('High contrast').check();
    await page.getByLabel('200%').check();
    expect(await axe(page), 'settings, high contrast 200%').toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    await page.reload();
    await page.locator('#app[data-screen="title"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    expectClean(watched);
    await watched.context.close();
  });

  it('number keys take choices only while on, and never from a header button (WCAG 2.1.4)', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    for (let step = 0; step < 40 && !(await page.locator('.choices .choice').count()); step += 1) await page.keyboard.press('Enter');
    const text = await page.locator('.story-text').innerText();
    // The strip of the forty-two days marks the day the header shows.
    const day = await page.locator('#date-line').getAttribute('data-day');
    expect(await page.locator('#progress-strip .progress-day.today').getAttribute('data-day')).toBe(day);
    expect(await page.locator('#progress-strip .visually-hidden').textContent()).toMatch(new RegExp(`^(Day ${day} of 42|Prologue)`));
    // The story comes before the map in the tab order, while the map is drawn beside it.
    expect(await page.evaluate(() => Boolean(document.querySelector('.story-pane')!.compareDocumentPosition(document.querySelector('.map-pane')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    const [storyBox, mapBox] = [await page.locator('.story-pane').boundingBox(), await page.locator('.map-pane').boundingBox()];
    if (storyBox && mapBox && (page.viewportSize()?.width ?? 0) >= 900) expect(mapBox.x).toBeLessThan(storyBox.x);
    await page.locator('#open-menu').focus();
    await page.keyboard.press('1');
    expect(await page.locator('.story-text').innerText(), 'a key pressed on the Menu button').toBe(text);
    await page.locator('#open-settings').click();
    await page.getByLabel('Number keys choose').uncheck();
    await page.keyboard.press('Escape');
    await page.locator('.choices .choice').first().focus();
    await page.keyboard.press('1');
    expect(await page.locator('.story-text').innerText(), 'keys turned off').toBe(text);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.story-text').innerText()).not.toBe(text);
    expectClean(watched);
    await watched.context.close();
  });

  it('states known accessibility limits and offers a problem report that names no one', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await page.getByRole('button', { name: 'About & sources' }).click();
    await page.getByRole('heading', { name: 'Known limitations' }).waitFor();
    expect(await page.locator('.known-limits li').count()).toBeGreaterThan(2);
    const report = await page.getByLabel('Problem report (you can edit it)').inputValue();
    expect(report).toContain('Settings: textSize=100');
    expect(report).toContain('Where: no story open');
    expect(await axe(page), 'about').toEqual([]);
    expectClean(watched);
    await watched.context.close();
  });

  it('ignores an unknown URL parameter with a console warning', async () => {
    const watched = await openGame(browser, '?colour=red&mode=home');
    const warnings: string[] = [];
    watched.page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await watched.page.reload();
    await watched.page.getByRole('button', { name: 'New game' }).waitFor();
    expect(warnings.some((text) => text.includes('colour'))).toBe(true);
    expectClean(watched);
    await watched.context.close();
  });
});

describe('bad input', () => {
  it('shows a clear error screen when the story file is missing', async () => {
    const context = await browser.newContext();
    await context.route('**/assets/story-*.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const page = await context.newPage();
    await page.goto(new URL('', (await import('./browser.ts')).BASE_URL).toString());
    await page.getByRole('heading', { name: 'The game could not load' }).waitFor();
    expect(await page.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    await context.close();
  });
});
