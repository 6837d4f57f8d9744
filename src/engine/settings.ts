// Player settings, remembered between visits. Loading repairs rather than rejects: a bad value
// falls back to its default and the rest is kept.
import * as v from 'valibot';
import type { KeyValueStorage } from './storage.ts';

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const THEMES = ['paper', 'contrast'] as const;
export const FONTS = ['serif', 'hyperlegible', 'dyslexic'] as const;

export const settingsSchema = v.object({
  textSize: v.picklist(TEXT_SIZES),
  theme: v.picklist(THEMES),
  font: v.picklist(FONTS),
  reduceMotion: v.boolean(),
  gentle: v.boolean(),
  /** Keys 1-9 take choices (WCAG 2.1.4: a single-key shortcut can be turned off). */
  choiceKeys: v.boolean(),
  /** The soundscape and interface sounds (src/sound); false is mute. Classroom starts muted. */
  sound: v.boolean(),
  /** Sound volume in percent (0-100). */
  volume: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
});
export type Settings = v.InferOutput<typeof settingsSchema>;

export const SETTINGS_KEY = 'kengir.settings.v1';

export function defaultSettings(prefersReducedMotion: boolean): Settings {
  return { textSize: 100, theme: 'paper', font: 'serif', reduceMotion: prefersReducedMotion, gentle: false, choiceKeys: true, sound: true, volume: 60 };
}

/** Each field is checked on its own, so one bad value never loses the others. */
export function repairSettings(raw: unknown, defaults: Settings): Settings {
  const result: Settings = { ...defaults };
  if (!raw || typeof raw !== 'object') return result;
  const entries = settingsSchema.entries;
  for (const key of Object.keys(entries) as (keyof Settings)[]) {
    const parsed = v.safeParse(entries[key], (raw as Record<string, unknown>)[key]);
    if (parsed.success) (result as Record<string, unknown>)[key] = parsed.output;
  }
  return result;
}

export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(private readonly storage: KeyValueStorage, defaults: Settings) {
    let raw: unknown = null;
    try { raw = JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null'); } catch { raw = null; }
    this.current = repairSettings(raw, defaults);
  }

  get value(): Settings { return this.current; }

  update(change: Partial<Settings>): Settings {
    this.current = repairSettings({ ...this.current, ...change }, this.current);
    this.storage.setItem(SETTINGS_KEY, JSON.stringify(this.current));
    for (const listener of this.listeners) listener(this.current);
    return this.current;
  }

  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
