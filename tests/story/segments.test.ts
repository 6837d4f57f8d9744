// Classroom segments stay in sync with the story, for every path the classroom plays:
// story/data/segments/<viewpoint>.json is what `npm run segments:build` computes now (exactly for
// days, start states, tags and key choices; within 10% for words, which move with every edit of
// the prose); every segment starts at a hub the explorer reaches, with the state the story really
// has on arrival there on the default route; every segment reads in 6 to 15 minutes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../src/engine/index.ts';
import { buildClassroomData, segmentsStateSchema, type SegmentsState } from '../../src/modes/classroom/segments.ts';
import { hubName } from '../../src/viewpoints/registry.ts';
import { compiledStory } from '../helpers/story.ts';
import { arrivalsOnRoute, buildSegmentsState, checkSegments, classroomViewpoints, exploreHome, FIRST_CHOICE, formatSegmentTable, MAX_MINUTES, MIN_MINUTES, segmentsStatePath } from '../../tools/teacher-guide/segments.ts';
import { segmentsByViewpoint } from '../../story/data/segments.ts';
import * as v from 'valibot';

const compiled = compiledStory();
const sources = compiled.files.map((file) => readFileSync(file, 'utf8'));

describe.each(classroomViewpoints().map((viewpoint) => [viewpoint.id, viewpoint] as const))('classroom segments of %s', (id, viewpoint) => {
  const written = segmentsByViewpoint[id];
  const stored: SegmentsState = v.parse(segmentsStateSchema, JSON.parse(readFileSync(segmentsStatePath(viewpoint), 'utf8')));
  const explored = exploreHome(compiled.json!, sources, viewpoint);
  const current = buildSegmentsState(compiled.json!, sources, compiled.files, written, explored, viewpoint);
  const hint = `${segmentsStatePath(viewpoint)} is out of date: run npm run segments:build`;

  it('the stored file is current (run npm run segments:build after a story change)', () => {
    console.log(`${id}:${formatSegmentTable(current)}`);
    const fresh = JSON.parse(JSON.stringify(current)) as SegmentsState;
    // What play depends on must match exactly: days, start states, tags, key choices and what they change.
    const exact = (state: SegmentsState) => ({
      viewpoint: state.viewpoint,
      segments: state.segments.map(({ id: segment, from, to }) => ({ segment, from, to })),
      days: state.days.map(({ day, hub, state: start, prompts, moments, notes, contentNotes }) => ({ day, hub, start, prompts, moments, notes, contentNotes })),
      keyChoices: state.keyChoices.map(({ moment, day, choices }) => ({ moment, day, choices: choices.map(({ id: choiceId, text, leadsToId, changes }) => ({ id: choiceId, text, leadsToId, changes })) })),
    });
    expect(exact(fresh), hint).toEqual(exact(stored));
    // Words follow every edit of the prose: the stored minutes may lag by up to 10% (or half a minute).
    fresh.segments.forEach((segment, index) => {
      const drift = Math.abs(segment.readingMinutes - stored.segments[index].readingMinutes);
      expect(drift, `${hint} (${segment.id}: ${stored.segments[index].readingMinutes} min stored, ${segment.readingMinutes} now)`).toBeLessThanOrEqual(Math.max(0.5, segment.readingMinutes * 0.1));
    });
  });

  it('joins with the written segments and validates', () => {
    const data = buildClassroomData(written, stored, id);
    expect(data.segments.length).toBe(written.length);
    expect(data.segments.length).toBeGreaterThanOrEqual(8);
  });

  it('covers the path from the prologue to the last day, contiguous, 6-15 minutes of reading each', () => {
    expect(checkSegments(current).problems).toEqual([]);
    for (const segment of current.segments) {
      expect(segment.readingMinutes, segment.id).toBeGreaterThanOrEqual(MIN_MINUTES);
      expect(segment.readingMinutes, segment.id).toBeLessThanOrEqual(MAX_MINUTES);
    }
  });

  it('starts every segment at a hub the explorer reaches, with the state of the default route on arrival there', () => {
    const route = arrivalsOnRoute(compiled.json!, FIRST_CHOICE, viewpoint);
    const exploredHubs = new Set(explored.hubs.map((hub) => hub.hub));
    for (const segment of current.segments) {
      const hub = hubName(viewpoint, segment.from);
      const day = stored.days.find((entry) => entry.day === segment.from);
      expect(day, segment.id).toBeDefined();
      expect(day!.hub, segment.id).toBe(hub);
      expect(exploredHubs.has(hub), `${segment.id}: the explorer reaches ${hub}`).toBe(true);
      expect(day!.state, `${segment.id}: stored state is the arrival at ${hub}`).toEqual(route.get(segment.from));
      expect(day!.state.viewpoint, segment.id).toBe(id);
    }
  });

  it('plays into every day from its stored start state', () => {
    const runner = new StoryRunner(compiled.json!, { presets: { viewpoint: id, gentle: true }, hubForDay: (day) => hubName(viewpoint, day) });
    for (const day of stored.days) {
      const beat = runner.restoreCheckpoint({ hub: day.hub, day: day.day, variables: day.state });
      expect(beat.lines.length, day.hub).toBeGreaterThan(0);
      expect(Number(beat.lines[0].variables.day), day.hub).toBe(day.day);
    }
  });

  it('finds where every key choice leads', () => {
    const moments = new Set(stored.days.flatMap((day) => day.moments));
    expect(new Set(stored.keyChoices.map((choice) => choice.moment))).toEqual(moments);
    for (const key of stored.keyChoices) {
      expect(key.choices.length, key.moment).toBeGreaterThanOrEqual(2);
      for (const choice of key.choices) {
        expect(choice.leadsTo, `${key.moment}: ${choice.text}`).not.toBe('');
        // The guide shows both in the reader's language by these ids (storyText).
        expect(choice.id, `${key.moment}: ${choice.text}`).toMatch(/^[a-z]+\.[a-z0-9_.]+$/);
        expect(choice.leadsToId, `${key.moment}: ${choice.leadsTo}`).toMatch(/^[a-z]+\.[a-z0-9_.]+$/);
      }
    }
  });
});
