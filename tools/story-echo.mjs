// npm run story:echo — the consequence figures of story bible §10 for one viewpoint: how many choice
// points change a later screen, and how much of a second playthrough is the same screens. Prints
// them and keeps them in bench/results.json under story.echo.<viewpoint>. How to read them:
// docs/STORY-GUIDE.md, "Measuring consequence".
//   npm run story:echo -- [--viewpoint=halyna] [--entry=knot] [--walks=4] [--pairs=2] [--no-write]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { compileInk, formatInkMessage } from './ink/compile.mjs';

const { values: args } = parseArgs({
  options: {
    viewpoint: { type: 'string', default: 'halyna' },
    entry: { type: 'string' },
    walks: { type: 'string', default: '4' },
    pairs: { type: 'string', default: '2' },
    'no-write': { type: 'boolean', default: false },
  },
});
const compiled = compileInk('story/main.ink');
if (!compiled.json) {
  for (const message of compiled.errors) console.error(formatInkMessage(message));
  process.exit(1);
}
const { module: echo } = await runnerImport('./tools/story/echo.ts');
const options = echo.viewpointOptions(args.viewpoint, { entry: args.entry, randomWalks: Number(args.walks), replayPairs: Number(args.pairs) });
const report = echo.measureEcho(compiled.json, options);
console.log(echo.formatEcho(args.viewpoint, report));
if (!args['no-write']) {
  const path = 'bench/results.json';
  const results = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  results.story ??= {};
  results.story.echo ??= {};
  results.story.echo[args.viewpoint] = echo.benchFigures(report, compiled.hash);
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path} (story.echo.${args.viewpoint})`);
}
