// The story's quality checks in one place, shared by `npm run story:check` and the story tests:
// tag ids resolve, every state reaches an end, every knot is visited, words per day.
import { buildContent, type Content } from '../../src/content/registry.ts';
import { exploreStory, functionNamesIn, type ExploreResult, type Valuation } from './explore.ts';
import { REQUIRE_LINE_IDS } from './ids/required.ts';
import { ID_FORMAT } from './ids/scan.ts';
import { checkIds, formatIdProblems, type IdProblems } from './ids/stamp.ts';

export const TAG_KINDS = ['place', 'note', 'discuss', 'history', 'cn', 'speaker', 'ending'] as const;
export const CONTENT_NOTE_KINDS = ['violence', 'death', 'hunger', 'injury', 'fear'];
const BARE_TAGS = ['clear', 'tbc', 'kiosk'];

export interface DayStats { hub: string; words: number; choices: number; knots: number }
export interface StoryReport {
  runs: { label: string; result: ExploreResult }[];
  problems: string[];
  days: DayStats[];
  unvisited: string[];
  endings: string[];
  ids: IdProblems;
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
    speaker: content.people, ending: content.endings, cn: CONTENT_NOTE_KINDS,
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

/** Words, choices and knots written under each `day_NN` hub, counted from the sources. */
export function dayStats(sources: string[]): DayStats[] {
  const byHub = new Map<string, DayStats>();
  for (const source of sources) {
    let current: DayStats | null = null;
    for (const rawLine of source.split('\n')) {
      const line = rawLine.replace(/\/\/.*$/, '').trim();
      const knot = /^={2,}\s*([A-Za-z_]\w*)/.exec(line);
      if (knot) {
        const name = knot[1];
        const hub = /^day_\d\d$/.test(name) ? name : null;
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

export function checkStory(json: string, sources: string[], files: string[], runs: { label: string; presets: Valuation }[] = [
  { label: 'home', presets: { kiosk_cut: false, gentle: false } },
  { label: 'kiosk', presets: { kiosk_cut: true, gentle: false } },
]): StoryReport {
  const content = buildContent();
  const functions = functionNamesIn(sources);
  const problems: string[] = [];
  const results = runs.map(({ label, presets }) => ({ label, result: exploreStory(json, functions, { presets }) }));

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

  const visited = new Set<string>();
  for (const { result } of results) for (const path of result.visited) visited.add(path);
  const containers = results[0]?.result.containers ?? [];
  const unvisited = containers.filter((name) => !visited.has(name));
  for (const name of unvisited) problems.push(`${name}: never reached on any path`);

  const endings = new Set<string>();
  for (const { result } of results) for (const id of result.endings.keys()) endings.add(id);
  const homeRun = results.find((run) => run.label === 'home')?.result;
  if (homeRun && homeRun.tbc === 0) {
    for (const ending of content.endings.keys()) {
      if (!homeRun.endings.has(ending)) problems.push(`ending "${ending}" is never reached`);
      else if (!homeRun.witnessedEndings.has(ending)) problems.push(`ending "${ending}" is reachable in the exploration but no seeded playthrough found it: make its route less rare`);
    }
  }
  // Stable line ids (tools/story/ids): duplicates and malformed ids always fail; missing ones
  // once the story is stamped.
  const ids = checkIds(sources.map((source, index) => ({ file: files[index], source })));
  const idProblems = REQUIRE_LINE_IDS ? ids : { ...ids, missing: [], unstampable: [] };
  problems.push(...formatIdProblems(idProblems));
  return { runs: results, problems, days: dayStats(sources), unvisited, endings: [...endings].sort(), ids };
}

export function formatReport(report: StoryReport, wordsPerMinute: number): string {
  const lines: string[] = [];
  const home = report.runs.find((run) => run.label === 'home')?.result;
  const hubReports = new Map(home?.hubs.map((hub) => [hub.hub, hub]));
  lines.push('', 'Day      words written  choices  knots  combinations  words on a path (min-max)  branches on');
  let totalWords = 0;
  let totalChoices = 0;
  for (const day of report.days) {
    totalWords += day.words;
    totalChoices += day.choices;
    const hub = hubReports.get(day.hub);
    const branches = hub ? Object.entries(hub.branchesOn).map(([name, n]) => `${name}:${n}`).join(' ') : '';
    lines.push(`${day.hub.padEnd(8)} ${String(day.words).padStart(13)}  ${String(day.choices).padStart(7)}  ${String(day.knots).padStart(5)}  ${String(hub?.arrivals ?? 0).padStart(12)}  ${(hub ? `${hub.minWords}-${hub.maxWords}` : 'unreached').padStart(25)}  ${branches}`);
  }
  lines.push(`${'total'.padEnd(8)} ${String(totalWords).padStart(13)}  ${String(totalChoices).padStart(7)}`);
  for (const { label, result } of report.runs) {
    const minutes = (words: number) => (Number.isFinite(words) ? (words / wordsPerMinute).toFixed(1) : 'n/a');
    lines.push('', `[${label}] ${result.arrivals} value combinations, ${result.statesExplored} states explored in ${result.milliseconds} ms`);
    lines.push(`[${label}] shortest path ${result.shortestWords} words (${minutes(result.shortestWords)} min), longest ${result.longestWords} words (${minutes(result.longestWords)} min) at ${wordsPerMinute} wpm`);
    lines.push(`[${label}] endings explored: ${[...result.endings.entries()].map(([id, n]) => `${id} (${n} paths)`).join(', ') || 'none'}; to-be-continued ends: ${result.tbc}`);
    lines.push(`[${label}] endings in seeded playthroughs: ${[...result.witnessedEndings.entries()].map(([id, n]) => `${id} (${n})`).join(', ') || 'none'}`);
  }
  lines.push('', `Line ids: ${report.ids.count} stamped, ${report.ids.missing.length} missing, ${report.ids.duplicates.length} duplicated${REQUIRE_LINE_IDS ? '' : ' (missing ids are not required yet: tools/story/ids/required.ts)'}`);
  if (report.problems.length) lines.push('', 'Problems:', ...report.problems.map((p) => `  - ${p}`));
  return lines.join('\n');
}
