// Screens as a player sees them: at most 70 words before a choice or a new screen (`# clear`),
// choices under 12 words, in full and gentle mode, over seeded playthroughs of the whole story.
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/engine/index.ts';
import { splitScreens } from '../../src/ui/storyView.ts';
import { compiledStory } from '../helpers/story.ts';
import { hubName, viewpoints, type Viewpoint } from '../../src/viewpoints/registry.ts';

const compiled = compiledStory();
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

function survey(viewpoint: Viewpoint, presets: Record<string, boolean | string>, walks: number) {
  const runner = new StoryRunner(compiled.json!, { presets: { viewpoint: viewpoint.id, ...presets }, hubForDay: (day) => hubName(viewpoint, day) });
  let seed = 42;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const long: string[] = [];
  const longChoices: string[] = [];
  let screens = 0;
  let short = 0;
  for (let walk = 0; walk < walks; walk += 1) {
    let beat = runner.start();
    for (let steps = 0; steps < 3000; steps += 1) {
      for (const screen of splitScreens(beat.lines.map((line) => ({ ...line, variables: line.variables })))) {
        const count = screen.reduce((sum, line) => sum + words(line.text), 0);
        if (!count) continue;
        screens += 1;
        if (count < 30) short += 1;
        if (count > 70) long.push(`${count} words: "${screen[0].text.slice(0, 70)}..."`);
      }
      for (const choice of beat.choices) if (words(choice.text) >= 12) longChoices.push(choice.text);
      if (beat.ended) break;
      beat = runner.choose(beat.choices[Math.floor(random() * beat.choices.length)].index);
    }
  }
  return { long: [...new Set(long)], longChoices: [...new Set(longChoices)], screens, short };
}

// Every viewpoint in full and gentle mode, and the kiosk cut of the viewpoint that has one.
const surveys = [...viewpoints.values()].flatMap((viewpoint) => [
  { label: viewpoint.id, viewpoint, presets: { gentle: false }, walks: 40 },
  { label: `${viewpoint.id}, gentle`, viewpoint, presets: { gentle: true }, walks: 40 },
  ...(viewpoint.kioskCut ? [{ label: 'kiosk', viewpoint, presets: { gentle: false, [viewpoint.kioskCut.flag]: true }, walks: 60 }] : []),
]);

describe('screens', () => {
  for (const { label, viewpoint, presets, walks } of surveys) {
    it(`${label}: no screen over 70 words and no choice of 12 words or more`, () => {
      const result = survey(viewpoint, presets, walks);
      console.log(`${label}: ${result.screens} screens read, ${result.short} under 30 words (content-note lines and short beats)`);
      expect(result.long).toEqual([]);
      expect(result.longChoices).toEqual([]);
    });
  }
});
