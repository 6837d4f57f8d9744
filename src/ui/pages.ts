// Full pages over the current screen (the read-back, the end page, "your path and the history",
// chapters): the screen underneath is hidden, not torn down, so a game in progress goes on where
// it was when the page is left. Pages stack; "Back" (or Escape) returns to what was there before,
// with the focus where it was.
import { button, el } from './dom.ts';
import { strings } from './strings.ts';

export interface PageHandle { page: HTMLElement; body: HTMLElement; close(): void }

const openPages: PageHandle[] = [];

/** A page is open over the screen: the story's keys (1-9, U) belong to it, not to the play screen. */
export function pageOpen(): boolean { return openPages.length > 0; }

/** Closes every page (a new screen is mounted under them). */
export function closeAllPages(): void {
  for (const handle of [...openPages].reverse()) handle.close();
}

/**
 * Opens a page in `root`: a <main> with a "Back" link-button and the page's <h1>, filled by
 * `fill`. Everything else in `root` is hidden until the page is closed.
 */
export function openPage(root: HTMLElement, title: string, fill: (body: HTMLElement, close: () => void) => void, options: { className?: string; onClose?: () => void } = {}): PageHandle {
  const previouslyFocused = document.activeElement as HTMLElement | null;
  const hidden = [...root.children].filter((child): child is HTMLElement => child instanceof HTMLElement && !child.hidden);
  const headingId = `page-title-${openPages.length + 1}`;
  const body = el('div', { className: 'page-body' });
  const heading = el('h1', { id: headingId, text: title, attrs: { tabindex: '-1' } });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    openPages.splice(openPages.indexOf(handle), 1);
    page.remove();
    for (const element of hidden) {
      element.hidden = false;
      delete element.dataset.underPage;
    }
    document.removeEventListener('keydown', onKey);
    options.onClose?.();
    if (previouslyFocused?.isConnected) previouslyFocused.focus({ preventScroll: true });
  };
  const onKey = (event: KeyboardEvent) => {
    // Escape leaves the top page only, and never while a dialog is open over it.
    if (event.key !== 'Escape' || openPages[openPages.length - 1] !== handle || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    close();
  };
  const page = el('main', { className: `full-page ${options.className ?? ''}`.trim(), id: `page-${openPages.length + 1}`, attrs: { 'aria-labelledby': headingId } }, [
    el('div', { className: 'page-bar' }, [button(strings().back, close, { className: 'tertiary page-back' })]),
    heading,
    body,
  ]);
  const handle: PageHandle = { page, body, close };
  // `hidden` alone loses to a screen's own `display` rule; the attribute's CSS rule wins (reading.css).
  for (const element of hidden) {
    element.hidden = true;
    element.dataset.underPage = '';
  }
  root.append(page);
  openPages.push(handle);
  document.addEventListener('keydown', onKey);
  fill(body, close);
  window.scrollTo?.(0, 0);
  heading.focus({ preventScroll: true });
  return handle;
}
