import { describe, expect, it } from 'vitest';
import {
  MemoryStorage, SaveSlot, StoryRunner, createSave, parseSave, restoreSave, serializeSave, SAVE_FORMAT,
} from '../../../src/engine/index.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const clock = { now: () => 1_000 };
const version1 = compileInline(`
VAR day = -1
-> day_01
=== day_01 ===
~ day = 1
Night. Someone knocks.
* [Wait] You wait. -> day_02
* [Open the door] You open it. -> day_02
=== day_02 ===
~ day = 2
Morning.
* [Sleep] You sleep. -> END
* [Sew] You sew. -> END
`);
// The same story with a choice inserted before the saved one: a raw ink state would now run the wrong branch.
const version2 = compileInline(`
VAR day = -1
-> day_01
=== day_01 ===
~ day = 1
Night. Someone knocks.
* [Wait] You wait. -> day_02
* [Open the door] You open it. -> day_02
=== day_02 ===
~ day = 2
Morning.
* [Pray] You pray. -> END
* [Sleep] You sleep. -> END
* [Sew] You sew. -> END
`);

function savedAtDay2(json: string) {
  const runner = new StoryRunner(json);
  runner.start();
  const beat = runner.choose(1);
  return createSave(runner, { storyHash: 'v1', viewpoint: 'fixture' }, { lines: beat.lines.map((l) => ({ text: l.text, tags: l.rawTags })), screen: 0 }, clock);
}

describe('saves', () => {
  it('restore the exact ink state in the same build', () => {
    const save = savedAtDay2(version1);
    const runner = new StoryRunner(version1);
    const restored = restoreSave(runner, save, 'v1');
    expect(restored.method).toBe('state');
    expect(restored.transcript.lines.map((l) => l.text)).toEqual(['You open it. Morning.']);
    expect(restored.beat.choices.map((c) => c.text)).toEqual(['Sleep', 'Sew']);
  });

  it('replay the choice log by text in a changed build, so the right branch follows', () => {
    const save = savedAtDay2(version1);
    const runner = new StoryRunner(version2);
    const restored = restoreSave(runner, save, 'v2');
    // Unstamped ink: no ids to match, so the replay went by text and says so.
    expect(restored.method).toBe('replay-text');
    expect(restored.beat.choices.map((c) => c.text)).toEqual(['Pray', 'Sleep', 'Sew']);
    const sleep = restored.beat.choices.find((c) => c.text === 'Sleep')!;
    expect(runner.choose(sleep.index).lines[0].text).toBe('You sleep.');
  });

  it('replay by choice id first: a reworded choice keeps its place', () => {
    const stamped = (door: string) => compileInline(`
VAR day = -1
-> day_01
=== day_01 ===
~ day = 1
Night. #id:t.d01.l1
* [Wait #id:t.d01.c1] You wait. -> day_02
* [${door} #id:t.d01.c2] You open it. -> day_02
=== day_02 ===
~ day = 2
Morning.
-> END
`);
    const save = savedAtDay2(stamped('Open the door'));
    expect(save.choiceLog[0]).toMatchObject({ id: 't.d01.c2' });
    const runner = new StoryRunner(stamped('Unbar the door'));
    const restored = restoreSave(runner, save, 'v2');
    expect(restored.method).toBe('replay');
    expect(runner.choiceLog[0]).toMatchObject({ id: 't.d01.c2', text: 'Unbar the door' });
  });

  it('fall back to the day checkpoint when a logged choice is gone', () => {
    const save = savedAtDay2(version1);
    save.choiceLog[0].text = 'A choice that was cut';
    const runner = new StoryRunner(version2);
    const restored = restoreSave(runner, save, 'v2');
    expect(restored.method).toBe('checkpoint');
    expect(restored.beat.lines[0].text).toBe('Morning.');
  });

  it('parse corrupt, truncated, foreign and empty files into plain problems', () => {
    const good = serializeSave(savedAtDay2(version1));
    expect(parseSave(good).ok).toBe(true);
    expect(parseSave(good.slice(0, good.length / 2))).toMatchObject({ ok: false, problem: 'truncated' });
    expect(parseSave('hello')).toMatchObject({ ok: false, problem: 'not_json' });
    expect(parseSave(JSON.stringify({ format: 'someone-else', data: 1 }))).toMatchObject({ ok: false, problem: 'foreign' });
    expect(parseSave('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseSave(JSON.stringify({ format: SAVE_FORMAT, storyHash: 3 }))).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('repair a save that lacks optional parts', () => {
    const save = savedAtDay2(version1) as Record<string, unknown>;
    delete save.transcript;
    const parsed = parseSave(JSON.stringify(save));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.repairs).toContain('missing transcript');
  });

  it('keep the autosave in the injected storage', () => {
    const storage = new MemoryStorage();
    const slot = new SaveSlot(storage);
    expect(slot.read()).toBeNull();
    slot.write(savedAtDay2(version1));
    expect(slot.exists()).toBe(true);
    expect(slot.read()?.ok).toBe(true);
    storage.setItem('kengir.autosave.v1', '{"format":');
    expect(slot.read()).toMatchObject({ ok: false });
  });
});
