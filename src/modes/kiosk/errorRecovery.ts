// Self-healing: an error caught anywhere in the page is counted, a short notice shows, and after
// a few seconds the kiosk starts afresh. Repeated errors right after a reload wait a minute, so a
// broken build cannot reload in a tight loop.
import type { KioskConfig } from './config.ts';
import type { KioskCounters } from './counters.ts';
import type { CaughtError } from './errors.ts';
import { showRestartNotice } from './overlays.ts';
import type { Scheduler, TimerId } from './scheduler.ts';

const ERROR_STORM = { count: 5, withinMs: 120_000, delayMs: 60_000 };

export interface RecoveryHost {
  config: KioskConfig;
  counters: KioskCounters;
  scheduler: Scheduler;
  /** The kiosk is already on its way back to the attract loop. */
  ending(): boolean;
  /** Starts afresh after an error (even if a return had begun and was stopped by it). */
  restart(): void;
}

export class ErrorRecovery {
  private timer: TimerId | null = null;

  constructor(private readonly host: RecoveryHost) {}

  caught(error: CaughtError): void {
    const { counters, scheduler } = this.host;
    console.warn('Kiosk caught an error; returning to the attract loop.', error.message);
    counters.error(error.kind, error.message, error.where);
    if (this.timer !== null || this.host.ending()) return;
    const now = scheduler.now();
    const recent = counters.errorLog().filter((entry) => now - Date.parse(entry.at) < ERROR_STORM.withinMs).length;
    const delay = recent >= ERROR_STORM.count ? ERROR_STORM.delayMs : this.host.config.errors.returnSeconds * 1000;
    try { showRestartNotice(); } catch { /* the page may be too broken to show it */ }
    this.timer = scheduler.setTimeout(() => {
      this.timer = null;
      document.querySelector('dialog.kiosk-restart')?.remove();
      this.host.restart();
    }, delay);
  }

  /** Cancels a pending restart (tests stop the kiosk). */
  stop(): void {
    if (this.timer !== null) this.host.scheduler.clearTimeout(this.timer);
  }
}
