// npm run segments:build — computes the classroom segments' start states, words, prompts and key
// choices from the story (tools/teacher-guide/segments.ts) and writes story/data/segments-state.json.
// Run it after changing the story or story/data/segments.ts; the story tests check it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { compileInk, formatInkMessage } from '../ink/compile.mjs';

const OUT = 'story/data/segments-state.json';
const compiled = compileInk('story/main.ink');
if (!compiled.json) {
  for (const message of compiled.errors) console.error(formatInkMessage(message));
  process.exit(1);
}
const sources = compiled.files.map((file) => readFileSync(file, 'utf8'));
const { module: build } = await runnerImport('./tools/teacher-guide/segments.ts');
const { module: written } = await runnerImport('./story/data/segments.ts');
const state = build.buildSegmentsState(compiled.json, sources, compiled.files, written.segments);
writeFileSync(OUT, `${JSON.stringify(state, null, 1)}\n`);

console.log(`Wrote ${OUT}: ${state.days.length} days, ${state.segments.length} segments, ${state.keyChoices.length} key choices.`);
console.log(build.formatSegmentTable(state));
const { problems } = build.checkSegments(state);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exitCode = 1;
}
