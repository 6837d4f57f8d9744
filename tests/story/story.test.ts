// The real story: it compiles cleanly, every tag id resolves, and an exhaustive exploration of
// each viewpoint's state graph, from its own entry, finds no dead end, no ink error, no unreached
// knot, and reaches every ending of its registry entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/engine/index.ts';
import { formatInkMessage } from '../../tools/ink/compile.mjs';
import { compiledStory } from '../helpers/story.ts';
import { checkStory, formatReport, storyCrossings, type StoryReport } from '../../tools/story/checks.ts';
import { checkCrossings } from '../../tools/story/crossings.ts';
import { REQUIRE_LINE_IDS } from '../../tools/story/ids/required.ts';
import { hubName, viewpoints } from '../../src/viewpoints/registry.ts';
import { checkIds, formatIdProblems } from '../../tools/story/ids/stamp.ts';

const compiled = compiledStory();
const sources = compiled.files.map((file) => readFileSync(file, 'utf8'));
// One exploration of every viewpoint (the most expensive step), shared by the tests below. About
// 70-90 s of CPU for all paths; on the shared 2-core machine under load the wall time has reached
// 10 minutes, so the test's own timeout is generous (story:check prints the times per path).
const EXPLORATION_TIMEOUT = 1_200_000;
let sharedReport: StoryReport | null = null;
const storyReport = () => (sharedReport ??= checkStory(compiled.json!, sources, compiled.files));

describe('the story', () => {
  it('compiles with no errors and no warnings', () => {
    expect(compiled.errors.map((m) => formatInkMessage(m))).toEqual([]);
    expect(compiled.warnings.map((m) => formatInkMessage(m))).toEqual([]);
    expect(compiled.json).toBeTruthy();
  });

  it('gives every line and choice one stable id (npm run story:ids)', () => {
    const ids = checkIds(sources.map((source, index) => ({ file: compiled.files[index], source })));
    const required = REQUIRE_LINE_IDS ? ids : { ...ids, missing: [], unstampable: [] };
    expect(formatIdProblems(required)).toEqual([]);
    if (REQUIRE_LINE_IDS) expect(ids.count).toBeGreaterThan(500);
  });

  it('explores every viewpoint from its own entry: no dead end, no ink error, every knot, tag and ending', () => {
    const report = storyReport();
    console.log(formatReport(report, 200));
    expect(report.problems).toEqual([]);
    expect(report.runs.filter((run) => !run.kiosk).map((run) => run.viewpoint.id)).toEqual([...viewpoints.keys()]);
    for (const { viewpoint, kiosk, result } of report.runs) {
      if (kiosk) { expect(result.endings.size).toBeGreaterThanOrEqual(2); continue; }
      // Each viewpoint's exploration reaches every one of its own day hubs, and no other viewpoint's.
      const explored = new Set(result.hubs.map((hub) => hub.hub));
      for (let day = viewpoint.firstDay; day <= viewpoint.lastDay; day += 1) expect(explored.has(hubName(viewpoint, day)), `${viewpoint.id}: ${hubName(viewpoint, day)}`).toBe(true);
      for (const other of viewpoints.values()) if (other !== viewpoint) expect(explored.has(hubName(other, other.firstDay)), `${viewpoint.id} reaches ${other.id}'s hubs`).toBe(false);
    }
  }, EXPLORATION_TIMEOUT);

  it('keeps the shared facts of every crossing on every explored path (crossings.md §3.4)', () => {
    const report = storyReport();
    const runs = report.runs.map(({ viewpoint, result }) => ({ viewpoint: viewpoint.id, result }));
    expect(checkCrossings(storyCrossings().list, runs)).toEqual([]);
    // Halyna's path carries the tags of every crossing she owns, each with its facts.
    const halyna = report.runs.find((run) => run.viewpoint.id === 'halyna' && !run.kiosk)!.result;
    for (const crossing of storyCrossings().list.filter((candidate) => candidate.owner === 'halyna')) {
      expect(halyna.sightings.some((sighting) => sighting.kind === 'crossing' && sighting.id === crossing.id), crossing.id).toBe(true);
    }
    const shown = report.runs.map(({ label, result }) => `${label}: ${new Set(result.sightings.filter((s) => s.kind === 'crossing').map((s) => s.id)).size} crossings, ${new Set(result.sightings.filter((s) => s.kind === 'fact').map((s) => s.id)).size} facts`);
    console.log(`Crossings shown: ${shown.join('; ')}`);
  });

  it.each([...viewpoints.values()])('survives seeded random playthroughs of $id in gentle mode without an ink error', (viewpoint) => {
    const runner = new StoryRunner(compiled.json!, { presets: { gentle: true, viewpoint: viewpoint.id }, hubForDay: (day) => hubName(viewpoint, day) });
    let seed = 20260526;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let walk = 0; walk < 150; walk += 1) {
      let beat = runner.start();
      let steps = 0;
      while (!beat.ended && steps < 2000) {
        beat = runner.choose(beat.choices[Math.floor(random() * beat.choices.length)].index);
        steps += 1;
      }
      expect(beat.ended, `walk ${walk} ended`).toBe(true);
      expect(beat.ending !== null || beat.toBeContinued, `walk ${walk} reached an ending`).toBe(true);
    }
  });
});
