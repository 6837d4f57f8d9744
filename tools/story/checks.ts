// The story's quality checks in one place, shared by `npm run story:check` and the story tests:
// tag ids resolve, every state reaches an end, every knot is visited, words per day. Every
// registered viewpoint is explored from its own entry with its own hubs (and the kiosk cut of the
// viewpoint that has one), and reported on its own.
import { bundledContent } from '../../src/content/bundled.ts';
import type { Content } from '../../src/content/registry.ts';
import { exploreStory, functionNamesIn, type ExploreResult, type SpokenLine, type Valuation } from './explore.ts';
import { REQUIRE_LINE_IDS } from './ids/required.ts';
import { ID_FORMAT } from './ids/scan.ts';
import { checkIds, formatIdProblems, type IdProblems } from './ids/stamp.ts';
import { hubName, viewpoints, type Viewpoint } from '../../src/viewpoints/registry.ts';
import { crossings as crossingData } from '../../story/data/crossings.ts';
import { checkCrossings, crossingTagIds, validateCrossings, type Crossing } from './crossings.ts';

export const TAG_KINDS = ['place', 'note', 'discuss', 'history', 'cn', 'speaker', 'ending', 'crossing', 'fact', 'document'] as const;
export const CONTENT_NOTE_KINDS = ['violence', 'death', 'hunger', 'injury', 'fear'];
const BARE_TAGS = ['clear', 'tbc', 'kiosk'];

export interface DayStats { hub: string; words: number; choices: number; knots: number }
export interface StoryReport {
  runs: (StoryRun & { result: ExploreResult })[];
  problems: string[];
  /** Words, choices and knots per day hub, per viewpoint. */
  days: { viewpoint: string; days: DayStats[] }[];
  unvisited: string[];
  endings: string[];
  ids: IdProblems;
}

let crossingsCache: { list: Crossing[]; ids: ReturnType<typeof crossingTagIds> } | null = null;
/** story/data/crossings.ts, validated against the places (the story tests and story:check). */
export function storyCrossings(content: Content = bundledContent()) {
  if (!crossingsCache) {
    const list = validateCrossings(crossingData, new Set(content.places.keys()));
    crossingsCache = { list, ids: crossingTagIds(list) };
  }
  return crossingsCache;
}

/** The id a tag points at, and the registry it must be in; null for tags without ids. */
export function checkTag(raw: string, content: Content): string | null {
  const tag = raw.trim();
  if (BARE_TAGS.includes(tag)) return null;
  const colon = tag.indexOf(':');
  if (colon < 0) return `unknown tag "# ${tag}"`;
  const kind = tag.slice(0, colon).trim();
  const value = tag.slice(colon + 1).trim();
  const registry: Record<string, Map<string, unknown> | string[]> = {
    place: content.places, note: content.notes, discuss: content.prompts, history: content.moments,
    speaker: content.people, ending: content.endings, cn: CONTENT_NOTE_KINDS, document: content.documents,
    crossing: [...storyCrossings(content).ids.crossings], fact: [...storyCrossings(content).ids.facts],
  };
  if (kind === 'title' || kind === 'author') return null;
  if (kind === 'id') return ID_FORMAT.test(value) ? null : `"# id:${value}" is not a stamped id (run npm run story:ids)`;
  const known = registry[kind];
  if (!known) return `unknown tag kind "# ${tag}"`;
  const exists = Array.isArray(known) ? known.includes(value) : known.has(value);
  return exists ? null : `"# ${kind}: ${value}" names no ${kind} in the registry`;
}

/** Tags written in the ink sources (reachable or not), with file and line. */
export function tagsInSources(sources: string[], files: string[]): { tag: string; where: string }[] {
  const found: { tag: string; where: string }[] = [];
  sources.forEach((source, fileIndex) => {
    source.split('\n').forEach((line, lineIndex) => {
      const code = line.replace(/\/\/.*$/, '');
      for (const match of code.matchAll(/#\s*([a-z]+(?:\s*:\s*[^#\]\n]*)?)/g)) {
        found.push({ tag: match[1].trim(), where: `${files[fileIndex]}:${lineIndex + 1}` });
      }
    });
  });
  return found;
}

/** Words, choices and knots written under each day hub (`day_NN`, or the pattern given), counted from the sources. */
export function dayStats(sources: string[], hubs: RegExp = /^day_\d\d$/): DayStats[] {
  const byHub = new Map<string, DayStats>();
  for (const source of sources) {
    let current: DayStats | null = null;
    for (const rawLine of source.split('\n')) {
      const line = rawLine.replace(/\/\/.*$/, '').trim();
      const knot = /^={2,}\s*([A-Za-z_]\w*)/.exec(line);
      if (knot) {
        const name = knot[1];
        const hub = hubs.test(name) ? name : null;
        current = hub ? (byHub.get(hub) ?? { hub, words: 0, choices: 0, knots: 0 }) : null;
        if (current) { current.knots += 1; byHub.set(current.hub, current); }
        continue;
      }
      if (!current) continue;
      if (/^=\s*\w+/.test(line)) { current.knots += 1; continue; }
      if (/^[*+]/.test(line)) current.choices += 1;
      if (!line || /^(~|->|<-|INCLUDE|VAR|CONST|LIST|#)/.test(line)) continue;
      const prose = line
        .replace(/^[*+\-\s]+/, '')
        .replace(/#[^\]\n]*/g, ' ')
        .replace(/->\s*[\w.]+/g, ' ')
        .replace(/[{}|[\]]/g, ' ')
        .replace(/\b(not\s+)?[a-z_]+\s*(==|>=|<=|!=|>|<)\s*[\w"]+\s*:/g, ' ')
        .replace(/\b[a-z_]+\s*:/g, ' ');
      current.words += prose.split(/\s+/).filter((word) => /[A-Za-z\u00C0-\u024F]/.test(word)).length;
    }
  }
  return [...byHub.values()].sort((a, b) => a.hub.localeCompare(b.hub));
}

/** One exploration: a viewpoint's home path, or its kiosk cut. */
export interface StoryRun { label: string; viewpoint: Viewpoint; kiosk: boolean; presets: Valuation }

/** Every registered viewpoint from its own entry, and the kiosk cut of any viewpoint that has one. */
export function storyRuns(list: readonly Viewpoint[] = [...viewpoints.values()]): StoryRun[] {
  const kioskFlags = Object.fromEntries(list.flatMap((viewpoint) => (viewpoint.kioskCut ? [[viewpoint.kioskCut.flag, false]] : [])));
  return list.flatMap((viewpoint) => [
    { label: viewpoint.id, viewpoint, kiosk: false, presets: { ...kioskFlags, gentle: false, viewpoint: viewpoint.id } },
    ...(viewpoint.kioskCut ? [{ label: 'kiosk', viewpoint, kiosk: true, presets: { ...kioskFlags, gentle: false, viewpoint: viewpoint.id, [viewpoint.kioskCut.flag]: true } }] : []),
  ]);
}

/** Knots (not functions) and `knot.stitch` names written in each ink file. */
export function containersByFile(sources: string[], files: string[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  sources.forEach((source, index) => {
    const names: string[] = [];
    let knot: string | null = null;
    for (const raw of source.split('\n')) {
      const line = raw.replace(/\/\/.*$/, '');
      const knotMatch = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/.exec(line);
      if (knotMatch) { knot = knotMatch[1] ? null : knotMatch[2]; if (knot) names.push(knot); continue; }
      const stitch = /^\s*=\s*([A-Za-z_]\w*)/.exec(line);
      if (stitch && knot) names.push(`${knot}.${stitch[1]}`);
    }
    byFile.set(files[index], names);
  });
  return byFile;
}

/** A knot named `..._stub` stands for an unwritten end (a skeleton path): like `# tbc`, its path is not finished. */
export const STUB_KNOT = /_stub$/;

export function checkStory(json: string, sources: string[], files: string[], runs: StoryRun[] = storyRuns()): StoryReport {
  const content = bundledContent();
  const functions = functionNamesIn(sources);
  const problems: string[] = [];
  const results = runs.map((run) => ({ ...run, result: exploreStory(json, functions, { presets: run.presets, hubForDay: (day) => hubName(run.viewpoint, day) }) }));

  for (const { label, result } of results) {
    for (const problem of result.problems) {
      const route = problem.choices.length ? ` after choosing: ${problem.choices.map((c) => `"${c}"`).join(' > ')}` : '';
      problems.push(`[${label}] ${problem.hub}: ${problem.message}${route}`);
    }
  }
  for (const { tag, where } of tagsInSources(sources, files)) {
    const problem = checkTag(tag, content);
    if (problem) problems.push(`${where}: ${problem}`);
  }
  for (const { label, result } of results) {
    for (const use of result.tags) {
      const problem = checkTag(use.tag, content);
      if (problem) problems.push(`[${label}] ${use.hub}: ${problem} (at "${use.text.slice(0, 60)}")`);
    }
  }

  // Every knot is visited: a viewpoint's own (story/<inkFolder>/) by that viewpoint's runs, the
  // shared ones (the epilogue, the kiosk cut) by any run.
  const compiledContainers = new Set(results[0]?.result.containers ?? []);
  const byFile = containersByFile(sources, files);
  const owner = new Map<string, string>();
  for (const viewpoint of new Set(runs.map((run) => run.viewpoint))) {
    for (const [file, names] of byFile) if (file.replace(/\\/g, '/').includes(`story/${viewpoint.inkFolder}/`)) for (const name of names) owner.set(name, viewpoint.id);
  }
  const visitedBy = (filter: (run: StoryRun) => boolean) => new Set(results.filter(filter).flatMap(({ result }) => [...result.visited]));
  const visitedByAny = visitedBy(() => true);
  const unvisited: string[] = [];
  for (const name of compiledContainers) {
    const id = owner.get(name);
    const visited = id ? visitedBy((run) => run.viewpoint.id === id).has(name) : visitedByAny.has(name);
    if (visited) continue;
    unvisited.push(name);
    problems.push(id ? `${name}: never reached on ${id}'s path` : `${name}: never reached on any path`);
  }

  // Every ending of a viewpoint's registry entry is reached and witnessed, once its path is finished.
  const endings = new Set<string>();
  for (const { result } of results) for (const id of result.endings.keys()) endings.add(id);
  for (const { label, viewpoint, kiosk, result } of results) {
    if (kiosk) continue;
    for (const ending of result.endings.keys()) if (!viewpoint.endings.includes(ending)) problems.push(`[${label}] reaches ending "${ending}", which is not in its registry entry (src/viewpoints/registry.ts)`);
    const unfinished = result.tbc > 0 || [...result.visited].some((name) => STUB_KNOT.test(name));
    if (unfinished) continue;
    for (const ending of viewpoint.endings) {
      if (!result.endings.has(ending)) problems.push(`[${label}] ending "${ending}" is never reached`);
      else if (!result.witnessedEndings.has(ending)) problems.push(`[${label}] ending "${ending}" is reachable in the exploration but no seeded playthrough found it: make its route less rare`);
    }
  }
  // A documented person speaks only as a source records (bible §2): every line tagged with a
  // documented speaker carries the note that says which source (STORY-GUIDE, "Real people").
  for (const { label, result } of results) {
    for (const line of unnotedDocumentedSpeech(result.spokenLines, content.people)) {
      problems.push(`[${label}] ${line.hub}: a line spoken by the documented ${line.speaker} has no # note: ("${line.text.slice(0, 70)}")`);
    }
  }
  // Crossings (docs/briefs/crossings.md §3.4): the shared facts hold on every viewpoint's paths.
  const crossingRuns = results.map(({ viewpoint, result }) => ({ viewpoint: viewpoint.id, result }));
  problems.push(...checkCrossings(storyCrossings(content).list, crossingRuns));
  // Stable line ids (tools/story/ids): duplicates and malformed ids always fail; missing ones
  // once the story is stamped.
  const ids = checkIds(sources.map((source, index) => ({ file: files[index], source })));
  const idProblems = REQUIRE_LINE_IDS ? ids : { ...ids, missing: [], unstampable: [] };
  problems.push(...formatIdProblems(idProblems));
  const days = [...new Set(runs.map((run) => run.viewpoint))].map((viewpoint) => ({ viewpoint: viewpoint.id, days: dayStats(sources, hubPattern(viewpoint)) }));
  return { runs: results, problems, days, unvisited, endings: [...endings].sort(), ids };
}

/** Lines tagged with a documented speaker (story/data/people.ts) that carry no `# note:` of their own. */
export function unnotedDocumentedSpeech(lines: readonly SpokenLine[], people: ReadonlyMap<string, { kind: string }>): SpokenLine[] {
  return lines.filter((line) => people.get(line.speaker)?.kind === 'documented' && !line.noted);
}

/** The names of a viewpoint's day hubs: `^day_\d{2}$`. */
export function hubPattern(viewpoint: Viewpoint): RegExp {
  return new RegExp(`^${viewpoint.hubPrefix}\\d{${viewpoint.hubDigits}}$`);
}

export function formatReport(report: StoryReport, wordsPerMinute: number): string {
  const lines: string[] = [];
  const minutes = (words: number) => (Number.isFinite(words) ? (words / wordsPerMinute).toFixed(1) : 'n/a');
  for (const { viewpoint, days } of report.days) {
    const home = report.runs.find((run) => run.viewpoint.id === viewpoint && !run.kiosk)?.result;
    const hubReports = new Map(home?.hubs.map((hub) => [hub.hub, hub]));
    const width = Math.max(8, ...days.map((day) => day.hub.length));
    lines.push('', `== ${viewpoint} ==`, `${'Day'.padEnd(width)} words written  choices  knots  combinations  words on a path (min-max)  branches on`);
    let totalWords = 0;
    let totalChoices = 0;
    for (const day of days) {
      totalWords += day.words;
      totalChoices += day.choices;
      const hub = hubReports.get(day.hub);
      const branches = hub ? Object.entries(hub.branchesOn).map(([name, n]) => `${name}:${n}`).join(' ') : '';
      lines.push(`${day.hub.padEnd(width)} ${String(day.words).padStart(13)}  ${String(day.choices).padStart(7)}  ${String(day.knots).padStart(5)}  ${String(hub?.arrivals ?? 0).padStart(12)}  ${(hub ? `${hub.minWords}-${hub.maxWords}` : 'unreached').padStart(25)}  ${branches}`);
    }
    lines.push(`${'total'.padEnd(width)} ${String(totalWords).padStart(13)}  ${String(totalChoices).padStart(7)}`);
    for (const { label, result } of report.runs.filter((run) => run.viewpoint.id === viewpoint)) {
      lines.push('', `[${label}] ${result.arrivals} value combinations, ${result.statesExplored} states explored in ${(result.milliseconds / 1000).toFixed(1)} s (${(result.cpuMilliseconds / 1000).toFixed(1)} s of CPU)`);
      lines.push(`[${label}] shortest path ${result.shortestWords} words (${minutes(result.shortestWords)} min), longest ${result.longestWords} words (${minutes(result.longestWords)} min) at ${wordsPerMinute} wpm`);
      lines.push(`[${label}] endings explored: ${[...result.endings.entries()].map(([id, n]) => `${id} (${n} paths)`).join(', ') || 'none'}; to-be-continued ends: ${result.tbc}`);
      lines.push(`[${label}] endings in ${result.witnessWalks} seeded playthroughs: ${[...result.witnessedEndings.entries()].map(([id, n]) => `${id} (${n})`).join(', ') || 'none'}`);
    }
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const total = (field: 'milliseconds' | 'cpuMilliseconds') => report.runs.reduce((sum, { result }) => sum + result[field], 0);
  lines.push('', `Exploration time: ${report.runs.map(({ label, result }) => `${label} ${seconds(result.milliseconds)} (${seconds(result.cpuMilliseconds)} CPU)`).join(', ')}; all paths ${seconds(total('milliseconds'))} (${seconds(total('cpuMilliseconds'))} CPU)`);
  lines.push('', `Line ids: ${report.ids.count} stamped, ${report.ids.missing.length} missing, ${report.ids.duplicates.length} duplicated${REQUIRE_LINE_IDS ? '' : ' (missing ids are not required yet: tools/story/ids/required.ts)'}`);
  if (report.problems.length) lines.push('', 'Problems:', ...report.problems.map((p) => `  - ${p}`));
  return lines.join('\n');
}
