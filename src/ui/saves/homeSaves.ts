// Home mode's saves, put together (issue 18): the slots (src/engine/saveStore.ts) behind the
// autosave the game screens write, storage that says when it fails (storageHealth.ts), one
// writer across tabs (tabGuard.ts), and the screens' side of it: the Saves dialog, "Start a new
// game?" over a game, and the notices that never block play. GameApp calls the hooks below at
// four places (marked "issue 18" in src/ui/app.ts).
import type { SaveEnvelope } from '../../engine/saves.ts';
import { GuardedAutosave, SaveStore, type SlotId } from '../../engine/saveStore.ts';
import { StorageHealth, type StorageProblem } from '../../engine/storageHealth.ts';
import type { Clock, KeyValueStorage } from '../../engine/storage.ts';
import { TabGuard, type ChannelLike, type TabEvent } from '../../engine/tabGuard.ts';
import { button } from '../dom.ts';
import { strings } from '../strings.ts';
import { downloadText } from './files.ts';
import { hideNotice, showNotice } from './notices.ts';
import { confirmNewGame, describeSlot, fileNameFor, openSlotsDialog } from './slotsDialog.ts';
import './saves.css';

/** What the hooks need of the game screens. */
export interface SaveHost {
  /** The game on screen as a save, or null when none is being played. */
  currentSaveOrNull(): SaveEnvelope | null;
  /** Shows the play screen with this save loaded. */
  openSave(save: SaveEnvelope): void;
}

/** The calls GameApp makes; absent in kiosk and classroom mode. */
export interface HomeSavesHooks {
  titleActions(host: SaveHost): HTMLElement[];
  confirmNewGame(proceed: () => void): void;
  beforeNewGame(): void;
  menuActions(host: SaveHost, close: () => void): HTMLElement[];
}

export const TAB_CHANNEL = 'kengir.tabs.v1';

export class HomeSaves implements HomeSavesHooks {
  readonly health: StorageHealth;
  readonly store: SaveStore;
  readonly tabs: TabGuard;
  readonly autosave: GuardedAutosave;
  private host: SaveHost | null = null;

  constructor(options: { openStorage: () => KeyValueStorage | null; channel: ChannelLike | null; tabId: string; clock: Clock }) {
    this.health = new StorageHealth(options.openStorage, (error) => console.warn('Storage problem:', error));
    this.store = new SaveStore(this.health, options.clock);
    this.tabs = new TabGuard(options.channel, options.tabId, options.clock);
    this.autosave = new GuardedAutosave(this.store, () => this.tabs.isWriter);
    this.health.subscribe((problem) => this.storageProblem(problem));
    this.tabs.subscribe((event) => this.tabChanged(event));
  }

  /** The storage settings and the journal use: the same health watch. */
  get storage(): KeyValueStorage { return this.health; }

  attach(host: SaveHost): void { this.host = host; }

  titleActions(host: SaveHost): HTMLElement[] {
    this.host = host;
    return [button(strings().slots.open, () => this.openSlots(), { className: 'secondary', id: 'open-saves' })];
  }

  menuActions(host: SaveHost, close: () => void): HTMLElement[] {
    this.host = host;
    return [button(strings().slots.open, () => { close(); this.openSlots(); }, { className: 'secondary', id: 'menu-saves' })];
  }

  confirmNewGame(proceed: () => void): void {
    const summary = this.store.summary('autosave');
    if (summary.state === 'empty') { proceed(); return; }
    confirmNewGame(describeSlot(summary), proceed);
  }

  /** A new game is about to replace the autosave: keep it as the backup (a follower tab writes nothing). */
  beforeNewGame(): void {
    if (this.tabs.isWriter) this.store.keepBackup();
  }

  openSlots(): void {
    openSlotsDialog({
      store: this.store,
      current: () => this.host?.currentSaveOrNull() ?? null,
      mayWrite: () => this.tabs.isWriter,
      load: (save, from) => this.load(save, from),
    });
  }

  private load(save: SaveEnvelope, from: SlotId): void {
    // The game being left is kept as the backup, unless it is the one being loaded.
    if (from !== 'autosave') this.beforeNewGame();
    this.host?.openSave(save);
  }

  /** The newest save there is: the game on screen, else one held back, else the autosave. */
  private exportNow(): void {
    const save = this.host?.currentSaveOrNull() ?? this.autosave.pending;
    const text = save ? JSON.stringify(save, null, 1) : this.store.text('autosave');
    if (text) downloadText(fileNameFor('autosave'), text);
    else showNotice('export', strings().storage.nothingToExport);
  }

  private storageProblem(problem: StorageProblem): void {
    const s = strings().storage;
    showNotice('storage', s[problem], [{ label: s.export, run: () => this.exportNow(), id: 'storage-export' }]);
  }

  private tabChanged(event: TabEvent): void {
    const s = strings().tabs;
    // Writes held back while this tab was asking go out once it knows it is the only writer.
    if (event.role === 'writer') this.autosave.flush();
    if (event.role === 'follower') {
      showNotice('tabs', event.reason === 'taken-over' ? s.takenOver : s.otherTab, [{ label: s.takeOver, run: () => this.takeOver(), id: 'take-over' }]);
    }
  }

  private takeOver(): void {
    // The other tab's last autosave is kept as the backup before this tab's game is written
    // (becoming the writer flushes the held-back save, see tabChanged).
    this.store.keepBackup();
    this.tabs.takeOver();
    hideNotice('tabs');
    showNotice('tabs', strings().tabs.tookOver);
  }
}
