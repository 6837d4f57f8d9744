// A lesson as it plays: the classroom's ModePolicy for GameApp. It starts a segment from its stored
// start state, cuts the story at the segment's last day (keeping the rest for "go on"), holds
// Continue at pause points, puts the vote bar or rehearsal previews by the choices, fills the end panel.
import type { Content } from '../../content/registry.ts';
import type { Beat, KeyValueStorage, SettingsStore } from '../../engine/index.ts';
import type { GameApp } from '../../ui/app.ts';
import { button, el } from '../../ui/dom.ts';
import type { ShownLine } from '../../ui/storyView.ts';
import { format } from '../../ui/strings.ts';
import { viewpointById } from '../../viewpoints/registry.ts';
import type { EndPanelSlot, ModePolicy, SlotAction } from '../policy.ts';
import { addOnce, loadLesson, newLesson, saveLesson, type LessonRecord } from './lesson.ts';
import { PausePoints } from './pausePoints.ts';
import type { Plan } from './plan.ts';
import { ChoicePreviewer } from './rehearsal.ts';
import { rehearsalBar, rehearsalPreviews } from './rehearsalView.ts';
import { segmentOfDay, type ClassroomData, type Segment } from './segments.ts';
import { cs } from './strings.ts';
import { ClassVotes } from './votes.ts';

/** What the lesson needs of the classroom mode around it: its game, data and other screens. */
export interface LessonHost {
  /** The mode's GameApp (made after the policy, so asked for when needed). */
  app(): GameApp;
  content: Content;
  /** The path of the planned segment, in the active language. */
  data(): ClassroomData;
  settings: SettingsStore;
  /** Where the lesson record is mirrored. */
  session: KeyValueStorage;
  storyJson: string;
  /** The teacher's plan as it is now (segment, gentle, vote method). */
  plan(): Readonly<Plan>;
  /** The play screen is shown (not a classroom screen or the title). */
  playing(): boolean;
  showStart(): void;
  showDebrief(): void;
  openAllNotes(): void;
}

export class LessonFlow {
  lesson: LessonRecord | null;
  readonly pauses: PausePoints;
  private readonly votes: ClassVotes;
  private readonly previewer: ChoicePreviewer;
  private segment: Segment | null = null;
  /** The rest of a beat cut at the segment's end, for "go on to the next segment". */
  private rest: Beat | null = null;
  private segmentOver = false;

  constructor(private readonly host: LessonHost) {
    this.lesson = loadLesson(host.session);
    this.pauses = new PausePoints(host.content, {
      revealed: (promptId) => { if (this.lesson) { addOnce(this.lesson.revealed, promptId); this.saveLesson(); } },
      closed: () => this.app.view?.focusControls(),
    });
    this.votes = new ClassVotes({
      app: () => host.app(), content: host.content, data: () => host.data(), lesson: () => this.lesson, pauses: this.pauses,
      saveLesson: () => this.saveLesson(),
    });
    this.previewer = new ChoicePreviewer(host.storyJson, () => ({ viewpoint: host.data().viewpoint, gentle: host.settings.value.gentle }));
  }

  private get app(): GameApp { return this.host.app(); }

  policy(): ModePolicy {
    return {
      name: 'classroom', saves: false, presets: {}, historyAllOpen: true, undo: 'back',
      adjustBeat: (beat) => this.adjustBeat(beat),
      beforeChoose: (index, beat) => this.votes.beforeChoose(index, beat),
      screenShown: (lines) => this.screenShown(lines),
      pausePoint: () => this.pauses.slot(),
      decorateChoices: () => this.decorateChoices(),
      beforeContinue: () => this.holdForPause(),
      endPanel: (actions) => this.endPanel(actions),
      toTitle: () => { this.host.showStart(); return true; },
    };
  }

  saveLesson(): void {
    if (this.lesson) saveLesson(this.host.session, this.lesson);
  }

  /** The lesson's screen was left (for the start screen, the debrief or the guide). */
  ended(): void {
    this.segment = null;
    this.segmentOver = false;
    this.pauses.clearWaiting();
    this.rest = null;
  }

  /** Starts the planned segment (or, in a rehearsal, any day) from its stored start state. */
  begin(rehearsal: boolean, day?: number): void {
    const plan = this.host.plan();
    const data = this.host.data();
    const chosen = data.segments.find((segment) => segment.id === plan.segment) ?? data.segments[0];
    const startDay = day ?? chosen.from;
    const segment = segmentOfDay(data, startDay) ?? chosen;
    const dayData = data.days.find((entry) => entry.day === startDay);
    if (!dayData) return;
    this.host.settings.update({ gentle: plan.gentle });
    this.lesson = newLesson(segment.id, startDay, { gentle: plan.gentle, method: plan.method, rehearsal });
    this.segment = segment;
    this.segmentOver = false;
    this.rest = null;
    this.pauses.reset();
    this.saveLesson();
    this.app.startAt({ hub: dayData.hub, day: startDay, variables: dayData.state }, viewpointById(data.viewpoint) ?? undefined);
    this.decorateHeader();
  }

  private decorateHeader(): void {
    const s = cs();
    const play = this.app.playScreen;
    if (!play || !this.segment || !this.lesson) return;
    play.setHeaderSlot('badge', el('p', { className: 'segment-badge', text: format(s.segmentBadge, { number: this.segment.number, title: this.segment.title }) }));
    if (!play.hasHeaderSlot('action')) play.setHeaderSlot('action', button(s.endLesson, () => this.host.showDebrief(), { className: 'header-button', id: 'end-lesson' }));
    if (this.lesson.rehearsal && !play.hasHeaderSlot('bar')) {
      play.setHeaderSlot('bar', rehearsalBar(this.host.data().days, this.lesson.firstDay, {
        jump: (day) => this.begin(true, day),
        openAllNotes: () => this.host.openAllNotes(),
      }));
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

  private nextSegment(): Segment | undefined {
    return this.segment ? this.host.data().segments.find((segment) => segment.number === this.segment!.number + 1) : undefined;
  }

  private goOn(): void {
    const rest = this.rest;
    const next = this.nextSegment();
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
    const { content } = this.host;
    for (const line of lines) {
      const day = Number(line.variables?.day ?? NaN);
      if (Number.isFinite(day) && day > lesson.lastDay) lesson.lastDay = day;
      for (const id of line.tags.notes) if (content.notes.has(id)) addOnce(lesson.notes, id);
    }
    const prompts = [...new Set(lines.flatMap((line) => line.tags.discuss))].filter((id) => content.prompts.has(id));
    for (const id of prompts) addOnce(lesson.prompts, id);
    this.pauses.shown(prompts);
    this.saveLesson();
  }

  /** Continue waits while a pause point has not been opened. */
  private holdForPause(): boolean {
    if (!this.pauses.waiting || !this.host.playing()) return false;
    this.pauses.openNext();
    return true;
  }

  /** The story view's choice slot: previews of where each choice leads (rehearsal), or the vote bar. */
  private decorateChoices(): { before?: HTMLElement | null; after?: HTMLElement | null } {
    const s = cs();
    if (this.lesson?.rehearsal) {
      const runner = this.app.runner;
      if (!runner) return {};
      return { after: rehearsalPreviews(this.previewer.preview(runner)) };
    }
    if (this.lesson?.method === 'teacher') return {};
    const open = button(s.openVote, () => this.openVote(), { className: 'primary open-vote', id: 'open-vote', attrs: { 'aria-keyshortcuts': 'V PageDown' } });
    open.append(el('span', { className: 'key-hint', attrs: { 'aria-hidden': 'true' }, text: s.openVoteHint }));
    return { before: el('div', { className: 'vote-bar' }, [open]) };
  }

  openVote(): void {
    this.votes.open();
  }

  /** The end-panel slot: the debrief first; at a segment's end, the segment's own heading and ways on. */
  private endPanel(actions: SlotAction[]): EndPanelSlot {
    const s = cs();
    const debrief: SlotAction = { label: s.openDebrief, run: () => this.host.showDebrief(), className: 'primary', id: 'open-debrief' };
    if (this.segmentOver && this.segment) {
      const next = this.nextSegment();
      return {
        heading: { title: format(s.segmentEnd, { number: this.segment.number, title: this.segment.title }), body: s.segmentEndBody },
        actions: [
          debrief,
          ...(next && this.rest ? [{ label: format(s.nextSegment, { number: next.number, title: next.title }), run: () => this.goOn(), id: 'next-segment' }] : []),
          { label: s.backToStart, run: () => this.host.showStart(), className: 'tertiary', id: 'back-to-plan' },
        ],
      };
    }
    return { before: el('div', { className: 'button-row classroom-end-actions' }, [button(debrief.label, debrief.run, { className: 'primary', id: 'open-debrief' })]), actions };
  }
}
