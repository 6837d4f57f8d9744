// Home mode: the default policy. Saves on, the full story, undo offered.
import type { ModePolicy } from './policy.ts';

export const homePolicy: ModePolicy = { name: 'home', saves: true, presets: {}, undo: 'undo' };
