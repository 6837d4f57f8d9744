// Writes the static plan (assets/map/plan.svg, plan-contrast.svg, plan-labels.json and
// plan-labels.<lang>.json for each other shipped language) from the map's own plan data
// (src/map/static/staticPlan.ts). `--check` writes nothing and fails when a committed file is
// stale. Run after changing the plan, its geometry, places, the map catalogs or a history.po's places:
//   npm run map:static
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const check = process.argv.includes('--check');
const { module } = await runnerImport('./tools/map/staticPlanEntry.ts');
const files = {
  'assets/map/plan.svg': module.staticPlanSvg('paper'),
  'assets/map/plan-contrast.svg': module.staticPlanSvg('contrast'),
  // The labels, laid over the image as DOM text by src/ui/staticPlan.ts (they follow the text size).
  'assets/map/plan-labels.json': `${JSON.stringify(module.staticPlanLabelsIn('en'), null, 1)}\n`,
};
// Each other language's labels, laid out with it active (widths and overlaps differ). Only the
// labels: the plan's size and colours are the English file's. Loaded lazily in that language.
for (const code of module.STATIC_PLAN_LANGUAGES) {
  files[`assets/map/plan-labels.${code}.json`] = `${JSON.stringify({ labels: module.staticPlanLabelsIn(code).labels }, null, 1)}\n`;
}
let stale = 0;
for (const [path, text] of Object.entries(files)) {
  let current = null;
  try { current = readFileSync(path, 'utf8'); } catch { /* not written yet */ }
  if (current === text) continue;
  if (check) { console.error(`${path} is stale: run npm run map:static`); stale += 1; continue; }
  writeFileSync(path, text);
  console.log(`wrote ${path} (${Buffer.byteLength(text)} bytes)`);
}
if (stale) process.exit(1);
