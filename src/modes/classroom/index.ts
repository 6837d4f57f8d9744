// Classroom mode (`?mode=classroom`): the teacher projects the game and drives it; the class reads
// together, discusses at pause points and votes at choices; a debrief and a teacher guide print.
//
// start screen ──► lesson (a GameApp with the classroom policy, from a segment's start state)
//    ▲   │              pause cards at `# discuss:` · class votes at choices · stops at the
//    │   ▼              segment's last day ──► debrief (print, download)
//    └── teacher guide, rehearsal (every choice previewed, jump to any day, every endnote)
//
// No accounts, nothing sent: settings and the journal live in memory, the lesson record in
// sessionStorage (gone when the tab closes).
import type { Content } from '../../content/registry.ts';
import {
  defaultSettings, MemoryStorage, SafeStorage, SaveSlot, SettingsStore, systemClock,
  type Beat, type KeyValueStorage, type StoryChoice,
} from '../../engine/index.ts';
import { historyText, storyText, storyTranslation, type StoryTranslation } from '../../engine/storyLanguage.ts';
import { GameApp, type StoryData } from '../../ui/app.ts';
import type { EndPanelSlot, ModePolicy, SlotAction } from '../policy.ts';
import { viewpointById } from '../../viewpoints/registry.ts';
import { dialogOpen } from '../../ui/dialogs.ts';
import { button, el } from '../../ui/dom.ts';
import { noteArticle, openNotesDrawer } from '../../ui/historyViews.ts';
import { Journal } from '../../ui/journal.ts';
import { splitScreens, type ShownLine } from '../../ui/storyView.ts';
import { viewpointText } from '../../ui/screens/viewpoint.ts';
import { format, strings } from '../../ui/strings.ts';
import { openCard, openDiscussCard, openHistoryCard, openVoteCard, presenterKey } from './cards.ts';
import { dateOfDay } from './dates.ts';
import { debriefPage } from './debrief.ts';
import { teacherGuide } from './guide.ts';
import { addOnce, loadLesson, newLesson, saveLesson, VOTE_METHODS, type LessonRecord, type VoteMethod } from './lesson.ts';
import { describeChange } from './outcomes.ts';
import { downloadHtml } from './printable.ts';
import { ChoicePreviewer } from './rehearsal.ts';
import { classroomLibrary, dayNote, localizeLibrary, pathOfSegment, segmentOfDay, type ClassroomData, type ClassroomLibrary, type Segment } from './segments.ts';
import { cs } from './strings.ts';
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

interface Plan { segment: string; gentle: boolean; method: VoteMethod }
const PLAN_KEY = 'kengir.classroom.plan.v1';

function tabStorage(): KeyValueStorage {
  try {
    return new SafeStorage(window.sessionStorage, (error) => console.warn('Lesson not kept in this tab:', error));
  } catch {
    return new MemoryStorage();
  }
}

export class ClassroomMode {
  /** Every path the classroom plays, in English; `library` shows it in the active language. */
  private readonly englishLibrary: ClassroomLibrary;
  private localized: { translation: StoryTranslation | null; library: ClassroomLibrary } | null = null;
  readonly app: GameApp;
  private readonly settings: SettingsStore;
  private readonly session: KeyValueStorage;
  private readonly previewer: ChoicePreviewer;
  private plan: Plan;
  lesson: LessonRecord | null = null;
  private segment: Segment | null = null;
  /** The rest of a beat cut at the segment's end, for "go on to the next segment". */
  private rest: Beat | null = null;
  private segmentOver = false;
  /** Prompts whose card has been opened in this lesson, and those waiting on the screen shown. */
  private readonly opened = new Set<string>();
  private pending: string[] = [];
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  /** The pause point this mode put in the story view's slot (removed once every prompt was opened). */
  private pauseElement: HTMLElement | null = null;

  constructor(private readonly deps: ClassroomDeps) {
    this.englishLibrary = classroomLibrary();
    this.session = deps.session ?? tabStorage();
    this.settings = new SettingsStore(new MemoryStorage(), { ...defaultSettings(deps.prefersReducedMotion), gentle: true, sound: false });
    this.plan = this.readPlan();
    this.lesson = loadLesson(this.session);
    const policy: ModePolicy = {
      name: 'classroom', saves: false, presets: {}, historyAllOpen: true, undo: 'back',
      adjustBeat: (beat) => this.adjustBeat(beat),
      beforeChoose: (index, beat) => this.beforeChoose(index, beat),
      screenShown: (lines) => this.screenShown(lines),
      pausePoint: () => this.pausePoint(),
      decorateChoices: () => this.decorateChoices(),
      beforeContinue: () => this.holdForPause(),
      endPanel: (actions) => this.endPanel(actions),
      toTitle: () => { this.showStart(); return true; },
    };
    const memory = new MemoryStorage();
    this.app = new GameApp({
      root: deps.root, story: deps.story, content: deps.content, settings: this.settings,
      saves: new SaveSlot(memory), journal: new Journal(memory), clock: systemClock, policy, loadMap: deps.loadMap,
    });
    this.previewer = new ChoicePreviewer(deps.story.json, () => ({ viewpoint: this.data.viewpoint, gentle: this.settings.value.gentle }));
  }

  get content(): Content { return this.deps.content; }

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

  private readPlan(): Plan {
    const fallback: Plan = { segment: this.library.paths[0].segments[0]?.id ?? '', gentle: true, method: 'hands' };
    try {
      const raw = JSON.parse(this.session.getItem(PLAN_KEY) ?? 'null') as Partial<Plan> | null;
      return {
        segment: raw?.segment && pathOfSegment(this.library, raw.segment) ? raw.segment : fallback.segment,
        gentle: typeof raw?.gentle === 'boolean' ? raw.gentle : fallback.gentle,
        method: VOTE_METHODS.includes(raw?.method as VoteMethod) ? raw!.method! : fallback.method,
      };
    } catch {
      return fallback;
    }
  }

  private savePlan(): void {
    this.session.setItem(PLAN_KEY, JSON.stringify(this.plan));
  }

  private saveLesson(): void {
    if (this.lesson) saveLesson(this.session, this.lesson);
  }

  /** Replaces the page with a classroom screen of our own. */
  private page(main: HTMLElement, name: string): void {
    this.app.destroy();
    this.rest = null;
    this.deps.root.replaceChildren(main);
    this.deps.root.dataset.screen = name;
    window.scrollTo?.({ top: 0 });
    const heading = main.querySelector<HTMLElement>('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }

  // ---- the start screen ----

  showStart(): void {
    const s = cs();
    const segmentItems = (path: ClassroomData) => path.segments.map((segment) => {
      const id = `segment-${segment.id}`;
      const input = el('input', { id, attrs: { type: 'radio', name: 'segment', value: segment.id, checked: segment.id === this.plan.segment, 'aria-describedby': `${id}-details` } });
      input.addEventListener('change', () => { if (input.checked) { this.plan.segment = segment.id; this.savePlan(); } });
      const kinds = segment.contentKinds.map((kind) => strings().cnKinds[kind] ?? kind);
      return el('li', { className: 'segment-option' }, [
        input,
        el('label', { attrs: { for: id } }, [
          el('span', { className: 'segment-number', text: format(s.segmentNumber, { number: segment.number }) }), ' ',
          el('span', { className: 'segment-title', text: segment.title }),
        ]),
        el('div', { className: 'segment-details', id: `${id}-details` }, [
          el('p', { className: 'segment-meta', text: format(s.segmentMeta, { dates: segment.dates, from: segment.from, to: segment.to, reading: Math.round(segment.readingMinutes), lesson: segment.lessonMinutes }) }),
          el('p', { className: 'segment-summary', text: segment.summary.join(' ') }),
          el('p', { className: 'segment-focus' }, [el('strong', { text: `${s.focus}: ` }), segment.focus]),
          el('p', { className: 'segment-cn' }, [el('strong', { text: `${s.contentNotes}: ` }), segment.contentNotes.length ? segment.contentNotes.join(' ') : s.noContentNotes, kinds.length ? ` (${kinds.join(', ')})` : '']),
        ]),
      ]);
    });
    const gentle = el('input', { id: 'classroom-gentle', attrs: { type: 'checkbox', checked: this.plan.gentle, 'aria-describedby': 'classroom-gentle-help' } });
    gentle.addEventListener('change', () => { this.plan.gentle = gentle.checked; this.savePlan(); });
    const methods = VOTE_METHODS.map((method) => {
      const id = `vote-method-${method}`;
      const input = el('input', { id, attrs: { type: 'radio', name: 'vote-method', value: method, checked: method === this.plan.method } });
      input.addEventListener('change', () => { if (input.checked) { this.plan.method = method; this.savePlan(); } });
      return el('div', { className: 'radio' }, [input, el('label', { attrs: { for: id }, text: s.voteMethods[method] })]);
    });
    const main = el('main', { className: 'classroom-start', id: 'main' }, [
      el('header', { className: 'classroom-start-header' }, [
        el('p', { className: 'title-kicker', text: `${strings().appTitle} · ${s.kicker}` }),
        el('h1', { text: s.startTitle }),
        el('p', { className: 'lead', text: s.startIntro }),
        el('p', { className: 'content-note', attrs: { role: 'note' }, text: strings().contentNote }),
      ]),
      el('div', { className: 'classroom-start-body' }, [
        el('fieldset', { className: 'segment-picker' }, [
          el('legend', { text: s.segmentsLegend }),
          ...this.library.paths.flatMap((path) => {
            const headingId = `segment-path-${path.viewpoint}`;
            return [
              el('h2', { className: 'segment-path', id: headingId, text: format(s.pathHeading, { name: this.pathName(path) }) }),
              el('ol', { className: 'segment-list', dataset: { viewpoint: path.viewpoint }, attrs: { 'aria-labelledby': headingId } }, segmentItems(path)),
            ];
          }),
        ]),
        el('div', { className: 'classroom-options' }, [
          el('fieldset', { className: 'setting' }, [
            el('legend', { text: s.optionsLegend }),
            el('div', { className: 'setting checkbox' }, [gentle, el('label', { attrs: { for: 'classroom-gentle' }, text: s.gentle }), el('p', { className: 'setting-help', id: 'classroom-gentle-help', text: s.gentleHelp })]),
          ]),
          el('fieldset', { className: 'setting vote-methods' }, [el('legend', { text: s.votesLegend }), ...methods]),
          el('div', { className: 'classroom-actions' }, [
            button(s.startLesson, () => this.begin(false), { className: 'primary', id: 'start-lesson' }),
            button(s.rehearse, () => this.begin(true), { className: 'secondary', id: 'rehearse' }),
            button(s.teacherGuide, () => this.showGuide(), { className: 'secondary', id: 'open-guide' }),
            button(s.allNotes, () => this.openAllNotes(), { className: 'secondary', id: 'all-notes' }),
            this.lesson ? button(s.lastDebrief, () => this.showDebrief(), { className: 'tertiary', id: 'last-debrief' }) : null,
          ]),
          el('p', { className: 'privacy-note', text: s.privacy }),
        ]),
      ]),
    ]);
    this.lessonEnded();
    this.page(main, 'classroom-start');
  }

  /** The person whose path a segment list plays: "Halyna Savchuk". */
  private pathName(path: ClassroomData): string {
    const viewpoint = viewpointById(path.viewpoint);
    return viewpoint ? viewpointText(viewpoint, 'name') : path.viewpoint;
  }

  private lessonEnded(): void {
    this.segment = null;
    this.segmentOver = false;
    this.pending = [];
  }

  private openAllNotes(): void {
    openNotesDrawer(this.content, [...this.content.notes.keys()], undefined, this.app.history);
  }

  // ---- a lesson ----

  /** Starts the chosen segment (or, in a rehearsal, any day) from its stored start state. */
  begin(rehearsal: boolean, day?: number): void {
    const chosen = this.data.segments.find((segment) => segment.id === this.plan.segment) ?? this.data.segments[0];
    const startDay = day ?? chosen.from;
    const segment = segmentOfDay(this.data, startDay) ?? chosen;
    const dayData = this.data.days.find((entry) => entry.day === startDay);
    if (!dayData) return;
    this.settings.update({ gentle: this.plan.gentle });
    this.lesson = newLesson(segment.id, startDay, { gentle: this.plan.gentle, method: this.plan.method, rehearsal });
    this.segment = segment;
    this.segmentOver = false;
    this.rest = null;
    this.opened.clear();
    this.pending = [];
    this.saveLesson();
    this.app.startAt({ hub: dayData.hub, day: startDay, variables: dayData.state }, viewpointById(this.data.viewpoint) ?? undefined);
    this.decorateHeader();
  }

  private decorateHeader(): void {
    const s = cs();
    const play = this.app.playScreen;
    if (!play || !this.segment || !this.lesson) return;
    play.setHeaderSlot('badge', el('p', { className: 'segment-badge', text: format(s.segmentBadge, { number: this.segment.number, title: this.segment.title }) }));
    if (!play.hasHeaderSlot('action')) play.setHeaderSlot('action', button(s.endLesson, () => this.showDebrief(), { className: 'header-button', id: 'end-lesson' }));
    if (this.lesson.rehearsal && !play.hasHeaderSlot('bar')) {
      const select = el('select', { id: 'rehearsal-day' }, this.data.days.map((day) => el('option', {
        attrs: { value: String(day.day), selected: day.day === this.lesson?.firstDay },
        text: day.day === 0 ? s.prologueOption : format(s.dayOption, { day: day.day, date: dateOfDay(day.day) }),
      })));
      play.setHeaderSlot('bar', el('section', { className: 'rehearsal-bar', attrs: { 'aria-labelledby': 'rehearsal-heading' } }, [
        el('h2', { id: 'rehearsal-heading', className: 'rehearsal-heading', text: s.rehearsalTitle }),
        el('p', { className: 'rehearsal-intro', text: s.rehearsalIntro }),
        el('div', { className: 'rehearsal-tools' }, [
          el('label', { attrs: { for: 'rehearsal-day' }, text: s.jumpToDay }), select,
          button(s.jump, () => this.begin(true, Number(select.value)), { className: 'secondary', id: 'rehearsal-jump' }),
          button(s.allNotes, () => this.openAllNotes(), { className: 'secondary', id: 'rehearsal-notes' }),
        ]),
      ]));
    }
  }

  /** Stops the story at the end of the segment's last day; keeps the rest for "go on". */
  adjustBeat(beat: Beat): Beat {
    if (!this.lesson || !this.segment) return beat;
    const cut = beat.lines.findIndex((line) => Number(line.variables.day) > this.segment!.to);
    if (cut < 0) {
      if (beat.ending) this.lesson.ending = beat.ending;
      if (beat.ended) this.lesson.finished = true;
      this.saveLesson();
      return beat;
    }
    this.rest = { ...beat, lines: beat.lines.slice(cut) };
    this.segmentOver = true;
    this.lesson.finished = true;
    this.saveLesson();
    return { ...beat, lines: beat.lines.slice(0, cut), choices: [], ending: null, toBeContinued: false, ended: true };
  }

  private goOn(): void {
    const rest = this.rest;
    const next = this.segment ? this.data.segments.find((segment) => segment.number === this.segment!.number + 1) : undefined;
    if (!rest || !next || !this.lesson || !this.app.view) return;
    this.rest = null;
    this.segmentOver = false;
    this.segment = next;
    this.lesson.finished = false;
    addOnce(this.lesson.segments, next.id);
    this.saveLesson();
    this.decorateHeader();
    this.app.session?.showBeat(this.adjustBeat(rest));
  }

  private screenShown(lines: ShownLine[]): void {
    const lesson = this.lesson;
    if (!lesson) return;
    for (const line of lines) {
      const day = Number(line.variables?.day ?? NaN);
      if (Number.isFinite(day) && day > lesson.lastDay) lesson.lastDay = day;
      for (const id of line.tags.notes) if (this.content.notes.has(id)) addOnce(lesson.notes, id);
    }
    const prompts = [...new Set(lines.flatMap((line) => line.tags.discuss))].filter((id) => this.content.prompts.has(id));
    for (const id of prompts) addOnce(lesson.prompts, id);
    this.pending = prompts.filter((id) => !this.opened.has(id));
    this.saveLesson();
  }

  /** The story view's pause-point slot: a "pause and discuss" button while prompts wait. */
  private pausePoint(): HTMLElement | null {
    this.pauseElement = this.pending.length
      ? el('p', { className: 'pause-point' }, [
        button(cs().pauseButton, () => this.openDiscussion(), { className: 'primary pause-button', id: 'pause-discuss', attrs: { 'aria-keyshortcuts': 'PageDown' } }),
      ])
      : null;
    return this.pauseElement;
  }

  /** Continue waits while a pause point has not been opened. */
  private holdForPause(): boolean {
    if (!this.pending.length || !this.playing()) return false;
    this.openDiscussion();
    return true;
  }

  /** The story view's choice slot: previews of where each choice leads (rehearsal), or the vote bar. */
  private decorateChoices(): { before?: HTMLElement | null; after?: HTMLElement | null } {
    const s = cs();
    if (this.lesson?.rehearsal) {
      const runner = this.app.runner;
      if (!runner) return {};
      const previews = this.previewer.preview(runner);
      return { after: el('section', { className: 'rehearsal-previews', attrs: { 'aria-labelledby': 'previews-heading' } }, [
        el('h2', { id: 'previews-heading', text: s.leadsTo }),
        el('ol', {}, previews.map((preview) => el('li', { dataset: { choiceIndex: String(preview.index) } }, [
          el('p', { className: 'preview-choice', text: preview.text }),
          el('p', { className: 'preview-leads' }, [el('strong', { text: `${s.leadsTo}: ` }), preview.leadsTo ?? s.previewUnavailable]),
          el('p', { className: 'preview-changes' }, [el('strong', { text: `${s.changes}: ` }), preview.changes.length ? preview.changes.map((change) => describeChange(change, { variables: s.storyVariables, values: s.storyValues })).join('; ') : s.noChanges]),
        ]))),
      ]) };
    }
    if (this.lesson?.method === 'teacher') return {};
    const open = button(s.openVote, () => this.openVote(), { className: 'primary open-vote', id: 'open-vote', attrs: { 'aria-keyshortcuts': 'V PageDown' } });
    open.append(el('span', { className: 'key-hint', attrs: { 'aria-hidden': 'true' }, text: s.openVoteHint }));
    return { before: el('div', { className: 'vote-bar' }, [open]) };
  }

  private openDiscussion(): void {
    const id = this.pending[0];
    if (!id) return;
    this.opened.add(id);
    this.pending = this.pending.slice(1);
    if (!this.pending.length) { this.pauseElement?.remove(); this.pauseElement = null; }
    openDiscussCard(id, this.content, {
      onReveal: (promptId) => { if (this.lesson) { addOnce(this.lesson.revealed, promptId); this.saveLesson(); } },
      onClose: () => this.app.view?.focusControls(),
    });
  }

  /** The last line of the screen shown: what the class read just before the choice. */
  private context(): string {
    const view = this.app.view;
    if (!view) return '';
    const screen = splitScreens(view.allLines())[view.currentScreen] ?? [];
    return screen.at(-1)?.text ?? '';
  }

  private momentOf(choice: StoryChoice, beat: Beat): string | null {
    return choice.tags.history[0] ?? beat.choices.flatMap((candidate) => candidate.tags.history)[0] ?? null;
  }

  /** The endnote of the scene (the last one its lines reached), or the day's first. */
  private sceneNote(beat: Beat): string | null {
    const lines = this.app.view?.allLines() ?? beat.lines;
    const notes = lines.flatMap((line) => line.tags.notes).filter((id) => this.content.notes.has(id));
    return notes.at(-1) ?? dayNote(this.data, this.content, this.app.runner?.day ?? -1);
  }

  /** What prisoners actually did at this point, with its source; or that the choice is the viewpoint's own. */
  private historyFor(choice: StoryChoice, beat: Beat): HTMLElement {
    const s = cs();
    const momentId = this.momentOf(choice, beat);
    const moment = momentId ? this.content.moments.get(momentId) : undefined;
    const section = el('section', { className: 'history-panel', attrs: { 'aria-labelledby': 'history-heading' } }, [el('h3', { id: 'history-heading', text: s.whatPrisonersDid })]);
    if (moment) {
      const note = this.content.notes.get(moment.note);
      section.append(el('p', { className: 'moment-title', text: moment.moment }), el('p', { className: 'moment-text', text: moment.whatPrisonersDid }), note ? noteArticle(note, this.content, 'h4') : '');
      return section;
    }
    const noteId = this.sceneNote(beat);
    const note = noteId ? this.content.notes.get(noteId) : undefined;
    section.append(el('p', { className: 'moment-text', text: note ? s.ownChoice : s.ownChoiceNoNote }));
    if (note) section.append(el('h4', { className: 'day-note-heading', text: s.dayNote }), noteArticle(note, this.content, 'h4'));
    return section;
  }

  private record(beat: Beat, position: number, votes: (number | null)[], tie: boolean, method: VoteMethod): void {
    if (!this.lesson) return;
    const choice = beat.choices[position];
    const moment = this.momentOf(choice, beat);
    this.lesson.votes.push({
      day: this.app.runner?.day ?? -1,
      context: this.context(),
      method,
      options: beat.choices.map((option, index) => ({ text: option.text, votes: votes[index] ?? null })),
      chosen: position,
      tie,
      moment: moment && this.content.moments.has(moment) ? moment : null,
      note: moment && this.content.moments.has(moment) ? null : this.sceneNote(beat),
    });
    this.saveLesson();
  }

  openVote(): void {
    const view = this.app.view;
    const beat = view?.currentBeat;
    if (!view || !beat?.choices.length || view.showing !== 'choices' || openCard()) return;
    if (this.pending.length) { this.openDiscussion(); return; }
    const method: VoteMethod = this.lesson?.method === 'numbers' ? 'numbers' : 'hands';
    openVoteCard({
      choices: beat.choices,
      context: this.context(),
      method,
      history: (choice) => this.historyFor(choice, beat),
      decide: (outcome) => {
        this.record(beat, outcome.position, outcome.votes, outcome.tie, method);
        this.app.choose(beat.choices[outcome.position].index);
      },
    });
  }

  private beforeChoose(index: number, beat: Beat): boolean {
    if (this.pending.length) { this.openDiscussion(); return true; }
    if (!this.lesson || this.lesson.rehearsal) return false;
    const position = beat.choices.findIndex((choice) => choice.index === index);
    const choice = beat.choices[position];
    if (!choice?.tags.history.length) return false;
    // A key decision taken by the teacher without a vote: still show what prisoners did.
    openHistoryCard(choice, this.historyFor(choice, beat), () => {
      this.record(beat, position, beat.choices.map(() => null), false, 'teacher');
      this.app.choose(index);
    });
    return true;
  }

  /** The end-panel slot: the debrief first; at a segment's end, the segment's own heading and ways on. */
  private endPanel(actions: SlotAction[]): EndPanelSlot {
    const s = cs();
    const debrief: SlotAction = { label: s.openDebrief, run: () => this.showDebrief(), className: 'primary', id: 'open-debrief' };
    if (this.segmentOver && this.segment) {
      const next = this.data.segments.find((segment) => segment.number === this.segment!.number + 1);
      return {
        heading: { title: format(s.segmentEnd, { number: this.segment.number, title: this.segment.title }), body: s.segmentEndBody },
        actions: [
          debrief,
          ...(next && this.rest ? [{ label: format(s.nextSegment, { number: next.number, title: next.title }), run: () => this.goOn(), id: 'next-segment' }] : []),
          { label: s.backToStart, run: () => this.showStart(), className: 'tertiary', id: 'back-to-plan' },
        ],
      };
    }
    return { before: el('div', { className: 'button-row classroom-end-actions' }, [button(debrief.label, debrief.run, { className: 'primary', id: 'open-debrief' })]), actions };
  }

  // ---- debrief and guide ----

  private pageToolbar(fileName: string, title: string, page: () => HTMLElement | null, extra: HTMLElement[] = []): HTMLElement {
    const s = cs();
    return el('nav', { className: 'page-toolbar no-print', attrs: { 'aria-label': title } }, [
      button(s.print, () => window.print(), { className: 'primary', id: 'print-page' }),
      button(s.download, () => { const element = page(); if (element) downloadHtml(fileName, title, element); }, { className: 'secondary', id: 'download-page' }),
      ...extra,
      button(s.backToStart, () => this.showStart(), { className: 'tertiary', id: 'page-back' }),
    ]);
  }

  showDebrief(): void {
    const s = cs();
    const lesson = this.lesson;
    if (!lesson) { this.showStart(); return; }
    lesson.finished = true;
    this.saveLesson();
    const article = debriefPage(lesson, this.data, this.content);
    const main = el('main', { className: 'classroom-page debrief-page', id: 'main' }, [
      this.pageToolbar('kengir-lesson-debrief.html', s.debriefTitle, () => article, [button(s.teacherGuide, () => this.showGuide(), { className: 'secondary', id: 'debrief-guide' })]),
      article,
    ]);
    this.lessonEnded();
    this.page(main, 'classroom-debrief');
  }

  showGuide(): void {
    const s = cs();
    const article = teacherGuide(this.library, this.content, (path) => this.pathName(path));
    const main = el('main', { className: 'classroom-page guide-page', id: 'main' }, [this.pageToolbar('kengir-teacher-guide.html', s.guideTitle, () => article), article]);
    this.lessonEnded();
    this.page(main, 'classroom-guide');
  }

  // ---- the presenter remote and the keyboard ----

  private playing(): boolean {
    return this.deps.root.dataset.screen === 'play';
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const next = event.key === 'PageDown' || event.key === 'ArrowRight';
    const back = event.key === 'PageUp' || event.key === 'ArrowLeft';
    if (openCard()) {
      if ((next || back) && presenterKey(next ? 'next' : 'back')) event.preventDefault();
      return;
    }
    const view = this.app.view;
    if (dialogOpen() || !this.playing() || !view) return;
    const showing = view.showing;
    if (next) {
      event.preventDefault();
      if (this.pending.length) { this.openDiscussion(); return; }
      if (showing === 'more') { view.nextScreen(); return; }
      if (showing === 'choices') {
        if (this.lesson?.method !== 'teacher' && !this.lesson?.rehearsal) this.openVote();
        return;
      }
      // The end panel's first action is always the debrief.
      if (showing === 'end') this.showDebrief();
      return;
    }
    if (back) {
      event.preventDefault();
      this.previousScreen();
      return;
    }
    if ((event.key === 'v' || event.key === 'V') && showing === 'choices') {
      event.preventDefault();
      this.openVote();
      return;
    }
    // Enter or Space would go on past a pause point: open it first.
    if ((event.key === 'Enter' || event.key === ' ') && this.pending.length && !(target instanceof HTMLButtonElement)) {
      event.preventDefault();
      this.openDiscussion();
    }
  }

  /** Back one screen within the passage shown (Page Up on a remote). */
  private previousScreen(): void {
    this.app.view?.previousScreen();
  }
}

export function startClassroom(deps: ClassroomDeps): ClassroomMode {
  const mode = new ClassroomMode(deps);
  mode.start();
  if (deps.debug) (window as unknown as { __classroom: ClassroomMode }).__classroom = mode;
  return mode;
}
