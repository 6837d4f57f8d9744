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
//
// The steps live in tools/story/explore/: DayWalker runs one day from one valuation (dayWalker.ts),
// exploreHub classifies, combines and follows (hub.ts), ArrivalGraph keeps the domains and the
// hub graph (graph.ts), witnessEndings plays seeded playthroughs (witness.ts).
import { DayWalker, START } from './explore/dayWalker.ts';
import { ArrivalGraph } from './explore/graph.ts';
import { exploreHub } from './explore/hub.ts';
import type { ExploreOptions, ExploreResult, Valuation } from './explore/types.ts';
import { namedContainers } from './explore/containers.ts';
import { witnessEndings } from './explore/witness.ts';

export { functionNamesIn, namedContainers } from './explore/containers.ts';
export type { ExploreOptions, ExploreResult, HubReport, InkValue, Problem, Sighting, SpokenLine, TagUse, Valuation } from './explore/types.ts';

export function exploreStory(json: string, functionNames: Set<string>, options: ExploreOptions = {}): ExploreResult {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const containers = namedContainers(json, functionNames);
  // The shared epilogue reads many variables, each in its own section: explored as a unit of its
  // own, its variables do not multiply with the ones day 42 branches on. So is any knot named
  // `…_unit` (STORY-GUIDE, "Exploration units"): the last part of a day that branches on many
  // variables the rest of the day only reads in text, such as Pavel's selection on 26 June.
  const units = containers.filter((name) => /^[a-z][a-z0-9_]*_unit$/.test(name));
  const walker = new DayWalker(json, { containers, maxChoices: options.maxChoicesPerDay ?? 60, boundaryKnots: options.boundaryKnots ?? ['epilogue', ...units], hubForDay: options.hubForDay });
  const graph = new ArrivalGraph();

  const initial: Valuation = {};
  walker.story.ResetState();
  for (const name of walker.variableNames) initial[name] = { ...walker.snapshot(), ...(options.presets ?? {}) }[name];
  graph.addArrival(START, -1, initial);

  const done = new Set<string>();
  for (let next = graph.nextHub(done); next; next = graph.nextHub(done)) {
    const [hub, entry] = next;
    done.add(hub);
    exploreHub(walker, graph, hub, entry.day, entry.values, options.maxCombinationsPerHub ?? 4000);
    const report = graph.hubs[graph.hubs.length - 1];
    if (process.env.STORY_PROGRESS) console.log(`${hub}: ${report.arrivals} combinations, branches on ${JSON.stringify(report.branchesOn)}, ${Math.round(performance.now() - started)} ms`);
  }

  // One memo per direction, shared by every hub: each hub's rest of the story is summed once.
  const shortest = new Map<string, number>();
  const longest = new Map<string, number>();
  const wordsToEnd: Record<string, { min: number; max: number }> = {};
  for (const hub of graph.edges.keys()) {
    wordsToEnd[hub] = { min: graph.readingWords(hub, Math.min, 'min', shortest), max: graph.readingWords(hub, Math.max, 'max', longest) };
  }
  const { min: shortestWords, max: longestWords } = wordsToEnd[START];
  const witness = witnessEndings(walker, initial, options.witnessWalks ?? 400, new Set(graph.endings.keys()));
  const witnessedEndings = witness.witnessed;

  return {
    hubs: graph.hubs, endings: graph.endings, witnessedEndings, witnessWalks: witness.walks, tbc: graph.tbc, problems: walker.problems, visited: graph.visited, containers, tags: walker.tags,
    sightings: [...walker.sightings.values()], spokenLines: [...walker.spokenLines.values()], markedPaths: [...walker.markedPaths.values()],
    shortestWords, longestWords, wordsToEnd,
    arrivals: graph.combinationsExplored, statesExplored: walker.statesExplored,
    milliseconds: Math.round(performance.now() - started),
    cpuMilliseconds: Math.round(process.cpuUsage(cpuStarted).user / 1000),
  };
}
