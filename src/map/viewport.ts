// Where the plan sits in its container: one transform from plan units to CSS pixels, shared by
// the renderer, the label layout and the DOM overlay (markers, note buttons). Pure.
import { WORLD } from './geometry.ts';

/** How much of the plan's lettering fits: small phones, half a laptop screen, large screens. */
export type Detail = 'small' | 'medium' | 'full';

export interface Viewport {
  /** Container size in CSS pixels. */
  width: number;
  height: number;
  /** CSS pixels per plan unit. */
  scale: number;
  /** Where plan point (0, 0) falls, in CSS pixels from the container's top left. */
  offsetX: number;
  offsetY: number;
  detail: Detail;
  /** Device pixels per CSS pixel. */
  dpr: number;
}

export function detailFor(scale: number): Detail {
  return scale >= 0.8 ? 'full' : scale >= 0.5 ? 'medium' : 'small';
}

/**
 * Fit the whole sheet (1000 x 600 plan units) into the container. When the container is taller
 * than the sheet and there is room for the key (`keyHeight` CSS px) below the plan, the plan
 * moves up to make space for it; otherwise it is centred and the key lies over its lower corner.
 */
export function fitViewport(width: number, height: number, keyHeight: number, dpr: number): Viewport {
  const w = Math.max(1, width), h = Math.max(1, height);
  const scale = Math.max(0.05, Math.min(w / WORLD.width, h / WORLD.height));
  const planW = WORLD.width * scale, planH = WORLD.height * scale;
  const spare = h - planH;
  const offsetY = spare >= keyHeight ? Math.max(0, (spare - keyHeight) / 2) : spare / 2;
  return {
    width: w, height: h, scale,
    offsetX: (w - planW) / 2,
    offsetY,
    detail: detailFor(scale),
    dpr: dpr > 0 && Number.isFinite(dpr) ? dpr : 1,
  };
}

export function toScreen(v: Viewport, x: number, y: number): { x: number; y: number } {
  return { x: v.offsetX + x * v.scale, y: v.offsetY + y * v.scale };
}

export function toWorld(v: Viewport, x: number, y: number): { x: number; y: number } {
  return { x: (x - v.offsetX) / v.scale, y: (y - v.offsetY) / v.scale };
}

export function sameViewport(a: Viewport | null, b: Viewport): boolean {
  return !!a && a.width === b.width && a.height === b.height && a.dpr === b.dpr
    && Math.abs(a.scale - b.scale) < 1e-9 && Math.abs(a.offsetY - b.offsetY) < 1e-6;
}
