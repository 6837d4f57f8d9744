// The read-back's data: the path so far with days and choices, the same after a restore (rebuilt
// from the choice log, not from the file), and a play begun at a day's checkpoint (a chapter)
// that saves and restores from there.
import { describe, expect, it } from 'vitest';
import { MemoryStorage, SaveSlot } from '../../../src/engine/index.ts';
import { PlaySession, splitScreens, type PathEntry } from '../../../src/session/index.ts';
import { compileInline } from '../../helpers/compileInline.ts';
import { testViewpoint } from '../../helpers/testViewpoint.ts';

const story = compileInline(`
VAR day = -1
VAR viewpoint = ""
VAR hope = 0
-> day_00
=== day_00 ===
~ day = 0
Early May. #id:s.d00.l1
# clear
The gate. #id:s.d00.l1b
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
Day two. Hope {hope}. #id:s.d02.l1
* [Stay #id:s.d02.c1] -> day_03
=== day_03 ===
~ day = 3
Day three. #id:s.d03.l1
* [Rest #id:s.d03.c1] You rest. #id:s.d03.l2 #ending:stayed
  -> END
`);

const clock = { now: () => 1 };
function play(slot: SaveSlot | null = null) {
  const session = new PlaySession({ story: { json: story, hash: 'v1' }, viewpoint: testViewpoint(), clock, saves: slot });
  session.on('beat', ({ lines, screen }) => splitScreens(lines).forEach((_, index) => { if (index >= screen) session.screenShown(index); }));
  return session;
}
const brief = (entries: readonly PathEntry[]) => entries.map((entry) => `${entry.day}:${entry.kind === 'choice' ? '> ' : ''}${entry.text}`);

describe('pathSoFar', () => {
  it('lists every screen read and every choice taken, with its day', () => {
    const session = play();
    session.start();
    session.choose(session.currentBeat!.choices[0].index);
    session.choose(session.currentBeat!.choices[1].index);
    expect(brief(session.pathSoFar())).toEqual(['0:Early May.', '0:The gate.', '0:> Sew', '0:You sew.', '1:Day one. Hope 1.', '1:> Walk', '2:Day two. Hope 1.']);
    // Undo takes the last choice and what followed out of the path.
    session.undo();
    expect(brief(session.pathSoFar())).toEqual(['0:Early May.', '0:The gate.', '0:> Sew', '0:You sew.', '1:Day one. Hope 1.']);
  });

  it('is the same after a restore: the earlier path is rebuilt from the choice log', () => {
    const slot = new SaveSlot(new MemoryStorage());
    const first = play(slot);
    first.start();
    first.choose(first.currentBeat!.choices[1].index);
    first.choose(first.currentBeat!.choices[0].index);
    first.flushAutosave();
    const before = brief(first.pathSoFar());
    const parsed = slot.read();
    if (!parsed?.ok) throw new Error('no save');
    // A forged transcript in the file changes nothing: the lines come from the story.
    parsed.save.transcript.lines = parsed.save.transcript.lines.map((line) => ({ ...line, text: 'FORGED' }));
    const second = play(slot);
    expect(second.restore(parsed.save).ok).toBe(true);
    expect(brief(second.pathSoFar())).toEqual(before);
    second.choose(second.currentBeat!.choices[0].index);
    expect(brief(second.pathSoFar()).slice(-2)).toEqual(['2:> Stay', '3:Day three.']);
  });

  it('a play begun at a checkpoint saves its origin and restores from there, not from the start', () => {
    const slot = new SaveSlot(new MemoryStorage());
    const chapter = play(slot);
    chapter.startAt({ hub: 'day_01', day: 1, variables: { day: 1, hope: 5 } });
    chapter.choose(chapter.currentBeat!.choices[0].index);
    chapter.flushAutosave();
    const parsed = slot.read();
    if (!parsed?.ok) throw new Error('no save');
    expect(parsed.save.origin?.day).toBe(1);
    // Another build of the story replays the log: from the origin, so the chapter's variables hold.
    const again = play(slot);
    const outcome = again.restore({ ...parsed.save, storyHash: 'another-build' });
    expect(outcome).toEqual({ ok: true, method: 'replay' });
    expect(again.currentBeat!.lines[0].text).toBe('Day two. Hope 5.');
    expect(brief(again.pathSoFar())).toEqual(['1:Day one. Hope 5.', '1:> Wait', '2:Day two. Hope 5.']);
  });

  it('after a day restarted from its checkpoint, the earlier days are rebuilt when asked', () => {
    const slot = new SaveSlot(new MemoryStorage());
    const first = play(slot);
    first.start();
    first.choose(first.currentBeat!.choices[0].index);
    first.choose(first.currentBeat!.choices[0].index);
    first.flushAutosave();
    const parsed = slot.read();
    if (!parsed?.ok) throw new Error('no save');
    // Another build where a day-2 choice no longer exists: the replay stops, day 2 restarts.
    const save = { ...parsed.save, storyHash: 'another-build', choiceLog: [...parsed.save.choiceLog, { index: 0, text: 'Gone', day: 2 }] };
    const again = play(slot);
    expect(again.restore(save)).toEqual({ ok: true, method: 'checkpoint' });
    expect(brief(again.pathSoFar())).toEqual(['0:Early May.', '0:The gate.', '0:> Sew', '0:You sew.', '1:Day one. Hope 1.', '1:> Wait', '2:Day two. Hope 1.']);
  });
});
