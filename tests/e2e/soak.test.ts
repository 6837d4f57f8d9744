// Issue 18: a short seeded random-input session in home mode (the full one is `npm run soak`,
// 10 minutes): no uncaught error or rejection, no console error, no stuck screen, and the
// autosave still reads as a save.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soakHome } from '../../tools/soak/home.mjs';
import { BASE_URL, launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('home soak', () => {
  it('survives 60 s of random input with nothing escaping and nothing stuck', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    const stats = await soakHome({ page, baseUrl: BASE_URL, durationMs: 60_000, seed: 18, log: (result) => console.log(JSON.stringify({ ...result, pageErrors: result.pageErrors.length }, null, 0)) });
    await context.close();
    expect(stats.pageErrors).toEqual([]);
    expect(stats.consoleErrors).toEqual([]);
    expect(stats.stuck).toEqual([]);
    expect(stats.choices).toBeGreaterThan(10);
    expect(['none', 'readable']).toContain(stats.autosave);
    expect(stats.ok).toBe(true);
  }, 180_000);
});
