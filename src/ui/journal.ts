// What the player has learned across playthroughs: unlocked endnotes, document cards and endings
// reached. Kept
// apart from saves (a new game does not forget what the player has read). Kiosk mode hands it
// a memory storage, so nothing of a visitor stays.
import type { KeyValueStorage } from '../engine/index.ts';

export const JOURNAL_KEY = 'kengir.journal.v1';

interface JournalData { notes: string[]; endings: string[]; documents: string[] }

export class Journal {
  private data: JournalData;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: KeyValueStorage) {
    this.data = Journal.read(storage);
  }

  private static read(storage: KeyValueStorage): JournalData {
    try {
      const raw = JSON.parse(storage.getItem(JOURNAL_KEY) ?? 'null') as Partial<JournalData> | null;
      const ids = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
      return { notes: ids(raw?.notes), endings: ids(raw?.endings), documents: ids(raw?.documents) };
    } catch {
      return { notes: [], endings: [], documents: [] };
    }
  }

  get notes(): readonly string[] { return this.data.notes; }
  get endings(): readonly string[] { return this.data.endings; }
  hasNote(id: string): boolean { return this.data.notes.includes(id); }
  /** Document cards read (`# document:`), in the order the story reached them. */
  get documents(): readonly string[] { return this.data.documents; }

  /** Returns true when the document was new. */
  unlockDocument(id: string): boolean {
    if (this.data.documents.includes(id)) return false;
    this.data.documents.push(id);
    this.persist();
    return true;
  }

  /** Returns true when the note was new. */
  unlockNote(id: string): boolean {
    if (this.data.notes.includes(id)) return false;
    this.data.notes.push(id);
    this.persist();
    return true;
  }

  recordEnding(id: string): void {
    if (this.data.endings.includes(id)) return;
    this.data.endings.push(id);
    this.persist();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private persist(): void {
    this.storage.setItem(JOURNAL_KEY, JSON.stringify(this.data));
    for (const listener of this.listeners) listener();
  }
}
