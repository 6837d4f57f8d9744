// Issue 18 in real Chromium: broken deployments and odd URLs get a clear screen or a warning,
// never a blank page or an uncaught error. Storage, slots and tabs have their own files.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, expectClean, launch, openGame, watchPageErrors } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** A page whose requests for `pattern` get `body`, with uncaught errors collected. */
async function openWithAsset(pattern: string, fulfil: { status: number; body: string; contentType?: string }) {
  const context = await browser.newContext();
  await context.route(pattern, (route) => route.fulfill(fulfil));
  const page = await context.newPage();
  const pageErrors: string[] = [];
  await watchPageErrors(page, pageErrors);
  const started = Date.now();
  await page.goto(BASE_URL);
  return { context, page, pageErrors, started };
}

describe('broken deployments', () => {
  it.each([
    ['{}', 'valid JSON, not ink'],
    ['{"inkVersion":99,"root":["done"]}', 'an unknown ink version'],
  ])('D1: a story file holding %s (%s) gives the load-error screen, with no uncaught error', async (body) => {
    const { context, page, pageErrors } = await openWithAsset('**/assets/story-*.json', { status: 200, body, contentType: 'application/json' });
    await page.getByRole('heading', { name: 'The game could not load' }).waitFor();
    expect(await page.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('D10: a missing main bundle says so within 2 s, with Reload; the text is not in the page before', async () => {
    const html = await (await fetch(BASE_URL)).text();
    expect(html).not.toMatch(/could not load/i);
    const { context, page, started } = await openWithAsset('**/assets/index-*.js', { status: 404, body: 'not found' });
    await page.getByRole('alert').filter({ hasText: 'could not load' }).waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(2_000 + 1_000);
    await page.getByRole('button', { name: 'Reload' }).waitFor();
    expect(await page.locator('.boot-loading').isVisible()).toBe(false);
    await context.close();
  });

  it('D10: a healthy load never shows the boot failure text', async () => {
    const watched = await openGame(browser);
    await watched.page.locator('#app[data-screen="title"]').waitFor();
    expect(await watched.page.getByText(/could not load/).count()).toBe(0);
    expectClean(watched);
    await watched.context.close();
  });
});

describe('URLs', () => {
  it('D9: warns about ?gentle=maybe and a duplicate mode=, and still starts', async () => {
    const watched = await openGame(browser, '?gentle=maybe&mode=home&mode=kiosk');
    const warnings: string[] = [];
    watched.page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await watched.page.reload();
    await watched.page.getByRole('button', { name: 'New game' }).waitFor();
    expect(warnings.some((text) => text.includes('gentle=maybe'))).toBe(true);
    expect(warnings.some((text) => text.includes('"mode" is given more than once') && text.includes('"home"'))).toBe(true);
    expectClean(watched);
    await watched.context.close();
  });

  it('D9: a 40 KB address opens the game, and a 300 KB one gets a clear page, not a bare HTTP 431', async () => {
    const watched = await openGame(browser, `?mode=home&note=${'x'.repeat(40_000)}`);
    await watched.page.getByRole('button', { name: 'New game' }).waitFor();
    expectClean(watched);
    await watched.context.close();
    const response = await fetch(new URL(`?note=${'x'.repeat(300_000)}`, BASE_URL));
    expect(response.status).toBe(431);
    expect(await response.text()).toContain('This address is too long');
  });
});
