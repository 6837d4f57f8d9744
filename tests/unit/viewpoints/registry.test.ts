import { describe, expect, it } from 'vitest';
import { buildRegistry, dayOfHub, defaultViewpoint, hubName, viewpointById, viewpoints, ViewpointRegistryError } from '../../../src/viewpoints/registry.ts';
import { testViewpoint } from '../../helpers/testViewpoint.ts';
import { en } from '../../../src/ui/strings.ts';
import { getContent } from '../../../src/content/registry.ts';

describe('viewpoint registry', () => {
  it('validates entries and names the bad one', () => {
    expect(() => buildRegistry([{ ...testViewpoint(), hubDigits: 0 }])).toThrow(/viewpoint fixture/);
    expect(() => buildRegistry([testViewpoint(), testViewpoint()])).toThrow(/listed twice/);
    expect(() => buildRegistry([{ ...testViewpoint(), firstDay: 5, lastDay: 1 }])).toThrow(ViewpointRegistryError);
    expect(() => buildRegistry([])).toThrow(/no viewpoint/);
  });

  it('looks viewpoints up by id; an unknown one is null', () => {
    expect(viewpointById(defaultViewpoint().id)).toBe(defaultViewpoint());
    expect(viewpointById('nobody')).toBeNull();
  });

  it('names hubs and reads them back', () => {
    const viewpoint = testViewpoint();
    expect(hubName(viewpoint, 3)).toBe('day_03');
    expect(dayOfHub(viewpoint, 'day_42')).toBe(42);
    expect(dayOfHub(viewpoint, 'day_4')).toBeNull();
    expect(dayOfHub(viewpoint, 'epilogue')).toBeNull();
  });

  it('every registered viewpoint points at catalog strings and known endings', () => {
    const content = getContent();
    for (const viewpoint of viewpoints.values()) {
      for (const key of Object.values(viewpoint.strings)) expect(typeof (en as Record<string, unknown>)[key], `${viewpoint.id}: ${key}`).toBe('string');
      for (const ending of viewpoint.endings) expect(content.endings.has(ending), `${viewpoint.id}: ${ending}`).toBe(true);
    }
  });
});
