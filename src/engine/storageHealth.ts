// Storage the player can trust to say when it fails (issue 18, D3). Wraps the browser's storage:
// when it is blocked (site data off), full (quota) or failing (any other error), play goes on
// in memory for this page, and listeners hear of the problem once per kind, so the screen can
// say it once, without blocking play, and offer an export. DOM-free: the storage is injected.
import { MemoryStorage, type KeyValueStorage } from './storage.ts';

export type StorageProblem = 'blocked' | 'full' | 'failing';
export type StorageState = 'ok' | StorageProblem;

/** A quota error, across browsers (the DOMException name, or the legacy codes). */
export function isQuotaError(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A storage that says whether a write reached it (StorageHealth); plain storages throw instead. */
export interface CheckedStorage extends KeyValueStorage { trySetItem(key: string, value: string): boolean }

/** Writes and says whether it worked, whatever kind of storage it is given. */
export function checkedWrite(storage: KeyValueStorage, key: string, value: string): boolean {
  if ('trySetItem' in storage && typeof (storage as CheckedStorage).trySetItem === 'function') return (storage as CheckedStorage).trySetItem(key, value);
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export class StorageHealth implements CheckedStorage {
  private inner: KeyValueStorage | null;
  /** What this page kept when the real storage refused it, so play reads back its own writes. */
  private readonly fallback = new MemoryStorage();
  private readonly told = new Set<StorageProblem>();
  private readonly listeners = new Set<(problem: StorageProblem, error: unknown) => void>();
  private current: StorageState = 'ok';

  /**
   * `open` returns the real storage or throws (Chromium throws on reading the storage property itself
   * when site data is blocked); a probe write tells a storage that refuses every write.
   */
  constructor(open: () => KeyValueStorage | null | undefined, private readonly report: (error: unknown) => void = () => {}) {
    let inner: KeyValueStorage | null = null;
    let failure: unknown = null;
    try {
      inner = open() ?? null;
      if (inner) {
        const probe = '__kengir_probe__';
        inner.setItem(probe, '1');
        inner.removeItem(probe);
      }
    } catch (error) {
      failure = error;
      // A full storage still reads: keep it, and let writes report "full".
      if (!isQuotaError(error)) inner = null;
    }
    this.inner = inner;
    if (!inner) this.current = 'blocked';
    else if (failure) this.current = 'full';
    if (failure) report(failure);
  }

  get state(): StorageState { return this.current; }
  /** True while what is written may be gone when the page closes. */
  get atRisk(): boolean { return this.current !== 'ok'; }

  /** Called once per kind of problem; a problem already present when subscribing is told at once. */
  subscribe(listener: (problem: StorageProblem, error: unknown) => void): () => void {
    this.listeners.add(listener);
    if (this.current !== 'ok') this.tell(this.current, null, listener);
    return () => { this.listeners.delete(listener); };
  }

  getItem(key: string): string | null {
    const kept = this.fallback.getItem(key);
    if (kept !== null || !this.inner) return kept;
    try {
      return this.inner.getItem(key);
    } catch (error) {
      this.fail('failing', error);
      return null;
    }
  }

  /** Never throws (settings and the journal write through here too); a failure is told instead. */
  setItem(key: string, value: string): void {
    this.trySetItem(key, value);
  }

  /** False when the value is kept only in this page's memory. */
  trySetItem(key: string, value: string): boolean {
    if (!this.inner) { this.fallback.setItem(key, value); this.fail('blocked', null); return false; }
    try {
      this.inner.setItem(key, value);
      this.fallback.removeItem(key);
      return true;
    } catch (error) {
      this.fallback.setItem(key, value);
      this.fail(isQuotaError(error) ? 'full' : 'failing', error);
      return false;
    }
  }

  removeItem(key: string): void {
    this.fallback.removeItem(key);
    if (!this.inner) return;
    try {
      this.inner.removeItem(key);
    } catch (error) {
      this.fail('failing', error);
    }
  }

  private fail(problem: StorageProblem, error: unknown): void {
    this.current = problem;
    if (error) this.report(error);
    if (this.told.has(problem)) return;
    this.told.add(problem);
    for (const listener of this.listeners) this.tell(problem, error, listener);
  }

  private tell(problem: StorageProblem, error: unknown, listener: (problem: StorageProblem, error: unknown) => void): void {
    this.told.add(problem);
    listener(problem, error);
  }
}
