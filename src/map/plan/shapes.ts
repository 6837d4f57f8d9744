// Small geometry helpers shared by the plan's layers and the legend's symbols.
import type { FillStyle, StrokeStyle } from '../pen.ts';
import { WALL_BOTTOM, WALL_TOP, type Rect } from '../geometry.ts';

export const stroke = (width: number, color: StrokeStyle['color'] = 'ink', alpha?: number): StrokeStyle =>
  alpha === undefined ? { width, color } : { width, color, alpha };
export const fill = (color: FillStyle['color'], alpha?: number): FillStyle => (alpha === undefined ? { color } : { color, alpha });

export function rectPoints(r: Rect): number[] {
  return [r.x, r.y, r.x + r.w, r.y, r.x + r.w, r.y + r.h, r.x, r.y + r.h];
}

/** Diagonal hatching clipped to a rectangle, as segments. */
export function hatch(r: Rect, spacing: number, slope = 1): number[] {
  const out: number[] = [];
  // Lines y = x * slope + c, for c across the range that touches the rectangle.
  const cs = [r.y - (r.x + r.w) * slope, r.y + r.h - r.x * slope, r.y - r.x * slope, r.y + r.h - (r.x + r.w) * slope];
  const cMin = Math.min(...cs), cMax = Math.max(...cs);
  for (let c = cMin + spacing / 2; c < cMax; c += spacing) {
    const pts: [number, number][] = [];
    const add = (x: number, y: number) => {
      if (x >= r.x - 1e-6 && x <= r.x + r.w + 1e-6 && y >= r.y - 1e-6 && y <= r.y + r.h + 1e-6) pts.push([x, y]);
    };
    add(r.x, r.x * slope + c);
    add(r.x + r.w, (r.x + r.w) * slope + c);
    add((r.y - c) / slope, r.y);
    add((r.y + r.h - c) / slope, r.y + r.h);
    if (pts.length >= 2) {
      pts.sort((a, b) => a[0] - b[0]);
      const [a, b] = [pts[0]!, pts[pts.length - 1]!];
      if (Math.hypot(b[0] - a[0], b[1] - a[1]) > 0.5) out.push(a[0], a[1], b[0], b[1]);
    }
  }
  return out;
}

/** Runs of a wall left standing between its gaps. */
export function runs(gaps: [number, number][]): [number, number][] {
  const sorted = [...gaps].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let y = WALL_TOP;
  for (const [a, b] of sorted) {
    if (a > y) out.push([y, a]);
    y = Math.max(y, b);
  }
  if (y < WALL_BOTTOM) out.push([y, WALL_BOTTOM]);
  return out;
}

export function rotated(cx: number, cy: number, w: number, h: number, angle: number, dx = 0): number[] {
  const c = Math.cos(angle), s = Math.sin(angle);
  const corners: [number, number][] = [[dx - w / 2, -h / 2], [dx + w / 2, -h / 2], [dx + w / 2, h / 2], [dx - w / 2, h / 2]];
  return corners.flatMap(([x, y]) => [cx + x * c - y * s, cy + x * s + y * c]);
}

export function arcPoints(cx: number, cy: number, r: number, from: number, to: number, steps = 8): number[] {
  const out: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = from + ((to - from) * i) / steps;
    out.push(cx + Math.cos(a) * r, cy + Math.sin(a) * r);
  }
  return out;
}
