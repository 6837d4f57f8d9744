// Saves: a versioned envelope validated on load, an autosave after every choice, export and
// import as a file. A raw ink state is only loaded into the build that wrote it; another build
// replays the choice log by choice id (by text for older saves), or falls back to the day checkpoint (inkjs would otherwise
// silently take the wrong branch when a choice was inserted before the saved one).
import * as v from 'valibot';
import type { Clock, KeyValueStorage } from './storage.ts';
import { ReplayError, StoryRuntimeError, type Beat, type StoryChoice, type StoryRunner } from './storyRunner.ts';

/** Sees each beat of a replay before its choice is taken (the session keeps the path so far this way). */
export type ReplayObserver = (beat: Beat, chosen: StoryChoice) => void;

export const SAVE_FORMAT = 'kengir-forty-days/save@1';
export const AUTOSAVE_KEY = 'kengir.autosave.v1';
/** Imported files larger than this are refused before parsing. */
export const MAX_SAVE_BYTES = 2_000_000;

const inkValue = v.union([v.string(), v.number(), v.boolean()]);
const choiceRecord = v.object({
  index: v.pipe(v.number(), v.integer(), v.minValue(0)), text: v.string(), day: v.number(),
  /** The choice's stable id; saves written before ids existed have none and replay by text. */
  id: v.optional(v.string()),
  /** The choice's `# history:` moment ids; saves written before it existed have none. */
  history: v.optional(v.array(v.string())),
});
const checkpointSchema = v.object({
  /** A knot name: each viewpoint names its hubs (the registry), so only the shape is checked. */
  hub: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
  day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(42)),
  variables: v.record(v.string(), inkValue),
});
const transcriptLine = v.object({ id: v.optional(v.string()), text: v.pipe(v.string(), v.maxLength(10_000)), tags: v.array(v.string()), variables: v.optional(v.record(v.string(), inkValue)) });

export const saveSchema = v.object({
  format: v.literal(SAVE_FORMAT),
  storyHash: v.string(),
  viewpoint: v.string(),
  inkState: v.pipe(v.string(), v.minLength(2)),
  choiceLog: v.array(choiceRecord),
  dayCheckpoint: v.nullable(checkpointSchema),
  /** Where the play began when not at the start (a chapter replayed from a day); absent in older saves. */
  origin: v.optional(v.nullable(checkpointSchema)),
  /** What was on screen: the current beat's lines and which of its screens was showing. */
  transcript: v.object({ lines: v.array(transcriptLine), screen: v.optional(v.number(), 0) }),
  savedAt: v.number(),
});
export type SaveEnvelope = v.InferOutput<typeof saveSchema>;

export type SaveProblem = 'empty' | 'too_large' | 'not_json' | 'truncated' | 'foreign' | 'invalid';
export type ParsedSave = { ok: true; save: SaveEnvelope; repairs: string[] } | { ok: false; problem: SaveProblem; detail: string };

/** Reads a save from text, never throwing: a corrupt, foreign or truncated file says which. */
export function parseSave(text: string | null | undefined): ParsedSave {
  if (!text || !text.trim()) return { ok: false, problem: 'empty', detail: 'The file is empty.' };
  if (text.length > MAX_SAVE_BYTES) return { ok: false, problem: 'too_large', detail: 'The file is too large to be a save.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    const looksCut = trimmed.startsWith('{') && !trimmed.endsWith('}');
    return looksCut
      ? { ok: false, problem: 'truncated', detail: 'The file ends too early: it was cut off.' }
      : { ok: false, problem: 'not_json', detail: 'The file is not a save.' };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== SAVE_FORMAT) {
    return { ok: false, problem: 'foreign', detail: 'The file is not a save of this game.' };
  }
  const repairs: string[] = [];
  const candidate = { ...(data as Record<string, unknown>) };
  // Repair pass: fill what older or hand-edited saves may lack, and say what was repaired.
  if (!candidate.transcript) { candidate.transcript = { lines: [], screen: 0 }; repairs.push('missing transcript'); }
  if (!('dayCheckpoint' in candidate)) { candidate.dayCheckpoint = null; repairs.push('missing day checkpoint'); }
  if (typeof candidate.savedAt !== 'number') { candidate.savedAt = 0; repairs.push('missing date'); }
  const result = v.safeParse(saveSchema, candidate);
  if (!result.success) return { ok: false, problem: 'invalid', detail: `The save is damaged (${v.summarize(result.issues).split('\n')[0]}).` };
  const save = result.output;
  if (save.transcript.screen < 0 || !Number.isInteger(save.transcript.screen)) { save.transcript.screen = 0; repairs.push('screen index'); }
  return { ok: true, save, repairs };
}

export function serializeSave(save: SaveEnvelope): string {
  return JSON.stringify(save);
}

export interface SaveContext { storyHash: string; viewpoint: string }

/** The envelope for the runner's current position and what is on screen. */
export function createSave(runner: StoryRunner, context: SaveContext, transcript: SaveEnvelope['transcript'], clock: Clock): SaveEnvelope {
  return {
    format: SAVE_FORMAT,
    storyHash: context.storyHash,
    viewpoint: context.viewpoint,
    inkState: runner.saveInkState(),
    choiceLog: runner.choiceLog.map((entry) => ({ ...entry, ...(entry.history ? { history: [...entry.history] } : {}) })),
    dayCheckpoint: runner.checkpoint ? { ...runner.checkpoint, variables: { ...runner.checkpoint.variables } } : null,
    ...(runner.origin ? { origin: { ...runner.origin, variables: { ...runner.origin.variables } } } : {}),
    transcript,
    savedAt: clock.now(),
  };
}

/** state: the exact ink state; replay: every choice found by id; replay-text: some only by text; checkpoint: the day restarted. */
export type RestoreMethod = 'state' | 'replay' | 'replay-text' | 'checkpoint';
export interface Restored {
  beat: Beat;
  method: RestoreMethod;
  /** Lines to show again (the saved screen); empty when the story was rebuilt from a checkpoint. */
  transcript: SaveEnvelope['transcript'];
}

/**
 * Puts the runner where the save was. Same build: the exact ink state. Another build: replay
 * the choices by id, then by text; if one no longer exists, restart the last day. Throws StoryRuntimeError
 * only when nothing works (the caller then offers a new game).
 */
export function restoreSave(runner: StoryRunner, save: SaveEnvelope, currentHash: string, onBeat?: ReplayObserver): Restored {
  if (save.storyHash === currentHash) {
    try {
      const beat = runner.restoreInkState(save.inkState, save.choiceLog, save.dayCheckpoint, save.origin ?? null);
      return { beat, method: 'state', transcript: save.transcript };
    } catch (error) {
      if (!(error instanceof StoryRuntimeError)) throw error;
    }
  }
  try {
    const report = runner.replayLog(save.choiceLog, save.origin ?? null, onBeat);
    return { beat: report.beat, method: report.byText > 0 ? 'replay-text' : 'replay', transcript: { lines: [], screen: 0 } };
  } catch (error) {
    if (!(error instanceof ReplayError) && !(error instanceof StoryRuntimeError)) throw error;
  }
  if (save.dayCheckpoint) {
    const beat = runner.restoreCheckpoint(save.dayCheckpoint, save.choiceLog);
    return { beat, method: 'checkpoint', transcript: { lines: [], screen: 0 } };
  }
  throw new StoryRuntimeError('This save cannot be restored in this version of the story.');
}

/** The autosave slot. Storage failures (quota, privacy mode) are the storage wrapper's business. */
export class SaveSlot {
  constructor(private readonly storage: KeyValueStorage, private readonly key = AUTOSAVE_KEY) {}
  write(save: SaveEnvelope): void { this.storage.setItem(this.key, serializeSave(save)); }
  read(): ParsedSave | null {
    const text = this.storage.getItem(this.key);
    return text === null ? null : parseSave(text);
  }
  exists(): boolean { return this.storage.getItem(this.key) !== null; }
  clear(): void { this.storage.removeItem(this.key); }
}
