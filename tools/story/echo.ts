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
// Content-note choices ("Read the scene" / "Read a short summary instead", the choice right after a
// line tagged `# cn:`) are not real choices: they are not counted, and every policy reads the scene.
import { StoryRunner, type Beat, type StoryChoice, type Valuation } from '../../src/engine/storyRunner.ts';
import { splitScreens } from '../../src/ui/storyView.ts';

export interface EchoOptions {
  /** Variables set before the first line, e.g. `{ viewpoint: 'halyna' }`. */
  presets?: Valuation;
  /** A knot to start at instead of the story's own start. */
  entry?: string;
  /** The variable holding the calendar day. */
  dayVariable?: string;
  /** Seeded random walks besides always-first and always-last (each is branched at every choice). */
  randomWalks?: number;
  /** Seeded random pairs for the replay overlap (each gives a random-vs-random and a random-vs-opposite pair). */
  replayPairs?: number;
  /** The days reported on their own (inclusive). */
  days?: [number, number];
  seed?: number;
}

/** A choice point, identified across walks by its day and its options' texts. */
export interface ChoicePointFigure { day: number; options: string[]; visits: number; echoes: number }
export interface ShareFigure { points: number; echoing: number; share: number }
export interface OverlapFigure { first: string; second: string; screens: number; same: number; share: number }
export interface EchoReport {
  walks: string[];
  /** Over distinct choice points: echoing when any walk saw it echo. */
  all: ShareFigure;
  days: ShareFigure & { from: number; to: number };
  /** Over every visit of every walk (a point met by several walks counts each time). */
  visits: ShareFigure;
  /** Choice points that never echoed, by day. */
  silent: { day: number; options: string[] }[];
  overlap: { opposite: OverlapFigure[]; random: OverlapFigure[]; oppositeMean: number; randomMean: number };
  milliseconds: number;
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

/** The screens of one beat, as keys: their lines' text, plus the choices on the last one. */
export function beatScreens(beat: Beat): string[] {
  const screens = splitScreens(beat.lines).map((lines) => lines.map((line) => line.text).join('\n'));
  if (beat.choices.length) screens[screens.length - 1] += `\n${beat.choices.map((choice) => `> ${choice.text}`).join('\n')}`;
  return screens;
}

/** The choice right after a `# cn:` line: read the scene or its summary. */
export function isContentNoteChoice(beat: Beat): boolean {
  return (beat.lines[beat.lines.length - 1]?.tags.contentNotes.length ?? 0) > 0;
}

interface Point { id: string; day: number; options: string[]; inkState: string; rngAfter: number; picked: number; response: number }
interface Walk { policy: string; screens: string[]; points: Point[]; picks: Map<string, number> }

const MAX_BEATS = 5000;

/**
 * Plays on from `beat` with `policy`, yielding each screen. `onPoint` sees every real choice point
 * before the pick is played (for the walk that is branched later).
 */
function* playOn(runner: StoryRunner, beat: Beat, policy: Policy, rng: Rng, onPoint?: (beat: Beat, position: number) => void): Generator<string> {
  for (let beats = 0; beats < MAX_BEATS; beats += 1) {
    yield* beatScreens(beat);
    if (beat.ended || !beat.choices.length) return;
    const contentNote = isContentNoteChoice(beat);
    const position = contentNote ? 0 : policy.pick(beat.choices, rng, runner.day);
    if (!contentNote && beat.choices.length > 1) onPoint?.(beat, position);
    beat = runner.choose(beat.choices[position].index);
  }
  throw new Error(`${policy.name}: more than ${MAX_BEATS} beats without an end: a loop?`);
}

function begin(runner: StoryRunner, entry: string | undefined): Beat {
  if (!entry) return runner.start();
  return runner.restoreCheckpoint({ hub: entry, day: -1, variables: {} });
}

function walk(runner: StoryRunner, entry: string | undefined, policy: Policy): Walk {
  const rng = { seed: policy.seed };
  const result: Walk = { policy: policy.name, screens: [], points: [], picks: new Map() };
  const onPoint = (beat: Beat, position: number) => {
    const day = runner.day;
    const id = pointId(day, beat.choices);
    result.picks.set(id, position);
    // The pick has already drawn from rng: a branch replays the other options from this state.
    result.points.push({ id, day, options: beat.choices.map((choice) => choice.text), inkState: runner.saveInkState(), rngAfter: rng.seed, picked: position, response: result.screens.length });
  };
  for (const screen of playOn(runner, begin(runner, entry), policy, rng, onPoint)) result.screens.push(screen);
  return result;
}

/** True when some other option than the one walked leads to a different screen after its immediate response. */
function echoes(runner: StoryRunner, policy: Policy, walked: Walk, point: Point): boolean {
  const later = walked.screens.slice(point.response + 1);
  for (let position = 0; position < point.options.length; position += 1) {
    if (position === point.picked) continue;
    const beat = runner.restoreInkState(point.inkState, [], null);
    const screens = playOn(runner, runner.choose(beat.choices[position].index), policy, { seed: point.rngAfter });
    screens.next(); // the immediate response
    let index = 0;
    for (const screen of screens) {
      if (screen !== later[index]) return true;
      index += 1;
    }
    if (index !== later.length) return true;
  }
  return false;
}

function overlap(firstWalk: Walk, second: Walk): OverlapFigure {
  const seen = new Set(firstWalk.screens);
  const same = second.screens.filter((screen) => seen.has(screen)).length;
  return { first: firstWalk.policy, second: second.policy, screens: second.screens.length, same, share: same / Math.max(1, second.screens.length) };
}

const share = (points: number, echoing: number): ShareFigure => ({ points, echoing, share: points ? echoing / points : 0 });
const mean = (figures: OverlapFigure[]) => (figures.length ? figures.reduce((sum, figure) => sum + figure.share, 0) / figures.length : 0);

export function measureEcho(json: string, options: EchoOptions = {}): EchoReport {
  const started = performance.now();
  const runner = new StoryRunner(json, { presets: options.presets, dayVariable: options.dayVariable });
  const seed = options.seed ?? 1954;
  const [from, to] = options.days ?? [18, 41];
  const policies = [first, last, ...Array.from({ length: options.randomWalks ?? 4 }, (_, n) => random(seed + n))];

  const figures = new Map<string, ChoicePointFigure>();
  let visits = 0;
  let echoingVisits = 0;
  const walks = new Map<string, Walk>();
  for (const policy of policies) {
    const walked = walk(runner, options.entry, policy);
    walks.set(policy.name, walked);
    for (const point of walked.points) {
      const echoing = echoes(runner, policy, walked, point);
      const figure = figures.get(point.id) ?? { day: point.day, options: point.options, visits: 0, echoes: 0 };
      figure.visits += 1;
      if (echoing) figure.echoes += 1;
      figures.set(point.id, figure);
      visits += 1;
      if (echoing) echoingVisits += 1;
    }
  }

  const points = [...figures.values()];
  const inDays = points.filter((point) => point.day >= from && point.day <= to);
  const silent = points.filter((point) => !point.echoes).sort((a, b) => a.day - b.day).map(({ day, options: texts }) => ({ day, options: texts }));

  const oppositePairs = [overlap(walks.get('first')!, walks.get('last')!), overlap(walks.get('last')!, walks.get('first')!)];
  const randomPairs: OverlapFigure[] = [];
  for (let n = 0; n < (options.replayPairs ?? 2); n += 1) {
    const one = walk(runner, options.entry, random(seed + 100 + 2 * n));
    const two = walk(runner, options.entry, random(seed + 101 + 2 * n));
    randomPairs.push(overlap(one, two));
    oppositePairs.push(overlap(one, walk(runner, options.entry, opposite(one, seed + 200 + n))));
  }

  return {
    walks: policies.map((policy) => policy.name),
    all: share(points.length, points.filter((point) => point.echoes).length),
    days: { from, to, ...share(inDays.length, inDays.filter((point) => point.echoes).length) },
    visits: share(visits, echoingVisits),
    silent,
    overlap: { opposite: oppositePairs, random: randomPairs, oppositeMean: mean(oppositePairs), randomMean: mean(randomPairs) },
    milliseconds: Math.round(performance.now() - started),
  };
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

export function formatEcho(label: string, report: EchoReport): string {
  const lines = [`Consequence (bible §10), ${label}: walks ${report.walks.join(', ')}; ${report.milliseconds} ms`];
  lines.push(`  echo share, all days:   ${percent(report.all.share)} (${report.all.echoing} of ${report.all.points} choice points change a later screen; ${percent(report.visits.share)} of ${report.visits.points} visits)`);
  lines.push(`  echo share, days ${report.days.from}-${report.days.to}: ${percent(report.days.share)} (${report.days.echoing} of ${report.days.points})`);
  const pair = (figure: OverlapFigure) => `${figure.second} after ${figure.first} ${percent(figure.share)}`;
  lines.push(`  replay overlap, opposite choices: mean ${percent(report.overlap.oppositeMean)} (${report.overlap.opposite.map(pair).join('; ')})`);
  lines.push(`  replay overlap, random runs:      mean ${percent(report.overlap.randomMean)} (${report.overlap.random.map(pair).join('; ')})`);
  lines.push('  choice points that never change a later screen:');
  let day = NaN;
  for (const point of report.silent) {
    if (point.day !== day) lines.push(`    day ${point.day}:`);
    day = point.day;
    lines.push(`      ${point.options.map((text) => `"${text}"`).join(' / ')}`);
  }
  return lines.join('\n');
}

/** The options for one viewpoint of the full story (home mode, full text). */
export function viewpointOptions(viewpoint: string, overrides: EchoOptions = {}): EchoOptions {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined && !Number.isNaN(value)));
  return { presets: { viewpoint, kiosk_cut: false, gentle: false }, ...defined };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The figures kept in bench/results.json (story.echo.<viewpoint>). */
export function benchFigures(report: EchoReport, storyHash: string | null) {
  const pair = (figure: OverlapFigure) => ({ first: figure.first, second: figure.second, share: round(figure.share) });
  return {
    measuredAt: new Date().toISOString(),
    storyHash,
    walks: report.walks,
    echoShare: round(report.all.share),
    echoingChoicePoints: report.all.echoing,
    choicePoints: report.all.points,
    [`echoShareDays${report.days.from}to${report.days.to}`]: round(report.days.share),
    echoShareOfVisits: round(report.visits.share),
    replayOverlapOpposite: round(report.overlap.oppositeMean),
    replayOverlapRandom: round(report.overlap.randomMean),
    pairs: [...report.overlap.opposite, ...report.overlap.random].map(pair),
    milliseconds: report.milliseconds,
    target: `echo share >= 60%, days ${report.days.from}-${report.days.to} >= 50%, opposite replay overlap <= 40% (issue 13, bible §10)`,
  };
}
