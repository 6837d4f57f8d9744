// The save loader under fast-check (issue 18): whatever text arrives (a file, a slot, a hand-edited
// or hostile save), parseSave gives a valid envelope or a plain problem and never throws; loading
// a valid envelope gives a playable state or a StoryRuntimeError (which the screens turn into a
// message), nothing else; and a rejected text never changes what is stored.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  createSave, MemoryStorage, parseSave, restoreSave, saveSchema, serializeSave, StoryRunner, StoryRuntimeError, type SaveEnvelope,
} from '../../../src/engine/index.ts';
import { SaveStore, SLOT_IDS } from '../../../src/engine/saveStore.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const story = compileInline(`
VAR day = -1
VAR trust = 0
-> day_01
=== day_01 ===
~ day = 1
Night. Someone knocks.
* [Wait] You wait. -> day_02
* [Open the door] You open it. ~ trust = 1
  -> day_02
=== day_02 ===
~ day = 2
Morning.
* [Sleep] You sleep. -> END
* [Sew] You sew. -> END
`);
const HASH = 'h1';
const PROBLEMS = ['empty', 'too_large', 'not_json', 'truncated', 'foreign', 'invalid'];

function realSave(choices: number[]): SaveEnvelope {
  const runner = new StoryRunner(story);
  let beat = runner.start();
  for (const index of choices) beat = runner.choose(index);
  return createSave(runner, { storyHash: HASH, viewpoint: 'halyna' }, { lines: beat.lines.map((line) => ({ text: line.text, tags: line.rawTags, variables: line.variables })), screen: 0 }, { now: () => 1 });
}
const saves = [realSave([]), realSave([0]), realSave([1]), realSave([1, 1])];

function expectPlainOrValid(text: string): ReturnType<typeof parseSave> {
  let parsed!: ReturnType<typeof parseSave>;
  expect(() => { parsed = parseSave(text); }).not.toThrow();
  if (parsed.ok) expect(v.is(saveSchema, parsed.save)).toBe(true);
  else {
    expect(PROBLEMS).toContain(parsed.problem);
    expect(typeof parsed.detail).toBe('string');
    expect(parsed.detail.length).toBeGreaterThan(0);
  }
  return parsed;
}

/** Loads as the screens do: the runner ends up playable, or the error is a StoryRuntimeError. */
function expectLoadsOrPlainError(save: SaveEnvelope, hash = HASH): void {
  const runner = new StoryRunner(story);
  try {
    const restored = restoreSave(runner, save, hash);
    expect(restored.beat.choices.length > 0 || restored.beat.ended).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryRuntimeError);
  }
}

// Values a hostile or damaged save may hold in any field.
const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('__proto__', 'constructor', '<img src=x onerror=alert(1)>', '', 'day_99', 'day_01', '{}', '{"flows":{}}', -1, 1e308, 2 ** 53),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'day', 'trust', 'x'), fc.jsonValue()),
);
const fields = ['format', 'storyHash', 'viewpoint', 'inkState', 'choiceLog', 'dayCheckpoint', 'transcript', 'savedAt', '__proto__'];

/** A real save with some fields replaced, removed, or nested parts damaged. */
const damagedSave = fc.record({
  base: fc.constantFrom(...saves),
  replace: fc.dictionary(fc.constantFrom(...fields), anyValue, { maxKeys: 3 }),
  remove: fc.subarray(fields, { maxLength: 2 }),
  hash: fc.constantFrom(HASH, 'other-build'),
  choiceEdit: fc.option(fc.record({ index: fc.oneof(fc.nat(5), fc.constant(-1)), text: fc.string(), day: fc.integer({ min: -5, max: 50 }) })),
  checkpointEdit: fc.option(fc.record({ hub: fc.constantFrom('day_01', 'day_02', 'day_42', 'day_00'), day: fc.integer({ min: 0, max: 42 }), variables: fc.dictionary(fc.constantFrom('day', 'trust', '__proto__', 'ghost'), fc.oneof(fc.integer(), fc.string(), fc.boolean())) })),
  noCheckpoint: fc.boolean(),
  cut: fc.option(fc.nat(), { freq: 4 }),
}).map(({ base, replace, remove, hash, choiceEdit, checkpointEdit, noCheckpoint, cut }) => {
  const data = JSON.parse(serializeSave(base)) as Record<string, unknown>;
  if (choiceEdit) data.choiceLog = [...(data.choiceLog as unknown[]), choiceEdit];
  if (checkpointEdit) data.dayCheckpoint = checkpointEdit;
  if (noCheckpoint) data.dayCheckpoint = null;
  for (const [key, value] of Object.entries(replace)) data[key] = value;
  for (const key of remove) delete data[key];
  let text = JSON.stringify(data);
  if (cut !== null) text = text.slice(0, cut % (text.length + 1));
  return { text, hash };
});

describe('the save loader (property-based)', () => {
  it('parses any string into a valid save or a plain problem, never a throw', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
      expectPlainOrValid(text);
    }), { numRuns: 500 });
  });

  it('loads any damaged real save into a playable state or a StoryRuntimeError, never another throw', () => {
    fc.assert(fc.property(damagedSave, ({ text, hash }) => {
      const parsed = expectPlainOrValid(text);
      if (parsed.ok) expectLoadsOrPlainError(parsed.save, hash);
    }), { numRuns: 300 });
  });

  it('never changes the stored saves when a text is rejected', () => {
    fc.assert(fc.property(damagedSave, fc.constantFrom(...SLOT_IDS), ({ text }, slot) => {
      const storage = new MemoryStorage();
      const store = new SaveStore(storage, { now: () => 7 });
      for (const id of SLOT_IDS) store.write(id, saves[SLOT_IDS.indexOf(id) % saves.length]!);
      const before = new Map(storage.keys().map((key) => [key, storage.getItem(key)]));
      const result = store.writeText(slot, text);
      if (!result.ok) {
        expect(new Map(storage.keys().map((key) => [key, storage.getItem(key)]))).toEqual(before);
        expect(parseSave(text).ok).toBe(false);
      } else {
        expect(store.text(slot)).toBe(text);
      }
    }), { numRuns: 300 });
  });

  it('refuses a file over the size limit before parsing it', () => {
    expect(parseSave(`{"format":"kengir-forty-days/save@1","x":"${'a'.repeat(2_000_001)}"}`)).toMatchObject({ ok: false, problem: 'too_large' });
  });
});

describe('the generator of damaged saves', () => {
  it('produces saves that load, saves that are refused, and saves that reach the error path', () => {
    const outcomes = new Set<string>();
    fc.assert(fc.property(damagedSave, ({ text, hash }) => {
      const parsed = parseSave(text);
      if (!parsed.ok) { outcomes.add('refused'); return; }
      try { restoreSave(new StoryRunner(story), parsed.save, hash); outcomes.add('loaded'); } catch { outcomes.add('story error'); }
    }), { numRuns: 300, seed: 18 });
    expect([...outcomes].sort()).toEqual(['loaded', 'refused', 'story error']);
  });
});
