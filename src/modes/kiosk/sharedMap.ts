// One map for the kiosk's page life. The attract loop and the visit hand it to each other
// (MapView.adopt) instead of each starting Phaser: one WebGL context per page instead of two,
// no second start-up (about 0.8 s on a software rasterizer) when a visitor taps, and less code
// for V8 to compile as the visits go by. A caller's destroy() only gives the map back.
import type { MapOptions, MapView } from '../../map/types.ts';
import type { LoadMap } from './attract.ts';

const NOBODY: MapOptions = { reducedMotion: true, onChoose: () => {}, onOpenPlace: () => {} };

export function sharedMapLoader(load: LoadMap): LoadMap {
  let live: Promise<MapView> | null = null;
  let owner = 0;
  let handles = 0;
  // Where the map waits, out of the page, between one owner and the next.
  const shelf = document.createElement('div');

  return async () => {
    const module = await load();
    return {
      mountMap: async (container: HTMLElement, options: MapOptions): Promise<MapView> => {
        const token = ++handles;
        if (!live) {
          live = module.mountMap(container, options);
          live.catch(() => { live = null; }); // a failed start may be tried again by the next owner
        }
        const view = await live;
        owner = token;
        view.adopt(container, options);
        const mine = () => owner === token;
        return {
          update: (variables) => { if (mine()) view.update(variables); },
          highlight: (placeId) => { if (mine()) view.highlight(placeId); },
          setMarkers: (markers) => { if (mine()) view.setMarkers(markers); },
          setNotePlaces: (placeIds) => { if (mine()) view.setNotePlaces(placeIds); },
          setReducedMotion: (reduced) => { if (mine()) view.setReducedMotion(reduced); },
          setTheme: (theme) => { if (mine()) view.setTheme(theme); },
          rendererName: () => view.rendererName(),
          adopt: (next, nextOptions) => { owner = token; view.adopt(next, nextOptions); },
          destroy: () => {
            if (!mine()) return;
            owner = 0;
            view.adopt(shelf, NOBODY);
          },
        };
      },
    };
  };
}
