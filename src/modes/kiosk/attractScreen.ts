// The attract loop (attract.ts) as the kiosk's screen between visitors: drawn in the default
// settings, with taps in the staff corner (or while staff are in) kept from beginning a visit.
import type { LanguageCode } from '../../i18n/catalog.ts';
import { defaultSettings } from '../../engine/index.ts';
import { applySettings } from '../../ui/settingsView.ts';
import { AttractLoop, type LoadMap } from './attract.ts';
import type { KioskConfig } from './config.ts';
import { inCorner } from './cornerTaps.ts';
import type { Scheduler } from './scheduler.ts';

export interface AttractScreenOptions {
  config: KioskConfig;
  scheduler: Scheduler;
  reducedMotion: boolean;
  loadMap: LoadMap | undefined;
  chooseLanguage(code: LanguageCode): Promise<void>;
  /** Staff are at the PIN pad or the staff screen. */
  staffOpen(): boolean;
  begin(): void;
}

/** A new attract loop, not shown yet (the previous visitor's settings are put back to the defaults). */
export function attractLoop(options: AttractScreenOptions): AttractLoop {
  const { config, reducedMotion } = options;
  applySettings(defaultSettings(reducedMotion));
  const { staff } = config;
  return new AttractLoop({
    scheduler: options.scheduler,
    stepMs: config.attract.stepSeconds * 1000,
    reducedMotion,
    loadMap: options.loadMap,
    languages: config.languages,
    chooseLanguage: (code) => options.chooseLanguage(code),
    ignoreTap: (event) => options.staffOpen() || (event.detail !== 0 && inCorner(event.clientX, event.clientY, staff.corner, staff.cornerPx, window.innerWidth, window.innerHeight)),
    begin: () => options.begin(),
  });
}

/** Shows the loop as the page's only screen, with "Touch to begin" focused. */
export function showAttractLoop(root: HTMLElement, attract: AttractLoop): void {
  root.replaceChildren(attract.element);
  root.dataset.screen = 'attract';
  attract.start();
  attract.element.querySelector<HTMLElement>('#kiosk-begin')?.focus({ preventScroll: true });
}
