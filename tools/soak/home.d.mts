import type { Page } from 'playwright-core';

export interface HomeSoakStats {
  durationMs: number; seed: number; actions: number; clicks: number; keys: number; reloads: number; titles: number; newGames: number; choices: number;
  screens: Record<string, number>; pageErrors: string[]; consoleErrors: string[];
  stuck: { at: number; screen: string; reason?: string }[]; slowBoots: number[]; autosave: 'none' | 'readable' | 'unreadable' | 'foreign'; ok: boolean;
}

export function soakHome(options: { page: Page; baseUrl: string; durationMs: number; seed?: number; log?: (stats: HomeSoakStats) => void }): Promise<HomeSoakStats>;
