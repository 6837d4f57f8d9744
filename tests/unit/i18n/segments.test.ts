// The classroom segments in another language (issue 17, item 8): the written fields extracted into
// history.po by key, shown by the same keys at run time with English as each field's fallback,
// and the key choices shown by their ink ids from the story table.
import { afterEach, describe, expect, it } from 'vitest';
import { historyText, storyText, useStoryTranslation } from '../../../src/engine/storyLanguage.ts';
import { localizeSegment, segmentKey } from '../../../src/i18n/story/segments.ts';
import { buildClassroomLibrary, localizeLibrary } from '../../../src/modes/classroom/segments.ts';
import { describeChange } from '../../../src/modes/classroom/outcomes.ts';
import { classroom as ukrainian } from '../../../src/i18n/uk/classroom.ts';
import { segmentsByViewpoint } from '../../../story/data/segments.ts';
import { extractEntries } from '../../../tools/i18n/extract.ts';
import { extractSegments } from '../../../tools/i18n/extractSegments.ts';
import { readTable } from '../../../tools/i18n/table.ts';

afterEach(() => useStoryTranslation(null));

const first = segmentsByViewpoint.halyna[0];

describe('segment extraction', () => {
  it('writes every shown field of every path\u2019s segments, keyed segment:<viewpoint>.<id>:<field>', () => {
    const entries = extractSegments(segmentsByViewpoint);
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    const expected = Object.values(segmentsByViewpoint).flat().reduce((sum, segment) => sum + 5 + segment.contentNotes.length, 0);
    expect(entries).toHaveLength(expected);
    const byKey = new Map(entries.map((entry) => [entry.key, entry]));
    expect(byKey.get('segment:halyna.numbers_and_walls:title')?.english).toBe(first.title);
    expect(byKey.get('segment:halyna.numbers_and_walls:summary.1')?.english).toBe(first.summary[1]);
    expect(byKey.get(`segment:halyna.numbers_and_walls:contentNote.${first.contentNotes.length - 1}`)?.english).toBe(first.contentNotes.at(-1));
    for (const segment of segmentsByViewpoint.jonas) expect(byKey.get(segmentKey('jonas', segment.id, 'focus'))?.english).toBe(segment.focus);
    expect(byKey.get('segment:halyna.numbers_and_walls:title')?.reference).toBe('story/data/segments.ts');
  });

  it('is part of the history domain the extractor writes', () => {
    const history = extractEntries(process.cwd()).history.map((entry) => entry.key);
    expect(history).toContain('segment:jonas.j_dawn:title');
    expect(history).toContain('segment:halyna.dawn:dates');
  });
});

describe('segments at run time', () => {
  it('shows each field in the language and falls back to English field by field', () => {
    const table: Record<string, string> = { [segmentKey('halyna', first.id, 'title')]: 'Номери замість імен', [segmentKey('halyna', first.id, 'summary.0')]: 'Перший рядок.' };
    const shown = localizeSegment('halyna', first, (key, english) => table[key] ?? english);
    expect(shown.title).toBe('Номери замість імен');
    expect(shown.summary).toEqual(['Перший рядок.', first.summary[1]]);
    expect(shown.focus).toBe(first.focus);
    expect(shown.from).toBe(first.from);
  });

  it('shows the segments, key choices and the lines they lead to in Ukrainian from the shipped tables', () => {
    const english = buildClassroomLibrary();
    useStoryTranslation(readTable(process.cwd(), 'uk'));
    const library = localizeLibrary(english, { history: historyText, story: (id, text) => storyText(id, text).text });
    const cyrillic = /[А-Яа-яІіЇїЄєҐґ]/;
    library.paths.forEach((path, p) => {
      path.segments.forEach((segment, s) => {
        const source = english.paths[p].segments[s];
        for (const text of [segment.title, segment.dates, ...segment.summary, segment.focus, ...segment.contentNotes]) expect(text, source.id).toMatch(cyrillic);
        expect(segment.lessonMinutes).toBe(source.lessonMinutes);
      });
      path.keyChoices.forEach((key, k) => key.choices.forEach((choice, c) => {
        const source = english.paths[p].keyChoices[k].choices[c];
        expect(choice.text, source.text).toMatch(cyrillic);
        expect(choice.text).not.toBe(source.text);
        expect(choice.leadsTo, source.leadsTo).toMatch(cyrillic);
      }));
    });
    // English stays the library itself, untouched.
    expect(english.paths[0].segments[0].title).toBe(first.title);
  });

  it('names a choice\u2019s changes in the reader\u2019s language, every variable and value the key choices change', () => {
    const labels = { variables: ukrainian.storyVariables, values: ukrainian.storyValues };
    for (const path of buildClassroomLibrary().paths) {
      for (const change of path.keyChoices.flatMap((key) => key.choices.flatMap((choice) => choice.changes))) {
        expect(describeChange(change, labels), change.name).not.toMatch(/[A-Za-z]/);
      }
    }
    expect(describeChange({ name: 'hope', from: 5, to: 6 }, labels)).toBe('надія: 5 → 6');
    // A value's label for one variable comes before the same id's general label.
    expect(describeChange({ name: 'p5_matvei', from: 'none', to: 'kept' }, labels)).toBe('Матвій у бригадному списку: немає → залишено');
    expect(describeChange({ name: 'role', from: 'none', to: 'kept' }, labels)).toBe(`роль: немає → ${labels.values.kept}`);
  });
});
