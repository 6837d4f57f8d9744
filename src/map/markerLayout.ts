// Where the map's buttons go, in CSS px (pure): the choice markers on their places, and the
// endnotes grouped into one button per zone (or per place outside the zones) in a strip above
// the plan. Every button is a 44 x 44 px target (WCAG 2.5.5 enhanced; 2.5.8 asks 24), no two
// overlap, a note button never lies on the plan, and a marker keeps clear of the key.
import { ZONES, place, placePoint } from './geometry.ts';
import type { Viewport } from './viewport.ts';
import { toScreen } from './viewport.ts';

/** Side of every map button's hit area, in CSS px. */
export const TARGET = 44;
/** Free space between two buttons. */
export const BUTTON_GAP = 4;
/** Height of the strip above the plan that holds the endnote buttons. */
export const NOTE_STRIP = TARGET + 2 * BUTTON_GAP;

export interface Box { x: number; y: number; w: number; h: number }

export interface NoteCluster {
  /** The zone's id, or the place's id outside the zones (a merged group keeps its first key). */
  key: string;
  /** The places whose notes the button opens, west to east. */
  places: string[];
  /** How many unlocked notes the places hold. */
  count: number;
  /** The button's centre, CSS px. */
  x: number;
  y: number;
}

export interface PlacedMarker { choiceIndex: number; placeId: string; x: number; y: number }

const STEP = TARGET + BUTTON_GAP;
const INNER_ZONES = new Set(ZONES.map((z) => z.id));

/** A zone's endnotes share one button; outside the zones (the fence, the steppe) each place has its own. */
function groupOf(placeId: string): string {
  const zone = place(placeId)?.zone;
  return zone && INNER_ZONES.has(zone) ? zone : placeId;
}

function groupX(key: string, members: string[]): number {
  const zone = ZONES.find((z) => z.id === key);
  if (zone) return (zone.x0 + zone.x1) / 2;
  return members.reduce((sum, id) => sum + placePoint(id)!.x, 0) / members.length;
}

/**
 * The endnote buttons: one per zone (or place) with notes, in a row above the plan, each under
 * its zone's middle as nearly as the row allows. When the row is too narrow for all of them,
 * the closest neighbours merge into one button until it fits.
 */
export function clusterNotes(counts: ReadonlyMap<string, number>, view: Viewport): NoteCluster[] {
  const groups = new Map<string, string[]>();
  for (const [id, count] of counts) {
    if (count <= 0 || !placePoint(id)) continue;
    const key = groupOf(id);
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  let row = [...groups].map(([key, members]) => ({
    key,
    places: members.sort((a, b) => placePoint(a)!.x - placePoint(b)!.x),
    count: members.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0),
    x: toScreen(view, groupX(key, members), 0).x,
  })).sort((a, b) => a.x - b.x);
  const left = BUTTON_GAP + TARGET / 2, right = view.width - BUTTON_GAP - TARGET / 2;
  const capacity = Math.max(1, Math.floor((right - left) / STEP) + 1);
  while (row.length > capacity) {
    let closest = 0;
    for (let i = 1; i < row.length - 1; i += 1) if (row[i + 1]!.x - row[i]!.x < row[closest + 1]!.x - row[closest]!.x) closest = i;
    const a = row[closest]!, b = row[closest + 1]!;
    const merged = { key: a.key, places: [...a.places, ...b.places], count: a.count + b.count, x: (a.x * a.count + b.x * b.count) / (a.count + b.count) };
    row = [...row.slice(0, closest), merged, ...row.slice(closest + 2)];
  }
  // Spread: push right where two are too close, then back left from the right edge.
  const xs = row.map((c) => Math.min(Math.max(c.x, left), right));
  for (let i = 1; i < xs.length; i += 1) xs[i] = Math.max(xs[i]!, xs[i - 1]! + STEP);
  for (let i = xs.length - 1; i >= 0; i -= 1) xs[i] = Math.min(xs[i]!, i === xs.length - 1 ? right : xs[i + 1]! - STEP);
  // The strip lies right above the plan (fitViewport keeps that room free).
  const y = Math.max(TARGET / 2 + BUTTON_GAP, view.offsetY - NOTE_STRIP / 2);
  return row.map((c, i) => ({ key: c.key, places: c.places, count: c.count, x: xs[i]!, y }));
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const boxAt = (x: number, y: number): Box => ({ x: x - TARGET / 2 - BUTTON_GAP / 2, y: y - TARGET / 2 - BUTTON_GAP / 2, w: STEP, h: STEP });

/**
 * The choice markers: each on its place, several on one place side by side, and moved to the
 * nearest free spot when another marker or a box to `avoid` (the key, the note strip) is there.
 */
export function placeChoiceMarkers(markers: readonly { placeId: string; choiceIndex: number }[], view: Viewport, avoid: readonly Box[] = []): PlacedMarker[] {
  const minX = TARGET / 2 + BUTTON_GAP, maxX = view.width - TARGET / 2 - BUTTON_GAP;
  // Below the note strip, when there is one (it ends where the plan begins).
  const stripBottom = view.top > 0 ? view.offsetY : 0;
  const minY = stripBottom + TARGET / 2 + BUTTON_GAP, maxY = view.height - TARGET / 2 - BUTTON_GAP;
  const clamp = (x: number, y: number) => ({ x: Math.min(Math.max(x, minX), Math.max(minX, maxX)), y: Math.min(Math.max(y, minY), Math.max(minY, maxY)) });
  const taken: Box[] = [...avoid];
  const placed: PlacedMarker[] = [];
  const perPlace = new Map<string, number>();
  for (const m of markers) perPlace.set(m.placeId, (perPlace.get(m.placeId) ?? 0) + 1);
  const seenAt = new Map<string, number>();
  // Nearest first: the spot itself, then rings of one and two buttons round it.
  const offsets: [number, number][] = [[0, 0]];
  for (const ring of [1, 2, 3]) {
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, 1], [1, -1], [-1, -1]] as const) offsets.push([dx * ring * STEP, dy * ring * STEP]);
  }
  for (const m of markers) {
    const point = placePoint(m.placeId);
    if (!point) continue;
    const at = toScreen(view, point.x, point.y);
    const i = seenAt.get(m.placeId) ?? 0;
    seenAt.set(m.placeId, i + 1);
    const start = { x: at.x + (i - ((perPlace.get(m.placeId) ?? 1) - 1) / 2) * STEP, y: at.y };
    const cost = (c: { x: number; y: number }) => taken.reduce((sum, t) => sum + (overlaps(boxAt(c.x, c.y), t) ? 1 : 0), 0);
    let best = clamp(start.x, start.y), bestCost = cost(best);
    for (const [dx, dy] of offsets) {
      if (bestCost === 0) break;
      const candidate = clamp(start.x + dx, start.y + dy);
      const c = cost(candidate);
      if (c < bestCost) { best = candidate; bestCost = c; }
    }
    taken.push(boxAt(best.x, best.y));
    placed.push({ choiceIndex: m.choiceIndex, placeId: m.placeId, x: best.x, y: best.y });
  }
  return placed;
}
