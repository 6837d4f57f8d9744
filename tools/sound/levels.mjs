// npm run sound:levels: renders every ambient bed and interface sound offline in Chromium,
// prints RMS, peak and K-weighted loudness, writes them to bench/results.json (`sound.levels`)
// and fails when a level is out of its band (targets in tools/sound/measure.mjs, docs/ARCHITECTURE.md, "Sound levels").
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { TARGETS, levelProblems, measureSoundLevels } from './measure.mjs';

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let measured;
try { measured = await measureSoundLevels(browser); } finally { await browser.close(); }
const { levels, layers } = measured;

const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('sound', 18)}${pad('kind', 11)}${pad('volume', 8)}${pad('RMS dBFS', 10)}${pad('peak dBFS', 11)}LKFS`);
for (const level of levels) {
  console.log(`${pad(level.name, 18)}${pad(level.kind, 11)}${pad(level.volume * 100, 8)}${pad(level.rmsDb, 10)}${pad(level.peakDb, 11)}${level.loudness}`);
}
console.log(`layers alone at level 1 (src/sound/soundscape.ts LAYER_LEVEL): ${JSON.stringify(layers)}`);
const problems = levelProblems(levels);

const FILE = 'bench/results.json';
const results = JSON.parse(readFileSync(FILE, 'utf8'));
results.sound = { ...(results.sound ?? {}), levels: { measuredAt: new Date().toISOString(), targets: TARGETS, levels, layerLevels: layers, inBand: problems.length === 0 } };
writeFileSync(FILE, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${FILE} (sound.levels)`);
if (problems.length) {
  console.error(`out of band:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('every level is in its band');
