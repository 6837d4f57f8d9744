// Every registered viewpoint fits the real story: its entry knot and every day hub exist, the
// variables its header and map read are declared, and a new game for it starts at its first hub.
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { declaredVariables, StoryRunner } from '../../src/engine/index.ts';
import { hubName, viewpoints } from '../../src/viewpoints/registry.ts';
import { compileInk } from '../../tools/ink/compile.mjs';

const compiled = compileInk('story/main.ink');

describe.each([...viewpoints.values()])('viewpoint $id', (viewpoint) => {
  const json = compiled.json!;
  const knots = new Story(json).mainContentContainer.namedContent;

  it('has its entry knot and a hub for every day', () => {
    expect(knots.has(viewpoint.inkEntry)).toBe(true);
    for (let day = viewpoint.firstDay; day <= viewpoint.lastDay; day += 1) expect(knots.has(hubName(viewpoint, day)), hubName(viewpoint, day)).toBe(true);
  });

  it('reads declared variables only', () => {
    const declared = declaredVariables(json);
    for (const name of [viewpoint.dayVariable, ...viewpoint.mapVariables, ...(viewpoint.kioskCut ? [viewpoint.kioskCut.flag, viewpoint.kioskCut.dayVariable] : [])]) expect(declared, name).toContain(name);
  });

  it('starts at its first hub when the viewpoint variable names it', () => {
    const runner = new StoryRunner(json, { presets: { viewpoint: viewpoint.id }, hubForDay: (day) => hubName(viewpoint, day) });
    const beat = runner.start();
    expect(runner.variables().viewpoint).toBe(viewpoint.id);
    // The first line, not the beat's end: a path without choices yet (a skeleton) runs on to its end.
    expect(beat.lines[0].variables[viewpoint.dayVariable]).toBe(viewpoint.firstDay);
    // Its own entry knot, and no other viewpoint's.
    const story = new Story(json);
    story.variablesState.viewpoint = viewpoint.id;
    story.ContinueMaximally();
    for (const other of viewpoints.values()) expect(story.state.VisitCountAtPathString(other.inkEntry) ?? 0, other.inkEntry).toBe(other === viewpoint ? 1 : 0);
  });
});
