// The bibliography in Ukrainian and Russian (issue 17): a source's author, title and publication
// line come from story/l10n/<lang>/history.po (source:<id>:author|title|published), English words
// in them are translated, and a published title's own words stay as published.
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../src/content/bundled.ts';
import { localizeContent } from '../../../src/i18n/story/history.ts';
import { readTable } from '../../../tools/i18n/table.ts';

const english = bundledContent();

describe('the bibliography in uk and ru', () => {
  const uk = localizeContent(english, readTable(process.cwd(), 'uk').history);
  const ru = localizeContent(english, readTable(process.cwd(), 'ru').history);

  it('shows the Ukrainian author and publication line from the table', () => {
    const table = readTable(process.cwd(), 'uk').history;
    const source = uk.sources.get('wikipedia_en_old')!;
    expect(source.author).toBe(table['source:wikipedia_en_old:author']);
    expect(source.author).toBe('Вікіпедія (англійська)');
    expect(source.published).toBe('en.wikipedia.org і дзеркала');
    expect(uk.sources.get('formozov_kites')!.published).toBe('Книжка про Кенгір; рік видання не перевірено');
  });

  it('keeps a published title\u2019s words and translates its gloss', () => {
    expect(uk.sources.get('formozov_kites')!.title).toBe('Vozdushnye zmei nad zonoy (Повітряні змії над зоною)');
    expect(ru.sources.get('formozov_kites')!.title).toBe('Vozdushnye zmei nad zonoy (Воздушные змеи над зоной)');
    expect(ru.sources.get('rayfield')!.title).toBe('Stalin and His Hangmen');
  });

  it('leaves none of the English descriptive words the bibliography had', () => {
    const english_words = /\b(Wikipedia|mirrors?|older versions|snapshot|the village|read through|machine-translated|publication year|not verified|reprinted|archived copy|various websites|author not named|chapters?|ch\.|vol\.|part|no\.|pp\.|eds\.|Book on|book;|pages read|one page read|and others|with Ukrainian)\b/;
    for (const content of [uk, ru]) {
      for (const [id, source] of content.sources) {
        // A published title's own words (Latin script) may contain anything; its glosses and the rest may not.
        const shown = [source.author ?? '', source.published ?? '', (source.title ?? '').replace(/^[^(]*/, '')].join(' | ');
        const glosses = shown.replace(/Kengir uprising|Global Nonviolent Action Database|Infogalactic/g, '');
        expect(glosses, id).not.toMatch(english_words);
      }
    }
  });

  it('falls back to English field by field without a table', () => {
    expect(localizeContent(english, {}).sources.get('wikipedia_en')!.author).toBe('Wikipedia (English)');
    const partial = localizeContent(english, { 'source:wikipedia_en:author': 'Вікіпедія' });
    expect(partial.sources.get('wikipedia_en')!.author).toBe('Вікіпедія');
    expect(partial.sources.get('wikipedia_en')!.published).toBe('en.wikipedia.org');
  });
});
