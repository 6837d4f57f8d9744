// Viewpoints as data: one typed, validated entry per playable person. Everything the game needs
// to know about a viewpoint lives here (its ink entry, how its day hubs are named, the variables
// the header and the map read, the endings it can reach, its classroom segments and kiosk cut);
// the code reads the registry and never names a viewpoint. Adding a viewpoint: ink files plus
// one entry below (docs/ARCHITECTURE.md, "How to add a viewpoint"). DOM-free.
import * as v from 'valibot';

const name = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/));

const viewpointSchema = v.object({
  /** The value of the ink variable `viewpoint`, saved in every save. */
  id: name,
  /** Keys into the interface catalog (src/ui/strings.ts): the person's name, card text and start button. */
  strings: v.object({ name: v.string(), blurb: v.string(), begin: v.string() }),
  /** The knot the story's root reaches for this viewpoint (main.ink dispatches on `viewpoint`). */
  inkEntry: name,
  /** The folder under story/ that holds this viewpoint's ink (the teacher guide reads its tags per day). */
  inkFolder: name,
  /** How its line ids begin (`h.` for `h.d03.4ddf`): which translated lines are this path's. */
  lineIdPrefix: v.optional(v.pipe(v.string(), v.regex(/^(?:[a-z]+\.)?$/)), ''),
  /** Day hubs are `${hubPrefix}${day}` with `hubDigits` digits: `day_03`. */
  hubPrefix: name,
  hubDigits: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)),
  firstDay: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastDay: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The variable the header reads for the date. */
  dayVariable: name,
  /** The variables the map reads (src/map/mapState.ts). */
  mapVariables: v.pipe(v.array(name), v.minLength(1)),
  /** The endings this viewpoint can reach (ids in story/data/endings.ts). */
  endings: v.pipe(v.array(name), v.minLength(1)),
  /** Classroom mode plays this viewpoint in the segments of story/data/segments.ts. */
  classroomSegments: v.boolean(),
  /** The museum kiosk's short cut, if the viewpoint has one: the flag that selects it and its own day variable. */
  kioskCut: v.nullable(v.object({ flag: name, dayVariable: name })),
});

export type Viewpoint = v.InferOutput<typeof viewpointSchema>;

/** What every path of the forty days shares: the calendar, the variables the map reads, the six endings. */
const FORTY_DAYS = {
  hubDigits: 2,
  firstDay: 0,
  lastDay: 42,
  dayVariable: 'day',
  mapVariables: ['day', 'time_of_day', 'weather', 'walls', 'defences', 'loudspeakers', 'kites', 'hunger', 'tanks'],
  endings: ['killed', 'wounded', 'transferred', 'arrested', 'walked_out', 'stayed'],
};

/** The entries, in the order the viewpoint screen lists them. Only playable viewpoints appear. */
const entries: unknown[] = [
  {
    id: 'halyna',
    strings: { name: 'halynaName', blurb: 'halynaBlurb', begin: 'begin' },
    inkEntry: 'day_00',
    inkFolder: 'halyna',
    lineIdPrefix: 'h.',
    hubPrefix: 'day_',
    ...FORTY_DAYS,
    classroomSegments: true,
    kioskCut: { flag: 'kiosk_cut', dayVariable: 'kiosk_day' },
  },
  {
    id: 'jonas',
    strings: { name: 'jonasName', blurb: 'jonasBlurb', begin: 'jonasBegin' },
    inkEntry: 'j_day_00',
    inkFolder: 'jonas',
    lineIdPrefix: 'j.',
    hubPrefix: 'j_day_',
    ...FORTY_DAYS,
    classroomSegments: true,
    kioskCut: null,
  },
  {
    id: 'pavel',
    strings: { name: 'pavelName', blurb: 'pavelBlurb', begin: 'pavelBegin' },
    inkEntry: 'p_day_00',
    inkFolder: 'pavel',
    lineIdPrefix: 'p.',
    hubPrefix: 'p_day_',
    ...FORTY_DAYS,
    classroomSegments: true,
    kioskCut: null,
  },
];

export class ViewpointRegistryError extends Error {
  constructor(message: string) { super(message); this.name = 'ViewpointRegistryError'; }
}

/** Validates entries (shape, unique ids, a sane day range); errors name the entry. */
export function buildRegistry(raw: readonly unknown[]): ReadonlyMap<string, Viewpoint> {
  const registry = new Map<string, Viewpoint>();
  raw.forEach((entry, position) => {
    const result = v.safeParse(viewpointSchema, entry);
    const label = (entry as { id?: unknown })?.id ?? `#${position}`;
    if (!result.success) throw new ViewpointRegistryError(`viewpoint ${String(label)}: ${v.summarize(result.issues).split('\n')[0]}`);
    const viewpoint = result.output;
    if (registry.has(viewpoint.id)) throw new ViewpointRegistryError(`viewpoint ${viewpoint.id}: listed twice`);
    if (viewpoint.lastDay < viewpoint.firstDay) throw new ViewpointRegistryError(`viewpoint ${viewpoint.id}: lastDay before firstDay`);
    registry.set(viewpoint.id, viewpoint);
  });
  if (!registry.size) throw new ViewpointRegistryError('no viewpoint is registered');
  return registry;
}

export const viewpoints: ReadonlyMap<string, Viewpoint> = buildRegistry(entries);

/** The viewpoint a save or a URL names, or null when this build does not know it. */
export function viewpointById(id: string): Viewpoint | null {
  return viewpoints.get(id) ?? null;
}

/** The first registered viewpoint: what the kiosk and the classroom play. */
export function defaultViewpoint(): Viewpoint {
  return viewpoints.values().next().value!;
}

/** The name of a viewpoint's day hub: `day_03`. */
export function hubName(viewpoint: Viewpoint, day: number): string {
  return `${viewpoint.hubPrefix}${String(day).padStart(viewpoint.hubDigits, '0')}`;
}

/** The day a hub name stands for, or null when it is not one of this viewpoint's hubs. */
export function dayOfHub(viewpoint: Viewpoint, hub: string): number | null {
  if (!hub.startsWith(viewpoint.hubPrefix)) return null;
  const digits = hub.slice(viewpoint.hubPrefix.length);
  if (digits.length !== viewpoint.hubDigits || !/^\d+$/.test(digits)) return null;
  return Number(digits);
}
