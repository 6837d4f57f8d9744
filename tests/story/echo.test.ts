// The consequence measure runs on the real story: it must not break, whatever the figures are
// (they are a measure for writers, printed by story:check; never a pass mark here).
import { describe, expect, it } from 'vitest';
import { compiledStory } from '../helpers/story.ts';
import { hubName, viewpoints } from '../../src/viewpoints/registry.ts';
import { measureEcho, viewpointOptions } from '../../tools/story/echo.ts';

const json = compiledStory().json!;

describe('consequence measure on the story', () => {
  it('measures Halyna\u2019s path and leaves out every content-note choice', () => {
    const report = measureEcho(json, viewpointOptions('halyna', { randomWalks: 0, replayPairs: 1 }));
    expect(report.all.points).toBeGreaterThan(20);
    for (const figure of [report.all, report.days, report.visits]) expect(figure.share).toBeGreaterThanOrEqual(0);
    expect(report.points.filter((point) => point.options.some((text) => /^Read (the scene|a short summary)/.test(text)))).toEqual([]);
    expect(report.overlap.opposite.length).toBe(3);
    for (const pair of [...report.overlap.opposite, ...report.overlap.random]) expect(pair.screens).toBeGreaterThan(50);
  });

  it.each([...viewpoints.values()])('measures $id from its own entry', (viewpoint) => {
    const report = measureEcho(json, viewpointOptions(viewpoint.id, { randomWalks: 0, replayPairs: 1 }));
    for (const pair of [...report.overlap.opposite, ...report.overlap.random]) expect(pair.screens).toBeGreaterThan(0);
    // The walks read this viewpoint's own first hub and never another's.
    const first = measureEcho(json, viewpointOptions(viewpoint.id, { entry: hubName(viewpoint, viewpoint.firstDay), randomWalks: 0, replayPairs: 0 }));
    expect(first.overlap.opposite[0].screens).toBe(report.overlap.opposite[0].screens);
  });
});
