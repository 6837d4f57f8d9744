// The legend's symbols, each drawn like the mark it explains; the words come from the catalog.
import type { LayerName, MapState } from '../mapState.ts';
import { dashed, type Pen } from '../pen.ts';
import { mapStrings, type LegendId } from '../strings.ts';
import { arcPoints, fill, hatch, rotated, stroke } from './shapes.ts';

// ---- legend symbols ----------------------------------------------------------------------------------

/** Legend entries: a symbol drawn in a 28 x 16 box, and its words (from the map's catalog). */
export interface LegendSymbol { id: LegendId; layer: LayerName | 'always'; draw(pen: Pen): void }
export interface LegendEntry extends LegendSymbol { text: string }

export const LEGEND: LegendSymbol[] = [
  { id: 'perimeter', layer: 'always', draw: (pen) => {
    pen.segments([2, 8, 26, 8], stroke(1.8));
    pen.segments([5, 6, 8, 10, 14, 6, 17, 10, 23, 6, 26, 10], stroke(0.8));
  } },
  { id: 'fire_zone', layer: 'always', draw: (pen) => {
    pen.segments(hatch({ x: 2, y: 3, w: 24, h: 7 }, 4, -1), stroke(0.7, 'rust', 0.7));
    pen.segments([2, 3, 26, 3], stroke(1.6));
    pen.segments(dashed([2, 11, 26, 11], 4, 3), stroke(1.1));
  } },
  { id: 'wall', layer: 'always', draw: (pen) => {
    pen.segments([2, 5, 26, 5, 2, 11, 26, 11], stroke(1));
    pen.segments(hatch({ x: 2, y: 5, w: 24, h: 6 }, 4, -1), stroke(0.8));
  } },
  { id: 'breach', layer: 'walls-breached', draw: (pen) => drawLegendBreach(pen) },
  { id: 'open', layer: 'walls-open', draw: (pen) => drawLegendBreach(pen) },
  { id: 'rebuilt', layer: 'walls-rebuilt', draw: (pen) => {
    pen.segments([2, 5, 10, 5, 2, 11, 10, 11, 18, 5, 26, 5, 18, 11, 26, 11], stroke(1));
    pen.rect(10, 4, 8, 8, fill('paper'), stroke(1.5));
    pen.segments([...hatch({ x: 10, y: 4, w: 8, h: 8 }, 2.6, 1), ...hatch({ x: 10, y: 4, w: 8, h: 8 }, 2.6, -1)], stroke(0.6));
  } },
  { id: 'tower', layer: 'always', draw: (pen) => {
    pen.rect(9, 3, 10, 10, fill('paper'), stroke(1.5));
    pen.segments([9, 3, 19, 13, 19, 3, 9, 13], stroke(0.7));
  } },
  { id: 'gate', layer: 'always', draw: (pen) => {
    pen.segments([2, 8, 8, 8, 20, 8, 26, 8], stroke(1.8));
    pen.segments([8, 5, 8, 11, 20, 5, 20, 11, 12, 6, 12, 10, 16, 6, 16, 10, 8, 8, 20, 8], stroke(1.1));
  } },
  { id: 'building', layer: 'always', draw: (pen) => {
    pen.rect(3, 4, 22, 8, fill('paperShade', 0.1), stroke(1));
  } },
  { id: 'barricade', layer: 'barricades', draw: (pen) => {
    pen.segments([4, 11, 7, 5, 12.5, 11, 15.5, 5, 21, 11, 24, 5], stroke(3));
  } },
  { id: 'picket', layer: 'pickets', draw: (pen) => {
    pen.polygon([14, 3, 19, 12, 9, 12], fill('paper'), stroke(1.3));
    pen.circle(14, 9, 1.1, fill('ink'));
  } },
  { id: 'loudspeaker', layer: 'loudspeakers', draw: (pen) => {
    pen.polygon([6, 6.4, 11, 4, 11, 12, 6, 9.6], fill('paper'), stroke(1.2));
    for (const r of [6, 9.5]) pen.polyline(arcPoints(8, 8, r, -0.6, 0.6, 6), stroke(0.9));
  } },
  { id: 'kite', layer: 'kites', draw: (pen) => {
    pen.polygon([14, 1, 19, 7, 14, 13, 9, 7], fill('paper'), stroke(1.3));
    pen.segments([14, 1, 14, 13, 9, 7, 19, 7], stroke(0.6));
  } },
  { id: 'balloon', layer: 'balloons', draw: (pen) => {
    pen.circle(14, 6, 4.5, fill('paper'), stroke(1.2));
    pen.segments([14, 10.5, 14, 13], stroke(0.7));
  } },
  { id: 'hunger', layer: 'hunger', draw: (pen) => {
    pen.rect(6, 2, 16, 12, fill('paper', 0.6), stroke(1.6));
    pen.segments([6, 2, 22, 14, 22, 2, 6, 14], stroke(1.8, 'rust'));
    pen.segments([6, 2, 22, 14, 22, 2, 6, 14], stroke(0.6));
  } },
  { id: 'searchlight', layer: 'searchlights', draw: (pen) => {
    pen.polygon([3, 8, 26, 1, 26, 15], fill('light', 0.35));
    pen.circle(4, 8, 2.2, fill('light'), stroke(0.8));
  } },
  { id: 'tank', layer: 'tanks', draw: (pen) => {
    pen.polygon(rotated(12, 8, 18, 10, 0), fill('ink'), stroke(1));
    pen.polygon(rotated(12, 8, 7, 6, 0, -1), fill('paper'), stroke(1));
    pen.segments([15, 8, 27, 8], stroke(2));
  } },
];

function drawLegendBreach(pen: Pen): void {
  pen.segments([2, 5, 10, 5, 2, 11, 10, 11, 18, 5, 26, 5, 18, 11, 26, 11], stroke(1));
  pen.polyline([10, 5, 8, 7, 11, 9, 10, 11], stroke(1.1));
  pen.polyline([18, 5, 20, 7, 17, 9, 18, 11], stroke(1.1));
  pen.segments([13, 7, 14.5, 8, 14, 10, 15.5, 10.5], stroke(1.6, 'ink', 0.75));
}

/** The legend entries for a state: the base symbols and those of its visible layers. */
export function legendFor(state: MapState): LegendEntry[] {
  const visible = new Set<string>(state.layers);
  const words = mapStrings().legend;
  return LEGEND.filter((e) => e.layer === 'always' || visible.has(e.layer)).map((e) => ({ ...e, text: words[e.id] }));
}
