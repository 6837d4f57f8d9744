// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { MapOptions, MapView } from '../../../src/map/types.ts';
import { sharedMapLoader } from '../../../src/modes/kiosk/sharedMap.ts';

/** A stand-in map module: counts starts and records where the map is and what it was told. */
function fakeMapModule(options: { failFirst?: boolean } = {}) {
  const log: string[] = [];
  let starts = 0;
  let resolveStart: (() => void) | null = null;
  const module = {
    mountMap: async (container: HTMLElement, _options: MapOptions): Promise<MapView> => {
      starts += 1;
      await new Promise<void>((resolve) => { resolveStart = resolve; });
      if (options.failFirst && starts === 1) throw new Error('no WebGL');
      let at = container;
      return {
        update: () => log.push(`update@${at.id}`),
        highlight: () => log.push(`highlight@${at.id}`),
        setMarkers: () => log.push(`markers@${at.id}`),
        setNotePlaces: () => {},
        setReducedMotion: () => {},
        setTheme: () => {},
        rendererName: () => 'webgl',
        adopt: (next: HTMLElement) => { at = next; log.push(`adopt ${next.id || '(shelf)'}`); },
        destroy: () => log.push('destroyed'),
      };
    },
  };
  return { load: () => Promise.resolve(module), log, starts: () => starts, finishStart: () => resolveStart?.() };
}

const box = (id: string) => Object.assign(document.createElement('div'), { id });
const OPTIONS: MapOptions = { reducedMotion: false, onChoose: () => {}, onOpenPlace: () => {} };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the kiosk shared map', () => {
  it('starts one map and hands it from the attract loop to the visit and back', async () => {
    const fake = fakeMapModule();
    const loadMap = sharedMapLoader(fake.load);
    const attractMount = (await loadMap()).mountMap(box('attract'), OPTIONS);
    await tick();
    fake.finishStart();
    const attractMap = await attractMount;
    attractMap.destroy();
    const visitMap = await (await loadMap()).mountMap(box('visit'), OPTIONS);
    visitMap.update({ day: 3 });
    attractMap.update({ day: 9 }); // a handle given back does nothing
    visitMap.destroy();
    await (await loadMap()).mountMap(box('attract2'), OPTIONS);
    expect(fake.starts()).toBe(1);
    expect(fake.log).toEqual(['adopt attract', 'adopt (shelf)', 'adopt visit', 'update@visit', 'adopt (shelf)', 'adopt attract2']);
    expect(fake.log).not.toContain('destroyed');
  });

  it('gives the map to the newest owner when two ask while it is starting', async () => {
    const fake = fakeMapModule();
    const loadMap = sharedMapLoader(fake.load);
    const attractMount = (await loadMap()).mountMap(box('attract'), OPTIONS);
    await tick();
    const visitMount = (await loadMap()).mountMap(box('visit'), OPTIONS);
    fake.finishStart();
    const [attractMap, visitMap] = await Promise.all([attractMount, visitMount]);
    attractMap.destroy(); // the attract loop was left before its map arrived
    visitMap.highlight('hospital');
    expect(fake.starts()).toBe(1);
    expect(fake.log).toEqual(['adopt attract', 'adopt visit', 'highlight@visit']);
  });

  it('tries again for the next owner when the map failed to start', async () => {
    const fake = fakeMapModule({ failFirst: true });
    const loadMap = sharedMapLoader(fake.load);
    const first = (await loadMap()).mountMap(box('attract'), OPTIONS);
    await tick();
    fake.finishStart();
    await expect(first).rejects.toThrow('no WebGL');
    const second = (await loadMap()).mountMap(box('visit'), OPTIONS);
    await tick();
    fake.finishStart();
    await second;
    expect(fake.starts()).toBe(2);
    expect(fake.log).toEqual(['adopt visit']);
  });
});
