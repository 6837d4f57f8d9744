// Types for measure.mjs (the e2e test imports it).
import type { Browser } from 'playwright-core';

export interface Level {
  name: string;
  kind: 'bed' | 'interface';
  volume: number;
  rmsDb: number;
  peakDb: number;
  loudness: number;
  seconds: number;
}

export const TARGETS: {
  bedRms: number; bedRmsTolerance: number; bedSpread: number; interfacePeak: number; interfaceOverBeds: number; clipPeak: number;
};
export function measureSoundLevels(browser: Browser): Promise<{ levels: Level[]; layers: Record<string, number> }>;
export function levelProblems(levels: readonly Level[]): string[];
