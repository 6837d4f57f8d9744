// @vitest-environment happy-dom
// Pure parts of the reading pages: the path grouped into days and screens, the ending's own text
// for the end page, and the read-back's DOM (a heading per day, days built when opened).
import { describe, expect, it } from 'vitest';
import { parseTags } from '../../../src/engine/index.ts';
import type { PathEntry } from '../../../src/session/index.ts';
import { daysOfPath, fillReadBack } from '../../../src/ui/readBack.ts';
import { endingText } from '../../../src/ui/screens/end.ts';

const line = (text: string, day: number | null, screen = 0): PathEntry => ({ kind: 'line', id: null, text, day, screen });
const choice = (text: string, day: number | null): PathEntry => ({ kind: 'choice', id: null, text, day });

describe('daysOfPath', () => {
  it('groups screens by day, each screen with the choice taken after it', () => {
    const days = daysOfPath([
      line('Early May.', 0, 0), line('The gate.', 0, 1), line('Still the gate.', 0, 1), choice('Sew', 0),
      line('You sew.', 0, 0), line('Day one.', 1, 0), choice('Wait', 1), line('Day two.', 2, 0),
    ]);
    expect(days).toEqual([
      { day: 0, screens: [{ lines: ['Early May.'], choice: null }, { lines: ['The gate.', 'Still the gate.'], choice: 'Sew' }, { lines: ['You sew.'], choice: null }] },
      { day: 1, screens: [{ lines: ['Day one.'], choice: 'Wait' }] },
      { day: 2, screens: [{ lines: ['Day two.'], choice: null }] },
    ]);
  });

  it('keeps lines without a day with the day before', () => {
    expect(daysOfPath([line('A', 3), line('B', null), choice('C', null)])).toEqual([{ day: 3, screens: [{ lines: ['A', 'B'], choice: 'C' }] }]);
    expect(daysOfPath([])).toEqual([]);
  });
});

describe('fillReadBack', () => {
  it('gives each day a heading that opens it; only the last day is built at first', () => {
    const body = document.createElement('div');
    fillReadBack(body, [line('Early May.', 0), choice('Sew', 0), line('Day one.', 1), choice('Wait', 1), line('Day two.', 2)]);
    const toggles = [...body.querySelectorAll<HTMLButtonElement>('h2 > button.readback-toggle')];
    expect(toggles.map((toggle) => toggle.getAttribute('aria-expanded'))).toEqual(['false', 'false', 'true']);
    expect(toggles[0].textContent).toContain('Prologue');
    expect(toggles[1].textContent).toMatch(/Day 1 · Sunday,? 16 May 1954/);
    expect(body.querySelectorAll('.readback-line').length).toBe(1);
    toggles[0].click();
    expect(toggles[0].getAttribute('aria-expanded')).toBe('true');
    expect(body.querySelector('#readback-day-0 .readback-choice')!.textContent).toBe('You chose: Sew');
    body.querySelector<HTMLButtonElement>('#readback-open-all')!.click();
    expect(body.querySelectorAll('.readback-line').length).toBe(3);
  });
});

describe('endingText', () => {
  const shown = (text: string, id: string | null, tags: string[] = []) => ({ id, text, tags: parseTags(tags) });
  it('takes the ending from its screen to the last line of the viewpoint\'s own text, before the shared epilogue', () => {
    const lines = [
      shown('Earlier screen.', 'h.d42.0001'),
      shown('The walk out.', 'h.d42.0002', ['clear']),
      shown('You did what the loudspeaker said.', 'h.d42.0003', ['ending: walked_out']),
      shown('What no file will ever hold.', 'h.d42.0004', ['clear']),
      shown('The people in this story never lived.', 'ep.epilogue.0005', ['clear']),
    ];
    expect(endingText(lines)).toEqual(['The walk out.', 'You did what the loudspeaker said.', 'What no file will ever hold.']);
  });

  it('without stamped ids, the ending\'s screen alone; without an ending, nothing', () => {
    const lines = [shown('A.', null, ['clear']), shown('The end.', null, ['ending: stayed']), shown('Epilogue.', null, ['clear'])];
    expect(endingText(lines)).toEqual(['A.', 'The end.']);
    expect(endingText([shown('A.', null)])).toEqual([]);
  });
});
