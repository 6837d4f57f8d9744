// D3: blocked, full and failing storage is told once, play goes on, and nothing throws.
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/engine/index.ts';
import { checkedWrite, isQuotaError, StorageHealth } from '../../../src/engine/storageHealth.ts';

const quota = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

class Flaky extends MemoryStorage {
  fail: 'none' | 'quota' | 'other' = 'none';
  override setItem(key: string, value: string): void {
    if (this.fail === 'quota') throw quota();
    if (this.fail === 'other') throw new Error('disk');
    super.setItem(key, value);
  }
}

describe('StorageHealth', () => {
  it('is blocked when the browser refuses storage, keeps writes in memory, and says so once', () => {
    const health = new StorageHealth(() => { throw new DOMException('denied', 'SecurityError'); });
    const told: string[] = [];
    health.subscribe((problem) => told.push(problem));
    health.setItem('a', '1');
    health.setItem('b', '2');
    expect(health.getItem('a')).toBe('1');
    expect(health.state).toBe('blocked');
    expect(told).toEqual(['blocked']);
  });

  it('tells "full" once on quota errors, without throwing, and reads back what the page wrote', () => {
    const inner = new Flaky();
    const health = new StorageHealth(() => inner);
    const told: string[] = [];
    health.subscribe((problem) => told.push(problem));
    inner.fail = 'quota';
    expect(() => health.setItem('save', 'x')).not.toThrow();
    expect(health.trySetItem('save', 'y')).toBe(false);
    expect(health.getItem('save')).toBe('y');
    expect(told).toEqual(['full']);
    inner.fail = 'other';
    health.setItem('save', 'z');
    expect(told).toEqual(['full', 'failing']);
    inner.fail = 'none';
    expect(health.trySetItem('save', 'w')).toBe(true);
    expect(inner.getItem('save')).toBe('w');
  });

  it('starts "full" when the probe hits the quota, but still reads the saves there', () => {
    const inner = new Flaky();
    inner.setItem('save', 'kept');
    inner.fail = 'quota';
    const health = new StorageHealth(() => inner);
    expect(health.state).toBe('full');
    expect(health.getItem('save')).toBe('kept');
  });

  it('recognises quota errors across browsers, and checkedWrite reports a throwing storage', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
    const inner = new Flaky();
    inner.fail = 'other';
    expect(checkedWrite(inner, 'k', 'v')).toBe(false);
  });
});
