// The game's screens: title, viewpoint, play and the end panel (src/ui/screens), composed over
// one PlaySession (src/session). The app turns the session's events into screen updates and
// the player's intents into session calls; modes adjust it through ModePolicy (src/modes).
import type { Content } from '../content/registry.ts';
import {
  StoryRuntimeError, type Beat, type Clock, type DayCheckpoint, type SaveEnvelope, type SaveSlot, type SettingsStore, type StoryRunner,
} from '../engine/index.ts';
import { homePolicy } from '../modes/home.ts';
import type { ModePolicy, SlotAction } from '../modes/policy.ts';
import { PlaySession, type StoryData } from '../session/index.ts';
import { defaultViewpoint, viewpointById, viewpoints, type Viewpoint } from '../viewpoints/registry.ts';
import { dialogOpen, notify } from './dialogs.ts';
import { createHistoryLayer, type HistoryLayer } from './history/index.ts';
import { openAbout, openBibliography, openNotesDrawer } from './historyViews.ts';
import { pageFacts, type ReportFacts } from './problemReport.ts';
import { watchInputModality } from './inputModality.ts';
import type { Journal } from './journal.ts';
import { openGameMenu } from './menu.ts';
import { downloadSave, readSaveFile } from './saveFile.ts';
import type { HomeSavesHooks, SaveHost } from './saves/homeSaves.ts';
import { endPanel } from './screens/end.ts';
import { PlayScreen, type LoadMap } from './screens/play.ts';
import { focusTitle, titleScreen } from './screens/title.ts';
import { focusViewpoint, viewpointScreen, viewpointShortName } from './screens/viewpoint.ts';
import { applySettings, openSettings } from './settingsView.ts';
import { setLanguageHandler } from './languageMenu.ts';
import { storyLinesPending, switchLanguage } from '../i18n/languages.ts';
import type { LanguageCode } from '../i18n/catalog.ts';
import { relocalizeContent } from '../i18n/story/history.ts';
import type { StoryView } from './storyView.ts';
import { strings } from './strings.ts';
import type { ProgressStore } from '../engine/progressStore.ts';
import { closeAllPages, pageOpen } from './pages.ts';
import { endFacts, openChapters, openEndPage, openReadBack, type ReadingHost } from './readingPages.ts';
import { describeContinue } from './screens/title.ts';

export type { StoryData } from '../session/index.ts';

export interface AppDeps {
  root: HTMLElement;
  story: StoryData;
  content: Content;
  settings: SettingsStore;
  saves: SaveSlot;
  journal: Journal;
  clock: Clock;
  policy?: ModePolicy;
  /** Home mode's save slots, storage and tab notices (src/ui/saves); absent in other modes. */
  homeSaves?: HomeSavesHooks;
  /** Loads the map module (dynamic import); injected so tests and modes can swap it. */
  loadMap?: LoadMap;
  /** Days and endings reached per viewpoint (chapters); home mode only. */
  progress?: ProgressStore;
}

export class GameApp implements SaveHost {
  readonly policy: ModePolicy;
  /** The chronicle, disputed facts, glossary and "your path" (src/ui/history). */
  readonly history: HistoryLayer;
  session: PlaySession | null = null;
  private play: PlayScreen | null = null;
  /** Counts starts that wait for their lines (whenLinesIn): only the newest may run. */
  private linesRequest = 0;
  private readonly stopModality: () => void;

  constructor(readonly deps: AppDeps) {
    this.policy = deps.policy ?? homePolicy;
    this.history = createHistoryLayer({ content: deps.content, journal: deps.journal, allOpen: () => this.historyOpen, pathDays: () => this.pathDays(), pageRoot: () => deps.root });
    applySettings(deps.settings.value);
    deps.settings.subscribe((settings) => {
      applySettings(settings);
      this.session?.setPreset('gentle', settings.gentle);
      this.play?.setReducedMotion(settings.reduceMotion);
      this.play?.setTheme(settings.theme);
    });
    deps.journal.subscribe(() => this.play?.setNotePlaces());
    // A page closed between a choice and its deferred autosave still keeps the place.
    window.addEventListener('pagehide', this.onPageHide);
    this.stopModality = watchInputModality();
    if (this.policy.saves) setLanguageHandler((code) => this.changeLanguage(code));
  }

  /**
   * Switches the language and draws the current screen again in it: in play, the game on screen
   * is restored from its own save (same ink state, same screen of the beat; saves keep the English
   * and ids, so nothing is lost but the undo steps); elsewhere the screen is rebuilt.
   */
  async changeLanguage(code: LanguageCode): Promise<void> {
    const save = this.currentSaveOrNull();
    const screen = this.deps.root.dataset.screen;
    const translation = await switchLanguage(code);
    relocalizeContent(this.deps.content, translation?.history ?? null);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', code);
    window.history.replaceState(window.history.state, '', url);
    if (save) this.restore(save, false);
    else if (screen === 'viewpoint') this.showViewpoint();
    else this.showTitle();
  }

  private readonly onPageHide = (): void => this.session?.flushAutosave();

  get content(): Content { return this.deps.content; }
  get runner(): StoryRunner | null { return this.session?.runner ?? null; }
  get view(): StoryView | null { return this.play?.view ?? null; }

  /** For "Report a problem": the setup and the story's place (viewpoint and the screen's first line id). */
  private reportFacts(): ReportFacts {
    const line = this.play?.view.allLines()[0];
    const place = this.session ? `${this.session.viewpoint.id}, line ${line?.id ?? 'none'}` : null;
    return pageFacts(this.deps.settings.value, place);
  }
  /** The play screen's header, for a mode's own badges and buttons (slots, not markup lookups). */
  get playScreen(): PlayScreen | null { return this.play; }
  /** An ending has been reached on this device (the journal keeps it across games). */
  get endingReached(): boolean { return this.deps.journal.endings.length > 0; }
  /** Every chronicle entry is open when the mode says so (classroom) and after an ending. */
  get historyOpen(): boolean { return this.policy.historyAllOpen === true || this.endingReached; }

  /** The days this path has played (a choice made on them, or on screen now), for the chronicle's timeline. */
  private pathDays(): { days: number[]; current: number | null } {
    const session = this.session;
    if (!session || session.day < 0) return { days: [], current: null };
    const days = new Set(session.runner.choiceLog.map((entry) => entry.day).filter((day) => day >= 0));
    days.add(session.day);
    return { days: [...days].sort((a, b) => a - b), current: session.day };
  }

  /** Tears down the story view and the map (a mode's in-page reset); the root is left to the caller. */
  destroy(): void {
    setLanguageHandler(null);
    window.removeEventListener('pagehide', this.onPageHide);
    this.stopModality();
    this.closeSession();
  }

  showTitle(message?: string): void {
    if (this.policy.toTitle?.(this)) return;
    const hasSave = this.policy.saves && this.deps.saves.exists();
    const progress = this.policy.saves ? this.deps.progress : undefined;
    const main = titleScreen({
      continueGame: hasSave ? () => this.continueSaved() : null,
      continueDetail: hasSave ? describeContinue(this.deps.saves.read()) : null,
      chapters: progress?.anyEnding ? () => openChapters(this.reading) : null,
      // New game over a game in progress asks first, and keeps that game as the backup.
      newGame: () => (this.homeSaves ? this.homeSaves.confirmNewGame(() => this.showViewpoint()) : this.showViewpoint()),
      extra: this.homeSaves?.titleActions(this) ?? [],
      settings: () => openSettings(this.deps.settings),
      about: () => openAbout(this.content, this.history, () => this.reportFacts()),
      chronicle: () => this.history.chronicle(),
      bibliography: () => openBibliography(this.content),
    }, message);
    this.mount(main, 'title');
    focusTitle(main);
  }

  showViewpoint(): void {
    const main = viewpointScreen((viewpoint) => this.startNew(viewpoint), () => this.showTitle());
    this.mount(main, 'viewpoint');
    focusViewpoint(main);
  }

  startNew(viewpoint: Viewpoint = defaultViewpoint()): void {
    this.whenLinesIn(viewpoint, () => {
      this.homeSaves?.beforeNewGame();
      const session = this.openSession(viewpoint);
      if (session) this.attach(session).start();
    });
  }

  /** Starts at a day's hub with the given variables (a classroom segment, a rehearsal jump). */
  startAt(checkpoint: DayCheckpoint, viewpoint: Viewpoint = defaultViewpoint()): void {
    this.whenLinesIn(viewpoint, () => {
      const session = this.openSession(viewpoint);
      if (session) this.attach(session).startAt(checkpoint);
    });
  }

  /**
   * Runs `go` once the path's translated lines are in: home mode's boot draws the title before
   * they arrive (src/i18n/languages.ts), so a quick Begin may wait a moment for them, never
   * show them in English. At once when nothing is pending; only the last request runs, and none
   * after the screen has changed meanwhile.
   */
  private whenLinesIn(viewpoint: Viewpoint, go: () => void): void {
    const pending = storyLinesPending(viewpoint.lineIdPrefix, [...viewpoints.values()].map((entry) => entry.lineIdPrefix));
    const request = ++this.linesRequest;
    if (!pending) { go(); return; }
    const root = this.deps.root;
    root.setAttribute('aria-busy', 'true');
    void pending.then((complete) => {
      if (request !== this.linesRequest) return;
      root.removeAttribute('aria-busy');
      go();
      if (!complete && this.play) notify(this.play.status, strings().storyLinesMissing, 'problem');
    });
  }

  continueSaved(): void {
    const parsed = this.deps.saves.read();
    if (!parsed || !parsed.ok) {
      this.deps.saves.clear();
      this.showTitle(strings().autosaveProblem);
      return;
    }
    // A save that cannot be opened is set aside by the slot (not deleted) and can be exported from Saves.
    this.restore(parsed.save, false, () => this.deps.saves.clear(), strings().autosaveProblem);
  }

  /** SaveHost (src/ui/saves): the game on screen as a save, or null when none is being played. */
  currentSaveOrNull(): SaveEnvelope | null {
    return this.session?.currentBeat && this.play ? this.session.currentSave() : null;
  }

  /** SaveHost: opens a save from a slot; one that cannot be restored leaves play as it was. */
  openSave(save: SaveEnvelope): void { this.restore(save, true); }

  choose(index: number): void { this.session?.choose(index); }

  /** Steps back one choice (home "Undo last choice", the classroom teacher's "Back"). */
  undo(): void {
    if (!this.policy.undo || !this.session?.undoAvailable || dialogOpen()) return;
    if (this.session.undo() && this.play) notify(this.play.status, strings().undoDone);
  }

  exportSave(): void {
    const session = this.session;
    if (!session?.currentBeat || !this.play) return;
    downloadSave(session.currentSave(), session.day);
    notify(this.play.status, strings().saveExported);
  }

  async importSave(file: File): Promise<void> {
    const s = strings();
    const parsed = await readSaveFile(file);
    if (!parsed.ok) {
      if (this.play) notify(this.play.status, s.saveProblems[parsed.problem] ?? s.saveProblems.invalid, 'problem');
      this.view?.focusControls();
      return;
    }
    this.restore(parsed.save, true);
  }

  /** The reading pages' view of the app: read-back, end page, chapters (src/ui/readingPages.ts). */
  get reading(): ReadingHost {
    return {
      root: this.deps.root, content: this.content, journal: this.deps.journal, history: this.history,
      progress: this.policy.saves ? this.deps.progress ?? null : null,
      session: () => this.session,
      toTitle: () => this.showTitle(),
      startChapter: (viewpoint, checkpoint) => {
        const start = () => { this.homeSaves?.beforeNewGame(); this.startAt(checkpoint, viewpoint); };
        // Over a game in progress it asks first, as New game does (that game is kept as the backup).
        if (this.homeSaves) this.homeSaves.confirmNewGame(start); else start();
      },
    };
  }

  /** The read-back of the path so far, as a page over the play screen (header, menu). */
  readBack(): void { if (this.session) openReadBack(this.reading); }

  private mount(main: HTMLElement, name: string): void {
    // A start still waiting for its lines is overtaken by whatever screen comes first.
    this.linesRequest += 1;
    this.deps.root.removeAttribute('aria-busy');
    closeAllPages();
    this.closeSession();
    this.deps.root.replaceChildren(main);
    this.deps.root.dataset.screen = name;
  }

  private closeSession(): void {
    this.session?.dispose();
    this.session = null;
    this.play?.destroy();
    this.play = null;
  }

  /** Home mode's save hooks, only where the mode keeps saves. */
  private get homeSaves(): HomeSavesHooks | null { return this.policy.saves ? this.deps.homeSaves ?? null : null; }

  /** A new session, or the title with a message when the story cannot even be started. */
  private openSession(viewpoint: Viewpoint): PlaySession | null {
    try {
      return this.newSession(viewpoint);
    } catch (error) {
      if (!(error instanceof StoryRuntimeError)) throw error;
      console.error(error);
      this.showTitle(strings().storyErrorBody);
      return null;
    }
  }

  private newSession(viewpoint: Viewpoint): PlaySession {
    return new PlaySession({
      story: this.deps.story,
      viewpoint,
      presets: { ...this.policy.presets, gentle: this.deps.settings.value.gentle },
      dayVariable: this.policy.dayVariable,
      saves: this.policy.saves ? this.deps.saves : null,
      clock: this.deps.clock,
      // Autosave once the new screen is painted: a choice never waits for serialising the save.
      defer: (task) => setTimeout(task, 0),
      adjustBeat: this.policy.adjustBeat ? (beat) => this.policy.adjustBeat!(beat, this) : undefined,
    });
  }

  /** Puts up the play screen for a session and turns its events into screen updates. */
  private attach(session: PlaySession): PlaySession {
    const play = new PlayScreen({
      content: this.content, settings: this.deps.settings, journal: this.deps.journal, history: this.history,
      viewpoint: session.viewpoint, policy: this.policy, dayVariable: this.policy.dayVariable ?? session.viewpoint.dayVariable,
      loadMap: this.deps.loadMap,
      openMenu: () => this.openMenu(),
      undo: () => this.undo(),
      readBack: this.policy.saves ? () => this.readBack() : undefined,
      view: {
        choose: (index) => this.choose(index),
        screenShown: (screen) => session.screenShown(screen),
        endPanel: (beat) => this.endPanel(beat),
        keysBlocked: () => dialogOpen() || pageOpen(),
        choiceKeys: () => this.deps.settings.value.choiceKeys,
        beforeChoose: this.policy.beforeChoose ? (index, beat) => this.policy.beforeChoose!(index, beat, this) : undefined,
        pausePoint: this.policy.pausePoint ? (lines) => this.policy.pausePoint!(lines, this) : undefined,
        decorateChoices: this.policy.decorateChoices ? (beat) => this.policy.decorateChoices!(beat, this) : undefined,
        beforeContinue: this.policy.beforeContinue ? () => this.policy.beforeContinue!(this) : undefined,
      },
    });
    this.mount(play.element, 'play');
    this.session = session;
    this.play = play;
    session.on('beat', ({ beat, lines, screen, echo }) => {
      play.view.show(beat, { lines, screen, echo });
      play.requestMap();
    });
    session.on('screen', ({ lines }) => {
      play.showVariables(lines[0]?.variables ?? session.currentBeat?.variables ?? null);
      this.policy.screenShown?.(lines, this);
    });
    session.on('note', ({ id }) => { this.deps.journal.unlockNote(id); });
    session.on('document', ({ id }) => { this.deps.journal.unlockDocument(id); });
    session.on('ending', ({ id }) => {
      this.deps.journal.recordEnding(id);
      if (this.policy.saves) this.deps.progress?.recordEnding(session.viewpoint.id, id);
    });
    // Each day reached becomes a chapter to replay from once the viewpoint has an ending.
    session.on('day', ({ day }) => {
      const checkpoint = session.checkpoint;
      if (this.policy.saves && checkpoint && checkpoint.day === day) this.deps.progress?.recordDay(session.viewpoint.id, checkpoint);
    });
    session.on('undo', ({ available }) => play.setUndoAvailable(available));
    session.on('error', ({ error, canRetryDay }) => {
      console.error(error);
      this.showStoryError(canRetryDay);
    });
    return session;
  }

  /** Opens a save: its viewpoint must be known; the current game goes on if it cannot be opened. */
  private restore(save: SaveEnvelope, announce: boolean, onUnrestorable?: () => void, unrestorableMessage?: string): void {
    const s = strings();
    const viewpoint = viewpointById(save.viewpoint);
    if (!viewpoint) {
      this.showTitle(s.saveUnknownViewpoint);
      return;
    }
    this.whenLinesIn(viewpoint, () => this.restoreAs(viewpoint, save, announce, onUnrestorable, unrestorableMessage));
  }

  private restoreAs(viewpoint: Viewpoint, save: SaveEnvelope, announce: boolean, onUnrestorable?: () => void, unrestorableMessage?: string): void {
    const s = strings();
    const session = this.openSession(viewpoint);
    if (!session) return;
    const outcome = session.restore(save);
    if (!outcome.ok) {
      onUnrestorable?.();
      const message = unrestorableMessage ?? s.saveProblems.unrestorable;
      if (this.play) notify(this.play.status, message, 'problem');
      else this.showTitle(message);
      return;
    }
    this.attach(session).redisplay();
    const message = { state: announce ? s.saveLoaded : null, replay: s.saveReplayed, 'replay-text': s.saveReplayedByText, checkpoint: s.saveCheckpoint }[outcome.method];
    if (message) notify(this.play!.status, message);
  }

  private endPanel(beat: Beat): HTMLElement {
    const s = strings();
    // A save restored at the end has the ending in its transcript, not in the beat.
    const who = viewpointShortName(this.session?.viewpoint ?? defaultViewpoint());
    const endingShown = beat.ending ?? this.session?.currentLines.find((line) => line.tags.ending)?.tags.ending ?? null;
    const facts = endingShown && !this.policy.endPanel ? endFacts(this.reading, beat) : null;
    const defaults: SlotAction[] = [
      ...(facts ? [{ label: s.endPage.open, run: () => openEndPage(this.reading, facts), id: 'open-end-page', className: 'primary' }] : []),
      ...(endingShown ? [{ label: s.history.pathTitle, run: () => this.history.yourPath(this.runner?.choiceLog ?? [], who), id: 'your-path' }] : []),
      { label: s.notes, run: () => openNotesDrawer(this.content, this.deps.journal.notes, undefined, this.history) },
      { label: s.toTitle, run: () => this.showTitle(), id: 'end-to-title', className: facts ? 'secondary' : 'primary' },
    ];
    return endPanel(beat, this.policy.endPanel?.(defaults, beat, this) ?? { actions: defaults }, who);
  }

  private showStoryError(canRetryDay: boolean): void {
    const s = strings();
    const actions = [
      ...(canRetryDay ? [{ label: s.storyErrorCheckpoint, run: () => { this.session?.retryDay(); } }] : []),
      { label: s.storyErrorRestart, run: () => this.startNew(this.session?.viewpoint) },
    ];
    this.view?.showError(s.storyErrorTitle, s.storyErrorBody, actions);
  }

  private openMenu(): void {
    openGameMenu({
      saves: this.policy.saves,
      exportSave: () => this.exportSave(),
      importSave: (file) => { void this.importSave(file); },
      readBack: this.session ? () => this.readBack() : undefined,
      glossary: () => this.history.glossary(),
      disputes: () => this.history.disputes(),
      about: () => openAbout(this.content, this.history, () => this.reportFacts()),
      toTitle: () => this.showTitle(),
      extra: (close) => this.homeSaves?.menuActions(this, close) ?? [],
    });
  }
}
