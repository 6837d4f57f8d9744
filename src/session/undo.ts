// Undo: exact snapshots (ink state and what was on screen) taken before each choice, kept for
// the current and the previous day only and bounded in number. Restoring one runs no ink.
import type { Beat, RunnerSnapshot } from '../engine/index.ts';
import type { SessionLine } from './screens.ts';

export interface UndoSnapshot {
  runner: RunnerSnapshot;
  /** The beat as the session showed it (a mode may have cut it). */
  beat: Beat;
  lines: SessionLine[];
  screen: number;
  echo: string | null;
  transcriptLength: number;
  day: number;
}

export class UndoHistory {
  private readonly snapshots: UndoSnapshot[] = [];

  constructor(private readonly limit: number) {}

  get size(): number { return this.snapshots.length; }

  /** Adds a snapshot and forgets those older than the previous day, and the oldest beyond the limit. */
  push(snapshot: UndoSnapshot, today: number): void {
    this.snapshots.push(snapshot);
    while (this.snapshots.length && this.snapshots[0].day < today - 1) this.snapshots.shift();
    while (this.snapshots.length > this.limit) this.snapshots.shift();
  }

  /** Removes and returns the snapshot `steps` back (1 = before the last choice); null when there are not that many. */
  takeBack(steps: number): UndoSnapshot | null {
    if (!Number.isInteger(steps) || steps < 1 || steps > this.snapshots.length) return null;
    const [snapshot] = this.snapshots.splice(this.snapshots.length - steps);
    return snapshot;
  }

  clear(): void { this.snapshots.length = 0; }
}
