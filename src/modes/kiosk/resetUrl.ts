// How the kiosk starts afresh between visitors. Not location.reload(): Chromium keeps a pinch zoom
// (and the scroll position) in the history entry and restores it on reload, so a kiosk zoomed by
// a visitor would stay zoomed. A fresh navigation to the same address starts at scale 1. The
// marker tells the new page it is a reset, not a new browser session (the staff screen's uptime).

export const RESET_PARAM = 'kiosk-reset';

/** The same address with the reset marker. */
export function resetUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set(RESET_PARAM, '1');
  url.hash = '';
  return url.toString();
}

/** Whether this page was loaded by a kiosk reset (as opposed to a launch of the browser). */
export function loadedByReset(search: string): boolean {
  return new URLSearchParams(search).has(RESET_PARAM);
}
