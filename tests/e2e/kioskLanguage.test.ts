// The museum kiosk in three languages (issue 17, item 7) in real Chromium on a touch screen:
// the attract loop offers the config's languages as big buttons, each named in its own language;
// Ukrainian, then Russian, plays the kiosk cut to its end in that language (html lang, the first
// screen's line from the PO file, every line and choice translated, "How visitors chose" in the
// language); after each visit the kiosk is back in its default language with nothing of the
// visitor's choice in storage or the address; the staff screen works in another language; axe
// (with best-practice rules) finds nothing on the attract loop and a visit's screen in each language.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fileConfig from '../../kiosk.config.json';
import { parsePo } from '../../tools/i18n/po.ts';
import { kiosk as enKiosk } from '../../src/i18n/en/kiosk.ts';
import { ui as enUi } from '../../src/i18n/en/ui.ts';
import { kiosk as ruKiosk } from '../../src/i18n/ru/kiosk.ts';
import { ui as ruUi } from '../../src/i18n/ru/ui.ts';
import { kiosk as ukKiosk } from '../../src/i18n/uk/kiosk.ts';
import { ui as ukUi } from '../../src/i18n/uk/ui.ts';
import { axe, launch } from './browser.ts';
import { attract, beginVisit, COUNTERS_KEY, expectClean, openKiosk } from './kioskPage.ts';

const KIOSK = '?mode=kiosk&kiosk-config=test&maprenderer=plan';
const CATALOGS = { en: { kiosk: enKiosk, ui: enUi }, uk: { kiosk: ukKiosk, ui: ukUi }, ru: { kiosk: ruKiosk, ui: ruUi } };
/** The kiosk cut's first line (story/kiosk.ink). */
const FIRST_LINE = 'k.start.d87b';
const CYRILLIC = /\p{Script=Cyrillic}/u;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

function translation(code: 'uk' | 'ru', id: string): string {
  const table = parsePo(readFileSync(`story/l10n/${code}/story.po`, 'utf8'));
  const entry = Object.values(table.translations[id] ?? {})[0];
  if (!entry?.msgstr[0]) throw new Error(`${code}: no translation of ${id}`);
  return entry.msgstr[0];
}

/** What the attract loop shows: its language, the buttons (name, lang, pressed) and its words. */
async function attractState(page: Page) {
  return {
    lang: await page.evaluate(() => document.documentElement.lang),
    buttons: await page.locator('.kiosk-language-button').evaluateAll((nodes) => nodes.map((node) => [node.textContent?.replace(/^\u2713\u00a0/, ''), node.getAttribute('lang'), node.getAttribute('aria-pressed')])),
    title: await page.locator('.kiosk-attract h1').textContent(),
    begin: await page.locator('#kiosk-begin').textContent(),
  };
}

async function expectAttractIn(page: Page, code: 'en' | 'uk' | 'ru'): Promise<void> {
  await page.locator(`.kiosk-attract[data-language="${code}"]`).waitFor();
  const state = await attractState(page);
  expect(state.lang).toBe(code);
  expect(state.title).toBe(CATALOGS[code].ui.appTitle);
  expect(state.begin).toBe(CATALOGS[code].kiosk.touchToBegin);
  expect(state.buttons.map(([, lang, pressed]) => [lang, pressed])).toEqual(fileConfig.languages.map((language) => [language, String(language === code)]));
}

/** Plays by touch to the end panel, taking the first choice; returns every line and choice shown. */
async function playToEndReading(page: Page): Promise<{ lines: string[]; choices: string[] }> {
  const seen = { lines: [] as string[], choices: [] as string[] };
  for (let step = 0; step < 400; step += 1) {
    if (await page.locator('.end-panel').count()) return seen;
    const more = page.locator('.story-controls .continue');
    const choices = page.locator('.choices .choice');
    if (await more.count()) {
      seen.lines.push(...await page.locator('.story-text p.line').allTextContents());
      await more.tap();
    } else if (await choices.count()) {
      seen.lines.push(...await page.locator('.story-text p.line').allTextContents());
      seen.choices.push(...await choices.allTextContents());
      await choices.first().tap();
    } else await page.waitForTimeout(20);
  }
  throw new Error('the kiosk cut did not end');
}

/** Buttons (outside inert regions) smaller than a finger. */
async function smallTargets(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((min) => [...document.querySelectorAll<HTMLElement>('.kiosk-languages button, #kiosk-begin, #kiosk-pause')]
    .filter((node) => node.getClientRects().length > 0)
    .map((node) => ({ node, box: node.getBoundingClientRect() }))
    .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
    .map(({ node, box }) => `${node.id} ${Math.round(box.width)}x${Math.round(box.height)}`), minimum);
}

describe('kiosk languages', () => {
  it('offers the config\'s languages; Ukrainian, then Russian, play the kiosk cut to its end in that language; each reset brings the default back', async () => {
    const kiosk = await openKiosk(browser, KIOSK);
    const { page } = kiosk;
    await expectAttractIn(page, 'en');
    expect((await attractState(page)).buttons.map(([name]) => name)).toEqual(['English', 'Українська', 'Русский']);
    expect(await page.locator('.kiosk-languages').getAttribute('role')).toBe('group');
    expect(await smallTargets(page, 64)).toEqual([]);
    expect(await axe(page), 'attract en').toEqual([]);

    for (const code of ['uk', 'ru'] as const) {
      const { kiosk: k, ui } = CATALOGS[code];
      await page.locator(`#kiosk-language-${code}`).tap();
      await expectAttractIn(page, code);
      expect(await page.locator('.kiosk-step-caption').textContent()).toBe(k.steps[Number(await page.locator('.kiosk-attract').getAttribute('data-step'))].caption);
      expect(await page.locator('.kiosk-attract .content-note').textContent()).toBe(ui.contentNote);
      expect(await page.locator('.story-text').count(), 'a language button begins no visit').toBe(0);
      expect(await smallTargets(page, 64)).toEqual([]);
      expect(await axe(page), `attract ${code}`).toEqual([]);
      // The pause control still works in the new language.
      await page.locator('#kiosk-pause').tap();
      expect(await page.locator('#kiosk-pause').textContent()).toBe(k.playCaptions);
      await page.locator('#kiosk-pause').tap();
      expect(await page.locator('#kiosk-pause').textContent()).toBe(k.pauseCaptions);

      await beginVisit(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
      expect(await page.locator('.story-text p.line').first().textContent()).toBe(translation(code, FIRST_LINE));
      expect(await axe(page), `visit ${code}`).toEqual([]);
      const seen = await playToEndReading(page);
      const english = [...seen.lines, ...seen.choices].filter((text) => text.trim() && !CYRILLIC.test(text));
      expect(english, `${code}: lines or choices left in English`).toEqual([]);
      expect(seen.choices.length).toBeGreaterThanOrEqual(3);
      const chose = page.locator('.kiosk-chose');
      expect(await chose.locator('h3').textContent()).toBe(k.chose.title);
      expect(await chose.locator('.kiosk-share.yours').count()).toBe(3);
      for (const text of await chose.locator('.kiosk-share.yours .kiosk-share-text').allTextContents()) expect(text).toMatch(CYRILLIC);
      expect(await page.locator('#kiosk-finish').textContent()).toBe(k.finish);
      await page.locator('#kiosk-finish').tap();
      await attract(page);
      // The next visitor meets the default language; nothing of this visitor's choice is kept.
      await expectAttractIn(page, 'en');
      const trace = await page.evaluate(() => ({ local: Object.keys(localStorage), session: sessionStorage.length, lang: new URL(location.href).searchParams.get('lang') }));
      expect(trace).toEqual({ local: [COUNTERS_KEY], session: 0, lang: null });
    }
    expectClean(kiosk);
    await kiosk.context.close();
  }, 120_000);

  it('a launch address with ?lang=ru starts in Russian; the staff screen works in Ukrainian; its Reload brings Russian back', async () => {
    const kiosk = await openKiosk(browser, `${KIOSK}&lang=ru`);
    const { page } = kiosk;
    await expectAttractIn(page, 'ru');
    await page.locator('#kiosk-language-uk').tap();
    await expectAttractIn(page, 'uk');
    for (let i = 0; i < 5; i += 1) await page.touchscreen.tap(8, 8);
    const pad = page.locator('dialog.kiosk-pin[open]');
    await pad.waitFor();
    expect(await pad.locator('h2').textContent()).toBe(ukKiosk.staff.pinTitle);
    for (const digit of fileConfig.pin) await pad.locator(`[data-digit="${digit}"]`).tap();
    await pad.locator('#kiosk-pin-ok').tap();
    const staff = page.locator('dialog.kiosk-staff[open]');
    await staff.waitFor();
    expect(await staff.locator('h2').textContent()).toBe(ukKiosk.staff.title);
    expect(await staff.locator('#kiosk-staff-reload').textContent()).toBe(ukKiosk.staff.reload);
    expect(await staff.locator('[data-key="visits-today"] dd').textContent()).toBe('0 / 0');
    expect(await axe(page), 'staff screen uk').toEqual([]);
    await staff.locator('#kiosk-staff-reload').tap();
    await page.waitForURL(/kiosk-reset=1/);
    await attract(page);
    await expectAttractIn(page, 'ru');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');
    expectClean(kiosk);
    await kiosk.context.close();
  }, 60_000);
});
