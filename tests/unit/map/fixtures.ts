// The map variables as the story sets them on a few days (story/variables.ink documents when
// each changes). A test fixture only: the map itself knows no dates, it follows the variables.
import type { StoryVariables } from '../../../src/map/types.ts';

const quiet: StoryVariables = {
  time_of_day: 'day', weather: 'clear', walls: 'intact',
  defences: false, loudspeakers: false, kites: false, hunger: false, tanks: 'none',
};

export const historyVariables: Record<number, StoryVariables> = {
  0: { ...quiet, day: 0, time_of_day: 'evening' },
  1: { ...quiet, day: 1, walls: 'breached' },
  8: { ...quiet, day: 8, walls: 'rebuilt' },
  9: { ...quiet, day: 9, walls: 'open' },
  13: { ...quiet, day: 13, walls: 'open', defences: true },
  26: { ...quiet, day: 26, walls: 'open', defences: true, loudspeakers: true, kites: true, hunger: true, weather: 'heat' },
  42: { ...quiet, day: 42, time_of_day: 'night', walls: 'open', defences: true, loudspeakers: true, hunger: true, tanks: 'inside' },
};
