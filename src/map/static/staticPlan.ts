// The static plan: the camp plan as it stands when the story opens, drawn once at build time
// (tools/map/static-plan.ts writes assets/map/plan.svg) from the same data and code as the live
// map: mapStateFrom, drawPlan, layoutLabels, the palette and the English map catalog. The UI shows
// it as an <img> at once, until the live map has drawn (never a blank map pane). Pure: no DOM.
import { MAP_FONT_STACK } from '../fonts.ts';
import { LABEL_PADDING, LINE_EM, layoutLabels, type Label } from '../labels.ts';
import { mapStateFrom } from '../mapState.ts';
import { cssColor, paletteFor, type Palette } from '../palette.ts';
import { drawPlan } from '../plan.ts';
import type { MapTheme } from '../types.ts';
import { fitViewport } from '../viewport.ts';
import { MarkupPen, fmt, tag } from './markupPen.ts';

/**
 * The size (CSS px) the plan is laid out for: about the map pane at 1366x768, so the image shows
 * near 1:1 there and its labels at the live map's sizes (11-13 px); elsewhere it scales.
 */
export const STATIC_PLAN_SIZE = { width: 680, height: 408 } as const;

function labelMarkup(labels: Label[], palette: Palette): string {
  const ink = cssColor(palette.ink);
  return labels.map((label) => {
    let out = tag('rect', { x: label.x, y: label.y, width: label.w, height: label.h, fill: cssColor(palette.labelPaper), 'fill-opacity': 0.9 });
    if (label.leader) {
      const [x1, y1, x2, y2] = label.leader;
      out += tag('line', { x1, y1, x2, y2, stroke: ink, 'stroke-width': 1.2 });
    }
    const x = label.x + LABEL_PADDING.x;
    const lines = label.lines.map((line, i) => tag('tspan', { x, y: label.y + LABEL_PADDING.y + label.fontPx * (0.95 + LINE_EM * i) }, line)).join('');
    return out + tag('text', { x, y: label.y + LABEL_PADDING.y, 'font-size': label.fontPx, fill: cssColor(palette.labelInk) }, lines);
  }).join('');
}

/** The plan on its first day as a standalone SVG document (the same text on every run). */
export function staticPlanSvg(theme: MapTheme = 'paper'): string {
  const state = mapStateFrom({});
  const palette = paletteFor(state.tint, theme);
  const view = fitViewport(STATIC_PLAN_SIZE.width, STATIC_PLAN_SIZE.height, 0, 1);
  const pen = new MarkupPen(palette);
  drawPlan(pen, state, { unitsPerPixel: 1 / view.scale, plain: palette.plain });
  const labels = layoutLabels(state, view, null);
  const { width, height } = view;
  const plan = tag('g', { transform: `translate(${fmt(view.offsetX)} ${fmt(view.offsetY)}) scale(${fmt(view.scale)})` }, pen.markup());
  const lettering = tag('g', { 'font-family': MAP_FONT_STACK }, labelMarkup(labels, palette));
  const body = tag('rect', { width, height, fill: cssColor(palette.paper) }) + plan + lettering;
  return `${tag('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height }, body)}\n`;
}
