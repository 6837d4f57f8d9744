// The lesson record's arithmetic: majorities and ties, typed tallies, follow-up questions, the
// sources a debrief cites, and the record surviving (or not) a trip through sessionStorage.
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../src/content/bundled.ts';
import { MemoryStorage } from '../../../src/engine/index.ts';
import { followUpPrompts, leaders, lessonSources, LESSON_KEY, loadLesson, newLesson, parseTally, saveLesson } from '../../../src/modes/classroom/lesson.ts';
import { consequences, describeChange } from '../../../src/modes/classroom/outcomes.ts';

const content = bundledContent();

describe('class votes', () => {
  it('takes the option with most votes', () => {
    expect(leaders([3, 9, 4])).toEqual([1]);
  });
  it('reports a tie for the teacher to break', () => {
    expect(leaders([5, 2, 5])).toEqual([0, 2]);
  });
  it('treats no votes at all as a tie of every option', () => {
    expect(leaders([0, 0, 0])).toEqual([0, 1, 2]);
  });
  it('ignores negative and broken counts', () => {
    expect(leaders([-4, Number.NaN, 1])).toEqual([2]);
  });
  it('reads typed tallies as whole numbers from 0 to 999', () => {
    expect(parseTally('12')).toBe(12);
    expect(parseTally(' 7 ')).toBe(7);
    expect(parseTally('-3')).toBe(0);
    expect(parseTally('lots')).toBe(0);
    expect(parseTally('123456')).toBe(999);
  });
});

describe('follow-up questions', () => {
  const prompts = [...content.prompts.keys()];
  it('picks three, first from the prompts the lesson met', () => {
    const met = prompts.slice(0, 2);
    const picked = followUpPrompts(content, met, prompts.slice(2, 6), []);
    expect(picked).toHaveLength(3);
    expect(picked.slice(0, 2).sort()).toEqual([...met].sort());
    expect(prompts.slice(2, 6)).toContain(picked[2]);
  });
  it('prefers different historical-thinking skills within a pool', () => {
    const picked = followUpPrompts(content, [], prompts, []);
    const skills = new Set(picked.map((id) => content.prompts.get(id)!.skill));
    const available = new Set(prompts.map((id) => content.prompts.get(id)!.skill));
    expect(skills.size).toBe(Math.min(3, available.size));
  });
  it('never invents a prompt and never repeats one', () => {
    const picked = followUpPrompts(content, ['no_such_prompt', prompts[0], prompts[0]], [], []);
    expect(picked).toEqual([prompts[0]]);
  });
});

describe('the lesson record', () => {
  it('cites the sources of its votes and discussions once each', () => {
    const lesson = newLesson('numbers_and_walls', 0, { gentle: true, method: 'hands', rehearsal: false });
    const moment = [...content.moments.values()][0];
    const prompt = [...content.prompts.values()][0];
    lesson.votes.push({ day: 3, context: '', method: 'hands', options: [{ text: 'a', votes: 3 }, { text: 'b', votes: 1 }], chosen: 0, tie: false, moment: moment.id, note: null });
    lesson.prompts.push(prompt.id);
    const sources = lessonSources(content, lesson, []);
    const expected = new Set([...content.notes.get(moment.note)!.sources, ...content.notes.get(prompt.note)!.sources]);
    expect(new Set(sources)).toEqual(expected);
    expect(sources.length).toBe(expected.size);
  });

  it('survives sessionStorage, and a damaged record is dropped', () => {
    const storage = new MemoryStorage();
    const lesson = newLesson('numbers_and_walls', 0, { gentle: false, method: 'numbers', rehearsal: true });
    saveLesson(storage, lesson);
    expect(loadLesson(storage)).toEqual(lesson);
    storage.setItem(LESSON_KEY, '{"segments": 3');
    expect(loadLesson(storage)).toBeNull();
    storage.setItem(LESSON_KEY, JSON.stringify({ ...lesson, method: 'phones' }));
    expect(loadLesson(storage)).toBeNull();
  });
});

describe('choice outcomes', () => {
  it('lists what a choice changed, leaving out the calendar and the camp', () => {
    const changes = consequences({ day: 3, hope: 5, walls: 'intact', bond_jonas: 0 }, { day: 4, hope: 6, walls: 'breached', bond_jonas: 0 });
    expect(changes).toEqual([{ name: 'hope', from: 5, to: 6 }]);
    expect(describeChange(changes[0])).toBe('hope: 5 → 6');
  });
});
