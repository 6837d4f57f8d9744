// @vitest-environment happy-dom
// The reading column (#16): the day's earlier screens stay above the new one, a new day or an
// undo starts the column again, and each new screen's heading takes the focus.
import { afterEach, describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/registry.ts';
import { emptyTags, type Beat } from '../../../src/engine/index.ts';
import { StoryView } from '../../../src/ui/storyView.ts';

let view: StoryView | null = null;
afterEach(() => { view?.destroy(); view = null; document.body.replaceChildren(); });

function beat(day: number, texts: string[], choices = 1): Beat {
  return {
    lines: texts.map((text, index) => ({ id: `l.${day}.${index}`, text, tags: { ...emptyTags(), clear: index > 0 }, rawTags: [], variables: { day } })),
    choices: Array.from({ length: choices }, (_, index) => ({ index, id: `c.${index}`, text: `Choice ${index + 1}`, tags: emptyTags() })),
    ending: null, toBeContinued: false, ended: false, variables: { day },
  };
}

function mount(): StoryView {
  view = new StoryView(getContent(), {
    choose: () => {}, screenShown: () => {}, openNote: () => {}, place: () => {}, markers: () => {},
    endPanel: () => document.createElement('div'), keysBlocked: () => false,
    dayOf: (line) => (typeof line.variables?.day === 'number' ? line.variables.day : null),
  });
  document.body.append(view.element);
  return view;
}

const earlier = () => [...document.querySelectorAll('.story-earlier .earlier-screen')].map((node) => node.textContent);
const current = () => document.querySelector('.story-text p.line')?.textContent;

describe('the reading column', () => {
  it('keeps the day\'s screens above the new one and focuses each new screen\'s heading', () => {
    const story = mount();
    story.show(beat(5, ['One.', 'Two.', 'Three.']));
    expect(document.activeElement?.textContent).toBe('Day 5, screen 1 of 3');
    story.nextScreen();
    story.nextScreen();
    expect(earlier()).toEqual(['One.', 'Two.']);
    expect(current()).toBe('Three.');
    expect(document.activeElement?.className).toContain('screen-heading');
    story.show(beat(5, ['Four.']), { echo: 'Choice 1' });
    expect(earlier(), 'after a choice on the same day').toEqual(['One.', 'Two.', 'Three.']);
    expect(current()).toBe('Four.');
    story.show(beat(6, ['Next day.']), { echo: 'Choice 1' });
    expect(earlier(), 'a new day starts the column again').toEqual([]);
  });

  it('starts again on an undo or a restore, and shows a restored screen\'s predecessors', () => {
    const story = mount();
    story.show(beat(7, ['A.', 'B.']));
    story.nextScreen();
    story.show(beat(7, ['A.', 'B.', 'C.']), { screen: 2 });
    expect(earlier()).toEqual(['A.', 'B.']);
    story.previousScreen();
    expect(earlier()).toEqual(['A.']);
    expect(current()).toBe('B.');
  });
});
