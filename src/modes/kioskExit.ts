// Leaving kiosk mode in a kiosk build needs the staff PIN (issue 18, D6). The staff screen, after
// the PIN, leaves a one-use pass in storage and opens `?mode=home`; the next page load takes the
// pass (and removes it) before it agrees to any mode but the kiosk. Without a fresh pass, a
// visitor who types `?mode=home` gets the kiosk again. DOM-free: storage and clock are injected.
import type { Clock, KeyValueStorage } from '../engine/storage.ts';

export const KIOSK_EXIT_KEY = 'kengir.kiosk.exit';
/** A pass older than this is void: the navigation it was made for happens at once. */
export const KIOSK_EXIT_MAX_AGE_MS = 30_000;

export function grantKioskExit(storage: KeyValueStorage, clock: Clock): void {
  storage.setItem(KIOSK_EXIT_KEY, String(clock.now()));
}

/** True when a fresh pass was waiting; the pass is used up either way. */
export function takeKioskExit(storage: KeyValueStorage, clock: Clock): boolean {
  const value = storage.getItem(KIOSK_EXIT_KEY);
  if (value === null) return false;
  storage.removeItem(KIOSK_EXIT_KEY);
  const age = clock.now() - Number(value);
  return Number.isFinite(age) && age >= 0 && age <= KIOSK_EXIT_MAX_AGE_MS;
}
