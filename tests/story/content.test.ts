// The history layer's data: notes, sources, glossary, prompts, disputes, and the myth checker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../src/content/bundled.ts';
import { compiledStory } from '../helpers/story.ts';
import { storyProse } from '../../tools/story/prose.ts';

const content = bundledContent();
const compiled = compiledStory();
const prose = storyProse(compiled.files.map((file) => readFileSync(file, 'utf8')));
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Camp and foreign words that must be defined in the glossary whenever the story uses them. */
const FOREIGN_WORDS = ['zek', 'zeks', 'nadziratel', 'nadzirateli', 'khozdvor', 'lagpunkt', 'vakhta', 'sabantuy', 'shizo', 'pridurki', 'stukach', 'blatnye', 'urki', 'suki', 'mobili', 'osoblag', 'katorga', 'etap', 'zona', 'banya', 'kalitka', 'saman', 'bushlat', 'balanda', 'nariadchik', 'lagotdeleniye'];

describe('content registries', () => {
  it('validate against their schemas (buildContent throws otherwise)', () => {
    expect(content.notes.size).toBeGreaterThan(0);
  });

  it('every note has 60-200 words, a date within 1948-1960 and existing sources', () => {
    for (const note of content.notes.values()) {
      expect(words(note.body), `${note.id} words`).toBeGreaterThanOrEqual(60);
      expect(words(note.body), `${note.id} words`).toBeLessThanOrEqual(200);
      for (const date of [note.date.from, note.date.to].filter(Boolean) as string[]) {
        const year = Number(date.slice(0, 4));
        expect(year, `${note.id} date`).toBeGreaterThanOrEqual(1948);
        expect(year, `${note.id} date`).toBeLessThanOrEqual(1960);
      }
      for (const source of note.sources) expect(content.sources.has(source), `${note.id} cites ${source}`).toBe(true);
      if (note.place) expect(content.places.has(note.place), `${note.id} place`).toBe(true);
    }
  });

  it('every source is cited at least once', () => {
    const cited = new Set<string>();
    for (const note of content.notes.values()) note.sources.forEach((id) => cited.add(id));
    for (const dispute of content.disputes.values()) dispute.accounts.forEach((account) => account.sources.forEach((id) => cited.add(id)));
    const uncited = [...content.sources.keys()].filter((id) => !cited.has(id));
    expect(uncited).toEqual([]);
  });

  it('prompts, moments, endings, people and disputes point at notes and sources that exist', () => {
    for (const prompt of content.prompts.values()) expect(content.notes.has(prompt.note), `prompt ${prompt.id}`).toBe(true);
    for (const moment of content.moments.values()) expect(content.notes.has(moment.note), `moment ${moment.id}`).toBe(true);
    for (const ending of content.endings.values()) expect(content.notes.has(ending.note), `ending ${ending.id}`).toBe(true);
    for (const person of content.people.values()) if (person.note) expect(content.notes.has(person.note), `person ${person.id}`).toBe(true);
    for (const dispute of content.disputes.values()) {
      if (dispute.note) expect(content.notes.has(dispute.note), `dispute ${dispute.id}`).toBe(true);
      for (const account of dispute.accounts) for (const id of account.sources) expect(content.sources.has(id), `dispute ${dispute.id} cites ${id}`).toBe(true);
    }
  });

  it('every camp or foreign word the story uses is in the glossary', () => {
    const forms = new Set([...content.glossary.values()].flatMap((entry) => entry.forms.map((form) => form.toLowerCase())));
    const text = prose.toLowerCase();
    const missing = FOREIGN_WORDS.filter((word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(text) && !forms.has(word));
    expect(missing).toEqual([]);
  });
});
