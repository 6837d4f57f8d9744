// Staff: a PIN pad behind the hidden corner gesture, then a screen with the kiosk's health
// (build, offline copy, uptime, visits, resets, errors, memory) and three actions: reload,
// export the counters as CSV, leave kiosk mode.
import { button, el } from '../../ui/dom.ts';
import { format } from '../../ui/strings.ts';
import type { KioskCounters, Tally } from './counters.ts';
import { localDate } from './counters.ts';
import { modal } from './overlays.ts';
import type { PinGuard } from './pin.ts';
import type { Scheduler, TimerId } from './scheduler.ts';
import type { OfflineStatus } from './serviceWorker.ts';
import { kioskStrings } from './strings.ts';

const MAX_DIGITS = 12;

export interface PinPadOptions {
  guard: PinGuard;
  scheduler: Scheduler;
  failuresBeforeLockout: number;
  success(): void;
  closed(): void;
}

export function openPinPad(options: PinPadOptions): { close(): void } {
  const k = kioskStrings().staff;
  let entry = '';
  let timer: TimerId | null = null;
  let closed = false;
  const dots = el('p', { className: 'kiosk-pin-dots', attrs: { 'aria-hidden': 'true' } });
  const count = el('p', { className: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const message = el('p', { className: 'kiosk-pin-message', id: 'kiosk-pin-message', attrs: { role: 'status' } });
  const digits: HTMLButtonElement[] = [];
  const press = (digit: string) => {
    if (entry.length >= MAX_DIGITS) return;
    entry += digit;
    render();
  };
  const render = () => {
    dots.textContent = entry ? '\u25cf '.repeat(entry.length).trim() : '\u00a0';
    count.textContent = format(k.pinEntered, { count: entry.length });
  };
  const keys = el('div', { className: 'kiosk-pin-keys' });
  for (const digit of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
    const key = button(digit, () => press(digit), { className: 'secondary kiosk-pin-key', dataset: { digit } });
    digits.push(key);
    keys.append(key);
  }
  const zero = button('0', () => press('0'), { className: 'secondary kiosk-pin-key', dataset: { digit: '0' } });
  digits.push(zero);
  const clear = button(k.clear, () => { entry = ''; render(); }, { className: 'secondary kiosk-pin-key kiosk-pin-clear' });
  const remove = button('\u232b', () => { entry = entry.slice(0, -1); render(); }, { className: 'secondary kiosk-pin-key kiosk-pin-delete', attrs: { 'aria-label': k.remove } });
  keys.append(clear, zero, remove);
  const ok = button(k.ok, () => submit(), { className: 'primary kiosk-pin-ok', id: 'kiosk-pin-ok' });
  const cancel = button(k.cancel, () => close(), { className: 'secondary kiosk-pin-cancel', id: 'kiosk-pin-cancel' });

  const setLocked = (lockedForMs: number) => {
    if (timer !== null) options.scheduler.clearTimeout(timer);
    timer = null;
    const locked = lockedForMs > 0;
    for (const key of [...digits, clear, remove, ok]) key.disabled = locked;
    dialog.dataset.locked = String(locked);
    if (!locked) return;
    message.textContent = format(k.pinLocked, { seconds: Math.ceil(lockedForMs / 1000) });
    timer = options.scheduler.setTimeout(() => {
      timer = null;
      if (closed) return;
      const left = options.guard.lockedForMs();
      if (left > 0) setLocked(left);
      else { setLocked(0); message.textContent = k.pinPrompt; digits[0].focus(); }
    }, Math.min(1000, lockedForMs));
  };

  const submit = () => {
    const result = options.guard.attempt(entry);
    entry = '';
    render();
    if (result.ok) { close(false); options.success(); return; }
    if (result.reason === 'locked' || result.lockedForMs > 0) { setLocked(result.lockedForMs); return; }
    const left = options.failuresBeforeLockout - result.failures;
    message.textContent = left > 0 && left < options.failuresBeforeLockout ? format(k.pinWrongLeft, { left }) : k.pinWrong;
  };

  const dialog = modal('kiosk-pin', 'kiosk-pin-title', [
    el('h2', { id: 'kiosk-pin-title', text: k.pinTitle }),
    message,
    dots, count,
    keys,
    el('div', { className: 'button-row' }, [cancel, ok]),
  ], 'kiosk-pin-message');
  dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(); });
  dialog.addEventListener('keydown', (event) => {
    if (/^[0-9]$/.test(event.key) && !digits[0].disabled) { event.preventDefault(); press(event.key); }
    else if (event.key === 'Backspace' && !remove.disabled) { event.preventDefault(); remove.click(); }
    else if (event.key === 'Enter' && event.target === dialog) { event.preventDefault(); ok.click(); }
  });
  message.textContent = k.pinPrompt;
  render();
  setLocked(options.guard.lockedForMs());
  (digits[0].disabled ? cancel : digits[0]).focus();

  function close(notify = true): void {
    if (closed) return;
    closed = true;
    if (timer !== null) options.scheduler.clearTimeout(timer);
    dialog.close();
    dialog.remove();
    if (notify) options.closed();
  }
  return { close: () => close() };
}

export interface StaffInfo {
  build: string;
  offline: OfflineStatus;
  sessionStartedAt: number;
  pageLoadedAt: number;
  counters: KioskCounters;
  targetPx: number;
  thresholds: { reading: number; menu: number; warning: number };
  preset: string;
  now: number;
}

export interface StaffActions { reload(): void; leave(): void; closed(): void }

export function duration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) return `${days} d ${hours} h ${mins} min`;
  if (hours) return `${hours} h ${mins} min`;
  if (mins) return `${mins} min`;
  return `${Math.floor(Math.max(0, ms) / 1000)} s`;
}

function memoryLine(): string | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number; jsHeapSizeLimit: number } }).memory;
  if (!memory || !memory.usedJSHeapSize) return null;
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
  return `${mb(memory.usedJSHeapSize)} of ${mb(memory.jsHeapSizeLimit)}`;
}

export function openStaffScreen(info: StaffInfo, actions: StaffActions): { close(): void } {
  const k = kioskStrings().staff;
  const today: Tally = info.counters.today();
  const total: Tally = info.counters.total();
  const offlineText: Record<OfflineStatus, string> = { ready: k.swReady, installing: k.swInstalling, waiting: k.swWaiting, none: k.swNone };
  const row = (label: string, value: string, key: string) => el('div', { className: 'kiosk-staff-row', dataset: { key } }, [el('dt', { text: label }), el('dd', { text: value })]);
  const status = el('p', { className: 'kiosk-staff-status', attrs: { role: 'status' } });
  const errors = info.counters.errorLog().slice(-5).reverse();
  const exportCsv = () => {
    const name = `kengir-kiosk-counters-${localDate(info.now)}.csv`;
    const url = URL.createObjectURL(new Blob([info.counters.toCsv()], { type: 'text/csv;charset=utf-8' }));
    const link = el('a', { attrs: { href: url, download: name } });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 2000);
    status.textContent = format(k.exported, { file: name });
  };
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    dialog.close();
    dialog.remove();
    actions.closed();
  };
  const dialog = modal('kiosk-staff', 'kiosk-staff-title', [
    el('h2', { id: 'kiosk-staff-title', text: k.title }),
    el('dl', { className: 'kiosk-staff-facts' }, [
      row(k.build, info.build, 'build'),
      row(k.offline, offlineText[info.offline], 'offline'),
      row(k.uptime, info.sessionStartedAt ? duration(info.now - info.sessionStartedAt) : '\u2013', 'uptime'),
      row(k.pageUptime, format(k.ago, { time: duration(info.now - info.pageLoadedAt) }), 'page'),
      row(k.visitsToday, `${today.visitsStarted} / ${today.visitsFinished}`, 'visits-today'),
      row(k.visitsTotal, `${total.visitsStarted} / ${total.visitsFinished}`, 'visits-total'),
      row(k.resets, `${today.resets} / ${total.resets}`, 'resets'),
      row(k.errors, `${today.errors} / ${total.errors}`, 'errors'),
      row(k.memory, memoryLine() ?? k.memoryUnknown, 'memory'),
      row(k.target, `${info.targetPx} px`, 'target'),
      row(k.preset, `${info.preset} \u00b7 ${format(k.thresholds, info.thresholds)}`, 'preset'),
    ]),
    el('h3', { text: k.recentErrors }),
    errors.length
      ? el('ul', { className: 'kiosk-staff-errors' }, errors.map((entry) => el('li', { text: `${entry.at} \u00b7 ${entry.message}${entry.where ? ` (${entry.where})` : ''}` })))
      : el('p', { text: k.noErrors }),
    el('div', { className: 'kiosk-staff-actions' }, [
      button(k.reload, () => actions.reload(), { className: 'primary', id: 'kiosk-staff-reload' }),
      button(k.exportCsv, exportCsv, { className: 'secondary', id: 'kiosk-staff-export' }),
      button(k.leave, () => actions.leave(), { className: 'secondary', id: 'kiosk-staff-leave' }),
    ]),
    status,
  ]);
  dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(); });
  dialog.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
  dialog.querySelector<HTMLElement>('h2')?.focus();
  return { close };
}
