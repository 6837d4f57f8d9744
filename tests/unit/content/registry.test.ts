import { describe, expect, it } from 'vitest';
import { buildContent, ContentError } from '../../../src/content/registry.ts';
import * as data from '../../../story/data/index.ts';
import { parseLaunchOptions } from '../../../src/urlParams.ts';

const note = { id: 'a_note', title: 'A note', date: { from: '1954-05-16', label: '16 May 1954' }, body: 'Text.', sources: ['applebaum_2003'] };

describe('content registries', () => {
  it('reject an entry that breaks its schema, naming it', () => {
    const bad = { ...data, packs: { extra: { notes: [{ ...note, id: 'Bad Id' }] } } } as unknown as Parameters<typeof buildContent>[0];
    expect(() => buildContent(bad)).toThrow(/note Bad Id/);
  });

  it('reject a duplicate id across packs', () => {
    const twice = { ...data, packs: { one: { notes: [note] }, two: { notes: [note] } } } as unknown as Parameters<typeof buildContent>[0];
    expect(() => buildContent(twice)).toThrow(ContentError);
  });

  it('reject a note without sources', () => {
    const bad = { ...data, packs: { extra: { notes: [{ ...note, sources: [] }] } } } as unknown as Parameters<typeof buildContent>[0];
    expect(() => buildContent(bad)).toThrow(/note a_note/);
  });
});

describe('URL parameters', () => {
  it('choose a known mode and list unknown parameters without failing', () => {
    expect(parseLaunchOptions('?mode=kiosk')).toMatchObject({ mode: 'kiosk', unknown: [] });
    expect(parseLaunchOptions('?mode=arcade&colour=red')).toMatchObject({ mode: 'home', unknown: ['mode=arcade', 'colour'] });
    expect(parseLaunchOptions('?gentle=1').gentle).toBe(true);
    expect(parseLaunchOptions('', 'classroom').mode).toBe('classroom');
  });
});
