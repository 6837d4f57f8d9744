// @vitest-environment happy-dom
// The viewpoint screen says, in the reader's language and before the path starts, that a path
// not yet translated is told in English (issue 17, item 4); in English it says nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { useStoryTranslation } from '../../../src/engine/storyLanguage.ts';
import { viewpointScreen } from '../../../src/ui/screens/viewpoint.ts';
import { strings } from '../../../src/ui/strings.ts';

afterEach(() => useStoryTranslation(null));

const cards = () => [...viewpointScreen(() => {}, () => {}).querySelectorAll('.viewpoint')];
const noted = () => cards().map((card) => card.querySelector('.viewpoint-in-english')?.textContent ?? null);

describe('the viewpoint screen and untranslated paths', () => {
  it('notes nothing in English', () => {
    expect(noted().every((note) => note === null)).toBe(true);
  });

  it('notes the path with no translated line, not the translated one', () => {
    useStoryTranslation({ language: 'uk', lines: { 'h.d00.bde3': 'Початок травня, 1954.' }, history: {} });
    expect(noted()).toEqual([null, strings().viewpointInEnglish, strings().viewpointInEnglish]);
  });
});
