// Crossings (docs/briefs/crossings.md): where two viewpoints live the same moment, its facts are
// written once, in story/data/crossings.ts, and every path that shows the moment keeps them. This
// module validates that data and checks the exploration of every viewpoint against it (§3.4):
//   - every `# crossing:` and `# fact:` id resolves, and only in a viewpoint the crossing lists;
//   - each tagged line is on the crossing's day, at one of its places (the line's own `# place`, or
//     the last one before it on the path), and contains the fact's words verbatim as output;
//   - every path through a day that shows a crossing's tag also shows each of its `always` facts;
//   - the owner shows every variant of its facts, another viewpoint at least one once it shows the
//     crossing at all (a path that never shows a crossing has no tag for it), and never a variant
//     the file does not list.
// Test data only: the running story never reads it.
import * as v from 'valibot';
import type { ExploreResult, Sighting } from './explore.ts';

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/));
const words = v.pipe(v.string(), v.minLength(2));
const factSchema = v.pipe(
  v.object({
    /** `c1.intro`: the crossing's id, a dot, a name. */
    id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/)),
    /** What the fact is, for writers and reviewers. */
    what: v.pipe(v.string(), v.minLength(10)),
    /** Shown on every path of a viewpoint that shows the crossing. */
    always: v.optional(v.boolean(), false),
    /** Words every path says verbatim (spoken words; narration differs by viewpoint, so none). */
    said: v.optional(words),
    /** The owner's options: each variant's words verbatim, or null when no words are fixed. */
    variants: v.optional(v.record(id, v.nullable(words))),
  }),
  v.check((fact) => !(fact.always && fact.variants), 'a fact is either always shown or one of variants'),
  v.check((fact) => !(fact.said && fact.variants), 'a fact with variants keeps its words in the variants'),
  v.check((fact) => !fact.variants || Object.keys(fact.variants).length >= 2, 'a fact with variants lists at least two'),
);

const crossingSchema = v.object({
  id,
  /** The day it happens on (day N is 15 May + N). */
  day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(42)),
  /** The time of day, in words. */
  time: v.pipe(v.string(), v.minLength(3)),
  /** The viewpoint whose choices the variants are. */
  owner: id,
  /** The viewpoints that may show it. */
  viewpoints: v.pipe(v.array(id), v.minLength(2)),
  /** Map places (story/data/places.ts) where its lines may stand. */
  places: v.pipe(v.array(id), v.minLength(1)),
  /** Who is there (people, fictional or documented, by a short id). */
  present: v.pipe(v.array(id), v.minLength(2)),
  facts: v.pipe(v.array(factSchema), v.minLength(1)),
  /** What each viewpoint can know that the other cannot. */
  knowledge: v.record(id, v.pipe(v.string(), v.minLength(10))),
});

export type CrossingFact = v.InferOutput<typeof factSchema>;
export type Crossing = v.InferOutput<typeof crossingSchema>;
export type CrossingInput = v.InferInput<typeof crossingSchema>;

/** Validates the crossings: shape, unique ids, facts named after their crossing, known places. */
export function validateCrossings(raw: readonly unknown[], knownPlaces?: ReadonlySet<string>): Crossing[] {
  const seen = new Set<string>();
  return raw.map((entry, position) => {
    const result = v.safeParse(crossingSchema, entry);
    const label = String((entry as { id?: unknown })?.id ?? `#${position}`);
    if (!result.success) throw new Error(`crossing ${label}: ${v.summarize(result.issues).split('\n').slice(0, 2).join('; ')}`);
    const crossing = result.output;
    if (seen.has(crossing.id)) throw new Error(`crossing ${crossing.id}: listed twice`);
    seen.add(crossing.id);
    if (!crossing.viewpoints.includes(crossing.owner)) throw new Error(`crossing ${crossing.id}: its owner ${crossing.owner} is not among its viewpoints`);
    const factIds = new Set<string>();
    for (const fact of crossing.facts) {
      if (!fact.id.startsWith(`${crossing.id}.`)) throw new Error(`crossing ${crossing.id}: fact ${fact.id} is not named after it`);
      if (factIds.has(fact.id)) throw new Error(`crossing ${crossing.id}: fact ${fact.id} listed twice`);
      factIds.add(fact.id);
    }
    for (const place of crossing.places) if (knownPlaces && !knownPlaces.has(place)) throw new Error(`crossing ${crossing.id}: no place "${place}" in story/data/places.ts`);
    return crossing;
  });
}

/** Every id a `# crossing:` or `# fact:` tag may carry: crossings, facts, and `fact.variant`. */
export function crossingTagIds(crossings: readonly Crossing[]): { crossings: Set<string>; facts: Set<string> } {
  const facts = new Set<string>();
  for (const crossing of crossings) {
    for (const fact of crossing.facts) {
      facts.add(fact.id);
      for (const variant of Object.keys(fact.variants ?? {})) facts.add(`${fact.id}.${variant}`);
    }
  }
  return { crossings: new Set(crossings.map((crossing) => crossing.id)), facts };
}

/** One exploration to check: the viewpoint it played and what it found. */
export interface CrossingRun { viewpoint: string; result: Pick<ExploreResult, 'sightings' | 'markedPaths'> }

interface FactRef { crossing: Crossing; fact: CrossingFact; variant: string | null }

function resolveFact(crossings: readonly Crossing[], tagId: string): FactRef | null {
  for (const crossing of crossings) {
    for (const fact of crossing.facts) {
      if (tagId === fact.id) return { crossing, fact, variant: null };
      if (fact.variants && tagId.startsWith(`${fact.id}.`)) return { crossing, fact, variant: tagId.slice(fact.id.length + 1) };
    }
  }
  return null;
}

/**
 * Which variant a line shows: the one its tag names, else the one whose words it contains, else
 * the only variant without words. A string is a problem.
 */
function variantShown(ref: FactRef, text: string): { variant: string } | { problem: string } {
  const variants = ref.fact.variants!;
  if (ref.variant !== null) {
    if (!(ref.variant in variants)) return { problem: `shows variant "${ref.variant}" of ${ref.fact.id}, which is not in story/data/crossings.ts (${Object.keys(variants).join(', ')})` };
    const said = variants[ref.variant];
    if (said && !text.includes(said)) return { problem: `variant ${ref.fact.id}.${ref.variant} must say "${said}" verbatim` };
    return { variant: ref.variant };
  }
  const matching = Object.entries(variants).filter(([, said]) => said && text.includes(said)).map(([name]) => name);
  if (matching.length === 1) return { variant: matching[0] };
  if (matching.length > 1) return { problem: `shows the words of several variants of ${ref.fact.id} (${matching.join(', ')}): name one in the tag` };
  const silent = Object.entries(variants).filter(([, said]) => said === null).map(([name]) => name);
  if (silent.length === 1) return { variant: silent[0] };
  return { problem: `shows none of the variants of ${ref.fact.id} word for word (${Object.values(variants).filter(Boolean).map((said) => `"${said}"`).join(', ')}): tag the variant (# fact: ${ref.fact.id}.<variant>) or use its words` };
}

const where = (sighting: Sighting) => `${sighting.hub} (day ${sighting.day}, place ${sighting.place ?? 'none'}): "${sighting.text.slice(0, 70)}${sighting.text.length > 70 ? '…' : ''}"`;

/** The crossing-fact check over explored viewpoints; returns the problems, empty when all hold. */
export function checkCrossings(crossings: readonly Crossing[], runs: readonly CrossingRun[]): string[] {
  const problems = new Set<string>();
  const add = (viewpoint: string, message: string) => problems.add(`[${viewpoint}] ${message}`);
  const shownCrossings = new Map<string, Set<string>>();
  const shownVariants = new Map<string, Set<string>>();
  const explored = new Set(runs.map((run) => run.viewpoint));

  for (const { viewpoint, result } of runs) {
    for (const sighting of result.sightings) {
      const crossing = sighting.kind === 'crossing' ? crossings.find((candidate) => candidate.id === sighting.id) : resolveFact(crossings, sighting.id)?.crossing;
      const ref = sighting.kind === 'fact' ? resolveFact(crossings, sighting.id) : null;
      if (!crossing) { add(viewpoint, `# ${sighting.kind}: ${sighting.id} names nothing in story/data/crossings.ts, at ${where(sighting)}`); continue; }
      if (!crossing.viewpoints.includes(viewpoint)) add(viewpoint, `shows crossing ${crossing.id}, which does not list this viewpoint, at ${where(sighting)}`);
      if (sighting.day !== crossing.day) add(viewpoint, `${sighting.id} is on day ${sighting.day}, crossing ${crossing.id} on day ${crossing.day}, at ${where(sighting)}`);
      if (!sighting.place || !crossing.places.includes(sighting.place)) add(viewpoint, `${sighting.id} is at place ${sighting.place ?? 'none'}, crossing ${crossing.id} at ${crossing.places.join(' or ')}, at ${where(sighting)}`);
      if (sighting.kind === 'crossing') {
        shownCrossings.set(viewpoint, (shownCrossings.get(viewpoint) ?? new Set()).add(crossing.id));
        continue;
      }
      if (!ref) continue;
      if (ref.fact.variants) {
        const shown = variantShown(ref, sighting.text);
        if ('problem' in shown) add(viewpoint, `${shown.problem}, at ${where(sighting)}`);
        else shownVariants.set(`${viewpoint}|${ref.fact.id}`, (shownVariants.get(`${viewpoint}|${ref.fact.id}`) ?? new Set()).add(shown.variant));
      } else {
        if (ref.variant !== null) add(viewpoint, `${ref.fact.id} has no variants, at ${where(sighting)}`);
        if (ref.fact.said && !sighting.text.includes(ref.fact.said)) add(viewpoint, `${ref.fact.id} must say "${ref.fact.said}" verbatim, at ${where(sighting)}`);
      }
    }
    // Every path of a day that shows a crossing shows its `always` facts.
    for (const { hub, marks } of result.markedPaths) {
      for (const mark of marks.filter((candidate) => candidate.startsWith('crossing:'))) {
        const crossing = crossings.find((candidate) => candidate.id === mark.slice('crossing:'.length));
        for (const fact of crossing?.facts ?? []) {
          if (fact.always && !marks.includes(`fact:${fact.id}`)) add(viewpoint, `${hub}: a path shows crossing ${crossing!.id} but not its fact ${fact.id} (${fact.what})`);
        }
      }
    }
  }

  // The owner shows each of its crossings and every variant; another viewpoint at least one, once it shows the crossing.
  for (const crossing of crossings) {
    for (const viewpoint of crossing.viewpoints) {
      if (!explored.has(viewpoint)) continue;
      const owner = viewpoint === crossing.owner;
      if (!shownCrossings.get(viewpoint)?.has(crossing.id)) {
        if (owner) add(viewpoint, `never shows crossing ${crossing.id} (# crossing: ${crossing.id}), which it owns`);
        continue;
      }
      for (const fact of crossing.facts) {
        if (!fact.variants) continue;
        const shown = shownVariants.get(`${viewpoint}|${fact.id}`) ?? new Set();
        const missing = Object.keys(fact.variants).filter((variant) => !shown.has(variant));
        if (owner && missing.length) add(viewpoint, `never shows variant(s) ${missing.join(', ')} of ${fact.id}, which it owns`);
        if (!owner && !shown.size) add(viewpoint, `shows crossing ${crossing.id} but none of the variants of ${fact.id}`);
      }
    }
  }
  return [...problems];
}
