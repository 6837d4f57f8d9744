// Switching language (issue 17, item 3): Ukrainian and Russian load lazily (their interface
// catalogs and their story strings), set the document's language and plural rules, and switch
// back to English; the interface catalogs are parsed at build time like English.
import { afterEach, describe, expect, it } from 'vitest';
import { language, useLanguage } from '../../../src/i18n/catalog.ts';
import { startLanguage } from '../../../src/i18n/document.ts';
import { format } from '../../../src/i18n/format.ts';
import { switchLanguage } from '../../../src/i18n/languages.ts';
import { storyTranslation, useStoryTranslation } from '../../../src/engine/storyLanguage.ts';
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
});
