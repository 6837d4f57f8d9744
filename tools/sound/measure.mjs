// Measures the game's sounds in Chromium: bundles tools/sound/harness.ts (the game's own sound
// graph) with Vite, renders every ambient bed and interface sound offline in a blank page, and
// checks them against the targets (docs/ARCHITECTURE.md, "Sound levels"). Used by `npm run sound:levels` and the e2e test
// tests/e2e/soundLevels.test.ts.
import { build } from 'vite';

/** The targets (dB). Beds: at the default volume, about -30 dBFS RMS and within 2 dB of their mean. */
export const TARGETS = {
  bedRms: -30,
  /** How far the beds' mean may sit from bedRms. */
  bedRmsTolerance: 2,
  /** How far any bed may sit from the beds' mean, in RMS and in K-weighted loudness. */
  bedSpread: 2,
  /** Interface sounds at volume 100 peak no higher than this. */
  interfacePeak: -12,
  /** Interface sounds (RMS over their length) at most this much above the beds' mean, at the same volume. */
  interfaceOverBeds: 8,
  /** Nothing clips: a bed's and an interface sound's peaks together, at volume 100, stay under this. */
  clipPeak: -1,
};

async function harnessCode() {
  const output = await build({
    configFile: false, logLevel: 'silent',
    build: {
      write: false, minify: false,
      lib: { entry: new URL('./harness.ts', import.meta.url).pathname, formats: ['iife'], name: 'SoundLevels', fileName: 'harness' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  return result.output.find((chunk) => chunk.type === 'chunk').code;
}

/** Renders and measures every sound in `browser` (a playwright-core Browser): `{ levels, layers }`. */
export async function measureSoundLevels(browser) {
  const code = await harnessCode();
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>sound levels</title>');
    await page.addScriptTag({ content: code });
    return await page.evaluate(async () => ({ levels: await window.SoundLevels.measureLevels(), layers: await window.SoundLevels.measureLayers() }));
  } finally {
    await page.close();
  }
}

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const power = (db) => 10 ** (db / 20);

/** What is out of its band, in words (empty when everything is in band). */
export function levelProblems(levels) {
  const problems = [];
  for (const volume of [...new Set(levels.map((level) => level.volume))]) {
    const beds = levels.filter((level) => level.kind === 'bed' && level.volume === volume);
    const sounds = levels.filter((level) => level.kind === 'interface' && level.volume === volume);
    const bedMean = mean(beds.map((bed) => bed.rmsDb));
    if (volume < 1 && Math.abs(bedMean - TARGETS.bedRms) > TARGETS.bedRmsTolerance) {
      problems.push(`beds at volume ${volume * 100}: mean ${bedMean.toFixed(1)} dBFS RMS, target ${TARGETS.bedRms} ± ${TARGETS.bedRmsTolerance}`);
    }
    const loudnessMean = mean(beds.map((bed) => bed.loudness));
    for (const bed of beds) {
      if (Math.abs(bed.rmsDb - bedMean) > TARGETS.bedSpread) problems.push(`${bed.name} at volume ${volume * 100}: ${bed.rmsDb} dBFS RMS, more than ${TARGETS.bedSpread} dB from the beds' mean ${bedMean.toFixed(1)}`);
      if (Math.abs(bed.loudness - loudnessMean) > TARGETS.bedSpread) problems.push(`${bed.name} at volume ${volume * 100}: ${bed.loudness} LKFS, more than ${TARGETS.bedSpread} dB from the beds' mean ${loudnessMean.toFixed(1)}`);
    }
    for (const sound of sounds) {
      if (volume === 1 && sound.peakDb > TARGETS.interfacePeak) problems.push(`${sound.name} at volume 100 peaks at ${sound.peakDb} dBFS, above ${TARGETS.interfacePeak}`);
      if (sound.rmsDb > bedMean + TARGETS.interfaceOverBeds) problems.push(`${sound.name} at volume ${volume * 100}: ${sound.rmsDb} dBFS RMS, more than ${TARGETS.interfaceOverBeds} dB over the beds (${bedMean.toFixed(1)})`);
    }
    if (volume === 1) {
      const loudestBed = Math.max(...beds.map((bed) => power(bed.peakDb)));
      const loudestSound = Math.max(...sounds.map((sound) => power(sound.peakDb)));
      const together = 20 * Math.log10(loudestBed + loudestSound);
      if (together > TARGETS.clipPeak) problems.push(`at volume 100 the loudest bed and interface sound together peak at ${together.toFixed(1)} dBFS, above ${TARGETS.clipPeak}`);
    }
  }
  return problems;
}
