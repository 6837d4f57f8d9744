// The hidden staff gesture: five taps in the corner within three seconds, nothing less.
import { describe, expect, it } from 'vitest';
import { CornerTaps, inCorner } from '../../../src/modes/kiosk/cornerTaps.ts';
import { FakeScheduler } from './fakeScheduler.ts';

describe('staff corner', () => {
  it('knows each corner', () => {
    expect(inCorner(10, 10, 'top-left', 96, 1920, 1080)).toBe(true);
    expect(inCorner(100, 10, 'top-left', 96, 1920, 1080)).toBe(false);
    expect(inCorner(1900, 1070, 'bottom-right', 96, 1920, 1080)).toBe(true);
    expect(inCorner(1900, 10, 'bottom-right', 96, 1920, 1080)).toBe(false);
    expect(inCorner(1900, 10, 'top-right', 96, 1920, 1080)).toBe(true);
    expect(inCorner(5, 1075, 'bottom-left', 96, 1920, 1080)).toBe(true);
  });

  it('opens on the fifth tap within 3 s, not slower, and a tap elsewhere breaks it', () => {
    const clock = new FakeScheduler();
    const taps = new CornerTaps(clock, 5, 3000);
    const five = (gap: number) => { const results = []; for (let i = 0; i < 5; i += 1) { results.push(taps.tap()); clock.advance(gap); } return results; };
    expect(five(500)).toEqual([false, false, false, false, true]);
    expect(five(900)).toEqual([false, false, false, false, false]);
    clock.advance(10_000);
    taps.tap(); taps.tap(); taps.tap(); taps.miss();
    expect([taps.tap(), taps.tap(), taps.tap(), taps.tap()]).toEqual([false, false, false, false]);
    expect(taps.tap()).toBe(true);
  });
});
