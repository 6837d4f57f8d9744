// Conformance: the runner turns each fixture into the expected lines and choices, ids included.
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../../src/engine/index.ts';
import { inkFixtures, pickChoice, type ExpectedTranscriptEntry } from '../../helpers/inkFixtures.ts';

describe.each(inkFixtures())('runner fixture $name', (fixture) => {
  it('shows the expected lines and choices', () => {
    const runner = new StoryRunner(fixture.json, { presets: { viewpoint: 'fixture' } });
    const seen: ExpectedTranscriptEntry[] = [];
    let beat = runner.start();
    const record = () => { for (const line of beat.lines) seen.push({ kind: 'line', id: line.id, text: line.text }); };
    record();
    for (const wanted of fixture.choose) {
      const choice = pickChoice(beat.choices, wanted);
      seen.push({ kind: 'choice', id: choice.id, text: choice.text });
      beat = runner.choose(choice.index);
      record();
    }
    expect(seen).toEqual(fixture.transcript);
    expect(beat.ending).toBe(fixture.ending);
    expect(runner.choiceLog.map((entry) => entry.id ?? null)).toEqual(fixture.transcript.filter((entry) => entry.kind === 'choice').map((entry) => entry.id));
  });
});
