// Where the kiosk's counters (and the staff's one-use exit pass) live: the browser's localStorage,
// or memory when the browser refuses it (the kiosk still runs; the counters then last a page).
import { MemoryStorage, SafeStorage, type KeyValueStorage } from '../../engine/index.ts';

export function localCounterStorage(): KeyValueStorage {
  try {
    return new SafeStorage(window.localStorage, (error) => console.warn('Kiosk counters not saved:', error));
  } catch {
    return new MemoryStorage();
  }
}
