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
  /** The key sits below the plan (true) or over its lower left corner (false). */
  keyBelow: boolean;
  /** CSS px kept free above the plan: the strip of endnote buttons (overlay.ts). */
  top: number;
}

/** Height (CSS px) below the key at which the legend is shown open. */
export const LEGEND_ROOM = 200;

export function detailFor(scale: number): Detail {
  return scale >= 0.8 ? 'full' : scale >= 0.5 ? 'medium' : 'small';
}

/**
 * Fit the whole sheet (1000 x 600 plan units) into the container, with room below it for the key
 * (`keyHeight` CSS px) unless that would shrink the plan by more than 15%: then the key lies over
 * the plan's lower left corner. The plan and key (and the open legend, `legendHeight` CSS px,
 * when it fits) are centred together, with `topRoom` CSS px kept free right above the plan (the
 * endnote strip: its buttons never lie on the plan).
 */
export function fitViewport(width: number, height: number, keyHeight: number, dpr: number, topRoom = 0, legendHeight = LEGEND_ROOM): Viewport {
  const top = Math.max(0, Math.min(topRoom, height / 3));
  const w = Math.max(1, width), h = Math.max(1, height - top);
  const fit = (room: number) => Math.max(0.05, Math.min(w / WORLD.width, room / WORLD.height));
  const whole = fit(h);
  const withKey = fit(h - keyHeight);
  const keyBelow = keyHeight > 0 && withKey >= whole * 0.85;
  const scale = keyBelow ? withKey : whole;
  const planH = WORLD.height * scale;
  const spare = h - planH - (keyBelow ? keyHeight : 0);
  // With room for the legend too (a tall pane beside the story), the legend unfolds under the
  // key and plan, key and legend are centred together; otherwise plan and key are.
  const legend = Math.max(0, legendHeight);
  // (With a margin: the key then has at least `legend` px below it, as overlay.ts asks to unfold.)
  const roomy = keyBelow && spare >= legend + 20;
  return {
    width: w, height: h + top, scale,
    offsetX: (w - WORLD.width * scale) / 2,
    offsetY: top + Math.max(0, (roomy ? spare - legend : spare) / 2),
    detail: detailFor(scale),
    dpr: dpr > 0 && Number.isFinite(dpr) ? dpr : 1,
    keyBelow,
    top,
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
    && a.keyBelow === b.keyBelow && a.top === b.top && Math.abs(a.scale - b.scale) < 1e-9 && Math.abs(a.offsetY - b.offsetY) < 1e-6;
}
