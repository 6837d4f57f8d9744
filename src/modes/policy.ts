// What a mode changes about the game: a policy on the play session plus the named slots of the
// story view and the play screen. A mode fills slots; it never reaches into another module's
// markup. Home mode (src/modes/home.ts) is the default.
import type { Beat, Valuation } from '../engine/index.ts';
import type { SessionLine } from '../session/index.ts';
import type { GameApp } from '../ui/app.ts';

/** A button a mode puts in a slot (end panel, header). */
export interface SlotAction { label: string; run: () => void; id?: string; className?: string; describedBy?: string }

/** What a mode puts in the end panel: its heading (instead of "The end"), content before and after the actions, and the actions. */
export interface EndPanelSlot {
  heading?: { title: string; body?: string };
  before?: HTMLElement | null;
  actions: SlotAction[];
  after?: HTMLElement | null;
}

export interface ModePolicy {
  name: 'home' | 'kiosk' | 'classroom';
  /** Autosave, Continue, export and import. */
  saves: boolean;
  /** Story variables set before the first line (besides viewpoint and gentle, which follow the registry and settings). */
  presets: Valuation;
  /** The variable the header reads for the date; default the viewpoint's (the kiosk cut keeps its own). */
  dayVariable?: string;
  /** Every chronicle entry is open from the start (classroom), not only after an ending. */
  historyAllOpen?: boolean;
  /** Undo: "Undo last choice" (home), the teacher's "Back" (classroom), or none (kiosk). */
  undo?: 'undo' | 'back';
  /** Slot: the end panel's actions. Receives the default ones (your path, endnotes, to the title) and returns the list to show, plus anything to append. */
  endPanel?(actions: SlotAction[], beat: Beat, app: GameApp): EndPanelSlot;
  /** A chance to intercept a choice (classroom votes). True when handled. */
  beforeChoose?(index: number, beat: Beat, app: GameApp): boolean;
  /** Called on each screen shown (discussion pauses, idle timers). */
  screenShown?(lines: SessionLine[], app: GameApp): void;
  /** Instead of the title screen (the kiosk asks, then returns to its attract loop). True when handled. */
  toTitle?(app: GameApp): boolean;
  /** Story view slot: drawn after a screen's text (a classroom pause point). */
  pausePoint?(lines: SessionLine[], app: GameApp): HTMLElement | null;
  /** Story view slot: drawn with the choices (a vote bar before them, rehearsal previews after). */
  decorateChoices?(beat: Beat, app: GameApp): { before?: HTMLElement | null; after?: HTMLElement | null };
  /** Continue was asked for; true holds it (a pause point opens first). */
  beforeContinue?(app: GameApp): boolean;
  /** A chance to cut a beat before it is shown (a classroom segment stops at its last day). */
  adjustBeat?(beat: Beat, app: GameApp): Beat;
}
