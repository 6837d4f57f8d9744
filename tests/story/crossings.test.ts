// Crossings (docs/briefs/crossings.md §3): the data is valid, and nothing in one path changes
// another: the variables each viewpoint's ink assigns are disjoint, except the viewpoint-neutral
// ones. The crossing-fact check over the exhaustive exploration runs in story.test.ts, on the
// same exploration (tools/story/checks.ts calls checkCrossings).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../src/content/bundled.ts';
import { viewpoints } from '../../src/viewpoints/registry.ts';
import { crossings } from '../../story/data/crossings.ts';
import { assignedVariables, declaredGlobals, functionEffects, functionsIn, VIEWPOINT_NEUTRAL } from '../../tools/story/assignments.ts';
import { validateCrossings } from '../../tools/story/crossings.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const folderSources = (folder: string) => readdirSync(`story/${folder}`).filter((file) => file.endsWith('.ink')).map((file) => read(`story/${folder}/${file}`));

describe('crossings data', () => {
  it('validates, with known places and registered or announced viewpoints', () => {
    const list = validateCrossings(crossings, new Set(bundledContent().places.keys()));
    expect(list.length).toBeGreaterThanOrEqual(5);
    for (const crossing of list) {
      expect(viewpoints.has(crossing.owner), `${crossing.id}: owner ${crossing.owner}`).toBe(true);
      for (const viewpoint of crossing.viewpoints) expect(['halyna', 'jonas', 'pavel'], crossing.id).toContain(viewpoint);
    }
  });
});

describe('nothing in one path changes another (crossings.md §3.5)', () => {
  const shared = [read('story/variables.ink'), read('story/functions.ink')];
  const globals = declaredGlobals(shared);
  const effects = functionEffects(functionsIn(shared));
  const assignedBy = new Map([...viewpoints.values()].map((viewpoint) => [viewpoint.id, new Set(folderSources(viewpoint.inkFolder).flatMap((source) => [...assignedVariables(source, effects, globals)]))]));

  it('reads assignments through the helper functions', () => {
    expect([...assignedBy.get('halyna')!]).toEqual(expect.arrayContaining(['bond_jonas', 'hope', 'health', 'married']));
  });

  it('the viewpoints assign disjoint variables, except the viewpoint-neutral ones', () => {
    const ids = [...assignedBy.keys()];
    for (const [a, index] of ids.map((id, position) => [id, position] as const)) {
      for (const b of ids.slice(index + 1)) {
        const both = [...assignedBy.get(a)!].filter((name) => assignedBy.get(b)!.has(name) && !VIEWPOINT_NEUTRAL.includes(name));
        expect(both, `assigned by both ${a} and ${b}`).toEqual([]);
      }
    }
  });
});
