// What the history views need from the game, and how they reach one another. GameApp builds
// one HistoryLayer (index.ts); the lead's views (historyViews.ts) import only these types.
import type { Content } from '../../content/registry.ts';

/** Ways into the history views, for buttons in the notes drawer, the About page and menus. */
export interface HistoryLinks {
  chronicle(): void;
  /** The disputed facts, scrolled to one card when `focus` names a dispute. */
  disputes(focus?: string): void;
  glossary(): void;
  /** The journal's document cards, opened at one card when `focus` names it. */
  documents?(focus?: string): void;
  /** The journal's documents section (links to the cards read), for the notes drawer. */
  documentsSection?(): HTMLElement;
}

export interface HistoryContext extends HistoryLinks {
  readonly content: Content;
  /** Endnote ids the player has reached (the journal). */
  unlocked(): readonly string[];
  /** Classroom mode, or an ending reached: every chronicle entry and endnote is open. */
  allOpen(): boolean;
  /** Opens the notes drawer at one endnote. */
  openNote(id: string): void;
  /** Document card ids the player has read (`# document:`), in story order. */
  documentsUnlocked?(): readonly string[];
  /** The days this path has reached (story days, 0 = prologue) and the day on screen; none outside play. */
  pathDays?(): { days: readonly number[]; current: number | null };
}
