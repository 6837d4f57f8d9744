// D4: two tabs never overwrite each other's autosave silently.
import { describe, expect, it, vi } from 'vitest';
import { ASK_MS, TabGuard, type ChannelLike, type TabEvent } from '../../../src/engine/tabGuard.ts';

/** BroadcastChannel semantics: a message reaches every other channel on the bus, asynchronously. */
class Bus {
  readonly channels = new Set<Channel>();
  /** Milliseconds before a channel's messages arrive (a busy tab). */
  readonly delay = new Map<Channel, number>();
  open(): Channel { const channel = new Channel(this); this.channels.add(channel); return channel; }
}
class Channel implements ChannelLike {
  private listeners: ((event: { data: unknown }) => void)[] = [];
  constructor(private readonly bus: Bus) {}
  postMessage(message: unknown): void {
    const deliver = (other: Channel) => () => other.listeners.forEach((listener) => listener({ data: structuredClone(message) }));
    const delay = this.bus.delay.get(this) ?? 0;
    for (const other of this.bus.channels) {
      if (other === this) continue;
      if (delay) setTimeout(deliver(other), delay);
      else queueMicrotask(deliver(other));
    }
  }
  addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void { this.listeners.push(listener); }
  close(): void { this.bus.channels.delete(this); }
}

describe('TabGuard', () => {
  it('lets the first tab write; the second hears of it, holds back, and may take over', async () => {
    vi.useFakeTimers();
    try {
      const bus = new Bus();
      const clock = { now: () => Date.now() };
      const first = new TabGuard(bus.open(), 'a', clock);
      await vi.advanceTimersByTimeAsync(ASK_MS + 10);
      expect(first.role).toBe('writer');
      const firstEvents: TabEvent[] = [];
      first.subscribe((event) => firstEvents.push(event));
      const second = new TabGuard(bus.open(), 'b', clock);
      const secondEvents: TabEvent[] = [];
      second.subscribe((event) => secondEvents.push(event));
      await vi.advanceTimersByTimeAsync(ASK_MS + 10);
      expect(second.role).toBe('follower');
      expect(secondEvents).toEqual([{ kind: 'role', role: 'follower', reason: 'other-tab-open' }]);
      expect(first.isWriter).toBe(true);
      second.takeOver();
      await vi.advanceTimersByTimeAsync(1);
      expect(second.isWriter).toBe(true);
      expect(first.isWriter).toBe(false);
      expect(firstEvents).toEqual([{ kind: 'role', role: 'follower', reason: 'taken-over' }]);
      first.takeOver();
      await vi.advanceTimersByTimeAsync(1);
      expect([first.isWriter, second.isWriter]).toEqual([true, false]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('settles on exactly one writer when two tabs claim at the same moment', async () => {
    vi.useFakeTimers();
    try {
      const bus = new Bus();
      const clock = { now: () => 1_000 };
      const tabs = ['a', 'b', 'c'].map((id) => new TabGuard(bus.open(), id, clock));
      await vi.advanceTimersByTimeAsync(ASK_MS + 10);
      tabs[0]!.takeOver();
      tabs[2]!.takeOver();
      await vi.advanceTimersByTimeAsync(5);
      expect(tabs.filter((tab) => tab.isWriter)).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a busy writer that answers late keep writing; the newcomer steps back and says so', async () => {
    vi.useFakeTimers();
    try {
      const bus = new Bus();
      const clock = { now: () => Date.now() };
      const busyChannel = bus.open();
      const busy = new TabGuard(busyChannel, 'z', clock);
      await vi.advanceTimersByTimeAsync(ASK_MS + 10);
      bus.delay.set(busyChannel, ASK_MS * 3);
      const newcomer = new TabGuard(bus.open(), 'a', clock);
      const events: TabEvent[] = [];
      newcomer.subscribe((event) => events.push(event));
      await vi.advanceTimersByTimeAsync(ASK_MS + 10);
      expect(newcomer.isWriter).toBe(true);
      await vi.advanceTimersByTimeAsync(ASK_MS * 4);
      expect(busy.isWriter).toBe(true);
      expect(newcomer.isWriter).toBe(false);
      expect(events.at(-1)).toEqual({ kind: 'role', role: 'follower', reason: 'other-tab-open' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes at once without BroadcastChannel, and ignores foreign messages', () => {
    expect(new TabGuard(null, 'a', { now: () => 0 }).isWriter).toBe(true);
    const bus = new Bus();
    const guard = new TabGuard(bus.open(), 'a', { now: () => 0 });
    const stranger = bus.open();
    stranger.postMessage(null);
    stranger.postMessage({ type: 'claim', tab: 42 });
    expect(guard.role).toBe('asking');
    guard.close();
  });
});
