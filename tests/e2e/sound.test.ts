// Sound in real Chromium: no AudioContext before a gesture, the sound chunk fetched only after the
// first story text, and mute remembered across a reload.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClean, launch, openGame, startNewGame, type Watched } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const SOUND_CHUNK = /\/assets\/sound-[\w-]+\.js$/;

/** Counts every AudioContext the page makes (installed before any page script). */
async function watchAudio(watched: Watched): Promise<void> {
  await watched.page.addInitScript(() => {
    const Native = window.AudioContext;
    const made: AudioContext[] = [];
    (window as unknown as { __audio: AudioContext[] }).__audio = made;
    window.AudioContext = class extends Native {
      constructor(options?: AudioContextOptions) { super(options); made.push(this); }
    };
  });
}

const audioStates = (page: Page) => page.evaluate(() => (window as unknown as { __audio: AudioContext[] }).__audio.map((context) => context.state));

/** Opens the game with the AudioContext watch and a record of when the sound chunk was asked for. */
async function open(): Promise<Watched & { soundRequests: { textShown: boolean }[] }> {
  const watched = await openGame(browser, 'about:blank');
  const soundRequests: { textShown: boolean }[] = [];
  await watchAudio(watched);
  // The request is held while the page is checked: if the chunk were part of the entry, the story
  // text could not be on the page yet.
  await watched.page.route(SOUND_CHUNK, async (route) => {
    soundRequests.push({ textShown: (await watched.page.locator('.story-text p.line').count()) > 0 });
    await route.continue();
  });
  return { ...watched, soundRequests };
}

async function goTo(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/').toString());
}

async function goHome(page: Page): Promise<void> {
  await goTo(page, '/');
  await page.locator('#app[data-screen="title"]').waitFor();
}

async function gestureOnStory(page: Page): Promise<void> {
  const more = page.locator('.story-controls .continue');
  if (await more.count()) await more.click();
  else await page.locator('.choices .choice').first().click();
}

describe('sound', () => {
  it('loads after the first story text and makes no AudioContext before a gesture', async () => {
    const watched = await open();
    const { page, soundRequests } = watched;
    await goHome(page);
    expect(await audioStates(page)).toEqual([]);
    expect(soundRequests).toEqual([]);
    await startNewGame(page);
    await page.locator('.play-screen[data-sound="loaded"]').waitFor();
    expect(soundRequests).toEqual([{ textShown: true }]);
    // The clicks on the title came before the module: it waits for the next gesture.
    expect(await audioStates(page)).toEqual([]);
    await gestureOnStory(page);
    await page.waitForFunction(() => (window as unknown as { __audio: AudioContext[] }).__audio[0]?.state === 'running');
    expect(await audioStates(page)).toEqual(['running']);
    expectClean(watched);
    await watched.context.close();
  });

  it('mute is remembered across a reload, and a muted page makes no AudioContext', async () => {
    const watched = await open();
    const { page } = watched;
    await goHome(page);
    await startNewGame(page);
    const toggle = page.locator('#toggle-sound');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    await page.locator('#continue-game').click();
    await page.locator('.play-screen[data-sound="loaded"]').waitFor();
    expect(await page.locator('#toggle-sound').getAttribute('aria-pressed')).toBe('false');
    await gestureOnStory(page);
    expect(await audioStates(page)).toEqual([]);
    await page.locator('#open-settings').click();
    expect(await page.locator('#setting-sound').isChecked()).toBe(false);
    // Turning sound on is itself a gesture: the context starts then.
    await page.locator('#setting-sound').check();
    await page.waitForFunction(() => (window as unknown as { __audio: AudioContext[] }).__audio[0]?.state === 'running');
    expectClean(watched);
    await watched.context.close();
  });

  it('is off by default in classroom mode', async () => {
    const watched = await open();
    const { page } = watched;
    await goTo(page, '/?mode=classroom');
    await page.locator('ol[data-viewpoint="halyna"]').getByLabel(/^Segment 1\b/).check();
    await page.locator('#start-lesson').click();
    await page.locator('.play-screen[data-sound="loaded"]').waitFor();
    expect(await page.locator('#toggle-sound').getAttribute('aria-pressed')).toBe('false');
    await page.locator('#story').click();
    expect(await audioStates(page)).toEqual([]);
    expectClean(watched);
    await watched.context.close();
  });
});
