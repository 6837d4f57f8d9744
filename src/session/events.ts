// The session's typed events and a tiny emitter. Screens, the map and the modes subscribe;
// nothing in the session knows who listens.
import type { Beat, RestoreMethod, SaveEnvelope, StoryRuntimeError } from '../engine/index.ts';
import type { SessionLine } from './screens.ts';

/** Why a beat is being shown. */
export type BeatCause = 'start' | 'choice' | 'restore' | 'undo' | 'checkpoint';

export interface SessionEvents {
  /** A beat to show: its lines (split into screens by `# clear`), the screen to open at, and the choice that led here. */
  beat: { beat: Beat; lines: SessionLine[]; screen: number; echo: string | null; cause: BeatCause; method?: RestoreMethod };
  /** One screen of the beat is on screen now (reported by the view through `screenShown`). */
  screen: { screen: number; lines: SessionLine[] };
  /** The calendar day on screen changed. */
  day: { day: number; previous: number | null };
  /** A line carrying `# note:` was shown. */
  note: { id: string };
  /** A line carrying `# document:` was shown. */
  document: { id: string };
  /** The story reached an ending (`# ending:`). */
  ending: { id: string };
  /** The autosave was written. */
  saved: { save: SaveEnvelope };
  /** The ink failed; the session offers `retryDay()` when it has a checkpoint. */
  error: { error: StoryRuntimeError; canRetryDay: boolean };
  /** How many steps undo can go back changed. */
  undo: { available: number };
}

export type SessionListener<K extends keyof SessionEvents> = (payload: SessionEvents[K]) => void;

export class Emitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<(payload: never) => void>>();

  /** Subscribes; returns the unsubscribe function. */
  on<K extends keyof Events>(name: K, listener: (payload: Events[K]) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) { set = new Set(); this.listeners.set(name, set); }
    set.add(listener as (payload: never) => void);
    return () => { set.delete(listener as (payload: never) => void); };
  }

  emit<K extends keyof Events>(name: K, payload: Events[K]): void {
    for (const listener of [...(this.listeners.get(name) ?? [])]) (listener as (payload: Events[K]) => void)(payload);
  }

  clear(): void { this.listeners.clear(); }
}
