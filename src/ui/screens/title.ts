// The title screen: the game's name, a content note, and the ways in. Continue says whose game
// and where it stands; after a first ending, chapters and endings reached.
import type { ParsedSave } from '../../engine/index.ts';
import { viewpointById } from '../../viewpoints/registry.ts';
import { button, el } from '../dom.ts';
import { notify } from '../dialogs.ts';
import { dayTitle } from '../readBack.ts';
import { format, strings } from '../strings.ts';
import { languageMenu } from '../languageMenu.ts';
import { viewpointText } from './viewpoint.ts';

export interface TitleActions {
  /** Present when there is a save to continue. */
  continueGame: (() => void) | null;
  /** Whose game Continue opens and where: "Halyna Savchuk · Day 12 · Thursday 27 May 1954". */
  continueDetail?: string | null;
  /** Chapters and endings reached, present after a first ending. */
  chapters?: (() => void) | null;
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
        actions.continueGame ? button(s.continueGame, actions.continueGame, {
          className: 'primary', id: 'continue-game', attrs: { 'aria-describedby': actions.continueDetail ? 'continue-detail' : undefined },
        }) : null,
        actions.continueGame && actions.continueDetail ? el('p', { className: 'continue-detail', id: 'continue-detail', text: actions.continueDetail }) : null,
        button(s.newGame, () => actions.newGame(), { className: hasSave ? 'secondary' : 'primary', id: 'new-game' }),
        ...(actions.extra ?? []),
        actions.chapters ? button(s.chapters.open, actions.chapters, { className: 'secondary', id: 'open-chapters' }) : null,
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

/** What Continue opens, from the autosave: the viewpoint's name and the day on screen; null when unreadable. */
export function describeContinue(parsed: ParsedSave | null): string | null {
  if (!parsed?.ok) return null;
  const { save } = parsed;
  const viewpoint = viewpointById(save.viewpoint);
  if (!viewpoint) return null;
  const shown = save.transcript.lines[save.transcript.screen] ?? save.transcript.lines[0];
  const fromLine = shown?.variables?.[viewpoint.dayVariable];
  const day = typeof fromLine === 'number' ? fromLine : save.dayCheckpoint?.day ?? null;
  return format(strings().continueDetail, { viewpoint: viewpointText(viewpoint, 'name'), where: dayTitle(day) });
}
