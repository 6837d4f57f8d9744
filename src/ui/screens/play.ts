// The play screen: the header (date, viewpoint, menu buttons, undo), the map pane (loaded after
// the first text) and the story pane with its StoryView. It shows what the session says and
// sends the player's intents back through `PlayIntents`; it never touches ink.
import type { Content } from '../../content/registry.ts';
import { calendarDay, type SettingsStore, type Valuation } from '../../engine/index.ts';
import type { MapMarker, MapOptions, MapView } from '../../map/types.ts';
import type { ModePolicy } from '../../modes/policy.ts';
import type { ScreenFacts, SoundController, SoundSettings } from '../../sound/index.ts';
import type { Viewpoint } from '../../viewpoints/registry.ts';
import { button, el } from '../dom.ts';
import type { HistoryLayer } from '../history/index.ts';
import { openNotesDrawer } from '../historyViews.ts';
import type { Journal } from '../journal.ts';
import { openSettings } from '../settingsView.ts';
import { ProgressStrip } from '../progressStrip.ts';
import { fitPlayLayout } from '../playLayout.ts';
import '../styles/layout.css';
import { setStaticPlanTheme, staticPlan } from '../staticPlan.ts';
import { StoryView, type ShownLine, type StoryViewHooks } from '../storyView.ts';
import { format, strings } from '../strings.ts';
import { viewpointText } from './viewpoint.ts';

export type LoadMap = () => Promise<{ mountMap: (container: HTMLElement, options: MapOptions) => Promise<MapView> }>;

export type LoadSound = () => Promise<{ createSound: (settings: SoundSettings) => SoundController }>;

/** The sound module is its own chunk, fetched after the first story text (src/sound). */
const loadSoundModule: LoadSound = () => import('../../sound/index.ts');

export interface PlayScreenDeps {
  content: Content;
  settings: SettingsStore;
  journal: Journal;
  history: HistoryLayer;
  viewpoint: Viewpoint;
  policy: ModePolicy;
  dayVariable: string;
  loadMap?: LoadMap;
  /** Loads the sound module (dynamic import); tests may swap it. */
  loadSound?: LoadSound;
  openMenu(): void;
  undo(): void;
  /** Opens the read-back of the path so far; absent where a mode offers none. */
  readBack?(): void;
  /** The story view's hooks that belong to the app (choosing, the screen shown, the end panel). */
  view: Pick<StoryViewHooks, 'choose' | 'screenShown' | 'endPanel' | 'keysBlocked' | 'choiceKeys' | 'beforeChoose' | 'pausePoint' | 'decorateChoices' | 'beforeContinue'>;
}

export class PlayScreen {
  readonly element: HTMLElement;
  readonly status: HTMLElement;
  readonly view: StoryView;
  private readonly dateLine: HTMLElement;
  private readonly mapPane: HTMLElement;
  private readonly undoButton: HTMLButtonElement | null;
  private map: MapView | null = null;
  private mapRequested = false;
  private currentPlace: string | null = null;
  private lastMarkers: MapMarker[] = [];
  private shownVariables: Valuation | null = null;
  private readonly header: HTMLElement;
  private readonly identity: HTMLElement;
  private readonly actions: HTMLElement;
  private readonly slots = new Map<string, HTMLElement>();
  private readonly progress = new ProgressStrip();
  private sound: SoundController | null = null;
  private soundRequested = false;
  private soundFacts: ScreenFacts | null = null;
  private destroyed = false;
  private readonly stopSettings: () => void;
  private readonly stopLayout: () => void;

  constructor(private readonly deps: PlayScreenDeps) {
    const s = strings();
    const name = viewpointText(deps.viewpoint, 'name');
    this.status = el('div', { className: 'status', attrs: { role: 'status' } });
    this.dateLine = el('p', { className: 'date-line', id: 'date-line' });
    const mapHost = el('div', { className: 'map-host', id: 'map-host' }, [staticPlan(deps.settings.value.theme === 'contrast' ? 'contrast' : 'paper'), el('p', { className: 'map-loading', text: s.mapLoading })]);
    this.mapPane = el('section', { className: 'map-pane', id: 'map-pane', attrs: { 'aria-label': s.map } }, [mapHost]);
    const showMap = (shown: boolean) => {
      this.mapPane.classList.toggle('collapsed', !shown);
      mapToggle.textContent = shown ? s.mapHide : s.mapShow;
      mapToggle.setAttribute('aria-expanded', String(shown));
    };
    const mapToggle = button(s.mapHide, () => showMap(this.mapPane.classList.contains('collapsed')), {
      className: 'header-button', id: 'toggle-map', attrs: { 'aria-controls': 'map-pane', 'aria-expanded': 'true' },
    });
    this.undoButton = deps.policy.undo
      ? button(deps.policy.undo === 'back' ? s.back : s.undoLastChoice, () => deps.undo(), {
        className: 'header-button', id: 'undo-choice', attrs: { 'aria-keyshortcuts': s.undoKeyHint, disabled: true },
      })
      : null;
    this.identity = el('div', { className: 'header-identity' }, [this.dateLine, el('p', { className: 'viewpoint-name', text: name })]);
    this.actions = el('nav', { className: 'header-actions', attrs: { 'aria-label': s.menu } }, [
        this.undoButton,
        deps.readBack ? button(s.readBack.open, () => deps.readBack?.(), { className: 'header-button', id: 'open-readback' }) : null,
        button(s.notes, () => this.openNotes(), { className: 'header-button', id: 'open-notes' }),
        button(s.history.chronicle, () => deps.history.chronicle(), { className: 'header-button', id: 'open-chronicle' }),
        mapToggle,
        this.soundButton(),
        button(s.settings, () => openSettings(deps.settings), { className: 'header-button', id: 'open-settings' }),
        button(s.menu, () => deps.openMenu(), { className: 'header-button', id: 'open-menu' }),
    ]);
    const header = el('header', { className: 'play-header' }, [this.identity, this.actions, this.progress.element]);
    this.header = header;
    // The page's heading sits inside the story's landmark (WCAG 1.3.1; axe best practice).
    const storyPane = el('main', { className: 'story-pane', id: 'story', attrs: { tabindex: '-1' } }, [
      el('h1', { className: 'visually-hidden', text: `${s.appTitle}: ${name}` }),
    ]);
    this.element = el('div', { className: 'play-screen' }, [
      el('a', { className: 'skip-link', attrs: { href: '#story' }, text: s.skipToStory }),
      header, this.status, // The story comes first in the tab order; the CSS puts the map beside or above it.
      el('div', { className: 'play-layout' }, [storyPane, this.mapPane]),
    ]);
    this.view = new StoryView(deps.content, {
      ...deps.view,
      choose: (index) => { this.sound?.tick(); deps.view.choose(index); },
      screenShown: (screen, lines) => {
        deps.view.screenShown(screen, lines);
        this.showToSound(screen, lines);
      },
      openNote: (id) => this.openNotes(id),
      openDocument: deps.history.documents ? (id) => deps.history.documents?.(id) : undefined,
      place: (placeId) => { this.currentPlace = placeId; this.map?.highlight(placeId); },
      markers: (markers) => { this.lastMarkers = markers; this.map?.setMarkers(markers); },
      keyMap: deps.policy.undo ? { u: () => deps.undo(), U: () => deps.undo() } : {},
      dayOf: (line) => {
        const day = line.variables?.[deps.dayVariable];
        return typeof day === 'number' ? day : null;
      },
    });
    storyPane.append(this.view.element);
    this.stopLayout = fitPlayLayout({ screen: this.element, header, actions: this.actions, showMap });
    this.stopSettings = deps.settings.subscribe((settings) => this.markSound(settings.sound));
  }

  /** Mute and sound in the header: a toggle button, pressed while sound is on (remembered in settings). */
  private soundButton(): HTMLButtonElement {
    const s = strings();
    const toggle = button(s.sound.button, () => this.deps.settings.update({ sound: !this.deps.settings.value.sound }), {
      className: 'header-button', id: 'toggle-sound', attrs: { 'aria-pressed': String(this.deps.settings.value.sound) },
    });
    return toggle;
  }

  private markSound(on: boolean): void {
    this.element.querySelector('#toggle-sound')?.setAttribute('aria-pressed', String(on));
  }

  /** Tells the sound what the screen shows; Continue (a later screen of the beat) turns a page. */
  private showToSound(screen: number, lines: ShownLine[]): void {
    let place: string | null = null;
    const contentNotes: string[] = [];
    for (const line of lines) {
      if (line.tags.place) place = line.tags.place;
      contentNotes.push(...line.tags.contentNotes);
    }
    const variables = lines[0]?.variables ?? null;
    const day = variables?.[this.deps.dayVariable];
    this.soundFacts = { variables, place, contentNotes, day: typeof day === 'number' ? day : null };
    this.sound?.show(this.soundFacts);
    if (screen > 0) this.sound?.pageTurn();
    this.requestSound();
  }

  /** Loads the sound after the first story text is on screen, as the map is loaded. */
  private requestSound(): void {
    if (this.soundRequested) return;
    this.soundRequested = true;
    const load = this.deps.loadSound ?? loadSoundModule;
    requestAnimationFrame(() => setTimeout(() => {
      load()
        .then(({ createSound }) => {
          if (this.destroyed) return;
          this.sound = createSound(this.deps.settings);
          this.element.dataset.sound = 'loaded'; // For tests: the module is in, waiting for a gesture.
          if (this.soundFacts) this.sound.show(this.soundFacts);
        })
        .catch((error: unknown) => console.warn('Sound unavailable:', error));
    }, 0));
  }

  /**
   * The header's slots for a mode: a badge under the viewpoint's name, an action before the
   * header buttons, a bar under the header. Setting a slot again replaces what it held.
   */
  setHeaderSlot(slot: 'badge' | 'action' | 'bar', element: HTMLElement | null): void {
    const previous = this.slots.get(slot);
    if (previous === element) return;
    previous?.remove();
    this.slots.delete(slot);
    if (!element) return;
    this.slots.set(slot, element);
    if (slot === 'badge') this.identity.append(element);
    else if (slot === 'action') this.actions.prepend(element);
    else this.header.after(element);
  }

  hasHeaderSlot(slot: 'badge' | 'action' | 'bar'): boolean { return this.slots.has(slot); }

  destroy(): void {
    this.destroyed = true;
    this.stopSettings();
    this.stopLayout();
    this.sound?.destroy();
    this.sound = null;
    this.view.destroy();
    this.map?.destroy();
    this.map = null;
  }

  setUndoAvailable(steps: number): void {
    if (!this.undoButton) return;
    this.undoButton.disabled = steps === 0;
  }

  /** The header date and the map follow the screen being read, not the end of the beat. */
  showVariables(variables: Valuation | null): void {
    if (!variables) return;
    this.shownVariables = variables;
    this.updateHeader(Number(variables[this.deps.dayVariable] ?? -1));
    this.map?.update(variables);
  }

  setNotePlaces(): void {
    if (!this.map) return;
    // Once per note: the map groups them by zone and shows how many (src/map/markerLayout.ts).
    const places: string[] = [];
    for (const id of this.deps.journal.notes) {
      const place = this.deps.content.notes.get(id)?.place;
      if (place) places.push(place);
    }
    this.map.setNotePlaces(places);
  }

  setReducedMotion(value: boolean): void { this.map?.setReducedMotion(value); }
  setTheme(theme: Parameters<MapView['setTheme']>[0]): void {
    setStaticPlanTheme(this.mapPane, theme);
    this.map?.setTheme(theme);
  }

  /** Loads the map after the first story text is on screen; the story never waits for it. */
  requestMap(): void {
    if (this.mapRequested || !this.deps.loadMap) return;
    this.mapRequested = true;
    const host = this.mapPane.querySelector<HTMLElement>('.map-host')!;
    const { settings } = this.deps;
    const start = () => {
      this.deps.loadMap!()
        .then(({ mountMap }) => mountMap(host, {
          reducedMotion: settings.value.reduceMotion,
          theme: settings.value.theme,
          onChoose: (index) => this.view.take(index),
          onOpenPlace: (placeId) => this.openPlaceNotes([placeId]),
          onOpenPlaces: (placeIds) => this.openPlaceNotes(placeIds),
        }))
        .then((map) => {
          if (!this.mapPane.isConnected) { map.destroy(); return; }
          host.querySelector('.map-loading')?.remove();
          this.map = map;
          // Settings may have changed while the map was loading.
          map.setReducedMotion(settings.value.reduceMotion);
          map.setTheme(settings.value.theme);
          if (this.shownVariables) map.update(this.shownVariables);
          map.highlight(this.currentPlace);
          map.setMarkers(this.lastMarkers);
          this.setNotePlaces();
        })
        .catch((error: unknown) => {
          console.warn('Map unavailable:', error);
          // The static plan stays: the pane is never blank.
          host.replaceChildren(...host.querySelectorAll('.map-static'), el('p', { className: 'map-unavailable', text: strings().mapUnavailable }));
        });
    };
    // Let the browser paint the first text before the map's large module is fetched and parsed.
    requestAnimationFrame(() => setTimeout(start, 0));
  }

  private updateHeader(day: number): void {
    const s = strings();
    const date = calendarDay(day);
    let text = '';
    if (day === 0) text = s.prologue;
    else if (date.isoDate && date.weekday !== null && date.month !== null) {
      text = format(s.dateLine, { weekday: s.weekdays[date.weekday], date: `${date.dayOfMonth} ${s.months[date.month]} ${date.year}`, day });
    }
    // Most choices stay on the same day: rewriting the same header would only dirty its style.
    if (this.dateLine.dataset.day === String(day) && this.dateLine.textContent === text) return;
    this.dateLine.textContent = text;
    this.dateLine.dataset.day = String(day);
    this.progress.show(day);
  }

  private openNotes(id?: string): void {
    openNotesDrawer(this.deps.content, this.deps.journal.notes, id, this.deps.history);
  }

  private openPlaceNotes(placeIds: string[]): void {
    const ids = this.deps.journal.notes.filter((id) => placeIds.includes(this.deps.content.notes.get(id)?.place ?? ''));
    openNotesDrawer(this.deps.content, ids.length ? ids : this.deps.journal.notes, ids[0], this.deps.history);
  }
}
