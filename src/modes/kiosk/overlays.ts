// The kiosk's own modal screens on native <dialog>: "Are you still there?" with its countdown,
// and the "something went wrong" notice shown for the second before the kiosk starts again.
import { button, el } from '../../ui/dom.ts';
import { kioskStrings } from './strings.ts';

export function modal(className: string, labelledBy: string, children: (Node | null)[], describedBy?: string): HTMLDialogElement {
  const dialog = el('dialog', { className: `kiosk-dialog ${className}`, attrs: { 'aria-labelledby': labelledBy, 'aria-describedby': describedBy } }, children);
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

export class IdleOverlay {
  private dialog: HTMLDialogElement | null = null;
  private seconds: HTMLElement | null = null;
  private previousFocus: HTMLElement | null = null;

  get isOpen(): boolean { return this.dialog !== null; }

  open(secondsLeft: number, onContinue: () => void): void {
    this.close();
    const k = kioskStrings();
    this.previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.seconds = el('span', { className: 'kiosk-idle-seconds', text: String(secondsLeft) });
    const [before, after] = k.idleBody.split('{seconds}');
    const proceed = button(k.idleContinue, onContinue, { className: 'primary kiosk-idle-continue', id: 'kiosk-idle-continue' });
    this.dialog = modal('kiosk-idle', 'kiosk-idle-title', [
      el('h2', { id: 'kiosk-idle-title', text: k.idleTitle }),
      el('p', { id: 'kiosk-idle-body' }, [before ?? '', this.seconds, after ?? '']),
      proceed,
    ], 'kiosk-idle-body');
    this.dialog.dataset.secondsLeft = String(secondsLeft);
    // Escape is the keyboard's Continue.
    this.dialog.addEventListener('cancel', (event) => { event.preventDefault(); onContinue(); });
    proceed.focus({ preventScroll: true });
  }

  update(secondsLeft: number): void {
    if (!this.dialog || !this.seconds) return;
    this.seconds.textContent = String(secondsLeft);
    this.dialog.dataset.secondsLeft = String(secondsLeft);
  }

  close(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    this.dialog = null;
    this.seconds = null;
    dialog.close();
    dialog.remove();
    if (this.previousFocus?.isConnected) this.previousFocus.focus({ preventScroll: true });
    this.previousFocus = null;
  }
}

/** A plain notice while the kiosk restarts after an error. */
export function showRestartNotice(): HTMLDialogElement {
  document.querySelector('dialog.kiosk-restart')?.remove();
  const k = kioskStrings();
  const dialog = modal('kiosk-restart', 'kiosk-restart-title', [el('h2', { id: 'kiosk-restart-title', text: k.errorNotice })]);
  dialog.setAttribute('role', 'alertdialog');
  return dialog;
}
