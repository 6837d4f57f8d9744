// The map's buttons (src/map/markerLayout.ts): 44 px targets that never overlap, endnotes grouped
// per zone in a strip above the plan, choice markers kept off each other, the strip and the key.
import { describe, expect, it } from 'vitest';
import { BUTTON_GAP, NOTE_STRIP, TARGET, clusterNotes, placeChoiceMarkers, type Box } from '../../../src/map/markerLayout.ts';
import { fitViewport } from '../../../src/map/viewport.ts';
import { allPlaces } from '../../../src/map/geometry.ts';

const everyPlace = () => new Map(allPlaces().map((p) => [p.id, 2] as const));
const apart = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) >= TARGET + BUTTON_GAP || Math.abs(a.y - b.y) >= TARGET + BUTTON_GAP;

describe('clusterNotes', () => {
  it('gives each inner zone one button with the count of its notes', () => {
    const view = fitViewport(960, 900, 60, 1, NOTE_STRIP);
    const clusters = clusterNotes(new Map([['hospital', 1], ['bakery', 2], ['women_barrack', 1], ['bathhouse', 3]]), view);
    expect(clusters.map((c) => [c.key, c.count])).toEqual([['women_zone', 4], ['service_yard', 3]]);
    expect(clusters[1]!.places).toEqual(['bakery', 'hospital']);
  });

  for (const [w, h] of [[390, 380], [760, 660], [1160, 980], [300, 300]] as const) {
    it(`keeps every note button in the strip above the plan, apart and on screen at ${w}x${h}`, () => {
      const view = fitViewport(w, h, 60, 1, NOTE_STRIP);
      const clusters = clusterNotes(everyPlace(), view);
      expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(allPlaces().length * 2);
      for (const c of clusters) {
        expect(c.x - TARGET / 2).toBeGreaterThanOrEqual(0);
        expect(c.x + TARGET / 2).toBeLessThanOrEqual(w);
        expect(c.y + TARGET / 2).toBeLessThanOrEqual(view.offsetY);
      }
      for (let i = 1; i < clusters.length; i += 1) expect(clusters[i]!.x - clusters[i - 1]!.x).toBeGreaterThanOrEqual(TARGET + BUTTON_GAP - 1e-9);
    });
  }
});

describe('placeChoiceMarkers', () => {
  it('sets markers on one place side by side, and moves markers off each other and the key', () => {
    const view = fitViewport(390, 380, 60, 1, NOTE_STRIP);
    const key: Box = { x: 0, y: view.height - 70, w: 390, h: 70 };
    const markers = [
      { placeId: 'stores', choiceIndex: 0 }, { placeId: 'stores', choiceIndex: 1 },
      { placeId: 'tech_rooms', choiceIndex: 2 }, { placeId: 'workshops_khozdvor', choiceIndex: 3 },
      { placeId: 'steppe', choiceIndex: 4 }, { placeId: 'fire_zone', choiceIndex: 5 },
    ];
    const placed = placeChoiceMarkers(markers, view, [key]);
    expect(placed).toHaveLength(markers.length);
    for (let i = 0; i < placed.length; i += 1) {
      const m = placed[i]!;
      expect(m.y - TARGET / 2, 'below the note strip').toBeGreaterThanOrEqual(view.offsetY);
      expect(m.y + TARGET / 2 <= key.y || m.x - TARGET / 2 >= key.x + key.w, 'clear of the key').toBe(true);
      for (const other of placed.slice(i + 1)) expect(apart(m, other), `${m.choiceIndex} and ${other.choiceIndex}`).toBe(true);
    }
  });
});
