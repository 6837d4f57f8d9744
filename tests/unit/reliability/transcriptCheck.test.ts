// D7: the transcript shown after loading comes from the story, never from the file.
import { describe, expect, it } from 'vitest';
import { createSave, restoreSave, StoryRunner, StoryRuntimeError, type SaveEnvelope } from '../../../src/engine/index.ts';
import { checkRestoredTranscript } from '../../../src/engine/transcriptCheck.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const story = compileInline(`
VAR day = -1
-> day_01
=== day_01 ===
~ day = 1
Night. Someone knocks.
* [Wait] You wait. -> day_02
* [Open the door] You open it. -> day_02
=== day_02 ===
~ day = 2
Morning. # clear
The yard is quiet.
* [Sleep] You sleep. -> END
* [Sew] You sew. -> END
`);

function saveAfter(choices: number[], screen = 0): SaveEnvelope {
  const runner = new StoryRunner(story);
  let beat = runner.start();
  for (const index of choices) beat = runner.choose(index);
  return createSave(runner, { storyHash: 'h', viewpoint: 'halyna' }, { lines: beat.lines.map((line) => ({ text: line.text, tags: line.rawTags, variables: line.variables })), screen }, { now: () => 1 });
}

function load(save: SaveEnvelope) {
  const runner = new StoryRunner(story);
  return { runner, result: checkRestoredTranscript(runner, save, restoreSave(runner, save, 'h')) };
}

describe('checkRestoredTranscript', () => {
  it('shows the story\'s own lines and keeps the saved screen when the file is honest', () => {
    const { result, runner } = load(saveAfter([1], 1));
    expect(result).toMatchObject({ method: 'state', transcriptReplaced: false });
    expect(result.transcript.lines.map((line) => line.text)).toEqual(['You open it. Morning.', 'The yard is quiet.']);
    expect(result.transcript.screen).toBe(1);
    expect(result.transcript.lines[1]!.variables).toMatchObject({ day: 2 });
    expect(result.transcript.lines[0]!.tags).toEqual(['clear']);
    expect(runner.choose(result.beat.choices[1]!.index).lines[0]!.text).toBe('You sew.');
  });

  it('never shows a forged line', () => {
    const save = saveAfter([1], 1);
    save.transcript.lines[0]!.text = 'FORGED: the uprising never happened.';
    const { result } = load(save);
    expect(result.transcriptReplaced).toBe(true);
    expect(result.transcript.lines.map((line) => line.text)).not.toContain('FORGED: the uprising never happened.');
    expect(result.transcript.lines.map((line) => line.text)).toContain('You open it. Morning.');
    expect(result.transcript.screen).toBe(0);
  });

  it('still shows the story for a save without a transcript', () => {
    const save = saveAfter([0]);
    save.transcript = { lines: [], screen: 0 };
    const { result } = load(save);
    expect(result.transcript.lines.map((line) => line.text)).toEqual(['You wait. Morning.', 'The yard is quiet.']);
  });

  it('follows the choice log when it and the ink state disagree', () => {
    const save = saveAfter([1, 0]);
    const earlier = saveAfter([1]);
    save.choiceLog = earlier.choiceLog;
    const { result } = load(save);
    expect(result.method).toBe('replay');
    expect(result.beat.choices.map((choice) => choice.text)).toEqual(['Sleep', 'Sew']);
  });

  it('restarts the day when the log cannot be replayed, or refuses plainly without a checkpoint', () => {
    const save = saveAfter([1]);
    save.choiceLog[0]!.text = 'A choice nobody wrote';
    expect(load(save).result.method).toBe('checkpoint');
    save.dayCheckpoint = null;
    expect(() => load(save)).toThrow(StoryRuntimeError);
  });
});
