import type { Page } from 'playwright-core';

export interface SoakStats {
  durationMs: number; seed: number; renderer: string; actions: number; taps: number; elementTaps: number; swipes: number; pinches: number; keys: number;
  idlePauses: number; maxReturnMs: number; loads: number; pageErrors: string[]; consoleErrors: string[];
  stuck: { at: number; screen: string; final?: boolean }[]; maxScale: number; personas: Record<string, number>;
  storageKeys: string[]; sessionStorageItems: number;
  counters: { visitsStarted: number; visitsFinished: number; idleResets: number; errorsCaught: number; endings: Record<string, number>; errorLog: unknown[] } | null;
  ok: boolean;
}

export function soak(options: { page: Page; baseUrl: string; durationMs: number; seed?: number; renderer?: 'plan' | 'canvas' | null; log?: (stats: SoakStats) => void }): Promise<SoakStats>;
