// The plan's drawing, palette, labels and layout: pure parts of the map, tested without a browser.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapStateFrom } from '../../../src/map/mapState.ts';
import { contrast, paletteFor } from '../../../src/map/palette.ts';
import { RecordingPen, dashed } from '../../../src/map/pen.ts';
import { drawPlan, legendFor } from '../../../src/map/plan.ts';
import { fontSizes, layoutLabels } from '../../../src/map/labels.ts';
import { fitViewport, toScreen, toWorld } from '../../../src/map/viewport.ts';
import { PERIMETER, ZONES, allPlaces } from '../../../src/map/geometry.ts';
import { TimesOfDay, Weathers } from '../../../src/map/mapState.ts';
import { historyVariables } from './fixtures.ts';

const MAP_DIR = join(import.meta.dirname, '../../../src/map');

describe('drawPlan', () => {
  it('draws marks for every visible layer, and only those', () => {
    for (const day of [1, 8, 9, 13, 26, 42]) {
      const state = mapStateFrom(historyVariables[day]!);
      const pen = new RecordingPen();
      drawPlan(pen, state, { unitsPerPixel: 1 });
      expect(pen.layers()).toEqual(state.layers);
      for (const layer of state.layers) expect(pen.marks.some((m) => m.layer === layer && m.size > 0)).toBe(true);
    }
  });

  it('draws the tanks in the same ink as the rest of the plan', () => {
    const pen = new RecordingPen();
    drawPlan(pen, mapStateFrom(historyVariables[42]!), { unitsPerPixel: 1 });
    const tanks = pen.marks.filter((m) => m.layer === 'tanks');
    expect(tanks.length).toBeGreaterThan(0);
    expect(new Set(tanks.map((m) => m.color))).toEqual(new Set(['ink', 'paper']));
  });

  it('never uses rust alone: every rust mark shares its layer with ink marks', () => {
    for (const day of [1, 26, 42]) {
      const pen = new RecordingPen();
      drawPlan(pen, mapStateFrom(historyVariables[day]!), { unitsPerPixel: 1 });
      for (const layer of new Set(pen.marks.filter((m) => m.color === 'rust').map((m) => m.layer))) {
        expect(pen.marks.some((m) => m.layer === layer && m.color === 'ink')).toBe(true);
      }
    }
  });

  it('dashes a line into segments', () => {
    expect(dashed([0, 0, 10, 0], 2, 3)).toEqual([0, 0, 2, 0, 5, 0, 7, 0]);
  });
});

describe('legend', () => {
  it('names the symbols of the visible layers', () => {
    const ids = (day: number) => legendFor(mapStateFrom(historyVariables[day]!)).map((e) => e.id);
    expect(ids(1)).toContain('breach');
    expect(ids(1)).not.toContain('tank');
    expect(ids(42)).toEqual(expect.arrayContaining(['tank', 'searchlight', 'barricade', 'picket', 'hunger']));
    expect(ids(26)).toEqual(expect.arrayContaining(['kite', 'balloon', 'loudspeaker']));
  });
});

describe('palette', () => {
  it('keeps every label at 4.5:1 or more, in every tint', () => {
    for (const time of TimesOfDay) {
      for (const weather of Weathers) {
        const p = paletteFor({ time, weather });
        expect(contrast(p.labelInk, p.labelPaper), `${time}/${weather} label`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p.labelInk, p.paper), `${time}/${weather} label on paper`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p.ink, p.paper), `${time}/${weather} ink`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('turns the paper deep blue at night', () => {
    const night = paletteFor({ time: 'night', weather: 'clear' });
    const r = (night.paper >> 16) & 0xff, b = night.paper & 0xff;
    expect(b).toBeGreaterThan(r);
    expect(night.dark).toBe(true);
  });
});

describe('viewport and labels', () => {
  const state = mapStateFrom(historyVariables[13]!);

  it('maps plan units to CSS pixels and back', () => {
    const view = fitViewport(960, 1000, 60, 2);
    const p = toScreen(view, 345, 270);
    const back = toWorld(view, p.x, p.y);
    expect(back.x).toBeCloseTo(345);
    expect(back.y).toBeCloseTo(270);
  });

  it('keeps room for the key below the plan when that costs little', () => {
    expect(fitViewport(390, 300, 50, 3).keyBelow).toBe(true);
    expect(fitViewport(960, 1000, 60, 1).keyBelow).toBe(true);
    expect(fitViewport(1600, 500, 200, 1).keyBelow).toBe(false);
  });

  for (const [w, h] of [[1920, 1080], [960, 1000], [390, 300], [360, 240]] as const) {
    it(`lays out labels without overlaps at ${w}x${h}`, () => {
      const view = fitViewport(w, h, 50, 1);
      const labels = layoutLabels(state, view, 'women_barrack');
      expect(labels.filter((l) => l.emphasis).map((l) => l.id)).toEqual(['women_barrack']);
      for (const a of labels) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.x + a.w).toBeLessThanOrEqual(view.width);
        for (const b of labels) {
          if (a === b) continue;
          const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
          expect(apart, `${a.id} / ${b.id}`).toBe(true);
        }
      }
      // Every zone is named at every size.
      for (const z of ZONES) expect(labels.map((l) => l.id)).toContain(z.id);
      // Labels stay readable: never under 12 CSS px.
      expect(Math.min(...labels.map((l) => l.fontPx))).toBeGreaterThanOrEqual(12);
    });
  }

  it('shows the highlighted place even where a button covers its usual spot', () => {
    const view = fitViewport(390, 300, 50, 3);
    const at = toScreen(view, 200, 220);
    const labels = layoutLabels(state, view, 'women_barrack', { avoid: [{ x: at.x - 15, y: at.y - 15, w: 30, h: 30 }], markerPlaces: new Set(['women_barrack']) });
    const label = labels.find((l) => l.id === 'women_barrack')!;
    const covered = label.x < at.x + 15 && at.x - 15 < label.x + label.w && label.y < at.y + 15 && at.y - 15 < label.y + label.h;
    expect(covered).toBe(false);
  });
});

describe('places on the plan', () => {
  it('puts every inside place within the perimeter, and in its own zone', () => {
    for (const p of allPlaces()) {
      const zone = ZONES.find((z) => z.id === p.zone);
      if (zone) {
        expect(p.x, p.id).toBeGreaterThanOrEqual(zone.x0 - 1);
        expect(p.x, p.id).toBeLessThanOrEqual(zone.x1 + 1);
        expect(p.y, p.id).toBeGreaterThan(PERIMETER.y);
        expect(p.y, p.id).toBeLessThan(PERIMETER.y + PERIMETER.h);
      }
    }
  });
});

describe('loading', () => {
  it('imports Phaser only behind phaserRenderer.ts, and loads that module dynamically', () => {
    const files = readdirSync(MAP_DIR).filter((f) => f.endsWith('.ts'));
    const importers = files.filter((f) => /from 'phaser'|import\('phaser'\)/.test(readFileSync(join(MAP_DIR, f), 'utf8')));
    expect(importers.sort()).toEqual(['phaserRenderer.ts', 'tidyGame.ts']);
    for (const f of files) {
      const source = readFileSync(join(MAP_DIR, f), 'utf8');
      expect(source, f).not.toMatch(/from '\.\/phaserRenderer(\.ts)?'/);
      if (f !== 'phaserRenderer.ts') expect(source, f).not.toMatch(/from '\.\/tidyGame(\.ts)?'/);
    }
  });

  it('keeps mapState.ts free of the renderer (the UI imports it without Phaser)', () => {
    const source = readFileSync(join(MAP_DIR, 'mapState.ts'), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    // Types, and its words from the catalog (plain data and Intl): nothing that draws.
    expect(imports.sort()).toEqual(['../i18n/format.ts', './strings.ts', './types.ts']);
  });
});

describe('label sizes (issue 16: legible at 1366x768, scaled by the text size)', () => {
  it('are at least 12 px from the half-screen pane up, and grow with the reader\'s text size', () => {
    const pane = fitViewport(683, 700, 120, 1); // the map pane at 1366x768
    const normal = fontSizes(pane.detail, pane.scale);
    expect(Math.min(normal.zone, normal.place)).toBeGreaterThanOrEqual(12);
    const larger = fontSizes(pane.detail, pane.scale, 1.5);
    expect(larger.place).toBeGreaterThanOrEqual(Math.round(normal.place * 1.5) - 1);
    const state = mapStateFrom(historyVariables[1]!);
    const big = layoutLabels(state, pane, null, { textScale: 1.5 });
    expect(big.length).toBeGreaterThan(0);
    for (const label of big) expect(label.fontPx).toBeGreaterThanOrEqual(17);
  });
});
