// The one pen both renderers draw with. The plan (plan.ts) describes its marks through this
// interface; the Phaser renderer turns them into Graphics commands, the fallback plan into SVG.
// Coordinates are plan units (0..1000 x 0..600); colours are palette keys, so a new time of day
// is a redraw with another palette. Pure: no Phaser, no DOM.
import type { Palette } from './palette.ts';

export type InkKey = Exclude<keyof Palette, 'dark' | 'plain'>;

export interface StrokeStyle { width: number; color: InkKey; alpha?: number }
export interface FillStyle { color: InkKey; alpha?: number }

export interface Pen {
  /** Marks after this call belong to the named layer (a Phaser Graphics, an SVG group). */
  layer(name: string): void;
  /** Separate straight segments, drawn as one path: [x1, y1, x2, y2, x1, y1, x2, y2, ...]. */
  segments(coords: number[], stroke: StrokeStyle): void;
  /** A connected line through the points [x, y, x, y, ...]; closed joins the last to the first. */
  polyline(points: number[], stroke: StrokeStyle, closed?: boolean): void;
  polygon(points: number[], fill?: FillStyle, stroke?: StrokeStyle): void;
  rect(x: number, y: number, w: number, h: number, fill?: FillStyle, stroke?: StrokeStyle): void;
  circle(x: number, y: number, r: number, fill?: FillStyle, stroke?: StrokeStyle): void;
}

/** Cut a polyline into dashes; returns segments for Pen.segments. */
export function dashed(points: number[], dash: number, gap: number): number[] {
  const out: number[] = [];
  let on = true;
  let left = dash;
  for (let i = 0; i + 3 < points.length; i += 2) {
    let x = points[i]!, y = points[i + 1]!;
    const x2 = points[i + 2]!, y2 = points[i + 3]!;
    let len = Math.hypot(x2 - x, y2 - y);
    const ux = len > 0 ? (x2 - x) / len : 0, uy = len > 0 ? (y2 - y) / len : 0;
    while (len > 0) {
      const step = Math.min(left, len);
      const nx = x + ux * step, ny = y + uy * step;
      if (on) out.push(x, y, nx, ny);
      x = nx; y = ny; len -= step; left -= step;
      if (left <= 1e-9) { on = !on; left = on ? dash : gap; }
    }
  }
  return out;
}

/** A pen that only records what it is asked to draw (tests, and counting marks per layer). */
export class RecordingPen implements Pen {
  readonly marks: { layer: string; kind: string; color?: InkKey; size: number }[] = [];
  private current = '';
  layer(name: string): void { this.current = name; }
  segments(coords: number[], stroke: StrokeStyle): void {
    this.marks.push({ layer: this.current, kind: 'segments', color: stroke.color, size: coords.length / 4 });
  }
  polyline(points: number[], stroke: StrokeStyle): void {
    this.marks.push({ layer: this.current, kind: 'polyline', color: stroke.color, size: points.length / 2 });
  }
  polygon(points: number[], fill?: FillStyle, stroke?: StrokeStyle): void {
    this.marks.push({ layer: this.current, kind: 'polygon', color: (fill ?? stroke)?.color, size: points.length / 2 });
  }
  rect(_x: number, _y: number, _w: number, _h: number, fill?: FillStyle, stroke?: StrokeStyle): void {
    this.marks.push({ layer: this.current, kind: 'rect', color: (fill ?? stroke)?.color, size: 1 });
  }
  circle(_x: number, _y: number, _r: number, fill?: FillStyle, stroke?: StrokeStyle): void {
    this.marks.push({ layer: this.current, kind: 'circle', color: (fill ?? stroke)?.color, size: 1 });
  }
  layers(): string[] { return [...new Set(this.marks.map((m) => m.layer))]; }
}
