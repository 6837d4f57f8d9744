// The way in for museum staff: the hidden corner gesture opens the PIN pad (rate-limited), a
// right PIN the staff screen. While it is open, no visit begins and no update is switched on.
import type { KeyValueStorage } from '../../engine/index.ts';
import { version } from '../../../package.json';
import { grantKioskExit } from '../kioskExit.ts';
import type { KioskConfig } from './config.ts';
import { CornerTaps, inCorner } from './cornerTaps.ts';
import type { KioskCounters } from './counters.ts';
import type { IdleReset } from './idleReset.ts';
import { PinGuard } from './pin.ts';
import type { Scheduler } from './scheduler.ts';
import { offlineStatus } from './serviceWorker.ts';
import { openPinPad, openStaffScreen } from './staff.ts';

export interface StaffHost {
  config: KioskConfig;
  scheduler: Scheduler;
  counters: KioskCounters;
  idle: IdleReset;
  targetPx: number;
  pageLoadedAt: number;
  /** The build's fingerprint: the kiosk chunk's hashed file name (see index.ts). */
  buildName(): string;
  storyHash: string;
  /** Where the exit pass is written (the counters' storage). */
  exitStorage(): KeyValueStorage;
  /** Leaves kiosk mode for this address (a navigation; injected in tests). */
  navigate(url: string): void;
  /** The attract loop is shown (no visit under way). */
  onAttract(): boolean;
  /** "Reload" on the staff screen: a fresh page. */
  reload(): void;
}

export class StaffAccess {
  private readonly corner: CornerTaps;
  private readonly pin: PinGuard;
  private staffOpen = false;

  constructor(private readonly host: StaffHost) {
    const { config, scheduler, counters } = host;
    const { staff } = config;
    this.corner = new CornerTaps(scheduler, staff.taps, staff.tapWindowSeconds * 1000);
    this.pin = new PinGuard(config.pin, scheduler, {
      failuresBeforeLockout: staff.failuresBeforeLockout, lockoutMs: staff.lockoutSeconds * 1000, maxLockoutMs: staff.maxLockoutSeconds * 1000,
    }, { load: () => counters.pinState(), save: (state) => counters.setPinState(state) });
  }

  /** The PIN pad or the staff screen is open. */
  get open(): boolean { return this.staffOpen; }

  /** The page was reset under an open staff screen (the bench's in-page reset). */
  forget(): void { this.staffOpen = false; }

  /** Watches for the corner gesture; returns the function that stops watching. */
  listen(): () => void {
    const onPointerUp = (event: PointerEvent) => {
      const { corner, cornerPx } = this.host.config.staff;
      if (!inCorner(event.clientX, event.clientY, corner, cornerPx, window.innerWidth, window.innerHeight)) { this.corner.miss(); return; }
      if (this.corner.tap()) this.openStaff();
    };
    document.addEventListener('pointerup', onPointerUp, { capture: true, passive: true });
    return () => document.removeEventListener('pointerup', onPointerUp, { capture: true });
  }

  private openStaff(): void {
    if (this.staffOpen) return;
    const { idle, config, scheduler } = this.host;
    this.staffOpen = true;
    idle.closeWarning();
    if (idle.state !== 'watching') idle.start();
    openPinPad({
      guard: this.pin,
      scheduler,
      failuresBeforeLockout: config.staff.failuresBeforeLockout,
      success: () => this.showStaffScreen(),
      closed: () => this.closed(),
    });
    idle.refresh();
  }

  private showStaffScreen(): void {
    const { host } = this;
    const { idle } = host.config;
    openStaffScreen({
      build: [version, __KENGIR_BUILD_STAMP__, host.buildName(), `story ${host.storyHash.slice(0, 8)}`].filter(Boolean).join(' \u00b7 '),
      offline: offlineStatus(),
      sessionStartedAt: host.counters.read().sessionStartedAt,
      pageLoadedAt: host.pageLoadedAt,
      counters: host.counters,
      targetPx: host.targetPx,
      thresholds: { reading: idle.readingSeconds, menu: idle.menuSeconds, warning: idle.warningSeconds },
      preset: host.config.preset,
      now: host.scheduler.now(),
    }, {
      reload: () => host.reload(),
      leave: () => {
        // issue 18 D6: the one-use pass that lets a kiosk build open home mode (src/modes/kioskExit.ts).
        grantKioskExit(host.exitStorage(), host.scheduler);
        const url = new URL(window.location.href);
        url.search = '?mode=home';
        host.navigate(url.toString());
      },
      closed: () => this.closed(),
    });
    host.idle.refresh();
  }

  private closed(): void {
    this.staffOpen = false;
    if (this.host.onAttract()) this.host.idle.stop();
    else this.host.idle.refresh();
  }
}
