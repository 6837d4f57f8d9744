// Kiosk pages for the end-to-end tests: open the kiosk on a touch screen with a watch on requests,
// console errors, uncaught errors and CSP violations; wait for the attract loop; play a visit.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { BASE_URL, watchPageErrors } from './browser.ts';

export const COUNTERS_KEY = 'kengir.kiosk.counters.v1';

export interface Kiosk { context: BrowserContext; page: Page; foreign: string[]; consoleErrors: string[]; csp: string[]; pageErrors: string[] }

export async function openKiosk(browser: Browser, path: string, options: { reducedMotion?: 'reduce' | 'no-preference'; baseUrl?: string; viewport?: { width: number; height: number }; beforeGoto?: (context: BrowserContext) => Promise<void> } = {}): Promise<Kiosk> {
  const baseUrl = options.baseUrl ?? BASE_URL;
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1920, height: 1080 }, hasTouch: true, acceptDownloads: true, reducedMotion: options.reducedMotion ?? 'no-preference' });
  await options.beforeGoto?.(context);
  const page = await context.newPage();
  const kiosk: Kiosk = { context, page, foreign: [], consoleErrors: [], csp: [], pageErrors: [] };
  const origin = new URL(baseUrl).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) kiosk.foreign.push(url);
  });
  page.on('console', (message) => { if (message.type() === 'error' && !/GPU stall|GL Driver/.test(message.text())) kiosk.consoleErrors.push(message.text()); });
  await watchPageErrors(page, kiosk.pageErrors);
  await page.exposeFunction('__reportCsp', (text: string) => { kiosk.csp.push(text); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(new URL(path, baseUrl).toString());
  await attract(page);
  return kiosk;
}

export function expectClean(kiosk: Kiosk, allowErrors: RegExp | null = null): void {
  expect(kiosk.foreign, 'requests off the origin').toEqual([]);
  expect(kiosk.csp, 'CSP violations').toEqual([]);
  expect(kiosk.consoleErrors.filter((text) => !allowErrors || !allowErrors.test(text)), 'console errors').toEqual([]);
  expect(kiosk.pageErrors.filter((text) => !allowErrors || !allowErrors.test(text)), 'uncaught errors').toEqual([]);
}

export async function attract(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('.kiosk-attract[data-ready]').waitFor({ timeout });
}

export async function counters(page: Page): Promise<{ total: Record<string, number>; days: Record<string, Record<string, unknown>>; errorLog: { message: string }[] }> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), COUNTERS_KEY);
}

/** Taps the attract loop and waits for the first story text. */
export async function beginVisit(page: Page): Promise<void> {
  await page.touchscreen.tap(700, 600);
  await page.locator('.story-text p.line').first().waitFor();
}

/** Plays by touch: Continue, else the first (or last) choice, until the end panel. */
export async function playToEnd(page: Page, last = false): Promise<number> {
  for (let step = 0; step < 400; step += 1) {
    if (await page.locator('.end-panel').count()) return step;
    const more = page.locator('.story-controls .continue');
    if (await more.count()) { await more.tap(); continue; }
    const choices = page.locator('.choices .choice');
    const count = await choices.count();
    if (count) { await choices.nth(last ? count - 1 : 0).tap(); continue; }
    await page.waitForTimeout(20);
  }
  throw new Error('the kiosk cut did not end');
}
