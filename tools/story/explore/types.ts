// The explorer's types: what callers pass and get back, and what one day's run produces.

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
  /** The viewpoint's day hubs (src/viewpoints/registry.ts `hubName`); default `day_NN`. */
  hubForDay?: (day: number) => string;
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
  /** Seeded playthroughs walked: they stop once every ending the exploration reached is witnessed. */
  witnessWalks: number;
  tbc: number;
  problems: Problem[];
  visited: Set<string>;
  containers: string[];
  tags: TagUse[];
  /** Lines tagged `# crossing:` or `# fact:`, with day, place and text. */
  sightings: Sighting[];
  /** Lines tagged `# speaker:` as output, each once. */
  spokenLines: SpokenLine[];
  /** The crossing and fact marks of every path through a day that showed a `# crossing:` tag. */
  markedPaths: { hub: string; marks: string[] }[];
  shortestWords: number;
  longestWords: number;
  /** Words read from each hub's first line to the end of the story, shortest and longest (units included). */
  wordsToEnd: Record<string, { min: number; max: number }>;
  arrivals: number;
  statesExplored: number;
  milliseconds: number;
  /** Processor time: the wall time depends on what else the machine runs. */
  cpuMilliseconds: number;
}

/** How a path through a day ends: at the next hub (with the values it arrives with), or over. */
export type Exit =
  | { kind: 'hub'; hub: string; day: number; valuation: Valuation }
  | { kind: 'ending'; id: string }
  | { kind: 'tbc' }
  | { kind: 'dead' }
  | { kind: 'error'; message: string };

export interface Leaf { choices: number[]; choiceTexts: string[]; exit: Exit; words: number; marks: string[] }
/** What a path has gathered so far (dayWalker.ts `advance`). */
export interface PathTally { count: number; ending: string | null; tbc: boolean; place: string | null; marks: string[] }
/** A line tagged `# crossing:` or `# fact:` as the player reads it. */
export interface SpokenLine { speaker: string; noted: boolean; hub: string; text: string }
export interface Sighting { kind: 'crossing' | 'fact'; id: string; hub: string; day: number; place: string | null; text: string }
export interface DayRun { leaves: Leaf[]; reads: Set<string>; visited: Set<string>; states: number }
export interface MemoEntry { reads: string[]; values: string; visited: Set<string>; leaves: Leaf[] }
