// The static plan (assets/map/plan.svg, drawn at build time from the map's plan data): shown in
// a map host at once, under the live map, which covers it once it has drawn (`data-map-drawn`
// on the host, index.css). So the map pane is never blank while Phaser loads, after a kiosk
// reset, or when the live map fails. The image has no lettering: its labels
// (assets/map/plan-labels.json, the live map's layout at the plan's size) are DOM text over it,
// placed in % of the plan and sized in rem, so they grow with the reader's text size. Decorative
// (alt="", aria-hidden): the live map's description is the only one.
// The labels are in the reader's language: English is in the entry bundle; each other language's
// (plan-labels.<lang>.json, laid out in that language) is a small chunk fetched only in that
// language, after the story's text. Until it is there the plan shows without labels, never in
// English.
import paperPlan from '../../assets/map/plan.svg';
import contrastPlan from '../../assets/map/plan-contrast.svg';
import planLabels from '../../assets/map/plan-labels.json';
import { language } from '../i18n/catalog.ts';
import { el } from './dom.ts';

type StaticLabels = typeof planLabels.labels;
const translatedLabels = import.meta.glob<{ labels: StaticLabels }>('../../assets/map/plan-labels.*.json', { import: 'default' });
const labelsReady = new Map<string, StaticLabels>([['en', planLabels.labels]]);
const labelsLoading = new Map<string, Promise<StaticLabels | null>>();
const labelsFile = (code: string) => translatedLabels[`../../assets/map/plan-labels.${code}.json`];

/** The labels in `code` when they are here (English always; a language without its own file: English too). */
function labelsNow(code: string): StaticLabels | null {
  return labelsReady.get(code) ?? (labelsFile(code) ? null : planLabels.labels);
}

/** Fetches the labels in `code` (once); null when they could not be fetched (the plan stays unlabelled). */
function fetchLabels(code: string): Promise<StaticLabels | null> {
  let pending = labelsLoading.get(code);
  if (!pending) {
    const load = labelsFile(code);
    pending = load
      ? load().then(({ labels }) => { labelsReady.set(code, labels); return labels; }, () => { labelsLoading.delete(code); return null; })
      : Promise.resolve(labelsNow(code));
    labelsLoading.set(code, pending);
  }
  return pending;
}

type Theme = 'paper' | 'contrast';

const pageTheme = (): Theme => (document.documentElement.dataset.theme === 'contrast' ? 'contrast' : 'paper');

interface Box { left: number; top: number; right: number; bottom: number }
const overlaps = (a: Box, b: Box, gap = 1): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/**
 * Shows the labels that fit: each is moved back onto the plan if it grew past an edge, and, in
 * order of importance, one that would overlap a label already shown is hidden (as the live map
 * leaves it out). Run when the plan or a label changes size: a resize, a larger text size.
 */
function declutter(sheet: HTMLElement): void {
  const edge = sheet.getBoundingClientRect();
  if (edge.width === 0) return;
  const shown: Box[] = [];
  const labels = [...sheet.querySelectorAll<HTMLElement>('.map-static-label')];
  for (const label of labels) label.style.translate = '';
  for (const label of labels) {
    const at = label.getBoundingClientRect();
    // Kept on the sheet, 2 px in, as the live map keeps its labels (labels.ts, keepOnSheet).
    const dx = Math.max(0, edge.left + 2 - at.left) + Math.min(0, edge.right - 2 - at.right);
    const dy = Math.max(0, edge.top + 2 - at.top) + Math.min(0, edge.bottom - 2 - at.bottom);
    if (dx || dy) label.style.translate = `${dx}px ${dy}px`;
    const box = { left: at.left + dx, right: at.right + dx, top: at.top + dy, bottom: at.bottom + dy };
    const fits = at.width <= edge.width - 4 && at.height <= edge.height - 4;
    const clear = fits && !shown.some((other) => overlaps(box, other));
    label.classList.toggle('map-static-label-hidden', !clear);
    if (clear) shown.push(box);
  }
}

function setColours(sheet: HTMLElement, theme: Theme): void {
  const colours = planLabels.colours[theme];
  sheet.style.setProperty('--static-label-paper', colours.paper);
  sheet.style.setProperty('--static-label-ink', colours.ink);
}

function labelNode(label: StaticLabels[number]): HTMLElement {
  const node = el('span', { className: `map-static-label map-static-${label.kind}`, dataset: { label: label.id } },
    label.lines.map((line) => el('span', { text: line })));
  // Set through the CSSOM (allowed by the CSP's style-src 'self'; a style attribute would not be).
  node.style.left = `${label.x}%`;
  node.style.top = `${label.y}%`;
  node.style.fontSize = `${label.rem}rem`;
  return node;
}

export function staticPlan(theme: Theme = pageTheme()): HTMLElement {
  const image = el('img', { className: 'map-static-image', attrs: { src: theme === 'contrast' ? contrastPlan : paperPlan, alt: '', decoding: 'async', draggable: 'false' } });
  const sheet = el('div', { className: 'map-static-sheet' }, [image]);
  setColours(sheet, theme);
  const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => declutter(sheet)) : null;
  observer?.observe(sheet);
  const code = language().code;
  const addLabels = (list: StaticLabels): void => {
    const labels = list.map(labelNode);
    sheet.append(...labels);
    // Observing a label reports its size once at the start: the new labels are decluttered then.
    for (const label of labels) observer?.observe(label);
  };
  const now = labelsNow(code);
  if (now) addLabels(now);
  else void fetchLabels(code).then((list) => { if (list && language().code === code) addLabels(list); });
  return el('div', { className: 'map-static', attrs: { 'aria-hidden': 'true' } }, [sheet]);
}

let early: HTMLImageElement | null = null;
/**
 * Starts fetching the static plan (and its labels in a language other than English) once the
 * story has loaded (nothing then competes with the first text), so that the map host built later
 * shows it from the cache without waiting.
 */
export function prefetchStaticPlan(): void {
  if (early) return;
  early = new Image();
  early.decoding = 'async';
  early.src = pageTheme() === 'contrast' ? contrastPlan : paperPlan;
  void fetchLabels(language().code);
}

/** Follows a theme change (settings) in every static plan inside `root`. */
export function setStaticPlanTheme(root: ParentNode, theme: Theme): void {
  for (const image of root.querySelectorAll<HTMLImageElement>('.map-static img.map-static-image')) image.src = theme === 'contrast' ? contrastPlan : paperPlan;
  for (const sheet of root.querySelectorAll<HTMLElement>('.map-static-sheet')) setColours(sheet, theme);
}
