// The staff PIN: right and wrong entries, the lockout after three failures growing with each
// further failure up to a cap, and that a reload (a new guard on the same store) keeps it.
import { describe, expect, it } from 'vitest';
import type { PinState } from '../../../src/modes/kiosk/counters.ts';
import { lockoutFor, PinGuard } from '../../../src/modes/kiosk/pin.ts';
import { FakeScheduler } from './fakeScheduler.ts';

const policy = { failuresBeforeLockout: 3, lockoutMs: 30_000, maxLockoutMs: 900_000 };

function setup() {
  const clock = new FakeScheduler();
  let state: PinState = { failures: 0, lockedUntil: 0 };
  const store = { load: () => state, save: (next: PinState) => { state = next; } };
  return { clock, store, guard: new PinGuard('2468', clock, policy, store), state: () => state };
}

describe('PinGuard', () => {
  it('accepts the right PIN and clears failures', () => {
    const { guard, state } = setup();
    expect(guard.attempt('1111')).toMatchObject({ ok: false, reason: 'wrong', failures: 1, lockedForMs: 0 });
    expect(guard.attempt('2468')).toEqual({ ok: true });
    expect(state()).toEqual({ failures: 0, lockedUntil: 0 });
  });

  it('locks after three failures, longer after each further one, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 10, 40].map((n) => lockoutFor(n, policy))).toEqual([0, 0, 30_000, 60_000, 120_000, 240_000, 900_000, 900_000]);
    const { clock, guard } = setup();
    guard.attempt('0');
    guard.attempt('1');
    expect(guard.attempt('2')).toMatchObject({ ok: false, reason: 'wrong', failures: 3, lockedForMs: 30_000 });
    // While locked even the right PIN is refused.
    expect(guard.attempt('2468')).toMatchObject({ ok: false, reason: 'locked' });
    clock.advance(29_999);
    expect(guard.lockedForMs()).toBe(1);
    clock.advance(1);
    expect(guard.attempt('3')).toMatchObject({ failures: 4, lockedForMs: 60_000 });
    clock.advance(60_000);
    expect(guard.attempt('2468')).toEqual({ ok: true });
  });

  it('a reload does not lift the lockout', () => {
    const { clock, store, guard } = setup();
    for (const entry of ['1', '2', '3']) guard.attempt(entry);
    const reloaded = new PinGuard('2468', clock, policy, store);
    expect(reloaded.lockedForMs()).toBe(30_000);
  });
});
