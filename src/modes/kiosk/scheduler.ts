// Time for the kiosk, injected: the browser's timers in the page, a hand-driven clock in tests,
// so an idle threshold of 90 s or a PIN lockout of 15 min is tested in microseconds.
import type { Clock } from '../../engine/index.ts';

export type TimerId = number;

export interface Scheduler extends Clock {
  setTimeout(callback: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
}

export const browserScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};
