// The idle watch, with time fast-forwarded: thresholds per context, the countdown, Continue,
// and that input during the warning does not dismiss it.
import { describe, expect, it } from 'vitest';
import { IdleTimer, type IdleContext } from '../../../src/modes/kiosk/idle.ts';
import { FakeScheduler } from './fakeScheduler.ts';

function setup(context: IdleContext = 'reading') {
  const scheduler = new FakeScheduler();
  const log: string[] = [];
  let current: IdleContext = context;
  const idle = new IdleTimer(scheduler, { readingMs: 90_000, menuMs: 45_000, warningMs: 30_000 }, () => current, {
    warn: (s) => log.push(`warn ${s}`),
    tick: (s) => log.push(`tick ${s}`),
    expire: () => log.push('expire'),
  });
  return { scheduler, idle, log, setContext: (next: IdleContext) => { current = next; } };
}

describe('IdleTimer', () => {
  it('warns after 90 s on a reading screen, counts down 30 s, then expires', () => {
    const { scheduler, idle, log } = setup();
    idle.start();
    scheduler.advance(89_999);
    expect(log).toEqual([]);
    scheduler.advance(1);
    expect(log).toEqual(['warn 30']);
    expect(idle.state).toBe('warning');
    scheduler.advance(29_000);
    expect(log.at(-1)).toBe('tick 1');
    expect(log.filter((entry) => entry.startsWith('tick'))).toHaveLength(29);
    scheduler.advance(999);
    expect(log.at(-1)).toBe('tick 1');
    scheduler.advance(1);
    expect(log.at(-1)).toBe('expire');
    expect(idle.state).toBe('expired');
    expect(scheduler.pending).toBe(0);
  });

  it('uses 45 s on menus', () => {
    const { scheduler, idle, log } = setup('menu');
    idle.start();
    scheduler.advance(45_000);
    expect(log).toEqual(['warn 30']);
  });

  it('any input restarts the wait; reading is never timed otherwise', () => {
    const { scheduler, idle, log } = setup();
    idle.start();
    for (let i = 0; i < 100; i += 1) { scheduler.advance(80_000); idle.activity(); }
    expect(log).toEqual([]);
  });

  it('input during the warning does not dismiss it; Continue does and keeps watching', () => {
    const { scheduler, idle, log } = setup();
    idle.start();
    scheduler.advance(90_000);
    scheduler.advance(10_000);
    idle.activity();
    expect(idle.state).toBe('warning');
    idle.continue();
    expect(idle.state).toBe('watching');
    scheduler.advance(89_000);
    expect(log.filter((entry) => entry === 'expire')).toEqual([]);
    scheduler.advance(1_000);
    expect(log.at(-1)).toBe('warn 30');
    scheduler.advance(30_000);
    expect(log.at(-1)).toBe('expire');
  });

  it('does not run while the context is off (the attract loop), and re-arms on refresh', () => {
    const { scheduler, idle, log, setContext } = setup('off');
    idle.start();
    scheduler.advance(1_000_000);
    expect(log).toEqual([]);
    setContext('menu');
    idle.refresh();
    scheduler.advance(45_000);
    expect(log).toEqual(['warn 30']);
  });

  it('a context that turns off before the timer fires does not warn', () => {
    const { scheduler, idle, log, setContext } = setup('reading');
    idle.start();
    setContext('off');
    scheduler.advance(90_000);
    expect(log).toEqual([]);
  });

  it('stop cancels everything', () => {
    const { scheduler, idle, log } = setup();
    idle.start();
    scheduler.advance(95_000);
    idle.stop();
    const before = log.length;
    scheduler.advance(100_000);
    expect(log[0]).toBe('warn 30');
    expect(log).toHaveLength(before);
    expect(log).not.toContain('expire');
    expect(scheduler.pending).toBe(0);
  });
});
