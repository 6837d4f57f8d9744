import type { SpawnSyncReturns } from 'node:child_process';
export const TEST_SWITCHES_ENV: { KENGIR_TEST_SWITCHES: string };
export function isTestBuild(dir?: string): boolean;
export function buildTestBuild(options?: { outDir?: string; stdio?: 'inherit' | 'pipe'; env?: Record<string, string> }): SpawnSyncReturns<string>;
export function ensureTestBuild(options?: { force?: boolean; outDir?: string }): void;
