// Every English namespace, for tools and tests (the catalog test, a translators' extractor).
// The game itself imports each namespace where it is shown, so that it loads with that code.
import { classroom } from './classroom.ts';
import { kiosk } from './kiosk.ts';
import { map } from './map.ts';
import { ui } from './ui.ts';

export const en = { ui, kiosk, classroom, map };
export type Catalog = typeof en;
