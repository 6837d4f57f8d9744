// How the play screen shares the screen (styles in styles/layout.css): the header's height as a
// custom property for the map pane beside the story; on phones one header row (the map toggle,
// "More" and Menu; the other header buttons fold under "More") and the map closed at first, a
// sheet over the lower part of the screen when opened, so it never pushes the choices down.
import { button } from './dom.ts';
import { strings } from './strings.ts';

/** Phones (and narrow windows): the width at which the header folds and the map becomes a sheet. */
export const PHONE_QUERY = '(max-width: 600px)';

export interface PlayLayoutParts {
  screen: HTMLElement;
  header: HTMLElement;
  actions: HTMLElement;
  /** Shows or hides the map pane (the header's map toggle does the same). */
  showMap(shown: boolean): void;
}

/** Sets the play screen's layout up; returns what takes it down. */
export function fitPlayLayout(parts: PlayLayoutParts): () => void {
  const { screen, header, actions } = parts;
  const phone = typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;
  if (phone) parts.showMap(false);

  // "More": a disclosure that only phones show (CSS); it unfolds the header buttons it hides.
  actions.id ||= 'header-actions';
  const more = button(strings().more, () => {
    const open = !actions.classList.contains('more-open');
    actions.classList.toggle('more-open', open);
    more.setAttribute('aria-expanded', String(open));
  }, { className: 'header-button', id: 'header-more', attrs: { 'aria-expanded': 'false', 'aria-controls': actions.id } });
  actions.prepend(more);

  // The map pane sits under the sticky header and fills the rest of the window's height.
  const publish = () => screen.style.setProperty('--play-header-h', `${Math.ceil(header.getBoundingClientRect().height)}px`);
  publish();
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(publish) : null;
  observer?.observe(header);
  return () => observer?.disconnect();
}
