import { describe, expect, it } from 'vitest';
import { loadedByReset, resetUrl } from '../../../src/modes/kiosk/resetUrl.ts';
import { parseLaunchOptions } from '../../../src/urlParams.ts';
import { kioskHtmlPlugin } from '../../../tools/vite/kiosk-html.ts';

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

describe('kiosk build page', () => {
  const html = '<!doctype html>\n<html lang="en">\n<head></head><body></body></html>';
  const transform = (mode: string | undefined): string => {
    const hook = kioskHtmlPlugin(mode).transformIndexHtml as { handler: (html: string) => string };
    return hook.handler(html);
  };

  it('marks <html> as the kiosk in the kiosk build only, so the no-pinch rules hold before any script', () => {
    expect(transform('kiosk')).toContain('<html lang="en" data-mode="kiosk">');
    expect(transform(undefined)).toBe(html);
    expect(transform('classroom')).toBe(html);
  });
});
