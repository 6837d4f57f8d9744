// The idle watch: after a stretch with no input (longer on reading screens, shorter on menus) it
// asks "Are you still there?" with a countdown; Continue starts the watch again, and at zero the
// visit ends. Reading is never timed otherwise. Pure: time comes from an injected Scheduler.
import type { Scheduler, TimerId } from './scheduler.ts';

/** What the visitor is looking at: story text and endnotes are reading, menus are quicker. */
export type IdleContext = 'reading' | 'menu' | 'off';
export type IdleState = 'stopped' | 'watching' | 'warning' | 'expired';

export interface IdleThresholds { readingMs: number; menuMs: number; warningMs: number }

export interface IdleEvents {
  /** The warning opens, with the whole seconds left. */
  warn(secondsLeft: number): void;
  /** Once a second while the warning is open. */
  tick(secondsLeft: number): void;
  /** The countdown reached zero: end the visit. */
  expire(): void;
}

export class IdleTimer {
  private timer: TimerId | null = null;
  private current: IdleState = 'stopped';
  private deadline = 0;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly thresholds: IdleThresholds,
    private readonly context: () => IdleContext,
    private readonly events: IdleEvents,
  ) {}

  get state(): IdleState { return this.current; }

  /** Starts (or restarts) watching from now. */
  start(): void {
    this.current = 'watching';
    this.schedule();
  }

  stop(): void {
    this.clear();
    this.current = 'stopped';
  }

  /**
   * Any input from the visitor. While the warning is open only Continue counts, so a stray touch
   * on the overlay's edge neither dismisses it nor resets the countdown.
   */
  activity(): void {
    if (this.current === 'watching') this.schedule();
  }

  /** The visitor pressed Continue. */
  continue(): void {
    if (this.current !== 'warning') return;
    this.current = 'watching';
    this.schedule();
  }

  /** The context may have changed (a menu opened or closed) without input: re-arm. */
  refresh(): void {
    if (this.current === 'watching') this.schedule();
  }

  private thresholdFor(context: IdleContext): number | null {
    if (context === 'off') return null;
    return context === 'menu' ? this.thresholds.menuMs : this.thresholds.readingMs;
  }

  private clear(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.clear();
    const threshold = this.thresholdFor(this.context());
    if (threshold === null) return;
    this.timer = this.scheduler.setTimeout(() => this.openWarning(), threshold);
  }

  private openWarning(): void {
    this.timer = null;
    if (this.current !== 'watching') return;
    // The context may have changed since the timer was set (a menu closed by itself).
    const context = this.context();
    if (context === 'off') return;
    this.current = 'warning';
    this.deadline = this.scheduler.now() + this.thresholds.warningMs;
    this.events.warn(this.secondsLeft());
    this.scheduleTick();
  }

  private secondsLeft(): number {
    return Math.max(0, Math.ceil((this.deadline - this.scheduler.now()) / 1000));
  }

  private scheduleTick(): void {
    const remaining = this.deadline - this.scheduler.now();
    if (remaining <= 0) { this.finish(); return; }
    // Tick on whole seconds of the countdown, so the number never skips or stalls.
    const untilNextSecond = remaining % 1000 || 1000;
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = null;
      if (this.current !== 'warning') return;
      if (this.deadline - this.scheduler.now() <= 0) { this.finish(); return; }
      this.events.tick(this.secondsLeft());
      this.scheduleTick();
    }, untilNextSecond);
  }

  private finish(): void {
    this.clear();
    this.current = 'expired';
    this.events.expire();
  }
}
