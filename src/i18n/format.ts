// ICU MessageFormat through FormatJS intl-messageformat: placeholders, and plurals and selects by
// the language's CLDR rules (Intl.PluralRules in the browser, no plural data shipped). Messages
// come parsed from the build (src/i18n/parsed.ts), so the parser never ships.
import { IntlMessageFormat } from 'intl-messageformat';
import { language, onLanguageChange } from './catalog.ts';
import { needsParsing, parsedMessage } from './parsed.ts';

export type MessageValues = Record<string, string | number>;

const cache = new Map<string, IntlMessageFormat>();
onLanguageChange(() => cache.clear());

/** Formats an ICU message from a catalog (`{name}`, `{n, plural, one {# vote} other {# votes}}`). */
export function format(message: string, values: MessageValues = {}): string {
  if (!needsParsing(message)) return message;
  let compiled = cache.get(message);
  if (!compiled) {
    const parsed = parsedMessage(message);
    if (!parsed) {
      // Only catalog modules (src/i18n/<language>/) are parsed at build time.
      console.warn('i18n: a message that is in no catalog cannot be formatted:', message);
      return message;
    }
    compiled = new IntlMessageFormat(parsed, language().intlLocale);
    cache.set(message, compiled);
  }
  try {
    return String(compiled.format(values));
  } catch (error) {
    // A missing value: show the message with the placeholder rather than stop the game.
    console.warn('i18n: a message could not be formatted:', message, error);
    return message;
  }
}
