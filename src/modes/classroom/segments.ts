// Classroom segments, one list per path the classroom plays (the registry's `classroomSegments`):
// the written part (story/data/segments.ts: titles, summaries, learning focus) joined with the part
// computed from the story (story/data/segments/<viewpoint>.json, written by `npm run
// segments:build`: start states, words, prompts, key choices). Both are validated here.
import * as v from 'valibot';
import type { Content } from '../../content/registry.ts';
import type { Valuation } from '../../engine/index.ts';
import { viewpoints } from '../../viewpoints/registry.ts';
import { segmentsByViewpoint } from '../../../story/data/segments.ts';
import { segmentSchema } from './segmentSchema.ts';
import { localizeSegment } from '../../i18n/story/segments.ts';

/** The computed files, by path: `../../../story/data/segments/halyna.json` → its JSON. */
const generatedFiles = import.meta.glob<unknown>('../../../story/data/segments/*.json', { eager: true, import: 'default' });

export { segmentSchema, type SegmentInput } from './segmentSchema.ts';

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/));
const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const day = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(42));
/** A line's or choice's stable id in the ink (`# id: h.d05.6e07`). */
const inkId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_.]*$/));
const inkValue = v.union([v.string(), v.number(), v.boolean()]);

const changeSchema = v.strictObject({ name: text, from: inkValue, to: inkValue });
export const segmentsStateSchema = v.strictObject({
  format: v.literal('kengir-forty-days/segments@2'),
  viewpoint: id,
  method: text,
  wordsPerMinute: v.number(),
  minutesPerPause: v.number(),
  days: v.array(v.strictObject({
    day, hub: text, arrivals: v.number(), minWords: v.number(), maxWords: v.number(),
    state: v.record(v.string(), inkValue),
    prompts: v.array(id), moments: v.array(id), notes: v.array(id), contentNotes: v.array(id),
  })),
  segments: v.array(v.strictObject({ id, from: day, to: day, words: v.number(), readingMinutes: v.number(), lessonMinutes: v.number() })),
  keyChoices: v.array(v.strictObject({
    moment: id, day, hub: text,
    choices: v.array(v.strictObject({ id: v.nullable(inkId), text, leadsToId: v.nullable(inkId), leadsTo: v.string(), changes: v.array(changeSchema) })),
  })),
});
export type SegmentsState = v.InferOutput<typeof segmentsStateSchema>;
export type DayData = SegmentsState['days'][number];
export type KeyChoice = SegmentsState['keyChoices'][number];

export interface Segment {
  number: number;
  id: string;
  title: string;
  from: number;
  to: number;
  dates: string;
  summary: string[];
  focus: string;
  contentNotes: string[];
  /** Content-note kinds (`# cn:`) the segment's scenes carry. */
  contentKinds: string[];
  words: number;
  readingMinutes: number;
  lessonMinutes: number;
  /** Variables on arrival at the first day's hub. */
  state: Valuation;
  hub: string;
  prompts: string[];
  moments: string[];
  notes: string[];
}

/** One path's lessons: the viewpoint, its segments, its days and key choices. */
export interface ClassroomData {
  viewpoint: string;
  segments: Segment[];
  days: DayData[];
  keyChoices: KeyChoice[];
  method: string;
  wordsPerMinute: number;
  minutesPerPause: number;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Every path the classroom plays, in the registry's order. */
export interface ClassroomLibrary { paths: ClassroomData[] }

/** Joins and checks one path's written and computed segment data. Throws on a mismatch. */
export function buildClassroomData(written: unknown, computed: unknown, viewpoint?: string): ClassroomData {
  const segments = v.parse(v.array(segmentSchema), written);
  const state = v.parse(segmentsStateSchema, computed);
  if (viewpoint && state.viewpoint !== viewpoint) throw new Error(`segments of ${viewpoint}: the computed file is ${state.viewpoint}'s`);
  const days = new Map(state.days.map((entry) => [entry.day, entry]));
  const joined = segments.map((segment, index): Segment => {
    const numbers = state.segments.find((entry) => entry.id === segment.id);
    const first = days.get(segment.from);
    if (!numbers || numbers.from !== segment.from || numbers.to !== segment.to || !first) {
      throw new Error(`segment ${segment.id}: story/data/segments/${state.viewpoint}.json is out of date (run npm run segments:build)`);
    }
    const inside = state.days.filter((entry) => entry.day >= segment.from && entry.day <= segment.to);
    return {
      ...segment,
      number: index + 1,
      contentKinds: unique(inside.flatMap((entry) => entry.contentNotes)),
      words: numbers.words,
      readingMinutes: numbers.readingMinutes,
      lessonMinutes: numbers.lessonMinutes,
      state: first.state,
      hub: first.hub,
      prompts: unique(inside.flatMap((entry) => entry.prompts)),
      moments: unique(inside.flatMap((entry) => entry.moments)),
      notes: unique(inside.flatMap((entry) => entry.notes)),
    };
  });
  return { viewpoint: state.viewpoint, segments: joined, days: state.days, keyChoices: state.keyChoices, method: state.method, wordsPerMinute: state.wordsPerMinute, minutesPerPause: state.minutesPerPause };
}

/** The computed file of a viewpoint, or undefined when `npm run segments:build` has not written it. */
function generatedFor(viewpoint: string): unknown {
  return Object.entries(generatedFiles).find(([file]) => file.endsWith(`/segments/${viewpoint}.json`))?.[1];
}

/** Every classroom path whose segments are written and computed; throws when one is missing or stale. */
export function buildClassroomLibrary(
  written: Readonly<Record<string, unknown>> = segmentsByViewpoint,
  computed: (viewpoint: string) => unknown = generatedFor,
): ClassroomLibrary {
  const paths = [...viewpoints.values()].filter((viewpoint) => viewpoint.classroomSegments).map((viewpoint) => {
    const file = computed(viewpoint.id);
    if (!written[viewpoint.id] || !file) throw new Error(`classroom path ${viewpoint.id}: no segments written or computed (story/data/segments.ts, npm run segments:build)`);
    return buildClassroomData(written[viewpoint.id], file, viewpoint.id);
  });
  if (!paths.length) throw new Error('no viewpoint is played in the classroom');
  const ids = paths.flatMap((path) => path.segments.map((segment) => segment.id));
  const twice = ids.find((segmentId, index) => ids.indexOf(segmentId) !== index);
  if (twice) throw new Error(`segment ${twice}: listed in two paths (a lesson record names its segment by id alone)`);
  return { paths };
}

let cached: ClassroomLibrary | null = null;
export function classroomLibrary(): ClassroomLibrary {
  cached ??= buildClassroomLibrary();
  return cached;
}

/** How the library finds a shown text in the reader's language: content keys, and the story's lines and choices by id. */
export interface LibraryText {
  history: (key: string, english: string) => string;
  story: (id: string | null, english: string) => string;
}

/**
 * The library in a language: the segments' written fields (story/l10n/<lang>/history.po,
 * `segment:<viewpoint>.<id>:<field>`) and the key choices with the lines they lead to (the story
 * table, by ink id), each falling back to English. Numbers, days and states stay as they are.
 */
export function localizeLibrary(library: ClassroomLibrary, text: LibraryText): ClassroomLibrary {
  return {
    paths: library.paths.map((path) => ({
      ...path,
      segments: path.segments.map((segment) => localizeSegment(path.viewpoint, segment, text.history)),
      keyChoices: path.keyChoices.map((key) => ({
        ...key,
        choices: key.choices.map((choice) => ({ ...choice, text: text.story(choice.id, choice.text), leadsTo: text.story(choice.leadsToId, choice.leadsTo) })),
      })),
    })),
  };
}

/** The path a segment belongs to (segment ids are unique across paths). */
export function pathOfSegment(library: ClassroomLibrary, segmentId: string): ClassroomData | undefined {
  return library.paths.find((path) => path.segments.some((segment) => segment.id === segmentId));
}

/** The segment a day belongs to. */
export function segmentOfDay(data: ClassroomData, dayNumber: number): Segment | undefined {
  return data.segments.find((segment) => dayNumber >= segment.from && dayNumber <= segment.to);
}

/** The first endnote reached on a day, for "this choice is the viewpoint's own" (the day's context). */
export function dayNote(data: ClassroomData, content: Content, dayNumber: number): string | null {
  const entry = data.days.find((candidate) => candidate.day === dayNumber);
  return entry?.notes.find((noteId) => content.notes.has(noteId)) ?? null;
}
