import { describe, expect, it } from 'vitest';
import { loadedByReset, resetUrl } from '../../../src/modes/kiosk/resetUrl.ts';
import { parseLaunchOptions } from '../../../src/urlParams.ts';

describe('kiosk reset address', () => {
  it('keeps the address, adds the marker once, and drops a fragment', () => {
    const once = resetUrl('http://127.0.0.1:8080/kiosk/?mode=kiosk&kiosk-config=test#x');
    expect(once).toBe('http://127.0.0.1:8080/kiosk/?mode=kiosk&kiosk-config=test&kiosk-reset=1');
    expect(resetUrl(once)).toBe(once);
  });

  it('tells a reset from a launch', () => {
    expect(loadedByReset('?mode=kiosk&kiosk-reset=1')).toBe(true);
    expect(loadedByReset('?mode=kiosk')).toBe(false);
    expect(loadedByReset('')).toBe(false);
  });

  it('is a known URL parameter (no warning about it)', () => {
    expect(parseLaunchOptions('?mode=kiosk&kiosk-reset=1').unknown).toEqual([]);
  });
});
