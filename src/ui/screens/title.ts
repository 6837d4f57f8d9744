// The title screen: the game's name, a content note, and the ways in.
import { button, el } from '../dom.ts';
import { notify } from '../dialogs.ts';
import { strings } from '../strings.ts';
import { languageMenu } from '../languageMenu.ts';

export interface TitleActions {
  /** Present when there is a save to continue. */
  continueGame: (() => void) | null;
  newGame(): void;
  settings(): void;
  about(): void;
  chronicle(): void;
  bibliography(): void;
  /** A mode's own ways in, after New game (home mode's Saves). */
  extra?: HTMLElement[];
}

export function titleScreen(actions: TitleActions, message?: string): HTMLElement {
  const s = strings();
  const hasSave = actions.continueGame !== null;
  const status = el('div', { className: 'status', attrs: { role: 'status' } });
  const main = el('main', { className: 'title-screen', id: 'main' }, [
    el('div', { className: 'title-card' }, [
      el('p', { className: 'title-kicker', text: s.titleKicker }),
      el('h1', { text: s.appTitle }),
      el('p', { className: 'title-subtitle', text: s.appSubtitle }),
      el('p', { className: 'content-note', attrs: { role: 'note' }, text: s.contentNote }),
      el('nav', { className: 'title-actions', attrs: { 'aria-label': s.appTitle } }, [
        actions.continueGame ? button(s.continueGame, actions.continueGame, { className: 'primary', id: 'continue-game' }) : null,
        button(s.newGame, () => actions.newGame(), { className: hasSave ? 'secondary' : 'primary', id: 'new-game' }),
        ...(actions.extra ?? []),
        button(s.settings, () => actions.settings(), { className: 'secondary', id: 'open-settings' }),
        button(s.aboutSources, () => actions.about(), { className: 'secondary', id: 'open-about' }),
        button(s.history.chronicle, () => actions.chronicle(), { className: 'secondary', id: 'open-chronicle' }),
        button(s.bibliography, () => actions.bibliography(), { className: 'tertiary', id: 'open-bibliography' }),
      ]),
      status,
      languageMenu('title-language'),
    ]),
  ]);
  if (message) notify(status, message, 'problem');
  main.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
  return main;
}

/** Focus after the screen is in the document. */
export function focusTitle(main: HTMLElement): void {
  main.querySelector<HTMLElement>('.title-actions button')?.focus({ preventScroll: true });
}
