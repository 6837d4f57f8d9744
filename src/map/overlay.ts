// The map's DOM layer over the drawing, the same for every renderer: real <button>s for the
// choice markers and the note places (keyboard reachable, named for screen readers), the
// tooltip that shows a marker's choice on hover or focus, and the key (the reconstruction note,
// the approximate scale bar and the legend).
import type { MapMarker } from './types.ts';
import type { Palette } from './palette.ts';
import { cssColor } from './palette.ts';
import type { LegendEntry } from './plan.ts';
import { SVG_NS, SvgPen } from './svgPen.ts';
import { ZONES, place, placePoint } from './geometry.ts';
import { NOTE_STRIP, TARGET, clusterNotes, placeChoiceMarkers, type NoteCluster } from './markerLayout.ts';
import type { Viewport } from './viewport.ts';
import { format } from '../i18n/format.ts';
import { mapStrings } from './strings.ts';

/** Plan units per 100 m on the reconstruction (approximate: no measured plan was found). */
export const UNITS_PER_100M = 75;


export interface OverlayCallbacks {
  onChoose(choiceIndex: number): void;
  /** The places of one note button (a zone's, or a place's). */
  onOpenPlaces(placeIds: string[]): void;
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const ZONE_IDS = new Set(ZONES.map((z) => z.id));

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
  private noteCounts = new Map<string, number>();
  private noteSignature = '';
  private view: Viewport | null = null;
  private tipOwner: HTMLElement | null = null;
  private hideTimer = 0;
  private legendTouched = false;
  /** The key's box as the browser last laid it out. Placing the markers reads it on every new
   *  screen; reading offsetTop there forced a layout of the whole page in the middle of a choice
   *  (about a third of a choice's main-thread time). A ResizeObserver, which runs after the
   *  browser's own layout, keeps it current; layout() clears it when it moves the key. */
  private keyBoxCache: { x: number; y: number; w: number; h: number } | null = null;
  private readonly keyObserver = typeof ResizeObserver === 'function'
    ? new ResizeObserver(() => { this.keyBoxCache = null; this.keyBox(); this.position(); })
    : null;

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
    scale.append(this.scaleBar, h('span', 'kmap-scale-text', mapStrings().scaleText));
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
    this.keyObserver?.observe(this.key);
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

  /** Places with unlocked notes: a place named twice holds two notes (the count on its button). */
  setNotes(placeIds: string[]): void {
    const counts = new Map<string, number>();
    for (const id of placeIds) if (placePoint(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    this.noteCounts = counts;
    this.position();
  }

  /** CSS px the viewport keeps free above the plan: the note strip, when there are notes. */
  topRoom(): number {
    return this.noteCounts.size > 0 ? NOTE_STRIP : 0;
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
    const button = h('button', 'kmap-marker');
    button.append(h('span', 'kmap-marker-dot', String(marker.choiceIndex + 1)));
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

  /** One button for a zone's (or a place's) notes: a page and how many notes it opens. */
  private noteButton(cluster: NoteCluster): HTMLButtonElement {
    const button = h('button', 'kmap-note');
    button.type = 'button';
    // A zone's button is named for the zone (it sits over it); a merged one names its places.
    const wholeZone = ZONE_IDS.has(cluster.key) && cluster.places.every((id) => place(id)?.zone === cluster.key);
    const where = wholeZone && cluster.places.length > 1 ? placeName(cluster.key) : cluster.places.map(placeName).join(', ');
    const name = format(mapStrings().notesCluster, { count: cluster.count, where });
    button.setAttribute('aria-label', name);
    button.dataset.place = cluster.places[0]!;
    button.dataset.places = cluster.places.join(' ');
    button.dataset.count = String(cluster.count);
    const face = h('span', 'kmap-note-face');
    face.append(noteIcon(), h('span', 'kmap-note-count', String(cluster.count)));
    button.append(face);
    button.addEventListener('click', () => this.callbacks.onOpenPlaces(cluster.places));
    const show = () => this.showTip(button, name, null);
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
    this.keyBoxCache = null;
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
    if (!this.legendTouched) this.setLegendOpen(view.keyBelow && roomBelow >= this.legendHeight());
    this.position();
  }

  /** The legend's height unfolded under the key at its present width (CSS px). */
  legendHeight(): number {
    const list = this.legendList;
    const hidden = list.hidden, mode = this.key.dataset.legend, maxHeight = list.style.maxHeight;
    list.hidden = false;
    this.key.dataset.legend = 'below';
    list.style.maxHeight = '';
    const height = list.offsetHeight + 4; // and its top margin
    list.hidden = hidden;
    if (mode) this.key.dataset.legend = mode; else delete this.key.dataset.legend;
    list.style.maxHeight = maxHeight;
    return height;
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
        if (Number.isFinite(x) && Number.isFinite(y)) boxes.push({ x: x - TARGET / 2, y: y - TARGET / 2, w: TARGET, h: TARGET });
      }
    }
    return boxes;
  }

  /** The key's box in CSS px within the map, for labels to keep clear of. */
  keyBox(): { x: number; y: number; w: number; h: number } {
    if (this.keyBoxCache) return this.keyBoxCache;
    const box = { x: this.key.offsetLeft, y: this.key.offsetTop, w: this.key.offsetWidth, h: this.key.offsetHeight };
    if (this.keyObserver) this.keyBoxCache = box;
    return box;
  }

  private position(): void {
    const view = this.view;
    if (!view) return;
    // The note buttons: rebuilt only when the grouping changes, so a focused one keeps focus.
    const clusters = clusterNotes(this.noteCounts, view);
    const signature = clusters.map((c) => `${c.places.join('+')}:${c.count}`).join('|');
    if (signature !== this.noteSignature) {
      this.noteSignature = signature;
      this.noteGroup.replaceChildren(...clusters.map((c) => this.noteButton(c)));
    }
    clusters.forEach((c, i) => {
      const el = this.noteGroup.children[i] as HTMLElement;
      el.style.left = `${c.x}px`;
      el.style.top = `${c.y}px`;
    });
    const key = this.keyBox();
    const avoid = key.h > 0 ? [key] : [];
    const placed = placeChoiceMarkers(this.markers, view, avoid);
    const buttons = [...this.markerGroup.children] as HTMLElement[];
    for (const p of placed) {
      const el = buttons.find((b) => b.dataset.choice === String(p.choiceIndex));
      if (!el) continue;
      el.style.left = `${p.x}px`;
      el.style.top = `${p.y}px`;
    }
    this.placeTip();
  }

  destroy(): void {
    window.clearTimeout(this.hideTimer);
    this.root.removeEventListener('keydown', this.onKeyDown);
    this.keyObserver?.disconnect();
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
