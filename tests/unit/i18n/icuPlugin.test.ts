// The build step that parses the catalogs' ICU messages (tools/vite/icu-plugin.ts): which strings
// it lists, that they parse as intl-messageformat would, and that a broken message stops the build.
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { parsedTable, stringLiterals } from '../../../tools/vite/icu-plugin.ts';

const catalog = `
export const ui = {
  plain: 'New game',
  day: 'Day {day}',
  votes: \`{count, plural, one {# vote} other {# votes}}\`,
  quoted: "Halyna's",
  kinds: { a: 'Day {day}' } as Record<string, string>,
};`;

describe('icu plugin', () => {
  it('finds every string literal of a catalog module, template literals too', () => {
    expect(stringLiterals('ui.ts', catalog)).toEqual(['New game', 'Day {day}', '{count, plural, one {# vote} other {# votes}}', "Halyna's", 'Day {day}']);
  });

  it('lists each message ICU has to read once, parsed as intl-messageformat parses it; plain text is left out', () => {
    const table = parsedTable('ui.ts', catalog);
    expect(table.map(([message]) => message)).toEqual(['Day {day}', '{count, plural, one {# vote} other {# votes}}', "Halyna's"]);
    for (const [message, parsed] of table) expect(parsed).toEqual(parse(message, { ignoreTag: true }));
  });

  it('a message that is not valid ICU stops the build, naming the file and the message', () => {
    expect(() => parsedTable('src/i18n/en/ui.ts', "export const ui = { broken: 'Day {day' };")).toThrow(/src\/i18n\/en\/ui\.ts.*Day \{day/);
  });
});
