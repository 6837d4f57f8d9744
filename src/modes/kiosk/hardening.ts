// A public touch screen: big targets with visible press feedback, and none of the browser's own
// gestures — no text selection, context menu, pinch or ctrl-wheel zoom, swipe-back navigation,
// dragging, outbound links or new windows. The CSS half is in kiosk.css (touch-action,
// user-select, overscroll-behavior). Returns a function that removes every listener.

const PRESSABLE = 'button, summary, label, a[href], [role="button"], input[type="radio"], input[type="checkbox"]';

export interface HardeningOptions {
  /** Smallest touch target in CSS px. */
  targetPx: number;
  /** Body text size at 100% in px. */
  textPx: number;
  /** Ignore a second tap on the story's controls this soon after a new screen (double taps). */
  tapGuardMs: number;
  lastScreenAt(): number;
  now(): number;
}

function isSameDocumentLink(anchor: HTMLAnchorElement): boolean {
  const href = anchor.getAttribute('href') ?? '';
  if (href.startsWith('#')) return true;
  // A download of a file the page made itself (the staff screen's CSV export).
  return href.startsWith('blob:') && anchor.hasAttribute('download');
}

export function installHardening(options: HardeningOptions): () => void {
  const root = document.documentElement;
  root.dataset.mode = 'kiosk';
  root.style.setProperty('--kiosk-target', `${options.targetPx}px`);
  root.style.setProperty('--kiosk-text', `${options.textPx}px`);
  const removers: (() => void)[] = [];
  const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, opts: AddEventListenerOptions = {}) => {
    document.addEventListener(type, handler, opts);
    removers.push(() => document.removeEventListener(type, handler, opts));
  };
  const editable = (target: EventTarget | null) => target instanceof Element && !!target.closest('input[type="text"], input[type="search"], textarea, [contenteditable="true"]');

  on('contextmenu', (event) => event.preventDefault(), { capture: true });
  on('selectstart', (event) => { if (!editable(event.target)) event.preventDefault(); }, { capture: true });
  on('dragstart', (event) => event.preventDefault(), { capture: true });
  // Pinch-zoom with two fingers, and Safari's gesture events.
  // (Once the browser has begun to scroll, a touchmove cannot be cancelled; touch-action covers that.)
  on('touchmove', (event) => { if (event.touches.length > 1 && event.cancelable) event.preventDefault(); }, { capture: true, passive: false });
  on('gesturestart' as keyof DocumentEventMap, (event) => event.preventDefault(), { capture: true, passive: false });
  const wheel = (event: WheelEvent) => { if (event.ctrlKey) event.preventDefault(); };
  window.addEventListener('wheel', wheel, { capture: true, passive: false });
  removers.push(() => window.removeEventListener('wheel', wheel, { capture: true }));
  on('keydown', (event) => {
    const zoomKey = (event.ctrlKey || event.metaKey) && ['+', '-', '=', '0', 'p', 's', 'o', 'n', 't', 'w'].includes(event.key.toLowerCase());
    const historyKey = (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) || event.key === 'BrowserBack' || event.key === 'BrowserForward';
    if (zoomKey || historyKey) event.preventDefault();
  }, { capture: true });

  // No way off the page: same-document links only; no new windows, no middle-click tabs.
  on('click', (event) => {
    const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (anchor && !isSameDocumentLink(anchor)) event.preventDefault();
  }, { capture: true });
  on('auxclick', (event) => event.preventDefault(), { capture: true });
  const originalOpen = window.open;
  window.open = () => null;
  removers.push(() => { window.open = originalOpen; });

  // Visitors tap Continue twice; the second tap must not skip the next screen unread.
  on('click', (event) => {
    if (!options.tapGuardMs || event.detail === 0) return; // keyboard "clicks" have detail 0
    const target = event.target instanceof Element ? event.target : null;
    if (!target?.closest('.story-controls')) return;
    if (options.now() - options.lastScreenAt() < options.tapGuardMs) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, { capture: true });

  // Press feedback that shows on touch screens (no hover there): a class while the finger is down.
  let pressed: Element | null = null;
  const release = () => { pressed?.classList.remove('kiosk-pressed'); pressed = null; };
  on('pointerdown', (event) => {
    release();
    const target = event.target instanceof Element ? event.target.closest(PRESSABLE) : null;
    if (target && !(target as HTMLButtonElement).disabled) { pressed = target; target.classList.add('kiosk-pressed'); }
  }, { capture: true, passive: true });
  on('pointerup', release, { capture: true, passive: true });
  on('pointercancel', release, { capture: true, passive: true });

  return () => {
    for (const remove of removers.splice(0)) remove();
    release();
  };
}
