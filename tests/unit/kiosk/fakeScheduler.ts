// A hand-driven clock and timer queue: tests move time forward instantly.
import type { Scheduler } from '../../../src/modes/kiosk/scheduler.ts';

export class FakeScheduler implements Scheduler {
  private time: number;
  private nextId = 1;
  private timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = Date.UTC(2026, 4, 16, 10, 0, 0)) { this.time = start; }

  now(): number { return this.time; }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(id: number): void { this.timers.delete(id); }

  get pending(): number { return this.timers.size; }

  /** Moves time forward, running every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | null = null;
      for (const entry of this.timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = end;
  }
}
