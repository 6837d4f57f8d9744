// Modal dialogs on the native <dialog> element: focus is trapped and restored, Escape closes.
import { button, el } from './dom.ts';
import { strings } from './strings.ts';

export interface DialogHandle { dialog: HTMLDialogElement; body: HTMLElement; close(): void }

let openCount = 0;
/** Open dialogs that are menus (short choices, not reading), for a mode's idle timers. */
let openMenus = 0;

/** A menu-like dialog of this module is open (the menu, settings): a kiosk waits less long. */
export function menuDialogOpen(): boolean { return openMenus > 0; }
/**
 * The one answer to "is a dialog open?": any open native <dialog> (this module's panels, the
 * classroom's cards, the kiosk's overlays). Keys then belong to the dialog.
 */
export function dialogOpen(): boolean { return openCount > 0 || document.querySelector('dialog[open]') !== null; }

const openClosers = new Set<() => void>();

/** Closes every dialog this module opened, then removes any other open native dialog (a mode's in-page reset). */
export function closeAllDialogs(): void {
  for (const close of [...openClosers]) close();
  for (const dialog of [...document.querySelectorAll<HTMLDialogElement>('dialog')]) { dialog.close(); dialog.remove(); }
}

export function openDialog(title: string, fill: (body: HTMLElement, close: () => void) => void, options: { className?: string; onClose?: () => void; menu?: boolean } = {}): DialogHandle {
  const previouslyFocused = document.activeElement as HTMLElement | null;
  const headingId = `dialog-title-${Math.random().toString(36).slice(2, 8)}`;
  const body = el('div', { className: 'dialog-body' });
  const dialog = el('dialog', { className: `panel-dialog ${options.className ?? ''}`.trim(), attrs: { 'aria-labelledby': headingId } });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    openCount -= 1;
    if (options.menu) openMenus -= 1;
    openClosers.delete(close);
    dialog.close();
    dialog.remove();
    options.onClose?.();
    previouslyFocused?.focus?.({ preventScroll: true });
  };
  const header = el('div', { className: 'dialog-header' }, [
    el('h2', { id: headingId, text: title }),
    button(strings().close, close, { className: 'dialog-close' }),
  ]);
  dialog.append(header, body);
  dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(); });
  document.body.append(dialog);
  openCount += 1;
  if (options.menu) openMenus += 1;
  openClosers.add(close);
  fill(body, close);
  dialog.showModal();
  (body.querySelector<HTMLElement>('[autofocus]') ?? header.querySelector<HTMLElement>('h2'))?.setAttribute('tabindex', '-1');
  (body.querySelector<HTMLElement>('[autofocus]') ?? header.querySelector<HTMLElement>('h2'))?.focus();
  return { dialog, body, close };
}

/** A short message in a polite status region that stays until dismissed or replaced. */
export function notify(region: HTMLElement, message: string, kind: 'info' | 'problem' = 'info'): void {
  region.replaceChildren(
    el('p', { className: `notice notice-${kind}` }, [
      message, ' ',
      button(strings().dismiss, () => region.replaceChildren(), { className: 'link-button' }),
    ]),
  );
}
