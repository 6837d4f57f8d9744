// The idle reset of a visit: the idle watch (idle.ts) fed by any input in the page, and its
// "Are you still there?" overlay (overlays.ts); when the countdown runs out, `expire` ends the visit.
import { menuDialogOpen } from '../../ui/dialogs.ts';
import type { KioskConfig } from './config.ts';
import { IdleTimer, type IdleContext, type IdleState } from './idle.ts';
import { IdleOverlay } from './overlays.ts';
import type { Scheduler } from './scheduler.ts';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchmove', 'scroll'] as const;
// The kiosk's own overlays; the game's menus say so themselves (menuDialogOpen), so no other module's classes are read here.
const KIOSK_MENUS = 'dialog[open].kiosk-pin, dialog[open].kiosk-staff, dialog[open].kiosk-leave-dialog';

/** How long the kiosk waits: a menu or a kiosk overlay is open, nobody is playing (attract loop), or reading. */
function idleContext(onAttract: () => boolean): IdleContext {
  if (menuDialogOpen() || document.querySelector(KIOSK_MENUS)) return 'menu';
  if (onAttract()) return 'off';
  return 'reading';
}

export class IdleReset {
  private readonly timer: IdleTimer;
  private readonly overlay = new IdleOverlay();
  private lastActivity = 0;

  constructor(private readonly scheduler: Scheduler, idle: KioskConfig['idle'], onAttract: () => boolean, expire: () => void) {
    this.timer = new IdleTimer(scheduler, { readingMs: idle.readingSeconds * 1000, menuMs: idle.menuSeconds * 1000, warningMs: idle.warningSeconds * 1000 }, () => idleContext(onAttract), {
      warn: (seconds) => this.overlay.open(seconds, () => this.stillHere()),
      tick: (seconds) => this.overlay.update(seconds),
      expire,
    });
  }

  get state(): IdleState { return this.timer.state; }
  start(): void { this.timer.start(); }
  stop(): void { this.timer.stop(); }
  /** The idle context may have changed (a screen shown, a dialog opened or closed). */
  refresh(): void { this.timer.refresh(); }
  closeWarning(): void { this.overlay.close(); }

  /** Watches the page's input (at most every 200 ms counts); returns the function that stops. */
  watch(): () => void {
    const activity = () => {
      const now = this.scheduler.now();
      if (now - this.lastActivity < 200) return;
      this.lastActivity = now;
      this.timer.activity();
    };
    for (const type of ACTIVITY) document.addEventListener(type, activity, { capture: true, passive: true });
    // Opening or closing a dialog changes the idle context (reading or menu).
    const refresh = () => this.scheduler.setTimeout(() => this.timer.refresh(), 0);
    document.addEventListener('click', refresh, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, activity, { capture: true });
      document.removeEventListener('click', refresh, { capture: true });
    };
  }

  private stillHere(): void {
    this.overlay.close();
    this.timer.continue();
  }
}
