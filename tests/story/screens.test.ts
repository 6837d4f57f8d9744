// Screens as a player sees them: at most 70 words before a choice or a new screen (`# clear`),
// choices under 12 words, in full and gentle mode, over seeded playthroughs of the whole story.
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/engine/index.ts';
import { splitScreens } from '../../src/ui/storyView.ts';
import { compiledStory } from '../helpers/story.ts';

const compiled = compiledStory();
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

function survey(presets: Record<string, boolean | string>, walks: number) {
  const runner = new StoryRunner(compiled.json!, { presets: { viewpoint: 'halyna', ...presets } });
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

describe('screens', () => {
  for (const [label, presets] of [['home', { kiosk_cut: false, gentle: false }], ['home, gentle', { kiosk_cut: false, gentle: true }], ['kiosk', { kiosk_cut: true, gentle: false }]] as const) {
    it(`${label}: no screen over 70 words and no choice of 12 words or more`, () => {
      const result = survey(presets, label === 'kiosk' ? 60 : 40);
      console.log(`${label}: ${result.screens} screens read, ${result.short} under 30 words (content-note lines and short beats)`);
      expect(result.long).toEqual([]);
      expect(result.longChoices).toEqual([]);
    });
  }
});
