// The attract loop's journey through the forty days: the map's variables for each step, in the
// story's own terms (story/variables.ink), paired by index with the captions in strings.ts.
// Only days and states the kiosk cut itself shows; nothing here is new history.
import type { StoryVariables } from '../../map/types.ts';

export interface AttractStep { day: number; variables: StoryVariables }

const camp = (day: number, time: string, weather: string, walls: string, extra: Partial<Record<'defences' | 'loudspeakers' | 'kites' | 'hunger', boolean>> = {}, tanks = 'none'): AttractStep => ({
  day,
  variables: {
    day, kiosk_day: day, time_of_day: time, weather, walls,
    defences: extra.defences ?? false, loudspeakers: extra.loudspeakers ?? false, kites: extra.kites ?? false, hunger: extra.hunger ?? false,
    tanks,
  },
});

export const ATTRACT_STEPS: readonly AttractStep[] = [
  camp(0, 'evening', 'wind', 'intact'),
  camp(1, 'day', 'clear', 'breached'),
  camp(3, 'night', 'dust', 'breached'),
  camp(9, 'day', 'heat', 'open'),
  camp(12, 'evening', 'heat', 'open', { defences: true }),
  camp(20, 'day', 'heat', 'open', { defences: true, loudspeakers: true, kites: true }),
  camp(26, 'day', 'heat', 'open', { defences: true, loudspeakers: true, kites: true, hunger: true }),
  camp(42, 'night', 'clear', 'open', { defences: true, loudspeakers: true, hunger: true }, 'inside'),
  camp(0, 'evening', 'wind', 'intact'),
];
