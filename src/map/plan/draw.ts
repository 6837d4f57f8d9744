// The signature every layer of the plan draws with.
import type { MapState } from '../mapState.ts';
import type { Pen } from '../pen.ts';

export interface DrawOptions {
  /** Plan units per CSS pixel: no line is drawn thinner than about one CSS pixel. */
  unitsPerPixel: number;
  /** Plain paper (high contrast): no old folds across the sheet. */
  plain?: boolean;
}

export type Draw = (pen: Pen, state: MapState, line: (w: number) => number, options: DrawOptions) => void;
