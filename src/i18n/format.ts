// ICU MessageFormat through FormatJS intl-messageformat: placeholders, and plurals and selects by
// the language's CLDR rules (Intl.PluralRules in the browser, no plural data shipped).
import { IntlMessageFormat } from 'intl-messageformat';
import { language, onLanguageChange } from './catalog.ts';

export type MessageValues = Record<string, string | number>;

const cache = new Map<string, IntlMessageFormat>();
onLanguageChange(() => cache.clear());

/** Formats an ICU message from a catalog (`{name}`, `{n, plural, one {# vote} other {# votes}}`). */
export function format(message: string, values: MessageValues = {}): string {
  let compiled = cache.get(message);
  if (!compiled) {
    try {
      compiled = new IntlMessageFormat(message, language().intlLocale, undefined, { ignoreTag: true });
    } catch (error) {
      console.warn('i18n: a message does not parse:', message, error);
      return message;
    }
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
