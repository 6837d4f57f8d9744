// Exhaustive, compositional exploration of the compiled story.
//
// Paths multiply without limit over 42 days, but states do not: the story's authoring rules
// (docs/STORY-GUIDE.md) make a day's behaviour depend only on the global variables at its hub.
// So we collect the distinct variable valuations arriving at each hub `day_NN`, and explore each
// day from each of them until the path crosses into a later hub, ends, or fails. Within a day we
// branch on every choice, deduplicating identical ink states.
import { Story } from 'inkjs';

export type InkValue = string | number | boolean;
export type Valuation = Record<string, InkValue>;

export interface TagUse { tag: string; hub: string; onChoice: boolean; text: string }
export interface Problem { hub: string; choices: string[]; message: string }
export interface ExploreOptions {
  /** Variables the app sets before the story starts (gentle, kiosk_cut, viewpoint). */
  presets?: Valuation;
  /** Fails the run when a hub has more distinct arrival states than this. */
  maxArrivalsPerHub?: number;
  /** Longest run of choices allowed inside one day before it counts as a loop. */
  maxChoicesPerDay?: number;
}
export interface HubReport { hub: string; arrivals: number; paths: number; minWords: number; maxWords: number }
export interface ExploreResult {
  hubs: HubReport[];
  endings: Map<string, number>;
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

interface Arrival { hub: string; day: number; valuation: Valuation }
/** Where a path inside a day went: into another hub's arrival, or to an end. */
interface Exit { words: number; next: string | null }

const START = 'start';

/** Global variable names, read from the compiled story's "global decl" container. */
export function globalVariableNames(json: string): string[] {
  const names: string[] = [];
  const pattern = /\{"VAR=":"([^"]+)"/g;
  const declStart = json.indexOf('"global decl"');
  if (declStart < 0) return names;
  for (const match of json.slice(declStart).matchAll(pattern)) names.push(match[1]);
  return names;
}

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
      for (const stitch of Object.keys(inner as object)) {
        if (!generated.test(stitch)) result.push(`${knot}.${stitch}`);
      }
    }
  }
  return result;
}

function hubName(day: number): string {
  return `day_${String(day).padStart(2, '0')}`;
}

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

function stateKey(story: Story): string {
  const state = JSON.parse(story.state.ToJson()) as Record<string, unknown>;
  delete state.turnIdx;
  delete state.turnIndices;
  delete state.storySeed;
  delete state.previousRandom;
  return JSON.stringify(state);
}

export function exploreStory(json: string, functionNames: Set<string>, options: ExploreOptions = {}): ExploreResult {
  const started = performance.now();
  const story = new Story(json);
  const variableNames = globalVariableNames(json);
  const containers = namedContainers(json, functionNames);
  const presets = options.presets ?? {};
  const maxArrivals = options.maxArrivalsPerHub ?? 20000;
  const maxChoices = options.maxChoicesPerDay ?? 60;

  const inkErrors: string[] = [];
  story.onError = (message: string) => { inkErrors.push(message); };

  const arrivals = new Map<string, Arrival>();
  const exits = new Map<string, Exit[]>();
  const queueByDay = new Map<number, string[]>();
  const hubs = new Map<string, HubReport>();
  const endings = new Map<string, number>();
  const problems: Problem[] = [];
  const visited = new Set<string>();
  const tags: TagUse[] = [];
  const seenTags = new Set<string>();
  let tbc = 0;
  let statesExplored = 0;

  const snapshot = (): Valuation => {
    const valuation: Valuation = {};
    for (const name of variableNames) valuation[name] = story.variablesState[name] as InkValue;
    return valuation;
  };
  const recordTag = (tag: string, hub: string, onChoice: boolean, text: string) => {
    const key = `${tag}|${onChoice}`;
    if (seenTags.has(key)) return;
    seenTags.add(key);
    tags.push({ tag, hub, onChoice, text });
  };
  const markVisited = () => {
    const counts = (story.state as unknown as { _visitCounts: Map<string, number> })._visitCounts;
    for (const [path, count] of counts) if (count > 0) visited.add(path);
  };
  const enqueue = (arrival: Arrival): string => {
    const key = `${arrival.hub}|${JSON.stringify(arrival.valuation)}`;
    if (!arrivals.has(key)) {
      arrivals.set(key, arrival);
      const list = queueByDay.get(arrival.day) ?? [];
      list.push(key);
      queueByDay.set(arrival.day, list);
    }
    return key;
  };

  const exploreArrival = (key: string, arrival: Arrival) => {
    const report = hubs.get(arrival.hub) ?? { hub: arrival.hub, arrivals: 0, paths: 0, minWords: Infinity, maxWords: 0 };
    hubs.set(arrival.hub, report);
    report.arrivals += 1;
    if (report.arrivals > maxArrivals) {
      if (report.arrivals === maxArrivals + 1) {
        problems.push({ hub: arrival.hub, choices: [], message: `more than ${maxArrivals} distinct arrival states: too many variables change before this day (see docs/STORY-GUIDE.md, "Variables")` });
      }
      return;
    }
    const out: Exit[] = [];
    exits.set(key, out);
    const seenStates = new Set<string>();

    story.ResetState();
    inkErrors.length = 0;
    for (const [name, value] of Object.entries(arrival.valuation)) story.variablesState[name] = value;
    if (arrival.hub !== START) story.ChoosePathString(arrival.hub);

    // Depth-first over choices. `choices` is the text of the choices taken so far, for messages.
    const walk = (choices: string[], wordsSoFar: number, endingSeen: string | null, tbcSeen: boolean) => {
      statesExplored += 1;
      let words = wordsSoFar;
      let ending = endingSeen;
      let stopped = tbcSeen;
      while (story.canContinue) {
        const dayBefore = story.variablesState.day as number;
        let line: string;
        try {
          line = story.Continue() ?? '';
        } catch (error) {
          problems.push({ hub: arrival.hub, choices, message: `ink runtime error: ${String((error as Error).message ?? error)}` });
          return;
        }
        if (inkErrors.length) {
          problems.push({ hub: arrival.hub, choices, message: `ink error: ${inkErrors.join('; ')}` });
          inkErrors.length = 0;
          return;
        }
        if (story.currentWarnings?.length) {
          problems.push({ hub: arrival.hub, choices, message: `ink warning: ${story.currentWarnings.join('; ')}` });
          story.ResetErrors();
        }
        const dayNow = story.variablesState.day as number;
        if (dayNow !== dayBefore) {
          if (arrival.hub !== START && dayNow <= arrival.day) {
            problems.push({ hub: arrival.hub, choices, message: `day went from ${arrival.day} to ${dayNow}: days may only move forward` });
            return;
          }
          const next = hubName(dayNow);
          if (!containers.includes(next)) {
            problems.push({ hub: arrival.hub, choices, message: `day set to ${dayNow} but there is no hub knot ${next}` });
            return;
          }
          markVisited();
          const nextKey = enqueue({ hub: next, day: dayNow, valuation: snapshot() });
          out.push({ words, next: nextKey });
          report.paths += 1;
          report.minWords = Math.min(report.minWords, words);
          report.maxWords = Math.max(report.maxWords, words);
          return;
        }
        words += countWords(line);
        for (const tag of story.currentTags ?? []) {
          recordTag(tag.trim(), arrival.hub, false, line.trim());
          const [kind, value] = tag.split(':').map((part) => part.trim());
          if (kind === 'ending' && value) ending = value;
          if (kind === 'tbc') stopped = true;
        }
      }
      const choiceList = story.currentChoices.map((choice) => ({ index: choice.index, text: choice.text, tags: choice.tags ?? [] }));
      if (choiceList.length === 0) {
        markVisited();
        if (ending) endings.set(ending, (endings.get(ending) ?? 0) + 1);
        else if (stopped) tbc += 1;
        else problems.push({ hub: arrival.hub, choices, message: 'dead end: the story stops with no choice, no ending tag and no # tbc' });
        out.push({ words, next: null });
        report.paths += 1;
        report.minWords = Math.min(report.minWords, words);
        report.maxWords = Math.max(report.maxWords, words);
        return;
      }
      if (choices.length >= maxChoices) {
        problems.push({ hub: arrival.hub, choices: choices.slice(-5), message: `more than ${maxChoices} choices inside one day: a loop with no way out?` });
        return;
      }
      const key = stateKey(story);
      if (seenStates.has(key)) return;
      seenStates.add(key);
      const saved = story.state.ToJson();
      choiceList.forEach((choice, position) => {
        for (const tag of choice.tags) recordTag(tag.trim(), arrival.hub, true, choice.text);
        if (position > 0) story.state.LoadJson(saved);
        story.ChooseChoiceIndex(choice.index);
        walk([...choices, choice.text], words + countWords(choice.text), ending, stopped);
      });
    };
    walk([], 0, null, false);
  };

  story.ResetState();
  const startKey = enqueue({ hub: START, day: -1, valuation: { ...snapshot(), ...presets } });
  const days = () => [...queueByDay.keys()].sort((a, b) => a - b);
  const done = new Set<number>();
  for (;;) {
    const pending = days().filter((day) => !done.has(day));
    if (!pending.length) break;
    const day = pending[0];
    done.add(day);
    for (const key of queueByDay.get(day) ?? []) exploreArrival(key, arrivals.get(key)!);
  }

  // Reading lengths: the shortest and longest route from the start to an end, in words.
  const shortest = new Map<string, number>();
  const longest = new Map<string, number>();
  const measure = (key: string, pick: (a: number, b: number) => number, memo: Map<string, number>): number => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const routes = exits.get(key) ?? [];
    let best = NaN;
    for (const route of routes) {
      const total = route.words + (route.next ? measure(route.next, pick, memo) : 0);
      if (Number.isNaN(total)) continue;
      best = Number.isNaN(best) ? total : pick(best, total);
    }
    memo.set(key, best);
    return best;
  };
  const shortestWords = measure(startKey, Math.min, shortest);
  const longestWords = measure(startKey, Math.max, longest);

  return {
    hubs: [...hubs.values()].map((h) => ({ ...h, minWords: Number.isFinite(h.minWords) ? h.minWords : 0 })),
    endings, tbc, problems, visited, containers, tags,
    shortestWords, longestWords,
    arrivals: arrivals.size, statesExplored,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** Names of `=== function x ===` knots in ink sources. */
export function functionNamesIn(sources: string[]): Set<string> {
  const names = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/^\s*={2,}\s*function\s+([A-Za-z_][\w]*)/gm)) names.add(match[1]);
  }
  return names;
}
