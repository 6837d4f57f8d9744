// Side panels, the chronicle's timeline and document cards in real Chromium: a side view docks
// to the right at full height (a full page on a phone), closes with Escape and gives focus back;
// the timeline marks the days this path reached; the 27 May demands, read in play, open as a
// facsimile from the journal. axe with WCAG 2.2 AA and best-practice rules on each.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, expectClean, launch, openGame, startNewGame } from './browser.ts';
import { checkpoint } from './dayStates.ts';
import { readUntil } from './readOn.ts';

const journalDocuments = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('kengir.journal.v1') ?? '{}') as { documents?: string[] }).documents ?? []);
/** Waits until the panel's slide-in has finished, so its box is where it rests. */
const settled = (page: Page, selector: string) => page.waitForFunction((sel) => document.querySelector(sel)?.getAnimations().every((animation) => animation.playState === 'finished') ?? false, selector);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

const SHOTS = 'test-results/panels';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

let browser: Browser;
beforeAll(async () => { browser = await launch(); mkdirSync(SHOTS, { recursive: true }); });
afterAll(async () => { await browser?.close(); });

describe('side panels', () => {
  it('dock a side view to the right at full height; Escape closes it and focus returns', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    for (const [button, panel] of [['#open-chronicle', 'dialog.chronicle-dialog'], ['#open-notes', 'dialog.notes-dialog']] as const) {
      await page.locator(button).click();
      const dialog = page.locator(panel);
      await dialog.waitFor();
      await settled(page, panel);
      expect(await dialog.evaluate((node) => node.classList.contains('side-panel'))).toBe(true);
      const box = (await dialog.boundingBox())!;
      expect(Math.round(box.x + box.width), `${panel} touches the right edge`).toBe(1366);
      expect(box.height, `${panel} is full height`).toBeGreaterThanOrEqual(760);
      expect(box.width, `${panel} leaves the story visible`).toBeLessThan(1366);
      expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), 'focus moves into the panel').toBe(true);
      expect(await axe(page), panel).toEqual([]);
      await shot(page, `side-${panel.replace(/\W+/g, '-')}-1366`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await activeId(page), 'focus returns to the button that opened it').toBe(button.slice(1));
    }
    // The glossary and About, from the game menu, are side panels too.
    await page.locator('#open-menu').click();
    await page.locator('#menu-glossary').click();
    const glossary = page.locator('dialog.glossary-dialog');
    await glossary.waitFor();
    expect(await glossary.evaluate((node) => node.classList.contains('side-panel'))).toBe(true);
    expect(await axe(page), 'glossary').toEqual([]);
    expectClean(watched);
    await watched.context.close();
  });

  it('is a full page on a phone', async () => {
    const watched = await openGame(browser, '', { width: 390, height: 844 });
    const { page } = watched;
    await page.locator('#open-about').click();
    const about = page.locator('dialog.about-dialog');
    await about.waitFor();
    await settled(page, 'dialog.about-dialog');
    const box = (await about.boundingBox())!;
    expect(Math.round(box.x)).toBe(0);
    expect(Math.round(box.width)).toBe(390);
    expect(box.height).toBeGreaterThanOrEqual(840);
    expect(await axe(page), 'About on a phone').toEqual([]);
    await shot(page, 'about-390');
    await page.keyboard.press('Escape');
    await about.waitFor({ state: 'detached' });
    expectClean(watched);
    await watched.context.close();
  });
});

describe('the chronicle as a timeline', () => {
  it('marks the days this path reached and the day on screen', async () => {
    const watched = await openGame(browser);
    const { page } = watched;
    await startNewGame(page);
    expect(await readUntil(page, async () => (await page.locator('#date-line[data-day="2"]').count()) > 0)).toBe(true);
    await page.locator('#open-chronicle').click();
    const panel = page.locator('dialog.chronicle-dialog');
    await panel.waitFor();
    const rows = panel.locator('ol.timeline > li');
    expect(await rows.count()).toBe(43);
    const reached = await panel.locator('ol.timeline > li[data-reached="true"]').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.day)));
    expect(reached).toEqual([0, 1, 2]);
    expect(await panel.locator('ol.timeline > li[data-current="true"]').getAttribute('data-day')).toBe('2');
    expect(await panel.locator('li[data-day="2"] .timeline-mark').innerText()).toBe('You are here');
    expect(await panel.locator('li[data-day="2"] time').getAttribute('datetime')).toBe('1954-05-17');
    // One key press takes the reader to the day on screen.
    await panel.locator('.timeline-jump').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.day)).toBe('2');
    // An unlocked endnote hangs on its day and opens by keyboard.
    const open = panel.locator('ol.timeline .chronicle-entry:not(.locked) summary').first();
    expect(await open.count()).toBe(1);
    await open.focus();
    await page.keyboard.press('Enter');
    expect(await panel.locator('ol.timeline details[open] .note').count()).toBe(1);
    expect(await axe(page), 'chronicle timeline').toEqual([]);
    await shot(page, 'chronicle-timeline-1366');
    await page.keyboard.press('Escape');
    expectClean(watched);
    await watched.context.close();
  });
});

describe('document cards', () => {
  it('the 27 May demands, read in play, open from the journal as a facsimile', async () => {
    const watched = await openGame(browser, '?debug');
    const { page } = watched;
    await startNewGame(page);
    await page.evaluate((cp) => (window as unknown as { __kengir: { startAt(c: unknown): void } }).__kengir.startAt(cp), checkpoint(12));
    await page.locator('#date-line[data-day="12"]').waitFor();
    expect(await journalDocuments(page), 'nothing before the tag').toEqual([]);
    expect(await readUntil(page, async () => (await journalDocuments(page)).includes('demands_may27'))).toBe(true);
    await page.locator('#open-notes').click();
    const drawer = page.locator('dialog.notes-dialog');
    await drawer.waitFor();
    const link = drawer.locator('.journal-documents button[data-document="demands_may27"]');
    expect(await link.innerText()).toBe('The prisoners’ demands');
    await settled(page, 'dialog.notes-dialog');
    expect(await axe(page), 'journal with documents').toEqual([]);
    await link.click();
    const card = page.locator('dialog.document-dialog [data-document="demands_may27"]');
    await card.waitFor();
    expect(await card.locator('.facsimile .doc-text li').count()).toBe(11);
    expect(await card.locator('.doc-form').first().innerText()).toMatch(/paraphrase/i);
    expect(await card.locator('.doc-stamp').innerText()).toMatch(/paraphrase/i);
    expect(await card.locator('.doc-provenance').innerText()).toContain('nothing on this card is quoted');
    expect(await card.locator('.doc-sources li').count()).toBeGreaterThan(0);
    await settled(page, 'dialog.document-dialog');
    expect(await axe(page), 'document card').toEqual([]);
    await shot(page, 'document-demands-1366');
    await page.keyboard.press('Escape');
    await page.locator('dialog.document-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.document), 'focus back on the link').toBe('demands_may27');
    await page.keyboard.press('Escape');
    expect(await activeId(page)).toBe('open-notes');
    // The other cards, as the journal would hold them later in the path: each typeset, each clean.
    for (const id of ['leaflet_kite', 'gulag_order', 'mvd_appeal_june26']) {
      await page.evaluate((doc) => {
        const app = (window as unknown as { __kengir: { deps: { journal: { unlockDocument(id: string): boolean } }; history: { documents(id: string): void } } }).__kengir;
        app.deps.journal.unlockDocument(doc);
        app.history.documents(doc);
      }, id);
      const other = page.locator(`dialog.document-dialog [data-document="${id}"]`);
      await other.waitFor();
      expect(await other.locator('.doc-provenance').innerText()).toMatch(/paraphrase/i);
      // axe reads colours mid-fade as low contrast: scan once the panel has slid in.
      await settled(page, 'dialog.document-dialog');
      expect(await axe(page), id).toEqual([]);
      await shot(page, `document-${id}-1366`);
      await page.keyboard.press('Escape');
      await other.waitFor({ state: 'detached' });
    }
    expectClean(watched);
    await watched.context.close();
  });
});
