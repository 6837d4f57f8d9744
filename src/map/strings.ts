// The map's strings in the active language (English: src/i18n/en/map.ts), loaded with the map.
import { namespace } from '../i18n/catalog.ts';
import { map } from '../i18n/en/map.ts';

export type MapStrings = typeof map;
export type LegendId = keyof MapStrings['legend'];
export const mapStrings = namespace('map', map);
