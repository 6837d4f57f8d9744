// The plan's typed labels: which show at the container's size, where, and in what words.
// Labels keep a constant size on screen (12-14 CSS px and more on a large plan, PT Mono) whatever the plan's scale, and
// a label that would overlap a more important one is left out. PT Mono is monospaced, so the
// layout measures text without a canvas: both renderers draw exactly these boxes. Pure.
import type { MapState } from './mapState.ts';
import { BUILDINGS, GATES, PERIMETER, ZONES, place, placeRadius, type Building } from './geometry.ts';
import type { Detail, Viewport } from './viewport.ts';
import { toScreen } from './viewport.ts';
import { mapStrings } from './strings.ts';

/** Advance width of PT Mono (and common monospace fallbacks), in em. */
export const CHAR_EM = 0.6;
export const LINE_EM = 1.2;
const PAD_X = 3;
const PAD_Y = 1.5;

export type LabelKind = 'zone' | 'place' | 'mark';

export interface Label {
  id: string;
  lines: string[];
  kind: LabelKind;
  /** The highlighted place's label: drawn with a frame (not colour alone). */
  emphasis: boolean;
  fontPx: number;
  /** The label's box, in CSS pixels from the container's top left. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** A leader line (CSS px) from the box to its place, when the label had to move away. */
  leader?: [number, number, number, number];
}

type Anchor = 'center' | 'below' | 'above-left' | 'above-center';

interface LabelSpec {
  id: string;
  /** Place id this label names, if any (for the highlight). */
  place?: string;
  full: string[];
  medium?: string[];
  small?: string[];
  x: number;
  y: number;
  /** Where the label goes at the small detail level, if elsewhere. */
  smallAt?: { x: number; y: number; anchor: Anchor };
  anchor: Anchor;
  priority: number;
  kind: LabelKind;
  /** Smallest detail level at which the label shows (the highlight always shows). */
  from: Detail;
  /** Only when this layer is visible. */
  layer?: MapState['layers'][number];
  /** Not when this layer is visible (another label replaces it). */
  hiddenBy?: MapState['layers'][number];
}

const rank: Record<Detail, number> = { small: 0, medium: 1, full: 2 };

function buildingLabel(b: Building, priority: number, medium?: string[]): LabelSpec | null {
  const p = b.place ? place(b.place) : undefined;
  const text = p?.label ?? (b.label ? mapStrings().buildings[b.label] : undefined);
  if (!text) return null;
  return {
    id: b.place ?? `building_${b.cx}_${b.cy}`, ...(b.place ? { place: b.place } : {}),
    full: [text], ...(medium ? { medium } : {}),
    x: b.cx, y: b.cy + b.h / 2 + 1.5, anchor: 'below', priority, kind: 'place', from: 'medium',
  };
}

function specs(): LabelSpec[] {
  const words = mapStrings();
  const shortNames = words.shortNames;
  const out: LabelSpec[] = [];
  for (const z of ZONES) {
    const x = (z.x0 + z.x1) / 2;
    out.push({
      id: z.id, place: z.id, full: words.zones[z.id].full, small: words.zones[z.id].short, x, y: 138,
      ...(z.shortAtBottom ? { smallAt: { x, y: 424, anchor: 'above-center' as const } } : {}),
      anchor: 'center', priority: 90, kind: 'zone', from: 'small',
    });
  }
  for (const b of BUILDINGS) {
    const important = b.place === 'guardhouse' || b.place === 'commission_hq';
    const spec = buildingLabel(b, important ? 60 : b.kind === 'prison' ? 45 : 40, b.place ? shortNames[b.place] : undefined);
    if (!spec) continue;
    if (important) out.push({ ...spec, from: 'small', small: shortNames[b.place!] ?? spec.full });
    else if (b.place === 'stores') {
      out.push({ ...spec, hiddenBy: 'hunger' });
      // The hunger days: the same label, saying the stores are empty, at every size.
      out.push({ ...spec, id: 'stores_empty', full: words.storesEmpty.full, small: words.storesEmpty.short, medium: words.storesEmpty.short, priority: 80, kind: 'mark', from: 'small', layer: 'hunger' });
    } else out.push(spec);
  }
  const outside = (id: string, x: number, y: number, priority: number, from: Detail, small?: string[], anchor: Anchor = 'center'): void => {
    const p = place(id);
    if (p) out.push({ id, place: id, full: [p.label], ...(small ? { small, medium: small } : {}), x, y, anchor, priority, kind: 'place', from });
  };
  outside('settlement', 171, 50, 62, 'small', shortNames.settlement);
  outside('construction', 326, 68, 50, 'medium', shortNames.construction);
  outside('river', 60, 470, 58, 'small', shortNames.river);
  outside('steppe', 900, 520, 55, 'small');
  // Jonas's places without a building of their own (issue 14): the barricade before the 3rd's
  // guardhouse, a loudspeaker pole, the kite fliers' roof, the ore plant outside.
  outside('barricade_l3', 650, 430, 42, 'medium', shortNames.barricade_l3);
  outside('loudspeaker_pole', 600, 340, 34, 'full', shortNames.loudspeaker_pole);
  outside('roof_l3', 690, 304, 33, 'full', shortNames.roof_l3);
  outside('ore_plant', 460, 56, 48, 'medium', shortNames.ore_plant);
  outside('fire_zone', 500, 108, 35, 'full');
  outside('watchtower', 868, 92, 30, 'full', undefined, 'above-left');
  const yardGate = GATES[0]!;
  out.push({
    id: 'gate_service_yard', full: [words.gate], x: (yardGate.x0 + yardGate.x1) / 2, y: PERIMETER.y + PERIMETER.h + 5,
    anchor: 'below', priority: 32, kind: 'mark', from: 'full',
  });
  return out;
}


export interface FontSizes { zone: number; place: number; emphasis: number }
/** Type sizes in CSS px: 12 at the least; larger on a big plan (a 4K screen, a projector). */
export function fontSizes(detail: Detail, scale = 1, textScale = 1): FontSizes {
  // At least 12 px at every size (issue 16: legible on a phone too, and at kiosk distance).
  const base = detail === 'full' ? { zone: 13, place: 12, emphasis: 14 }
    : detail === 'medium' ? { zone: 13, place: 12, emphasis: 14 }
      : { zone: 12, place: 12, emphasis: 13 };
  const reader = Number.isFinite(textScale) && textScale > 0 ? Math.min(2, Math.max(1, textScale)) : 1;
  const boost = Math.min(1.6, Math.max(1, scale / 1.4)) * reader;
  return { zone: Math.round(base.zone * boost), place: Math.round(base.place * boost), emphasis: Math.round(base.emphasis * boost) };
}

export function measure(lines: string[], fontPx: number): { w: number; h: number } {
  const chars = Math.max(...lines.map((l) => l.length));
  return { w: chars * CHAR_EM * fontPx + 2 * PAD_X, h: lines.length * LINE_EM * fontPx + 2 * PAD_Y };
}

export const LABEL_PADDING = { x: PAD_X, y: PAD_Y };

interface Box { x: number; y: number; w: number; h: number }
const overlaps = (a: Box, b: Box, gap = 1): boolean =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The labels to draw for a state at a viewport, most important first. `avoid` lists boxes (CSS
 * px) that labels must keep clear of, such as the key in the corner.
 */
export interface LabelOptions {
  /** Boxes (CSS px) the labels keep clear of: the key over the plan's corner, the buttons. */
  avoid?: Box[];
  /** Places with a choice marker: their labels move down, out from under the marker. */
  markerPlaces?: ReadonlySet<string>;
  /** The reader's text size (the page's --text-scale, 1 = 100 %): labels grow with it. */
  textScale?: number;
}

export function layoutLabels(state: MapState, view: Viewport, highlight: string | null, options: LabelOptions = {}): Label[] {
  const avoid = options.avoid ?? [];
  const markerPlaces = options.markerPlaces ?? new Set<string>();
  const sizes = fontSizes(view.detail, view.scale, options.textScale);
  const visible = new Set<string>(state.layers);
  const candidates: (LabelSpec & { emphasis: boolean })[] = [];
  let highlighted = false;
  // The specs are read on every layout (a few dozen objects), not once: their words follow the
  // active language (the map catalog and the places' labels), which can change after this loads.
  for (const spec of specs()) {
    if (spec.layer && !visible.has(spec.layer)) continue;
    if (spec.hiddenBy && visible.has(spec.hiddenBy)) continue;
    const emphasis = highlight !== null && spec.place === highlight;
    if (emphasis) highlighted = true;
    if (!emphasis && rank[spec.from] > rank[view.detail]) continue;
    candidates.push({ ...spec, emphasis });
  }
  // A highlighted place with no label of its own (a wall, a marker-only place) gets one.
  if (highlight && !highlighted) {
    const p = place(highlight);
    if (p) candidates.push({ id: p.id, place: p.id, full: [p.label], x: p.x, y: p.y + 14, anchor: 'below', priority: 100, kind: 'place', from: 'small', emphasis: true });
  }
  // Zone names first, then the highlighted place's label (which always shows, and finds a spot
  // clear of them), then the rest by importance.
  const rankOf = (c: (typeof candidates)[number]) => (c.emphasis && c.kind !== 'zone' ? 85 : c.priority);
  candidates.sort((a, b) => rankOf(b) - rankOf(a));

  const placed: Label[] = [];
  const taken: Box[] = [...avoid];
  for (const c of candidates) {
    const lines = (view.detail === 'small' ? c.small ?? c.medium : view.detail === 'medium' ? c.medium : undefined) ?? c.full;
    const fontPx = c.emphasis ? sizes.emphasis : c.kind === 'zone' ? sizes.zone : sizes.place;
    const size = measure(lines, fontPx);
    const spot = view.detail === 'small' && c.smallAt ? c.smallAt : c;
    const at = toScreen(view, spot.x, spot.y);
    // The highlighted label clears its place's ring (drawn at least 21 px round, plus 5 px).
    if (c.emphasis && c.place && spot.anchor === 'below') {
      const point = place(c.place);
      if (point) at.y = Math.max(at.y, toScreen(view, point.x, point.y).y + Math.max(placeRadius(c.place) * view.scale, 21) + 8);
    }
    const box: Box = spot.anchor === 'center' ? { x: at.x - size.w / 2, y: at.y - size.h / 2, ...size }
      : spot.anchor === 'below' ? { x: at.x - size.w / 2, y: at.y, ...size }
        : spot.anchor === 'above-center' ? { x: at.x - size.w / 2, y: at.y - size.h, ...size }
          : { x: at.x - size.w, y: at.y - size.h, ...size };
    // Out from under a marker button on the same place (about 15 px round its point).
    if (c.place && markerPlaces.has(c.place)) {
      const point = place(c.place);
      if (point) {
        const pt = toScreen(view, point.x, point.y);
        const marker = { x: pt.x - 17, y: pt.y - 17, w: 34, h: 34 };
        if (overlaps(box, marker, 0)) box.y = pt.y + 18;
      }
    }
    const keepOnSheet = (b: Box): Box => ({
      ...b,
      x: Math.min(Math.max(b.x, 2), Math.max(2, view.width - b.w - 2)),
      y: Math.min(Math.max(b.y, 2), Math.max(2, view.height - b.h - 2)),
    });
    let chosen = keepOnSheet(box);
    let leader: Label['leader'];
    if (c.emphasis) {
      // The highlighted place's label always shows: put it where it covers the least.
      const p = c.place ? place(c.place) : undefined;
      if (p && taken.some((t) => overlaps(chosen, t))) {
        const pt = toScreen(view, p.x, p.y);
        const spots: Box[] = [chosen];
        for (const d of [20, 46]) {
          spots.push(
            { x: pt.x - size.w / 2, y: pt.y + d, ...size }, { x: pt.x - size.w / 2, y: pt.y - d - size.h, ...size },
            { x: pt.x + d, y: pt.y - size.h / 2, ...size }, { x: pt.x - d - size.w, y: pt.y - size.h / 2, ...size },
            { x: pt.x + d * 0.7, y: pt.y + d * 0.7, ...size }, { x: pt.x - d * 0.7 - size.w, y: pt.y + d * 0.7, ...size },
          );
        }
        const cost = (b: Box) => taken.reduce((sum, t) => sum + overlapArea(b, t), 0);
        chosen = spots.map(keepOnSheet).reduce((best, b) => (cost(b) < cost(best) ? b : best));
        // Point from the nearest edge of the box towards the place, stopping short of its ring.
        const ex = Math.min(Math.max(pt.x, chosen.x), chosen.x + chosen.w);
        const ey = Math.min(Math.max(pt.y, chosen.y), chosen.y + chosen.h);
        const dist = Math.hypot(pt.x - ex, pt.y - ey);
        if (dist > 26) {
          const stop = (dist - 22) / dist;
          leader = [ex, ey, ex + (pt.x - ex) * stop, ey + (pt.y - ey) * stop];
        }
      }
    } else if (taken.some((t) => overlaps(chosen, t))) continue;
    taken.push(chosen);
    placed.push({ id: c.id, lines, kind: c.kind, emphasis: c.emphasis, fontPx, ...chosen, ...(leader ? { leader } : {}) });
  }
  return placed;
}
