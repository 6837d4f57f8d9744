import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStorage, SettingsStore, calendarDay, defaultSettings, parseTags, repairSettings } from '../../../src/engine/index.ts';

describe('tags', () => {
  it('parse known tags and keep unknown ones aside', () => {
    const tags = parseTags(['place: bathhouse', 'note: crossings', 'note: steplag', 'cn: violence', 'clear', 'ending: killed', 'speaker: kuznetsov', 'history: trust', 'mood: grim', 'place: Not An Id']);
    expect(tags).toMatchObject({ place: 'bathhouse', notes: ['crossings', 'steplag'], contentNotes: ['violence'], clear: true, ending: 'killed', speaker: 'kuznetsov', history: ['trust'] });
    expect(tags.unknown).toEqual(['mood: grim', 'place: Not An Id']);
  });

  it('parse the stable id, with or without a space, and keep a malformed one aside', () => {
    expect(parseTags(['id:h.d03.a1f2']).id).toBe('h.d03.a1f2');
    expect(parseTags(['id: h.d03.a1f2', 'place: bathhouse']).id).toBe('h.d03.a1f2');
    expect(parseTags(['place: bathhouse']).id).toBeNull();
    const bad = parseTags(['id:H D03']);
    expect(bad.id).toBeNull();
    expect(bad.unknown).toEqual(['id:H D03']);
  });
});

describe('calendar', () => {
  it('day 1 is Sunday 16 May 1954 and day 42 Saturday 26 June 1954', () => {
    expect(calendarDay(1)).toMatchObject({ isoDate: '1954-05-16', weekday: 0 });
    expect(calendarDay(42)).toMatchObject({ isoDate: '1954-06-26', weekday: 6 });
    expect(calendarDay(0).isoDate).toBeNull();
  });
});

describe('settings', () => {
  it('repair field by field and persist', () => {
    const defaults = defaultSettings(true);
    expect(repairSettings({ textSize: 999, theme: 'contrast', gentle: 'yes' }, defaults)).toEqual({ ...defaults, theme: 'contrast' });
    const storage = new MemoryStorage();
    const store = new SettingsStore(storage, defaults);
    store.update({ textSize: 150, gentle: true });
    expect(new SettingsStore(storage, defaults).value).toMatchObject({ textSize: 150, gentle: true, reduceMotion: true });
    storage.setItem('kengir.settings.v1', '{not json');
    expect(new SettingsStore(storage, defaults).value).toEqual(defaults);
  });
});

describe('engine boundary', () => {
  it('imports neither Phaser nor the DOM', () => {
    const folder = join(import.meta.dirname, '../../../src/engine');
    for (const file of readdirSync(folder)) {
      const source = readFileSync(join(folder, file), 'utf8');
      expect(source, file).not.toMatch(/from ['"]phaser['"]|\bdocument\.|\bwindow\.|HTMLElement|localStorage/);
    }
  });
});
