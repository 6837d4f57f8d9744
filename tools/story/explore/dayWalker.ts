// Walks one day of the story: runs it from a valuation, branching on every choice, and records
// what it finds (problems, tags, knots, endings). The hub explorer (hub.ts) decides which
// valuations to run; this class only runs them.
import { Story } from 'inkjs';
import { declaredVariables, hubForDay } from '../../../src/engine/storyRunner.ts';
import type { DayRun, Exit, InkValue, Leaf, MemoEntry, PathTally, Problem, Sighting, SpokenLine, TagUse, Valuation } from './types.ts';

export const START = 'start';
/** A pseudo-variable carried into a unit such as the epilogue: the ending tagged on the way there. */
export const ENDING_SO_FAR = '__ending';

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** What a path has gathered so far: words read, the ending tag, `# tbc`, the last place, crossing and fact marks. */
export function newTally(ending: string | null = null): PathTally {
  return { count: 0, ending, tbc: false, place: null, marks: [] };
}

// Reads of story variables are observed by wrapping the runtime's variable lookup once.
let readHook: ((name: string) => void) | null = null;
function observeReads(story: Story): void {
  const proto = Object.getPrototypeOf(story.state.variablesState) as { GetVariableWithName: (...args: unknown[]) => unknown; __kengirObserved?: boolean };
  if (proto.__kengirObserved) return;
  const original = proto.GetVariableWithName;
  proto.GetVariableWithName = function (this: unknown, ...args: unknown[]) {
    if (readHook) readHook(String(args[0]));
    return original.apply(this, args);
  };
  proto.__kengirObserved = true;
}

export interface WalkerOptions {
  containers: string[];
  maxChoices: number;
  boundaryKnots: string[];
  /** The viewpoint's hub for a day (`j_day_03`); the engine's default names Halyna's `day_03`. */
  hubForDay?: (day: number) => string;
}

export class DayWalker {
  readonly story: Story;
  readonly variableNames: string[];
  readonly globals: Set<string>;
  readonly containerSet: Set<string>;
  /** Knots explored as units of their own when a path enters them (like a day's hub). */
  readonly boundaries: string[];
  readonly maxChoices: number;
  readonly hubForDay: (day: number) => string;
  readonly inkErrors: string[] = [];
  readonly problems: Problem[] = [];
  readonly problemKeys = new Set<string>();
  readonly tags: TagUse[] = [];
  readonly seenTags = new Set<string>();
  /** Lines tagged `# crossing:` or `# fact:` as output (crossings.md §3.4), each text once per place. */
  readonly sightings = new Map<string, Sighting>();
  /** Every line output with a `# speaker:` tag: who, and whether the same line carries a `# note:`. */
  readonly spokenLines = new Map<string, SpokenLine>();
  /** The crossing and fact marks along every path of a day that shows a `# crossing:` tag. */
  readonly markedPaths = new Map<string, { hub: string; marks: string[] }>();
  /** Off in the seeded playthroughs, which skip each day's first line; the day runs see every line. */
  recordSightings = true;
  statesExplored = 0;

  constructor(json: string, options: WalkerOptions) {
    this.story = new Story(json);
    observeReads(this.story);
    this.variableNames = declaredVariables(json);
    this.globals = new Set(this.variableNames);
    this.containerSet = new Set(options.containers);
    this.boundaries = options.boundaryKnots.filter((name) => this.containerSet.has(name));
    this.maxChoices = options.maxChoices;
    this.hubForDay = options.hubForDay ?? hubForDay;
    this.story.onError = (message: string) => { this.inkErrors.push(message); };
  }

  addProblem(problem: Problem) {
    const key = `${problem.hub}|${problem.message}`;
    if (this.problemKeys.has(key)) return;
    this.problemKeys.add(key);
    this.problems.push(problem);
  }

  snapshot(): Valuation {
    const hook = readHook;
    readHook = null;
    const valuation: Valuation = {};
    for (const name of this.variableNames) valuation[name] = this.story.variablesState[name] as InkValue;
    readHook = hook;
    return valuation;
  }

  recordTag(tag: string, hub: string, onChoice: boolean, text: string) {
    const key = `${tag}|${onChoice}`;
    if (this.seenTags.has(key)) return;
    this.seenTags.add(key);
    this.tags.push({ tag, hub, onChoice, text });
  }

  /** Records a crossing or fact line as output: its day, its place (its own, or the path's last) and text. */
  private sight(kind: 'crossing' | 'fact', id: string, hub: string, text: string, words: PathTally) {
    words.marks.push(`${kind}:${id}`);
    if (!this.recordSightings) return;
    const day = Number(this.story.variablesState.day);
    const key = `${kind}|${id}|${day}|${words.place}|${text}`;
    if (!this.sightings.has(key)) this.sightings.set(key, { kind, id, hub, day, place: words.place, text });
  }

  /** A path of a day is over: keep it, and its marks when it showed a crossing. */
  private finishLeaf(run: DayRun, hub: string, leaf: Leaf) {
    run.leaves.push(leaf);
    if (leaf.marks.some((mark) => mark.startsWith('crossing:'))) this.markedPaths.set(`${hub}|${leaf.marks.join(',')}`, { hub, marks: leaf.marks });
  }

  visitCounts() { return (this.story.state as unknown as { _visitCounts: Map<string, number> })._visitCounts; }

  begin(hub: string, valuation: Valuation) {
    this.story.ResetState();
    this.inkErrors.length = 0;
    const hook = readHook;
    readHook = null;
    for (const [name, value] of Object.entries(valuation)) if (this.globals.has(name)) this.story.variablesState[name] = value;
    readHook = hook;
    if (hub !== START) this.story.ChoosePathString(hub);
  }

  endingOnArrival(valuation: Valuation) { return (valuation[ENDING_SO_FAR] ? String(valuation[ENDING_SO_FAR]) : null); }

  /** Continues until a choice, a crossing into another hub, or an end. Returns the exit if the path is over. */
  advance(hubDay: number, hub: string, choiceTexts: string[], words: PathTally): Exit | null {
    while (this.story.canContinue) {
      const dayBefore = Number(this.story.variablesState.day);
      const boundaryVisits = this.boundaries.map((name) => this.story.state.VisitCountAtPathString(name) ?? 0);
      let line: string;
      try {
        line = this.story.Continue() ?? '';
      } catch (error) {
        return { kind: 'error', message: `ink runtime error: ${String((error as Error).message ?? error)}` };
      }
      if (this.inkErrors.length) {
        const message = `ink error: ${this.inkErrors.join('; ')}`;
        this.inkErrors.length = 0;
        return { kind: 'error', message };
      }
      if (this.story.currentWarnings?.length) {
        this.addProblem({ hub, choices: choiceTexts, message: `ink warning: ${this.story.currentWarnings.join('; ')}` });
        this.story.ResetErrors();
      }
      const entered = this.boundaries.findIndex((name, index) => name !== hub && (this.story.state.VisitCountAtPathString(name) ?? 0) > boundaryVisits[index]);
      if (entered >= 0) {
        for (const tag of this.story.currentTags ?? []) {
          const [kind, value] = tag.split(':').map((part) => part.trim());
          if (kind === 'ending' && value) words.ending = value;
        }
        return { kind: 'hub', hub: this.boundaries[entered], day: hubDay + 0.5, valuation: { ...this.snapshot(), [ENDING_SO_FAR]: words.ending ?? '' } };
      }
      const dayNow = Number(this.story.variablesState.day);
      if (dayNow !== dayBefore) words.place = null; // a fact's place is its own, or the last one of its day
      if (dayNow !== dayBefore) {
        if (hub !== START && dayNow <= hubDay) return { kind: 'error', message: `day went from ${hubDay} to ${dayNow}: days may only move forward` };
        const next = this.hubForDay(dayNow);
        if (!this.containerSet.has(next)) return { kind: 'error', message: `day set to ${dayNow} but there is no hub knot ${next}` };
        return { kind: 'hub', hub: next, day: dayNow, valuation: this.snapshot() };
      }
      words.count += countWords(line);
      const tags = (this.story.currentTags ?? []).map((tag) => tag.split(':').map((part) => part.trim()));
      words.place = tags.find(([kind, value]) => kind === 'place' && value)?.[1] ?? words.place;
      for (const tag of this.story.currentTags ?? []) this.recordTag(tag.trim(), hub, false, line.trim());
      const speaker = tags.find(([kind, value]) => kind === 'speaker' && value)?.[1];
      if (speaker) this.spokenLines.set(`${speaker}|${line.trim()}`, { speaker, noted: tags.some(([kind, value]) => kind === 'note' && value), hub, text: line.trim() });
      for (const [kind, value] of tags) {
        if (kind === 'ending' && value) words.ending = value;
        if (kind === 'tbc') words.tbc = true;
        if ((kind === 'crossing' || kind === 'fact') && value) this.sight(kind, value, hub, line.trim(), words);
      }
    }
    if (this.story.currentChoices.length) return null;
    if (words.ending) return { kind: 'ending', id: words.ending };
    if (words.tbc) return { kind: 'tbc' };
    return { kind: 'dead' };
  }

  /**
   * Every path through one day from one valuation, branching on every choice. A subtree already
   * explored at the same point of the this.story, with the same values of every variable it read (and
   * no exit into another hub, whose arrival values would differ), is not run again: its leaves are
   * reused. Ink is deterministic, so that is exact.
   */
  runDay(hub: string, hubDay: number, valuation: Valuation, memo: Map<string, MemoEntry[]> = new Map()): DayRun {
    const run: DayRun = { leaves: [], reads: new Set(), visited: new Set(), states: 0 };
    const collectors: Set<string>[] = [];
    readHook = (name) => {
      if (!this.globals.has(name)) return;
      run.reads.add(name);
      for (const collector of collectors) collector.add(name);
    };
    const currentValues = (names: string[]) => {
      const hook = readHook;
      readHook = null;
      const values = JSON.stringify(names.map((name) => this.story.variablesState[name]));
      readHook = hook;
      return values;
    };
    const seen = new Set<string>();
    try {
      this.begin(hub, valuation);
      const walk = (choices: number[], choiceTexts: string[], words: PathTally) => {
        run.states += 1;
        const exit = this.advance(hubDay, hub, choiceTexts, words);
        if (exit) {
          for (const [path, count] of this.visitCounts()) if (count > 0) run.visited.add(path);
          this.finishLeaf(run, hub, { choices, choiceTexts, exit, words: words.count, marks: words.marks });
          return;
        }
        if (choices.length >= this.maxChoices) {
          this.finishLeaf(run, hub, { choices, choiceTexts, exit: { kind: 'error', message: `more than ${this.maxChoices} choices inside one day: a loop with no way out?` }, words: words.count, marks: words.marks });
          return;
        }
        const state = JSON.parse(this.story.state.ToJson()) as Record<string, unknown>;
        for (const volatile of ['turnIdx', 'turnIndices', 'storySeed', 'previousRandom']) delete state[volatile];
        const key = JSON.stringify(state);
        if (seen.has(key)) return;
        seen.add(key);
        delete state.variablesState;
        const position = `${JSON.stringify(state)}|${words.ending}|${words.tbc}`;
        for (const entry of memo.get(position) ?? []) {
          if (currentValues(entry.reads) !== entry.values) continue;
          for (const [path, count] of this.visitCounts()) if (count > 0) run.visited.add(path);
          for (const path of entry.visited) run.visited.add(path);
          for (const name of entry.reads) run.reads.add(name);
          for (const collector of collectors) for (const name of entry.reads) collector.add(name);
          for (const leaf of entry.leaves) {
            this.finishLeaf(run, hub, { choices: [...choices, ...leaf.choices], choiceTexts: [...choiceTexts, ...leaf.choiceTexts], exit: leaf.exit, words: words.count + leaf.words, marks: [...words.marks, ...leaf.marks] });
          }
          return;
        }
        const entryCounts = new Map(this.visitCounts());
        const entryValues = this.snapshot();
        const firstLeaf = run.leaves.length;
        const reads = new Set<string>();
        collectors.push(reads);
        const saved = this.story.state.ToJson();
        const offered = this.story.currentChoices.map((choice) => ({ index: choice.index, text: choice.text, tags: choice.tags ?? [] }));
        const subtreeVisited = new Set<string>();
        offered.forEach((choice, position) => {
          for (const tag of choice.tags) this.recordTag(tag.trim(), hub, true, choice.text);
          if (position > 0) this.story.state.LoadJson(saved);
          this.story.ChooseChoiceIndex(choice.index);
          const before = run.leaves.length;
          walk([...choices, choice.index], [...choiceTexts, choice.text], { ...words, count: words.count + countWords(choice.text), marks: [...words.marks] });
          if (run.leaves.length > before) for (const [path, count] of this.visitCounts()) if (count > (entryCounts.get(path) ?? 0)) subtreeVisited.add(path);
        });
        collectors.pop();
        for (const collector of collectors) for (const name of reads) collector.add(name);
        const leaves = run.leaves.slice(firstLeaf);
        if (leaves.every((leaf) => leaf.exit.kind !== 'hub')) {
          const names = [...reads].sort();
          const list = memo.get(position) ?? [];
          list.push({
            reads: names, values: JSON.stringify(names.map((name) => entryValues[name])), visited: subtreeVisited,
            leaves: leaves.map((leaf) => ({ choices: leaf.choices.slice(choices.length), choiceTexts: leaf.choiceTexts.slice(choices.length), exit: leaf.exit, words: leaf.words - words.count, marks: leaf.marks.slice(words.marks.length) })),
          });
          memo.set(position, list);
        }
      };
      walk([], [], newTally(this.endingOnArrival(valuation)));
    } finally {
      readHook = null;
    }
    this.statesExplored += run.states;
    return run;
  }

  /** Follows one known path with other values, to learn what arrives at the next hub. */
  replay(hub: string, hubDay: number, valuation: Valuation, choices: number[]): Exit | null {
    this.begin(hub, valuation);
    const words = newTally(this.endingOnArrival(valuation));
    let exit = this.advance(hubDay, hub, [], words);
    for (const index of choices) {
      if (exit) return null;
      if (!this.story.currentChoices.some((choice) => choice.index === index)) return null;
      this.story.ChooseChoiceIndex(index);
      exit = this.advance(hubDay, hub, [], words);
    }
    return exit;
  }

  /** What a day did from one valuation: its paths, exits, knots, and which variables each path changed. */
  signature(run: DayRun, input: Valuation) {
    const leaves = run.leaves.map((leaf) => {
      const exit = leaf.exit;
      const target = exit.kind === 'hub' ? exit.hub : exit.kind === 'ending' ? exit.id : exit.kind === 'error' ? exit.message : '';
      const changed = exit.kind === 'hub' ? this.variableNames.filter((name) => exit.valuation[name] !== input[name]).join(',') : '';
      return `${exit.kind}:${target}~${changed}`;
    });
    // Outcomes and the containers visited (which include every choice offered), not the order of
    // choices: that depends on which duplicate states a run happened to prune first.
    return `${[...new Set(leaves)].sort().join('|')}#${[...run.visited].filter((path) => this.containerSet.has(path)).sort().join(',')}`;
  }
}
