// The kiosk cut as the kiosk plays it: every path (gentle or not) reaches an ending in a
// handful of choices, no screen has more than 70 words, the three key choices carry their
// `# history:` ids (the "How visitors chose" panel), and the attract loop's journey is valid.
import { describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/registry.ts';
import { StoryRunner, type Beat } from '../../../src/engine/index.ts';
import { mapStateFrom } from '../../../src/map/mapState.ts';
import { DEFAULT_CONFIG } from '../../../src/modes/kiosk/config.ts';
import { kioskEn } from '../../../src/modes/kiosk/strings.ts';
import { ATTRACT_STEPS } from '../../../src/modes/kiosk/timeline.ts';
import { splitScreens } from '../../../src/ui/storyView.ts';
import { compiledStory } from '../../helpers/story.ts';

const KEY_MOMENTS = ['kiosk_help_wounded', 'kiosk_demands', 'kiosk_walk_out'];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface PathResult { endings: Set<string>; maxWords: number; moments: Set<string>; paths: number; maxChoices: number; days: number[] }

function explore(json: string, gentle: boolean): PathResult {
  const result: PathResult = { endings: new Set(), maxWords: 0, moments: new Set(), paths: 0, maxChoices: 0, days: [] };
  const runner = new StoryRunner(json, { presets: { kiosk_cut: true, gentle, viewpoint: 'halyna' }, dayVariable: 'kiosk_day' });
  // Depth first, restoring the ink state at each choice point instead of replaying from the start.
  const walk = (beat: Beat, depth: number) => {
    for (const screen of splitScreens(beat.lines.map((line) => ({ text: line.text, tags: line.tags, rawTags: line.rawTags, variables: line.variables })))) {
      result.maxWords = Math.max(result.maxWords, words(screen.map((line) => line.text).join(' ')));
    }
    for (const line of beat.lines) {
      if (line.tags.ending) result.endings.add(line.tags.ending);
      result.days.push(Number(line.variables.kiosk_day));
      expect(line.variables.day, 'the kiosk cut never sets day').toBe(-1);
    }
    for (const choice of beat.choices) for (const id of choice.tags.history) result.moments.add(id);
    if (beat.ended) {
      result.paths += 1;
      result.maxChoices = Math.max(result.maxChoices, depth);
      return;
    }
    const state = runner.saveInkState();
    for (const choice of beat.choices) {
      runner.restoreInkState(state, [], null);
      walk(runner.choose(choice.index), depth + 1);
    }
  };
  walk(runner.start(), 0);
  return result;
}

describe('the kiosk cut', () => {
  it('has no screen over 70 words, three key moments, and every path ends', () => {
    const json = compiledStory().json!;
    const content = getContent();
    for (const gentle of [false, true]) {
      const result = explore(json, gentle);
      expect(result.maxWords, `gentle ${gentle}`).toBeLessThanOrEqual(70);
      expect([...result.moments].sort()).toEqual([...KEY_MOMENTS].sort());
      for (const id of KEY_MOMENTS) expect(content.moments.get(id)?.whatPrisonersDid, id).toBeTruthy();
      expect(result.endings.size).toBeGreaterThanOrEqual(3);
      for (const ending of result.endings) expect(content.endings.has(ending), ending).toBe(true);
      expect(result.maxChoices).toBeLessThanOrEqual(10);
      expect(Math.max(...result.days)).toBe(42);
      expect(result.paths).toBeGreaterThan(20);
    }
  }, 60_000);
});

describe('the attract loop', () => {
  it('shows each caption at least 8 s (WCAG 2.2.2), one caption per step, on valid map states', () => {
    expect(DEFAULT_CONFIG.attract.stepSeconds).toBeGreaterThanOrEqual(8);
    expect(ATTRACT_STEPS.length * DEFAULT_CONFIG.attract.stepSeconds).toBeLessThanOrEqual(120);
    expect(kioskEn.steps).toHaveLength(ATTRACT_STEPS.length);
    for (const [index, step] of ATTRACT_STEPS.entries()) {
      const state = mapStateFrom(step.variables);
      expect(state.day).toBe(step.day);
      expect(words(kioskEn.steps[index].caption)).toBeLessThanOrEqual(20);
    }
    expect(mapStateFrom(ATTRACT_STEPS[7].variables).layers).toContain('tanks');
    expect(ATTRACT_STEPS.map((step) => step.day).slice(0, -1)).toEqual([...ATTRACT_STEPS.map((step) => step.day).slice(0, -1)].sort((a, b) => a - b));
  });
});
