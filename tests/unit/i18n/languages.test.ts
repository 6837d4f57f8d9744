// Switching language (issue 17, item 3): Ukrainian and Russian load lazily (their interface
// catalogs and their story strings), set the document's language and plural rules, and switch
// back to English; the interface catalogs are parsed at build time like English.
import { afterEach, describe, expect, it } from 'vitest';
import { language, useLanguage } from '../../../src/i18n/catalog.ts';
import { startLanguage } from '../../../src/i18n/document.ts';
import { format } from '../../../src/i18n/format.ts';
import { storyLinesPending, switchLanguage } from '../../../src/i18n/languages.ts';
import { lineGroups } from '../../../tools/i18n/table.ts';
import { storyTranslation, translatedLines, useStoryTranslation } from '../../../src/engine/storyLanguage.ts';
import { cs } from '../../../src/modes/classroom/strings.ts';
import { strings } from '../../../src/ui/strings.ts';

afterEach(() => { useLanguage('en'); useStoryTranslation(null); });

describe('switching language', () => {
  it('?lang=uk loads the Ukrainian interface and story strings and sets <html lang>', async () => {
    const root = { lang: '' } as HTMLElement;
    expect(await startLanguage('uk', root)).toBeNull();
    expect(root.lang).toBe('uk');
    expect(language().intlLocale).toBe('uk-UA');
    expect(strings().newGame).not.toBe('New game');
    expect(strings().newGame).toMatch(/\p{Script=Cyrillic}/u);
    expect(storyTranslation()?.language).toBe('uk');
  });

  it('plurals follow Ukrainian and Russian rules (one, few, many), parsed at build time', async () => {
    for (const code of ['uk', 'ru'] as const) {
      await switchLanguage(code);
      const vote = cs().voteCount;
      const [one, few, many] = [1, 3, 5].map((count) => format(vote, { count }));
      expect(new Set([one, few, many]).size, `${code}: ${one} / ${few} / ${many}`).toBe(3);
      expect(format(vote, { count: 21 }).replace('21', '1')).toBe(one);
    }
  });

  it('switches back to English: the interface in English, the story from the ink', async () => {
    await switchLanguage('ru');
    expect(language().htmlLang).toBe('ru');
    await switchLanguage('en');
    expect(language().code).toBe('en');
    expect(strings().newGame).toBe('New game');
    expect(storyTranslation()).toBeNull();
  });

  it('with the lines later, the path count is known at once and a path waits only for its own group', async () => {
    const translation = await switchLanguage('uk', { lines: 'later' });
    expect(Object.keys(translation!.history).length).toBeGreaterThan(100);
    expect(translatedLines('h.')).toBeGreaterThan(500);
    expect(translatedLines('j.')).toBeGreaterThan(500);
    const pending = storyLinesPending('h.', ['h.', 'j.']);
    if (pending) await pending;
    const ids = Object.keys(storyTranslation()!.lines);
    expect(ids.some((id) => id.startsWith('h.'))).toBe(true);
    expect(ids.some((id) => id.startsWith('ep.')), 'shared lines come with every path').toBe(true);
    // Every group has arrived once every path has been waited for.
    await storyLinesPending('j.', ['h.', 'j.']);
    expect(storyLinesPending('j.', ['h.', 'j.'])).toBeNull();
    expect(ids.length).toBeLessThanOrEqual(Object.keys(storyTranslation()!.lines).length);
  });

  it('splits the lines by the first part of their id', () => {
    const groups = lineGroups({ 'h.d01.a': 'a', 'j.d01.b': 'b', 'h.d02.c': ['c {x}', 'C {x}'], 'ep.e': 'e', plain: 'p' });
    expect(groups.map(({ group, lines }) => [group, Object.keys(lines)])).toEqual([
      ['', ['plain']], ['ep.', ['ep.e']], ['h.', ['h.d01.a', 'h.d02.c']], ['j.', ['j.d01.b']],
    ]);
  });
});
