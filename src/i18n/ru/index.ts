// Every Russian namespace, for tools and tests, shaped exactly like English (src/i18n/en):
// each namespace module is typed by its English one, and `satisfies Catalog` checks the set.
import type { Catalog } from '../en/index.ts';
import { classroom } from './classroom.ts';
import { kiosk } from './kiosk.ts';
import { map } from './map.ts';
import { ui } from './ui.ts';

export const ru = { ui, kiosk, classroom, map } satisfies Catalog;
