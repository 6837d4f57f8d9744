// Pause points: the `# discuss:` prompts of the screen shown wait for the class, as a "pause and
// discuss" button in the story view's slot, until each card has been opened once in the lesson.
import type { Content } from '../../content/registry.ts';
import { button, el } from '../../ui/dom.ts';
import { openDiscussCard } from './cards.ts';
import { cs } from './strings.ts';

export interface PauseHooks {
  /** The class revealed a prompt's "what happened" on its card. */
  revealed(promptId: string): void;
  /** A card was closed: focus goes back to the story's controls. */
  closed(): void;
}

export class PausePoints {
  /** Prompts whose card has been opened in this lesson, and those waiting on the screen shown. */
  private readonly opened = new Set<string>();
  private pending: string[] = [];
  /** The pause point put in the story view's slot (removed once every prompt was opened). */
  private element: HTMLElement | null = null;

  constructor(private readonly content: Content, private readonly hooks: PauseHooks) {}

  /** A prompt of the screen shown has not been opened yet. */
  get waiting(): boolean { return this.pending.length > 0; }

  /** A new lesson: every prompt may pause it again. */
  reset(): void {
    this.opened.clear();
    this.pending = [];
  }

  /** The lesson screen was left: nothing waits any more (what was opened is remembered). */
  clearWaiting(): void {
    this.pending = [];
  }

  /** The prompts of the screen now shown; those not opened yet wait. */
  shown(prompts: readonly string[]): void {
    this.pending = prompts.filter((id) => !this.opened.has(id));
  }

  /** The story view's pause-point slot: a "pause and discuss" button while prompts wait. */
  slot(): HTMLElement | null {
    this.element = this.pending.length
      ? el('p', { className: 'pause-point' }, [
        button(cs().pauseButton, () => this.openNext(), { className: 'primary pause-button', id: 'pause-discuss', attrs: { 'aria-keyshortcuts': 'PageDown' } }),
      ])
      : null;
    return this.element;
  }

  /** Opens the next waiting prompt's card. */
  openNext(): void {
    const id = this.pending[0];
    if (!id) return;
    this.opened.add(id);
    this.pending = this.pending.slice(1);
    if (!this.pending.length) { this.element?.remove(); this.element = null; }
    openDiscussCard(id, this.content, {
      onReveal: (promptId) => this.hooks.revealed(promptId),
      onClose: () => this.hooks.closed(),
    });
  }
}
