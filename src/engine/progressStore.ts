// What a player has reached, per viewpoint, across games: the checkpoint of every day reached
// (the start of that day: hub and variables on arrival) and the endings reached. After a first
// ending of a viewpoint, its days become chapters to replay from. Kept apart from saves, like the
// journal; a storage that is full or refuses writes loses the record, never the game.
import * as v from 'valibot';
import type { KeyValueStorage } from './storage.ts';
import type { DayCheckpoint } from './storyRunner.ts';

export const PROGRESS_KEY = 'kengir.progress.v1';

const inkValue = v.union([v.string(), v.number(), v.boolean()]);
const checkpointSchema = v.object({
  hub: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
  day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(42)),
  variables: v.record(v.string(), inkValue),
});
interface ViewpointProgress { days: DayCheckpoint[]; endings: string[] }

/** Reads one viewpoint's record, dropping whatever does not parse (a hand-edited or older store). */
function readViewpoint(raw: unknown): ViewpointProgress {
  const record = (raw && typeof raw === 'object' ? raw : {}) as { days?: unknown; endings?: unknown };
  const days = Array.isArray(record.days) ? record.days.flatMap((day) => {
    const parsed = v.safeParse(checkpointSchema, day);
    return parsed.success ? [parsed.output] : [];
  }) : [];
  const endings = Array.isArray(record.endings) ? record.endings.filter((id): id is string => typeof id === 'string') : [];
  return { days, endings };
}

/**
 * The days a viewpoint can be replayed from: none before its first ending, then every day
 * reached, in calendar order, one checkpoint per day.
 */
export function availableChapters(progress: { days: readonly DayCheckpoint[]; endings: readonly string[] }): DayCheckpoint[] {
  if (!progress.endings.length) return [];
  const byDay = new Map<number, DayCheckpoint>();
  for (const checkpoint of progress.days) byDay.set(checkpoint.day, checkpoint);
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

export class ProgressStore {
  private readonly data = new Map<string, ViewpointProgress>();

  constructor(private readonly storage: KeyValueStorage) {
    let raw: unknown = null;
    // A blocked storage throws on reading too; a corrupt record reads as empty.
    try { raw = JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null'); } catch { raw = null; }
    if (raw && typeof raw === 'object') {
      for (const [id, value] of Object.entries(raw as Record<string, unknown>)) this.data.set(id, readViewpoint(value));
    }
  }

  /** Endings reached with this viewpoint, in the order first reached. */
  endings(viewpoint: string): readonly string[] { return this.data.get(viewpoint)?.endings ?? []; }

  /** Days this viewpoint can be replayed from (empty until its first ending). */
  chapters(viewpoint: string): DayCheckpoint[] {
    const record = this.data.get(viewpoint);
    return record ? availableChapters(record) : [];
  }

  /** Any viewpoint has an ending: the title offers chapters and endings. */
  get anyEnding(): boolean { return [...this.data.values()].some((record) => record.endings.length > 0); }

  /** Keeps the latest checkpoint of a day reached (a later game's arrival replaces an earlier one). */
  recordDay(viewpoint: string, checkpoint: DayCheckpoint): void {
    const record = this.record(viewpoint);
    const copy: DayCheckpoint = { hub: checkpoint.hub, day: checkpoint.day, variables: { ...checkpoint.variables } };
    const at = record.days.findIndex((known) => known.day === checkpoint.day);
    if (at >= 0) record.days[at] = copy; else record.days.push(copy);
    this.persist();
  }

  recordEnding(viewpoint: string, ending: string): void {
    const record = this.record(viewpoint);
    if (record.endings.includes(ending)) return;
    record.endings.push(ending);
    this.persist();
  }

  private record(viewpoint: string): ViewpointProgress {
    let record = this.data.get(viewpoint);
    if (!record) { record = { days: [], endings: [] }; this.data.set(viewpoint, record); }
    return record;
  }

  private persist(): void {
    // A full or blocked storage keeps the record for this page only.
    try { this.storage.setItem(PROGRESS_KEY, JSON.stringify(Object.fromEntries(this.data))); } catch { /* kept in memory */ }
  }
}
