// npm run story:echo — the consequence figures of story bible §10 for every registered viewpoint
// (or one: --viewpoint=jonas), each from its own entry: how many choice points change a later
// screen, and how much of a second playthrough is the same screens. Prints them and keeps them in
// bench/results.json under story.echo.<viewpoint>. How to read them: docs/STORY-GUIDE.md,
// "Measuring consequence".
//   npm run story:echo -- [--viewpoint=jonas] [--entry=knot] [--walks=4] [--pairs=2] [--days=18-41] [--why] [--no-write]
// --why also lists where each echoing choice point first shows its echo.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { compileInk, formatInkMessage } from './ink/compile.mjs';

const { values: args } = parseArgs({
  options: {
    viewpoint: { type: 'string' },
    entry: { type: 'string' },
    walks: { type: 'string', default: '4' },
    pairs: { type: 'string', default: '2' },
    days: { type: 'string', default: '18-41' },
    why: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const compiled = compileInk('story/main.ink');
if (!compiled.json) {
  for (const message of compiled.errors) console.error(formatInkMessage(message));
  process.exit(1);
}
const { module: echo } = await runnerImport('./tools/story/echo.ts');
const { module: echoReport } = await runnerImport('./tools/story/echoReport.ts');
const days = args.days.split('-').map(Number);
if (days.length !== 2 || days.some(Number.isNaN)) throw new Error(`--days=${args.days}: give a range such as 18-41`);
const { module: registry } = await runnerImport('./src/viewpoints/registry.ts');
const chosen = args.viewpoint ? [args.viewpoint] : [...registry.viewpoints.keys()];
if (args.entry && chosen.length > 1) throw new Error('--entry needs --viewpoint: an entry knot belongs to one viewpoint');
const path = 'bench/results.json';
const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
for (const viewpoint of chosen) {
  const options = echo.viewpointOptions(viewpoint, { entry: args.entry, randomWalks: Number(args.walks), replayPairs: Number(args.pairs), days });
  const report = echo.measureEcho(compiled.json, options);
  console.log(`${echoReport.formatEcho(viewpoint, report, { why: args.why })}\n`);
  results.story ??= {};
  results.story.echo ??= {};
  results.story.echo[viewpoint] = echoReport.benchFigures(report, compiled.hash);
}
if (!args['no-write']) {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${path} (${chosen.map((viewpoint) => `story.echo.${viewpoint}`).join(', ')})`);
}
