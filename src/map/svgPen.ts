// The pen as SVG: used by the fallback plan (when Phaser cannot start) and for the legend's
// symbols. Each layer becomes a <g data-layer>; each mark one <path>, <rect> or <circle>.
import type { Palette } from './palette.ts';
import { cssColor } from './palette.ts';
import type { FillStyle, Pen, StrokeStyle } from './pen.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

export class SvgPen implements Pen {
  private group: SVGGElement;

  constructor(private readonly root: SVGGElement, private readonly palette: Palette) {
    this.group = root;
  }

  layer(name: string): void {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('data-layer', name);
    this.root.appendChild(g);
    this.group = g;
  }

  segments(coords: number[], stroke: StrokeStyle): void {
    if (coords.length < 4) return;
    let d = '';
    for (let i = 0; i + 3 < coords.length; i += 4) {
      d += `M${fmt(coords[i]!)} ${fmt(coords[i + 1]!)}L${fmt(coords[i + 2]!)} ${fmt(coords[i + 3]!)}`;
    }
    this.path(d, undefined, stroke);
  }

  polyline(points: number[], stroke: StrokeStyle, closed = false): void {
    this.path(this.pathData(points, closed), undefined, stroke);
  }

  polygon(points: number[], fill?: FillStyle, stroke?: StrokeStyle): void {
    this.path(this.pathData(points, true), fill, stroke);
  }

  rect(x: number, y: number, w: number, h: number, fill?: FillStyle, stroke?: StrokeStyle): void {
    const el = document.createElementNS(SVG_NS, 'rect');
    el.setAttribute('x', fmt(x)); el.setAttribute('y', fmt(y));
    el.setAttribute('width', fmt(w)); el.setAttribute('height', fmt(h));
    this.paint(el, fill, stroke);
  }

  circle(x: number, y: number, r: number, fill?: FillStyle, stroke?: StrokeStyle): void {
    const el = document.createElementNS(SVG_NS, 'circle');
    el.setAttribute('cx', fmt(x)); el.setAttribute('cy', fmt(y)); el.setAttribute('r', fmt(r));
    this.paint(el, fill, stroke);
  }

  private pathData(points: number[], closed: boolean): string {
    let d = '';
    for (let i = 0; i + 1 < points.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${fmt(points[i]!)} ${fmt(points[i + 1]!)}`;
    return closed ? `${d}Z` : d;
  }

  private path(d: string, fill?: FillStyle, stroke?: StrokeStyle): void {
    const el = document.createElementNS(SVG_NS, 'path');
    el.setAttribute('d', d);
    this.paint(el, fill, stroke);
  }

  private paint(el: SVGElement, fill?: FillStyle, stroke?: StrokeStyle): void {
    el.setAttribute('fill', fill ? cssColor(this.palette[fill.color]) : 'none');
    if (fill && fill.alpha !== undefined && fill.alpha < 1) el.setAttribute('fill-opacity', fmt(fill.alpha));
    if (stroke) {
      el.setAttribute('stroke', cssColor(this.palette[stroke.color]));
      el.setAttribute('stroke-width', fmt(stroke.width));
      if (stroke.alpha !== undefined && stroke.alpha < 1) el.setAttribute('stroke-opacity', fmt(stroke.alpha));
      el.setAttribute('stroke-linecap', 'round');
      el.setAttribute('stroke-linejoin', 'round');
    }
    this.group.appendChild(el);
  }
}
