// The runner keeps its last reading of the story variables until ink reports a change (a
// speed-up: it used to read every global after every line). This checks the lines' variables
// against a plain inkjs Story read in full after every line, over walks of the real story
// with undo and day checkpoints in between.
import { Story } from 'inkjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { StoryRunner, declaredVariables, type Beat, type Valuation } from '../../../src/engine/index.ts';
import { viewpoints } from '../../../src/viewpoints/registry.ts';
import { compiledStory } from '../../helpers/story.ts';

let json = '';
beforeAll(() => { json = compiledStory().json!; }, 120_000);

/** The variables after each shown line, read in full from a fresh Story that takes the same choices. */
function oracle(names: string[], presets: Valuation, choices: number[]): Valuation[][] {
  const story = new Story(json);
  for (const [name, value] of Object.entries(presets)) story.variablesState[name] = value;
  const beats: Valuation[][] = [];
  const run = () => {
    const lines: Valuation[] = [];
    while (story.canContinue) {
      const text = (story.Continue() ?? '').trim();
      if (!text) continue;
      const values: Valuation = {};
      for (const name of names) values[name] = story.variablesState[name] as Valuation[string];
      lines.push(values);
    }
    beats.push(lines);
  };
  run();
  for (const index of choices) { story.ChooseChoiceIndex(index); run(); }
  return beats;
}

describe('StoryRunner variables', () => {
  for (const viewpoint of viewpoints.values()) {
    it(`match a full reading after every line (${viewpoint.id}, seeded walk)`, () => {
      const names = declaredVariables(json);
      const presets = { viewpoint: viewpoint.id };
      const runner = new StoryRunner(json, { presets, dayVariable: viewpoint.dayVariable });
      let beat: Beat = runner.start();
      const shown: Valuation[][] = [beat.lines.map((line) => ({ ...line.variables }))];
      const taken: number[] = [];
      let seed = 7;
      const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
      for (let step = 0; step < 120 && beat.choices.length; step += 1) {
        const index = beat.choices[next() % beat.choices.length].index;
        // Now and then: take a choice, undo it (a snapshot load), and go on from there.
        if (step % 7 === 3) {
          const snapshot = runner.snapshot();
          runner.choose(index);
          beat = runner.restoreSnapshot(snapshot);
          expect(runner.variables()).toEqual(beat.variables);
        }
        beat = runner.choose(index);
        taken.push(index);
        shown.push(beat.lines.map((line) => ({ ...line.variables })));
        expect(runner.variables()).toEqual(beat.variables);
      }
      expect(taken.length).toBeGreaterThan(20);
      expect(shown).toEqual(oracle(names, presets, taken));
    }, 120_000);
  }

  it('are read again after a day checkpoint and a preset change', () => {
    const runner = new StoryRunner(json, { presets: { viewpoint: [...viewpoints.keys()][0] } });
    let beat = runner.start();
    for (let step = 0; step < 40 && beat.choices.length && !runner.checkpoint; step += 1) beat = runner.choose(beat.choices[0].index);
    const checkpoint = runner.checkpoint!;
    expect(checkpoint).not.toBeNull();
    for (let step = 0; step < 10 && beat.choices.length; step += 1) beat = runner.choose(beat.choices[beat.choices.length - 1].index);
    beat = runner.restoreCheckpoint(checkpoint);
    expect(beat.lines[0].variables.day).toBe(checkpoint.day);
    expect(runner.variables()).toEqual(beat.variables);
    runner.setPreset('gentle', true);
    expect(runner.variables().gentle).toBe(true);
    runner.setPreset('gentle', false);
    expect(runner.variables().gentle).toBe(false);
  });
});
