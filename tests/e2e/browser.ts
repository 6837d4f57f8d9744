// Shared helpers for the end-to-end tests: Debian's Chromium driven by playwright-core, with a
// watch on every request (none may leave the page's origin), console errors, uncaught errors,
// unhandled promise rejections and CSP violations.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  foreignRequests: string[];
  consoleErrors: string[];
  cspViolations: string[];
  /** Uncaught exceptions and unhandled rejections: they never reach the console as an error event. */
  pageErrors: string[];
}

/**
 * Collects what `console` never shows: Playwright's pageerror (uncaught exceptions) and, through
 * a listener installed before any page script, unhandled promise rejections.
 */
export async function watchPageErrors(page: Page, sink: string[]): Promise<void> {
  page.on('pageerror', (error) => sink.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__reportRejection', (text: string) => { sink.push(`unhandled rejection: ${text}`); });
  await page.addInitScript(() => {
    window.addEventListener('unhandledrejection', (event) => {
      const reason = event.reason as { message?: unknown } | undefined;
      (window as unknown as { __reportRejection: (t: string) => void }).__reportRejection(String(reason?.message ?? reason));
    });
  });
}

/** `beforeGoto`: set up the context first (routes that hold or change a request). */
export async function openGame(browser: Browser, path = '', viewport = { width: 1366, height: 768 }, beforeGoto?: (context: BrowserContext) => Promise<void>): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await beforeGoto?.(context);
  const page = await context.newPage();
  const origin = new URL(BASE_URL).origin;
  const watched: Watched = { context, page, foreignRequests: [], consoleErrors: [], cspViolations: [], pageErrors: [] };
  await watchPageErrors(page, watched.pageErrors);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watched.foreignRequests.push(url);
  });
  page.on('console', (message) => { if (message.type() === 'error') watched.consoleErrors.push(message.text()); });
  await page.exposeFunction('__reportCsp', (text: string) => { watched.cspViolations.push(text); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(new URL(path, BASE_URL).toString());
  return watched;
}

/** Clicks through the title to the first story screen (the first playable viewpoint). */
export async function startNewGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  // Over a game in progress, New game asks first (the game is kept as the backup).
  const confirm = page.locator('#confirm-new-yes');
  const begin = page.locator('.viewpoint.available button').first();
  await confirm.or(begin).first().waitFor();
  if (await confirm.isVisible()) await confirm.click();
  await begin.click();
  await page.locator('.story-text p.line').first().waitFor();
}

/** Plays to the end by keyboard only: Enter continues, 1 takes the first choice. */
export async function playByKeyboard(page: Page, maxSteps = 4000): Promise<number> {
  for (let step = 0; step < maxSteps; step += 1) {
    if (await page.locator('.end-panel').count()) return step;
    if (await page.locator('.story-controls .continue').count()) {
      await page.keyboard.press('Enter');
    } else if (await page.locator('.choices .choice').count()) {
      await page.keyboard.press('1');
    } else {
      await page.waitForTimeout(20);
    }
  }
  throw new Error('the story did not end');
}

/** axe-core over WCAG 2.2 A and AA and axe's best-practice rules (#16); the violations as readable lines (empty when clean). */
export async function axe(page: Page): Promise<string[]> {
  // A panel sliding or fading in shows mid-transition colours that axe reads as low contrast:
  // scan once every finite animation has finished (endless ones, such as the attract loop, are left).
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity), null, { timeout: 5000 }).catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * No request left the origin, no CSP violation, no console error (SwiftShader's GPU notices
 * aside), no uncaught error and no unhandled rejection.
 */
export function expectClean(watched: Pick<Watched, 'foreignRequests' | 'cspViolations' | 'consoleErrors' | 'pageErrors'>): void {
  expect(watched.foreignRequests, 'requests off the origin').toEqual([]);
  expect(watched.cspViolations, 'CSP violations').toEqual([]);
  expect(watched.consoleErrors.filter((text) => !/GPU stall|GL Driver/.test(text)), 'console errors').toEqual([]);
  expect(watched.pageErrors, 'uncaught errors and unhandled rejections').toEqual([]);
}
