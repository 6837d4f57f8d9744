// What the camp map shows, derived only from the story's ink variables (story/variables.ink).
// Pure and Phaser-free: the UI, the tests and both renderers (Phaser and the SVG plan) share it.
// No dates live here: the story sets `walls`, `defences`, ... on the days history says, and the
// map follows whatever the variables say.
import type { StoryVariables } from './types.ts';
import { format } from '../i18n/format.ts';
import { mapStrings } from './strings.ts';

export const TimesOfDay = ['dawn', 'day', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TimesOfDay)[number];
export const Weathers = ['clear', 'wind', 'dust', 'heat', 'rain'] as const;
export type Weather = (typeof Weathers)[number];
export const WallStates = ['intact', 'breached', 'rebuilt', 'open'] as const;
export type WallState = (typeof WallStates)[number];
export const TankStates = ['none', 'inside'] as const;
export type TankState = (typeof TankStates)[number];

/**
 * Every layer the map can show, in drawing order. `plan` (perimeter, zones, buildings, the
 * outside) is always there; the others follow the variables. The names are what
 * `data-layers` on the map's container lists, so end-to-end tests can read them.
 */
export const LayerNames = [
  'plan',
  'weather-heat', 'weather-dust', 'weather-wind', 'weather-rain',
  'walls-intact', 'walls-breached', 'walls-rebuilt', 'walls-open',
  'hunger',
  'barricades', 'pickets',
  'loudspeakers',
  'kites', 'balloons',
  'searchlights',
  'tanks',
] as const;
export type LayerName = (typeof LayerNames)[number];

/** The plan's colouring: the time of day sets the palette, the weather shifts it. */
export interface Tint { time: TimeOfDay; weather: Weather }

export interface MapState {
  /** -1 before the story starts, 0 the prologue, 1..42 the forty days (as the story counts them). */
  day: number;
  timeOfDay: TimeOfDay;
  weather: Weather;
  walls: WallState;
  defences: boolean;
  loudspeakers: boolean;
  kites: boolean;
  hunger: boolean;
  tanks: TankState;
  /** Visible layers, in drawing order. */
  layers: LayerName[];
  tint: Tint;
  /** The state in plain words, for screen readers (the canvas's accessible name). */
  summary: string;
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function flag(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return value === 'true';
}

function dayFrom(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : -1;
}

function describe(state: Omit<MapState, 'summary' | 'layers' | 'tint'>): string {
  const words = mapStrings().describe;
  const parts = [
    format(words.plan, { day: state.day < 0 ? 'before' : state.day === 0 ? 'prologue' : state.day }),
    state.weather === 'clear'
      ? format(words.time, { time: words.times[state.timeOfDay] })
      : format(words.timeAndWeather, { time: words.times[state.timeOfDay], weather: words.weathers[state.weather] }),
    words.walls[state.walls],
  ];
  if (state.defences) parts.push(words.defences);
  if (state.loudspeakers) parts.push(words.loudspeakers);
  if (state.kites) parts.push(words.kites);
  if (state.hunger) parts.push(words.hunger);
  if (state.timeOfDay === 'night') parts.push(words.night);
  if (state.tanks === 'inside') parts.push(words.tanks);
  return parts.join(' ');
}

/** Which layers show and how the plan is tinted, from the story's variables. */
export function mapStateFrom(variables: StoryVariables): MapState {
  const base = {
    day: dayFrom(variables.day),
    timeOfDay: pick(variables.time_of_day, TimesOfDay, 'day'),
    weather: pick(variables.weather, Weathers, 'clear'),
    walls: pick(variables.walls, WallStates, 'intact'),
    defences: flag(variables.defences),
    loudspeakers: flag(variables.loudspeakers),
    kites: flag(variables.kites),
    hunger: flag(variables.hunger),
    tanks: pick(variables.tanks, TankStates, 'none'),
  };
  const visible = new Set<LayerName>(['plan', `walls-${base.walls}`]);
  if (base.weather !== 'clear') visible.add(`weather-${base.weather}`);
  if (base.defences) { visible.add('barricades'); visible.add('pickets'); }
  if (base.loudspeakers) visible.add('loudspeakers');
  if (base.kites) { visible.add('kites'); visible.add('balloons'); }
  if (base.hunger) visible.add('hunger');
  if (base.timeOfDay === 'night') visible.add('searchlights');
  if (base.tanks === 'inside') visible.add('tanks');
  return {
    ...base,
    layers: LayerNames.filter((name) => visible.has(name)),
    tint: { time: base.timeOfDay, weather: base.weather },
    summary: describe(base),
  };
}

/** True when two states draw the same plan (so an update can skip the redraw). */
export function sameDrawing(a: MapState, b: MapState): boolean {
  return a.day === b.day && a.summary === b.summary && a.layers.join() === b.layers.join()
    && a.tint.time === b.tint.time && a.tint.weather === b.tint.weather;
}
