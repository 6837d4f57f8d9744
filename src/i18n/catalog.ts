// The active language and the catalogs' namespaces. Each part of the game owns a namespace
// (`ui` for the interface, `kiosk`, `classroom`, `map`), written in English in src/i18n/en/ and
// loaded with the code that shows it: the kiosk's strings come with the kiosk's chunk, the map's
// with the map's, so the first screen carries only the interface's. Another language adds a
// catalog per namespace (addTranslations); a key it lacks falls back to English.
// In development the pseudo language (`?lang=pseudo`) shows every string 40% longer and marked,
// so a string left in code or a label that overflows shows on screen.

/** BCP 47 code for `<html lang>`, Intl and plural rules; `pseudo` is English underneath. */
export type LanguageCode = 'en' | 'uk' | 'ru' | 'pseudo';

export interface Language { code: LanguageCode; htmlLang: string; intlLocale: string; name: string }

export const LANGUAGES: Record<LanguageCode, Language> = {
  en: { code: 'en', htmlLang: 'en', intlLocale: 'en-GB', name: 'English' },
  uk: { code: 'uk', htmlLang: 'uk', intlLocale: 'uk-UA', name: 'Українська' },
  ru: { code: 'ru', htmlLang: 'ru', intlLocale: 'ru-RU', name: 'Русский' },
  pseudo: { code: 'pseudo', htmlLang: 'en-XA', intlLocale: 'en-GB', name: 'Pseudo (development)' },
};

/** The languages a production build ships (the catalog test checks each against English). */
export const SHIPPED_LANGUAGES: readonly LanguageCode[] = ['en', 'uk', 'ru'];

/** Languages with a translation of the story and the history (story/l10n/<code>/*.po); src/i18n/languages.ts loads them. */
export const TRANSLATED_LANGUAGES: readonly LanguageCode[] = ['uk', 'ru'];

type Transform = <T>(english: T) => T;

let activeLanguage: Language = LANGUAGES.en;
let transform: Transform | null = null;
let generation = 0;
const translations = new Map<string, unknown>();
const listeners = new Set<(language: Language) => void>();

export function language(): Language { return activeLanguage; }

/**
 * Switches the interface to `code`. `derive` builds every namespace from its English (the
 * pseudo-locale does this); otherwise a namespace uses the language's added translations.
 */
export function useLanguage(code: LanguageCode, derive: Transform | null = null): void {
  activeLanguage = LANGUAGES[code];
  transform = derive;
  generation += 1;
  for (const listener of listeners) listener(activeLanguage);
}

/** A translated namespace for `code` (a later issue loads these per language, lazily). */
export function addTranslations(code: LanguageCode, name: string, messages: unknown): void {
  translations.set(`${code}/${name}`, messages);
  generation += 1;
}

/** Called after every language change (the document's lang attribute, message caches). */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The accessor for one namespace: its messages in the active language. */
export function namespace<T>(name: string, english: T): () => T {
  let cached: { generation: number; value: T } | null = null;
  return () => {
    if (cached?.generation !== generation) {
      const translated = translations.get(`${activeLanguage.code}/${name}`) as T | undefined;
      cached = { generation, value: translated ?? (transform ? transform(english) : english) };
    }
    return cached.value;
  };
}
