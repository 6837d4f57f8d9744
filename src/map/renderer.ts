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

/** What changed since the last frame; `fade`: cross-fade the plan, `ring`: let the ring settle. */
export interface Changes { plan: boolean; labels: boolean; focus: boolean; fade: boolean; ring: boolean }

export interface PlanRenderer {
  readonly name: RendererName;
  render(frame: Frame, changes: Changes): void;
  /** Stop any animation now and show the end state. */
  finishAnimations(): void;
  destroy(): void;
}

/** The highlight ring: a heavy ring and a thin outer one (shape, not colour alone). */
export function drawRing(pen: Pen, r: number, unitsPerPixel: number): void {
  const w = (px: number) => px * unitsPerPixel;
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

/** Ease in and out, for the slow, quiet transitions. */
export function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 0.5 - Math.cos(Math.PI * c) / 2;
}

export const FADE_MS = 900;
export const RING_MS = 450;
