// The language menu (title screen and settings): English, Ukrainian, Russian, each named in its
// own language. Its label is the same three words in every language, so a visitor who cannot
// read the current one still finds it. Choosing calls the handler the app registered
// (GameApp.changeLanguage), which re-renders the current screen in place.
import { language, LANGUAGES, TRANSLATED_LANGUAGES, type LanguageCode } from '../i18n/catalog.ts';
import { el } from './dom.ts';

/** Not from a catalog on purpose: the way back from a language you cannot read. */
export const LANGUAGE_MENU_LABEL = 'Language · Мова · Язык';

type Handler = (code: LanguageCode) => void | Promise<void>;
let handler: Handler | null = null;

/** The app's way to change language; without one (a mode that does not offer it) no menu shows. */
export function setLanguageHandler(next: Handler | null): void { handler = next; }

export function canChangeLanguage(): boolean { return handler !== null; }

/** A labelled select of the languages; `onChosen` runs after the handler (a dialog closing itself). */
export function languageMenu(id: string, onChosen?: () => void): HTMLElement | null {
  if (!handler) return null;
  const current = language().code === 'pseudo' ? 'en' : language().code;
  const codes: LanguageCode[] = ['en', ...TRANSLATED_LANGUAGES];
  const select = el('select', { id, attrs: { name: 'language' } }, codes.map((code) => {
    const option = el('option', { attrs: { value: code, lang: LANGUAGES[code].htmlLang, selected: code === current }, text: LANGUAGES[code].name });
    return option;
  }));
  select.addEventListener('change', () => {
    const chosen = select.value as LanguageCode;
    void Promise.resolve(handler?.(chosen)).then(() => onChosen?.());
  });
  return el('div', { className: 'language-menu' }, [el('label', { attrs: { for: id }, text: LANGUAGE_MENU_LABEL }), select]);
}
