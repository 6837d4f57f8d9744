// The myth checker: the known errors about Kengir (story/data/myths.ts, kept by the historian)
// must never be stated as fact, neither in the story's prose nor in the history layer's data.
// A note may name a myth only to correct it, and then says so with `discussesMyth: true`.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Moment, Note, Prompt } from '../../src/content/schema.ts';
import { packs } from '../../story/data/index.ts';
import { knownErrors } from '../../story/data/myths.ts';
import { compileInk } from '../../tools/ink/compile.mjs';
import { proseLines } from '../../tools/story/prose.ts';

interface KnownError { id: string; pattern: string; why: string }
interface Text { where: string; text: string }
interface Hit { error: string; where: string; match: string; why: string }

const compiled = (() => {
  try { return new Map(knownErrors.map((error) => [error.id, new RegExp(error.pattern, 'i')])); } catch { return null; }
})();

/** Every known error found in the texts, with where and what matched. */
function findKnownErrors(texts: Iterable<Text>, errors: readonly KnownError[] = knownErrors): Hit[] {
  const patterns = errors.map((error) => ({ error, regex: new RegExp(error.pattern, 'i') }));
  const hits: Hit[] = [];
  for (const { where, text } of texts) {
    for (const { error, regex } of patterns) {
      const match = regex.exec(text);
      if (match) hits.push({ error: error.id, where, match: match[0], why: error.why });
    }
  }
  return hits;
}

/** The readable lines of each ink file, labelled "file:n" by prose line. */
function storyTexts(files: readonly string[], read: (file: string) => string = (file) => readFileSync(file, 'utf8')): Text[] {
  return files.flatMap((file) => proseLines(read(file)).map((text, index) => ({ where: `${relative(process.cwd(), file)} (prose line ${index + 1})`, text })));
}

/** The checked fields of notes (unless they discuss a myth), prompts' reveals and moments. */
function dataTexts(content: { notes: Iterable<Note>; prompts: Iterable<Prompt>; moments: Iterable<Moment> }): Text[] {
  const values = <T>(items: Iterable<T>) => [...items];
  const texts: Text[] = [];
  for (const note of values<Note>(content.notes)) {
    if (note.discussesMyth) continue;
    texts.push({ where: `note ${note.id} title`, text: note.title }, { where: `note ${note.id} body`, text: note.body });
    if (note.disputed) texts.push({ where: `note ${note.id} disputed`, text: note.disputed });
  }
  for (const prompt of values<Prompt>(content.prompts)) texts.push({ where: `prompt ${prompt.id} reveal`, text: prompt.reveal });
  for (const moment of values<Moment>(content.moments)) texts.push({ where: `moment ${moment.id} whatPrisonersDid`, text: moment.whatPrisonersDid });
  return texts;
}

const report = (hits: Hit[]) => hits.map((hit) => `${hit.where}: "${hit.match}" (${hit.error}: ${hit.why})`);

describe('known errors (myths.ts)', () => {
  it('are well formed: unique ids, a reason each, patterns that compile', () => {
    expect(knownErrors.length).toBeGreaterThan(0);
    expect(new Set(knownErrors.map((error) => error.id)).size).toBe(knownErrors.length);
    for (const error of knownErrors) {
      expect(error.id, 'id').toMatch(/^[a-z][a-z0-9_]*$/);
      expect(error.why.trim().length, `${error.id} why`).toBeGreaterThan(0);
      expect(() => new RegExp(error.pattern, 'i'), `${error.id} pattern`).not.toThrow();
    }
    expect(compiled).not.toBeNull();
  });

  it('appear nowhere in the story text', () => {
    const result = compileInk('story/main.ink');
    expect(result.files.length).toBeGreaterThan(0);
    expect(report(findKnownErrors(storyTexts(result.files)))).toEqual([]);
  });

  it('appear in no note (unless it discusses the myth), prompt reveal or history moment', () => {
    // Read from the packs as written, so a schema problem elsewhere does not hide a myth here.
    const all = Object.values(packs);
    const texts = dataTexts({
      notes: all.flatMap((pack) => pack.notes ?? []) as Note[],
      prompts: all.flatMap((pack) => pack.prompts ?? []) as Prompt[],
      moments: all.flatMap((pack) => pack.moments ?? []) as Moment[],
    });
    expect(texts.length).toBeGreaterThan(0);
    expect(report(findKnownErrors(texts))).toEqual([]);
  });
});

describe('the myth checker itself', () => {
  const planted: Note = {
    id: 'planted', title: 'After the trials', date: { from: '1960', label: '1960' },
    body: 'Kuznetsov was fully rehabilitated and went home.', sources: ['applebaum_2003'],
  };

  it('catches a planted error in a note, and lets it pass when the note discusses the myth', () => {
    const hits = findKnownErrors(dataTexts({ notes: [planted], prompts: [], moments: [] }));
    expect(hits.map((hit) => [hit.error, hit.where])).toEqual([['fully_rehabilitated', 'note planted body']]);
    expect(findKnownErrors(dataTexts({ notes: [{ ...planted, discussesMyth: true }], prompts: [], moments: [] }))).toEqual([]);
  });

  it('reads a note’s title and disputed text, prompts’ reveals and moments', () => {
    const hits = findKnownErrors(dataTexts({
      notes: [{ ...planted, body: 'A true text.', title: 'Six tanks at dawn', disputed: 'It lasted about two weeks.' }],
      prompts: [{ id: 'p', question: 'Why?', skill: 'context', reveal: 'The women were used as a human shield.', note: 'planted' }],
      moments: [{ id: 'm', moment: 'At the end', whatPrisonersDid: 'Survivors rebuilt the wall after the assault.', note: 'planted' }],
    }));
    expect(hits.map((hit) => `${hit.where}: ${hit.error}`).sort()).toEqual([
      'moment m whatPrisonersDid: survivors_rebuilt_wall',
      'note planted disputed: about_two_weeks',
      'note planted title: six_tanks',
      'prompt p reveal: human_shield',
    ]);
  });

  it('catches a planted error in ink prose, even inside a choice, but not in tags or comments', () => {
    const ink = [
      '// Kuznetsov was fully rehabilitated (a comment, not prose)',
      '=== day_01 ===',
      'Mykola says the guards will be gone in about two weeks. # note: crossings',
      '* [Believe that Kuznetsov was fully rehabilitated # history: x]',
      '# note: fully_rehabilitated',
    ].join('\n');
    const hits = findKnownErrors(storyTexts(['planted.ink'], () => ink));
    expect(hits.map((hit) => hit.error).sort()).toEqual(['about_two_weeks', 'fully_rehabilitated']);
  });

  it('asks for the May shooting\u2019s 13 killed and 43 wounded to be attributed, not banned', () => {
    const hits = findKnownErrors([{ where: 'bare', text: 'The guards left 13 killed and 43 wounded.' }]);
    expect(hits.map((hit) => hit.error)).toEqual(['thirteen_dead_forty_three_wounded_alone']);
  });

  it('leaves true statements alone: the decorations of 25 June, the night of 25 to 26 June, an attributed 8,000', () => {
    const texts = [
      'On 25 June Yegorov and Dolgikh were decorated.',
      'The act orders troops in on the night of 25 to 26 June.',
      'Solzhenitsyn gave a figure of 8,000 prisoners.',
      'On 23 May the administration rebuilt the walls.',
      'Five T-34 tanks entered the zone on 26 June.',
      'In the Solzhenitsyn tradition the May shooting left 13 killed and 43 wounded.',
    ].map((text, index) => ({ where: `true ${index}`, text }));
    expect(report(findKnownErrors(texts))).toEqual([]);
  });
});
