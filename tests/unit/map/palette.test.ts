// The map's colours: every paper tint keeps its labels legible, and the high-contrast theme is
// black on white for every time and weather, with labels at 7:1 or more (WCAG AAA) and no grain.
import { describe, expect, it } from 'vitest';
import { TimesOfDay, Weathers } from '../../../src/map/mapState.ts';
import { contrast, paletteFor, type Palette } from '../../../src/map/palette.ts';
import { RecordingPen } from '../../../src/map/pen.ts';
import { drawPlan } from '../../../src/map/plan.ts';
import { mapStateFrom } from '../../../src/map/mapState.ts';

const tints = TimesOfDay.flatMap((time) => Weathers.map((weather) => ({ time, weather })));

describe('contrast()', () => {
  it('follows WCAG 2: black on white is 21:1, a colour on itself 1:1, either order', () => {
    expect(contrast(0x000000, 0xffffff)).toBeCloseTo(21, 5);
    expect(contrast(0xffffff, 0x000000)).toBeCloseTo(21, 5);
    expect(contrast(0x777777, 0x777777)).toBeCloseTo(1, 5);
    // #767676 on white is the well-known 4.54:1.
    expect(contrast(0x767676, 0xffffff)).toBeCloseTo(4.54, 2);
  });
});

describe('the high-contrast palette', () => {
  const palettes: [string, Palette][] = tints.map((tint) => [`${tint.time}/${tint.weather}`, paletteFor(tint, 'contrast')]);

  it('is ink black on white paper, plain (no grain, vignette or stains), in every tint', () => {
    for (const [name, p] of palettes) {
      expect(p.paper, name).toBe(0xffffff);
      expect(p.labelPaper, name).toBe(0xffffff);
      expect(p.ink, name).toBe(0x000000);
      expect(p.labelInk, name).toBe(0x000000);
      expect(p.plain, name).toBe(true);
      expect(p.dark, name).toBe(false);
    }
  });

  it('keeps labels at 7:1 or more, on their slips and on the bare paper', () => {
    for (const [name, p] of palettes) {
      expect(contrast(p.labelInk, p.labelPaper), `${name} label`).toBeGreaterThanOrEqual(7);
      expect(contrast(p.labelInk, p.paper), `${name} label on paper`).toBeGreaterThanOrEqual(7);
    }
  });

  it('draws every line colour at 7:1 or more against the paper', () => {
    const p = paletteFor({ time: 'night', weather: 'dust' }, 'contrast');
    for (const key of ['ink', 'inkSoft', 'rust', 'waterInk', 'steppe'] as const) {
      expect(contrast(p[key], p.paper), key).toBeGreaterThanOrEqual(7);
    }
  });

  it('is more contrasted than the paper theme everywhere', () => {
    for (const tint of tints) {
      const paper = paletteFor(tint);
      const high = paletteFor(tint, 'contrast');
      expect(contrast(high.labelInk, high.labelPaper)).toBeGreaterThan(contrast(paper.labelInk, paper.labelPaper));
      expect(contrast(high.inkSoft, high.paper)).toBeGreaterThan(contrast(paper.inkSoft, paper.paper));
    }
  });
});

describe('plain paper in the drawing', () => {
  it('leaves out the old folds across the sheet (the faint paperShade lines of the base plan)', () => {
    const folds = (plain: boolean) => {
      const pen = new RecordingPen();
      drawPlan(pen, mapStateFrom({ day: 1 }), { unitsPerPixel: 1, plain });
      return pen.marks.filter((m) => m.layer === 'plan' && m.kind === 'segments' && m.color === 'paperShade').length;
    };
    expect(folds(false)).toBe(1);
    expect(folds(true)).toBe(0);
  });
});

describe('the paper theme', () => {
  it('is the default, aged (grain and stains), and unchanged by the theme argument', () => {
    for (const tint of tints) {
      expect(paletteFor(tint, 'paper')).toEqual(paletteFor(tint));
      expect(paletteFor(tint).plain).toBe(false);
    }
  });
});
