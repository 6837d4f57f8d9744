// The presenter remote and the keyboard during a lesson: Page Down / → goes on (opening a waiting
// pause point or the vote first), Page Up / ← goes back a screen, V opens the vote. Cards take the
// keys while open; form fields and other modifiers are left alone.
import type { StoryView } from '../../ui/storyView.ts';
import { dialogOpen } from '../../ui/dialogs.ts';
import { openCard, presenterKey } from './cards.ts';

export interface PresenterTarget {
  view(): StoryView | null;
  /** The play screen is shown. */
  playing(): boolean;
  /** A pause point waits to be opened. */
  pauseWaiting(): boolean;
  openPause(): void;
  /** Next opens the vote (not when the teacher decides alone, nor in a rehearsal). */
  votesOnNext(): boolean;
  openVote(): void;
  showDebrief(): void;
}

/** The window's keydown handler (capture phase) for a lesson. */
export function presenterKeyHandler(target: PresenterTarget): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const element = event.target as HTMLElement | null;
    if (element?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const next = event.key === 'PageDown' || event.key === 'ArrowRight';
    const back = event.key === 'PageUp' || event.key === 'ArrowLeft';
    if (openCard()) {
      if ((next || back) && presenterKey(next ? 'next' : 'back')) event.preventDefault();
      return;
    }
    const view = target.view();
    if (dialogOpen() || !target.playing() || !view) return;
    const showing = view.showing;
    if (next) {
      event.preventDefault();
      if (target.pauseWaiting()) { target.openPause(); return; }
      if (showing === 'more') { view.nextScreen(); return; }
      if (showing === 'choices') {
        if (target.votesOnNext()) target.openVote();
        return;
      }
      // The end panel's first action is always the debrief.
      if (showing === 'end') target.showDebrief();
      return;
    }
    if (back) {
      event.preventDefault();
      // Back one screen within the passage shown.
      view.previousScreen();
      return;
    }
    if ((event.key === 'v' || event.key === 'V') && showing === 'choices') {
      event.preventDefault();
      target.openVote();
      return;
    }
    // Enter or Space would go on past a pause point: open it first.
    if ((event.key === 'Enter' || event.key === ' ') && target.pauseWaiting() && !(element instanceof HTMLButtonElement)) {
      event.preventDefault();
      target.openPause();
    }
  };
}
