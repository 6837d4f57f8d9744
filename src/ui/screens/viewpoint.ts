// The viewpoint screen: one card per registered (playable) viewpoint.
import { translatedLines } from '../../engine/storyLanguage.ts';
import { viewpoints, type Viewpoint } from '../../viewpoints/registry.ts';
import { button, el } from '../dom.ts';
import { strings } from '../strings.ts';

type Catalog = ReturnType<typeof strings>;

/** A viewpoint's text from the catalog (the registry holds catalog keys, not English). */
export function viewpointText(viewpoint: Viewpoint, part: keyof Viewpoint['strings']): string {
  const value = (strings() as unknown as Record<string, unknown>)[viewpoint.strings[part]];
  return typeof value === 'string' ? value : viewpoint.id;
}

/** The short name the end panel and the save slots use ("Jonas"), else the full name. */
export function viewpointShortName(viewpoint: Viewpoint): string {
  return strings().slots.viewpoints[viewpoint.id] ?? viewpointText(viewpoint, 'name');
}

export function viewpointScreen(begin: (viewpoint: Viewpoint) => void, back: () => void): HTMLElement {
  const s: Catalog = strings();
  const card = (name: string, blurb: string, start: { label: string; id: string; run: () => void }, inEnglish = false) => el('li', { className: 'viewpoint available' }, [
    el('h2', { text: name }),
    el('p', { text: blurb }),
    // Said before the path starts: a path not yet translated is told in English.
    inEnglish ? el('p', { className: 'viewpoint-in-english', text: s.viewpointInEnglish }) : null,
    button(start.label, start.run, { className: 'primary', id: start.id }),
  ]);
  const playable = [...viewpoints.values()].map((viewpoint) => card(viewpointText(viewpoint, 'name'), viewpointText(viewpoint, 'blurb'),
    { label: viewpointText(viewpoint, 'begin'), id: `begin-${viewpoint.id}`, run: () => begin(viewpoint) },
    viewpoint.lineIdPrefix !== '' && translatedLines(viewpoint.lineIdPrefix) === 0));
  // Only playable viewpoints are offered; none is advertised as "coming later" (#16 item 9).
  return el('main', { className: 'viewpoint-screen', id: 'main' }, [
    el('h1', { text: s.chooseViewpoint }),
    el('p', { className: 'lead', text: s.viewpointIntro }),
    el('ul', { className: 'viewpoints' }, playable),
    button(s.back, back, { className: 'tertiary' }),
  ]);
}

export function focusViewpoint(main: HTMLElement): void {
  main.querySelector<HTMLElement>('.viewpoint.available button')?.focus();
}
