// The id stamper on fixture ink files: every line and choice gets an id, a second run changes
// nothing, edited and moved lines keep theirs, new and pasted lines get new ones, and the stamped
// story plays exactly like the unstamped one.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Story } from 'inkjs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../../tools/ink/compile.mjs';
import { inkFiles } from '../../../tools/ink/includes.mjs';
import { checkIds, stampStory, type InkFile } from '../../../tools/story/ids/stamp.ts';

const FIXTURE = 'tests/unit/story-ids/fixtures/main.ink';
const original: InkFile[] = inkFiles(FIXTURE).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
const stamp = (files: readonly InkFile[]) => stampStory(files).files.map(({ file, source }) => ({ file, source }));
const stamped = stamp(original);
const act = (files: readonly InkFile[]) => files.find((f) => f.file.endsWith('one.ink'))!;
const withAct = (files: readonly InkFile[], source: string) => files.map((f) => (f.file.endsWith('one.ink') ? { ...f, source } : f));
const idOn = (source: string, text: string) => new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*?#id:([\\w.]+)`).exec(source)?.[1];

const temp = mkdtempSync(join(tmpdir(), 'ink-ids-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Compiles the files in a folder of their own (INCLUDEs resolve as in the fixture). */
function compile(files: readonly InkFile[], name: string): string {
  const root = dirname(files[0].file);
  for (const { file, source } of files) {
    const target = join(temp, name, relative(root, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
  }
  const result = compileInk(join(temp, name, relative(root, files[0].file)));
  expect(result.errors).toEqual([]);
  return result.json!;
}

/** Every path through the story: its text, choices and tags, with id tags set apart. */
function playAll(json: string, gentle: boolean) {
  const transcripts: string[][] = [];
  const ids: string[][] = [];
  const walk = (path: number[]) => {
    const story = new Story(json);
    story.variablesState.$('gentle', gentle);
    const out: string[] = [];
    const lineIds: string[] = [];
    const read = () => {
      while (story.canContinue) {
        const text = story.Continue()!;
        const tags = story.currentTags ?? [];
        out.push(`${text.trim()} [${tags.filter((t) => !t.startsWith('id:')).join(',')}]`);
        lineIds.push(tags.filter((t) => t.startsWith('id:')).join(','));
      }
      for (const choice of story.currentChoices) {
        out.push(`? ${choice.text} [${(choice.tags ?? []).filter((t) => !t.startsWith('id:')).join(',')}]`);
        lineIds.push((choice.tags ?? []).filter((t) => t.startsWith('id:')).join(','));
      }
    };
    read();
    for (const index of path) { story.ChooseChoiceIndex(index); out.push(`> ${index}`); lineIds.push(''); read(); }
    if (story.currentChoices.length) story.currentChoices.forEach((_, index) => walk([...path, index]));
    else { transcripts.push(out); ids.push(lineIds); }
  };
  walk([]);
  return { transcripts, ids };
}

describe('the id stamper', () => {
  it('gives every text line and choice an id, and a second run changes nothing', () => {
    expect(checkIds(original).missing.length).toBeGreaterThan(10);
    const problems = checkIds(stamped);
    expect(problems.missing).toEqual([]);
    expect(problems.unstampable.map((p) => p.line)).toEqual([16, 30, 31]);
    expect(problems.duplicates).toEqual([]);
    const again = stampStory(stamped);
    expect(again.files.every((file) => !file.changed)).toBe(true);
    expect(again.issued).toEqual([]);
  });

  it('puts a choice id inside the brackets and leaves other tags and comments alone', () => {
    const source = act(stamped).source;
    expect(source).toMatch(/^\* \[Go to the gate # place: gate #id:[\w.]+\]$/m);
    expect(source).toMatch(/^\* \(wait\) \{trust > 0\} \[Wait by the wall #id:[\w.]+\] -> wall$/m);
    expect(source).toMatch(/^The yard is quiet\. #id:[\w.]+ \/\/ a comment the stamper leaves alone$/m);
    expect(source).toMatch(/^This line ends with a divert -> day_02$/m);
    expect(source).toMatch(/^\* -> day_02$/m);
    expect(source).toMatch(/^\{ trust > 2: -> epilogue \}$/m);
    expect(source).toMatch(/^- gentle: Gentle branch text\. #id:[\w.]+$/m);
    expect(source).toMatch(/^- 1:$/m);
    const main = stamped[0].source;
    expect(main).not.toMatch(/#id:/); // functions and logic carry none
  });

  it('keeps the id of an edited line', () => {
    const id = idOn(act(stamped).source, 'The yard is quiet.');
    const edited = act(stamped).source.replace('The yard is quiet.', 'The yard is very quiet now.');
    expect(idOn(act(stamp(withAct(stamped, edited))).source, 'The yard is very quiet now.')).toBe(id);
  });

  it('keeps the id of a line moved to another knot', () => {
    const source = act(stamped).source;
    const line = source.split('\n').find((l) => l.startsWith('The yard is quiet.'))!;
    const moved = source.replace(`${line}\n`, '').replace('Never seen.', `${line}\nNever seen.`);
    const result = stampStory(withAct(stamped, moved));
    expect(result.issued).toEqual([]);
    expect(idOn(act(result.files).source, 'The yard is quiet.')).toBe(idOn(source, 'The yard is quiet.'));
  });

  it('gives a new line a new id that no other line has', () => {
    const added = act(stamped).source.replace('Never seen.', 'A brand new line.\nNever seen.');
    const result = stampStory(withAct(stamped, added));
    expect(result.issued).toHaveLength(1);
    expect(result.issued[0].id).toMatch(/^a\.d02\.[0-9a-f]{4}$/);
    expect(checkIds(result.files).duplicates).toEqual([]);
  });

  it('re-issues an id pasted with a copied line, on the second occurrence only', () => {
    const source = act(stamped).source;
    const line = source.split('\n').find((l) => l.startsWith('The yard is quiet.'))!;
    const pasted = source.replace('Never seen.', `${line}\nNever seen.`);
    expect(checkIds(withAct(stamped, pasted)).duplicates).toHaveLength(1);
    const result = stampStory(withAct(stamped, pasted));
    expect(result.reissued).toHaveLength(1);
    const lines = act(result.files).source.split('\n').filter((l) => l.startsWith('The yard is quiet.'));
    expect(lines[0]).toBe(line);
    expect(lines[1]).not.toBe(line);
    expect(checkIds(result.files).duplicates).toEqual([]);
  });

  it('lists the lines that cannot be translated whole', () => {
    const messages = stampStory(original).warnings.map((w) => `${relative(dirname(FIXTURE), w.file)}:${w.line}: ${w.message.split(':')[0]}`);
    expect(messages).toEqual([
      'main.ink:15: text inside a function',
      'acts/one.ink:13: choice text before its brackets is shared by the choice and the line after it',
      'acts/one.ink:13: choice text after its brackets',
      'acts/one.ink:16: text ending in a divert runs on into the next text',
      'acts/one.ink:30: text joined to another line with glue <>',
      'acts/one.ink:31: text joined to another line with glue <>',
    ]);
  });

  it('never puts an id inside a block that a line opens, and reads || and && in a block condition', () => {
    const source = 'VAR a = true\nVAR b = false\nSome text {a:\n- true: Yes.\n- else: No.\n}\n{ a || b:\n    Both.\n}\n{ a && b:\n    Neither.\n}\n-> END\n';
    const result = stampStory([{ file: 'inline/main.ink', source }]);
    const out = result.files[0]!.source;
    expect(out).toContain('Some text {a:\n');
    expect(out).toMatch(/\{ a \|\| b:\n/);
    expect(out).toMatch(/\{ a && b:\n/);
    expect(out).toMatch(/Both\. #id:/);
    expect(result.warnings.map((w) => w.message.split(':')[0])).toEqual(['text that opens a multi-line { block at its end']);
  });

  it('leaves the story playing exactly as before, with an id on every line and choice', () => {
    const before = compile(original, 'before');
    const after = compile(stamped, 'after');
    for (const gentle of [false, true]) {
      const plain = playAll(before, gentle);
      const tagged = playAll(after, gentle);
      expect(tagged.transcripts).toEqual(plain.transcripts);
      expect(plain.transcripts.length).toBeGreaterThan(3);
      // Every line shown and every choice offered carries one id (the glued line none).
      tagged.transcripts.forEach((transcript, path) => transcript.forEach((entry, n) => {
        if (entry.startsWith('> ') || entry === ' []') return;
        if (entry.startsWith('Glued start')) expect(tagged.ids[path][n]).toBe('');
        else if (entry.startsWith('This line ends with a divert')) expect(tagged.ids[path][n]).toMatch(/^id:a\.epilogue\.\w+$/);
        else expect(tagged.ids[path][n], entry).toMatch(/^id:[\w.]+$/);
      }));
    }
  });
});
