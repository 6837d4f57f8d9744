// Classroom segments, computed from the story itself (npm run segments:build writes the result to
// story/data/segments/<viewpoint>.json; tests/story/segments.test.ts recomputes it and compares).
//
// For every day hub: the state a lesson starts from, the words read on the way through, and the
// prompts, history moments, endnotes and content notes of the day. For every segment of
// story/data/segments.ts: its words and minutes. For every `# history:` decision: each choice
// and where it leads. Method, in full:
//
// - Start state of a day: the global variables on arrival at the day's hub when the story is
//   played from the beginning taking the first choice every time (a fixed default route, with
//   presets kiosk_cut = false and gentle = false). It is a state the story really produces. The
//   app overrides the presentation variables (gentle, viewpoint) when it starts a segment.
// - Words of a day: the mean of the fewest and the most words on any path through the day (from
//   the hub to the next hub or an end, choices included), as the story explorer
//   (tools/story/explore.ts) measures them over every state it explores. Units the explorer
//   measures on their own (the shared epilogue) count towards the last day.
// - Reading minutes of a segment: the sum of its days' words divided by 200 words a minute.
//   Lesson minutes add four minutes for each discussion prompt in the segment (the
//   think-pair-share routine of the teacher guide runs three to six).
// - Prompts, moments, endnotes and content notes of a day: the `# discuss:`, `# history:`,
//   `# note:` and `# cn:` tags written under the day's hub in story/<viewpoint ink folder>/*.ink (knots after a
//   hub belong to it; the epilogue belongs to the last day), in story order.
// - Where a key choice leads: the day is played on a StoryRunner from the arrival states of a few
//   fixed routes (first choice, last choice, seeded random walks) until the decision appears;
//   each of its choices is taken on a copy of the state, and the first line shown afterwards and
//   the story variables it changed are recorded.
import { StoryRunner, type Beat, type Valuation } from '../../src/engine/index.ts';
import { consequences, type Change } from '../../src/modes/classroom/outcomes.ts';
import { dayOfHub, defaultViewpoint, hubName, viewpoints, type Viewpoint } from '../../src/viewpoints/registry.ts';
import { viewpointOptions } from '../story/echo.ts';
import { exploreStory, functionNamesIn, type ExploreResult } from '../story/explore.ts';

export const WORDS_PER_MINUTE = 200;
export const MINUTES_PER_PAUSE = 4;
export const SEGMENTS_FORMAT = 'kengir-forty-days/segments@2';

export interface SegmentBounds { id: string; from: number; to: number }

export interface DayData {
  day: number;
  hub: string;
  /** Value combinations the story explorer explored at this hub. */
  arrivals: number;
  minWords: number;
  maxWords: number;
  /** The lesson's start state at this hub (arrival on the default route). */
  state: Valuation;
  prompts: string[];
  moments: string[];
  notes: string[];
  contentNotes: string[];
}
export interface SegmentData {
  id: string;
  from: number;
  to: number;
  words: number;
  readingMinutes: number;
  lessonMinutes: number;
}
/** A key choice: its stable id and English text, and the first line after it (id and English). */
export interface ChoiceOutcome { id: string | null; text: string; leadsToId: string | null; leadsTo: string; changes: Change[] }
export interface KeyChoice { moment: string; day: number; hub: string; choices: ChoiceOutcome[] }
export interface SegmentsState {
  format: typeof SEGMENTS_FORMAT;
  /** The viewpoint whose path these segments cut (src/viewpoints/registry.ts). */
  viewpoint: string;
  method: string;
  wordsPerMinute: number;
  minutesPerPause: number;
  days: DayData[];
  segments: SegmentData[];
  keyChoices: KeyChoice[];
}

export const METHOD = 'Start state: the story variables on arrival at the day when the story is played from the beginning taking the first choice every time. '
  + 'Words of a day: the mean of the shortest and the longest path through it over every state the story explorer explores. Reading minutes: words / 200. '
  + 'Lesson minutes: reading minutes + 4 per discussion prompt.';

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The viewpoints the classroom plays (the registry's `classroomSegments`), in the registry's order. */
export function classroomViewpoints(): Viewpoint[] {
  return [...viewpoints.values()].filter((viewpoint) => viewpoint.classroomSegments);
}

/** Where a viewpoint's computed segment data is kept. */
export function segmentsStatePath(viewpoint: Viewpoint): string {
  return `story/data/segments/${viewpoint.id}.json`;
}

/** Home play of one viewpoint (no kiosk cut, no gentle mode), as the consequence measure plays it. */
function presetsFor(viewpoint: Viewpoint): Valuation {
  return viewpointOptions(viewpoint.id).presets ?? {};
}

export function exploreHome(json: string, sources: string[], viewpoint: Viewpoint = defaultViewpoint()): ExploreResult {
  return exploreStory(json, functionNamesIn(sources), { presets: presetsFor(viewpoint), witnessWalks: 0, hubForDay: (day) => hubName(viewpoint, day) });
}

/** A fixed route through the story: which choice to take at each choice point. */
export type Route = (choices: number, step: number) => number;
export const FIRST_CHOICE: Route = () => 0;
export const LAST_CHOICE: Route = (choices) => choices - 1;
export function seededRoute(seed: number): Route {
  let state = seed;
  return (choices) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * choices);
  };
}

/**
 * Plays a route from the start; returns the variables on arrival at each day's hub: those of the
 * day's first line, which are what the runner's day checkpoint and the explorer record (the
 * variables once the hub's opening statements have run).
 */
export function arrivalsOnRoute(json: string, route: Route, viewpoint: Viewpoint = defaultViewpoint(), maxSteps = 5000): Map<number, Valuation> {
  const runner = new StoryRunner(json, { presets: presetsFor(viewpoint), hubForDay: (day) => hubName(viewpoint, day) });
  const arrivals = new Map<number, Valuation>();
  let beat = runner.start();
  for (let step = 0; step < maxSteps; step += 1) {
    for (const line of beat.lines) {
      const day = Number(line.variables.day);
      if (day >= 0 && !arrivals.has(day)) arrivals.set(day, line.variables);
    }
    if (beat.ended) break;
    beat = runner.choose(beat.choices[route(beat.choices.length, step)].index);
  }
  return arrivals;
}

/** The tags written under each day hub, in story order: the viewpoint's files, knots after a hub belong to it, the epilogue to the last day. */
export function tagsByDay(sources: readonly string[], files: readonly string[], viewpoint: Viewpoint = defaultViewpoint()): Map<number, string[]> {
  const byDay = new Map<number, string[]>();
  const lastDays: number[] = [];
  const epilogue: string[] = [];
  const folder = `story/${viewpoint.inkFolder}/`;
  sources.forEach((source, index) => {
    const file = files[index].replace(/\\/g, '/');
    const isEpilogue = /story\/epilogue\.ink$/.test(file);
    if (!isEpilogue && !file.includes(folder)) return;
    let day: number | null = null;
    for (const raw of source.split('\n')) {
      const line = raw.replace(/\/\/.*$/, '');
      const knot = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_]\w*)/.exec(line);
      if (knot) {
        const hubDay = dayOfHub(viewpoint, knot[1]);
        if (hubDay !== null) { day = hubDay; lastDays.push(day); }
        continue;
      }
      const tags = [...line.matchAll(/#\s*([a-z]+\s*:\s*[a-z][a-z0-9_]*)/g)].map((match) => match[1].replace(/\s*:\s*/, ': '));
      if (!tags.length) continue;
      if (isEpilogue) { epilogue.push(...tags); continue; }
      if (day === null) continue;
      const list = byDay.get(day) ?? [];
      list.push(...tags);
      byDay.set(day, list);
    }
  });
  if (lastDays.length) {
    const last = Math.max(...lastDays);
    byDay.set(last, [...(byDay.get(last) ?? []), ...epilogue]);
  }
  return byDay;
}

function tagValues(tags: string[], kind: string): string[] {
  const values: string[] = [];
  for (const tag of tags) {
    const colon = tag.indexOf(':');
    if (colon < 0 || tag.slice(0, colon).trim() !== kind) continue;
    const value = tag.slice(colon + 1).trim();
    if (value && !values.includes(value)) values.push(value);
  }
  return values;
}

/** The first line a reader sees after a choice, in English, with its stable id (null in unstamped ink). */
function firstLine(beat: Beat): { text: string; id: string | null } {
  const line = beat.lines.find((candidate) => (candidate.english ?? candidate.text).trim());
  return { text: line ? (line.english ?? line.text) : '', id: line?.id ?? null };
}

/**
 * Finds the `# history:` decisions of a day reachable from the given states, and tries each of
 * their choices on a copy of the state. Depth-first within the day; stops when the day changes.
 */
export function keyChoicesOfDay(json: string, day: number, states: Valuation[], wanted: Set<string>, viewpoint: Viewpoint = defaultViewpoint(), limit = 3000): KeyChoice[] {
  const found = new Map<string, KeyChoice>();
  const runner = new StoryRunner(json, { presets: presetsFor(viewpoint), hubForDay: (hubDay) => hubName(viewpoint, hubDay) });
  const hub = hubName(viewpoint, day);
  const done = () => [...wanted].every((id) => found.has(id));
  for (const state of states) {
    if (done()) break;
    let steps = 0;
    const seen = new Set<string>();
    const walk = (beat: Beat) => {
      steps += 1;
      if (steps > limit || beat.ended || runner.day !== day || done()) return;
      const saved = runner.saveInkState();
      const key = JSON.stringify({ ...JSON.parse(saved), turnIdx: 0, turnIndices: null, storySeed: 0, previousRandom: 0 });
      if (seen.has(key)) return;
      seen.add(key);
      const log = [...runner.choiceLog];
      const checkpoint = runner.checkpoint;
      const moment = beat.choices.flatMap((choice) => choice.tags.history).find((id) => wanted.has(id) && !found.has(id));
      if (moment) {
        const before = runner.variables();
        const choices = beat.choices.filter((choice) => choice.tags.history.includes(moment)).map((choice) => {
          runner.restoreInkState(saved, log, checkpoint);
          const after = runner.choose(choice.index);
          // What the choice changed: up to the next choice, or to the last line of this day.
          const sameDay = after.lines.filter((line) => line.variables.day === day);
          const changed = consequences(before, runner.day === day ? after.variables : (sameDay.at(-1)?.variables ?? after.variables));
          // The ids let the guide show both texts in the reader's language (storyText).
          const leads = firstLine(after);
          return { id: choice.id, text: choice.english ?? choice.text, leadsToId: leads.id, leadsTo: leads.text, changes: changed };
        });
        found.set(moment, { moment, day, hub, choices });
      }
      for (const choice of beat.choices) {
        runner.restoreInkState(saved, log, checkpoint);
        walk(runner.choose(choice.index));
      }
    };
    walk(runner.restoreCheckpoint({ hub, day, variables: state }));
  }
  return [...found.values()];
}

/** The routes whose arrival states are tried for key choices; the first gives the start states. */
export const ROUTES: Route[] = [FIRST_CHOICE, LAST_CHOICE, ...[1954, 516, 626, 42, 7, 1953].map(seededRoute)];

/** Everything a story/data/segments/<viewpoint>.json holds, computed from the compiled story. */
export function buildSegmentsState(json: string, sources: string[], files: string[], segments: readonly SegmentBounds[], explored?: ExploreResult, viewpoint: Viewpoint = defaultViewpoint()): SegmentsState {
  const result = explored ?? exploreHome(json, sources, viewpoint);
  const reports = new Map(result.hubs.map((hub) => [hub.hub, hub]));
  const routes = ROUTES.map((route) => arrivalsOnRoute(json, route, viewpoint));
  const tags = tagsByDay(sources, files, viewpoint);
  const days: DayData[] = [];
  for (let day = 0; ; day += 1) {
    const hub = hubName(viewpoint, day);
    const report = reports.get(hub);
    const state = routes.map((arrivals) => arrivals.get(day)).find((candidate) => candidate !== undefined);
    if (!report || !state) break;
    const dayTags = tags.get(day) ?? [];
    days.push({
      day, hub, arrivals: report.arrivals, minWords: report.minWords, maxWords: report.maxWords, state,
      prompts: tagValues(dayTags, 'discuss'), moments: tagValues(dayTags, 'history'), notes: tagValues(dayTags, 'note'), contentNotes: tagValues(dayTags, 'cn'),
    });
  }
  // The last day is read to the end of the story: through the units the explorer measures on their
  // own (the shared epilogue, each path's places on 26 June), often alternatives, not a sequence.
  const last = days.at(-1);
  const toEnd = last ? result.wordsToEnd[last.hub] : undefined;
  if (last && toEnd) {
    last.minWords = toEnd.min;
    last.maxWords = toEnd.max;
  }
  const segmentData = segments.map((segment) => {
    const inside = days.filter((day) => day.day >= segment.from && day.day <= segment.to);
    const words = Math.round(inside.reduce((sum, day) => sum + (day.minWords + day.maxWords) / 2, 0));
    const prompts = new Set(inside.flatMap((day) => day.prompts));
    const readingMinutes = round1(words / WORDS_PER_MINUTE);
    return { id: segment.id, from: segment.from, to: segment.to, words, readingMinutes, lessonMinutes: Math.round(readingMinutes + MINUTES_PER_PAUSE * prompts.size) };
  });
  const keyChoices: KeyChoice[] = [];
  for (const day of days) {
    if (!day.moments.length) continue;
    const states = routes.map((arrivals) => arrivals.get(day.day)).filter((state) => state !== undefined);
    const unique = [...new Map(states.map((state) => [JSON.stringify(state), state])).values()];
    keyChoices.push(...keyChoicesOfDay(json, day.day, unique, new Set(day.moments), viewpoint));
  }
  return { format: SEGMENTS_FORMAT, viewpoint: viewpoint.id, method: METHOD, wordsPerMinute: WORDS_PER_MINUTE, minutesPerPause: MINUTES_PER_PAUSE, days, segments: segmentData, keyChoices };
}

/** Segment rules: contiguous days from the prologue to the last hub, 6 to 15 minutes of reading each. */
export const MIN_MINUTES = 6;
export const MAX_MINUTES = 15;

export function checkSegments(state: SegmentsState): { problems: string[] } {
  const problems: string[] = [];
  let expected = 0;
  for (const segment of state.segments) {
    if (segment.from !== expected) problems.push(`${segment.id}: starts at day ${segment.from}, expected day ${expected} (segments must be contiguous)`);
    if (segment.to < segment.from) problems.push(`${segment.id}: ends before it starts`);
    if (!state.days.some((day) => day.day === segment.from)) problems.push(`${segment.id}: day ${segment.from} is never reached`);
    if (segment.readingMinutes < MIN_MINUTES || segment.readingMinutes > MAX_MINUTES) {
      problems.push(`${segment.id}: ${segment.readingMinutes} minutes of reading, outside ${MIN_MINUTES}-${MAX_MINUTES}`);
    }
    expected = segment.to + 1;
  }
  const lastDay = state.days.at(-1)?.day ?? -1;
  if (expected !== lastDay + 1) problems.push(`the segments end at day ${expected - 1}, the story at day ${lastDay}`);
  return { problems };
}

export function formatSegmentTable(state: SegmentsState): string {
  const lines = ['', 'Segment                    days    words  reading  lesson', ...state.segments.map((segment, index) => {
    const name = `${index + 1}. ${segment.id}`.padEnd(26);
    const days = `${segment.from}-${segment.to}`.padStart(5);
    return `${name} ${days} ${String(segment.words).padStart(8)} ${`${segment.readingMinutes} min`.padStart(8)} ${`${segment.lessonMinutes} min`.padStart(7)}`;
  })];
  lines.push('', 'Day    words (min-max)  arrivals  prompts');
  for (const day of state.days) lines.push(`${day.hub} ${`${day.minWords}-${day.maxWords}`.padStart(16)} ${String(day.arrivals).padStart(9)}  ${day.prompts.join(', ')}`);
  return lines.join('\n');
}
