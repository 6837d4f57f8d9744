// npm run story:check — compiles the story once, checks every tag id, explores every reachable
// state of each registered viewpoint from its own entry (and the kiosk cut), checks the crossing
// facts, and prints per viewpoint the words, knots and choices per day, the shortest and longest
// reading path, the endings, the exploration time, then its consequence figures (a measure, never
// a failure; `npm run story:echo` keeps them).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { compileInk, formatInkMessage } from './ink/compile.mjs';

// --viewpoint=pavel explores one path only (a writer's quick check); the story tests explore all.
const { values: args } = parseArgs({ options: { viewpoint: { type: 'string' } } });
const WORDS_PER_MINUTE = 200;
const main = 'story/main.ink';
const compiled = compileInk(main);
for (const message of [...compiled.errors, ...compiled.warnings, ...compiled.todos]) console.log(formatInkMessage(message));
if (!compiled.json) {
  console.error(`\n${compiled.errors.length} ink error(s): the story does not compile.`);
  process.exit(1);
}

const { module: checks } = await runnerImport('./tools/story/checks.ts');
const { module: registry } = await runnerImport('./src/viewpoints/registry.ts');
const only = args.viewpoint ? registry.viewpointById(args.viewpoint) : null;
if (args.viewpoint && !only) throw new Error(`--viewpoint=${args.viewpoint}: no such viewpoint`);
const report = checks.checkStory(compiled.json, compiled.files.map((file) => readFileSync(file, 'utf8')), compiled.files, only ? checks.storyRuns([only]) : undefined);
// One path explored cannot reach the other paths' knots or the kiosk cut: those are not its problems.
if (only) report.problems = report.problems.filter((problem) => !/: never reached on any path$/.test(problem) || /^epilogue/.test(problem));
console.log(checks.formatReport(report, WORDS_PER_MINUTE));

const { module: echo } = await runnerImport('./tools/story/echo.ts');
const { module: echoReport } = await runnerImport('./tools/story/echoReport.ts');
let echoFailures = 0;
for (const viewpoint of only ? [only.id] : registry.viewpoints.keys()) {
  try {
    console.log(`\n${echoReport.formatEcho(viewpoint, echo.measureEcho(compiled.json, echo.viewpointOptions(viewpoint)))}`);
  } catch (error) {
    echoFailures += 1;
    console.error(`\nConsequence measure for ${viewpoint} failed: ${error?.message ?? error}`);
  }
}
const failed = report.problems.length + compiled.warnings.length + echoFailures;
if (failed) {
  console.error(`\n${failed} problem(s).`);
  process.exit(1);
}
console.log('\nStory check passed.');
