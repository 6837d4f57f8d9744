// The interface catalogs: every key of English exists in every shipped catalog with the same
// ICU placeholders, every message parses, plurals follow CLDR, dates come from Intl, and the
// pseudo-locale lengthens and marks every string without breaking a message.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHIPPED_LANGUAGES, useLanguage } from '../../../src/i18n/catalog.ts';
import { en as englishCatalog } from '../../../src/i18n/en/index.ts';
import { uk as ukrainianCatalog } from '../../../src/i18n/uk/index.ts';
import { ru as russianCatalog } from '../../../src/i18n/ru/index.ts';
import { storyDate } from '../../../src/i18n/dates.ts';
import { format } from '../../../src/i18n/format.ts';
import { needsParsing, parsedMessage } from '../../../src/i18n/parsed.ts';
import { pseudoMessage, pseudoValue } from '../../../src/i18n/pseudo.ts';
import { cs } from '../../../src/modes/classroom/strings.ts';
import { strings } from '../../../src/ui/strings.ts';

/** Every string of a catalog by its dotted path ("ui.history.chronicle", "kiosk.steps.0.date"). */
function messages(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) for (const [p, m] of messages(inner, path ? `${path}.${key}` : key)) found.set(p, m);
  }
  return found;
}

/** The names of a message's arguments and their kinds, sorted ("count:plural", "name:argument"). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) names.add(`${element.value}:argument`);
      if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) names.add(`${element.value}:${TYPE[element.type]}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        names.add(`${element.value}:${TYPE[element.type]}`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...names].sort();
}

const english = messages(englishCatalog);

afterEach(() => useLanguage('en'));

describe('interface catalogs', () => {
  it('English has the interface, kiosk, classroom and map strings, and every message parses', () => {
    expect(english.size).toBeGreaterThan(400);
    for (const section of ['ui', 'kiosk', 'classroom', 'map']) expect([...english.keys()].some((key) => key.startsWith(`${section}.`)), section).toBe(true);
    for (const [key, message] of english) expect(() => placeholders(message), key).not.toThrow();
  });

  /** A shipped language's catalog as the game sees it: every namespace in that language. */
  const catalogs: Record<string, unknown> = { en: englishCatalog, uk: ukrainianCatalog, ru: russianCatalog };
  const shipped = Object.fromEntries(SHIPPED_LANGUAGES.map((code) => [code, catalogs[code] ?? null]));
  for (const [code, catalog] of Object.entries({ ...shipped, pseudo: pseudoValue(englishCatalog) })) {
    it(`${code}: every key of English, with the same placeholders`, () => {
      const translated = messages(catalog);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, message] of english) expect(placeholders(translated.get(key)!), key).toEqual(placeholders(message));
    });
  }

  it('plurals follow the language (one vote, five votes)', () => {
    const vote = englishCatalog.classroom.voteCount;
    expect(format(vote, { count: 1 })).toBe('1 vote');
    expect(format(vote, { count: 5 })).toBe('5 votes');
    expect(format(englishCatalog.kiosk.chose.visitors, { count: 1 })).toBe('1 visitor');
    expect(format(englishCatalog.ui.history.glossaryCount, { count: 3, total: 1 })).toBe('3 of 1 term');
  });

  it('a message with a missing value still shows, never throws', () => {
    expect(format(englishCatalog.ui.dayLabel, {})).toContain('Day');
  });

  it('every message ICU has to read comes parsed from the build, as the parser reads it (the browser has no parser)', () => {
    let parsedCount = 0;
    for (const [key, message] of english) {
      if (!needsParsing(message)) continue;
      parsedCount += 1;
      expect(parsedMessage(message), key).toEqual(parse(message, { ignoreTag: true }));
    }
    expect(parsedCount).toBeGreaterThan(50);
  });

  it('a message in no catalog is shown as written, with a warning, never parsed at run time', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(format('Hello {name} from no catalog', { name: 'x' })).toBe('Hello {name} from no catalog');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('the pseudo-locale formats every message as the parser would read its pseudo text', () => {
    useLanguage('pseudo', pseudoValue);
    for (const [key, message] of english) {
      if (!needsParsing(message)) continue;
      const values = Object.fromEntries(placeholders(message).map((entry) => {
        const [name, kind] = entry.split(':');
        return [name, kind === 'plural' || kind === 'number' ? 2 : kind === 'select' ? 'other' : `<${name}>`];
      }));
      const pseudo = pseudoMessage(message);
      const expected = String(new IntlMessageFormat(parse(pseudo, { ignoreTag: true }), 'en-GB').format(values));
      expect(format(pseudo, values), key).toBe(expected);
    }
  });

  it('dates come from Intl.DateTimeFormat; weekday and month names follow the language', () => {
    expect(storyDate(3)).toBe('Tuesday, 18 May 1954');
    expect(storyDate(42, 'date')).toBe('26 June 1954');
    expect(storyDate(0)).toBeNull();
    expect(strings().weekdays[0]).toBe('Sunday');
    expect(strings().months[5]).toBe('June');
  });

  it('the pseudo-locale lengthens every string by 40%, marks it, and keeps plurals working', () => {
    const message = pseudoMessage('New game');
    expect(message).toMatch(/^⟦Ñéŵ ĝáɱé ·+⟧$/);
    expect(message.length).toBeGreaterThanOrEqual(Math.floor('New game'.length * 1.4));
    useLanguage('pseudo', pseudoValue);
    expect(strings().newGame).toBe(message);
    const pseudoVote = format(cs().voteCount, { count: 2 });
    expect(pseudoVote).toMatch(/^⟦2 ṽóţéš/);
  });
});
