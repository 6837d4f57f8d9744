// Issue 18 in real Chromium: nothing lost, nothing silent. New game over a game (D2), blocked and
// full storage (D3), two tabs (D4), an autosave that cannot be read (D5), a forged or empty
// transcript (D7), and corrupt saves with their exact message through import and through Continue.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, launch, openGame, startNewGame, type Watched } from './browser.ts';

const AUTOSAVE = 'kengir.autosave.v1';
const MESSAGES = {
  empty: 'That file is empty, so nothing was loaded. Your game goes on.',
  too_large: 'That file is too large to be a save. Nothing was loaded; your game goes on.',
  not_json: 'That file is not a save of this game. Nothing was loaded; your game goes on.',
  truncated: 'That save file is incomplete (it was cut off). Nothing was loaded; your game goes on.',
  foreign: 'That file is not a save of this game. Nothing was loaded; your game goes on.',
  invalid: 'That save file is damaged. Nothing was loaded; your game goes on.',
  autosave: 'Your last autosave could not be opened. It is kept aside, not deleted: open Saves to export it. Start a new game or load another save.',
};

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function step(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    if (await page.locator('.story-controls .continue').count()) await page.keyboard.press('Enter');
    else await page.keyboard.press('1');
  }
}

/** The autosave once it has settled: it is written after the screen paints (later on a busy machine). */
async function autosaveText(page: Page): Promise<string | null> {
  const read = () => page.evaluate((key) => localStorage.getItem(key), AUTOSAVE);
  let previous = await read();
  for (let tries = 0; tries < 20; tries += 1) {
    await page.waitForTimeout(150);
    const now = await read();
    if (now === previous) return now;
    previous = now;
  }
  return previous;
}

async function toTitle(page: Page): Promise<void> {
  await page.locator('#open-menu').click();
  await page.locator('#menu-to-title').click();
  await page.locator('#app[data-screen="title"]').waitFor();
}

async function importFile(page: Page, body: string | Buffer): Promise<void> {
  await page.locator('#open-menu').click();
  await page.locator('#import-save').setInputFiles({ name: 'save.json', mimeType: 'application/json', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
}

/** A valid save from this build, played a few screens in. */
async function playedSave(watched: Watched): Promise<string> {
  await startNewGame(watched.page);
  await step(watched.page, 5);
  return (await autosaveText(watched.page))!;
}

describe('New game over a game (D2)', () => {
  it('asks first; Keep playing changes nothing; Start keeps the old game as the backup, loadable from Saves', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    const first = await playedSave(watched);
    const date = await page.locator('#date-line').textContent();
    await toTitle(page);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('heading', { name: 'Start a new game?' }).waitFor();
    await page.locator('#confirm-new-no').click();
    expect(await autosaveText(page)).toBe(first);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('#confirm-new-yes').click();
    await page.getByRole('button', { name: /Begin Halyna/ }).click();
    await page.locator('.story-text p.line').first().waitFor();
    expect(await autosaveText(page)).not.toBe(first);
    expect(await page.evaluate(() => localStorage.getItem('kengir.backup.v1'))).toBe(first);
    await toTitle(page);
    await page.locator('#open-saves').click();
    const backup = page.locator('.slot[data-slot="backup"]');
    expect(await backup.locator('.slot-summary').textContent()).toMatch(/^Halyna · (Prologue|\d+ May 1954 \(day \d+\)) · saved /);
    await backup.locator('[data-action="load"]').click();
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.locator('#date-line').textContent()).toBe(date);
    expectClean(watched);
    await watched.context.close();
  });

  it('saves into a slot, lists it with its date, and exports and imports it per slot', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await playedSave(watched);
    const text = await page.locator('.story-text').innerText();
    await page.locator('#open-menu').click();
    await page.locator('#menu-saves').click();
    const slot = page.locator('.slot[data-slot="slot-2"]');
    await slot.locator('[data-action="save"]').click();
    await page.getByText('Saved in Slot 2.').waitFor();
    expect(await slot.locator('.slot-summary').textContent()).toMatch(/^Halyna · /);
    const [download] = await Promise.all([page.waitForEvent('download'), slot.locator('[data-action="export"]').click()]);
    const { readFileSync } = await import('node:fs');
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported).format).toBe('kengir-forty-days/save@1');
    await page.locator('.slot[data-slot="slot-3"] input[type=file]').setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByText('The file is now in Slot 3.').waitFor();
    await page.locator('.slot[data-slot="slot-3"] input[type=file]').setInputFiles({ name: 's.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kengir-forty-days/save@1"') });
    await page.getByText(MESSAGES.truncated).waitFor();
    await page.keyboard.press('Escape');
    await toTitle(page);
    await startNewGame(page);
    await page.locator('#open-menu').click();
    await page.locator('#menu-saves').click();
    await page.locator('.slot[data-slot="slot-3"] [data-action="load"]').click();
    await expect.poll(() => page.locator('.story-text').innerText()).toBe(text);
    expectClean(watched);
    await watched.context.close();
  });
});

describe('corrupt saves, with their exact message', () => {
  const cases: [string, string | Buffer, string][] = [
    ['empty', '', MESSAGES.empty],
    ['cut off', '{"format":"kengir-forty-days/save@1","storyHash":"x","inkSt', MESSAGES.truncated],
    ['not JSON', 'hello', MESSAGES.not_json],
    ['foreign', '{"format":"someone-else/save@9"}', MESSAGES.foreign],
    ['damaged', '{"format":"kengir-forty-days/save@1","storyHash":"x","viewpoint":"halyna","inkState":"{}","choiceLog":"no"}', MESSAGES.invalid],
    ['over the size limit', Buffer.alloc(2_000_001, 32), MESSAGES.too_large],
    ['__proto__', '{"__proto__":{"format":"kengir-forty-days/save@1"},"constructor":{"prototype":{"polluted":1}}}', MESSAGES.foreign],
  ];

  it.each(cases)('through import: %s', async (_name, body, message) => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    const before = await page.locator('.story-text').innerText();
    await importFile(page, body);
    await expect.poll(() => page.locator('.notice-problem').count()).toBe(1);
    expect(await page.locator('.notice-problem').innerText()).toBe(`${message} Dismiss`);
    expect(await page.locator('.story-text').innerText()).toBe(before);
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted ?? null)).toBeNull();
    expectClean(watched);
    await watched.context.close();
  });

  it.each([
    ['cut off', '{"format":"kengir-forty-days/save@1","storyHash":"x","inkSt'],
    ['a newer format after a rollback', '{"format":"kengir-forty-days/save@2","storyHash":"x","inkState":"{}"}'],
    ['a bad checkpoint', null],
  ])('through Continue (D5): %s is set aside, said plainly, and can be exported', async (_name, body) => {
    const watched = await openGame(browser);
    const { page } = watched;
    let text = body;
    if (text === null) {
      const save = JSON.parse(await playedSave(watched));
      save.storyHash = 'another-build';
      save.choiceLog = [{ index: 0, text: 'A choice nobody wrote', day: 0 }];
      save.dayCheckpoint = null;
      text = JSON.stringify(save);
    }
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [AUTOSAVE, text]);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#app[data-screen="title"] .notice-problem').waitFor();
    expect(await page.locator('.notice-problem').innerText()).toBe(`${MESSAGES.autosave} Dismiss`);
    expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
    await page.locator('#open-saves').click();
    const shelf = page.locator('.set-aside-list .slot');
    expect(await shelf.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), shelf.locator('[data-action="export"]').click()]);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(await download.path(), 'utf8')).toBe(text);
    expectClean(watched);
    await watched.context.close();
  });
});

describe('saves are data, not screens (D7)', () => {
  it('never shows a forged transcript line, and shows the story for a save without a transcript', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    const save = JSON.parse(await playedSave(watched));
    const honest = await page.locator('.story-text').innerText();
    save.transcript.lines[0].text = 'FORGED: the uprising never happened.';
    await importFile(page, JSON.stringify(save));
    await page.getByText('Save loaded.').waitFor();
    expect(await page.locator('#story').innerText()).not.toContain('FORGED');
    delete save.transcript;
    await importFile(page, JSON.stringify(save));
    await expect.poll(() => page.locator('.story-text p.line').count()).toBeGreaterThan(0);
    expect((await page.locator('.story-text').innerText()).length).toBeGreaterThan(0);
    expect(honest.length).toBeGreaterThan(0);
    expectClean(watched);
    await watched.context.close();
  });

  it('shows story text as text: markup in a save is never parsed', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    const save = JSON.parse(await playedSave(watched));
    save.transcript.lines.push({ text: '<img src=x onerror="window.__xss=1">', tags: ['note:<script>'] });
    await importFile(page, JSON.stringify(save));
    await page.getByText('Save loaded.').waitFor();
    expect(await page.locator('#story img').count()).toBe(0);
    // Markup as the viewpoint: refused in plain words (D8), and never parsed either.
    await importFile(page, JSON.stringify({ ...save, viewpoint: '<img src=x onerror="window.__xss=1">' }));
    await page.getByText('That save belongs to a story this version of the game does not have').waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
    expectClean(watched);
    await watched.context.close();
  });
});

describe('storage that fails is told once (D3)', () => {
  it('blocked: says so once without blocking play, and offers an export', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The user denied storage', 'SecurityError'); } });
    });
    const page = await context.newPage();
    const watched: Watched = { context, page, foreignRequests: [], consoleErrors: [], cspViolations: [], pageErrors: [] };
    page.on('pageerror', (error) => watched.pageErrors.push(error.message));
    await page.goto((await import('./browser.ts')).BASE_URL);
    const notice = page.locator('[data-notice="storage"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('site data is blocked');
    await startNewGame(page);
    await step(page, 4);
    expect(await page.locator('[data-notice="storage"]').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#storage-export').click()]);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).format).toBe('kengir-forty-days/save@1');
    expect(watched.pageErrors).toEqual([]);
    await context.close();
  });

  it('full: the quota error reaches the player once, and the last good autosave stays', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    const good = await playedSave(watched);
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(key: string, value: string) {
        if (key.startsWith('kengir.autosave')) throw new DOMException('full', 'QuotaExceededError');
        original.call(this, key, value);
      };
    });
    await step(page, 3);
    await page.locator('[data-notice="storage"]').waitFor();
    expect(await page.locator('[data-notice="storage"]').innerText()).toContain('storage for the game is full');
    await step(page, 3);
    expect(await page.locator('[data-notice="storage"]').count()).toBe(1);
    expect(await autosaveText(page)).toBe(good);
    expectClean(watched);
    await watched.context.close();
  });
});

describe('two tabs (D4)', () => {
  it('the second tab holds its writes back and offers to take over; taking over keeps the other game as the backup', async () => {
    const first = await openGame(browser);
    await startNewGame(first.page);
    await step(first.page, 4);
    const firstSave = await autosaveText(first.page);
    const second = await first.context.newPage();
    await second.goto(first.page.url());
    await second.locator('[data-notice="tabs"]').waitFor();
    expect(await second.locator('[data-notice="tabs"]').innerText()).toContain('already open in another tab');
    await second.getByRole('button', { name: 'Continue' }).click();
    await second.locator('.story-text p.line').first().waitFor();
    await step(second, 3);
    expect(await autosaveText(first.page)).toBe(firstSave);
    await second.locator('#take-over').click();
    await first.page.locator('[data-notice="tabs"]').waitFor();
    expect(await first.page.locator('[data-notice="tabs"]').innerText()).toContain('stopped saving');
    expect(await autosaveText(second)).not.toBe(firstSave);
    expect(await second.evaluate(() => localStorage.getItem('kengir.backup.v1'))).toBe(firstSave);
    const written = await autosaveText(second);
    await step(first.page, 3);
    expect(await autosaveText(first.page)).toBe(written);
    expectClean(first);
    await first.context.close();
  });
});
