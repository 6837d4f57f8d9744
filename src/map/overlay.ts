// The map's DOM layer over the drawing, the same for every renderer: real <button>s for the
// choice markers and the note places (keyboard reachable, named for screen readers), the
// tooltip that shows a marker's choice on hover or focus, and the key (the reconstruction note,
// the approximate scale bar and the legend).
import type { MapMarker } from './types.ts';
import type { Palette } from './palette.ts';
import { cssColor } from './palette.ts';
import type { LegendEntry } from './plan.ts';
import { SVG_NS, SvgPen } from './svgPen.ts';
import { place, placePoint } from './geometry.ts';
import type { Viewport } from './viewport.ts';
import { LEGEND_ROOM, toScreen } from './viewport.ts';
import { format } from '../i18n/format.ts';
import { mapStrings } from './strings.ts';

/** Plan units per 100 m on the reconstruction (approximate: no measured plan was found). */
export const UNITS_PER_100M = 75;


export interface OverlayCallbacks {
  onChoose(choiceIndex: number): void;
  onOpenPlace(placeId: string): void;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function placeName(id: string): string {
  return place(id)?.label ?? id.replace(/_/g, ' ');
}

export class Overlay {
  readonly key: HTMLDivElement;
  private readonly layer: HTMLDivElement;
  private readonly markerGroup: HTMLDivElement;
  private readonly noteGroup: HTMLDivElement;
  private readonly tip: HTMLDivElement;
  private readonly legendButton: HTMLButtonElement;
  private readonly legendList: HTMLUListElement;
  private readonly scaleBar: HTMLSpanElement;
  private markers: MapMarker[] = [];
  private notes: string[] = [];
  private view: Viewport | null = null;
  private tipOwner: HTMLElement | null = null;
  private hideTimer = 0;
  private legendTouched = false;

  constructor(private readonly root: HTMLElement, private readonly callbacks: OverlayCallbacks) {
    this.layer = h('div', 'kmap-overlay');
    this.markerGroup = h('div', 'kmap-markers');
    this.markerGroup.setAttribute('role', 'group');
    this.markerGroup.setAttribute('aria-label', mapStrings().markersLabel);
    this.noteGroup = h('div', 'kmap-notes');
    this.noteGroup.setAttribute('role', 'group');
    this.noteGroup.setAttribute('aria-label', mapStrings().notesLabel);
    // Choices first in the tab order; notes after them.
    this.layer.append(this.markerGroup, this.noteGroup);

    this.tip = h('div', 'kmap-tip');
    this.tip.setAttribute('aria-hidden', 'true');
    this.tip.hidden = true;
    this.tip.addEventListener('pointerenter', () => window.clearTimeout(this.hideTimer));
    this.tip.addEventListener('pointerleave', () => this.hideTipSoon());

    this.key = h('div', 'kmap-key');
    const note = h('p', 'kmap-key-note', mapStrings().reconstructionNote);
    const row = h('div', 'kmap-key-row');
    const scale = h('span', 'kmap-key-scale');
    this.scaleBar = h('span', 'kmap-scale-bar');
    this.scaleBar.setAttribute('aria-hidden', 'true');
    scale.append(this.scaleBar, h('span', 'kmap-scale-text', 'c. 100 m (approximate)'));
    this.legendButton = h('button', 'kmap-legend-button', mapStrings().legendButton);
    this.legendButton.type = 'button';
    this.legendButton.setAttribute('aria-expanded', 'false');
    this.legendList = h('ul', 'kmap-legend-list');
    this.legendList.id = `kmap-legend-${Math.random().toString(36).slice(2, 8)}`;
    this.legendList.hidden = true;
    this.legendButton.setAttribute('aria-controls', this.legendList.id);
    this.legendButton.addEventListener('click', () => {
      this.legendTouched = true;
      this.setLegendOpen(this.legendList.hidden);
    });
    row.append(scale, this.legendButton);
    this.key.append(note, row, this.legendList);

    root.append(this.layer, this.key, this.tip);
    root.addEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !this.tip.hidden) {
      this.hideTip();
      event.stopPropagation();
    }
  };

  setMarkers(markers: MapMarker[]): void {
    this.markers = markers.filter((m) => placePoint(m.placeId)).sort((a, b) => a.choiceIndex - b.choiceIndex);
    this.hideTip();
    this.markerGroup.replaceChildren(...this.markers.map((m) => this.markerButton(m)));
    this.position();
  }

  setNotes(placeIds: string[]): void {
    this.notes = [...new Set(placeIds)].filter((id) => placePoint(id));
    this.noteGroup.replaceChildren(...this.notes.map((id) => this.noteButton(id)));
    this.position();
  }

  markerPlaces(): ReadonlySet<string> {
    return new Set(this.markers.map((m) => m.placeId));
  }

  /** Marker points (plan units) for the renderer's rings. */
  markerPoints(): { x: number; y: number }[] {
    const seen = new Set<string>();
    return this.markers.flatMap((m) => {
      if (seen.has(m.placeId)) return [];
      seen.add(m.placeId);
      return [placePoint(m.placeId)!];
    });
  }

  private markerButton(marker: MapMarker): HTMLButtonElement {
    const button = h('button', 'kmap-marker', String(marker.choiceIndex + 1));
    button.type = 'button';
    const where = placeName(marker.placeId);
    button.setAttribute('aria-label', `${marker.text} (on the map: ${where})`);
    button.dataset.place = marker.placeId;
    button.dataset.choice = String(marker.choiceIndex);
    button.addEventListener('click', () => this.callbacks.onChoose(marker.choiceIndex));
    const show = () => this.showTip(button, marker.text, where);
    button.addEventListener('pointerenter', show);
    button.addEventListener('focus', show);
    button.addEventListener('pointerleave', () => this.hideTipSoon());
    button.addEventListener('blur', () => this.hideTip());
    return button;
  }

  private noteButton(placeId: string): HTMLButtonElement {
    const button = h('button', 'kmap-note');
    button.type = 'button';
    const where = placeName(placeId);
    button.setAttribute('aria-label', format(mapStrings().notesAt, { where }));
    button.dataset.place = placeId;
    button.append(noteIcon());
    button.addEventListener('click', () => this.callbacks.onOpenPlace(placeId));
    const show = () => this.showTip(button, format(mapStrings().notesAt, { where }), null);
    button.addEventListener('pointerenter', show);
    button.addEventListener('focus', show);
    button.addEventListener('pointerleave', () => this.hideTipSoon());
    button.addEventListener('blur', () => this.hideTip());
    return button;
  }

  private showTip(owner: HTMLElement, text: string, where: string | null): void {
    window.clearTimeout(this.hideTimer);
    this.tipOwner = owner;
    this.tip.replaceChildren(h('span', 'kmap-tip-text', text));
    if (where) this.tip.append(h('span', 'kmap-tip-place', where));
    this.tip.hidden = false;
    this.placeTip();
  }

  private placeTip(): void {
    const owner = this.tipOwner;
    if (!owner || this.tip.hidden) return;
    const width = this.root.clientWidth, height = this.root.clientHeight;
    const x = owner.offsetLeft, y = owner.offsetTop;
    const tipW = Math.min(this.tip.offsetWidth, width - 8), tipH = this.tip.offsetHeight;
    const left = Math.min(Math.max(4, x - tipW / 2), Math.max(4, width - tipW - 4));
    const above = y - owner.offsetHeight / 2 - tipH - 8;
    const top = above >= 4 ? above : Math.min(height - tipH - 4, y + owner.offsetHeight / 2 + 8);
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${Math.max(4, top)}px`;
  }

  private hideTipSoon(): void {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hideTip(), 250);
  }

  private hideTip(): void {
    window.clearTimeout(this.hideTimer);
    this.tip.hidden = true;
    this.tipOwner = null;
  }

  private setLegendOpen(open: boolean): void {
    this.legendList.hidden = !open;
    this.legendButton.setAttribute('aria-expanded', String(open));
  }

  setLegend(entries: LegendEntry[], palette: Palette): void {
    const caveat = h('li', 'kmap-legend-caveat', mapStrings().legendCaveat);
    this.legendList.replaceChildren(caveat, ...entries.map((entry) => {
      const item = h('li', 'kmap-legend-item');
      item.dataset.legend = entry.id;
      const svg = decorativeSvg(28, 16, 28, 16);
      const g = document.createElementNS(SVG_NS, 'g');
      svg.appendChild(g);
      entry.draw(new SvgPen(g, palette));
      item.append(svg, h('span', 'kmap-legend-text', entry.text));
      return item;
    }));
  }

  /** Colours of the DOM layer follow the plan's palette (night turns it dark too). */
  setPalette(palette: Palette): void {
    const s = this.root.style;
    s.setProperty('--kmap-paper', cssColor(palette.paper));
    s.setProperty('--kmap-label-paper', cssColor(palette.labelPaper));
    s.setProperty('--kmap-ink', cssColor(palette.labelInk));
    s.setProperty('--kmap-rust', cssColor(palette.rust));
    this.root.dataset.palette = palette.plain ? 'contrast' : palette.dark ? 'dark' : 'light';
  }

  layout(view: Viewport): void {
    this.view = view;
    this.scaleBar.style.width = `${Math.round(UNITS_PER_100M * view.scale)}px`;
    this.key.style.left = `${Math.max(6, Math.round(view.offsetX + 6))}px`;
    this.key.style.maxWidth = `${Math.max(120, Math.round(Math.min(view.width - 12, 1000 * view.scale - 12)))}px`;
    const planBottom = view.offsetY + 600 * view.scale;
    if (view.keyBelow) {
      this.key.style.top = `${Math.round(planBottom + 4)}px`;
      this.key.style.bottom = '';
    } else {
      this.key.style.top = '';
      this.key.style.bottom = '6px';
    }
    // Below the plan the legend unfolds downwards if there is room; otherwise it opens over the plan.
    const roomBelow = view.height - planBottom - this.closedKeyHeight() - 8;
    this.key.dataset.legend = view.keyBelow && roomBelow >= 120 ? 'below' : 'over';
    this.legendList.style.maxHeight = `${Math.max(80, Math.round(this.key.dataset.legend === 'below' ? roomBelow : view.height - 16 - this.closedKeyHeight()))}px`;
    if (!this.legendTouched) this.setLegendOpen(view.keyBelow && roomBelow >= LEGEND_ROOM - 12);
    this.position();
  }

  /** The key's height with its legend folded: what the viewport keeps free for it. */
  closedKeyHeight(): number {
    return this.key.offsetHeight - (!this.legendList.hidden && this.key.dataset.legend === 'below' ? this.legendList.offsetHeight : 0);
  }

  /** The boxes of the marker and note buttons (CSS px), for labels to keep clear of. */
  buttonBoxes(): { x: number; y: number; w: number; h: number }[] {
    const boxes: { x: number; y: number; w: number; h: number }[] = [];
    for (const group of [this.markerGroup, this.noteGroup]) {
      for (const child of group.children) {
        const el = child as HTMLElement;
        const x = parseFloat(el.style.left), y = parseFloat(el.style.top);
        if (Number.isFinite(x) && Number.isFinite(y)) boxes.push({ x: x - el.offsetWidth / 2, y: y - el.offsetHeight / 2, w: el.offsetWidth, h: el.offsetHeight });
      }
    }
    return boxes;
  }

  /** The key's box in CSS px within the map, for labels to keep clear of. */
  keyBox(): { x: number; y: number; w: number; h: number } {
    return { x: this.key.offsetLeft, y: this.key.offsetTop, w: this.key.offsetWidth, h: this.key.offsetHeight };
  }

  private position(): void {
    const view = this.view;
    if (!view) return;
    const clampX = (x: number) => Math.min(Math.max(x, 16), view.width - 16);
    const clampY = (y: number) => Math.min(Math.max(y, 16), view.height - 16);
    const byPlace = new Map<string, HTMLElement[]>();
    for (const button of this.markerGroup.children) {
      const el = button as HTMLElement;
      const list = byPlace.get(el.dataset.place!) ?? [];
      list.push(el);
      byPlace.set(el.dataset.place!, list);
    }
    for (const [id, buttons] of byPlace) {
      const at = toScreen(view, placePoint(id)!.x, placePoint(id)!.y);
      buttons.forEach((b, i) => {
        b.style.left = `${clampX(at.x + (i - (buttons.length - 1) / 2) * 34)}px`;
        b.style.top = `${clampY(at.y)}px`;
      });
    }
    for (const button of this.noteGroup.children) {
      const el = button as HTMLElement;
      const at = toScreen(view, placePoint(el.dataset.place!)!.x, placePoint(el.dataset.place!)!.y);
      const marked = byPlace.has(el.dataset.place!);
      el.style.left = `${clampX(at.x + (marked ? 24 : 0))}px`;
      el.style.top = `${clampY(at.y - (marked ? 20 : 0))}px`;
    }
    this.placeTip();
  }

  destroy(): void {
    window.clearTimeout(this.hideTimer);
    this.root.removeEventListener('keydown', this.onKeyDown);
    this.layer.remove();
    this.key.remove();
    this.tip.remove();
  }
}

function noteIcon(): SVGSVGElement {
  // A page with a folded corner and two lines of text.
  const svg = decorativeSvg(14, 16, 12, 14);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M1.5 1.5h7l4 4v9h-11z M8.5 1.5v4h4 M4 8.5h6 M4 11.5h6');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.4');
  svg.appendChild(path);
  return svg;
}

/** An <svg> that screen readers and the tab order skip: a picture beside text that says it all. */
function decorativeSvg(viewWidth: number, viewHeight: number, width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${viewWidth} ${viewHeight}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  return svg;
}
