// Writes the static plan (assets/map/plan.svg, plan-contrast.svg, plan-labels.json) from the map's own plan data
// (src/map/static/staticPlan.ts). `--check` writes nothing and fails when a committed file is
// stale. Run after changing the plan, its geometry, places or the map catalog:
//   npm run map:static
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const check = process.argv.includes('--check');
const { module } = await runnerImport('./tools/map/staticPlanEntry.ts');
const files = {
  'assets/map/plan.svg': module.staticPlanSvg('paper'),
  'assets/map/plan-contrast.svg': module.staticPlanSvg('contrast'),
  // The labels, laid over the image as DOM text by src/ui/staticPlan.ts (they follow the text size).
  'assets/map/plan-labels.json': `${JSON.stringify(module.staticPlanLabels(), null, 1)}\n`,
};
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
