// The static plan (assets/map/plan.svg, drawn at build time from the map's plan data): shown in
// a map host at once, under the live map, which covers it once it has drawn (`data-map-drawn`
// on the host, index.css). So the map pane is never blank while Phaser loads, after a kiosk
// reset, or when the live map fails. Decorative (alt=""): the live map's description is the only one.
import paperPlan from '../../assets/map/plan.svg';
import contrastPlan from '../../assets/map/plan-contrast.svg';
import { el } from './dom.ts';

type Theme = 'paper' | 'contrast';

const pageTheme = (): Theme => (document.documentElement.dataset.theme === 'contrast' ? 'contrast' : 'paper');

export function staticPlan(theme: Theme = pageTheme()): HTMLImageElement {
  return el('img', { className: 'map-static', attrs: { src: theme === 'contrast' ? contrastPlan : paperPlan, alt: '', decoding: 'async', draggable: 'false' } });
}

let early: HTMLImageElement | null = null;
/**
 * Starts fetching the static plan once the story has loaded (nothing then competes with the first
 * text), so that the map host built later shows it from the cache without waiting.
 */
export function prefetchStaticPlan(): void {
  if (early) return;
  early = new Image();
  early.decoding = 'async';
  early.src = pageTheme() === 'contrast' ? contrastPlan : paperPlan;
}

/** Follows a theme change (settings) in every static plan inside `root`. */
export function setStaticPlanTheme(root: ParentNode, theme: Theme): void {
  for (const image of root.querySelectorAll<HTMLImageElement>('img.map-static')) image.src = theme === 'contrast' ? contrastPlan : paperPlan;
}
