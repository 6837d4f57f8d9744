// The segment data's pieces: tags are attributed to the day they are written under, the written
// and computed halves must agree, and a route through a small story yields its arrival states.
import { describe, expect, it } from 'vitest';
import { buildClassroomData, buildClassroomLibrary, pathOfSegment } from '../../../src/modes/classroom/segments.ts';
import { arrivalsOnRoute, FIRST_CHOICE, LAST_CHOICE, tagsByDay } from '../../../tools/teacher-guide/segments.ts';
import { compileInline } from '../../helpers/compileInline.ts';
import stored from '../../../story/data/segments/halyna.json';
import storedJonas from '../../../story/data/segments/jonas.json';
import storedPavel from '../../../story/data/segments/pavel.json';
import { jonasSegments, segments, segmentsByViewpoint } from '../../../story/data/segments.ts';
import * as v from 'valibot';
import { segmentSchema } from '../../../src/modes/classroom/segmentSchema.ts';

describe('tags by day', () => {
  it('gives each tag to the hub it is written under; later knots and the epilogue belong to a day too', () => {
    const halyna = [
      '=== day_00 ===',
      'Text. # discuss: first_prompt',
      '// # note: commented_out',
      '= scene',
      '* [Go # history: choice_one]',
      '=== day_01 ===',
      '# cn: violence',
      'More. # note: a_note # clear',
      '=== ending_killed ===',
      'End. # note: late_note',
    ].join('\n');
    const tags = tagsByDay([halyna, 'Epilogue. # note: camp_today', '# discuss: kiosk_only'], ['/x/story/halyna/01_walls.ink', '/x/story/epilogue.ink', '/x/story/kiosk.ink']);
    expect(tags.get(0)).toEqual(['discuss: first_prompt', 'history: choice_one']);
    expect(tags.get(1)).toEqual(['cn: violence', 'note: a_note', 'note: late_note', 'note: camp_today']);
  });
});

describe('routes', () => {
  it('records the variables on arrival at each day along a fixed route', () => {
    const json = compileInline(`
VAR day = -1
VAR hope = 5
-> day_00
=== day_00 ===
~ day = 0
Start.
* [Up]
  ~ hope = 6
* [Down]
  ~ hope = 4
- -> day_01
=== day_01 ===
~ day = 1
Next. # ending: stayed
-> END
`);
    expect(arrivalsOnRoute(json, FIRST_CHOICE).get(1)?.hope).toBe(6);
    expect(arrivalsOnRoute(json, LAST_CHOICE).get(1)?.hope).toBe(4);
    expect(arrivalsOnRoute(json, FIRST_CHOICE).get(0)?.hope).toBe(5);
  });
});

describe('joining written and computed segments', () => {
  it('joins the stored data', () => {
    const data = buildClassroomData(segments, stored);
    expect(data.segments.map((segment) => segment.number)).toEqual(segments.map((_, index) => index + 1));
    for (const segment of data.segments) expect(segment.state.day === undefined || Number(segment.state.day) === segment.from).toBe(true);
  });

  it('refuses a boundary the computed file does not know (run npm run segments:build)', () => {
    const moved = segments.map((segment, index) => (index === 0 ? { ...segment, to: segment.to + 1 } : segment));
    expect(() => buildClassroomData(moved, stored)).toThrow(/segments:build/);
  });

  it('refuses one path\u2019s computed file under another path\u2019s name', () => {
    expect(() => buildClassroomData(jonasSegments, stored, 'jonas')).toThrow(/halyna/);
  });
});

describe('the classroom library: every path the registry plays in the classroom', () => {
  it('holds Halyna\u2019s and Jonas\u2019s paths, each from its own computed file, and finds a segment\u2019s path by its id', () => {
    const library = buildClassroomLibrary();
    expect(library.paths.map((path) => path.viewpoint)).toEqual(['halyna', 'jonas', 'pavel']);
    const jonas = library.paths[1];
    expect(jonas.days[0].hub).toBe('j_day_00');
    expect(jonas.segments.map((segment) => segment.id)).toEqual(jonasSegments.map((segment) => segment.id));
    expect(jonas.segments[3].state.viewpoint).toBe('jonas');
    expect(pathOfSegment(library, 'j_dawn')?.viewpoint).toBe('jonas');
    expect(pathOfSegment(library, segments[0].id)?.viewpoint).toBe('halyna');
    expect(pathOfSegment(library, 'no_such_segment')).toBeUndefined();
  });

  it('fails loudly when a path has no computed file or a segment id is in two paths', () => {
    const storedFiles: Record<string, unknown> = { halyna: stored, jonas: storedJonas, pavel: storedPavel };
    expect(() => buildClassroomLibrary(segmentsByViewpoint, (viewpoint) => (viewpoint === 'jonas' ? undefined : storedFiles[viewpoint]))).toThrow(/jonas/);
    // Only the clash is wrong here: every other path keeps its real computed file.
    const clash = { ...segmentsByViewpoint, jonas: jonasSegments.map((segment, index) => (index === 0 ? { ...segment, id: segments[0].id } : segment)) };
    const withClash = { ...storedJonas, segments: storedJonas.segments.map((segment, index) => (index === 0 ? { ...segment, id: segments[0].id } : segment)) };
    expect(() => buildClassroomLibrary(clash, (viewpoint) => (viewpoint === 'jonas' ? withClash : storedFiles[viewpoint]))).toThrow(/two paths/);
  });
});

describe('Jonas\u2019s segments', () => {
  it('are nine valid segments covering days 0 to 42 in order, with unique ids', () => {
    const parsed = v.parse(v.array(segmentSchema), jonasSegments);
    expect(parsed.length).toBe(9);
    expect(parsed[0].from).toBe(0);
    expect(parsed[parsed.length - 1].to).toBe(42);
    parsed.forEach((segment, index) => {
      expect(segment.to).toBeGreaterThanOrEqual(segment.from);
      if (index) expect(segment.from).toBe(parsed[index - 1].to + 1);
    });
    expect(new Set([...parsed, ...segments].map((segment) => segment.id)).size).toBe(parsed.length + segments.length);
  });
});
