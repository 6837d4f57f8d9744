// Which ambience a screen gets, from what the play screen shows: the story variables
// (time_of_day, weather, loudspeakers), the place tag and the content-note tags. Pure: no audio
// here, so the choice can be tested without a browser.
import type { Valuation } from '../engine/index.ts';

/** What the play screen shows, as far as sound cares. */
export interface ScreenFacts {
  variables: Valuation | null;
  /** The screen's place tag (the last one on the screen), or null. */
  place: string | null;
  /** Every `# cn:` kind on the screen. */
  contentNotes: readonly string[];
  /** The story day of the screen (the viewpoint's day variable), or null. */
  day: number | null;
}

/** Levels (0-1) of the soundscape's layers. */
export interface Mix {
  /** Steppe wind: filtered noise whose colour and level drift slowly. */
  wind: number;
  rain: number;
  /** A closed room: low, soft noise (the barrack, the ward). */
  room: number;
  /** Far voices: a band of noise that swells and falls like talk across a yard. */
  voices: number;
  /** The loudspeakers' mains hum. */
  hum: number;
}

export const SILENCE: Mix = { wind: 0, rain: 0, room: 0, voices: 0, hum: 0 };

/** Content notes that mean silence: no soundscape under violence, death or injury. */
const VIOLENT_KINDS = new Set(['violence', 'death', 'injury']);
/** The assault on 26 June 1954 (day 42) began before dawn: its screens are silent whatever they carry. */
const ASSAULT_DAY = 42;

const INDOORS = new Set([
  'women_barrack', 'mykola_barrack', 'hospital', 'bakery', 'kitchen', 'sewing_workshop', 'bathhouse',
  'meeting_hall', 'tech_rooms', 'dining_hall_1', 'dining_hall_2', 'dining_hall_3',
]);

export function isIndoors(place: string | null): boolean {
  return place !== null && (INDOORS.has(place) || place.startsWith('dining_hall') || place.endsWith('barrack'));
}

/** True while a screen must be silent: a violent content note, or the day-42 dawn. */
export function isViolentScreen(facts: ScreenFacts): boolean {
  if (facts.contentNotes.some((kind) => VIOLENT_KINDS.has(kind))) return true;
  return facts.day === ASSAULT_DAY && facts.variables?.time_of_day === 'dawn';
}

function text(variables: Valuation | null, name: string): string | null {
  const value = variables?.[name];
  return typeof value === 'string' ? value : null;
}

/** The mix for a screen; silence for violent screens. */
export function chooseMix(facts: ScreenFacts): Mix {
  if (isViolentScreen(facts)) return SILENCE;
  const time = text(facts.variables, 'time_of_day') ?? 'day';
  const weather = text(facts.variables, 'weather') ?? 'clear';
  const night = time === 'night';
  const indoors = isIndoors(facts.place);
  const windy = weather === 'wind' || weather === 'dust';
  // The steppe wind is always there outside; walls muffle it.
  let wind = windy ? 0.8 : weather === 'heat' ? 0.2 : 0.4;
  if (indoors) wind *= 0.3;
  if (night) wind *= 0.7;
  const rain = weather === 'rain' ? (indoors ? 0.35 : 0.7) : 0;
  const room = indoors ? (night ? 0.5 : 0.35) : 0;
  // People talk across the yards by day and in the evening; at night the zone is quiet.
  const voices = night ? 0 : indoors ? 0.12 : 0.25;
  // The prisoners' loudspeakers hum over the zone once they are rigged, heard outside and not at night.
  const hum = facts.variables?.loudspeakers === true && !night ? (indoors ? 0.1 : 0.3) : 0;
  return { wind, rain, room, voices, hum };
}

export function isSilent(mix: Mix): boolean {
  return Object.values(mix).every((level) => level === 0);
}
