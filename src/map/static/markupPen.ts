// The pen as SVG markup text, with no DOM: the build draws the static plan (assets/map/) through
// it in Node. Same marks and colours as SvgPen (svgPen.ts), which draws into live DOM.
import type { Palette } from '../palette.ts';
import { cssColor } from '../palette.ts';
import type { FillStyle, Pen, StrokeStyle } from '../pen.ts';

/** Two decimals at most: the file stays small and the same on every machine. */
export const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function tag(name: string, attrs: Record<string, string | number>, body?: string): string {
  const list = Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? fmt(v) : v)}"`).join('');
  return body === undefined ? `<${name}${list}/>` : `<${name}${list}>${body}</${name}>`;
}

export class MarkupPen implements Pen {
  private readonly layers: { name: string; marks: string[] }[] = [];

  constructor(private readonly palette: Palette) {}

  layer(name: string): void { this.layers.push({ name, marks: [] }); }

  segments(coords: number[], stroke: StrokeStyle): void {
    if (coords.length < 4) return;
    let d = '';
    for (let i = 0; i + 3 < coords.length; i += 4) d += `M${fmt(coords[i]!)} ${fmt(coords[i + 1]!)}L${fmt(coords[i + 2]!)} ${fmt(coords[i + 3]!)}`;
    this.mark('path', { d }, undefined, stroke);
  }

  polyline(points: number[], stroke: StrokeStyle, closed = false): void {
    this.mark('path', { d: pathData(points, closed) }, undefined, stroke);
  }

  polygon(points: number[], fill?: FillStyle, stroke?: StrokeStyle): void {
    this.mark('path', { d: pathData(points, true) }, fill, stroke);
  }

  rect(x: number, y: number, width: number, height: number, fill?: FillStyle, stroke?: StrokeStyle): void {
    this.mark('rect', { x, y, width, height }, fill, stroke);
  }

  circle(cx: number, cy: number, r: number, fill?: FillStyle, stroke?: StrokeStyle): void {
    this.mark('circle', { cx, cy, r }, fill, stroke);
  }

  /** The layers drawn so far, each as `<g data-layer>`. */
  markup(): string {
    return this.layers.map((l) => tag('g', { 'data-layer': l.name }, l.marks.join(''))).join('');
  }

  private mark(name: string, shape: Record<string, string | number>, fill?: FillStyle, stroke?: StrokeStyle): void {
    if (!this.layers.length) this.layer('');
    const attrs: Record<string, string | number> = { ...shape, fill: fill ? cssColor(this.palette[fill.color]) : 'none' };
    if (fill?.alpha !== undefined && fill.alpha < 1) attrs['fill-opacity'] = fill.alpha;
    if (stroke) {
      attrs.stroke = cssColor(this.palette[stroke.color]);
      attrs['stroke-width'] = stroke.width;
      if (stroke.alpha !== undefined && stroke.alpha < 1) attrs['stroke-opacity'] = stroke.alpha;
      attrs['stroke-linecap'] = 'round';
      attrs['stroke-linejoin'] = 'round';
    }
    this.layers[this.layers.length - 1]!.marks.push(tag(name, attrs));
  }
}

function pathData(points: number[], closed: boolean): string {
  let d = '';
  for (let i = 0; i + 1 < points.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${fmt(points[i]!)} ${fmt(points[i + 1]!)}`;
  return closed ? `${d}Z` : d;
}
