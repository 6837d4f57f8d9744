// @vitest-environment happy-dom
// The kiosk in three languages (issue 17, item 7): the attract loop offers the config's
// languages and starts in its default; a language button switches the attract text at once
// without beginning a visit; the visit plays in that language; and "How visitors chose" counts a
// choice made in Ukrainian and the same choice in English as one, showing it in the screen's language.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getContent } from '../../../src/content/registry.ts';
import { MemoryStorage } from '../../../src/engine/index.ts';
import { useStoryTranslation } from '../../../src/engine/storyLanguage.ts';
import { language, useLanguage } from '../../../src/i18n/catalog.ts';
import { kiosk as ukrainianKiosk } from '../../../src/i18n/uk/kiosk.ts';
import { relocalizeContent } from '../../../src/i18n/story/history.ts';
import { resolveKioskConfig } from '../../../src/modes/kiosk/config.ts';
import { COUNTERS_KEY } from '../../../src/modes/kiosk/counters.ts';
import { KioskMode } from '../../../src/modes/kiosk/index.ts';
import { kioskEn } from '../../../src/modes/kiosk/strings.ts';
import { compiledStory } from '../../helpers/story.ts';
import { FakeScheduler } from './fakeScheduler.ts';

let json = '';
beforeAll(() => { json = compiledStory().json!; }, 60_000);

const running: KioskMode[] = [];
afterEach(() => {
  for (const kiosk of running.splice(0)) kiosk.stop();
  document.body.replaceChildren();
  useLanguage('en');
  useStoryTranslation(null);
  relocalizeContent(getContent(), null);
});

async function setup(file: Record<string, unknown>, storage = new MemoryStorage(), search = '') {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  const scheduler = new FakeScheduler();
  const reloads: number[] = [];
  const config = resolveKioskConfig({ tapGuardMs: 0, ...file });
  const kiosk = new KioskMode({
    root, story: { json, hash: 'test' }, content: getContent(), prefersReducedMotion: false, search, debug: false,
    scheduler, counterStorage: storage, reload: () => reloads.push(scheduler.now()), config,
  });
  running.push(kiosk);
  await kiosk.start();
  return { root, scheduler, storage, reloads, kiosk };
}

const WAIT = { timeout: 20_000 };
const languageButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('.kiosk-language-button')];

/** Plays by clicks, taking the first choice each time, until the end panel. */
function playToEnd(root: HTMLElement, scheduler: FakeScheduler): void {
  for (let step = 0; step < 300; step += 1) {
    if (root.querySelector('.end-panel')) return;
    const next = root.querySelector<HTMLButtonElement>('.story-controls .continue') ?? root.querySelector<HTMLButtonElement>('.choices .choice');
    if (next) next.click();
    scheduler.advance(50);
  }
  throw new Error('the kiosk cut did not end');
}

/** The first choice's text at each of the kiosk cut's key moments, as the visitor saw it. */
function choicesOnPanel(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.kiosk-chose .kiosk-share.yours .kiosk-share-text')].map((node) => node.firstChild?.textContent ?? '');
}

// Loading a language the first time builds its strings from the PO files: slow on a busy machine.
describe('kiosk languages', { timeout: 60_000 }, () => {
  it('starts in the config\'s default language and offers its languages, each named in its own', async () => {
    const { root } = await setup({ languages: ['uk', 'en', 'ru'], defaultLanguage: 'uk' });
    expect(language().code).toBe('uk');
    const buttons = languageButtons(root);
    expect(buttons.map((button) => [button.textContent, button.lang, button.getAttribute('aria-pressed')])).toEqual([
      ['Українська', 'uk', 'true'], ['English', 'en', 'false'], ['Русский', 'ru', 'false'],
    ]);
    expect(root.querySelector('#kiosk-begin')!.textContent).toBe(ukrainianKiosk.touchToBegin);
    expect(root.querySelector('.kiosk-step-caption')!.textContent).toBe(ukrainianKiosk.steps[0].caption);
    expect(root.querySelector('.kiosk-languages')!.getAttribute('role')).toBe('group');
  });

  it('a language button switches the attract text at once, keeps the focus and the pause, and begins no visit', async () => {
    const { root, scheduler } = await setup({ languages: ['en', 'uk'] });
    expect(language().code).toBe('en');
    expect(languageButtons(root).map((button) => button.lang)).toEqual(['en', 'uk']);
    root.querySelector<HTMLButtonElement>('#kiosk-pause')!.click();
    scheduler.advance(8000);
    const step = root.querySelector<HTMLElement>('.kiosk-attract')!.dataset.step;
    const ukrainian = root.querySelector<HTMLButtonElement>('#kiosk-language-uk')!;
    ukrainian.focus();
    ukrainian.click();
    await vi.waitFor(() => expect(root.querySelector<HTMLElement>('.kiosk-attract')!.dataset.language).toBe('uk'), WAIT);
    expect(root.dataset.screen, 'a language button is not a tap that begins').toBe('attract');
    expect(root.querySelector('#kiosk-begin')!.textContent).toBe(ukrainianKiosk.touchToBegin);
    expect(root.querySelector('#kiosk-pause')!.textContent).toBe(ukrainianKiosk.playCaptions);
    expect(root.querySelector<HTMLElement>('.kiosk-attract')!.dataset.step).toBe(step);
    expect(root.querySelector('#kiosk-language-uk')!.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('#kiosk-language-en')!.getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement?.id).toBe('kiosk-language-uk');
    // The visit then plays in Ukrainian.
    root.querySelector<HTMLElement>('#kiosk-begin')!.click();
    expect(root.dataset.screen).toBe('play');
    expect(root.querySelector('.story-text')!.textContent).toMatch(/Початок травня\s1954\sроку/);
  });

  it('one language offers no buttons; the launch address\'s ?lang= picks the start language among those offered', async () => {
    const single = await setup({ languages: ['ru'] });
    expect(languageButtons(single.root)).toEqual([]);
    expect(single.root.querySelector('.kiosk-language')!.textContent).toContain('Русский');
    expect(single.kiosk.startLanguage).toBe('ru');
    single.kiosk.stop();
    const launched = await setup({ languages: ['en', 'uk', 'ru'] }, new MemoryStorage(), '?mode=kiosk&lang=ru');
    expect(launched.kiosk.startLanguage).toBe('ru');
    expect(language().code).toBe('ru');
  });

  it('counts a choice made in Ukrainian and the same choice in English as one, shown in the screen\'s language', async () => {
    const storage = new MemoryStorage();
    // The first visitor chooses Ukrainian.
    const first = await setup({ languages: ['en', 'uk'], howVisitorsChose: { minVisitors: 1 } }, storage);
    first.root.querySelector<HTMLButtonElement>('#kiosk-language-uk')!.click();
    await vi.waitFor(() => expect(language().code).toBe('uk'), WAIT);
    first.root.querySelector<HTMLElement>('#kiosk-begin')!.click();
    playToEnd(first.root, first.scheduler);
    const ukrainianChoices = choicesOnPanel(first.root);
    expect(ukrainianChoices).toHaveLength(3);
    for (const text of ukrainianChoices) expect(text).toMatch(/\p{Script=Cyrillic}/u);
    expect(first.root.querySelector('.kiosk-chose h3')!.textContent).toBe(ukrainianKiosk.chose.title);
    first.root.querySelector<HTMLButtonElement>('#kiosk-finish')!.click();
    expect(first.reloads).toHaveLength(1);
    first.kiosk.stop();

    // The page reloads: the next visitor starts in English, and makes the same choices.
    const second = await setup({ languages: ['en', 'uk'], howVisitorsChose: { minVisitors: 1 } }, storage);
    expect(language().code).toBe('en');
    second.root.querySelector<HTMLElement>('#kiosk-begin')!.click();
    playToEnd(second.root, second.scheduler);
    const englishChoices = choicesOnPanel(second.root);
    expect(englishChoices).toHaveLength(3);
    for (const text of englishChoices) expect(text).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(second.root.querySelector('.kiosk-chose h3')!.textContent).toBe(kioskEn.chose.title);
    // One count per moment: both visitors, one option at 100%.
    for (const moment of second.root.querySelectorAll('.kiosk-chose .kiosk-moment')) {
      expect(moment.querySelector('.kiosk-moment-count')!.textContent).toBe('2 visitors');
      expect(moment.querySelector('.kiosk-share.yours .kiosk-share-percent')!.textContent).toBe('100%');
    }
    const counted = JSON.parse(storage.getItem(COUNTERS_KEY)!).total;
    expect(counted).toMatchObject({ visitsStarted: 2, visitsFinished: 2 });
    const today = Object.values(JSON.parse(storage.getItem(COUNTERS_KEY)!).days as Record<string, { choices: Record<string, Record<string, number>> }>)[0];
    for (const split of Object.values(today.choices)) {
      const chosen = Object.entries(split).filter(([, count]) => count > 0);
      expect(chosen).toHaveLength(1);
      expect(chosen[0][0], 'counted by the English').not.toMatch(/\p{Script=Cyrillic}/u);
      expect(chosen[0][1]).toBe(2);
    }
  });

  it('the in-page reset (the bench) comes back to the default language', async () => {
    const { root, kiosk } = await setup({ languages: ['en', 'ru'] });
    Object.assign(kiosk.config, { inPageReset: true });
    root.querySelector<HTMLButtonElement>('#kiosk-language-ru')!.click();
    await vi.waitFor(() => expect(language().code).toBe('ru'), WAIT);
    root.querySelector<HTMLElement>('#kiosk-begin')!.click();
    expect(root.dataset.screen).toBe('play');
    kiosk.end('left');
    await vi.waitFor(() => expect(root.querySelector<HTMLElement>('.kiosk-attract')?.dataset.language).toBe('en'), WAIT);
    expect(language().code).toBe('en');
    expect(root.querySelector('#kiosk-begin')!.textContent).toBe(kioskEn.touchToBegin);
  });
});
