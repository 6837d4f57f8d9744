// The game's screens: title, viewpoint, play (header, story panel, map), and the menus around
// them. Composes the engine with the DOM and the map; modes adjust it through ModePolicy.
import type { Content } from '../content/registry.ts';
import {
  calendarDay, createSave, parseSave, restoreSave, StoryRunner, StoryRuntimeError,
  type Beat, type Clock, type DayCheckpoint, type SaveSlot, type SettingsStore, type Valuation,
} from '../engine/index.ts';
import type { MapView } from '../map/types.ts';
import { button, el } from './dom.ts';
import { dialogOpen, notify, openDialog } from './dialogs.ts';
import { createHistoryLayer, type HistoryLayer } from './history/index.ts';
import { openAbout, openBibliography, openNotesDrawer } from './historyViews.ts';
import type { Journal } from './journal.ts';
import { applySettings, openSettings } from './settingsView.ts';
import { StoryView, type ShownLine } from './storyView.ts';
import type { HomeSavesHooks } from './saves/homeSaves.ts';
import { checkRestoredTranscript } from '../engine/transcriptCheck.ts';
import { format, strings } from './strings.ts';

export interface StoryData { json: string; hash: string }

/** What a mode changes about the game. Home mode is the default policy. */
export interface ModePolicy {
  name: 'home' | 'kiosk' | 'classroom';
  /** Autosave, Continue, export and import. */
  saves: boolean;
  /** Story variables set before the first line (besides gentle, which follows settings). */
  presets: Valuation;
  /** The variable the header reads for the date. */
  dayVariable: string;
  /** Extra end-of-story actions, and a chance to intercept choices (classroom votes). */
  extendEndPanel?(panel: HTMLElement, beat: Beat, app: GameApp): void;
  beforeChoose?(index: number, beat: Beat, app: GameApp): boolean;
  /** Called on each screen shown (discussion pauses, idle timers). */
  screenShown?(lines: ShownLine[], app: GameApp): void;
  /** Instead of the title screen (the kiosk asks, then returns to its attract loop). True when handled. */
  toTitle?(app: GameApp): boolean;
  /** A chance to cut a beat before it is shown (a classroom segment stops at its last day). */
  adjustBeat?(beat: Beat, app: GameApp): Beat;
}

export const homePolicy: ModePolicy = { name: 'home', saves: true, presets: {}, dayVariable: 'day' };

export interface AppDeps {
  root: HTMLElement;
  story: StoryData;
  content: Content;
  settings: SettingsStore;
  saves: SaveSlot;
  journal: Journal;
  clock: Clock;
  policy?: ModePolicy;
  /** Home mode's save slots, storage and tab notices (issue 18, src/ui/saves); absent in other modes. */
  homeSaves?: HomeSavesHooks;
  /** Loads the map module (dynamic import); injected so tests and modes can swap it. */
  loadMap?: () => Promise<{ mountMap: (container: HTMLElement, options: import('../map/types.ts').MapOptions) => Promise<MapView> }>;
}

export class GameApp {
  readonly policy: ModePolicy;
  runner: StoryRunner | null = null;
  view: StoryView | null = null;
  private map: MapView | null = null;
  private mapRequested = false;
  private mapPane: HTMLElement | null = null;
  private status: HTMLElement | null = null;
  private dateLine: HTMLElement | null = null;
  private currentPlace: string | null = null;
  private lastMarkers: import('../map/types.ts').MapMarker[] = [];
  private shownVariables: Valuation | null = null;
  private autosavePending = false;
  /** The chronicle, disputed facts, glossary and "your path" (src/ui/history). */
  readonly history: HistoryLayer;

  constructor(readonly deps: AppDeps) {
    this.policy = deps.policy ?? homePolicy;
    this.history = createHistoryLayer({ content: deps.content, journal: deps.journal, allOpen: () => this.historyOpen });
    applySettings(deps.settings.value);
    deps.settings.subscribe((settings) => {
      applySettings(settings);
      this.runner?.setPreset('gentle', settings.gentle);
      this.map?.setReducedMotion(settings.reduceMotion);
      this.map?.setTheme(settings.theme);
    });
    deps.journal.subscribe(() => this.refreshNotePlaces());
    // A page closed between a choice and its deferred autosave still keeps the place.
    window.addEventListener('pagehide', this.onPageHide);
  }

  private readonly onPageHide = (): void => this.flushAutosave();

  get content(): Content { return this.deps.content; }

  /** Tears down the story view and the map (a mode's in-page reset); the root is left to the caller. */
  destroy(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    this.view?.destroy();
    this.view = null;
    this.map?.destroy();
    this.map = null;
    this.mapPane = null;
    this.runner = null;
  }
  /** An ending has been reached on this device (the journal keeps it across games). */
  get endingReached(): boolean { return this.deps.journal.endings.length > 0; }
  /** Every chronicle entry is open in classroom mode and after an ending. */
  get historyOpen(): boolean { return this.policy.name === 'classroom' || this.endingReached; }

  private screen(main: HTMLElement, className: string): void {
    const { root } = this.deps;
    this.view?.destroy();
    this.view = null;
    this.map?.destroy();
    this.map = null;
    this.mapRequested = false;
    root.replaceChildren(main);
    root.dataset.screen = className;
  }

  showTitle(message?: string): void {
    if (this.policy.toTitle?.(this)) return;
    const s = strings();
    const hasSave = this.policy.saves && this.deps.saves.exists();
    const status = el('div', { className: 'status', attrs: { role: 'status' } });
    const main = el('main', { className: 'title-screen', id: 'main' }, [
      el('div', { className: 'title-card' }, [
        el('p', { className: 'title-kicker', text: s.titleKicker }),
        el('h1', { text: s.appTitle }),
        el('p', { className: 'title-subtitle', text: s.appSubtitle }),
        el('p', { className: 'content-note', attrs: { role: 'note' }, text: s.contentNote }),
        el('nav', { className: 'title-actions', attrs: { 'aria-label': s.appTitle } }, [
          hasSave ? button(s.continueGame, () => this.continueSaved(), { className: 'primary', id: 'continue-game' }) : null,
          // issue 18 D2: New game over a game asks first (homeSaves), and the game is kept as the backup.
          button(s.newGame, () => (this.deps.homeSaves ? this.deps.homeSaves.confirmNewGame(() => this.showViewpoint()) : this.showViewpoint()), { className: hasSave ? 'secondary' : 'primary', id: 'new-game' }),
          ...(this.policy.saves ? this.deps.homeSaves?.titleActions(this) ?? [] : []), // issue 18: Saves (slots)
          button(s.settings, () => openSettings(this.deps.settings), { className: 'secondary', id: 'open-settings' }),
          button(s.aboutSources, () => openAbout(this.content, this.history), { className: 'secondary', id: 'open-about' }),
          button(s.history.chronicle, () => this.history.chronicle(), { className: 'secondary', id: 'open-chronicle' }),
          button(s.bibliography, () => openBibliography(this.content), { className: 'tertiary', id: 'open-bibliography' }),
        ]),
        status,
      ]),
    ]);
    this.screen(main, 'title');
    if (message) notify(status, message, 'problem');
    main.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    main.querySelector<HTMLElement>('.title-actions button')?.focus({ preventScroll: true });
  }

  showViewpoint(): void {
    const s = strings();
    const card = (name: string, blurb: string, available: boolean, action?: () => void) => el('li', { className: `viewpoint ${available ? 'available' : 'later'}` }, [
      el('h2', { text: name }),
      el('p', { text: blurb }),
      available ? button(s.begin, action!, { className: 'primary', id: 'begin-halyna' }) : el('p', { className: 'badge', text: s.comingLater }),
    ]);
    const main = el('main', { className: 'viewpoint-screen', id: 'main' }, [
      el('h1', { text: s.chooseViewpoint }),
      el('p', { className: 'lead', text: s.viewpointIntro }),
      el('ul', { className: 'viewpoints' }, [
        card(s.halynaName, s.halynaBlurb, true, () => this.startNew()),
        card(s.jonasName, s.jonasBlurb, false),
        card(s.pavelName, s.pavelBlurb, false),
      ]),
      button(s.back, () => this.showTitle(), { className: 'tertiary' }),
    ]);
    this.screen(main, 'viewpoint');
    main.querySelector<HTMLElement>('#begin-halyna')?.focus();
  }

  private createRunner(): StoryRunner {
    return new StoryRunner(this.deps.story.json, {
      presets: { viewpoint: 'halyna', ...this.policy.presets, gentle: this.deps.settings.value.gentle },
      dayVariable: this.policy.dayVariable,
    });
  }

  startNew(): void {
    this.deps.homeSaves?.beforeNewGame(); // issue 18 D2: keep the game being replaced as the backup
    this.showPlay();
    this.guarded(() => {
      // issue 18 D1: the runner is made inside guarded(), so a story that cannot load is handled.
      const runner = this.createRunner();
      this.runner = runner;
      const beat = this.adjusted(runner.start());
      this.view!.show(beat);
      this.afterBeat(beat);
    });
  }

  /** Starts at a day's hub with the given variables (a classroom segment, a rehearsal jump). */
  startAt(checkpoint: DayCheckpoint): void {
    this.showPlay();
    const runner = this.createRunner();
    this.runner = runner;
    this.guarded(() => {
      const beat = this.adjusted(runner.restoreCheckpoint(checkpoint));
      this.view!.show(beat);
      this.afterBeat(beat);
    });
  }

  private adjusted(beat: Beat): Beat {
    return this.policy.adjustBeat ? this.policy.adjustBeat(beat, this) : beat;
  }

  continueSaved(): void {
    const parsed = this.deps.saves.read();
    if (!parsed || !parsed.ok) {
      this.deps.saves.clear();
      this.showTitle(strings().autosaveProblem);
      return;
    }
    this.showPlay();
    if (!this.restore(parsed.save, false)) {
      this.deps.saves.clear();
      this.showTitle(strings().autosaveProblem); // issue 18 D5: the save is set aside, not "your game goes on"
    }
  }

  private restore(save: import('../engine/index.ts').SaveEnvelope, announce: boolean): boolean {
    const s = strings();
    const runner = this.createRunner();
    try {
      // issue 18 D7: the lines shown come from the story (choice log + ink state), never from the file.
      const restored = checkRestoredTranscript(runner, save, restoreSave(runner, save, this.deps.story.hash));
      this.runner = runner;
      const lines = StoryView.linesFromTranscript(restored.transcript.lines);
      this.view!.show(restored.beat, { lines, screen: restored.transcript.screen });
      this.afterBeat(restored.beat);
      if (restored.method === 'replay') notify(this.status!, s.saveReplayed);
      else if (restored.method === 'checkpoint') notify(this.status!, s.saveCheckpoint);
      else if (announce) notify(this.status!, s.saveLoaded);
      return true;
    } catch (error) {
      if (!(error instanceof StoryRuntimeError)) throw error;
      notify(this.status!, s.saveProblems.unrestorable, 'problem');
      return false;
    }
  }

  private showPlay(): void {
    const s = strings();
    this.status = el('div', { className: 'status', attrs: { role: 'status' } });
    this.dateLine = el('p', { className: 'date-line', id: 'date-line' });
    const mapHost = el('div', { className: 'map-host', id: 'map-host' }, [el('p', { className: 'map-loading', text: s.mapLoading })]);
    const mapToggle = button(s.mapHide, () => {
      const collapsed = this.mapPane!.classList.toggle('collapsed');
      mapToggle.textContent = collapsed ? s.mapShow : s.mapHide;
      mapToggle.setAttribute('aria-expanded', String(!collapsed));
    }, { className: 'header-button', id: 'toggle-map', attrs: { 'aria-controls': 'map-pane', 'aria-expanded': 'true' } });
    this.mapPane = el('section', { className: 'map-pane', id: 'map-pane', attrs: { 'aria-label': s.map } }, [mapHost]);
    const header = el('header', { className: 'play-header' }, [
      el('div', { className: 'header-identity' }, [
        this.dateLine,
        el('p', { className: 'viewpoint-name', text: s.halynaName }),
      ]),
      el('nav', { className: 'header-actions', attrs: { 'aria-label': s.menu } }, [
        button(s.notes, () => openNotesDrawer(this.content, this.deps.journal.notes, undefined, this.history), { className: 'header-button', id: 'open-notes' }),
        button(s.history.chronicle, () => this.history.chronicle(), { className: 'header-button', id: 'open-chronicle' }),
        mapToggle,
        button(s.settings, () => openSettings(this.deps.settings), { className: 'header-button', id: 'open-settings' }),
        button(s.menu, () => this.openMenu(), { className: 'header-button', id: 'open-menu' }),
      ]),
    ]);
    this.view = null;
    const storyPane = el('main', { className: 'story-pane', id: 'story', attrs: { tabindex: '-1' } });
    const layout = el('div', { className: 'play-layout' }, [this.mapPane, storyPane]);
    const wrapper = el('div', { className: 'play-screen' }, [
      el('a', { className: 'skip-link', attrs: { href: '#story' }, text: s.skipToStory }),
      el('h1', { className: 'visually-hidden', text: `${s.appTitle}: ${s.halynaName}` }),
      header, this.status, layout,
    ]);
    this.screen(wrapper, 'play');
    this.view = new StoryView(this.content, {
      choose: (index) => this.choose(index),
      screenShown: (_screen, lines) => {
        this.showVariables(lines[0]?.variables ?? this.view?.currentBeat?.variables ?? null);
        this.autosave();
        this.policy.screenShown?.(lines, this);
      },
      openNote: (id) => openNotesDrawer(this.content, this.deps.journal.notes, id, this.history),
      noteReached: (id) => { this.deps.journal.unlockNote(id); },
      place: (placeId) => { this.currentPlace = placeId; this.map?.highlight(placeId); },
      markers: (markers) => { this.lastMarkers = markers; this.map?.setMarkers(markers); },
      endPanel: (beat) => this.endPanel(beat),
      keysBlocked: () => dialogOpen(),
      beforeChoose: this.policy.beforeChoose ? (index, beat) => this.policy.beforeChoose!(index, beat, this) : undefined,
    });
    storyPane.append(this.view.element);
  }

  choose(index: number): void {
    const runner = this.runner;
    const view = this.view;
    if (!runner || !view) return;
    const text = view.currentBeat?.choices.find((choice) => choice.index === index)?.text ?? null;
    this.guarded(() => {
      const beat = this.adjusted(runner.choose(index));
      view.show(beat, { echo: text });
      this.afterBeat(beat);
    });
  }

  /** The header date and the map follow the screen being read, not the end of the beat. */
  private showVariables(variables: Valuation | null): void {
    if (!variables) return;
    this.shownVariables = variables;
    this.updateHeader(Number(variables[this.policy.dayVariable] ?? -1));
    this.map?.update(variables);
  }

  private afterBeat(beat: Beat): void {
    if (beat.ending) this.deps.journal.recordEnding(beat.ending);
    this.autosave();
    this.requestMap();
  }

  private updateHeader(day: number): void {
    if (!this.dateLine) return;
    const s = strings();
    const date = calendarDay(day);
    let text = '';
    if (day === 0) text = s.prologue;
    else if (date.isoDate && date.weekday !== null && date.month !== null) {
      text = format(s.dateLine, { weekday: s.weekdays[date.weekday], date: `${date.dayOfMonth} ${s.months[date.month]} ${date.year}`, day });
    }
    this.dateLine.textContent = text;
    this.dateLine.dataset.day = String(day);
  }

  /** Loads the map after the first story text is on screen; the story never waits for it. */
  private requestMap(): void {
    if (this.mapRequested || !this.mapPane || !this.deps.loadMap) return;
    this.mapRequested = true;
    const host = this.mapPane.querySelector<HTMLElement>('.map-host')!;
    const pane = this.mapPane;
    const start = () => {
      this.deps.loadMap!()
        .then(({ mountMap }) => mountMap(host, {
          reducedMotion: this.deps.settings.value.reduceMotion,
          theme: this.deps.settings.value.theme,
          onChoose: (index) => this.view?.take(index),
          onOpenPlace: (placeId) => this.openPlaceNotes(placeId),
        }))
        .then((map) => {
          if (!pane.isConnected) { map.destroy(); return; }
          host.querySelector('.map-loading')?.remove();
          this.map = map;
          // Settings may have changed while the map was loading.
          map.setReducedMotion(this.deps.settings.value.reduceMotion);
          map.setTheme(this.deps.settings.value.theme);
          if (this.shownVariables) map.update(this.shownVariables);
          map.highlight(this.currentPlace);
          map.setMarkers(this.lastMarkers);
          this.refreshNotePlaces();
        })
        .catch((error: unknown) => {
          console.warn('Map unavailable:', error);
          host.replaceChildren(el('p', { className: 'map-unavailable', text: strings().mapUnavailable }));
        });
    };
    // Let the browser paint the first text before the map's large module is fetched and parsed.
    requestAnimationFrame(() => setTimeout(start, 0));
  }

  private refreshNotePlaces(): void {
    if (!this.map) return;
    const places = new Set<string>();
    for (const id of this.deps.journal.notes) {
      const place = this.content.notes.get(id)?.place;
      if (place) places.add(place);
    }
    this.map.setNotePlaces([...places]);
  }

  private openPlaceNotes(placeId: string): void {
    const ids = this.deps.journal.notes.filter((id) => this.content.notes.get(id)?.place === placeId);
    openNotesDrawer(this.content, ids.length ? ids : this.deps.journal.notes, ids[0], this.history);
  }

  /** Autosave once the new screen is painted: a choice never waits for serialising the save. */
  private autosave(): void {
    if (!this.policy.saves || this.autosavePending) return;
    this.autosavePending = true;
    setTimeout(() => this.flushAutosave(), 0);
  }

  private flushAutosave(): void {
    if (!this.autosavePending) return;
    this.autosavePending = false;
    if (!this.runner || !this.view?.currentBeat || !this.view.element.isConnected) return;
    this.deps.saves.write(this.currentSave());
  }

  private currentSave(): import('../engine/index.ts').SaveEnvelope {
    const lines = this.view!.allLines().map((line) => ({ text: line.text, tags: line.rawTags, ...(line.variables ? { variables: line.variables } : {}) }));
    return createSave(this.runner!, { storyHash: this.deps.story.hash, viewpoint: 'halyna' }, { lines, screen: this.view!.currentScreen }, this.deps.clock);
  }

  private endPanel(beat: Beat): HTMLElement {
    const s = strings();
    const panel = el('div', { className: 'end-panel' });
    if (beat.toBeContinued) {
      panel.append(el('h2', { text: s.toBeContinued }), el('p', { text: s.toBeContinuedBody }));
    } else {
      panel.append(el('h2', { text: s.theEnd }));
    }
    // A save restored at the end has the ending in its transcript, not in the beat.
    const endingShown = beat.ending ?? this.view?.allLines().find((line) => line.tags.ending)?.tags.ending ?? null;
    const actions = el('div', { className: 'button-row' }, [
      endingShown ? button(s.history.pathTitle, () => this.history.yourPath(this.runner?.choiceLog ?? []), { className: 'secondary', id: 'your-path' }) : null,
      button(s.notes, () => openNotesDrawer(this.content, this.deps.journal.notes, undefined, this.history), { className: 'secondary' }),
      button(s.toTitle, () => this.showTitle(), { className: 'primary', id: 'end-to-title' }),
    ]);
    panel.append(actions);
    this.policy.extendEndPanel?.(panel, beat, this);
    return panel;
  }

  private guarded(action: () => void): void {
    try {
      action();
    } catch (error) {
      if (!(error instanceof StoryRuntimeError)) throw error;
      console.error(error);
      this.showStoryError();
    }
  }

  private showStoryError(): void {
    const s = strings();
    const checkpoint = this.runner?.checkpoint ?? null;
    const actions = [
      ...(checkpoint ? [{ label: s.storyErrorCheckpoint, run: () => this.guarded(() => {
        const beat = this.adjusted(this.runner!.restoreCheckpoint(checkpoint, this.runner!.choiceLog));
        this.view!.show(beat);
        this.afterBeat(beat);
      }) }] : []),
      { label: s.storyErrorRestart, run: () => this.startNew() },
    ];
    this.view?.showError(s.storyErrorTitle, s.storyErrorBody, actions);
  }

  private openMenu(): void {
    const s = strings();
    openDialog(s.menu, (body, close) => {
      const fileInput = el('input', { className: 'visually-hidden', id: 'import-save', attrs: { type: 'file', accept: '.json,application/json', 'aria-label': s.loadFromFile } });
      fileInput.addEventListener('change', () => {
        const file = fileInput.files?.[0];
        if (!file) return;
        close();
        void this.importSave(file);
      });
      body.append(el('div', { className: 'menu-actions' }, [
        this.policy.saves ? button(s.saveToFile, () => { this.exportSave(); close(); }, { className: 'secondary', id: 'export-save' }) : null,
        this.policy.saves ? button(s.loadFromFile, () => fileInput.click(), { className: 'secondary', id: 'load-save' }) : null,
        this.policy.saves ? fileInput : null,
        ...(this.policy.saves ? this.deps.homeSaves?.menuActions(this, close) ?? [] : []), // issue 18: Saves (slots)
        button(s.history.glossaryTitle, () => this.history.glossary(), { className: 'secondary', id: 'menu-glossary' }),
        button(s.history.disputesTitle, () => this.history.disputes(), { className: 'secondary', id: 'menu-disputes' }),
        button(s.aboutSources, () => openAbout(this.content, this.history), { className: 'secondary' }),
        button(s.toTitle, () => { close(); this.showTitle(); }, { className: 'secondary', id: 'menu-to-title' }),
      ]));
    }, { className: 'menu-dialog' });
  }

  /** issue 18 (SaveHost for src/ui/saves): the game on screen as a save, or null. */
  currentSaveOrNull(): import('../engine/index.ts').SaveEnvelope | null {
    return this.runner && this.view?.currentBeat && this.view.element.isConnected ? this.currentSave() : null;
  }

  /** issue 18 (SaveHost): opens a save from a slot; a save that cannot be restored leaves play as it was. */
  openSave(save: import('../engine/index.ts').SaveEnvelope): void {
    this.showPlay();
    if (!this.restore(save, true)) this.showTitle(strings().saveProblems.unrestorable);
  }

  exportSave(): void {
    if (!this.runner || !this.view) return;
    const save = this.currentSave();
    const blob = new Blob([JSON.stringify(save, null, 1)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = el('a', { attrs: { href: url, download: `kengir-save-day-${this.runner.day}.json` } });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    notify(this.status!, strings().saveExported);
  }

  async importSave(file: File): Promise<void> {
    const s = strings();
    let text = '';
    try {
      text = file.size > 2_000_000 ? '' : await file.text();
    } catch {
      text = '';
    }
    const parsed = file.size > 2_000_000 ? { ok: false as const, problem: 'too_large', detail: '' } : parseSave(text);
    if (!parsed.ok) {
      notify(this.status!, s.saveProblems[parsed.problem] ?? s.saveProblems.invalid, 'problem');
      this.view?.element.querySelector<HTMLElement>('.choices button, .continue')?.focus({ preventScroll: true });
      return;
    }
    this.restore(parsed.save, true);
  }
}
