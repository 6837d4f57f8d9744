// The only thing a kiosk keeps on the device: anonymous counters under one localStorage key.
// Visits started and finished, endings reached, the split at the key choices (by `# history:`
// id), idle resets and errors caught — per day and in total — plus a bounded log of errors and
// the staff PIN's lockout. Nothing identifies a visitor: no times of visits, no paths, no text
// typed. Corrupt data is repaired field by field, never thrown.
import type { Clock, KeyValueStorage } from '../../engine/index.ts';

export const COUNTERS_KEY = 'kengir.kiosk.counters.v1';
const FORMAT = 'kengir-kiosk-counters@1';

export interface Tally {
  visitsStarted: number;
  visitsFinished: number;
  endings: Record<string, number>;
  /** History moment id → choice text → count. */
  choices: Record<string, Record<string, number>>;
  resets: number;
  errors: number;
}

export interface ErrorEntry { at: string; kind: 'error' | 'rejection'; message: string; where: string }

export interface PinState { failures: number; lockedUntil: number }

export interface CountersData {
  format: typeof FORMAT;
  total: Tally;
  /** Local date (YYYY-MM-DD) → that day's tally; only the most recent `keepDays` are kept. */
  days: Record<string, Tally>;
  errorLog: ErrorEntry[];
  pin: PinState;
  /** When the browser last opened the kiosk afresh (not a reload): the staff screen's uptime. */
  sessionStartedAt: number;
}

export interface CounterLimits { keepDays: number; errorLogSize: number }

export function emptyTally(): Tally {
  return { visitsStarted: 0, visitsFinished: 0, endings: {}, choices: {}, resets: 0, errors: 0 };
}

function emptyData(): CountersData {
  return { format: FORMAT, total: emptyTally(), days: {}, errorLog: [], pin: { failures: 0, lockedUntil: 0 }, sessionStartedAt: 0 };
}

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const ID = /^[a-z][a-z0-9_]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function countMap(value: unknown, keyOk: (key: string) => boolean): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isRecord(value)) return out;
  for (const [key, entry] of Object.entries(value)) if (keyOk(key) && count(entry) > 0) out[key] = count(entry);
  return out;
}

function repairTally(value: unknown): Tally {
  const tally = emptyTally();
  if (!isRecord(value)) return tally;
  tally.visitsStarted = count(value.visitsStarted);
  tally.visitsFinished = count(value.visitsFinished);
  tally.resets = count(value.resets);
  tally.errors = count(value.errors);
  tally.endings = countMap(value.endings, (key) => ID.test(key));
  if (isRecord(value.choices)) {
    for (const [moment, options] of Object.entries(value.choices)) {
      if (!ID.test(moment)) continue;
      // Zero counts are kept here: they list the options nobody has chosen yet.
      const kept: Record<string, number> = {};
      if (isRecord(options)) for (const [text, n] of Object.entries(options)) if (text.length <= 300) kept[text] = count(n);
      tally.choices[moment] = kept;
    }
  }
  return tally;
}

export function repairCounters(raw: unknown): CountersData {
  const data = emptyData();
  if (!isRecord(raw) || raw.format !== FORMAT) return data;
  data.total = repairTally(raw.total);
  if (isRecord(raw.days)) for (const [date, tally] of Object.entries(raw.days)) if (DATE.test(date)) data.days[date] = repairTally(tally);
  if (Array.isArray(raw.errorLog)) {
    data.errorLog = raw.errorLog.filter(isRecord).map((entry) => ({
      at: typeof entry.at === 'string' ? entry.at.slice(0, 40) : '',
      kind: entry.kind === 'rejection' ? 'rejection' as const : 'error' as const,
      message: typeof entry.message === 'string' ? entry.message.slice(0, 300) : '',
      where: typeof entry.where === 'string' ? entry.where.slice(0, 200) : '',
    }));
  }
  if (isRecord(raw.pin)) data.pin = { failures: count(raw.pin.failures), lockedUntil: count(raw.pin.lockedUntil) };
  data.sessionStartedAt = count(raw.sessionStartedAt);
  return data;
}

/** The device's local calendar date: "today" is the museum's day, not UTC's. */
export function localDate(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export class KioskCounters {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly clock: Clock,
    private readonly limits: CounterLimits = { keepDays: 120, errorLogSize: 50 },
  ) {}

  /** The stored counters, repaired. Read afresh each time: a reload never loses a count. */
  read(): CountersData {
    let raw: unknown = null;
    try { raw = JSON.parse(this.storage.getItem(COUNTERS_KEY) ?? 'null'); } catch { raw = null; }
    return repairCounters(raw);
  }

  private write(data: CountersData): void {
    const dates = Object.keys(data.days).sort();
    for (const date of dates.slice(0, Math.max(0, dates.length - this.limits.keepDays))) delete data.days[date];
    if (data.errorLog.length > this.limits.errorLogSize) data.errorLog = data.errorLog.slice(-this.limits.errorLogSize);
    this.storage.setItem(COUNTERS_KEY, JSON.stringify(data));
  }

  private change(update: (tally: Tally) => void): void {
    const data = this.read();
    const today = localDate(this.clock.now());
    data.days[today] ??= emptyTally();
    update(data.total);
    update(data.days[today]);
    this.write(data);
  }

  today(): Tally { return this.read().days[localDate(this.clock.now())] ?? emptyTally(); }
  total(): Tally { return this.read().total; }
  errorLog(): ErrorEntry[] { return this.read().errorLog; }

  visitStarted(): void { this.change((tally) => { tally.visitsStarted += 1; }); }

  visitFinished(ending: string | null): void {
    this.change((tally) => {
      tally.visitsFinished += 1;
      if (ending && ID.test(ending)) tally.endings[ending] = (tally.endings[ending] ?? 0) + 1;
    });
  }

  /** A choice at a history moment; `options` are all the choices shown there (kept at zero). */
  choiceMade(moment: string, chosen: string, options: readonly string[]): void {
    if (!ID.test(moment)) return;
    this.change((tally) => {
      const split = (tally.choices[moment] ??= {});
      for (const option of options) split[option.slice(0, 300)] ??= 0;
      const key = chosen.slice(0, 300);
      split[key] = (split[key] ?? 0) + 1;
    });
  }

  idleReset(): void { this.change((tally) => { tally.resets += 1; }); }

  error(kind: ErrorEntry['kind'], message: string, where = ''): void {
    const data = this.read();
    const today = localDate(this.clock.now());
    data.days[today] ??= emptyTally();
    data.total.errors += 1;
    data.days[today].errors += 1;
    data.errorLog.push({ at: new Date(this.clock.now()).toISOString(), kind, message: message.slice(0, 300), where: where.slice(0, 200) });
    this.write(data);
  }

  pinState(): PinState { return this.read().pin; }
  setPinState(pin: PinState): void {
    const data = this.read();
    data.pin = { failures: count(pin.failures), lockedUntil: count(pin.lockedUntil) };
    this.write(data);
  }

  /** Records the start of a browser session (a fresh navigation); reloads keep the old one. */
  sessionStart(fresh: boolean): number {
    const data = this.read();
    if (fresh || !data.sessionStartedAt) {
      data.sessionStartedAt = this.clock.now();
      this.write(data);
    }
    return data.sessionStartedAt;
  }

  /** Every counter as CSV rows: scope (a date or "total"), metric, key, value. */
  toCsv(): string {
    const data = this.read();
    const rows: string[][] = [['scope', 'metric', 'key', 'value']];
    const add = (scope: string, tally: Tally) => {
      rows.push([scope, 'visits_started', '', String(tally.visitsStarted)]);
      rows.push([scope, 'visits_finished', '', String(tally.visitsFinished)]);
      rows.push([scope, 'idle_resets', '', String(tally.resets)]);
      rows.push([scope, 'errors_caught', '', String(tally.errors)]);
      for (const [ending, n] of Object.entries(tally.endings).sort()) rows.push([scope, 'ending', ending, String(n)]);
      for (const [moment, split] of Object.entries(tally.choices).sort()) {
        for (const [text, n] of Object.entries(split)) rows.push([scope, `choice:${moment}`, text, String(n)]);
      }
    };
    add('total', data.total);
    for (const date of Object.keys(data.days).sort().reverse()) add(date, data.days[date]);
    for (const entry of data.errorLog) rows.push([entry.at, `error_log:${entry.kind}`, entry.where, entry.message]);
    return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  }
}

/** Quotes a CSV cell, and defuses cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
