// Save slots that lose nothing (issue 18: D2, D5, the atomic autosave). Home mode keeps:
// - the autosave (the key older builds used, so their saves carry on),
// - three manual slots the player saves into and loads from,
// - the backup: the previous game's autosave, kept when a new game starts over it,
// - the set-aside shelf: saves that could not be read, kept (never deleted) so they can be exported.
// Writes are two-phase: the text is checked, written to a staging key, read back, and only then
// copied over the slot; a write that fails or comes back different leaves the old save in place.
// DOM-free: storage and clock are injected.
import { calendarDay, type CalendarDay } from './calendar.ts';
import { AUTOSAVE_KEY, parseSave, SaveSlot, serializeSave, type ParsedSave, type SaveEnvelope, type SaveProblem } from './saves.ts';
import type { Clock, KeyValueStorage } from './storage.ts';
import { checkedWrite } from './storageHealth.ts';

export const MANUAL_SLOTS = ['slot-1', 'slot-2', 'slot-3'] as const;
export type ManualSlotId = (typeof MANUAL_SLOTS)[number];
export type SlotId = 'autosave' | ManualSlotId | 'backup';
export const SLOT_IDS: readonly SlotId[] = ['autosave', ...MANUAL_SLOTS, 'backup'];

export const SLOT_KEYS: Record<SlotId, string> = {
  autosave: AUTOSAVE_KEY,
  'slot-1': 'kengir.slot.1.v1',
  'slot-2': 'kengir.slot.2.v1',
  'slot-3': 'kengir.slot.3.v1',
  backup: 'kengir.backup.v1',
};
const STAGING_SUFFIX = '.staging';
export const SET_ASIDE_KEY = 'kengir.set-aside.v1';
/** How many unreadable saves are kept; the oldest goes first. */
export const SET_ASIDE_LIMIT = 3;

export interface SlotSummary {
  id: SlotId;
  state: 'empty' | 'ok' | 'unreadable';
  viewpoint?: string;
  day?: number;
  date?: CalendarDay;
  savedAt?: number;
  problem?: SaveProblem;
}

export interface SetAsideSave { from: SlotId; problem: SaveProblem | 'unrestorable'; at: number; text: string }

export type WriteResult = { ok: true } | { ok: false; reason: 'invalid' | 'storage' };

/** The story day a save stands on: the last line shown, else the day checkpoint, else its last choice. */
export function saveDay(save: SaveEnvelope): number {
  const lines = save.transcript.lines;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const day = lines[index]!.variables?.day;
    if (typeof day === 'number' && Number.isFinite(day)) return day;
  }
  if (save.dayCheckpoint) return save.dayCheckpoint.day;
  return save.choiceLog.at(-1)?.day ?? 0;
}

export class SaveStore {
  constructor(private readonly storage: KeyValueStorage, private readonly clock: Clock) {}

  read(id: SlotId): ParsedSave | null {
    const text = this.text(id);
    return text === null ? null : parseSave(text);
  }

  /** The slot's text as stored (also when unreadable), for export. */
  text(id: SlotId): string | null {
    const key = SLOT_KEYS[id];
    const text = this.storage.getItem(key);
    if (text !== null && parseSave(text).ok) return text;
    // A write interrupted after its first phase (the page closed mid-copy): the staged copy was
    // read back whole before the slot was touched.
    const staged = this.storage.getItem(key + STAGING_SUFFIX);
    return staged !== null && parseSave(staged).ok ? staged : text;
  }

  exists(id: SlotId): boolean { return this.text(id) !== null; }

  summary(id: SlotId): SlotSummary {
    const parsed = this.read(id);
    if (!parsed) return { id, state: 'empty' };
    if (!parsed.ok) return { id, state: 'unreadable', problem: parsed.problem };
    const day = saveDay(parsed.save);
    return { id, state: 'ok', viewpoint: parsed.save.viewpoint, day, date: calendarDay(day), savedAt: parsed.save.savedAt };
  }

  list(): SlotSummary[] { return SLOT_IDS.map((id) => this.summary(id)); }

  /** Writes an envelope the game made (no parse: the autosave runs after every screen). */
  write(id: SlotId, save: SaveEnvelope): WriteResult {
    return this.commit(id, serializeSave(save));
  }

  /** Writes a save's text (an import into a slot): refused unless it reads as a save. */
  writeText(id: SlotId, text: string): WriteResult {
    if (!parseSave(text).ok) return { ok: false, reason: 'invalid' };
    return this.commit(id, text);
  }

  private commit(id: SlotId, text: string): WriteResult {
    const key = SLOT_KEYS[id];
    const staging = key + STAGING_SUFFIX;
    if (!checkedWrite(this.storage, staging, text) || this.storage.getItem(staging) !== text) {
      this.storage.removeItem(staging);
      return { ok: false, reason: 'storage' };
    }
    const previous = this.storage.getItem(key);
    if (!checkedWrite(this.storage, key, text) || this.storage.getItem(key) !== text) {
      // Put the old save back if the slot now holds anything else; the staged copy goes.
      if (previous !== null && this.storage.getItem(key) !== previous) checkedWrite(this.storage, key, previous);
      this.storage.removeItem(staging);
      return { ok: false, reason: 'storage' };
    }
    this.storage.removeItem(staging);
    return { ok: true };
  }

  /** Copies a readable slot into another (the backup before a new game, a slot loaded for play). */
  copy(from: SlotId, to: SlotId): WriteResult {
    const text = this.text(from);
    if (text === null || !parseSave(text).ok) return { ok: false, reason: 'invalid' };
    if (this.storage.getItem(SLOT_KEYS[to]) === text) return { ok: true };
    return this.writeText(to, text);
  }

  clear(id: SlotId): void {
    this.storage.removeItem(SLOT_KEYS[id]);
    this.storage.removeItem(SLOT_KEYS[id] + STAGING_SUFFIX);
  }

  /**
   * Moves a slot that cannot be read or restored onto the set-aside shelf, never deleting it: a
   * newer format after a rollback may be readable again by a newer build, and the player can
   * export it. The slot is emptied only once the shelf holds the text.
   */
  setAside(id: SlotId, problem: SetAsideSave['problem']): boolean {
    const text = this.storage.getItem(SLOT_KEYS[id]) ?? this.text(id);
    if (text === null) return true;
    const shelf = this.setAsideSaves().filter((entry) => entry.text !== text);
    shelf.push({ from: id, problem, at: this.clock.now(), text });
    while (shelf.length > SET_ASIDE_LIMIT) shelf.shift();
    if (!checkedWrite(this.storage, SET_ASIDE_KEY, JSON.stringify(shelf))) return false;
    this.clear(id);
    return true;
  }

  setAsideSaves(): SetAsideSave[] {
    const text = this.storage.getItem(SET_ASIDE_KEY);
    if (!text) return [];
    try {
      const data: unknown = JSON.parse(text);
      if (!Array.isArray(data)) return [];
      return data.filter((entry): entry is SetAsideSave => !!entry && typeof entry === 'object'
        && typeof (entry as SetAsideSave).text === 'string' && typeof (entry as SetAsideSave).at === 'number'
        && SLOT_IDS.includes((entry as SetAsideSave).from));
    } catch {
      return [];
    }
  }

  forgetSetAside(at: number): void {
    const shelf = this.setAsideSaves().filter((entry) => entry.at !== at);
    if (shelf.length) checkedWrite(this.storage, SET_ASIDE_KEY, JSON.stringify(shelf));
    else this.storage.removeItem(SET_ASIDE_KEY);
  }

  /** Before a new game replaces the autosave: keep it as the backup. False when it could not be kept. */
  keepBackup(): boolean {
    if (!this.exists('autosave')) return true;
    const parsed = this.read('autosave');
    if (parsed && !parsed.ok) return this.setAside('autosave', parsed.problem);
    return this.copy('autosave', 'backup').ok;
  }
}

/**
 * The autosave as the game screens see it (a SaveSlot), with the store's atomic write; "clear"
 * sets the save aside instead of deleting it (the screens clear an autosave that cannot be read
 * or restored). `mayWrite` lets a second tab hold its writes back (src/engine/tabGuard.ts).
 */
export class GuardedAutosave extends SaveSlot {
  /** The newest save that was not written (another tab writes, or storage failed). */
  pending: SaveEnvelope | null = null;
  lastWrite: WriteResult | null = null;

  constructor(readonly store: SaveStore, private readonly mayWrite: () => boolean = () => true, private readonly onWrite: (result: WriteResult) => void = () => {}) {
    super({ getItem: () => null, setItem: () => {}, removeItem: () => {} });
  }

  override write(save: SaveEnvelope): void {
    if (!this.mayWrite()) { this.pending = save; return; }
    const result = this.store.write('autosave', save);
    this.pending = result.ok ? null : save;
    this.lastWrite = result;
    this.onWrite(result);
  }

  /** Writes what was held back (this tab has taken over). */
  flush(): void {
    if (this.pending) this.write(this.pending);
  }

  override read(): ParsedSave | null { return this.store.read('autosave'); }
  override exists(): boolean { return this.store.exists('autosave'); }
  override clear(): void {
    const parsed = this.store.read('autosave');
    this.store.setAside('autosave', parsed && !parsed.ok ? parsed.problem : 'unrestorable');
  }
}
