// The camp map: mountMap() puts a living reconstruction plan of the Kengir camp into a container
// the UI sizes, and returns the MapView the UI drives (types.ts). The UI imports this module
// dynamically after the first story text; Phaser itself is a further dynamic import
// (phaserRenderer.ts), so if it cannot load or start, the map falls back to an SVG plan.
import { TEST_SWITCHES } from '../buildFlags.ts';
import './map.css';
import type { MapMarker, MapOptions, MapTheme, MapView, RendererName, StoryVariables } from './types.ts';
import { mapStateFrom, sameDrawing, type MapState } from './mapState.ts';
import { paletteFor, type Palette } from './palette.ts';
import { legendFor } from './plan.ts';
import { layoutLabels } from './labels.ts';
import { Overlay } from './overlay.ts';
import { fitViewport, sameViewport, type Viewport } from './viewport.ts';
import type { Changes, PlanRenderer } from './renderer.ts';
import { FADE_MS } from './renderer.ts';
import { Paper } from './paper.ts';
import { cssColor } from './palette.ts';
import { createSvgRenderer } from './svgRenderer.ts';
import { whenMapFontReady } from './fonts.ts';
import { placePoint, placeRadius } from './geometry.ts';
import { softwareWebGL } from './gpu.ts';

export type { MapMarker, MapOptions, MapTheme, MapView, RendererName, StoryVariables } from './types.ts';
export { mapStateFrom } from './mapState.ts';

/** How long a lost WebGL context may stay lost before the map switches to the SVG plan. */
const CONTEXT_WAIT_MS = 5000;
/** Above this many device pixels, a software-rendered map changes without a cross-fade. */
const SOFTWARE_FADE_PIXELS = 600_000;

declare global {
  interface Window { __kengirMap?: MapView }
}

function queryParam(name: string): string | null {
  try {
    return new URLSearchParams(window.location.search).get(name);
  } catch {
    return null;
  }
}

/** The theme to start with: the caller's, else the page's (`<html data-theme>`, set by settings). */
function initialTheme(given: MapTheme | undefined): MapTheme {
  if (given) return given;
  return typeof document !== 'undefined' && document.documentElement.dataset.theme === 'contrast' ? 'contrast' : 'paper';
}

/** The reader's text-size setting (the page's `--text-scale`, src/ui/settingsView.ts); 1 if unset. */
function pageTextScale(): number {
  const value = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--text-scale'));
  return Number.isFinite(value) && value > 0 ? value : 1;
}

/** `?maprenderer=canvas|plan` forces a renderer (tests of the fallbacks). */
function forcedRenderer(): 'canvas' | 'plan' | null {
  const value = queryParam('maprenderer');
  return value === 'canvas' || value === 'plan' ? value : null;
}

async function startRenderer(host: HTMLElement, view: Viewport, software: boolean, onContext: (s: 'lost' | 'restored') => void): Promise<PlanRenderer> {
  const forced = forcedRenderer();
  if (forced !== 'plan') {
    try {
      const [module] = await Promise.all([import('./phaserRenderer.ts'), whenMapFontReady()]);
      return await module.createPhaserRenderer(host, view, { forceCanvas: forced === 'canvas', software, onContext });
    } catch (error) {
      console.warn('[map] Phaser could not start; drawing the plan as SVG instead.', error);
      host.replaceChildren();
    }
  }
  await whenMapFontReady();
  return createSvgRenderer(host);
}

/** What the map writes on its container's dataset (tests and styles read it). */
const CONTAINER_KEYS = ['renderer', 'day', 'layers', 'time', 'weather', 'highlight', 'context', 'mapTransitions', 'mapTheme', 'mapDrawn'];

export async function mountMap(firstContainer: HTMLElement, firstOptions: MapOptions): Promise<MapView> {
  // Both change when another owner adopts the map (MapView.adopt).
  let container = firstContainer;
  let options = firstOptions;
  const root = document.createElement('div');
  root.className = 'kmap';
  const host = document.createElement('div');
  host.className = 'kmap-canvas';
  host.setAttribute('role', 'img');
  root.appendChild(host);
  container.appendChild(root);

  let reducedMotion = options.reducedMotion;
  let theme: MapTheme = initialTheme(options.theme);
  let state: MapState = mapStateFrom({});
  let palette: Palette = paletteFor(state.tint, theme);
  let highlighted: string | null = null;
  let destroyed = false;
  const overlay = new Overlay(root, {
    onChoose: (i) => options.onChoose(i),
    onOpenPlaces: (ids) => (options.onOpenPlaces ? options.onOpenPlaces(ids) : options.onOpenPlace(ids[0]!)),
  });
  const paper = new Paper(root, root.querySelector('.kmap-overlay'));

  const dpr = () => (typeof window.devicePixelRatio === 'number' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1);
  const measure = (): Viewport => fitViewport(root.clientWidth, root.clientHeight, overlay.closedKeyHeight(), dpr(), overlay.topRoom(), overlay.legendHeight());

  function publish(): void {
    container.dataset.day = String(state.day);
    container.dataset.layers = state.layers.join(' ');
    container.dataset.time = state.timeOfDay;
    container.dataset.weather = state.weather;
    if (highlighted) container.dataset.highlight = highlighted; else delete container.dataset.highlight;
    container.dataset.mapTheme = theme;
    root.dataset.reducedMotion = String(reducedMotion);
    host.setAttribute('aria-label', state.summary);
  }

  overlay.setPalette(palette);
  paper.setPalette(palette);
  overlay.setLegend(legendFor(state), palette);
  let view = measure();
  overlay.layout(view);
  view = measure();
  overlay.layout(view);
  paper.layout(view);
  publish();

  // A lost WebGL context normally comes back (Phaser asks for it, then the renderer redraws);
  // if it has not after a while, or the renderer throws, the map goes on as the SVG plan.
  let lostTimer = 0;
  const onContext = (s: 'lost' | 'restored') => {
    container.dataset.context = s;
    window.clearTimeout(lostTimer);
    if (s === 'lost') lostTimer = window.setTimeout(() => fallBackToPlan('the WebGL context did not come back'), CONTEXT_WAIT_MS);
  };
  const software = softwareWebGL();
  let renderer = await startRenderer(host, view, software, onContext);
  container.dataset.renderer = renderer.name;
  function fallBackToPlan(reason: unknown): void {
    if (destroyed || renderer.name === 'plan') return;
    console.warn('[map] Drawing the plan as SVG from now on:', reason);
    try { renderer.destroy(); } catch { /* already broken */ }
    host.replaceChildren();
    renderer = createSvgRenderer(host);
    container.dataset.renderer = renderer.name;
    delete container.dataset.context;
    request({ plan: true, labels: true, focus: true });
  }
  // Without a GPU the compositor blends in software: a cross-fade keeps to 60 frames a second
  // on a map of about half a million device pixels (measured in headless Chromium), and drops
  // to 10-15 on a full HD one. So on a software rasterizer, large maps change without a fade.
  // `?maptransitions=on|off` overrides this (tests).
  const transitionsParam = queryParam('maptransitions');
  const canFade = (): boolean => {
    if (transitionsParam === 'on' || transitionsParam === 'off') return transitionsParam === 'on';
    return !software || view.width * view.height * view.dpr * view.dpr <= SOFTWARE_FADE_PIXELS;
  };
  /** `data-map-transitions`: whether the next change will cross-fade (never with reduced motion). */
  const publishTransitions = (): void => {
    container.dataset.mapTransitions = !reducedMotion && canFade() ? 'on' : 'off';
  };
  publishTransitions();

  // ---- cross-fades: the old drawing, copied, lies over the new one and fades out (CSS) ----
  let fading: HTMLElement | null = null;
  function endFade(): void {
    fading?.remove();
    fading = null;
  }
  function startFade(oldPaper: string): void {
    const shot = renderer.snapshot();
    if (!shot) return;
    endFade();
    const layer = document.createElement('div');
    layer.className = 'kmap-fade';
    layer.setAttribute('aria-hidden', 'true');
    layer.style.backgroundColor = oldPaper;
    layer.style.setProperty('--kmap-fade-ms', `${FADE_MS}ms`);
    layer.appendChild(shot);
    host.after(layer);
    fading = layer;
    layer.addEventListener('transitionend', () => { if (fading === layer) endFade(); });
    // Start the transition on the next frame, once the copy is on screen.
    requestAnimationFrame(() => requestAnimationFrame(() => layer.classList.add('kmap-fade-out')));
    window.setTimeout(() => { if (fading === layer) endFade(); }, FADE_MS + 500);
  }

  // ---- drawing: changes are gathered and drawn once, after the calls of the current task ----
  let pending: Changes | null = null;
  let fadeFromPaper: string | null = null;
  function request(change: Partial<Changes>): void {
    const first = pending === null;
    pending = {
      plan: (pending?.plan ?? false) || !!change.plan,
      labels: (pending?.labels ?? false) || !!change.labels,
      focus: (pending?.focus ?? false) || !!change.focus,
      fade: (pending?.fade ?? false) || !!change.fade,
    };
    // Draw after the browser has painted what the caller changed (the story text comes first).
    if (first) requestAnimationFrame(() => window.setTimeout(flush, 0));
  }

  // Changes that arrived while the map was collapsed (no size): drawn when it is shown again.
  let stale: Partial<Changes> | null = null;
  let drawn = false;
  function flush(): void {
    const changes = pending;
    pending = null;
    if (!changes || destroyed) return;
    if (root.clientWidth === 0 || root.clientHeight === 0) {
      stale = { plan: true, labels: true, focus: true };
      return;
    }
    const labels = layoutLabels(state, view, highlighted, {
      avoid: [...(view.keyBelow ? [] : [overlay.keyBox()]), ...overlay.buttonBoxes()],
      markerPlaces: overlay.markerPlaces(),
      textScale: pageTextScale(),
    });
    const point = highlighted ? placePoint(highlighted) : undefined;
    const ring = highlighted && point ? { ...point, r: placeRadius(highlighted) } : null;
    const fade = canFade();
    publishTransitions();
    // The first drawing appears at once; later changes cross-fade.
    if (drawn && changes.fade && !reducedMotion && fade && fadeFromPaper) startFade(fadeFromPaper);
    fadeFromPaper = null;
    paper.setPalette(palette);
    try {
      renderer.render({ state, palette, view, labels, focus: { ring, markers: overlay.markerPoints() } }, changes);
      drawn = true;
      announceDrawn();
    } catch (error) {
      fallBackToPlan(error);
    }
  }

  // `data-map-drawn` on the container: the live map has drawn and covers the static plan beneath
  // it (the UI's styles). Set a frame later, once Phaser's one-frame loop has put the ink on screen.
  function announceDrawn(): void {
    const owner = container;
    if (owner.dataset.mapDrawn) return;
    requestAnimationFrame(() => { if (!destroyed && owner === container) owner.dataset.mapDrawn = 'true'; });
  }

  function relayout(): void {
    if (destroyed || root.clientWidth === 0 || root.clientHeight === 0) return;
    const next = measure();
    if (sameViewport(view, next)) {
      if (stale) { request(stale); stale = null; }
      return;
    }
    stale = null;
    view = next;
    overlay.layout(view);
    const settled = measure(); // the key may wrap differently at the new width
    if (!sameViewport(view, settled)) { view = settled; overlay.layout(view); }
    paper.layout(view);
    endFade();
    request({ plan: true, labels: true, focus: true });
  }

  // The key also resizes when the reader changes the text size: the labels follow (--text-scale).
  const resizeObserver = new ResizeObserver((entries) => {
    relayout();
    if (entries.some((entry) => entry.target === overlay.key)) request({ labels: true });
  });
  resizeObserver.observe(root);
  resizeObserver.observe(overlay.key);

  // A new device pixel ratio (window moved to another screen, browser zoom): redraw crisply.
  let dprQuery: MediaQueryList | null = null;
  const watchDpr = () => {
    dprQuery?.removeEventListener('change', onDprChange);
    dprQuery = window.matchMedia(`(resolution: ${dpr()}dppx)`);
    dprQuery.addEventListener('change', onDprChange);
  };
  function onDprChange(): void { watchDpr(); relayout(); }
  watchDpr();

  // PT Mono may arrive after the first drawing: redraw the labels with it.
  const onFonts = () => request({ labels: true });
  document.fonts?.addEventListener?.('loadingdone', onFonts);

  request({ plan: true, labels: true, focus: true });

  const mapView: MapView = {
    update(variables: StoryVariables): void {
      const next = mapStateFrom(variables);
      if (sameDrawing(state, next)) return;
      const paletteChanged = next.tint.time !== state.tint.time || next.tint.weather !== state.tint.weather;
      fadeFromPaper ??= cssColor(palette.paper);
      state = next;
      if (paletteChanged) {
        palette = paletteFor(state.tint, theme);
        overlay.setPalette(palette);
      }
      overlay.setLegend(legendFor(state), palette);
      publish();
      request({ plan: true, labels: true, focus: true, fade: true });
    },
    highlight(placeId: string | null): void {
      const next = placeId && placePoint(placeId) ? placeId : null;
      if (next === highlighted) return;
      highlighted = next;
      publish();
      request({ labels: true, focus: true });
    },
    setMarkers(markers: MapMarker[]): void {
      overlay.setMarkers(markers);
      request({ focus: true, labels: true });
    },
    setNotePlaces(placeIds: string[]): void {
      overlay.setNotes(placeIds);
      // The first note opens the strip above the plan (and the last closes it): the plan moves.
      if (!sameViewport(view, measure())) relayout();
      else request({ labels: true });
    },
    setReducedMotion(reduced: boolean): void {
      reducedMotion = reduced;
      publish();
      publishTransitions();
      if (reduced) endFade();
    },
    setTheme(next: MapTheme): void {
      if (next === theme || destroyed) return;
      theme = next;
      palette = paletteFor(state.tint, theme);
      overlay.setPalette(palette);
      paper.setPalette(palette);
      overlay.setLegend(legendFor(state), palette);
      publish();
      // A setting, not the story: the new colours come at once, without a cross-fade.
      endFade();
      fadeFromPaper = null;
      request({ plan: true, labels: true, focus: true });
    },
    rendererName(): RendererName {
      return renderer.name;
    },
    adopt(next: HTMLElement, nextOptions: MapOptions): void {
      if (destroyed) return;
      options = nextOptions;
      if (next !== container) {
        const context = container.dataset.context;
        for (const key of CONTAINER_KEYS) delete container.dataset[key];
        container = next;
        container.appendChild(root);
        container.dataset.renderer = renderer.name;
        if (context) container.dataset.context = context;
      }
      // A new owner starts from a clean map: no markers, notes or highlight of the last one, and
      // its first picture appears at once (no cross-fade from another screen's).
      drawn = false;
      fadeFromPaper = null;
      overlay.setMarkers([]);
      overlay.setNotes([]);
      highlighted = null;
      reducedMotion = nextOptions.reducedMotion;
      if (nextOptions.theme) mapView.setTheme(nextOptions.theme);
      endFade();
      publish();
      publishTransitions();
      relayout();
      request({ plan: true, labels: true, focus: true });
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      window.clearTimeout(lostTimer);
      resizeObserver.disconnect();
      dprQuery?.removeEventListener('change', onDprChange);
      document.fonts?.removeEventListener?.('loadingdone', onFonts);
      endFade();
      renderer.destroy();
      overlay.destroy();
      paper.destroy();
      root.remove();
      for (const key of CONTAINER_KEYS) delete container.dataset[key];
      if (window.__kengirMap === mapView) delete window.__kengirMap;
    },
  };

  // issue 18 D6: only builds with test switches expose the map (src/buildFlags.ts).
  if (TEST_SWITCHES && (import.meta.env.DEV || queryParam('debug') !== null)) window.__kengirMap = mapView;
  return mapView;
}
