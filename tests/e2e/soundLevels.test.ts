// Sound levels, measured (issue 16, item 7): every ambient bed and interface sound of src/sound,
// rendered offline in Chromium through the game's own graph and gains (tools/sound/measure.mjs),
// stays in its band: beds about -30 dBFS RMS at the default volume and within 2 dB of one another
// (RMS and K-weighted), interface sounds peaking at -12 dBFS at most and no more than 8 dB over the
// beds, nothing clipping at volume 100. `npm run sound:levels` prints the same table.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGETS, levelProblems, measureSoundLevels } from '../../tools/sound/measure.mjs';
import { launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('sound levels', () => {
  it('every bed and interface sound is in its band', async () => {
    const { levels } = await measureSoundLevels(browser);
    console.log(levels.map((level) => `${level.name} @${level.volume * 100}: ${level.rmsDb} dBFS RMS, peak ${level.peakDb}, ${level.loudness} LKFS`).join('\n'));
    // Every bed the issue names, and both interface sounds, at the default volume and at 100.
    expect(levels.filter((level) => level.kind === 'bed').length).toBe(12);
    expect(levels.filter((level) => level.kind === 'interface').length).toBe(4);
    for (const level of levels) expect(Number.isFinite(level.rmsDb), `${level.name} makes a sound`).toBe(true);
    expect(levelProblems(levels)).toEqual([]);
    // The checker itself fails a bed that is out of its band.
    const loud = levels.map((level) => (level.name === 'rain' ? { ...level, rmsDb: level.rmsDb + TARGETS.bedSpread + 3 } : level));
    expect(levelProblems(loud).some((problem) => problem.startsWith('rain'))).toBe(true);
  }, 120_000);
});
