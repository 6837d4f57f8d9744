import { describe, expect, it } from 'vitest';
import { chooseMix, isIndoors, isSilent, isViolentScreen, SILENCE, type ScreenFacts } from '../../../src/sound/scene.ts';

function facts(change: Partial<ScreenFacts> & { vars?: Record<string, string | number | boolean> } = {}): ScreenFacts {
  return {
    variables: { time_of_day: 'day', weather: 'clear', loudspeakers: false, ...change.vars },
    place: change.place ?? null,
    contentNotes: change.contentNotes ?? [],
    day: change.day ?? 10,
  };
}

describe('which ambience for which screen', () => {
  it('steppe wind outside, stronger on a windy or dusty day', () => {
    const clear = chooseMix(facts({ place: 'women_zone' }));
    const windy = chooseMix(facts({ place: 'women_zone', vars: { weather: 'wind' } }));
    const dusty = chooseMix(facts({ place: 'steppe', vars: { weather: 'dust' } }));
    expect(clear.wind).toBeGreaterThan(0);
    expect(clear.room).toBe(0);
    expect(windy.wind).toBeGreaterThan(clear.wind);
    expect(dusty.wind).toBe(windy.wind);
  });

  it('the barrack at night: room tone, the wind muffled, no voices', () => {
    const night = chooseMix(facts({ place: 'women_barrack', vars: { time_of_day: 'night' } }));
    const outside = chooseMix(facts({ place: 'women_zone', vars: { time_of_day: 'night' } }));
    expect(isIndoors('women_barrack')).toBe(true);
    expect(night.room).toBeGreaterThan(0);
    expect(night.voices).toBe(0);
    expect(night.wind).toBeLessThan(outside.wind);
    expect(night.room).toBeGreaterThan(chooseMix(facts({ place: 'women_barrack' })).room);
  });

  it('far voices by day; the loudspeakers hum only once they are rigged, and not at night', () => {
    expect(chooseMix(facts({ place: 'women_zone' })).voices).toBeGreaterThan(0);
    expect(chooseMix(facts({ place: 'women_zone' })).hum).toBe(0);
    expect(chooseMix(facts({ place: 'women_zone', vars: { loudspeakers: true } })).hum).toBeGreaterThan(0);
    expect(chooseMix(facts({ place: 'women_zone', vars: { loudspeakers: true, time_of_day: 'night' } })).hum).toBe(0);
  });

  it('rain when the weather is rain, softer under a roof', () => {
    expect(chooseMix(facts()).rain).toBe(0);
    const outside = chooseMix(facts({ place: 'women_zone', vars: { weather: 'rain' } })).rain;
    const inside = chooseMix(facts({ place: 'hospital', vars: { weather: 'rain' } })).rain;
    expect(outside).toBeGreaterThan(inside);
    expect(inside).toBeGreaterThan(0);
  });

  it('missing variables fall back to a clear day', () => {
    expect(chooseMix({ variables: null, place: null, contentNotes: [], day: null })).toEqual(chooseMix(facts()));
  });
});

describe('silence, not effects, in violent scenes', () => {
  it.each(['violence', 'death', 'injury'])('a `# cn: %s` screen is silent', (kind) => {
    const screen = facts({ place: 'women_zone', contentNotes: ['fear', kind], vars: { loudspeakers: true, weather: 'wind' } });
    expect(isViolentScreen(screen)).toBe(true);
    expect(chooseMix(screen)).toEqual(SILENCE);
    expect(isSilent(chooseMix(screen))).toBe(true);
  });

  it('hunger and fear keep the ambience', () => {
    expect(isViolentScreen(facts({ contentNotes: ['hunger', 'fear'] }))).toBe(false);
  });

  it('the day-42 dawn is silent; day 42 before dawn and other dawns are not', () => {
    expect(chooseMix(facts({ day: 42, vars: { time_of_day: 'dawn' } }))).toEqual(SILENCE);
    expect(isViolentScreen(facts({ day: 42, vars: { time_of_day: 'night' } }))).toBe(false);
    expect(isViolentScreen(facts({ day: 12, vars: { time_of_day: 'dawn' } }))).toBe(false);
  });
});
