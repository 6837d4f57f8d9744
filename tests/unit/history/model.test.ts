// The history layer's logic without a DOM: eras and order on the chronicle, what is open, the
// moments of "your path", and the choice log that feeds it (history ids, saves old and new).
import { describe, expect, it } from 'vitest';
import type { Moment, Note } from '../../../src/content/schema.ts';
import { createSave, parseSave, restoreSave, StoryRunner } from '../../../src/engine/index.ts';
import { pathMoments } from '../../../src/ui/history/path.ts';
import { chronicle, compareNotes, dayRange, eraOf, noteSpan } from '../../../src/ui/history/timeline.ts';
import { packs } from '../../../story/data/index.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const note = (id: string, from: string, to?: string): Note => ({
  id, title: id, date: { from, ...(to ? { to } : {}), label: `${from}${to ? `–${to}` : ''}` }, body: 'Text.', sources: ['applebaum_2003'],
});

describe('the chronicle timeline', () => {
  it('reads partial dates as the days they can mean', () => {
    expect(dayRange('1954-05-16')).toEqual({ start: '1954-05-16', end: '1954-05-16' });
    expect(dayRange('1954-06')).toEqual({ start: '1954-06-01', end: '1954-06-30' });
    expect(dayRange('1956-02')).toEqual({ start: '1956-02-01', end: '1956-02-29' });
    expect(dayRange('1953')).toEqual({ start: '1953-01-01', end: '1953-12-31' });
    expect(noteSpan(note('a', '1948', '1954'))).toEqual({ start: '1948-01-01', end: '1954-12-31' });
  });

  it('puts each note in its era: background, the forty days, aftermath', () => {
    expect(eraOf(note('stalin', '1953-03-05', '1953-03-27'))).toBe('background');
    expect(eraOf(note('regime', '1948', '1954'))).toBe('background');
    expect(eraOf(note('spring', '1954-03', '1954-05'))).toBe('background');
    expect(eraOf(note('raid', '1954-05-16'))).toBe('forty_days');
    expect(eraOf(note('assault', '1954-06-26', '1956'))).toBe('forty_days');
    expect(eraOf(note('kalimulin', '1954-05-15'))).toBe('background');
    expect(eraOf(note('june', '1954-06'))).toBe('forty_days');
    expect(eraOf(note('confession', '1954-06', '1954-07'))).toBe('aftermath');
    expect(eraOf(note('how_we_know', '1954', '1960'))).toBe('aftermath');
    expect(eraOf(note('trial', '1954-11-24', '1955-08'))).toBe('aftermath');
  });

  it('orders entries by date and opens only those reached, unless everything is open', () => {
    const notes = [note('c', '1954-06-26'), note('a', '1948'), note('b', '1954-05-16'), note('d', '1956-09-18'), note('b2', '1954-05-16', '1954-05-18')];
    expect([...notes].sort(compareNotes).map((n) => n.id)).toEqual(['a', 'b', 'b2', 'c', 'd']);
    const eras = chronicle(notes, ['b', 'd'], false);
    expect(eras.map((era) => era.era)).toEqual(['background', 'forty_days', 'aftermath']);
    expect(eras.map((era) => era.entries.map((entry) => `${entry.note.id}${entry.open ? '+' : '-'}`))).toEqual([['a-'], ['b+', 'b2-', 'c-'], ['d+']]);
    expect(chronicle(notes, [], true).every((era) => era.entries.every((entry) => entry.open))).toBe(true);
  });

  it('places every written endnote in exactly one era', () => {
    const notes = Object.values(packs).flatMap((pack) => pack.notes ?? []) as Note[];
    expect(notes.length).toBeGreaterThan(0);
    const eras = chronicle(notes, [], true);
    expect(eras.reduce((sum, era) => sum + era.entries.length, 0)).toBe(notes.length);
    const raid = notes.find((n) => n.id === 'may16_service_yard');
    if (raid) expect(eraOf(raid)).toBe('forty_days');
  });
});

const moments = new Map<string, Moment>([
  ['walls', { id: 'walls', moment: 'When the walls went up (23 May)', whatPrisonersDid: 'They broke them down.', note: 'may23_walls_rebuilt' }],
  ['role', { id: 'role', moment: 'When the commission divided the work', whatPrisonersDid: 'Women ran kitchens and the hospital.', note: 'commission_departments' }],
]);

describe('your path and the history', () => {
  it('lists each moment reached once, in the order met, with what was chosen', () => {
    const log = [
      { index: 0, text: 'Wake up', day: 1 },
      { index: 1, text: 'Sing, loud ', day: 8, history: ['walls'] },
      { index: 0, text: 'The kitchen', day: 10, history: ['role'] },
      { index: 2, text: 'The hospital', day: 11, history: ['role', 'not_a_moment'] },
    ];
    const path = pathMoments(log, moments);
    expect(path.map((entry) => [entry.moment.id, entry.chosen, entry.day])).toEqual([
      ['walls', ['Sing, loud'], 8],
      ['role', ['The kitchen', 'The hospital'], 10],
    ]);
  });

  it('is empty for a log without history ids (an old save)', () => {
    expect(pathMoments([{ index: 0, text: 'Wait', day: 1 }], moments)).toEqual([]);
  });
});

const story = compileInline(`
VAR day = -1
-> day_01
=== day_01 ===
~ day = 1
The walls are going up again.
* [Sing # history: walls # place: women_barrack] You sing. -> day_02
* [Lie down # history: walls] You lie down. -> day_02
=== day_02 ===
~ day = 2
Morning.
* [Sleep] You sleep.
  # ending: stayed
  The end. -> END
`);

describe('the choice log keeps history ids', () => {
  it('records the chosen choice’s `# history:` ids, and none for a plain choice', () => {
    const runner = new StoryRunner(story);
    runner.start();
    runner.choose(1);
    runner.choose(0);
    expect(runner.choiceLog).toEqual([{ index: 1, text: 'Lie down', day: 1, history: ['walls'] }, { index: 0, text: 'Sleep', day: 2 }]);
    expect(pathMoments(runner.choiceLog, moments).map((entry) => entry.chosen)).toEqual([['Lie down']]);
  });

  it('round-trips through a save, reads older saves without it, and replays it', () => {
    const runner = new StoryRunner(story);
    runner.start();
    runner.choose(0);
    const save = createSave(runner, { storyHash: 'h1', viewpoint: 'halyna' }, { lines: [], screen: 0 }, { now: () => 1 });
    const parsed = parseSave(JSON.stringify(save));
    expect(parsed.ok && parsed.save.choiceLog[0].history).toEqual(['walls']);
    const old = JSON.parse(JSON.stringify(save));
    delete old.choiceLog[0].history;
    const oldParsed = parseSave(JSON.stringify(old));
    expect(oldParsed.ok).toBe(true);
    // Another build: the log is replayed by text, and the history ids come back from the story.
    const fresh = new StoryRunner(story);
    restoreSave(fresh, oldParsed.ok ? oldParsed.save : save, 'another-hash');
    expect(fresh.choiceLog[0].history).toEqual(['walls']);
  });
});
