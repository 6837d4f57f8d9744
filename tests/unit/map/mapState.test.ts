// mapStateFrom: which layers the camp map shows, and its tint, for the story's variables.
import { describe, expect, it } from 'vitest';
import { LayerNames, mapStateFrom, sameDrawing } from '../../../src/map/mapState.ts';
import { historyVariables } from './fixtures.ts';

const layersOn = (day: number) => mapStateFrom(historyVariables[day]!).layers;

describe('mapStateFrom: the forty days', () => {
  it('before the first line: the plain plan, walls intact, daylight', () => {
    const state = mapStateFrom({});
    expect(state.day).toBe(-1);
    expect(state.layers).toEqual(['plan', 'walls-intact']);
    expect(state.tint).toEqual({ time: 'day', weather: 'clear' });
  });

  it('prologue (day 0): intact walls, evening tint', () => {
    const state = mapStateFrom(historyVariables[0]!);
    expect(state.layers).toEqual(['plan', 'walls-intact']);
    expect(state.tint.time).toBe('evening');
  });

  it('day 1 (16 May): the walls broken through, nothing else yet', () => {
    expect(layersOn(1)).toEqual(['plan', 'walls-breached']);
  });

  it('day 8 (23 May): the walls rebuilt', () => {
    expect(layersOn(8)).toEqual(['plan', 'walls-rebuilt']);
  });

  it('day 9 (24 May): the walls open, the zones united', () => {
    expect(layersOn(9)).toEqual(['plan', 'walls-open']);
  });

  it('day 13: barricades and pickets, no loudspeakers yet', () => {
    const layers = layersOn(13);
    expect(layers).toEqual(['plan', 'walls-open', 'barricades', 'pickets']);
    expect(layers).not.toContain('loudspeakers');
  });

  it('day 26 (10 June): hunger, kites and balloons, loudspeakers, the heat', () => {
    const layers = layersOn(26);
    for (const layer of ['hunger', 'kites', 'balloons', 'loudspeakers', 'barricades', 'weather-heat'] as const) {
      expect(layers).toContain(layer);
    }
    expect(layers).not.toContain('tanks');
    expect(layers).not.toContain('searchlights');
  });

  it('day 42 (26 June, 03:30): tanks inside, searchlights, the night tint', () => {
    const state = mapStateFrom(historyVariables[42]!);
    expect(state.layers).toContain('tanks');
    expect(state.layers).toContain('searchlights');
    expect(state.layers).not.toContain('kites');
    expect(state.tint).toEqual({ time: 'night', weather: 'clear' });
    expect(state.summary).toMatch(/tanks/i);
  });
});

describe('mapStateFrom: rules that hold for any variables', () => {
  it('shows exactly one walls layer, matching the walls variable', () => {
    for (const walls of ['intact', 'breached', 'rebuilt', 'open']) {
      const state = mapStateFrom({ walls });
      expect(state.layers.filter((l) => l.startsWith('walls-'))).toEqual([`walls-${walls}`]);
    }
  });

  it('lists layers in drawing order', () => {
    const state = mapStateFrom({
      ...historyVariables[42], kites: true, weather: 'rain',
    });
    const order = state.layers.map((l) => LayerNames.indexOf(l));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('searchlights follow the time of day only', () => {
    expect(mapStateFrom({ time_of_day: 'night' }).layers).toContain('searchlights');
    for (const time of ['dawn', 'day', 'evening']) expect(mapStateFrom({ time_of_day: time }).layers).not.toContain('searchlights');
  });

  it('each weather but clear adds its own layer and shifts the tint', () => {
    for (const weather of ['wind', 'dust', 'heat', 'rain']) {
      const state = mapStateFrom({ weather });
      expect(state.layers).toContain(`weather-${weather}`);
      expect(state.tint.weather).toBe(weather);
    }
  });

  it('falls back to safe defaults for unknown or malformed values', () => {
    const state = mapStateFrom({ day: 'soon', time_of_day: 'noon', weather: 'snow', walls: 'gone', tanks: 'outside', defences: 'yes' });
    expect(state.day).toBe(-1);
    expect(state.timeOfDay).toBe('day');
    expect(state.weather).toBe('clear');
    expect(state.walls).toBe('intact');
    expect(state.tanks).toBe('none');
    expect(state.defences).toBe(false);
  });

  it('reads ink booleans given as numbers, and numeric days given as strings', () => {
    const state = mapStateFrom({ day: '12', defences: 1, hunger: 0 });
    expect(state.day).toBe(12);
    expect(state.defences).toBe(true);
    expect(state.hunger).toBe(false);
  });

  it('ignores variables the map does not draw (an update need not redraw)', () => {
    const a = mapStateFrom({ ...historyVariables[13], hope: 3, bond_maia: 2 });
    const b = mapStateFrom({ ...historyVariables[13], hope: 7, bond_maia: 5 });
    expect(sameDrawing(a, b)).toBe(true);
    expect(sameDrawing(a, mapStateFrom(historyVariables[26]!))).toBe(false);
  });

  it('describes the state in words for screen readers', () => {
    expect(mapStateFrom(historyVariables[9]!).summary).toMatch(/day 9/);
    expect(mapStateFrom(historyVariables[9]!).summary).toMatch(/zones are united/);
    expect(mapStateFrom(historyVariables[26]!).summary).toMatch(/bread/);
  });
});
