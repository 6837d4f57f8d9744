// The progress store: days reached and endings per viewpoint, chapters only after a first ending,
// kept across reloads, and a storage that is full, blocked or corrupt never breaks play.
import { describe, expect, it } from 'vitest';
import { MemoryStorage, type KeyValueStorage } from '../../../src/engine/index.ts';
import { availableChapters, PROGRESS_KEY, ProgressStore } from '../../../src/engine/progressStore.ts';

const day = (n: number, hope = 0) => ({ hub: `day_${String(n).padStart(2, '0')}`, day: n, variables: { day: n, hope } });

describe('availableChapters', () => {
  it('offers nothing before a first ending, then every day reached once, in calendar order', () => {
    expect(availableChapters({ days: [day(1), day(2)], endings: [] })).toEqual([]);
    expect(availableChapters({ days: [day(3), day(1), day(3, 5)], endings: ['stayed'] }).map((c) => [c.day, c.variables.hope])).toEqual([[1, 0], [3, 5]]);
  });
});

describe('ProgressStore', () => {
  it('keeps days and endings per viewpoint across a reload; a later arrival replaces a day', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(storage);
    store.recordDay('halyna', day(1));
    store.recordDay('halyna', day(2));
    store.recordDay('jonas', day(1));
    expect(store.chapters('halyna')).toEqual([]);
    expect(store.anyEnding).toBe(false);
    store.recordEnding('halyna', 'stayed');
    store.recordEnding('halyna', 'stayed');
    store.recordDay('halyna', day(2, 7));
    const again = new ProgressStore(storage);
    expect(again.endings('halyna')).toEqual(['stayed']);
    expect(again.endings('jonas')).toEqual([]);
    expect(again.anyEnding).toBe(true);
    expect(again.chapters('halyna').map((c) => [c.day, c.variables.hope])).toEqual([[1, 0], [2, 7]]);
    expect(again.chapters('jonas')).toEqual([]);
  });

  it('reads a corrupt or hand-edited record as far as it parses', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{not json');
    expect(new ProgressStore(storage).anyEnding).toBe(false);
    storage.setItem(PROGRESS_KEY, JSON.stringify({ halyna: { days: [day(4), { hub: 'Bad Hub', day: 2, variables: {} }, { day: 99 }], endings: ['killed', 3] }, jonas: 'x' }));
    const store = new ProgressStore(storage);
    expect(store.endings('halyna')).toEqual(['killed']);
    expect(store.chapters('halyna').map((c) => c.day)).toEqual([4]);
    expect(store.chapters('jonas')).toEqual([]);
  });

  it('a storage that throws on every call keeps the record for the page and never throws', () => {
    const blocked: KeyValueStorage = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
      removeItem: () => { throw new Error('SecurityError'); },
    };
    const none = new ProgressStore(blocked);
    expect(() => none.recordEnding('halyna', 'killed')).not.toThrow();
    expect(none.endings('halyna')).toEqual(['killed']);
    const full: KeyValueStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    const store = new ProgressStore(full);
    expect(() => { store.recordDay('halyna', day(1)); store.recordEnding('halyna', 'killed'); }).not.toThrow();
    expect(store.chapters('halyna').map((c) => c.day)).toEqual([1]);
  });
});
