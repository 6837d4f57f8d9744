// The reconstruction plan, drawn through a Pen: one function per layer, each named as in
// mapState.ts's LayerNames. The Phaser renderer and the SVG fallback both call drawPlan, so
// the two always show the same marks. Pure: no Phaser, no DOM. The layers are in plan/: the base
// plan and walls (base.ts), the marks of the forty days and the weather (marks.ts) with their
// positions (data.ts), and the legend's symbols (legend.ts).
import type { LayerName, MapState } from './mapState.ts';
import type { Pen } from './pen.ts';
import { drawBase, drawWalls } from './plan/base.ts';
import type { Draw, DrawOptions } from './plan/draw.ts';
import {
  drawBalloons, drawBarricades, drawDust, drawHeat, drawHunger, drawKites, drawLoudspeakers, drawPickets, drawRain,
  drawSearchlights, drawTanks, drawWind,
} from './plan/marks.ts';

export type { DrawOptions } from './plan/draw.ts';
export { LEGEND, legendFor, type LegendEntry } from './plan/legend.ts';

/** Draw every visible layer of the state, in order. */
export function drawPlan(pen: Pen, state: MapState, options: DrawOptions): void {
  const hairline = 0.9 * options.unitsPerPixel;
  const line = (w: number) => Math.max(w, hairline);
  for (const name of state.layers) {
    pen.layer(name);
    layerDrawers[name](pen, state, line, options);
  }
}

const layerDrawers: Record<LayerName, Draw> = {
  plan: drawBase,
  'weather-heat': drawHeat,
  'weather-dust': drawDust,
  'weather-wind': drawWind,
  'weather-rain': drawRain,
  'walls-intact': drawWalls('intact'),
  'walls-breached': drawWalls('breached'),
  'walls-rebuilt': drawWalls('rebuilt'),
  'walls-open': drawWalls('open'),
  hunger: drawHunger,
  barricades: drawBarricades,
  pickets: drawPickets,
  loudspeakers: drawLoudspeakers,
  kites: drawKites,
  balloons: drawBalloons,
  searchlights: drawSearchlights,
  tanks: drawTanks,
};
