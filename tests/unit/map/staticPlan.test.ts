// The static plan (assets/map/*.svg): made from the live map's own plan data, the same on every
// run, and the committed files are current (else: npm run map:static). Its labels are in each
// shipped language (plan-labels.<lang>.json), laid out with that language active.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutLabels } from '../../../src/map/labels.ts';
import { mapStateFrom } from '../../../src/map/mapState.ts';
import { STATIC_PLAN_SIZE, staticPlanLabels, staticPlanSvg } from '../../../src/map/static/staticPlan.ts';
import { fitViewport } from '../../../src/map/viewport.ts';
import { map as ruMap } from '../../../src/i18n/ru/map.ts';
import { map as ukMap } from '../../../src/i18n/uk/map.ts';
import { language } from '../../../src/i18n/catalog.ts';
import { getContent } from '../../../src/content/registry.ts';
import { readTable } from '../../../tools/i18n/table.ts';
import { STATIC_PLAN_LANGUAGES, staticPlanLabelsIn } from '../../../tools/map/staticPlanLanguages.ts';

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

  it('has its labels in each other shipped language, committed as generated', () => {
    expect([...STATIC_PLAN_LANGUAGES]).toEqual(['uk', 'ru']);
    for (const code of STATIC_PLAN_LANGUAGES) {
      const committed = JSON.parse(readFileSync(join(ASSETS, `plan-labels.${code}.json`), 'utf8')) as unknown;
      // Only the labels: the plan's size and colours are the English file's.
      expect(committed, code).toEqual({ labels: staticPlanLabelsIn(code).labels });
    }
    expect(staticPlanLabelsIn('en')).toEqual(staticPlanLabels());
  }, 60_000);

  it('lays out each language\'s own words: its zone names and its places\' labels, never English', () => {
    const guardhouse = getContent().places.get('guardhouse')!.label;
    const english = staticPlanLabelsIn('en').labels;
    const englishPlace = new Map(english.filter((label) => label.kind === 'place').map((label) => [label.id, label.lines.join(' ')]));
    for (const [code, catalog] of [['uk', ukMap], ['ru', ruMap]] as const) {
      const labels = staticPlanLabelsIn(code).labels;
      const lines = (id: string) => labels.find((label) => label.id === id)?.lines;
      for (const [zone, names] of Object.entries(catalog.zones)) {
        const shown = lines(zone);
        if (shown) expect(shown, `${code} ${zone}`).toEqual(names.full);
      }
      // (Longer words may leave a zone name out where it would overlap, as the live map does.)
      expect(labels.filter((label) => label.kind === 'zone').length, code).toBeGreaterThanOrEqual(3);
      // A place's label is its history.po translation (the live map's), not the English one.
      const history = readTable(process.cwd(), code).history;
      const places = labels.filter((label) => label.kind === 'place' && history[`place:${label.id}:label`]);
      expect(places.length, `${code} places`).toBeGreaterThan(3);
      for (const label of places) {
        expect(label.lines.join(' '), `${code} ${label.id}`).not.toBe(englishPlace.get(label.id));
        expect(label.lines.join(' ').replace(/\s+/g, ''), `${code} ${label.id}`).toMatch(/[а-яіїєґё]/i);
      }
      // Positions follow the words: the layout is the language's own, not the English one relabelled.
      expect(labels.map((label) => [label.x, label.y]), code).not.toEqual(english.map((label) => [label.x, label.y]));
    }
    // Leaves the English map active and the places in English.
    expect(language().code).toBe('en');
    expect(getContent().places.get('guardhouse')?.label).toBe(guardhouse);
    expect(guardhouse).toMatch(/^Guardhouse/);
  }, 60_000);
});
