// The staff PIN, rate-limited: after a few wrong attempts the pad locks, for longer after each
// further failure (30 s, 60 s, 120 s, ... up to a cap). The lockout is stored with the counters,
// so reloading the page does not lift it. A right PIN clears the failures.
import type { Clock } from '../../engine/index.ts';
import type { PinState } from './counters.ts';

export interface PinPolicy { failuresBeforeLockout: number; lockoutMs: number; maxLockoutMs: number }

export type PinResult =
  | { ok: true }
  | { ok: false; reason: 'wrong'; failures: number; lockedForMs: number }
  | { ok: false; reason: 'locked'; lockedForMs: number };

export interface PinStore { load(): PinState; save(state: PinState): void }

/** How long the pad locks after `failures` wrong attempts in a row. */
export function lockoutFor(failures: number, policy: PinPolicy): number {
  if (failures < policy.failuresBeforeLockout) return 0;
  const doublings = Math.min(30, failures - policy.failuresBeforeLockout);
  return Math.min(policy.maxLockoutMs, policy.lockoutMs * 2 ** doublings);
}

export class PinGuard {
  constructor(
    private readonly pin: string,
    private readonly clock: Clock,
    private readonly policy: PinPolicy,
    private readonly store: PinStore,
  ) {}

  /** Milliseconds until the pad accepts a PIN again (0 when open). */
  lockedForMs(): number {
    const { lockedUntil } = this.store.load();
    return Math.max(0, lockedUntil - this.clock.now());
  }

  attempt(entry: string): PinResult {
    const locked = this.lockedForMs();
    if (locked > 0) return { ok: false, reason: 'locked', lockedForMs: locked };
    if (constantTimeEqual(entry, this.pin)) {
      this.store.save({ failures: 0, lockedUntil: 0 });
      return { ok: true };
    }
    const failures = this.store.load().failures + 1;
    const lockedForMs = lockoutFor(failures, this.policy);
    this.store.save({ failures, lockedUntil: lockedForMs ? this.clock.now() + lockedForMs : 0 });
    return { ok: false, reason: 'wrong', failures, lockedForMs };
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}
