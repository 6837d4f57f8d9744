// Exhaustive, compositional exploration of the compiled story, day by day.
//
// Paths multiply without limit over 42 days, and so do exact combinations of variables (by day 11
// of Halyna's path there are thousands). So each hub `day_NN` is explored from *value domains*:
// for every global variable, the set of values it can have on arrival. A day's behaviour depends
// only on the variables it reads, so:
//   1. we run the day once to learn which variables it reads (reads are observed in the runtime);
//   2. for each variable read, we run the day with each of its values and group the values that
//      lead to the same control flow (same choices, same exits, same knots) into classes;
//   3. we explore every choice of the day from every combination of one value per class;
//   4. we replay each path with the other members of each class and with every value of the
//      variables the day does not read, to collect every value that can arrive at the next hub.
// This covers every combination of behaviourally distinct values, a superset of the states that
// are really reachable (it cannot miss a dead end or an ink error unless two variables interact
// in a way neither shows alone). Endings are additionally confirmed by concrete seeded playthroughs.
import { Story } from 'inkjs';
import { declaredVariables, hubForDay } from '../../src/engine/storyRunner.ts';

export type InkValue = string | number | boolean;
export type Valuation = Record<string, InkValue>;

export interface TagUse { tag: string; hub: string; onChoice: boolean; text: string }
export interface Problem { hub: string; choices: string[]; message: string }
export interface ExploreOptions {
  /** Variables the app sets before the story starts (gentle, kiosk_cut, viewpoint). */
  presets?: Valuation;
  /** Fails the run when a day has more value combinations to explore than this. */
  maxCombinationsPerHub?: number;
  /** Longest run of choices allowed inside one day before it counts as a loop. */
  maxChoicesPerDay?: number;
  /** Concrete seeded playthroughs that confirm which endings are really reached. */
  witnessWalks?: number;
  /** Knots explored as units of their own when a path enters them (like a day's hub). */
  boundaryKnots?: string[];
}
export interface HubReport {
  hub: string;
  /** Combinations of behaviourally distinct values explored at this hub. */
  arrivals: number;
  /** Variables whose values the day branches on, with their number of classes. */
  branchesOn: Record<string, number>;
  paths: number;
  minWords: number;
  maxWords: number;
}
export interface ExploreResult {
  hubs: HubReport[];
  /** Endings reached in the exploration (from some combination of values). */
  endings: Map<string, number>;
  /** Endings reached by concrete seeded playthroughs from the start. */
  witnessedEndings: Map<string, number>;
  tbc: number;
  problems: Problem[];
  visited: Set<string>;
  containers: string[];
  tags: TagUse[];
  shortestWords: number;
  longestWords: number;
  arrivals: number;
  statesExplored: number;
  milliseconds: number;
}

const START = 'start';

/** Names of knots and stitches (not generated containers) in the compiled story. */
export function namedContainers(json: string, functionNames: Set<string>): string[] {
  const root = JSON.parse(json).root as unknown[];
  const named = root[root.length - 1] as Record<string, unknown> | null;
  const result: string[] = [];
  const generated = /^(c-\d+|g-\d+|s|b|#f|#n|global decl)$/;
  for (const [knot, body] of Object.entries(named ?? {})) {
    if (generated.test(knot) || functionNames.has(knot)) continue;
    result.push(knot);
    const inner = Array.isArray(body) ? body[body.length - 1] : null;
    if (inner && typeof inner === 'object') {
      for (const stitch of Object.keys(inner as object)) if (!generated.test(stitch)) result.push(`${knot}.${stitch}`);
    }
  }
  return result;
}

/** Names of `=== function x ===` knots in ink sources. */
export function functionNamesIn(sources: string[]): Set<string> {
  const names = new Set<string>();
  for (const source of sources) for (const match of source.matchAll(/^\s*={2,}\s*function\s+([A-Za-z_][\w]*)/gm)) names.add(match[1]);
  return names;
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
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

type Exit =
  | { kind: 'hub'; hub: string; day: number; valuation: Valuation }
  | { kind: 'ending'; id: string }
  | { kind: 'tbc' }
  | { kind: 'dead' }
  | { kind: 'error'; message: string };

interface Leaf { choices: number[]; choiceTexts: string[]; exit: Exit; words: number }
interface DayRun { leaves: Leaf[]; reads: Set<string>; visited: Set<string>; states: number }
interface MemoEntry { reads: string[]; values: string; visited: Set<string>; leaves: Leaf[] }

export function exploreStory(json: string, functionNames: Set<string>, options: ExploreOptions = {}): ExploreResult {
  const started = performance.now();
  const story = new Story(json);
  observeReads(story);
  const variableNames = declaredVariables(json);
  const globals = new Set(variableNames);
  const containers = namedContainers(json, functionNames);
  const containerSet = new Set(containers);
  const presets = options.presets ?? {};
  const maxCombinations = options.maxCombinationsPerHub ?? 4000;
  const maxChoices = options.maxChoicesPerDay ?? 60;
  // The shared epilogue reads many variables, each in its own section: explored as a unit of its
  // own, its variables do not multiply with the ones day 42 branches on.
  const boundaries = (options.boundaryKnots ?? ['epilogue']).filter((name) => containerSet.has(name));
  const ENDING_SO_FAR = '__ending';

  const inkErrors: string[] = [];
  story.onError = (message: string) => { inkErrors.push(message); };

  const problems: Problem[] = [];
  const problemKeys = new Set<string>();
  const addProblem = (problem: Problem) => {
    const key = `${problem.hub}|${problem.message}`;
    if (problemKeys.has(key)) return;
    problemKeys.add(key);
    problems.push(problem);
  };
  const visited = new Set<string>();
  const tags: TagUse[] = [];
  const seenTags = new Set<string>();
  const endings = new Map<string, number>();
  let tbc = 0;
  let statesExplored = 0;
  let combinationsExplored = 0;

  const snapshot = (): Valuation => {
    const hook = readHook;
    readHook = null;
    const valuation: Valuation = {};
    for (const name of variableNames) valuation[name] = story.variablesState[name] as InkValue;
    readHook = hook;
    return valuation;
  };
  const recordTag = (tag: string, hub: string, onChoice: boolean, text: string) => {
    const key = `${tag}|${onChoice}`;
    if (seenTags.has(key)) return;
    seenTags.add(key);
    tags.push({ tag, hub, onChoice, text });
  };
  const visitCounts = () => (story.state as unknown as { _visitCounts: Map<string, number> })._visitCounts;

  const begin = (hub: string, valuation: Valuation) => {
    story.ResetState();
    inkErrors.length = 0;
    const hook = readHook;
    readHook = null;
    for (const [name, value] of Object.entries(valuation)) if (globals.has(name)) story.variablesState[name] = value;
    readHook = hook;
    if (hub !== START) story.ChoosePathString(hub);
  };
  const endingOnArrival = (valuation: Valuation) => (valuation[ENDING_SO_FAR] ? String(valuation[ENDING_SO_FAR]) : null);

  /** Continues until a choice, a crossing into another hub, or an end. Returns the exit if the path is over. */
  const advance = (hubDay: number, hub: string, choiceTexts: string[], words: { count: number; ending: string | null; tbc: boolean }): Exit | null => {
    while (story.canContinue) {
      const dayBefore = Number(story.variablesState.day);
      const boundaryVisits = boundaries.map((name) => story.state.VisitCountAtPathString(name) ?? 0);
      let line: string;
      try {
        line = story.Continue() ?? '';
      } catch (error) {
        return { kind: 'error', message: `ink runtime error: ${String((error as Error).message ?? error)}` };
      }
      if (inkErrors.length) {
        const message = `ink error: ${inkErrors.join('; ')}`;
        inkErrors.length = 0;
        return { kind: 'error', message };
      }
      if (story.currentWarnings?.length) {
        addProblem({ hub, choices: choiceTexts, message: `ink warning: ${story.currentWarnings.join('; ')}` });
        story.ResetErrors();
      }
      const entered = boundaries.findIndex((name, index) => name !== hub && (story.state.VisitCountAtPathString(name) ?? 0) > boundaryVisits[index]);
      if (entered >= 0) {
        for (const tag of story.currentTags ?? []) {
          const [kind, value] = tag.split(':').map((part) => part.trim());
          if (kind === 'ending' && value) words.ending = value;
        }
        return { kind: 'hub', hub: boundaries[entered], day: hubDay + 0.5, valuation: { ...snapshot(), [ENDING_SO_FAR]: words.ending ?? '' } };
      }
      const dayNow = Number(story.variablesState.day);
      if (dayNow !== dayBefore) {
        if (hub !== START && dayNow <= hubDay) return { kind: 'error', message: `day went from ${hubDay} to ${dayNow}: days may only move forward` };
        const next = hubForDay(dayNow);
        if (!containerSet.has(next)) return { kind: 'error', message: `day set to ${dayNow} but there is no hub knot ${next}` };
        return { kind: 'hub', hub: next, day: dayNow, valuation: snapshot() };
      }
      words.count += countWords(line);
      for (const tag of story.currentTags ?? []) {
        recordTag(tag.trim(), hub, false, line.trim());
        const [kind, value] = tag.split(':').map((part) => part.trim());
        if (kind === 'ending' && value) words.ending = value;
        if (kind === 'tbc') words.tbc = true;
      }
    }
    if (story.currentChoices.length) return null;
    if (words.ending) return { kind: 'ending', id: words.ending };
    if (words.tbc) return { kind: 'tbc' };
    return { kind: 'dead' };
  };

  /**
   * Every path through one day from one valuation, branching on every choice. A subtree already
   * explored at the same point of the story, with the same values of every variable it read (and
   * no exit into another hub, whose arrival values would differ), is not run again: its leaves are
   * reused. Ink is deterministic, so that is exact.
   */
  const runDay = (hub: string, hubDay: number, valuation: Valuation, memo: Map<string, MemoEntry[]> = new Map()): DayRun => {
    const run: DayRun = { leaves: [], reads: new Set(), visited: new Set(), states: 0 };
    const collectors: Set<string>[] = [];
    readHook = (name) => {
      if (!globals.has(name)) return;
      run.reads.add(name);
      for (const collector of collectors) collector.add(name);
    };
    const currentValues = (names: string[]) => {
      const hook = readHook;
      readHook = null;
      const values = JSON.stringify(names.map((name) => story.variablesState[name]));
      readHook = hook;
      return values;
    };
    const seen = new Set<string>();
    try {
      begin(hub, valuation);
      const walk = (choices: number[], choiceTexts: string[], words: { count: number; ending: string | null; tbc: boolean }) => {
        run.states += 1;
        const exit = advance(hubDay, hub, choiceTexts, words);
        if (exit) {
          for (const [path, count] of visitCounts()) if (count > 0) run.visited.add(path);
          run.leaves.push({ choices, choiceTexts, exit, words: words.count });
          return;
        }
        if (choices.length >= maxChoices) {
          run.leaves.push({ choices, choiceTexts, exit: { kind: 'error', message: `more than ${maxChoices} choices inside one day: a loop with no way out?` }, words: words.count });
          return;
        }
        const state = JSON.parse(story.state.ToJson()) as Record<string, unknown>;
        for (const volatile of ['turnIdx', 'turnIndices', 'storySeed', 'previousRandom']) delete state[volatile];
        const key = JSON.stringify(state);
        if (seen.has(key)) return;
        seen.add(key);
        delete state.variablesState;
        const position = `${JSON.stringify(state)}|${words.ending}|${words.tbc}`;
        for (const entry of memo.get(position) ?? []) {
          if (currentValues(entry.reads) !== entry.values) continue;
          for (const [path, count] of visitCounts()) if (count > 0) run.visited.add(path);
          for (const path of entry.visited) run.visited.add(path);
          for (const name of entry.reads) run.reads.add(name);
          for (const collector of collectors) for (const name of entry.reads) collector.add(name);
          for (const leaf of entry.leaves) {
            run.leaves.push({ choices: [...choices, ...leaf.choices], choiceTexts: [...choiceTexts, ...leaf.choiceTexts], exit: leaf.exit, words: words.count + leaf.words });
          }
          return;
        }
        const entryCounts = new Map(visitCounts());
        const entryValues = snapshot();
        const firstLeaf = run.leaves.length;
        const reads = new Set<string>();
        collectors.push(reads);
        const saved = story.state.ToJson();
        const offered = story.currentChoices.map((choice) => ({ index: choice.index, text: choice.text, tags: choice.tags ?? [] }));
        const subtreeVisited = new Set<string>();
        offered.forEach((choice, position) => {
          for (const tag of choice.tags) recordTag(tag.trim(), hub, true, choice.text);
          if (position > 0) story.state.LoadJson(saved);
          story.ChooseChoiceIndex(choice.index);
          const before = run.leaves.length;
          walk([...choices, choice.index], [...choiceTexts, choice.text], { ...words, count: words.count + countWords(choice.text) });
          if (run.leaves.length > before) for (const [path, count] of visitCounts()) if (count > (entryCounts.get(path) ?? 0)) subtreeVisited.add(path);
        });
        collectors.pop();
        for (const collector of collectors) for (const name of reads) collector.add(name);
        const leaves = run.leaves.slice(firstLeaf);
        if (leaves.every((leaf) => leaf.exit.kind !== 'hub')) {
          const names = [...reads].sort();
          const list = memo.get(position) ?? [];
          list.push({
            reads: names, values: JSON.stringify(names.map((name) => entryValues[name])), visited: subtreeVisited,
            leaves: leaves.map((leaf) => ({ choices: leaf.choices.slice(choices.length), choiceTexts: leaf.choiceTexts.slice(choices.length), exit: leaf.exit, words: leaf.words - words.count })),
          });
          memo.set(position, list);
        }
      };
      walk([], [], { count: 0, ending: endingOnArrival(valuation), tbc: false });
    } finally {
      readHook = null;
    }
    statesExplored += run.states;
    return run;
  };

  /** Follows one known path with other values, to learn what arrives at the next hub. */
  const replay = (hub: string, hubDay: number, valuation: Valuation, choices: number[]): Exit | null => {
    begin(hub, valuation);
    const words = { count: 0, ending: endingOnArrival(valuation), tbc: false };
    let exit = advance(hubDay, hub, [], words);
    for (const index of choices) {
      if (exit) return null;
      if (!story.currentChoices.some((choice) => choice.index === index)) return null;
      story.ChooseChoiceIndex(index);
      exit = advance(hubDay, hub, [], words);
    }
    return exit;
  };

  /** What a day did from one valuation: its paths, exits, knots, and which variables each path changed. */
  const signature = (run: DayRun, input: Valuation) => {
    const leaves = run.leaves.map((leaf) => {
      const exit = leaf.exit;
      const target = exit.kind === 'hub' ? exit.hub : exit.kind === 'ending' ? exit.id : exit.kind === 'error' ? exit.message : '';
      const changed = exit.kind === 'hub' ? variableNames.filter((name) => exit.valuation[name] !== input[name]).join(',') : '';
      return `${exit.kind}:${target}~${changed}`;
    });
    // Outcomes and the containers visited (which include every choice offered), not the order of
    // choices: that depends on which duplicate states a run happened to prune first.
    return `${[...new Set(leaves)].sort().join('|')}#${[...run.visited].filter((path) => containerSet.has(path)).sort().join(',')}`;
  };

  // Domains arriving at each hub, and the hub graph with words for reading lengths.
  const domains = new Map<string, { day: number; values: Map<string, InkValue[]> }>();
  const edges = new Map<string, { next: string | null; min: number; max: number }[]>();
  const hubs: HubReport[] = [];
  const addArrival = (hub: string, day: number, valuation: Valuation) => {
    let entry = domains.get(hub);
    if (!entry) { entry = { day, values: new Map() }; domains.set(hub, entry); }
    for (const [name, value] of Object.entries(valuation)) {
      const list = entry.values.get(name) ?? [];
      if (!list.includes(value)) { list.push(value); entry.values.set(name, list); }
    }
  };
  const initial: Valuation = {};
  story.ResetState();
  for (const name of variableNames) initial[name] = { ...snapshot(), ...presets }[name];
  addArrival(START, -1, initial);

  const exploreHub = (hub: string, day: number, values: Map<string, InkValue[]>) => {
    for (const list of values.values()) list.sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }));
    const base: Valuation = {};
    for (const [name, list] of values) base[name] = list[0];
    const report: HubReport = { hub, arrivals: 0, branchesOn: {}, paths: 0, minWords: Infinity, maxWords: 0 };
    hubs.push(report);

    // 1-2. Which variables the day reads, and which of their values behave differently. A variable
    // is probed in the context where it was first read (a condition nested in another shows then).
    const multiValued = (name: string) => (values.get(name)?.length ?? 0) > 1;
    const memo = new Map<string, MemoEntry[]>();
    const first = runDay(hub, day, base, memo);
    // Restarting a day (a save's checkpoint) runs its opening statements again: they must only set
    // calendar and map values, so the variables on arrival come out the same.
    if (hub !== START) {
      begin(hub, base);
      try { story.Continue(); } catch { /* reported by the day's own run */ }
      const changed = variableNames.filter((name) => name !== 'day' && story.variablesState[name] !== base[name] && !['time_of_day', 'weather', 'walls', 'defences', 'loudspeakers', 'kites', 'hunger', 'tanks'].includes(name));
      if (changed.length) addProblem({ hub, choices: [], message: `changes ${changed.join(', ')} before its first line; only calendar and map values may come first (a restarted day runs them again)` });
    }
    const classes = new Map<string, InkValue[][]>();
    const queue: { name: string; context: Valuation }[] = [];
    const queued = new Set<string>();
    const enqueueReads = (reads: Set<string>, context: Valuation) => {
      for (const read of reads) if (!queued.has(read) && multiValued(read)) { queued.add(read); queue.push({ name: read, context }); }
    };
    const drain = () => {
      let split = false;
      while (queue.length) {
        const { name, context } = queue.shift()!;
        const groups = new Map<string, InkValue[]>();
        for (const value of values.get(name)!) {
          const probe = { ...context, [name]: value };
          const run = runDay(hub, day, probe, memo);
          const key = signature(run, probe);
          groups.set(key, [...(groups.get(key) ?? []), value]);
          enqueueReads(run.reads, probe);
        }
        if (groups.size > 1) { classes.set(name, [...groups.values()]); split = true; }
      }
      return split;
    };
    // How the path got here (the ending already tagged) matters to a unit like the epilogue.
    enqueueReads(new Set([...first.reads, ...(values.has(ENDING_SO_FAR) ? [ENDING_SO_FAR] : [])]), base);
    drain();

    // 3. Every combination of one value per class; reads first seen in a combination are probed
    // there, and the combinations grow until nothing new splits.
    const combine = (): Valuation[] => {
      let result: Valuation[] = [base];
      for (const [name, list] of classes) {
        result = result.flatMap((combo) => list.map((members) => ({ ...combo, [name]: members[0] })));
        if (result.length > maxCombinations) {
          addProblem({ hub, choices: [], message: `more than ${maxCombinations} combinations of values to explore (branches on ${[...classes.keys()].join(', ')}): simplify what this day reads (docs/STORY-GUIDE.md, "Variables")` });
          return result.slice(0, maxCombinations);
        }
      }
      return result;
    };
    let combinations = combine();
    const runs = new Map<Valuation, DayRun>([[base, first]]);
    for (let round = 0; round < 6; round += 1) {
      for (const combo of combinations) {
        const run = runs.get(combo) ?? runDay(hub, day, combo, memo);
        runs.set(combo, run);
        enqueueReads(run.reads, combo);
      }
      if (!drain()) break;
      combinations = combine();
    }
    for (const [name, list] of classes) report.branchesOn[name] = list.length;
    report.arrivals = combinations.length;
    combinationsExplored += combinations.length;
    const classOf = (name: string, value: InkValue) => classes.get(name)?.find((members) => members.includes(value)) ?? values.get(name)!;
    const laned = new Set<string>();
    const fullLanes = new Set<string>();
    const outEdges: { next: string | null; min: number; max: number }[] = [];
    edges.set(hub, outEdges);

    combinations.forEach((combo, comboIndex) => {
      const run = runs.get(combo) ?? runDay(hub, day, combo, memo);
      for (const path of run.visited) visited.add(path);
      for (const leaf of run.leaves) {
        report.paths += 1;
        report.minWords = Math.min(report.minWords, leaf.words);
        report.maxWords = Math.max(report.maxWords, leaf.words);
        const exit = leaf.exit;
        const next = exit.kind === 'hub' ? exit.hub : null;
        const edge = outEdges.find((candidate) => candidate.next === next);
        if (edge) { edge.min = Math.min(edge.min, leaf.words); edge.max = Math.max(edge.max, leaf.words); } else outEdges.push({ next, min: leaf.words, max: leaf.words });
        if (exit.kind === 'ending') endings.set(exit.id, (endings.get(exit.id) ?? 0) + 1);
        else if (exit.kind === 'tbc') tbc += 1;
        else if (exit.kind === 'dead') addProblem({ hub, choices: leaf.choiceTexts, message: 'dead end: the story stops with no choice, no ending tag and no # tbc' });
        else if (exit.kind === 'error') addProblem({ hub, choices: leaf.choiceTexts, message: exit.message });
        if (exit.kind !== 'hub') continue;
        addArrival(exit.hub, exit.day, exit.valuation);
        // 4. The same path with the other values of each class and of every unread variable.
        const pathKey = `${comboIndex}|${leaf.choices.join(',')}`;
        if (laned.has(pathKey)) continue;
        laned.add(pathKey);
        const lanes = Math.max(...variableNames.map((name) => classOf(name, combo[name]).length));
        for (let lane = 1; lane < lanes; lane += 1) {
          const valuation: Valuation = ENDING_SO_FAR in combo ? { [ENDING_SO_FAR]: combo[ENDING_SO_FAR] } : {};
          for (const name of variableNames) {
            const members = classOf(name, combo[name]);
            valuation[name] = members[lane % members.length];
          }
          const result = replay(hub, day, valuation, leaf.choices);
          if (result?.kind === 'hub') addArrival(result.hub, result.day, result.valuation);
          else if (result === null) {
            // The path is not offered with these values (a choice shown only for some of them):
            // explore the whole day from them instead.
            const laneKey = JSON.stringify(valuation);
            if (!fullLanes.has(laneKey)) {
              fullLanes.add(laneKey);
              for (const other of runDay(hub, day, valuation, memo).leaves) if (other.exit.kind === 'hub') addArrival(other.exit.hub, other.exit.day, other.exit.valuation);
            }
          }
        }
      }
    });
    if (!Number.isFinite(report.minWords)) report.minWords = 0;
  };

  const done = new Set<string>();
  for (;;) {
    const pending = [...domains.entries()].filter(([hub]) => !done.has(hub)).sort((a, b) => a[1].day - b[1].day);
    if (!pending.length) break;
    const [hub, entry] = pending[0];
    done.add(hub);
    exploreHub(hub, entry.day, entry.values);
    if (process.env.STORY_PROGRESS) console.log(`${hub}: ${hubs[hubs.length - 1].arrivals} combinations, branches on ${JSON.stringify(hubs[hubs.length - 1].branchesOn)}, ${Math.round(performance.now() - started)} ms`);
  }

  // Reading lengths over the hub graph (approximate where merged values change the text).
  const measure = (hub: string, pick: (a: number, b: number) => number, field: 'min' | 'max', memo: Map<string, number>): number => {
    const known = memo.get(hub);
    if (known !== undefined) return known;
    memo.set(hub, NaN);
    let best = NaN;
    for (const edge of edges.get(hub) ?? []) {
      const rest = edge.next ? measure(edge.next, pick, field, memo) : 0;
      if (Number.isNaN(rest)) continue;
      const total = edge[field] + rest;
      best = Number.isNaN(best) ? total : pick(best, total);
    }
    memo.set(hub, best);
    return best;
  };
  const shortestWords = measure(START, Math.min, 'min', new Map());
  const longestWords = measure(START, Math.max, 'max', new Map());

  // Concrete, seeded playthroughs from the start confirm the endings.
  const witnessedEndings = new Map<string, number>();
  let seed = 1954;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let walk = 0; walk < (options.witnessWalks ?? 400); walk += 1) {
    begin(START, initial);
    const words = { count: 0, ending: null as string | null, tbc: false };
    let exit: Exit | null = null;
    for (let steps = 0; steps < 5000; steps += 1) {
      exit = advance(99, START, [], words);
      if (exit?.kind === 'hub') continue;
      if (exit || !story.currentChoices.length) break;
      story.ChooseChoiceIndex(story.currentChoices[Math.floor(random() * story.currentChoices.length)].index);
    }
    if (exit?.kind === 'ending') witnessedEndings.set(exit.id, (witnessedEndings.get(exit.id) ?? 0) + 1);
  }

  return {
    hubs, endings, witnessedEndings, tbc, problems, visited, containers, tags,
    shortestWords, longestWords,
    arrivals: combinationsExplored, statesExplored,
    milliseconds: Math.round(performance.now() - started),
  };
}
