// The ink fixtures in tests/fixtures/ink: each `<name>.ink` with `<name>.expected.json` (the
// choices to take, by id or by text, and the transcript expected), in the style of inkjs's
// conformance tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileInline } from './compileInline.ts';

export interface ExpectedTranscriptEntry { kind: 'line' | 'choice'; id: string | null; text: string }
export interface InkFixture {
  name: string;
  json: string;
  /** Choices to take in order: a choice id, or the text when the ink has no ids. */
  choose: string[];
  transcript: ExpectedTranscriptEntry[];
  ending: string | null;
  days: number[];
}

const folder = fileURLToPath(new URL('../fixtures/ink/', import.meta.url));

export function inkFixtures(): InkFixture[] {
  return readdirSync(folder).filter((file) => file.endsWith('.ink')).sort().map((file) => {
    const name = file.slice(0, -'.ink'.length);
    const expected = JSON.parse(readFileSync(`${folder}${name}.expected.json`, 'utf8')) as Omit<InkFixture, 'name' | 'json'>;
    return { name, json: compileInline(readFileSync(`${folder}${file}`, 'utf8')), ...expected };
  });
}

/** The choice a fixture step names: by id first, else by text. */
export function pickChoice<T extends { id: string | null; text: string; index: number }>(choices: readonly T[], wanted: string): T {
  const choice = choices.find((candidate) => candidate.id === wanted) ?? choices.find((candidate) => candidate.text === wanted);
  if (!choice) throw new Error(`fixture: no choice "${wanted}" among ${choices.map((c) => c.id ?? c.text).join(', ')}`);
  return choice;
}
