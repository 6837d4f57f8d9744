// The reconstruction plan's shapes, in plan units (0..1000 across, 0..600 down), as FB §2
// describes the camp: one rectangle; inside it, across its length, the women's zone, the
// service yard, the 2nd and 3rd lagpunkts and the prison zone; saman walls between them; a
// fire zone inside the perimeter; towers; gates and the guardhouse; outside, the commission,
// the settlement, the construction sites, the river and the steppe. Only the order of the zones
// is documented: every position inside them is a reconstruction (FB §2.2), and the plan says so.
// Place positions come from the validated content registry (src/content, from
// story/data/places.ts); the buildings here are drawn around them. Words are in src/map/strings.ts.
import { getContent } from '../content/registry.ts';
import type { Place } from '../content/schema.ts';

export const WORLD = { width: 1000, height: 600 } as const;

export interface Rect { x: number; y: number; w: number; h: number }

/** The outer fence (the perimeter) and the inner warning fence; the fire zone lies between. */
export const PERIMETER: Rect = { x: 126, y: 100, w: 748, h: 344 };
export const INNER: Rect = { x: 142, y: 116, w: 716, h: 312 };

/** The inner zones, west to east as FB §2.1 orders them. `short` is for small screens, where
 *  every other zone's name moves to the bottom of its zone so that neighbours do not collide. */
export interface Zone { id: string; x0: number; x1: number; shortAtBottom: boolean }
export const ZONES: Zone[] = [
  { id: 'women_zone', x0: 142, x1: 290, shortAtBottom: false },
  { id: 'service_yard', x0: 290, x1: 400, shortAtBottom: true },
  { id: 'lagpunkt_2', x0: 400, x1: 555, shortAtBottom: false },
  { id: 'lagpunkt_3', x0: 555, x1: 720, shortAtBottom: true },
  { id: 'prison_zone', x0: 720, x1: 858, shortAtBottom: false },
];

/** The saman walls between the zones, with where they were broken (reconstructed). */
export interface Wall { id: string; x: number; breaches: [number, number][]; openings: [number, number][] }
export const WALLS: Wall[] = [
  // Broken through on 16-18 May (into the service yard and the women's zone), open from 24 May.
  { id: 'wall_women_yard', x: 290, breaches: [[206, 222], [318, 332]], openings: [[168, 236], [292, 360]] },
  { id: 'wall_yard_l2', x: 400, breaches: [[244, 262], [372, 386]], openings: [[180, 250], [300, 392]] },
  // The men's zones: united with the rest once the walls came down.
  { id: 'wall_l2_l3', x: 555, breaches: [], openings: [[196, 258], [328, 380]] },
  // The prison zone's wall: no source says how it was opened, so it stays as drawn.
  { id: 'wall_l3_prison', x: 720, breaches: [], openings: [] },
];
export const WALL_TOP = INNER.y;
export const WALL_BOTTOM = INNER.y + INNER.h;
export const WALL_THICKNESS = 6;

/** Gates: gaps in both fences, with bars. The main gate is by the guardhouse. */
export interface Gate { id: string; x0: number; x1: number }
export const GATES: Gate[] = [
  { id: 'gate_service_yard', x0: 333, x1: 357 },
  { id: 'gate_main', x0: 594, x1: 626 },
];

/** Watchtowers: at the corners and along the fence (their number and places are not recorded). */
export const TOWERS: [number, number][] = [
  [126, 100], [276, 100], [426, 100], [576, 100], [726, 100], [874, 100],
  [126, 444], [276, 444], [426, 444], [776, 444], [874, 444],
  [126, 272], [874, 272],
];

export type BuildingKind = 'barrack' | 'hall' | 'service' | 'prison' | 'guard' | 'office';
/** `label` names a building that is no story place: a key of the map catalog's `buildings`. */
export interface Building { cx: number; cy: number; w: number; h: number; kind: BuildingKind; place?: string; label?: string }

const barracks = (rows: number[], cols: number[], w = 52, h = 13): Building[] =>
  rows.flatMap((cy) => cols.map((cx) => ({ cx, cy, w, h, kind: 'barrack' as const })));

export const BUILDINGS: Building[] = [
  // 1st lagpunkt (women)
  ...barracks([166, 190], [178, 254]),
  { cx: 200, cy: 220, w: 60, h: 14, kind: 'barrack', place: 'women_barrack' },
  ...barracks([250, 292, 316], [178, 254]),
  { cx: 240, cy: 362, w: 40, h: 22, kind: 'service', place: 'bathhouse' },
  { cx: 176, cy: 372, w: 44, h: 26, kind: 'hall', label: 'dining_hall' },
  ...barracks([408], [178, 254], 48),
  // Service yard (khozdvor): workshops and all the food stores
  { cx: 374, cy: 168, w: 40, h: 24, kind: 'service', place: 'hospital' },
  { cx: 326, cy: 198, w: 44, h: 20, kind: 'service', place: 'sewing_workshop' },
  { cx: 374, cy: 230, w: 30, h: 18, kind: 'service', place: 'bakery' },
  { cx: 330, cy: 262, w: 50, h: 16, kind: 'service', place: 'workshops_khozdvor' },
  { cx: 318, cy: 328, w: 32, h: 18, kind: 'service', place: 'tech_rooms' },
  { cx: 364, cy: 350, w: 44, h: 30, kind: 'service', place: 'stores' },
  { cx: 318, cy: 398, w: 30, h: 18, kind: 'service', label: 'stores' },
  // 2nd lagpunkt (men)
  ...barracks([162], [432, 522]),
  { cx: 470, cy: 200, w: 56, h: 24, kind: 'hall', place: 'dining_hall_2' },
  ...barracks([236, 262], [432, 522]),
  { cx: 432, cy: 288, w: 52, h: 13, kind: 'barrack', place: 'commission_rooms' },
  ...barracks([288], [522]),
  { cx: 500, cy: 352, w: 58, h: 26, kind: 'hall', place: 'meeting_hall' },
  ...barracks([322], [432]),
  { cx: 432, cy: 394, w: 52, h: 13, kind: 'barrack', place: 'radio_room' },
  { cx: 522, cy: 394, w: 52, h: 13, kind: 'barrack', place: 'barrack_pavel' },
  // 3rd lagpunkt (men)
  ...barracks([162, 186], [596, 680]),
  { cx: 620, cy: 210, w: 56, h: 14, kind: 'barrack', place: 'mykola_barrack' },
  { cx: 694, cy: 210, w: 36, h: 14, kind: 'barrack', place: 'barrack_jonas' },
  ...barracks([240, 266, 292, 318], [596, 680]),
  { cx: 640, cy: 370, w: 52, h: 24, kind: 'hall', label: 'dining_hall' },
  ...barracks([404], [596, 680]),
  // Prison zone: the old and the new prison
  { cx: 768, cy: 196, w: 58, h: 38, kind: 'prison', label: 'old_prison' },
  { cx: 806, cy: 346, w: 64, h: 44, kind: 'prison', label: 'new_prison' },
  // Outside
  { cx: 610, cy: 462, w: 38, h: 18, kind: 'guard', place: 'guardhouse' },
  { cx: 646, cy: 530, w: 72, h: 30, kind: 'office', place: 'commission_hq' },
];

/** The prisons' own fences inside the prison zone. */
export const PRISON_YARDS: Rect[] = [
  { x: 732, y: 166, w: 72, h: 62 },
  { x: 764, y: 312, w: 84, h: 72 },
];

/** The commission's compound, outside the zone. */
export const COMPOUND: Rect = { x: 596, y: 502, w: 108, h: 60 };

/** The Kara-Kengir: the centre line of its course, west of the camp (reconstruction). */
export const RIVER: number[] = [
  30, -10, 52, 60, 46, 130, 66, 210, 58, 290, 40, 370, 52, 440, 84, 510, 112, 560, 150, 612,
];
export const RIVER_WIDTH = 16;

/** Houses of the settlement (north-west of the camp, across the road). */
export const SETTLEMENT: Rect = { x: 86, y: 14, w: 170, h: 70 };
/** Construction sites beyond the settlement. */
export const CONSTRUCTION: Rect[] = [
  { x: 268, y: 22, w: 34, h: 22 }, { x: 312, y: 30, w: 28, h: 30 }, { x: 350, y: 18, w: 26, h: 20 },
];
/** Roads: to the main gate and along the fence to the settlement. */
export const ROADS: number[][] = [
  [610, 600, 610, 474],
  [20, 92, 260, 92, 410, 60, 520, 60],
  [126, 470, 540, 470, 590, 462],
];

/** Where the plan's own key sits at small sizes: keep marks light there. */
export const KEY_CORNER: Rect = { x: 0, y: 470, w: 560, h: 130 };

const byId = () => getContent().places;
export function place(id: string): Place | undefined { return byId().get(id); }
export function allPlaces(): readonly Place[] { return [...byId().values()]; }

/** The point a marker or ring sits on for a place (its plan position). */
export function placePoint(id: string): { x: number; y: number } | undefined {
  const p = byId().get(id);
  return p ? { x: p.x, y: p.y } : undefined;
}

/** Radius of the highlight ring: larger for whole zones than for a building. */
export function placeRadius(id: string): number {
  const p = byId().get(id);
  if (!p) return 14;
  if (ZONES.some((z) => z.id === id)) return 34;
  if (p.zone === 'outside') return 24;
  return 16;
}

/** A small deterministic random generator, so the plan draws the same way every time. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function inside(r: Rect, x: number, y: number, pad = 0): boolean {
  return x >= r.x - pad && x <= r.x + r.w + pad && y >= r.y - pad && y <= r.y + r.h + pad;
}
