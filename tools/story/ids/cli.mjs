// npm run story:ids: stamps a stable id tag on every text line and choice of the story
// (tools/story/ids/stamp.ts), and lists the lines a translator cannot translate whole.
// `npm run story:ids -- --check` writes nothing and fails if any id is missing or duplicated.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { runnerImport } from 'vite';
import { inkFiles } from '../../ink/includes.mjs';

const check = process.argv.includes('--check');
const main = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'story/main.ink';
const { module: ids } = await runnerImport('./tools/story/ids/stamp.ts');
const files = inkFiles(main).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
const name = (file) => relative(process.cwd(), file);

if (check) {
  const problems = ids.checkIds(files);
  const messages = ids.formatIdProblems(problems, name);
  for (const message of messages) console.log(message);
  console.log(messages.length ? `\n${messages.length} id problem(s).` : `${problems.count} ids, none missing or duplicated.`);
  process.exit(messages.length ? 1 : 0);
}

const result = ids.stampStory(files);
for (const file of result.files) if (file.changed) writeFileSync(file.file, file.source);
for (const warning of result.warnings) console.log(`${name(warning.file)}:${warning.line}: warning: ${warning.message}`);
for (const item of result.reissued) console.log(`${name(item.file)}:${item.line}: id "${item.was}" was already used earlier: now ${item.id}`);
const changed = result.files.filter((file) => file.changed).map((file) => name(file.file));
console.log(`${result.issued.length} new id(s), ${result.reissued.length} re-issued, ${result.warnings.length} line(s) that cannot be translated whole; ${changed.length ? `changed ${changed.join(', ')}` : 'no file changed'}.`);
