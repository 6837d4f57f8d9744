import { describe, expect, it } from 'vitest';
import { StoryRunner, StoryRuntimeError, hubForDay } from '../../../src/engine/index.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const story = compileInline(`
VAR day = -1
VAR gentle = false
VAR hope = 5
-> day_00
=== day_00 ===
~ day = 0
# clear
Early May. {gentle: Softly.|Plainly.}
# place: sewing_workshop
The needle goes in and out.
* [Keep sewing # place: sewing_workshop]
  ~ hope = hope + 1
  You sew. # note: special_camps
  -> day_01
* [Look up]
  You look up.
  -> day_01
=== day_01 ===
~ day = 1
Sunday, 16 May.
* [Stay]
  # ending: stayed
  You stay.
  -> END
* [Wait]
  To be continued. # tbc
  -> END
`);

describe('StoryRunner', () => {
  it('produces beats with typed lines, tags and choices', () => {
    const runner = new StoryRunner(story, { presets: { gentle: false } });
    const beat = runner.start();
    expect(beat.lines.map((line) => line.text)).toEqual(['Early May. Plainly.', 'The needle goes in and out.']);
    expect(beat.lines[0].tags.clear).toBe(true);
    expect(beat.lines[1].tags.place).toBe('sewing_workshop');
    expect(beat.choices.map((choice) => choice.text)).toEqual(['Keep sewing', 'Look up']);
    expect(beat.choices[0].tags.place).toBe('sewing_workshop');
    expect(beat.ended).toBe(false);
    expect(runner.day).toBe(0);
  });

  it('applies presets such as gentle mode before the first line', () => {
    const runner = new StoryRunner(story, { presets: { gentle: true } });
    expect(runner.start().lines[0].text).toBe('Early May. Softly.');
  });

  it('logs choices, records a checkpoint at each new day, and reports endings', () => {
    const runner = new StoryRunner(story);
    runner.start();
    const next = runner.choose(0);
    expect(next.lines[0].tags.notes).toEqual(['special_camps']);
    expect(runner.checkpoint).toMatchObject({ hub: 'day_01', day: 1 });
    expect(runner.checkpoint?.variables.hope).toBe(6);
    const end = runner.choose(0);
    expect(end.ending).toBe('stayed');
    expect(end.ended).toBe(true);
    expect(runner.choiceLog.map((entry) => entry.text)).toEqual(['Keep sewing', 'Stay']);
  });

  it('recognises the to-be-continued marker', () => {
    const runner = new StoryRunner(story);
    runner.start();
    runner.choose(1);
    const end = runner.choose(1);
    expect(end.toBeContinued).toBe(true);
    expect(end.ended).toBe(true);
  });

  it('restarts a day from its checkpoint with the arrival variables', () => {
    const runner = new StoryRunner(story);
    runner.start();
    runner.choose(0);
    const checkpoint = runner.checkpoint!;
    const fresh = new StoryRunner(story);
    const beat = fresh.restoreCheckpoint(checkpoint, runner.choiceLog);
    expect(beat.lines[0].text).toBe('Sunday, 16 May.');
    expect(fresh.variables().hope).toBe(6);
    expect(fresh.choiceLog).toHaveLength(1);
  });

  it('turns an ink runtime error into a StoryRuntimeError', () => {
    const broken = compileInline(`
VAR day = -1
-> go
=== go ===
~ day = 1
Before.
* [Break]
  ~ temp x = RANDOM(5, 1)
  After.
  -> END
`);
    const runner = new StoryRunner(broken);
    runner.start();
    expect(() => runner.choose(0)).toThrow(StoryRuntimeError);
  });

  it('refuses a choice index that is not offered', () => {
    const runner = new StoryRunner(story);
    runner.start();
    expect(() => runner.choose(7)).toThrow(StoryRuntimeError);
  });

  it('names hubs with two digits', () => {
    expect(hubForDay(3)).toBe('day_03');
    expect(hubForDay(42)).toBe('day_42');
  });
});

describe('stable ids (# id: tags stamped by the build)', () => {
  const stamped = compileInline(`
VAR day = -1
-> day_00
=== day_00 ===
~ day = 0
Early May. #id:h.d00.a1f2
Untagged line.
* [Keep sewing #id:h.d00.c001 #place:sewing_workshop] You sew. #id:h.d00.b001
  -> END
* [Look up] -> END
`);

  it('exposes the id of each line and choice, null where the ink has none', () => {
    const runner = new StoryRunner(stamped);
    const beat = runner.start();
    expect(beat.lines.map((line) => line.id)).toEqual(['h.d00.a1f2', null]);
    expect(beat.choices.map((choice) => choice.id)).toEqual(['h.d00.c001', null]);
    expect(beat.choices[0].tags.place).toBe('sewing_workshop');
    expect(beat.choices[0].text).toBe('Keep sewing');
  });

  it('records the chosen id in the choice log (and none for an unstamped choice)', () => {
    const runner = new StoryRunner(stamped);
    runner.start();
    expect(runner.choose(0).lines[0].id).toBe('h.d00.b001');
    expect(runner.choiceLog[0]).toMatchObject({ id: 'h.d00.c001', text: 'Keep sewing' });
    const other = new StoryRunner(stamped);
    other.start();
    other.choose(1);
    expect(other.choiceLog[0].id).toBeUndefined();
  });

  it('names hubs the viewpoint way when asked', () => {
    const runner = new StoryRunner(compileInline(`
VAR day = -1
~ day = 2
Two.
-> END
`), { hubForDay: (day) => `jo_${day}` });
    runner.start();
    expect(runner.checkpoint?.hub).toBe('jo_2');
  });
});
