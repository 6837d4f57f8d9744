// The plan's typed labels: which show at the container's size, where, and in what words.
// Labels keep a constant size on screen (11-14 CSS px, PT Mono) whatever the plan's scale, and
// a label that would overlap a more important one is left out. PT Mono is monospaced, so the
// layout measures text without a canvas: both renderers draw exactly these boxes. Pure.
import type { MapState } from './mapState.ts';
import { BUILDINGS, GATES, PERIMETER, ZONES, place, type Building } from './geometry.ts';
import type { Detail, Viewport } from './viewport.ts';
import { toScreen } from './viewport.ts';

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
}

type Anchor = 'center' | 'below' | 'above-left';

interface LabelSpec {
  id: string;
  /** Place id this label names, if any (for the highlight). */
  place?: string;
  full: string[];
  medium?: string[];
  small?: string[];
  x: number;
  y: number;
  anchor: Anchor;
  priority: number;
  kind: LabelKind;
  /** Smallest detail level at which the label shows (the highlight always shows). */
  from: Detail;
  /** Only when this layer is visible. */
  layer?: MapState['layers'][number];
}

const rank: Record<Detail, number> = { small: 0, medium: 1, full: 2 };

function buildingLabel(b: Building, priority: number, medium?: string[]): LabelSpec | null {
  const p = b.place ? place(b.place) : undefined;
  const text = p?.label ?? b.label;
  if (!text) return null;
  return {
    id: b.place ?? `building_${b.cx}_${b.cy}`, ...(b.place ? { place: b.place } : {}),
    full: [text], ...(medium ? { medium } : {}),
    x: b.cx, y: b.cy + b.h / 2 + 1.5, anchor: 'below', priority, kind: 'place', from: 'medium',
  };
}

const shortNames: Record<string, string[]> = {
  women_barrack: ['Halyna\u2019s barrack'],
  sewing_workshop: ['Sewing workshop'],
  tech_rooms: ['Technical Dept.'],
  dining_hall_2: ['Dining hall'],
  meeting_hall: ['Dining hall'],
  mykola_barrack: ['Mykola\u2019s barrack'],
  guardhouse: ['Guardhouse'],
  commission_hq: ['Commission HQ'],
  stores: ['Food stores'],
};

function specs(): LabelSpec[] {
  const out: LabelSpec[] = [];
  for (const z of ZONES) {
    out.push({
      id: z.id, place: z.id, full: z.label, small: z.short, x: (z.x0 + z.x1) / 2, y: 138,
      anchor: 'center', priority: 90, kind: 'zone', from: 'small',
    });
  }
  for (const b of BUILDINGS) {
    const important = b.place === 'guardhouse' || b.place === 'commission_hq';
    const spec = buildingLabel(b, important ? 60 : b.kind === 'prison' ? 45 : 40, b.place ? shortNames[b.place] : undefined);
    if (spec) out.push(important ? { ...spec, from: 'small', small: shortNames[b.place!] ?? spec.full } : spec);
  }
  const outside = (id: string, x: number, y: number, priority: number, from: Detail, small?: string[], anchor: Anchor = 'center'): void => {
    const p = place(id);
    if (p) out.push({ id, place: id, full: [p.label], ...(small ? { small, medium: small } : {}), x, y, anchor, priority, kind: 'place', from });
  };
  outside('settlement', 171, 50, 62, 'small', ['Settlement']);
  outside('construction', 326, 68, 50, 'medium', ['Construction']);
  outside('river', 60, 470, 58, 'small', ['River']);
  outside('steppe', 900, 520, 55, 'small');
  outside('fire_zone', 500, 108, 35, 'full');
  outside('watchtower', 868, 92, 30, 'full', undefined, 'above-left');
  const yardGate = GATES[0]!;
  out.push({
    id: 'gate_service_yard', full: ['Gate'], x: (yardGate.x0 + yardGate.x1) / 2, y: PERIMETER.y + PERIMETER.h + 5,
    anchor: 'below', priority: 32, kind: 'mark', from: 'full',
  });
  out.push({
    id: 'hunger_mark', full: ['Stores empty'], x: 364, y: 318, anchor: 'above-left',
    priority: 80, kind: 'mark', from: 'small', layer: 'hunger',
  });
  return out;
}

const SPECS = specs();

export interface FontSizes { zone: number; place: number; emphasis: number }
export function fontSizes(detail: Detail): FontSizes {
  return detail === 'full' ? { zone: 13, place: 12, emphasis: 14 }
    : detail === 'medium' ? { zone: 12, place: 11, emphasis: 13 }
      : { zone: 11, place: 11, emphasis: 12 };
}

export function measure(lines: string[], fontPx: number): { w: number; h: number } {
  const chars = Math.max(...lines.map((l) => l.length));
  return { w: chars * CHAR_EM * fontPx + 2 * PAD_X, h: lines.length * LINE_EM * fontPx + 2 * PAD_Y };
}

export const LABEL_PADDING = { x: PAD_X, y: PAD_Y };

interface Box { x: number; y: number; w: number; h: number }
const overlaps = (a: Box, b: Box, gap = 1): boolean =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/**
 * The labels to draw for a state at a viewport, most important first. `avoid` lists boxes (CSS
 * px) that labels must keep clear of, such as the key in the corner.
 */
export function layoutLabels(state: MapState, view: Viewport, highlight: string | null, avoid: Box[] = []): Label[] {
  const sizes = fontSizes(view.detail);
  const visible = new Set<string>(state.layers);
  const candidates: (LabelSpec & { emphasis: boolean })[] = [];
  let highlighted = false;
  for (const spec of SPECS) {
    if (spec.layer && !visible.has(spec.layer)) continue;
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
  candidates.sort((a, b) => Number(b.emphasis) - Number(a.emphasis) || b.priority - a.priority);

  const placed: Label[] = [];
  const taken: Box[] = [...avoid];
  for (const c of candidates) {
    const lines = (view.detail === 'small' ? c.small ?? c.medium : view.detail === 'medium' ? c.medium : undefined) ?? c.full;
    const fontPx = c.emphasis ? sizes.emphasis : c.kind === 'zone' ? sizes.zone : sizes.place;
    const size = measure(lines, fontPx);
    const at = toScreen(view, c.x, c.y);
    const box: Box = c.anchor === 'center' ? { x: at.x - size.w / 2, y: at.y - size.h / 2, ...size }
      : c.anchor === 'below' ? { x: at.x - size.w / 2, y: at.y, ...size }
        : { x: at.x - size.w, y: at.y - size.h, ...size };
    // Keep labels on the sheet.
    box.x = Math.min(Math.max(box.x, 2), Math.max(2, view.width - box.w - 2));
    box.y = Math.min(Math.max(box.y, 2), Math.max(2, view.height - box.h - 2));
    if (!c.emphasis && taken.some((t) => overlaps(box, t))) continue;
    taken.push(box);
    placed.push({ id: c.id, lines, kind: c.kind, emphasis: c.emphasis, fontPx, ...box });
  }
  return placed;
}
