// Storage and clock are handed to the engine, so tests run without a browser and kiosk tests
// can fast-forward time.

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Clock { now(): number }

export const systemClock: Clock = { now: () => Date.now() };

/** Storage that keeps nothing beyond the page: tests, kiosk mode, and browsers that refuse storage. */
export class MemoryStorage implements KeyValueStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string): string | null { return this.values.get(key) ?? null; }
  setItem(key: string, value: string): void { this.values.set(key, value); }
  removeItem(key: string): void { this.values.delete(key); }
  keys(): string[] { return [...this.values.keys()]; }
}

/** Wraps a storage that may throw (quota, privacy mode) so a failed write never breaks play. */
export class SafeStorage implements KeyValueStorage {
  constructor(private readonly inner: KeyValueStorage, private readonly onFailure: (error: unknown) => void = () => {}) {}
  getItem(key: string): string | null {
    try { return this.inner.getItem(key); } catch (error) { this.onFailure(error); return null; }
  }
  setItem(key: string, value: string): void {
    try { this.inner.setItem(key, value); } catch (error) { this.onFailure(error); }
  }
  removeItem(key: string): void {
    try { this.inner.removeItem(key); } catch (error) { this.onFailure(error); }
  }
}
