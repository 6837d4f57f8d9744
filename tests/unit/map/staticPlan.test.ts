// The static plan (assets/map/*.svg): made from the live map's own plan data, the same on every
// run, and the committed files are current (else: npm run map:static).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../../src/map/labels.ts';
import { mapStateFrom } from '../../../src/map/mapState.ts';
import { STATIC_PLAN_SIZE, staticPlanLabels, staticPlanSvg } from '../../../src/map/static/staticPlan.ts';
import { fitViewport } from '../../../src/map/viewport.ts';

const ASSETS = join(import.meta.dirname, '../../../assets/map');

describe('the static plan', () => {
  it('is the same text on every run', () => {
    expect(staticPlanSvg('paper')).toBe(staticPlanSvg('paper'));
    expect(staticPlanSvg('contrast')).toBe(staticPlanSvg('contrast'));
    expect(staticPlanSvg('paper')).not.toBe(staticPlanSvg('contrast'));
  });

  it('is committed as generated from the current plan data (npm run map:static)', () => {
    expect(readFileSync(join(ASSETS, 'plan.svg'), 'utf8')).toBe(staticPlanSvg('paper'));
    expect(readFileSync(join(ASSETS, 'plan-contrast.svg'), 'utf8')).toBe(staticPlanSvg('contrast'));
    expect(JSON.parse(readFileSync(join(ASSETS, 'plan-labels.json'), 'utf8'))).toEqual(staticPlanLabels());
  });

  it('draws the first day\'s layers, and lists every label the live map shows at that size', () => {
    const svg = staticPlanSvg('paper');
    const state = mapStateFrom({});
    for (const layer of state.layers) expect(svg).toContain(`data-layer="${layer}"`);
    const labels = layoutLabels(state, fitViewport(STATIC_PLAN_SIZE.width, STATIC_PLAN_SIZE.height, 0, 1), null);
    expect(labels.length).toBeGreaterThan(5);
    // The lettering is not in the image: it is DOM text over it (so it follows the text size).
    expect(svg).not.toContain('<text');
    const data = staticPlanLabels();
    expect(data.labels.map((l) => l.lines)).toEqual(labels.map((l) => l.lines));
    for (const label of data.labels) {
      expect(label.x).toBeGreaterThan(0); expect(label.x).toBeLessThan(100);
      expect(label.y).toBeGreaterThan(0); expect(label.y).toBeLessThan(100);
      expect(label.rem).toBeGreaterThanOrEqual(12 / 16);
    }
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 408"')).toBe(true);
  });
});
