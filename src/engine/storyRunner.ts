// A typed facade over the inkjs runtime: turns "continue until a choice" into Beats, keeps the
// choice log and the day checkpoint that saves rely on, and turns ink errors into exceptions
// the UI can show. Imports neither the DOM nor Phaser.
import { Story } from 'inkjs';
import { storyText } from './storyLanguage.ts';
import { parseTags, type StoryTags } from './tags.ts';

export type InkValue = string | number | boolean;
export type Valuation = Record<string, InkValue>;

export interface StoryLine {
  /** The line's stable id (`# id:` tag), null in unstamped ink. */
  id: string | null;
  /** The text in the active language (src/engine/storyLanguage.ts); English when none is active. */
  text: string;
  /** What ink printed, in English: saves and a later language switch use it. */
  english?: string;
  tags: StoryTags;
  rawTags: string[];
  /** The story variables as this line was shown (a beat can cross into the next day). */
  variables: Valuation;
}
export interface StoryChoice {
  index: number;
  /** The choice's stable id (`# id:` tag inside the brackets), null in unstamped ink. */
  id: string | null;
  /** The text in the active language; `english` is what ink printed (replay by text matches it). */
  text: string;
  english?: string;
  tags: StoryTags;
}
export interface Beat {
  lines: StoryLine[];
  choices: StoryChoice[];
  /** The ending reached on this beat, if any (`# ending:`). */
  ending: string | null;
  /** The path stops at a to-be-continued marker (`# tbc`). */
  toBeContinued: boolean;
  /** No more text and no choices: the story is over. */
  ended: boolean;
  variables: Valuation;
}
export interface ChoiceRecord {
  index: number;
  /** The choice's stable id; absent in unstamped ink and in older saves (replay then uses the text). */
  id?: string;
  text: string;
  day: number;
  /** The chosen choice's `# history:` moment ids (absent when it has none, and in older saves). */
  history?: string[];
}
/** Enough to rebuild the start of a day in any build of the story: the hub and the variables on arrival. */
export interface DayCheckpoint { hub: string; day: number; variables: Valuation }

export class StoryRuntimeError extends Error {
  constructor(message: string, readonly inkMessages: string[] = []) { super(message); this.name = 'StoryRuntimeError'; }
}
export class ReplayError extends Error {
  constructor(message: string, readonly replayed: number) { super(message); this.name = 'ReplayError'; }
}

export interface StoryRunnerOptions {
  /** Variables the app sets before the first line (gentle, kiosk_cut, viewpoint). */
  presets?: Valuation;
  /** The variable that holds the calendar day (the kiosk cut keeps its own). */
  dayVariable?: string;
  /** How the viewpoint names its day hubs (default `day_NN`). */
  hubForDay?: (day: number) => string;
}

/** How a replay found each logged choice: by its stable id, or by its text (older saves, unstamped ink). */
export interface ReplayReport { beat: Beat; byId: number; byText: number }

/** Everything needed to put the runner back exactly where it was (undo): never a replay. */
export interface RunnerSnapshot {
  inkState: string;
  log: readonly ChoiceRecord[];
  checkpoint: DayCheckpoint | null;
  beat: Beat;
}

/** Names of the story's global variables, read from the compiled JSON's declarations. */
export function declaredVariables(json: string): string[] {
  const start = json.indexOf('"global decl"');
  if (start < 0) return [];
  return [...json.slice(start).matchAll(/\{"VAR=":"([^"]+)"/g)].map((match) => match[1]);
}

function sameValues(a: Valuation, b: Valuation): boolean {
  for (const key in b) if (a[key] !== b[key]) return false;
  return true;
}

export function hubForDay(day: number): string {
  return `day_${String(day).padStart(2, '0')}`;
}

export class StoryRunner {
  readonly variableNames: string[];
  private readonly story: Story;
  private readonly inkErrors: string[] = [];
  private presets: Valuation;
  private readonly dayVariable: string;
  private readonly hubName: (day: number) => string;
  private log: ChoiceRecord[] = [];
  private dayCheckpoint: DayCheckpoint | null = null;
  /** Where this play began when it did not begin at the start (a chapter, a classroom segment); replays start there. */
  private originCheckpoint: DayCheckpoint | null = null;
  private beat: Beat | null = null;
  /** The variables as last read, kept until ink reports a change (or a state is loaded). */
  private knownValues: Valuation | null = null;
  private readonly watched: boolean;

  constructor(json: string, options: StoryRunnerOptions = {}) {
    // issue 18 D1: a file that is not ink is a StoryRuntimeError, which the screens handle.
    try { this.story = new Story(json); } catch (error) { throw new StoryRuntimeError(`The story file cannot be read: ${(error as Error)?.message ?? String(error)}`); }
    this.story.onError = (message: string) => { this.inkErrors.push(message); };
    this.variableNames = declaredVariables(json);
    // Reading every global after every line (over a hundred, through inkjs's proxy) was a tenth of
    // the runner's time: ink reports each change, so the last reading stays valid until one comes.
    this.watched = this.watchVariables();
    this.presets = { ...(options.presets ?? {}) };
    this.dayVariable = options.dayVariable ?? 'day';
    this.hubName = options.hubForDay ?? hubForDay;
  }

  get choiceLog(): readonly ChoiceRecord[] { return this.log; }
  get checkpoint(): DayCheckpoint | null { return this.dayCheckpoint; }
  get origin(): DayCheckpoint | null { return this.originCheckpoint; }
  get currentBeat(): Beat | null { return this.beat; }
  get day(): number { return Number(this.story.variablesState[this.dayVariable] ?? -1); }
  get globalTags(): string[] { return this.story.globalTags ?? []; }

  variables(): Valuation {
    return { ...this.currentValues() };
  }

  /** The variables now, shared with the last reading when nothing changed (treat as read-only). */
  private currentValues(): Valuation {
    if (this.knownValues && this.watched) return this.knownValues;
    const values: Valuation = {};
    for (const name of this.variableNames) values[name] = this.story.variablesState[name] as InkValue;
    this.knownValues = values;
    return values;
  }

  private watchVariables(): boolean {
    try {
      for (const name of this.variableNames) this.story.ObserveVariable(name, () => { this.knownValues = null; });
      return true;
    } catch {
      return false; // A name inkjs does not know: read every time, as before.
    }
  }

  /** Changes a presentation variable mid-game (gentle mode toggled in settings). */
  setPreset(name: string, value: InkValue): void {
    this.presets[name] = value;
    if (this.variableNames.includes(name)) this.story.variablesState[name] = value;
  }

  start(): Beat {
    this.story.ResetState();
    this.knownValues = null;
    this.applyPresets();
    this.log = [];
    this.dayCheckpoint = null;
    this.originCheckpoint = null;
    return this.advance();
  }

  /** A new play that begins at a day's checkpoint (a chapter, a segment): saves replay from there. */
  startFrom(checkpoint: DayCheckpoint): Beat {
    const beat = this.restoreCheckpoint(checkpoint);
    this.originCheckpoint = checkpoint;
    return beat;
  }

  choose(index: number): Beat {
    const choice = this.story.currentChoices.find((candidate) => candidate.index === index);
    if (!choice) throw new StoryRuntimeError(`There is no choice ${index} here.`);
    const history = parseTags(choice.tags).history;
    const id = parseTags(choice.tags).id;
    this.log.push({ index, ...(id ? { id } : {}), text: choice.text, day: this.day, ...(history.length ? { history } : {}) });
    this.guard(() => this.story.ChooseChoiceIndex(index));
    return this.advance();
  }

  /** The ink state, for a save. Only ever loaded back into the same story build. */
  saveInkState(): string {
    return this.story.state.ToJson();
  }

  /** Loads a raw ink state saved by this very build; the caller shows the saved transcript. */
  restoreInkState(inkState: string, log: readonly ChoiceRecord[], checkpoint: DayCheckpoint | null, origin: DayCheckpoint | null = null): Beat {
    this.guard(() => this.story.state.LoadJson(inkState));
    this.knownValues = null;
    this.applyPresets();
    this.log = [...log];
    this.dayCheckpoint = checkpoint;
    this.originCheckpoint = origin;
    this.beat = { lines: [], choices: this.readChoices(), ending: null, toBeContinued: false, ended: !this.story.canContinue && this.story.currentChoices.length === 0, variables: this.variables() };
    if (this.story.canContinue) return this.advance();
    return this.beat;
  }

  /** Starts again at a day's hub with the variables it had on arrival. */
  restoreCheckpoint(checkpoint: DayCheckpoint, log: readonly ChoiceRecord[] = []): Beat {
    this.story.ResetState();
    this.knownValues = null;
    for (const [name, value] of Object.entries(checkpoint.variables)) {
      if (this.variableNames.includes(name)) this.story.variablesState[name] = value;
    }
    this.applyPresets();
    this.guard(() => this.story.ChoosePathString(checkpoint.hub));
    this.log = log.filter((entry) => entry.day < checkpoint.day);
    this.dayCheckpoint = checkpoint;
    return this.advance();
  }

  /** Replays choices from the start (a save from another story build): by id, else by text. */
  replay(log: readonly ChoiceRecord[], origin: DayCheckpoint | null = null): Beat {
    return this.replayLog(log, origin).beat;
  }

  /**
   * Replays and says how each choice was found (the load message names it). A play that began at
   * a checkpoint (`origin`) replays from there. `onBeat` sees each beat before its choice is taken
   * (the read-back of the path is rebuilt this way).
   */
  replayLog(log: readonly ChoiceRecord[], origin: DayCheckpoint | null = null, onBeat?: (beat: Beat, chosen: StoryChoice) => void): ReplayReport {
    let beat = origin ? this.startFrom(origin) : this.start();
    let byId = 0;
    let byText = 0;
    log.forEach((entry, position) => {
      const sameId = entry.id ? beat.choices.find((choice) => choice.id === entry.id) : undefined;
      const match = sameId ?? beat.choices.find((choice) => (choice.english ?? choice.text) === entry.text);
      if (!match) throw new ReplayError(`Choice "${entry.text}" no longer exists at this point.`, position);
      if (sameId) byId += 1; else byText += 1;
      onBeat?.(beat, match);
      beat = this.choose(match.index);
    });
    return { beat, byId, byText };
  }

  /**
   * The exact position now (for undo). Taken at a choice point, so restoring it runs no ink.
   * `inkState` may be passed when it was serialised earlier at this same choice point.
   */
  snapshot(inkState?: string): RunnerSnapshot {
    if (!this.beat) throw new StoryRuntimeError('There is nothing to snapshot before the story starts.');
    return { inkState: inkState ?? this.saveInkState(), log: [...this.log], checkpoint: this.dayCheckpoint, beat: this.beat };
  }

  /** Puts back a snapshot taken by this runner's story build: loads the state, shows the same beat. */
  restoreSnapshot(snapshot: RunnerSnapshot): Beat {
    this.guard(() => this.story.state.LoadJson(snapshot.inkState));
    this.knownValues = null;
    this.applyPresets();
    this.log = [...snapshot.log];
    this.dayCheckpoint = snapshot.checkpoint;
    this.beat = snapshot.beat;
    return snapshot.beat;
  }

  private applyPresets(): void {
    for (const [name, value] of Object.entries(this.presets)) {
      if (this.variableNames.includes(name)) this.story.variablesState[name] = value;
    }
  }

  private guard<T>(action: () => T): T {
    this.inkErrors.length = 0;
    let result: T;
    try {
      result = action();
    } catch (error) {
      throw new StoryRuntimeError(`The story could not go on: ${(error as Error)?.message ?? String(error)}`, [...this.inkErrors]);
    }
    if (this.inkErrors.length) throw new StoryRuntimeError(`The story could not go on: ${this.inkErrors.join('; ')}`, [...this.inkErrors]);
    return result;
  }

  private readChoices(): StoryChoice[] {
    return this.story.currentChoices.map((choice) => {
      const tags = parseTags(choice.tags);
      const english = choice.text.trim();
      return { index: choice.index, id: tags.id, text: storyText(tags.id, english).text, english, tags };
    });
  }

  private advance(): Beat {
    const lines: StoryLine[] = [];
    let ending: string | null = null;
    let toBeContinued = false;
    let pendingTags: string[] = [];
    let previous: Valuation | null = null;
    while (this.story.canContinue) {
      const dayBefore = this.day;
      const text = (this.guard(() => this.story.Continue()) ?? '').trim();
      const rawTags = [...pendingTags, ...(this.story.currentTags ?? [])];
      const dayNow = this.day;
      if (dayNow > dayBefore && dayNow >= 0 && this.dayVariable === 'day') {
        this.dayCheckpoint = { hub: this.hubName(dayNow), day: dayNow, variables: this.variables() };
      }
      if (!text) { pendingTags = rawTags; continue; }
      pendingTags = [];
      const tags = parseTags(rawTags);
      if (tags.ending) ending = tags.ending;
      if (tags.toBeContinued) toBeContinued = true;
      const now = this.currentValues();
      const variables: Valuation = previous && (previous === now || sameValues(previous, now)) ? previous : now;
      previous = variables;
      lines.push({ id: tags.id, text: storyText(tags.id, text).text, english: text, tags, rawTags, variables });
    }
    const choices = this.readChoices();
    this.beat = { lines, choices, ending, toBeContinued, ended: choices.length === 0, variables: this.variables() };
    return this.beat;
  }
}
