// Consequence figures of the story bible §10, measured on sample playthroughs of one viewpoint.
//
// A *screen* is what the player sees at once, split as the story view splits it (src/ui/storyView.ts):
// a new screen at every `# clear` line and after every choice; the choices offered are part of the
// last screen before them (a choice that appears or not is read). The "You chose" echo of the
// player's own click is not part of it. Two screens are the same when their text is word for word
// the same.
//
// The *immediate response* to a choice is the first screen after it: the text up to the first
// `# clear` or the next choice, whichever comes first. A choice point *echoes* when, playing every
// option on with the same policy (same random draws) to the end, any screen after the immediate
// response differs between the options: a later line, a choice offered or not, a scene, an ending.
//
// Content-note choices ("Read the scene" / "Read a short summary instead", the choice on the same
// screen as a line tagged `# cn:`) are not real choices: they are not counted, and every policy reads the scene.
import { StoryRunner, type Beat, type StoryChoice, type Valuation } from '../../src/engine/storyRunner.ts';
import { splitScreens } from '../../src/ui/storyView.ts';
import { hubName, viewpointById, viewpoints } from '../../src/viewpoints/registry.ts';

export interface EchoOptions {
  /** Variables set before the first line, e.g. `{ viewpoint: 'halyna' }`. */
  presets?: Valuation;
  /** A knot to start at instead of the story's own start. */
  entry?: string;
  /** The variable holding the calendar day. */
  dayVariable?: string;
  /** The viewpoint's day hubs (`j_day_03`), for the runner's checkpoints; default `day_NN`. */
  hubForDay?: (day: number) => string;
  /** Seeded random walks besides always-first and always-last (each is branched at every choice). */
  randomWalks?: number;
  /** Seeded random pairs for the replay overlap (each gives a random-vs-random and a random-vs-opposite pair). */
  replayPairs?: number;
  /** The days reported on their own (inclusive). */
  days?: [number, number];
  seed?: number;
}

/** Where a choice point first showed its echo: a later screen on the walked path and on another option's. */
export interface EchoWhere { day: number; screensAfter: number; walked: string; other: string }
/** A choice point, identified across walks by where it is written in the ink (its options are the first met). */
export interface ChoicePointFigure {
  day: number;
  /** The knot and stitch it is written in (`day_12.hall`), when the ink state says. */
  place: string | null;
  options: string[];
  visits: number;
  /** Visits where a screen after the immediate response differed between options. */
  echoes: number;
  /** Visits where a screen of a later day differed. */
  laterDayEchoes: number;
  where: EchoWhere | null;
}
export interface ShareFigure { points: number; echoing: number; share: number; laterDay: number; laterDayShare: number }
export interface OverlapFigure { first: string; second: string; screens: number; same: number; share: number; byDay: Map<number, { screens: number; same: number }> }
export interface EchoReport {
  walks: string[];
  /** Over distinct choice points: echoing when any walk saw it echo. */
  all: ShareFigure;
  days: ShareFigure & { from: number; to: number };
  /** Over every visit of every walk (a point met by several walks counts each time). */
  visits: ShareFigure;
  points: ChoicePointFigure[];
  overlap: { opposite: OverlapFigure[]; random: OverlapFigure[]; oppositeMean: number; randomMean: number };
  milliseconds: number;
  /** Processor time: the wall time depends on what else the machine runs. */
  cpuMilliseconds: number;
}

/** A seeded generator (mulberry32) whose whole state is one number, so a branch can copy it. */
interface Rng { seed: number }
function nextRandom(rng: Rng): number {
  rng.seed = (rng.seed + 0x6d2b79f5) | 0;
  let t = Math.imul(rng.seed ^ (rng.seed >>> 15), 1 | rng.seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Picks a position among the offered choices (never called on a content-note choice). */
type Policy = { name: string; seed: number; pick: (choices: StoryChoice[], rng: Rng, day: number) => number };
const first: Policy = { name: 'first', seed: 0, pick: () => 0 };
const last: Policy = { name: 'last', seed: 0, pick: (choices) => choices.length - 1 };
const random = (seed: number): Policy => ({ name: `random#${seed}`, seed, pick: (choices, rng) => Math.floor(nextRandom(rng) * choices.length) });
const pointId = (day: number, choices: StoryChoice[]) => `${day}|${choices.map((choice) => choice.text).join(' / ')}`;
/** The second playthrough of a player who remembers what they chose and picks something else. */
function opposite(of: Walk, seed: number): Policy {
  return {
    name: `not-${of.policy}`,
    seed,
    pick: (choices, rng, day) => {
      const before = of.picks.get(pointId(day, choices));
      if (before === undefined || choices.length < 2) return Math.floor(nextRandom(rng) * choices.length);
      const other = Math.floor(nextRandom(rng) * (choices.length - 1));
      return other >= before ? other + 1 : other;
    },
  };
}

export interface Screen {
  text: string;
  day: number;
  /** On the first screen of a day: the values on arrival and the policy's random state (see `playOn`). */
  arrival?: string;
}

/** The screens of one beat: their lines' text (the choices on the last one) and the day each shows. */
export function beatScreens(beat: Beat, dayVariable = 'day'): (Screen & { variables: Valuation })[] {
  const screens = splitScreens(beat.lines).map((lines) => {
    const variables = lines[0]?.variables ?? beat.variables;
    return { text: lines.map((line) => line.text).join('\n'), day: Number(variables[dayVariable]), variables };
  });
  if (beat.choices.length) screens[screens.length - 1].text += `\n${beat.choices.map((choice) => `> ${choice.text}`).join('\n')}`;
  return screens;
}

/** The choice on the same screen as a `# cn:` line (the content-note banner): read the scene or its summary. */
export function isContentNoteChoice(beat: Beat): boolean {
  const screens = splitScreens(beat.lines);
  return screens[screens.length - 1].some((line) => line.tags.contentNotes.length > 0);
}

interface Point { id: string; place: string | null; day: number; options: string[]; inkState: string; rngAfter: number; picked: number; response: number }
interface Walk { policy: string; screens: Screen[]; points: Point[]; picks: Map<string, number>; arrivals: Map<string, number> }

const MAX_BEATS = 5000;

/**
 * Plays on from the beat `first()` shows, with `policy`, yielding each screen. `onPoint` sees every
 * real choice point before the pick is played (for the walk that is branched later).
 *
 * The first screen of each day carries an `arrival` key: the day, the variables on its first line
 * and the random state. A day plays the same from the same key: a day's hub depends only on the
 * variables on arrival (the rule that lets a save restart a day from its checkpoint, and that the
 * story tests assume; STORY-GUIDE "Variables", rule 4), and the policy only on its random state.
 */
function* playOn(runner: StoryRunner, first: () => Beat, policy: Policy, rng: Rng, dayVariable: string, onPoint?: (beat: Beat, position: number) => void): Generator<Screen> {
  let beat = first();
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let beats = 0; beats < MAX_BEATS; beats += 1) {
    for (const { text, day, variables } of beatScreens(beat, dayVariable)) {
      const arrival = day > lastDay ? `${day}|${rng.seed}|${JSON.stringify(variables)}` : undefined;
      lastDay = Math.max(lastDay, day);
      yield arrival ? { text, day, arrival } : { text, day };
    }
    if (beat.ended || !beat.choices.length) return;
    const contentNote = isContentNoteChoice(beat);
    const position = contentNote ? 0 : policy.pick(beat.choices, rng, runner.day);
    if (!contentNote && beat.choices.length > 1) onPoint?.(beat, position);
    beat = runner.choose(beat.choices[position].index);
  }
  throw new Error(`${policy.name}: more than ${MAX_BEATS} beats without an end: a loop?`);
}

/**
 * Where a choice point is written in the ink, read from the saved ink state (`day_12.hall.0.g-1`
 * for the options of one block): one choice point whose options vary with a variable (a role's own
 * option) is still one point. Null when the state does not say (then the options' texts identify it).
 */
function choicePlace(inkState: string): string | null {
  const state = JSON.parse(inkState) as { flows?: Record<string, { currentChoices?: { originalChoicePath?: string }[] }>; currentFlowName?: string };
  const choices = state.flows?.[state.currentFlowName ?? 'DEFAULT_FLOW']?.currentChoices ?? [];
  const places = new Set(choices.map((choice) => String(choice.originalChoicePath ?? '').replace(/\.\d+$/, '')));
  return places.size && !places.has('') ? [...places].sort().join('+') : null;
}

/** The knot and stitch a writer searches for (`day_12.hall`), without the compiler's containers. */
export function writtenPlace(place: string): string {
  return place.split('+')[0].split('.').filter((part) => !/^(\d+|[a-z]-\d+|b)$/.test(part)).join('.');
}

interface Player { runner: StoryRunner; entry: string | undefined; dayVariable: string }

function walk({ runner, entry, dayVariable }: Player, policy: Policy): Walk {
  const rng = { seed: policy.seed };
  const result: Walk = { policy: policy.name, screens: [], points: [], picks: new Map(), arrivals: new Map() };
  const onPoint = (beat: Beat, position: number) => {
    const day = runner.day;
    const inkState = runner.saveInkState();
    result.picks.set(pointId(day, beat.choices), position);
    const place = choicePlace(inkState);
    const id = `${day}|${place ?? pointId(day, beat.choices)}`;
    // The pick has already drawn from rng: a branch replays the other options from this state.
    result.points.push({ id, place, day, options: beat.choices.map((choice) => choice.text), inkState, rngAfter: rng.seed, picked: position, response: result.screens.length });
  };
  const start = () => (entry ? runner.restoreCheckpoint({ hub: entry, day: -1, variables: {} }) : runner.start());
  for (const screen of playOn(runner, start, policy, rng, dayVariable, onPoint)) {
    if (screen.arrival) result.arrivals.set(screen.arrival, result.screens.length);
    result.screens.push(screen);
  }
  return result;
}

interface Comparison { echoes: boolean; laterDay: boolean; where: EchoWhere | null }

/**
 * Plays every other option of a walked choice point on with the same policy and compares the screens
 * after the immediate response with the walked ones: all of them (an echo), and those of later days.
 */
function compareOptions({ runner, dayVariable }: Player, policy: Policy, walked: Walk, point: Point): Comparison {
  const offset = point.response + 1;
  const later = walked.screens.slice(offset);
  const laterDays = later.filter((screen) => screen.day > point.day);
  const result: Comparison = { echoes: false, laterDay: false, where: null };
  for (let position = 0; position < point.options.length && !(result.echoes && result.laterDay); position += 1) {
    if (position === point.picked) continue;
    const choose = () => runner.choose(runner.restoreInkState(point.inkState, [], null).choices[position].index);
    const screens = playOn(runner, choose, policy, { seed: point.rngAfter }, dayVariable);
    screens.next(); // the immediate response
    let index = 0;
    let dayIndex = 0;
    let same = !result.echoes;
    let sameLaterDays = !result.laterDay;
    let ended = true;
    for (const screen of screens) {
      const met = screen.arrival ? walked.arrivals.get(screen.arrival) : undefined;
      if (met !== undefined && met >= offset) {
        // Both paths start this day alike, so all that follows is the same: only what came before counts.
        if (same && index !== met - offset) {
          result.echoes = true;
          result.where ??= { day: screen.day, screensAfter: index + 1, walked: later[index]?.text ?? '(the end)', other: screen.text };
        }
        if (sameLaterDays && dayIndex !== later.slice(0, met - offset).filter((other) => other.day > point.day).length) result.laterDay = true;
        ended = false;
        break;
      }
      if (same && screen.text !== later[index]?.text) {
        same = false;
        result.echoes = true;
        result.where ??= { day: screen.day, screensAfter: index + 1, walked: later[index]?.text ?? '(the end)', other: screen.text };
      }
      if (sameLaterDays && screen.day > point.day) {
        if (screen.text !== laterDays[dayIndex]?.text) { sameLaterDays = false; result.laterDay = true; }
        dayIndex += 1;
      }
      if (!same && !sameLaterDays) { ended = false; break; }
      index += 1;
    }
    if (same && ended && index !== later.length) {
      result.echoes = true;
      result.where ??= { day: later[index]?.day ?? point.day, screensAfter: index + 1, walked: later[index]?.text ?? '(the end)', other: '(the end)' };
    }
    if (sameLaterDays && ended && dayIndex !== laterDays.length) result.laterDay = true;
  }
  return result;
}

function overlap(firstWalk: Walk, second: Walk): OverlapFigure {
  const seen = new Set(firstWalk.screens.map((screen) => screen.text));
  const same = second.screens.filter((screen) => seen.has(screen.text)).length;
  // Per day, so a writer can see where a second playthrough re-reads the first.
  const byDay = new Map<number, { screens: number; same: number }>();
  for (const screen of second.screens) {
    const day = byDay.get(screen.day) ?? { screens: 0, same: 0 };
    day.screens += 1;
    if (seen.has(screen.text)) day.same += 1;
    byDay.set(screen.day, day);
  }
  return { first: firstWalk.policy, second: second.policy, screens: second.screens.length, same, share: same / Math.max(1, second.screens.length), byDay };
}

function share(points: number, echoing: number, laterDay: number): ShareFigure {
  return { points, echoing, share: points ? echoing / points : 0, laterDay, laterDayShare: points ? laterDay / points : 0 };
}
const shareOf = (points: ChoicePointFigure[]) => share(points.length, points.filter((point) => point.echoes).length, points.filter((point) => point.laterDayEchoes).length);
const mean = (figures: OverlapFigure[]) => (figures.length ? figures.reduce((sum, figure) => sum + figure.share, 0) / figures.length : 0);

export function measureEcho(json: string, options: EchoOptions = {}): EchoReport {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const dayVariable = options.dayVariable ?? 'day';
  const player: Player = { runner: new StoryRunner(json, { presets: options.presets, dayVariable, hubForDay: options.hubForDay }), entry: options.entry, dayVariable };
  const seed = options.seed ?? 1954;
  const [from, to] = options.days ?? [18, 41];
  const policies = [first, last, ...Array.from({ length: options.randomWalks ?? 4 }, (_, n) => random(seed + n))];

  const figures = new Map<string, ChoicePointFigure>();
  const visits = { points: 0, echoing: 0, laterDay: 0 };
  const walks = new Map<string, Walk>();
  for (const policy of policies) {
    const walked = walk(player, policy);
    walks.set(policy.name, walked);
    for (const point of walked.points) {
      const comparison = compareOptions(player, policy, walked, point);
      const figure = figures.get(point.id) ?? { day: point.day, place: point.place && writtenPlace(point.place), options: point.options, visits: 0, echoes: 0, laterDayEchoes: 0, where: null };
      figure.visits += 1;
      if (comparison.echoes) figure.echoes += 1;
      if (comparison.laterDay) figure.laterDayEchoes += 1;
      figure.where ??= comparison.where;
      figures.set(point.id, figure);
      visits.points += 1;
      if (comparison.echoes) visits.echoing += 1;
      if (comparison.laterDay) visits.laterDay += 1;
    }
  }

  const points = [...figures.values()].sort((a, b) => a.day - b.day);
  const oppositePairs = [overlap(walks.get('first')!, walks.get('last')!), overlap(walks.get('last')!, walks.get('first')!)];
  const randomPairs: OverlapFigure[] = [];
  for (let n = 0; n < (options.replayPairs ?? 2); n += 1) {
    const one = walk(player, random(seed + 100 + 2 * n));
    randomPairs.push(overlap(one, walk(player, random(seed + 101 + 2 * n))));
    oppositePairs.push(overlap(one, walk(player, opposite(one, seed + 200 + n))));
  }

  return {
    walks: policies.map((policy) => policy.name),
    all: shareOf(points),
    days: { from, to, ...shareOf(points.filter((point) => point.day >= from && point.day <= to)) },
    visits: share(visits.points, visits.echoing, visits.laterDay),
    points,
    overlap: { opposite: oppositePairs, random: randomPairs, oppositeMean: mean(oppositePairs), randomMean: mean(randomPairs) },
    milliseconds: Math.round(performance.now() - started),
    cpuMilliseconds: Math.round(process.cpuUsage(cpuStarted).user / 1000),
  };
}

/** The options for one registered viewpoint of the full story (home mode, full text), from its own entry. */
export function viewpointOptions(id: string, overrides: EchoOptions = {}): EchoOptions {
  const viewpoint = viewpointById(id);
  if (!viewpoint) throw new Error(`no viewpoint "${id}" is registered (src/viewpoints/registry.ts)`);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined && !Number.isNaN(value)));
  const kioskFlags = Object.fromEntries([...viewpoints.values()].flatMap((other) => (other.kioskCut ? [[other.kioskCut.flag, false]] : [])));
  return { presets: { ...kioskFlags, gentle: false, viewpoint: id }, dayVariable: viewpoint.dayVariable, hubForDay: (day) => hubName(viewpoint, day), ...defined };
}
