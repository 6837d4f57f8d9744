// A viewpoint entry for engine and session tests with inline ink (hubs `day_NN`, day in `day`).
import type { Viewpoint } from '../../src/viewpoints/registry.ts';

export function testViewpoint(overrides: Partial<Viewpoint> = {}): Viewpoint {
  return {
    id: 'fixture',
    strings: { name: 'appTitle', blurb: 'appSubtitle', begin: 'begin' },
    inkEntry: 'day_00',
    inkFolder: 'fixture',
    lineIdPrefix: '',
    hubPrefix: 'day_',
    hubDigits: 2,
    firstDay: 0,
    lastDay: 42,
    dayVariable: 'day',
    mapVariables: ['day'],
    endings: ['stayed'],
    classroomSegments: false,
    kioskCut: null,
    ...overrides,
  };
}
