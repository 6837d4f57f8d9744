// Chooses the interface language at start and keeps `<html lang>` in step with it.
import { language, onLanguageChange, useLanguage } from './catalog.ts';
import { isTranslated, switchLanguage } from './languages.ts';

/**
 * Starts the interface in the language asked for by `?lang=` when this build has it, else in
 * English. The pseudo-locale exists only in development builds (its module is not in a
 * production bundle). Returns the unknown value, if any, for a console warning. `lines: 'later'`
 * returns before the story lines are in (src/i18n/languages.ts: the caller waits per path).
 */
export async function startLanguage(requested: string | null, root: HTMLElement = document.documentElement, lines: 'wait' | 'later' = 'wait'): Promise<string | null> {
  onLanguageChange((active) => { root.lang = active.htmlLang; });
  let unknown: string | null = null;
  if (requested === 'pseudo' && import.meta.env.DEV) {
    const { pseudoValue } = await import('./pseudo.ts');
    useLanguage('pseudo', pseudoValue);
  } else if (requested && isTranslated(requested)) {
    try {
      await switchLanguage(requested, { lines });
    } catch (error) {
      // The language's files could not be fetched: the game in English rather than no game.
      console.warn(error);
      useLanguage('en');
    }
  } else {
    if (requested && requested !== 'en') unknown = requested;
    useLanguage('en');
  }
  root.lang = language().htmlLang;
  return unknown;
}
