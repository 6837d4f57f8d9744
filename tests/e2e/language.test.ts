// Languages in real Chromium (issue 17, items 2-3): `?lang=uk` sets <html lang> and shows the
// Ukrainian interface, fetching only the Ukrainian strings; English fetches no language file; a
// switch in the middle of a screen keeps the place (same day, same screen, same lines) and
// draws it in the new language; axe finds nothing in either language.
// Then, in Ukrainian and in Russian (issue 17, Tests): the first three days of Halyna's path by
// clicks with every line and choice in the language (no English fallback), a document card, axe
// on the play screen and the card, the teacher guide, and a Lithuanian word inside the Cyrillic
// text marked lang="lt".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classroom as russianClassroom } from '../../src/i18n/ru/classroom.ts';
import { ui as russian } from '../../src/i18n/ru/ui.ts';
import { classroom as ukrainianClassroom } from '../../src/i18n/uk/classroom.ts';
import { ui as ukrainian } from '../../src/i18n/uk/ui.ts';
import { readTable } from '../../tools/i18n/table.ts';
import halynaSegments from '../../story/data/segments/halyna.json';
import { axe, expectClean, launch, openGame, startNewGame } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Every request the page makes for a language's story and history strings (assets/l10n-<lang>-<part>-<hash>.json). */
function languageFiles(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const match = /\/l10n-([a-z]+)-[a-z-]+-[0-9a-f]+\.json$/.exec(new URL(request.url()).pathname);
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
    // The first load's own fetches are over once its title shows (the title waits for the
    // language): from here on, only the reload's requests are counted.
    await page.locator('#app[data-screen="title"]').waitFor();
    const files = languageFiles(page);
    await page.reload();
    await page.locator('#app[data-screen="title"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect(await page.locator('#new-game').textContent()).toBe(ukrainian.newGame);
    expect(await page.locator('h1').textContent()).toBe(ukrainian.appTitle);
    expect([...new Set(files)], 'the history and each group of lines, all Ukrainian').toEqual(['uk']);
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
    expect([...new Set(files)]).toEqual(['ru']);
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

describe('the lines come after the title', () => {
  it('?lang=uk: a Begin before Halyna\'s lines have arrived waits for them, and never shows English', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const watched = await openGame(browser, '?lang=uk', undefined, async (context) => {
      // Halyna's lines are held back until after Begin; the history and the other groups are not.
      await context.route(/\/l10n-uk-lines-h-[0-9a-f]+\.json$/, async (route) => { await held; await route.continue(); });
    });
    const { page } = watched;
    await page.locator('#new-game').filter({ hasText: ukrainian.newGame }).waitFor();
    await page.locator('#new-game').click();
    await page.locator('.viewpoint.available button').first().click();
    await page.waitForTimeout(500);
    expect(await page.locator('.story-text p.line').count(), 'no story text before its lines').toBe(0);
    expect(await page.locator('#app').getAttribute('aria-busy')).toBe('true');
    release();
    await page.locator('.story-text p.line').first().waitFor();
    const { lines } = await screenText(page);
    expect(lines.filter(notCyrillic), 'English shown where Ukrainian should be').toEqual([]);
    expect(await page.locator('#app').getAttribute('aria-busy')).toBeNull();
    expectClean(watched);
    await watched.context.close();
  });

  it('?lang=uk with the line files unreachable: the story still starts (its lines in English), nothing breaks', async () => {
    const watched = await openGame(browser, '?lang=uk', undefined, async (context) => {
      await context.route(/\/l10n-uk-lines-[a-z]+-[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    });
    const { page } = watched;
    await page.locator('#new-game').filter({ hasText: ukrainian.newGame }).waitFor();
    await page.locator('#new-game').click();
    await page.locator('.viewpoint.available button').first().click();
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect((await screenText(page)).lines.length).toBeGreaterThan(0);
    expect(await page.locator('.notice-problem').textContent(), 'the player is told, with a way on').toContain(ukrainian.storyLinesMissing);
    // The browser's own line for each 404 is the only console error.
    expectClean({ ...watched, consoleErrors: watched.consoleErrors.filter((text) => !text.startsWith('Failed to load resource')) });
    await watched.context.close();
  });
});

const LANGUAGES = [
  { code: 'uk', ui: ukrainian, classroom: ukrainianClassroom },
  { code: 'ru', ui: russian, classroom: russianClassroom },
] as const;

/** Text with letters but none of them Cyrillic: English shown where the language should be. */
const notCyrillic = (text: string) => /\p{L}/u.test(text) && !/\p{Script=Cyrillic}/u.test(text);

/** The lines and choices on screen, and the day; one round trip. */
async function screenText(page: Page) {
  return page.evaluate(() => ({
    day: Number(document.querySelector('#date-line')?.getAttribute('data-day') ?? -1),
    lines: [...document.querySelectorAll('.story-text p.line')].map((line) => line.textContent ?? ''),
    choices: [...document.querySelectorAll('.choices .choice')].map((choice) => choice.textContent ?? ''),
  }));
}

describe.each(LANGUAGES)('in $code', ({ code, ui, classroom }) => {
  const table = readTable(process.cwd(), code);
  const history = table.history;

  it(`Halyna's first three days by clicks, all in ${code}; a document card in ${code}; axe 0 on both`, async () => {
    const watched = await openGame(browser, `?lang=${code}&debug`);
    const { page } = watched;
    await page.locator('#new-game').filter({ hasText: ui.newGame }).click();
    await page.locator('#begin-halyna').click();
    await page.locator('.story-text p.line').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);

    const english: string[] = [];
    let screens = 0;
    for (let step = 0; step < 400; step += 1) {
      const shown = await screenText(page);
      english.push(...[...shown.lines, ...shown.choices].filter(notCyrillic));
      if (shown.day >= 3) break;
      const more = page.locator('.story-controls .continue');
      if (await more.count()) await more.click();
      else if (shown.choices.length) await page.locator('.choices .choice').first().click();
      else { await page.waitForTimeout(20); continue; }
      screens += 1;
    }
    expect((await screenText(page)).day, 'day 3 reached').toBe(3);
    expect(screens).toBeGreaterThan(10);
    expect([...new Set(english)], 'lines or choices in English').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
    expect(await axe(page), 'play screen').toEqual([]);

    // A card from the journal (as after 9 June): its words, its quoted phrase and its labels in the language.
    await page.evaluate(() => {
      const app = (window as unknown as { __kengir: { deps: { journal: { unlockDocument(id: string): boolean } }; history: { documents(id: string): void } } }).__kengir;
      app.deps.journal.unlockDocument('gulag_order');
      app.history.documents('gulag_order');
    });
    const card = page.locator('dialog.document-dialog [data-document="gulag_order"]');
    await card.waitFor();
    expect(await card.locator('.doc-title').textContent()).toBe(history['document:gulag_order:title']);
    expect(await card.locator('.doc-issuer').textContent()).toContain(history['document:gulag_order:issuer']);
    expect(await card.locator('.doc-form').textContent()).toBe(ui.documents.paraphrased);
    expect(await card.locator('q.doc-quote').textContent()).toBe(`\u00ab${history['document:gulag_order:passage.0.quote.0']}\u00bb`);
    expect(await card.locator('.doc-provenance').textContent()).toContain(history['document:gulag_order:provenance']);
    const cardText = await card.locator('.facsimile').innerText();
    expect(cardText.split('\n').filter(notCyrillic), 'card lines in English').toEqual([]);
    expect(await axe(page), 'document card').toEqual([]);
    expectClean(watched);
    await watched.context.close();
  });

  it(`the teacher guide in ${code}`, async () => {
    const watched = await openGame(browser, `?lang=${code}&mode=classroom`);
    const { page } = watched;
    // The segment picker shows the segments' own text in the language too.
    expect(await page.locator('#segment-numbers_and_walls + label .segment-title').innerText()).toBe(history['segment:halyna.numbers_and_walls:title']);
    await page.locator('#open-guide').click();
    const guide = page.locator('article.teacher-guide');
    await guide.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
    expect(await guide.locator('h1').innerText()).toBe(classroom.guideTitle);
    for (const heading of Object.values(classroom.sections)) expect(await guide.locator('h2', { hasText: heading }).count(), heading).toBeGreaterThan(0);
    // The guide's own text, the glossary's definitions, the timeline's endnotes, the plans, the
    // segments (story/data/segments.ts via history.po) and the key choices with where they lead
    // (story/data/segments/*.json by ink id via story.po), in the language. The bibliography keeps
    // its works' published (Latin) titles.
    const own = await guide.locator([
      '#guide-overview p', '#guide-content > p', '#guide-content td', '#guide-plans li', '#guide-plans p', '#guide-segments > p',
      '.guide-segment h4', '.guide-segment p', '.guide-glossary dd', '.guide-timeline li', '.guide-key-choice h4', '.guide-key-choice td',
    ].join(', ')).allInnerTexts();
    expect(own.length).toBeGreaterThan(200);
    expect(own.filter(notCyrillic), 'guide text in English').toEqual([]);
    const title = history['segment:halyna.numbers_and_walls:title'];
    expect(title).toMatch(/\p{Script=Cyrillic}/u);
    expect(await guide.locator('.guide-segment[data-segment="numbers_and_walls"] h4').innerText()).toContain(title);
    const firstKey = halynaSegments.keyChoices[0];
    const translated = table.lines[firstKey.choices[0].id];
    const choiceText = typeof translated === 'string' ? translated : translated[0];
    expect(choiceText).toMatch(/\p{Script=Cyrillic}/u);
    expect(await guide.locator(`.guide-key-choice[data-moment="${firstKey.moment}"] tbody tr`).first().locator('td').first().innerText()).toBe(choiceText);
    expect(await guide.locator('.guide-segment .meta').first().innerText()).toContain(classroom.guideDays.split(' ')[0]);
    expectClean(watched);
    await watched.context.close();
  });

  it(`a Lithuanian word inside ${code} text is marked lang="lt"`, async () => {
    const watched = await openGame(browser, `?lang=${code}`);
    const { page } = watched;
    await page.locator('#new-game').filter({ hasText: ui.newGame }).click();
    await page.locator('#begin-jonas').click();
    await page.locator('.story-text p.line').first().waitFor();
    // Through the prologue to the bread: the choice to share it with Rimas (Рімас, Римас).
    const share = page.locator('.choices .choice').filter({ hasText: /Rimas|Рімас|Римас/ });
    for (let step = 0; step < 60 && !(await share.count()); step += 1) {
      const more = page.locator('.story-controls .continue');
      if (await more.count()) await more.click();
      else if (await page.locator('.choices .choice').count()) await page.locator('.choices .choice').first().click();
      else await page.waitForTimeout(20);
    }
    await share.click();
    const word = page.locator('.story-text p.line .gloss-term[data-term="j_aciu"]');
    await word.waitFor();
    expect(await word.getAttribute('lang')).toBe('lt');
    expect(await word.innerText()).toBe('Ačiū');
    const paragraph = await word.locator('xpath=..').innerText();
    expect(paragraph).toMatch(/\p{Script=Cyrillic}/u);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
    expectClean(watched);
    await watched.context.close();
  });
});
