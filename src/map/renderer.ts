// What a renderer of the plan is asked to do. Two implement it: Phaser (WebGL, or Canvas when
// WebGL is missing) and the SVG plan used when Phaser cannot start. Both draw the same Frame.
import type { Label } from './labels.ts';
import type { MapState } from './mapState.ts';
import type { Palette } from './palette.ts';
import type { Pen } from './pen.ts';
import type { RendererName } from './types.ts';
import type { Viewport } from './viewport.ts';

/** The highlighted place's ring, and the small rings under the choice markers. */
export interface Focus {
  ring: { x: number; y: number; r: number } | null;
  markers: { x: number; y: number }[];
}

export interface Frame {
  state: MapState;
  palette: Palette;
  view: Viewport;
  labels: Label[];
  focus: Focus;
}

/** What changed since the last frame; `fade`: the caller cross-fades from a snapshot. */
export interface Changes { plan: boolean; labels: boolean; focus: boolean; fade: boolean }

export interface PlanRenderer {
  readonly name: RendererName;
  render(frame: Frame, changes: Changes): void;
  /** A copy of what is drawn now (for a cross-fade), or null if none can be made. */
  snapshot(): HTMLElement | SVGElement | null;
  destroy(): void;
}

/** The highlight ring: a heavy ring and a thin outer one (shape, not colour alone). */
export function drawRing(pen: Pen, radius: number, unitsPerPixel: number): void {
  const w = (px: number) => px * unitsPerPixel;
  // Never smaller than a marker button, so the ring shows round a marker on the same place.
  const r = Math.max(radius, w(21));
  pen.circle(0, 0, r, undefined, { width: w(4.5), color: 'labelPaper', alpha: 0.9 });
  pen.circle(0, 0, r, undefined, { width: w(2.2), color: 'ink' });
  pen.circle(0, 0, r + w(5), undefined, { width: w(1), color: 'ink' });
}

/** A small dashed ring under each choice marker. */
export function drawMarkerRings(pen: Pen, markers: Focus['markers'], unitsPerPixel: number): void {
  const r = 17 * unitsPerPixel;
  const segs: number[] = [];
  for (const m of markers) {
    for (let i = 0; i < 12; i += 2) {
      const a0 = (i / 12) * Math.PI * 2, a1 = ((i + 1) / 12) * Math.PI * 2;
      segs.push(m.x + Math.cos(a0) * r, m.y + Math.sin(a0) * r, m.x + Math.cos(a1) * r, m.y + Math.sin(a1) * r);
    }
  }
  if (segs.length) pen.segments(segs, { width: 1.4 * unitsPerPixel, color: 'ink' });
}

/** The cross-fade from one state of the plan to the next (the tint shifting with the time). */
export const FADE_MS = 1200;
