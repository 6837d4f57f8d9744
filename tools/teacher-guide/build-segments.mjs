// npm run segments:build — computes each classroom path's segment start states, words, prompts and
// key choices from the story (tools/teacher-guide/segments.ts) and writes one file per viewpoint,
// story/data/segments/<viewpoint>.json. Run it after changing the story or story/data/segments.ts;
// the story tests check it is current.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runnerImport } from 'vite';
import { compileInk, formatInkMessage } from '../ink/compile.mjs';

const compiled = compileInk('story/main.ink');
if (!compiled.json) {
  for (const message of compiled.errors) console.error(formatInkMessage(message));
  process.exit(1);
}
const sources = compiled.files.map((file) => readFileSync(file, 'utf8'));
const { module: build } = await runnerImport('./tools/teacher-guide/segments.ts');
const { module: written } = await runnerImport('./story/data/segments.ts');
let failed = 0;
for (const viewpoint of build.classroomViewpoints()) {
  const segments = written.segmentsByViewpoint[viewpoint.id];
  if (!segments) {
    console.error(`\n${viewpoint.id}: the registry plays it in the classroom, but story/data/segments.ts writes no segments for it.`);
    failed += 1;
    continue;
  }
  const out = build.segmentsStatePath(viewpoint);
  const state = build.buildSegmentsState(compiled.json, sources, compiled.files, segments, undefined, viewpoint);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(state, null, 1)}\n`);
  console.log(`\n== ${viewpoint.id} ==\nWrote ${out}: ${state.days.length} days, ${state.segments.length} segments, ${state.keyChoices.length} key choices.`);
  console.log(build.formatSegmentTable(state));
  const { problems } = build.checkSegments(state);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    failed += problems.length;
  }
}
if (failed) process.exitCode = 1;
