// The static plan: the camp plan as it stands when the story opens, drawn once at build time
// (tools/map/static-plan.mjs writes assets/map/plan.svg and plan-labels.json) from the same data
// and code as the live map: mapStateFrom, drawPlan, layoutLabels, the palette and the English map
// catalog. The UI shows the image at once with the labels as DOM text over it (so they follow the
// reader's text size), until the live map has drawn (never a blank map pane). Pure: no DOM.
import { layoutLabels, type Label } from '../labels.ts';
import { mapStateFrom } from '../mapState.ts';
import { cssColor, paletteFor } from '../palette.ts';
import { drawPlan } from '../plan.ts';
import type { MapTheme } from '../types.ts';
import { fitViewport } from '../viewport.ts';
import { MarkupPen, fmt, tag } from './markupPen.ts';

/**
 * The size (CSS px) the plan is laid out for: about the map pane at 1366x768, so the image shows
 * near 1:1 there and its labels at the live map's sizes (11-13 px); elsewhere it scales.
 */
export const STATIC_PLAN_SIZE = { width: 680, height: 408 } as const;

/** A label of the static plan, laid over the image as DOM text (src/ui/staticPlan.ts). */
export interface StaticLabel {
  id: string;
  lines: string[];
  kind: Label['kind'];
  /** The label's centre, in % of the plan's width and height: the box grows round it with the text size. */
  x: number;
  y: number;
  /** The type size in rem at the default text size (the live map's px / 16): rem follows the text-size setting. */
  rem: number;
}

/** The labels and their colours in each theme, as the UI lays them over the label-free image. */
export interface StaticPlanLabels {
  width: number;
  height: number;
  colours: Record<MapTheme, { paper: string; ink: string }>;
  /** Most important first: where two would overlap at a larger text size, the later one gives way. */
  labels: StaticLabel[];
}

const round = (value: number, places = 3): number => Number(value.toFixed(places));

/** The live map's label layout at the plan's size, as data (the same on every run). */
export function staticPlanLabels(): StaticPlanLabels {
  const state = mapStateFrom({});
  const view = fitViewport(STATIC_PLAN_SIZE.width, STATIC_PLAN_SIZE.height, 0, 1);
  const colours = (theme: MapTheme) => {
    const palette = paletteFor(state.tint, theme);
    return { paper: cssColor(palette.labelPaper), ink: cssColor(palette.labelInk) };
  };
  return {
    width: view.width, height: view.height,
    colours: { paper: colours('paper'), contrast: colours('contrast') },
    labels: layoutLabels(state, view, null).map((label) => ({
      id: label.id, lines: label.lines, kind: label.kind,
      x: round(((label.x + label.w / 2) / view.width) * 100), y: round(((label.y + label.h / 2) / view.height) * 100),
      rem: round(label.fontPx / 16, 4),
    })),
  };
}

/**
 * The plan on its first day as a standalone SVG document (the same text on every run), without
 * its labels: those are DOM text over it (staticPlanLabels), so they follow the text size.
 */
export function staticPlanSvg(theme: MapTheme = 'paper'): string {
  const state = mapStateFrom({});
  const palette = paletteFor(state.tint, theme);
  const view = fitViewport(STATIC_PLAN_SIZE.width, STATIC_PLAN_SIZE.height, 0, 1);
  const pen = new MarkupPen(palette);
  drawPlan(pen, state, { unitsPerPixel: 1 / view.scale, plain: palette.plain });
  const { width, height } = view;
  const plan = tag('g', { transform: `translate(${fmt(view.offsetX)} ${fmt(view.offsetY)}) scale(${fmt(view.scale)})` }, pen.markup());
  const body = tag('rect', { width, height, fill: cssColor(palette.paper) }) + plan;
  return `${tag('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height }, body)}\n`;
}
