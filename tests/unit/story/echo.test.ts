// The consequence measure (tools/story/echo.ts) on small inline stories whose figures are known.
import { describe, expect, it } from 'vitest';
import { StoryRunner } from '../../../src/engine/index.ts';
import { beatScreens, measureEcho } from '../../../tools/story/echo.ts';
import { compileInline } from '../../helpers/compileInline.ts';

const measure = (ink: string) => measureEcho(compileInline(ink), { randomWalks: 2, replayPairs: 0 });

// Two choices on two days: the bread is remembered in the evening, the song only in its own response.
const breadAndSong = `
VAR day = 0
VAR took = false
-> day_01
=== day_01 ===
~ day = 1
Morning. # clear
* [Take the bread]
  You take the bread. # clear
  ~ took = true
* [Leave it]
  You leave it. # clear
- Noon. # clear
-> day_20
=== day_20 ===
~ day = 20
Noon of another day. # clear
* [Sing] You sing.
* [Hum] You hum.
- The song ends. # clear
Evening. # clear
{took: The bread you took is in your legs.|Your legs are weak.}
-> END
`;

describe('echo share', () => {
  it('counts a choice remembered later and not one that only changes its own response', () => {
    const report = measure(breadAndSong);
    expect(report.all).toEqual({ points: 2, echoing: 1, share: 0.5 });
    expect(report.days).toMatchObject({ from: 18, to: 41, points: 1, echoing: 0, share: 0 });
    expect(report.silent).toEqual([{ day: 20, options: ['Sing', 'Hum'] }]);
  });

  it('does not count a difference on the same screen as the response, and counts it on the next', () => {
    const story = (gather: string) => `
VAR day = 1
VAR sang = false
Start. # clear
* [Sing] You sing.
  ~ sang = true
* [Hum] You hum.
- ${gather}{sang: The tower hears it.|Nobody hears.}
Then nothing. # clear
The end.
-> END
`;
    expect(measure(story('')).all).toEqual({ points: 1, echoing: 0, share: 0 });
    expect(measure(story('# clear\n')).all).toEqual({ points: 1, echoing: 1, share: 1 });
  });

  it('counts a choice that is offered later or not', () => {
    const report = measure(`
VAR day = 1
VAR took = false
Morning. # clear
* [Take the bread]
  ~ took = true
  You take it.
* [Leave it] You leave it.
- Night. # clear
* {took} [Eat the bread] You eat.
* [Sleep] You sleep.
- -> END
`);
    expect(report.all.points).toBe(2);
    expect(report.silent.map((point) => point.options)).toEqual([['Eat the bread', 'Sleep']]);
  });

  it('leaves out the content-note choice, whatever follows it', () => {
    const report = measure(`
VAR day = 1
VAR read = false
Today's scene is about hunger. You can read the scene, or a short summary. # cn: hunger
* [Read the scene]
  ~ read = true
  The scene. # clear
* [Read a short summary instead] The summary. # clear
- The day goes on. # clear
{read: You read it.|You read less.}
-> END
`);
    expect(report.all.points).toBe(0);
    expect(report.walks).toContain('first');
  });
});

describe('replay overlap', () => {
  it('is the share of the second run’s screens found word for word in the first', () => {
    // first: [start+choices, "You sing.", "Middle"+choices, "You stay.", "End"]; last differs in the two responses.
    const report = measure(`
VAR day = 1
Start. # clear
* [Sing] You sing. # clear
* [Hum] You hum. # clear
- Middle. # clear
* [Stay] You stay. # clear
* [Go] You go. # clear
- End. # clear
-> END
`);
    expect(report.overlap.opposite.map((pair) => pair.share)).toEqual([0.6, 0.6]);
    expect(report.overlap.oppositeMean).toBeCloseTo(0.6);
  });
});

describe('screens', () => {
  it('split at # clear and keep the choices on the last screen', () => {
    const runner = new StoryRunner(compileInline('One.\nTwo. # clear\nThree.\n* [Go] Gone.\n-> END\n'));
    expect(beatScreens(runner.start())).toEqual(['One.', 'Two.\nThree.\n> Go']);
  });
});
