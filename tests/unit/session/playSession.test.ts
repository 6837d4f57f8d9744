import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage, SaveSlot, type SaveEnvelope } from '../../../src/engine/index.ts';
import { PlaySession, type PlaySessionOptions } from '../../../src/session/index.ts';
import { compileInline } from '../../helpers/compileInline.ts';
import { testViewpoint } from '../../helpers/testViewpoint.ts';

const clock = { now: () => 5 };
const story = compileInline(`
VAR day = -1
VAR viewpoint = ""
VAR hope = 0
-> day_00
=== day_00 ===
~ day = 0
Early May. #id:s.d00.l1
* [Sew #id:s.d00.c1]
  ~ hope = hope + 1
  You sew. #id:s.d00.l2
  -> day_01
* [Sing #id:s.d00.c2] You sing. #id:s.d00.l3
  -> day_01
=== day_01 ===
~ day = 1
Day one. Hope {hope}. #id:s.d01.l1
* [Wait #id:s.d01.c1] -> day_02
* [Walk #id:s.d01.c2] -> day_02
=== day_02 ===
~ day = 2
Day two. #id:s.d02.l1
* [Stay #id:s.d02.c1] -> day_03
=== day_03 ===
~ day = 3
Day three. #id:s.d03.l1
* [Rest #id:s.d03.c1] You rest. #id:s.d03.l2 #ending:stayed
  -> END
`);

function session(options: Partial<PlaySessionOptions> = {}, json = story, hash = 'v1') {
  const s = new PlaySession({ story: { json, hash }, viewpoint: testViewpoint(), clock, ...options });
  s.on('beat', () => s.screenShown(0));
  return s;
}

describe('PlaySession', () => {
  it('starts with the viewpoint preset and emits typed events', () => {
    const s = new PlaySession({ story: { json: story, hash: 'v1' }, viewpoint: testViewpoint(), clock });
    const beats: string[] = [];
    const days: number[] = [];
    s.on('beat', ({ beat, cause }) => beats.push(`${cause}:${beat.lines[0]?.text}`));
    s.on('day', ({ day }) => days.push(day));
    s.start();
    expect(s.runner.variables().viewpoint).toBe('fixture');
    s.screenShown(0);
    s.choose(s.currentBeat!.choices[0].index);
    s.screenShown(0);
    s.choose(0);
    s.screenShown(0);
    expect(beats).toEqual(['start:Early May.', 'choice:You sew.', 'choice:Day two.']);
    // The header follows the first line of the screen: "You sew." is still day 0.
    expect(days).toEqual([0, 2]);
    expect(s.runner.choiceLog[0]).toMatchObject({ id: 's.d00.c1', text: 'Sew' });
  });

  it('autosaves through the injected slot, deferred, with line ids', () => {
    const slot = new SaveSlot(new MemoryStorage());
    const tasks: (() => void)[] = [];
    const saved = vi.fn();
    const s = session({ saves: slot, defer: (task) => tasks.push(task) });
    s.on('saved', saved);
    s.start();
    expect(slot.exists()).toBe(false);
    tasks.splice(0).forEach((task) => task());
    expect(saved).toHaveBeenCalledTimes(1);
    const read = slot.read();
    expect(read?.ok && read.save.viewpoint).toBe('fixture');
    expect(read?.ok && read.save.transcript.lines[0]).toMatchObject({ id: 's.d00.l1', text: 'Early May.' });
  });

  it('undoes to the exact previous screen and choices, without running the ink', () => {
    const s = session();
    s.start();
    s.choose(0);
    const before = s.runner.variables().hope;
    expect(before).toBe(1);
    const shown: string[] = [];
    s.on('beat', ({ lines, cause }) => shown.push(`${cause}:${lines.map((l) => l.text).join('|')}`));
    expect(s.undoAvailable).toBe(1);
    const beat = s.undo();
    expect(beat?.choices.map((c) => c.text)).toEqual(['Sew', 'Sing']);
    expect(shown).toEqual(['undo:Early May.']);
    expect(s.runner.variables().hope).toBe(0);
    expect(s.runner.choiceLog).toHaveLength(0);
    expect(s.undoAvailable).toBe(0);
    expect(s.undo()).toBeNull();
    // The other branch is open again.
    s.choose(1);
    expect(s.currentBeat!.lines[0].text).toBe('You sing.');
    expect(s.transcript.map((entry) => entry.text)).toEqual(['Early May.', 'Sing', 'You sing.', 'Day one. Hope 0.']);
  });

  it('undoes several steps at once, and keeps only the current and the previous day', () => {
    const s = session();
    s.start();
    s.choose(0); // day 0 -> 1
    s.choose(0); // day 1 -> 2
    s.choose(0); // day 2 -> 3
    // The day 0 snapshot is older than the previous day (2) and has been dropped.
    expect(s.undoAvailable).toBe(2);
    s.undo(2);
    expect(s.currentBeat!.lines.map((l) => l.text)).toEqual(['You sew.', 'Day one. Hope 1.']);
    expect(s.day).toBe(1);
  });

  it('undoes from the ink state serialised after the paint, the same as one taken at the choice', () => {
    const tasks: (() => void)[] = [];
    const s = session({ defer: (task) => tasks.push(task) });
    s.start();
    tasks.splice(0).forEach((task) => task());
    s.choose(1);
    tasks.splice(0).forEach((task) => task());
    s.choose(0);
    s.undo(2);
    expect(s.runner.variables().hope).toBe(0);
    expect(s.currentBeat!.choices.map((c) => c.text)).toEqual(['Sew', 'Sing']);
    s.choose(0);
    expect(s.currentLines[0].text).toBe('You sew.');
  });

  it('bounds the undo list', () => {
    const s = session({ undoLimit: 1 });
    s.start();
    s.choose(0);
    s.choose(0);
    expect(s.undoAvailable).toBe(1);
  });

  it('updates the autosave on undo', () => {
    const slot = new SaveSlot(new MemoryStorage());
    const s = session({ saves: slot });
    s.start();
    s.choose(0);
    const afterChoice = slot.read();
    expect(afterChoice?.ok && afterChoice.save.choiceLog).toHaveLength(1);
    s.undo();
    const afterUndo = slot.read();
    expect(afterUndo?.ok && afterUndo.save.choiceLog).toHaveLength(0);
    expect(afterUndo?.ok && afterUndo.save.transcript.lines.map((l) => l.text)).toEqual(['Early May.']);
  });

  it('restores a save of the same build exactly', () => {
    const first = session();
    first.start();
    first.choose(1);
    const save = first.currentSave();
    const second = session();
    expect(second.restore(save)).toEqual({ ok: true, method: 'state' });
    expect(second.currentLines.map((l) => l.text)).toEqual(['You sing.', 'Day one. Hope 0.']);
    expect(second.undoAvailable).toBe(0);
  });

  it('refuses a save of another viewpoint', () => {
    const first = session();
    first.start();
    const save: SaveEnvelope = { ...first.currentSave(), viewpoint: 'nobody' };
    expect(session().restore(save)).toEqual({ ok: false, problem: 'viewpoint' });
  });

  it('replays a changed story by choice id, then by text, and says which', () => {
    const first = session();
    first.start();
    first.choose(1);
    const save = first.currentSave();
    // Reworded choices keep their ids; a new choice is inserted before them.
    const reworded = compileInline(`
VAR day = -1
VAR viewpoint = ""
-> day_00
=== day_00 ===
~ day = 0
Early May. #id:s.d00.l1
* [Pray #id:s.d00.c9] -> day_01
* [Sew #id:s.d00.c1] -> day_01
* [Hum quietly #id:s.d00.c2] You hum. -> day_01
=== day_01 ===
~ day = 1
Day one.
-> END
`);
    const byId = session({}, reworded, 'v2');
    expect(byId.restore(save)).toEqual({ ok: true, method: 'replay' });
    expect(byId.currentLines[0].text).toMatch(/^You hum\./);
    // An older save without ids replays by text.
    const old: SaveEnvelope = { ...save, storyHash: 'v0', choiceLog: save.choiceLog.map(({ id: _id, ...rest }) => rest) };
    const byText = session();
    expect(byText.restore(old)).toEqual({ ok: true, method: 'replay-text' });
    // Neither id nor text: the day checkpoint.
    const gone: SaveEnvelope = { ...save, storyHash: 'v0', choiceLog: [{ index: 0, id: 'x.gone', text: 'Gone', day: 0 }] };
    const fallback = session();
    expect(fallback.restore(gone)).toEqual({ ok: true, method: 'checkpoint' });
    expect(fallback.currentLines[0].text).toBe('Day one. Hope 0.');
  });

  it('emits an error and offers the day again when the ink fails', () => {
    const broken = compileInline(`
VAR day = -1
VAR viewpoint = ""
-> day_01
=== day_01 ===
~ day = 1
Before.
* [Break]
  ~ temp x = RANDOM(5, 1)
  After.
  -> END
`);
    const s = session({}, broken);
    const errors: boolean[] = [];
    s.on('error', ({ canRetryDay }) => errors.push(canRetryDay));
    s.start();
    expect(s.choose(0)).toBeNull();
    expect(errors).toEqual([true]);
    expect(s.retryDay()?.lines[0].text).toBe('Before.');
  });

  it('ignores a choice that is not offered', () => {
    const s = session();
    s.start();
    expect(s.choose(9)).toBeNull();
    expect(s.undoAvailable).toBe(0);
  });

  it('unlocks notes and reports endings as screens are shown', () => {
    const withNote = compileInline(`
VAR day = -1
VAR viewpoint = ""
-> day_00
=== day_00 ===
~ day = 0
A line. #note:special_camps
* [End] The end. #ending:stayed
  -> END
`);
    const s = session({}, withNote);
    const notes: string[] = [];
    const endings: string[] = [];
    s.on('note', ({ id }) => notes.push(id));
    s.on('ending', ({ id }) => endings.push(id));
    s.start();
    s.choose(0);
    expect(notes).toEqual(['special_camps']);
    expect(endings).toEqual(['stayed']);
  });

  it('reports a document card when its line is shown, not before', () => {
    const withDocument = compileInline(`
VAR day = -1
VAR viewpoint = ""
-> day_00
=== day_00 ===
~ day = 0
A first screen.
A second screen. #clear #document:demands_may27
-> END
`);
    const s = new PlaySession({ story: { json: withDocument, hash: 'v1' }, viewpoint: testViewpoint(), clock });
    const documents: string[] = [];
    s.on('document', ({ id }) => documents.push(id));
    s.on('beat', () => s.screenShown(0));
    s.start();
    expect(documents).toEqual([]);
    s.screenShown(1);
    expect(documents).toEqual(['demands_may27']);
  });
});
