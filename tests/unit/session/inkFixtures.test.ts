// Conformance: a session that shows every screen and takes the fixture's choices records the
// expected transcript, day changes and ending.
import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../../src/session/index.ts';
import { splitScreens } from '../../../src/session/screens.ts';
import { inkFixtures, pickChoice } from '../../helpers/inkFixtures.ts';
import { testViewpoint } from '../../helpers/testViewpoint.ts';

describe.each(inkFixtures())('session fixture $name', (fixture) => {
  it('records the expected transcript', () => {
    const session = new PlaySession({ story: { json: fixture.json, hash: 'h' }, viewpoint: testViewpoint(), clock: { now: () => 0 } });
    const days: number[] = [];
    const endings: string[] = [];
    session.on('day', ({ day }) => days.push(day));
    session.on('ending', ({ id }) => endings.push(id));
    // Like the story view: show each screen of every beat in turn.
    session.on('beat', ({ lines }) => splitScreens(lines).forEach((_, screen) => session.screenShown(screen)));
    session.start();
    for (const wanted of fixture.choose) session.choose(pickChoice(session.currentBeat!.choices, wanted).index);
    expect(session.transcript).toEqual(fixture.transcript);
    expect(days).toEqual(fixture.days);
    expect(endings).toEqual(fixture.ending ? [fixture.ending] : []);
  });
});
