// The plan as inline SVG, for when Phaser cannot start (no WebGL and no Canvas, a failed chunk
// load, an error at boot). Same frame, same pen, same labels, ink on transparency over the DOM
// paper, like the Phaser renderer. rendererName: 'plan'.
import type { Label } from './labels.ts';
import { LABEL_PADDING, LINE_EM } from './labels.ts';
import { drawPlan } from './plan.ts';
import { cssColor } from './palette.ts';
import type { Changes, Frame, PlanRenderer } from './renderer.ts';
import { drawMarkerRings, drawRing } from './renderer.ts';
import { SVG_NS, SvgPen } from './svgPen.ts';
import { MAP_FONT_STACK } from './fonts.ts';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function createSvgRenderer(host: HTMLElement): PlanRenderer {
  const svg = el('svg', { 'aria-hidden': 'true', focusable: 'false' });
  svg.classList.add('kmap-svg');
  host.appendChild(svg);
  let planGroup: SVGGElement | null = null;
  let labelGroup: SVGGElement | null = null;
  let focusGroup: SVGGElement | null = null;

  function drawLabels(into: SVGGElement, labels: Label[], frame: Frame): void {
    for (const label of labels) {
      into.appendChild(el('rect', { x: label.x, y: label.y, width: label.w, height: label.h, fill: cssColor(frame.palette.labelPaper), 'fill-opacity': 0.9 }));
      if (label.emphasis) {
        into.appendChild(el('rect', {
          x: label.x - 1.5, y: label.y - 1.5, width: label.w + 3, height: label.h + 3,
          fill: 'none', stroke: cssColor(frame.palette.ink), 'stroke-width': 1.6,
        }));
      }
      if (label.leader) {
        const [x1, y1, x2, y2] = label.leader;
        into.appendChild(el('line', { x1, y1, x2, y2, stroke: cssColor(frame.palette.ink), 'stroke-width': 1.2 }));
      }
      const text = el('text', {
        x: label.x + LABEL_PADDING.x, y: label.y + LABEL_PADDING.y,
        'font-family': MAP_FONT_STACK, 'font-size': label.fontPx, fill: cssColor(frame.palette.labelInk),
      });
      label.lines.forEach((line, i) => {
        const span = el('tspan', { x: label.x + LABEL_PADDING.x, y: label.y + LABEL_PADDING.y + label.fontPx * (0.95 + LINE_EM * i) });
        span.textContent = line;
        text.appendChild(span);
      });
      into.appendChild(text);
    }
  }

  return {
    name: 'plan',
    render(frame: Frame, changes: Changes): void {
      const { view, palette } = frame;
      svg.setAttribute('width', String(view.width));
      svg.setAttribute('height', String(view.height));
      svg.setAttribute('viewBox', `0 0 ${view.width} ${view.height}`);
      const transform = `translate(${view.offsetX} ${view.offsetY}) scale(${view.scale})`;
      if (changes.plan || !planGroup) {
        planGroup?.remove();
        planGroup = el('g', { transform });
        drawPlan(new SvgPen(planGroup, palette), frame.state, { unitsPerPixel: 1 / view.scale, plain: palette.plain });
        svg.insertBefore(planGroup, svg.firstChild);
      }
      if (changes.plan || changes.labels || !labelGroup) {
        labelGroup?.remove();
        labelGroup = el('g');
        drawLabels(labelGroup, frame.labels, frame);
        svg.appendChild(labelGroup);
      }
      if (changes.plan || changes.focus || !focusGroup) {
        focusGroup?.remove();
        focusGroup = el('g', { transform });
        const pen = new SvgPen(focusGroup, palette);
        pen.layer('marker-rings');
        drawMarkerRings(pen, frame.focus.markers, 1 / view.scale);
        if (frame.focus.ring) {
          const ring = el('g', { transform: `translate(${frame.focus.ring.x} ${frame.focus.ring.y})` });
          focusGroup.appendChild(ring);
          const ringPen = new SvgPen(ring, palette);
          ringPen.layer('highlight');
          drawRing(ringPen, frame.focus.ring.r, 1 / view.scale);
        }
        svg.appendChild(focusGroup);
      }
    },
    snapshot(): SVGElement | null {
      const copy = svg.cloneNode(true) as SVGSVGElement;
      copy.removeAttribute('class');
      return copy;
    },
    destroy(): void { svg.remove(); },
  };
}
