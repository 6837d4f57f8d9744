// One play of one viewpoint, without the DOM: owns the story runner, takes choices, keeps the
// transcript of everything shown, autosaves through the injected save slot, keeps day
// checkpoints (in the runner) and undo snapshots, and tells its listeners what happened.
// Screens, the map and the modes subscribe to its events and send intents back.
import {
  createSave, ReplayError, restoreSave, StoryRunner, StoryRuntimeError,
  type Beat, type ChoiceRecord, type Clock, type StoryChoice, type DayCheckpoint, type InkValue, type RestoreMethod, type SaveEnvelope, type SaveSlot, type Valuation,
} from '../engine/index.ts';
import { checkRestoredTranscript } from '../engine/transcriptCheck.ts';
import { hubName, type Viewpoint } from '../viewpoints/registry.ts';
import { Emitter, type BeatCause, type SessionEvents } from './events.ts';
import { fromSavedLine, fromStoryLine, splitScreens, toSavedLine, type SessionLine } from './screens.ts';
import { UndoHistory } from './undo.ts';

export interface StoryData { json: string; hash: string }

export interface PlaySessionOptions {
  story: StoryData;
  viewpoint: Viewpoint;
  /** Variables set before the first line, besides `viewpoint` (gentle, the kiosk cut). */
  presets?: Valuation;
  /** The variable the header reads (the kiosk cut keeps its own); default the viewpoint's. */
  dayVariable?: string;
  /** Where the autosave goes; null for no autosave (kiosk, classroom). */
  saves?: SaveSlot | null;
  clock: Clock;
  /** Runs the autosave later (the UI defers it past the paint); default at once. */
  defer?: (task: () => void) => void;
  /** A mode's chance to cut a beat before it is shown (a classroom segment stops at its last day). */
  adjustBeat?: (beat: Beat) => Beat;
  /** Undo steps kept at most (all within the current and the previous day). */
  undoLimit?: number;
}

/** One entry of everything shown, in order: lines as their screen appeared, and each choice taken. */
export type TranscriptEntry =
  | { kind: 'line'; id: string | null; text: string }
  | { kind: 'choice'; id: string | null; text: string };

/**
 * A transcript entry with where it belongs: the calendar day (the read-back heads each day with
 * its date; null when unknown) and, for a line, the screen of its beat it appeared on.
 */
export type PathEntry = TranscriptEntry & {
  day: number | null; screen?: number;
  /** A line's `# document:` cards (the read-back repeats the story's "added to your documents"). */
  documents?: readonly string[];
};

export type RestoreOutcome =
  | { ok: true; method: RestoreMethod }
  | { ok: false; problem: 'viewpoint' | 'unrestorable' };

/** A path line's document cards, only when it has any (most lines have none). */
function documentsOf(line: { tags?: { documents?: readonly string[] } }): { documents?: readonly string[] } {
  const ids = line.tags?.documents;
  return ids?.length ? { documents: [...ids] } : {};
}

export class PlaySession {
  readonly runner: StoryRunner;
  readonly viewpoint: Viewpoint;
  private readonly events = new Emitter<SessionEvents>();
  private readonly undoHistory: UndoHistory;
  private readonly dayVariable: string;
  private beat: Beat | null = null;
  private lines: SessionLine[] = [];
  private screens: SessionLine[][] = [[]];
  private screen = 0;
  private echo: string | null = null;
  private readonly log: PathEntry[] = [];
  /** The last screen index whose lines are in the transcript, per beat. */
  private loggedScreen = -1;
  private shownDay: number | null = null;
  private autosavePending = false;
  /** After a restore: the saved choice log and origin, from which the path before it can be rebuilt. */
  private restoredFrom: { log: ChoiceRecord[]; origin: DayCheckpoint | null } | null = null;
  /** The rebuilt path before the restored beat (computed once, on demand). */
  private earlierPath: PathEntry[] | null = null;
  /** The ink state at the current choice point, serialised after the paint so a choice need not wait for it. */
  private preparedInkState: { beat: Beat; state: string } | null = null;

  constructor(private readonly options: PlaySessionOptions) {
    this.viewpoint = options.viewpoint;
    this.dayVariable = options.dayVariable ?? options.viewpoint.dayVariable;
    this.runner = new StoryRunner(options.story.json, {
      presets: { viewpoint: options.viewpoint.id, ...(options.presets ?? {}) },
      dayVariable: this.dayVariable,
      hubForDay: (day) => hubName(options.viewpoint, day),
    });
    this.undoHistory = new UndoHistory(options.undoLimit ?? 60);
  }

  on<K extends keyof SessionEvents>(name: K, listener: (payload: SessionEvents[K]) => void): () => void {
    return this.events.on(name, listener);
  }

  get currentBeat(): Beat | null { return this.beat; }
  get currentScreen(): number { return this.screen; }
  get currentLines(): readonly SessionLine[] { return this.lines; }
  get transcript(): readonly TranscriptEntry[] { return this.log.map(({ kind, id, text }) => ({ kind, id, text })); }
  get day(): number { return this.runner.day; }
  get checkpoint(): DayCheckpoint | null { return this.runner.checkpoint; }
  get undoAvailable(): number { return this.undoHistory.size; }
  get autosaves(): boolean { return Boolean(this.options.saves); }

  setPreset(name: string, value: InkValue): void { this.runner.setPreset(name, value); }

  /** A new game from the first line. */
  start(): Beat | null {
    return this.run('start', null, () => this.runner.start());
  }

  /** Starts at a day's hub with the given variables (a classroom segment, a rehearsal jump). */
  startAt(checkpoint: DayCheckpoint): Beat | null {
    return this.run('checkpoint', null, () => this.runner.startFrom(checkpoint));
  }

  /** After an ink error: the current day again from its checkpoint. */
  retryDay(): Beat | null {
    const checkpoint = this.runner.checkpoint;
    if (!checkpoint) return null;
    return this.run('checkpoint', null, () => this.runner.restoreCheckpoint(checkpoint, this.runner.choiceLog));
  }

  /** Takes a choice by its ink index. Returns null when it is not offered or the ink failed. */
  choose(index: number): Beat | null {
    const beat = this.beat;
    const choice = beat?.choices.find((candidate) => candidate.index === index);
    if (!beat || !choice) return null;
    const prepared = this.preparedInkState?.beat === beat ? this.preparedInkState.state : undefined;
    this.undoHistory.push({ runner: this.runner.snapshot(prepared), beat, lines: this.lines, screen: this.screen, echo: this.echo, transcriptLength: this.log.length, day: this.runner.day }, this.runner.day);
    this.log.push({ kind: 'choice', id: choice.id, text: choice.english ?? choice.text, day: this.runner.day });
    const next = this.run('choice', choice.text, () => this.runner.choose(index));
    this.events.emit('undo', { available: this.undoHistory.size });
    return next;
  }

  /** Steps back `steps` choices by restoring the exact snapshot (never a replay). Updates the autosave. */
  undo(steps = 1): Beat | null {
    const snapshot = this.undoHistory.takeBack(steps);
    if (!snapshot) return null;
    this.runner.restoreSnapshot(snapshot.runner);
    const beat = snapshot.beat;
    this.log.length = snapshot.transcriptLength;
    this.present(beat, snapshot.lines, snapshot.screen, snapshot.echo, 'undo');
    this.events.emit('undo', { available: this.undoHistory.size });
    // The autosave follows the undo (deferred like any other, so the screen comes back first).
    if (this.options.saves) this.scheduleAutosave();
    return beat;
  }

  /** Puts a save back: same build by its exact state; another by choice ids, then text, then the day checkpoint. */
  restore(save: SaveEnvelope): RestoreOutcome {
    if (save.viewpoint !== this.viewpoint.id) return { ok: false, problem: 'viewpoint' };
    try {
      // The lines shown come from the story (choice log and ink state), never from the file (issue 18, D7).
      // The replay that checks the save also gives the path before the restored beat (the read-back).
      const replayed: PathEntry[] = [];
      const collect = (beat: Beat, chosen: StoryChoice) => this.pathOfBeat(beat, chosen, replayed);
      const restored = checkRestoredTranscript(this.runner, save, restoreSave(this.runner, save, this.options.story.hash, collect), collect);
      const lines = restored.transcript.lines.length ? restored.transcript.lines.map(fromSavedLine) : restored.beat.lines.map(fromStoryLine);
      this.undoHistory.clear();
      this.log.length = 0;
      // The path before the restored beat is rebuilt from the choice log only when asked (pathSoFar).
      this.restoredFrom = { log: [...this.runner.choiceLog], origin: this.runner.origin };
      // A day restarted from its checkpoint stopped a replay part-way: that path is rebuilt when asked.
      this.earlierPath = restored.method === 'checkpoint' ? null : replayed;
      this.present(restored.beat, lines, restored.transcript.screen, null, 'restore', restored.method);
      // The screens of the restored beat up to the one on screen were read before the save.
      this.screens.slice(0, this.screen + 1).forEach((screenLines, index) => this.logScreen(index, screenLines));
      this.events.emit('undo', { available: 0 });
      return { ok: true, method: restored.method };
    } catch (error) {
      if (!(error instanceof StoryRuntimeError)) throw error;
      return { ok: false, problem: 'unrestorable' };
    }
  }

  /**
   * Shows a beat the mode built itself (a classroom segment's rest after a pause): it becomes the
   * current beat without running the ink.
   */
  showBeat(beat: Beat): void {
    this.present(beat, beat.lines.map(fromStoryLine), 0, null, 'checkpoint');
  }

  /** Emits the current beat again (a screen attached after a restore). */
  redisplay(): void {
    if (this.beat) this.present(this.beat, this.lines, this.screen, this.echo, 'restore');
  }

  /** The view reports which screen of the current beat is on screen. */
  screenShown(screen: number): void {
    if (!this.beat) return;
    this.screen = Math.min(Math.max(0, screen), this.screens.length - 1);
    const lines = this.screens[this.screen] ?? [];
    if (this.screen > this.loggedScreen) {
      this.loggedScreen = this.screen;
      this.logScreen(this.screen, lines);
    }
    const variables = lines[0]?.variables ?? this.beat.variables;
    const day = Number(variables[this.dayVariable] ?? -1);
    if (day !== this.shownDay) {
      const previous = this.shownDay;
      this.shownDay = day;
      this.events.emit('day', { day, previous });
    }
    for (const line of lines) for (const id of line.tags.notes) this.events.emit('note', { id });
    for (const line of lines) for (const id of line.tags.documents) this.events.emit('document', { id });
    this.events.emit('screen', { screen: this.screen, lines });
    this.scheduleAutosave();
  }

  /**
   * Everything read so far on this path, in order, with the choices taken: the transcript, and
   * after a restore the path before it, from the replay that checked the save (the lines come from
   * the story, never from the file). After a day restarted from its checkpoint the path is rebuilt
   * when first asked, in a scratch runner; one that cannot be rebuilt starts where the restore put the reader.
   */
  pathSoFar(): readonly PathEntry[] {
    if (!this.restoredFrom) return this.log;
    if (!this.earlierPath) this.earlierPath = this.rebuildEarlierPath(this.restoredFrom.log, this.restoredFrom.origin);
    return [...this.earlierPath, ...this.log];
  }

  private rebuildEarlierPath(log: readonly ChoiceRecord[], origin: DayCheckpoint | null): PathEntry[] {
    const entries: PathEntry[] = [];
    try {
      const scratch = new StoryRunner(this.options.story.json, {
        presets: { viewpoint: this.viewpoint.id, ...(this.options.presets ?? {}) },
        dayVariable: this.dayVariable,
        hubForDay: (day) => hubName(this.viewpoint, day),
      });
      scratch.replayLog(log, origin, (beat, chosen) => this.pathOfBeat(beat, chosen, entries));
    } catch (error) {
      if (!(error instanceof StoryRuntimeError) && !(error instanceof ReplayError)) throw error;
    }
    return entries;
  }

  /** A replayed beat as the read-back shows it: its screens' lines, then the choice taken. */
  private pathOfBeat(beat: Beat, chosen: StoryChoice, into: PathEntry[]): void {
    splitScreens(beat.lines).forEach((screen, index) => {
      for (const line of screen) into.push({ kind: 'line', id: line.id, text: line.english ?? line.text, day: this.dayOf(line.variables), screen: index, ...documentsOf(line) });
    });
    into.push({ kind: 'choice', id: chosen.id, text: chosen.english ?? chosen.text, day: this.dayOf(beat.variables) });
  }

  private dayOf(variables: Valuation | null): number | null {
    const day = variables?.[this.dayVariable];
    return typeof day === 'number' ? day : null;
  }

  private logScreen(index: number, lines: readonly SessionLine[]): void {
    // The transcript keeps the English the ink printed (with ids): it is shown again by id in any language.
    for (const line of lines) this.log.push({ kind: 'line', id: line.id, text: line.english ?? line.text, day: this.dayOf(line.variables ?? this.beat?.variables ?? null), screen: index, ...documentsOf(line) });
  }

  /** The save for where the player is now (autosave, export). */
  currentSave(): SaveEnvelope {
    return createSave(this.runner, { storyHash: this.options.story.hash, viewpoint: this.viewpoint.id }, { lines: this.lines.map(toSavedLine), screen: this.screen }, this.options.clock);
  }

  /** Writes a deferred autosave now (the page is closing). */
  flushAutosave(): void {
    if (!this.autosavePending) return;
    this.autosavePending = false;
    this.saveNow();
  }

  /** Stops listening and drops a pending autosave (the UI calls flushAutosave first when it wants it kept). */
  dispose(): void {
    this.autosavePending = false;
    this.events.clear();
  }

  private scheduleAutosave(): void {
    if (!this.options.saves || this.autosavePending) return;
    this.autosavePending = true;
    const defer = this.options.defer ?? ((task: () => void) => task());
    defer(() => this.flushAutosave());
  }

  private saveNow(): void {
    const saves = this.options.saves;
    if (!saves || !this.beat) return;
    const save = this.currentSave();
    saves.write(save);
    this.events.emit('saved', { save });
  }

  private run(cause: BeatCause, echo: string | null, action: () => Beat): Beat | null {
    let beat: Beat;
    try {
      beat = action();
    } catch (error) {
      if (!(error instanceof StoryRuntimeError)) throw error;
      this.events.emit('error', { error, canRetryDay: Boolean(this.runner.checkpoint) });
      return null;
    }
    if (this.options.adjustBeat) beat = this.options.adjustBeat(beat);
    this.present(beat, beat.lines.map(fromStoryLine), 0, echo, cause);
    return beat;
  }

  private present(beat: Beat, lines: SessionLine[], screen: number, echo: string | null, cause: BeatCause, method?: RestoreMethod): void {
    this.beat = beat;
    this.lines = lines;
    this.screens = splitScreens(lines);
    this.screen = Math.min(Math.max(0, screen), this.screens.length - 1);
    this.echo = echo;
    // Screens before the one restored were shown already (an undo or a save puts the reader back mid-beat).
    this.loggedScreen = cause === 'undo' || cause === 'restore' ? this.screen : -1;
    const ending = beat.ending ?? lines.find((line) => line.tags.ending)?.tags.ending ?? null;
    if (ending && cause !== 'undo') this.events.emit('ending', { id: ending });
    this.events.emit('beat', { beat, lines, screen: this.screen, echo, cause, ...(method ? { method } : {}) });
    this.prepareUndo(beat);
  }

  /** Serialises the ink state at a choice point once the screen is up (the undo snapshot reuses it). */
  private prepareUndo(beat: Beat): void {
    this.preparedInkState = null;
    if (!beat.choices.length) return;
    const defer = this.options.defer ?? ((task: () => void) => task());
    defer(() => {
      if (this.beat === beat && this.runner.currentBeat === beat) this.preparedInkState = { beat, state: this.runner.saveInkState() };
    });
  }
}
