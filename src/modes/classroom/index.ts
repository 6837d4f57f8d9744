// Classroom mode (`?mode=classroom`): the teacher projects the game and drives it; the class reads
// together, discusses at pause points and votes at choices; a debrief and a teacher guide print.
//
// start screen ──► lesson (a GameApp with the classroom policy, from a segment's start state)
//    ▲   │              pause cards at `# discuss:` · class votes at choices · stops at the
//    │   ▼              segment's last day ──► debrief (print, download)
//    └── teacher guide, rehearsal (every choice previewed, jump to any day, every endnote)
//
// This file swaps the screens and wires the parts: startScreen.ts, lessonFlow.ts (the policy,
// with pausePoints.ts and votes.ts), presenterKeys.ts, pageScreens.ts (debrief and guide).
// No accounts, nothing sent: settings and the journal live in memory, the lesson record in
// sessionStorage (gone when the tab closes).
import type { Content } from '../../content/registry.ts';
import { defaultSettings, MemoryStorage, SaveSlot, SettingsStore, systemClock, type Beat, type KeyValueStorage } from '../../engine/index.ts';
import { historyText, storyText, storyTranslation, type StoryTranslation } from '../../engine/storyLanguage.ts';
import { GameApp, type StoryData } from '../../ui/app.ts';
import { openNotesDrawer } from '../../ui/historyViews.ts';
import { Journal } from '../../ui/journal.ts';
import { debriefPage } from './debrief.ts';
import { teacherGuide } from './guide.ts';
import type { LessonRecord } from './lesson.ts';
import { LessonFlow } from './lessonFlow.ts';
import { debriefScreen, guideScreen } from './pageScreens.ts';
import { readPlan, savePlan, tabStorage, type Plan } from './plan.ts';
import { presenterKeyHandler } from './presenterKeys.ts';
import { classroomLibrary, localizeLibrary, pathOfSegment, type ClassroomData, type ClassroomLibrary } from './segments.ts';
import { pathName, startScreen } from './startScreen.ts';
import './classroom.css';

type LoadMap = NonNullable<ConstructorParameters<typeof GameApp>[0]['loadMap']>;

export interface ClassroomDeps {
  root: HTMLElement;
  story: StoryData;
  content: Content;
  loadMap?: LoadMap;
  prefersReducedMotion: boolean;
  debug?: boolean;
  /** Where the lesson record is mirrored; the tab's sessionStorage by default. */
  session?: KeyValueStorage;
}

export class ClassroomMode {
  /** Every path the classroom plays, in English; `library` shows it in the active language. */
  private readonly englishLibrary: ClassroomLibrary;
  private localized: { translation: StoryTranslation | null; library: ClassroomLibrary } | null = null;
  readonly app: GameApp;
  private readonly settings: SettingsStore;
  private readonly session: KeyValueStorage;
  private readonly plan: Plan;
  private readonly flow: LessonFlow;
  private readonly onKey: (event: KeyboardEvent) => void;

  constructor(private readonly deps: ClassroomDeps) {
    this.englishLibrary = classroomLibrary();
    this.session = deps.session ?? tabStorage();
    this.settings = new SettingsStore(new MemoryStorage(), { ...defaultSettings(deps.prefersReducedMotion), gentle: true, sound: false });
    this.plan = readPlan(this.session, this.library);
    this.flow = new LessonFlow({
      app: () => this.app, content: deps.content, data: () => this.data, settings: this.settings, session: this.session,
      storyJson: deps.story.json, plan: () => this.plan, playing: () => this.playing(),
      showStart: () => this.showStart(), showDebrief: () => this.showDebrief(), openAllNotes: () => this.openAllNotes(),
    });
    const memory = new MemoryStorage();
    this.app = new GameApp({
      root: deps.root, story: deps.story, content: deps.content, settings: this.settings,
      saves: new SaveSlot(memory), journal: new Journal(memory), clock: systemClock, policy: this.flow.policy(), loadMap: deps.loadMap,
    });
    this.onKey = presenterKeyHandler({
      view: () => this.app.view,
      playing: () => this.playing(),
      pauseWaiting: () => this.flow.pauses.waiting,
      openPause: () => this.flow.pauses.openNext(),
      votesOnNext: () => this.lesson?.method !== 'teacher' && !this.lesson?.rehearsal,
      openVote: () => this.openVote(),
      showDebrief: () => this.showDebrief(),
    });
  }

  get content(): Content { return this.deps.content; }

  /** The lesson being taught, or the last one of this tab (for its debrief). */
  get lesson(): LessonRecord | null { return this.flow.lesson; }

  /** Every path the classroom plays, in the active language (rebuilt when the language changes); the plan's segment says which one is on. */
  get library(): ClassroomLibrary {
    const translation = storyTranslation();
    if (this.localized?.translation !== translation) {
      const library = translation
        ? localizeLibrary(this.englishLibrary, { history: historyText, story: (id, english) => storyText(id, english).text })
        : this.englishLibrary;
      this.localized = { translation, library };
    }
    return this.localized.library;
  }

  /** The path of the chosen segment: its segments, days and key choices. */
  get data(): ClassroomData {
    return pathOfSegment(this.library, this.plan.segment) ?? this.library.paths[0];
  }

  start(): void {
    document.documentElement.dataset.mode = 'classroom';
    window.addEventListener('keydown', this.onKey, true);
    this.showStart();
  }

  stop(): void {
    window.removeEventListener('keydown', this.onKey, true);
    this.app.destroy();
  }

  /** Starts the chosen segment (or, in a rehearsal, any day) from its stored start state. */
  begin(rehearsal: boolean, day?: number): void {
    this.flow.begin(rehearsal, day);
  }

  /** Stops the story at the end of the segment's last day; keeps the rest for "go on". */
  adjustBeat(beat: Beat): Beat {
    return this.flow.adjustBeat(beat);
  }

  openVote(): void {
    this.flow.openVote();
  }

  /** Replaces the page with a classroom screen of our own (the lesson's screen is left). */
  private page(main: HTMLElement, name: string): void {
    this.flow.ended();
    this.app.destroy();
    this.deps.root.replaceChildren(main);
    this.deps.root.dataset.screen = name;
    window.scrollTo?.({ top: 0 });
    const heading = main.querySelector<HTMLElement>('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }

  private playing(): boolean {
    return this.deps.root.dataset.screen === 'play';
  }

  showStart(): void {
    const main = startScreen({
      library: this.library,
      plan: this.plan,
      changePlan: (change) => { Object.assign(this.plan, change); savePlan(this.session, this.plan); },
      hasLesson: this.lesson !== null,
      begin: (rehearsal) => this.begin(rehearsal),
      showGuide: () => this.showGuide(),
      openAllNotes: () => this.openAllNotes(),
      showDebrief: () => this.showDebrief(),
    });
    this.page(main, 'classroom-start');
  }

  private openAllNotes(): void {
    openNotesDrawer(this.content, [...this.content.notes.keys()], undefined, this.app.history);
  }

  showDebrief(): void {
    const lesson = this.lesson;
    if (!lesson) { this.showStart(); return; }
    lesson.finished = true;
    this.flow.saveLesson();
    const article = debriefPage(lesson, this.data, this.content);
    this.page(debriefScreen(article, { showGuide: () => this.showGuide(), back: () => this.showStart() }), 'classroom-debrief');
  }

  showGuide(): void {
    const article = teacherGuide(this.library, this.content, pathName);
    this.page(guideScreen(article, { back: () => this.showStart() }), 'classroom-guide');
  }
}

export function startClassroom(deps: ClassroomDeps): ClassroomMode {
  const mode = new ClassroomMode(deps);
  mode.start();
  if (deps.debug) (window as unknown as { __classroom: ClassroomMode }).__classroom = mode;
  return mode;
}
