// The viewpoint screen: one card per registered viewpoint, then the people still to come.
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
  const card = (name: string, blurb: string, start: { label: string; id: string; run: () => void } | null) => el('li', { className: `viewpoint ${start ? 'available' : 'later'}` }, [
    el('h2', { text: name }),
    el('p', { text: blurb }),
    start ? button(start.label, start.run, { className: 'primary', id: start.id }) : el('p', { className: 'badge', text: s.comingLater }),
  ]);
  const playable = [...viewpoints.values()].map((viewpoint) => card(viewpointText(viewpoint, 'name'), viewpointText(viewpoint, 'blurb'),
    { label: viewpointText(viewpoint, 'begin'), id: `begin-${viewpoint.id}`, run: () => begin(viewpoint) }));
  // The prisoners still to come are announced until their issues add them to the registry.
  const announced: [string, string, string][] = [['jonas', s.jonasName, s.jonasBlurb], ['pavel', s.pavelName, s.pavelBlurb]];
  const later = announced.filter(([id]) => !viewpoints.has(id)).map(([, name, blurb]) => card(name, blurb, null));
  return el('main', { className: 'viewpoint-screen', id: 'main' }, [
    el('h1', { text: s.chooseViewpoint }),
    el('p', { className: 'lead', text: s.viewpointIntro }),
    el('ul', { className: 'viewpoints' }, [...playable, ...later]),
    button(s.back, back, { className: 'tertiary' }),
  ]);
}

export function focusViewpoint(main: HTMLElement): void {
  main.querySelector<HTMLElement>('.viewpoint.available button')?.focus();
}
