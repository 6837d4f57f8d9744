// The real story in another language (issue 17, items 1 and 5): every line and choice the
// extractor writes into story.po is found by its id and its placeholders read back from what ink
// printed, and a playthrough by choice ids takes the same path in every language (one compiled
// story: the branching cannot differ, this proves the lookup does not change it either).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fallbackIds, useStoryTranslation, type StoryTranslation } from '../../src/engine/storyLanguage.ts';
import { StoryRunner } from '../../src/engine/storyRunner.ts';
import { parseTemplate, type TemplateNode } from '../../src/i18n/story/template.ts';
import { inkFiles } from '../../tools/ink/includes.mjs';
import { extractStory } from '../../tools/i18n/extractStory.ts';
import { translationTable } from '../../tools/i18n/table.ts';
import { compiledStory, STORY_MAIN } from '../helpers/story.ts';

afterEach(() => useStoryTranslation(null));

const entries = extractStory(inkFiles(STORY_MAIN).map((file) => ({ file, source: readFileSync(file, 'utf8') })), (file) => relative(process.cwd(), file));
const json = compiledStory().json!;
const placeholderIds = new Set(entries.filter((entry) => entry.placeholders).map((entry) => entry.key));

/** A stand-in translation of every entry: its text marked, placeholders and select keys kept. */
function marked(language: string): StoryTranslation {
  const mark = (nodes: readonly TemplateNode[]): string => nodes.map((node) => {
    if (node.kind === 'text') return node.text.replace(/[{}]/g, (brace) => `'${brace}'`);
    if (node.kind === 'arg') return `{${node.name}}`;
    return `{${node.name}, select, ${node.options.map((option) => `${option.key} {${mark(option.nodes)}}`).join(' ')}}`;
  }).join('');
  const records = entries.map((entry) => ({ key: entry.key, english: entry.english, translation: `[${language}] ${mark(parseTemplate(entry.english))}`, fuzzy: false, icu: Boolean(entry.placeholders) }));
  return translationTable(records, [], language);
}

/** A seeded playthrough: the choice ids taken and the text shown. */
function play(presets: Record<string, string | number | boolean>, seed: number) {
  const runner = new StoryRunner(json, { presets });
  let random = seed;
  const next = () => { random = (random * 1103515245 + 12345) % 2147483648; return random / 2147483648; };
  const path: string[] = [];
  const shown: { id: string | null; text: string }[] = [];
  let beat = runner.start();
  for (let step = 0; step < 400 && beat.choices.length; step += 1) {
    shown.push(...beat.lines.map((line) => ({ id: line.id, text: line.text })));
    const choice = beat.choices[Math.floor(next() * beat.choices.length)];
    path.push(choice.id ?? `#${choice.index}`);
    shown.push({ id: choice.id, text: choice.text });
    beat = runner.choose(choice.index);
  }
  shown.push(...beat.lines.map((line) => ({ id: line.id, text: line.text })));
  return { path, shown };
}

describe('the story in every language', () => {
  it('extracts every stamped line and choice once', () => {
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(1500);
  });

  const runs: { name: string; presets: Record<string, string | boolean> }[] = [
    { name: 'Halyna', presets: { viewpoint: 'halyna' } },
    { name: 'Halyna, gentle', presets: { viewpoint: 'halyna', gentle: true } },
    { name: 'Jonas', presets: { viewpoint: 'jonas' } },
    { name: 'Pavel', presets: { viewpoint: 'pavel' } },
    { name: 'the kiosk cut', presets: { viewpoint: 'halyna', kiosk_cut: true } },
  ];
  for (const { name, presets } of runs) {
    it(`${name}: the same path by choice ids in English, Ukrainian and Russian, every line found by id`, () => {
      let withPlaceholders = 0;
      for (const seed of [1, 2]) {
        const english = play(presets, seed);
        expect(english.path.length).toBeGreaterThan(5);
        withPlaceholders += english.shown.filter((item) => item.id && placeholderIds.has(item.id)).length;
        for (const language of ['uk', 'ru']) {
          useStoryTranslation(marked(language));
          const translated = play(presets, seed);
          expect(translated.path).toEqual(english.path);
          expect(fallbackIds()).toEqual([]);
          const untranslated = translated.shown.filter((item) => item.id && !item.text.startsWith(`[${language}]`));
          expect(untranslated).toEqual([]);
          useStoryTranslation(null);
        }
      }
      expect(withPlaceholders).toBeGreaterThan(0);
    });
  }
});
