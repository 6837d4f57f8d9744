// D9 and D6: URL parameters that are unusable get a warning; production builds know no test switches.
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/engine/index.ts';
import { grantKioskExit, KIOSK_EXIT_KEY, KIOSK_EXIT_MAX_AGE_MS, takeKioskExit } from '../../../src/modes/kioskExit.ts';
import { parseLaunchOptions } from '../../../src/urlParams.ts';

describe('parseLaunchOptions', () => {
  it('flags a gentle value it does not take, and keeps gentle unset', () => {
    expect(parseLaunchOptions('?gentle=maybe')).toMatchObject({ gentle: null, problems: [{ kind: 'invalid', name: 'gentle', value: 'maybe' }] });
    expect(parseLaunchOptions('?gentle=1')).toMatchObject({ gentle: true, problems: [] });
    expect(parseLaunchOptions('?gentle=false')).toMatchObject({ gentle: false, problems: [] });
    expect(parseLaunchOptions('?gentle=constructor').problems).toHaveLength(1);
  });

  it('flags a parameter given twice; the first counts', () => {
    expect(parseLaunchOptions('?mode=kiosk&mode=home')).toMatchObject({ mode: 'kiosk', problems: [{ kind: 'duplicate', name: 'mode', used: 'kiosk' }] });
    expect(parseLaunchOptions('?gentle=1&gentle=0')).toMatchObject({ gentle: true, problems: [{ kind: 'duplicate', name: 'gentle', used: '1' }] });
  });

  it('knows ?debug and ?kiosk-config only in builds with test switches', () => {
    expect(parseLaunchOptions('?debug&kiosk-config=test', 'home', true)).toMatchObject({ debug: true, unknown: [] });
    expect(parseLaunchOptions('?debug&kiosk-config=test', 'home', false)).toMatchObject({ debug: false, unknown: ['debug', 'kiosk-config'] });
  });

  it('survives a very long query', () => {
    const options = parseLaunchOptions(`?mode=home&x=${'y'.repeat(300_000)}`);
    expect(options).toMatchObject({ mode: 'home', unknown: ['x'] });
  });
});

describe('the kiosk exit pass', () => {
  it('is granted by the staff screen and used up by the next page load', () => {
    const storage = new MemoryStorage();
    const clock = { now: () => 1_000_000 };
    expect(takeKioskExit(storage, clock)).toBe(false);
    grantKioskExit(storage, clock);
    expect(takeKioskExit(storage, clock)).toBe(true);
    expect(storage.getItem(KIOSK_EXIT_KEY)).toBeNull();
    expect(takeKioskExit(storage, clock)).toBe(false);
  });

  it('is void when stale, from the future, or not a time', () => {
    const storage = new MemoryStorage();
    let now = 0;
    const clock = { now: () => now };
    grantKioskExit(storage, clock);
    now = KIOSK_EXIT_MAX_AGE_MS + 1;
    expect(takeKioskExit(storage, clock)).toBe(false);
    storage.setItem(KIOSK_EXIT_KEY, String(now + 5_000));
    expect(takeKioskExit(storage, clock)).toBe(false);
    storage.setItem(KIOSK_EXIT_KEY, 'soon');
    expect(takeKioskExit(storage, clock)).toBe(false);
  });
});
