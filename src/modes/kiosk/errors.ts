// Self-healing: any uncaught error or unhandled rejection is reported (the kiosk logs it in the
// counters store and returns to the attract loop). Known harmless browser noise is ignored.

const HARMLESS = [
  /ResizeObserver loop/i,
];

export interface CaughtError { kind: 'error' | 'rejection'; message: string; where: string }

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try { return JSON.stringify(value) ?? String(value); } catch { return String(value); }
}

/** Only the file's name and position: never a full URL with its query. */
function place(file: string | undefined, line?: number, column?: number): string {
  if (!file) return '';
  const name = file.split(/[?#]/)[0].split('/').pop() ?? '';
  return line ? `${name}:${line}:${column ?? 0}` : name;
}

export function installErrorGuard(report: (error: CaughtError) => void): () => void {
  const onError = (event: ErrorEvent) => {
    const message = event.error !== undefined && event.error !== null ? describe(event.error) : (event.message || 'unknown error');
    if (HARMLESS.some((pattern) => pattern.test(message))) return;
    report({ kind: 'error', message, where: place(event.filename, event.lineno, event.colno) });
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const message = describe(event.reason);
    if (HARMLESS.some((pattern) => pattern.test(message))) return;
    const stack = event.reason instanceof Error ? event.reason.stack ?? '' : '';
    const frame = /\(?([^\s()]+):(\d+):(\d+)\)?/.exec(stack.split('\n').slice(1).join('\n'));
    report({ kind: 'rejection', message, where: frame ? place(frame[1], Number(frame[2]), Number(frame[3])) : '' });
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}
