// @vitest-environment happy-dom
// WCAG 2.1.4: keys 1-9 take a choice only while focus is in the story (or on nothing), and the
// player can turn them off; a header button keeps its own keys.
import { afterEach, describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/registry.ts';
import { emptyTags, type Beat } from '../../../src/engine/index.ts';
import { StoryView } from '../../../src/ui/storyView.ts';

let view: StoryView | null = null;
afterEach(() => { view?.destroy(); view = null; document.body.replaceChildren(); });

const beat: Beat = {
  lines: [{ id: 'x.1', text: 'The rail clangs at five.', tags: emptyTags(), rawTags: [], variables: {} }],
  choices: [0, 1].map((index) => ({ index, id: `x.c${index}`, text: `Choice ${index + 1}`, tags: emptyTags() })),
  ending: null, toBeContinued: false, ended: false, variables: {},
};

function mount(keysOn: () => boolean) {
  const taken: number[] = [];
  view = new StoryView(getContent(), {
    choose: (index) => taken.push(index), screenShown: () => {}, openNote: () => {}, place: () => {}, markers: () => {},
    endPanel: () => document.createElement('div'), keysBlocked: () => false, choiceKeys: keysOn,
  });
  const header = document.createElement('header');
  const undo = document.createElement('button');
  undo.textContent = 'Undo';
  header.append(undo);
  const main = document.createElement('main');
  main.append(view.element);
  document.body.append(header, main);
  view.show(beat);
  return { taken, undo };
}

const press = (target: EventTarget, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('number keys in the story', () => {
  it('take a choice with focus in the story or on the page body', () => {
    const { taken } = mount(() => true);
    press(document.activeElement ?? document.body, '2');
    (document.activeElement as HTMLElement | null)?.blur();
    press(document.body, '1');
    expect(taken).toEqual([1, 0]);
  });

  it('do nothing with focus on a control outside the story', () => {
    const { taken, undo } = mount(() => true);
    undo.focus();
    press(undo, '1');
    expect(taken).toEqual([]);
  });

  it('do nothing when the player turned them off; the buttons still work', () => {
    const { taken } = mount(() => false);
    press(document.body, '1');
    expect(taken).toEqual([]);
    document.querySelector<HTMLButtonElement>('.choice')!.click();
    expect(taken).toEqual([0]);
  });
});
