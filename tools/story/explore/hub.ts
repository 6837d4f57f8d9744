// Explores one hub (a day, or a unit such as the epilogue) from the value domains arriving there,
// in the steps docs/ARCHITECTURE.md describes ("The story tests"):
//   1-2. classify: which variables the day reads, and which of their values behave alike;
//   3.   combine: every combination of one value per class, growing until nothing new splits;
//   4.   follow: every path of every combination, replayed with the other members of each class,
//        to collect the values that arrive at the next hubs.
import { ENDING_SO_FAR, START, type DayWalker } from './dayWalker.ts';
import type { ArrivalGraph } from './graph.ts';
import type { DayRun, HubReport, InkValue, MemoEntry, Valuation } from './types.ts';

/** Values that may be set before a day's first line: the calendar and the map. */
const OPENING_VARIABLES = ['time_of_day', 'weather', 'walls', 'defences', 'loudspeakers', 'kites', 'hunger', 'tanks'];

interface HubContext {
  walker: DayWalker;
  graph: ArrivalGraph;
  hub: string;
  day: number;
  values: Map<string, InkValue[]>;
  memo: Map<string, MemoEntry[]>;
  maxCombinations: number;
}

/**
 * Restarting a day (a save's checkpoint) runs its opening statements again: they must only set
 * calendar and map values, so the variables on arrival come out the same.
 */
function checkOpeningStatements({ walker, hub }: HubContext, base: Valuation): void {
  // Units (the epilogue, `*_unit` knots) are never a save's checkpoint: only day hubs restart.
  if (hub === START || walker.boundaries.includes(hub)) return;
  walker.begin(hub, base);
  try { walker.story.Continue(); } catch { /* reported by the day's own run */ }
  const changed = walker.variableNames.filter((name) => name !== 'day' && walker.story.variablesState[name] !== base[name] && !OPENING_VARIABLES.includes(name));
  if (changed.length) walker.addProblem({ hub, choices: [], message: `changes ${changed.join(', ')} before its first line; only calendar and map values may come first (a restarted day runs them again)` });
}

/** Steps 1-3: the classes of behaviourally distinct values, and the combinations to explore. */
function classifyValues(context: HubContext, base: Valuation, first: DayRun) {
  const { walker, hub, day, values, memo, maxCombinations } = context;
  const multiValued = (name: string) => (values.get(name)?.length ?? 0) > 1;
  const classes = new Map<string, InkValue[][]>();
  const queue: { name: string; context: Valuation }[] = [];
  const queued = new Set<string>();
  // A variable is probed in the context where it was first read (a condition nested in another shows then).
  const enqueueReads = (reads: Set<string>, probeContext: Valuation) => {
    for (const read of reads) if (!queued.has(read) && multiValued(read)) { queued.add(read); queue.push({ name: read, context: probeContext }); }
  };
  const drain = () => {
    let split = false;
    while (queue.length) {
      const { name, context: probeContext } = queue.shift()!;
      const groups = new Map<string, InkValue[]>();
      for (const value of values.get(name)!) {
        const probe = { ...probeContext, [name]: value };
        const run = walker.runDay(hub, day, probe, memo);
        const key = walker.signature(run, probe);
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
        walker.addProblem({ hub, choices: [], message: `more than ${maxCombinations} combinations of values to explore (branches on ${[...classes.keys()].join(', ')}): simplify what this day reads (docs/STORY-GUIDE.md, "Variables")` });
        return result.slice(0, maxCombinations);
      }
    }
    return result;
  };
  let combinations = combine();
  const runs = new Map<Valuation, DayRun>([[base, first]]);
  for (let round = 0; round < 6; round += 1) {
    for (const combo of combinations) {
      const run = runs.get(combo) ?? walker.runDay(hub, day, combo, memo);
      runs.set(combo, run);
      enqueueReads(run.reads, combo);
    }
    if (!drain()) break;
    combinations = combine();
  }
  return { classes, combinations, runs };
}

/** Step 4: every path of every combination; its exit, and the values arriving at the next hub. */
function followPaths(context: HubContext, report: HubReport, classes: Map<string, InkValue[][]>, combinations: Valuation[], runs: Map<Valuation, DayRun>): void {
  const { walker, graph, hub, day, values, memo } = context;
  const classOf = (name: string, value: InkValue) => classes.get(name)?.find((members) => members.includes(value)) ?? values.get(name)!;
  const laned = new Set<string>();
  const fullLanes = new Set<string>();
  const outEdges = graph.edgesFrom(hub);

  combinations.forEach((combo, comboIndex) => {
    const run = runs.get(combo) ?? walker.runDay(hub, day, combo, memo);
    for (const path of run.visited) graph.visited.add(path);
    for (const leaf of run.leaves) {
      report.paths += 1;
      report.minWords = Math.min(report.minWords, leaf.words);
      report.maxWords = Math.max(report.maxWords, leaf.words);
      const exit = leaf.exit;
      const next = exit.kind === 'hub' ? exit.hub : null;
      const edge = outEdges.find((candidate) => candidate.next === next);
      if (edge) { edge.min = Math.min(edge.min, leaf.words); edge.max = Math.max(edge.max, leaf.words); } else outEdges.push({ next, min: leaf.words, max: leaf.words });
      if (exit.kind === 'ending') graph.endings.set(exit.id, (graph.endings.get(exit.id) ?? 0) + 1);
      else if (exit.kind === 'tbc') graph.tbc += 1;
      else if (exit.kind === 'dead') walker.addProblem({ hub, choices: leaf.choiceTexts, message: 'dead end: the story stops with no choice, no ending tag and no # tbc' });
      else if (exit.kind === 'error') walker.addProblem({ hub, choices: leaf.choiceTexts, message: exit.message });
      if (exit.kind !== 'hub') continue;
      graph.addArrival(exit.hub, exit.day, exit.valuation);
      // The same path with the other values of each class and of every unread variable.
      const pathKey = `${comboIndex}|${leaf.choices.join(',')}`;
      if (laned.has(pathKey)) continue;
      laned.add(pathKey);
      const lanes = Math.max(...walker.variableNames.map((name) => classOf(name, combo[name]).length));
      for (let lane = 1; lane < lanes; lane += 1) {
        const valuation: Valuation = ENDING_SO_FAR in combo ? { [ENDING_SO_FAR]: combo[ENDING_SO_FAR] } : {};
        for (const name of walker.variableNames) {
          const members = classOf(name, combo[name]);
          valuation[name] = members[lane % members.length];
        }
        const result = walker.replay(hub, day, valuation, leaf.choices);
        if (result?.kind === 'hub') graph.addArrival(result.hub, result.day, result.valuation);
        else if (result === null) {
          // The path is not offered with these values (a choice shown only for some of them):
          // explore the whole day from them instead.
          const laneKey = JSON.stringify(valuation);
          if (!fullLanes.has(laneKey)) {
            fullLanes.add(laneKey);
            for (const other of walker.runDay(hub, day, valuation, memo).leaves) if (other.exit.kind === 'hub') graph.addArrival(other.exit.hub, other.exit.day, other.exit.valuation);
          }
        }
      }
    }
  });
}

/** Explores one hub from the values arriving there; its report goes into the graph. */
export function exploreHub(walker: DayWalker, graph: ArrivalGraph, hub: string, day: number, values: Map<string, InkValue[]>, maxCombinations: number): void {
  for (const list of values.values()) list.sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }));
  const base: Valuation = {};
  for (const [name, list] of values) base[name] = list[0];
  const report: HubReport = { hub, arrivals: 0, branchesOn: {}, paths: 0, minWords: Infinity, maxWords: 0 };
  graph.hubs.push(report);
  const context: HubContext = { walker, graph, hub, day, values, memo: new Map(), maxCombinations };

  const first = walker.runDay(hub, day, base, context.memo);
  checkOpeningStatements(context, base);
  const { classes, combinations, runs } = classifyValues(context, base, first);
  for (const [name, list] of classes) report.branchesOn[name] = list.length;
  report.arrivals = combinations.length;
  graph.combinationsExplored += combinations.length;
  followPaths(context, report, classes, combinations, runs);
  if (!Number.isFinite(report.minWords)) report.minWords = 0;
}
