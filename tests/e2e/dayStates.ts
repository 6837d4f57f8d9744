// Start states for e2e tests that open a day directly: the story variables on arrival at Halyna's
// day hub on the default route (story/data/segments/halyna.json, computed by `npm run
// segments:build`), for GameApp.startAt through `window.__kengir` with `?debug`.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface DayState { day: number; hub: string; state: Record<string, string | number | boolean> }
const FILE = 'story/data/segments/halyna.json';
const days: DayState[] = JSON.parse(readFileSync(FILE, 'utf8')).days;

export function checkpoint(day: number): { hub: string; day: number; variables: DayState['state'] } {
  const entry = days.find((candidate) => candidate.day === day);
  if (!entry) throw new Error(`no state for day ${day} in ${FILE}`);
  return { hub: entry.hub, day: entry.day, variables: entry.state };
}

/** Every endnote unlocked, as after a long game (the map's note buttons at their fullest); reloads the page. */
export async function unlockAllNotes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const app = (window as unknown as { __kengir: { content: { notes: Map<string, unknown> } } }).__kengir;
    localStorage.setItem('kengir.journal.v1', JSON.stringify({ notes: [...app.content.notes.keys()], endings: [] }));
  });
  await page.reload();
}
