// The anonymous counters: per day and total, the choice splits, a bounded error log, repair of
// damaged data, old days dropped, and a CSV export a spreadsheet cannot run as formulas.
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../../src/engine/index.ts';
import { COUNTERS_KEY, csvCell, KioskCounters, localDate, repairCounters } from '../../../src/modes/kiosk/counters.ts';
import { FakeScheduler } from './fakeScheduler.ts';

const DAY = 86_400_000;

function setup(limits = { keepDays: 3, errorLogSize: 4 }) {
  const storage = new MemoryStorage();
  const clock = new FakeScheduler(new Date(2026, 4, 16, 10, 0, 0).getTime());
  return { storage, clock, counters: new KioskCounters(storage, clock, limits) };
}

describe('KioskCounters', () => {
  it('counts visits, endings and choices per day and in total, under one key', () => {
    const { storage, clock, counters } = setup();
    counters.visitStarted();
    counters.choiceMade('kiosk_demands', 'B', ['A', 'B', 'C']);
    counters.visitFinished('walked_out');
    clock.advance(DAY);
    counters.visitStarted();
    counters.choiceMade('kiosk_demands', 'A', ['A', 'B', 'C']);
    counters.idleReset();
    expect(counters.today()).toMatchObject({ visitsStarted: 1, visitsFinished: 0, resets: 1, choices: { kiosk_demands: { A: 1, B: 0, C: 0 } } });
    expect(counters.total()).toMatchObject({ visitsStarted: 2, visitsFinished: 1, resets: 1, endings: { walked_out: 1 }, choices: { kiosk_demands: { A: 1, B: 1, C: 0 } } });
    expect(storage.keys()).toEqual([COUNTERS_KEY]);
  });

  it('keeps only the most recent days and a bounded error log', () => {
    const { clock, counters } = setup();
    for (let day = 0; day < 6; day += 1) { counters.visitStarted(); counters.error('error', `boom ${day}`, 'index.js:1:2'); clock.advance(DAY); }
    const data = counters.read();
    expect(Object.keys(data.days)).toHaveLength(3);
    expect(data.errorLog.map((entry) => entry.message)).toEqual(['boom 2', 'boom 3', 'boom 4', 'boom 5']);
    expect(data.total.errors).toBe(6);
    expect(data.total.visitsStarted).toBe(6);
  });

  it('repairs damaged data field by field and starts afresh on garbage', () => {
    const { storage, counters } = setup();
    storage.setItem(COUNTERS_KEY, '{not json');
    expect(counters.total().visitsStarted).toBe(0);
    counters.visitStarted();
    expect(counters.total().visitsStarted).toBe(1);
    const repaired = repairCounters({
      format: 'kengir-kiosk-counters@1',
      total: { visitsStarted: -4, visitsFinished: 'x', endings: { walked_out: 2, 'Bad Id': 3 }, choices: { kiosk_demands: { A: 2, B: 'x' }, '<script>': { A: 1 } }, resets: 1.7, errors: 2 },
      days: { '2026-05-16': { visitsStarted: 1 }, 'yesterday': { visitsStarted: 9 } },
      errorLog: [{ at: 1, message: 'x'.repeat(1000) }, 'nope'],
      pin: { failures: 2, lockedUntil: -1 },
    });
    expect(repaired.total).toEqual({ visitsStarted: 0, visitsFinished: 0, endings: { walked_out: 2 }, choices: { kiosk_demands: { A: 2, B: 0 } }, resets: 1, errors: 2 });
    expect(Object.keys(repaired.days)).toEqual(['2026-05-16']);
    expect(repaired.errorLog).toHaveLength(1);
    expect(repaired.errorLog[0].message).toHaveLength(300);
    expect(repaired.pin).toEqual({ failures: 2, lockedUntil: 0 });
  });

  it('keeps the session start across reloads and renews it on a fresh launch', () => {
    const { clock, counters } = setup();
    const first = counters.sessionStart(true);
    clock.advance(60_000);
    expect(counters.sessionStart(false)).toBe(first);
    clock.advance(60_000);
    expect(counters.sessionStart(true)).toBe(first + 120_000);
  });

  it('exports CSV with a header, totals, each day and the error log', () => {
    const { counters } = setup();
    counters.visitStarted();
    counters.choiceMade('kiosk_walk_out', 'Walk out, "hands" empty', ['Walk out, "hands" empty', 'Stay']);
    counters.visitFinished('walked_out');
    counters.error('rejection', '=HYPERLINK("x")', 'a.js:1:1');
    const csv = counters.toCsv();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('scope,metric,key,value');
    expect(lines).toContain('total,visits_started,,1');
    expect(lines).toContain(`${localDate(Date.UTC(2026, 4, 16, 12))},visits_finished,,1`);
    expect(lines).toContain('total,ending,walked_out,1');
    expect(lines).toContain('total,choice:kiosk_walk_out,"Walk out, ""hands"" empty",1');
    expect(lines).toContain('total,choice:kiosk_walk_out,Stay,0');
    expect(lines.at(-1)).toMatch(/^2026-05-16T\d\d:00:00\.000Z,error_log:rejection,a\.js:1:1,"'=HYPERLINK\(""x""\)"$/);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('plain')).toBe('plain');
  });
});
