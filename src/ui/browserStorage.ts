// The browser's localStorage or sessionStorage behind SafeStorage (a failing write is reported,
// not thrown), or memory when the browser refuses the storage altogether: the game still runs,
// and what it keeps then lasts the page. Home mode, the kiosk's counters and the classroom's plan
// share it; `probe` also falls back to memory when a first write already fails.
import { MemoryStorage, SafeStorage, type KeyValueStorage } from '../engine/index.ts';

export function browserStorage(area: 'local' | 'session', problem: string, options: { probe?: boolean } = {}): KeyValueStorage {
  try {
    const storage = area === 'local' ? window.localStorage : window.sessionStorage;
    if (options.probe) {
      const probe = '__kengir_probe__';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
    }
    return new SafeStorage(storage, (error) => console.warn(problem, error));
  } catch {
    return new MemoryStorage();
  }
}
