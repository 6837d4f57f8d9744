// The class's decisions at a choice: the vote card (hands or numbers), or the teacher's own pick
// at a key decision, each shown with what prisoners actually did and kept in the lesson record.
import type { Content } from '../../content/registry.ts';
import type { Beat, StoryChoice } from '../../engine/index.ts';
import type { GameApp } from '../../ui/app.ts';
import { el } from '../../ui/dom.ts';
import { noteArticle } from '../../ui/historyViews.ts';
import { splitScreens } from '../../ui/storyView.ts';
import { openCard, openHistoryCard, openVoteCard } from './cards.ts';
import type { LessonRecord, VoteMethod } from './lesson.ts';
import type { PausePoints } from './pausePoints.ts';
import { dayNote, type ClassroomData } from './segments.ts';
import { cs } from './strings.ts';

/** What the votes need of the lesson: its game, data and record, asked for when needed. */
export interface VotesHost {
  app(): GameApp;
  content: Content;
  data(): ClassroomData;
  lesson(): LessonRecord | null;
  pauses: PausePoints;
  saveLesson(): void;
}

export class ClassVotes {
  constructor(private readonly host: VotesHost) {}

  /** The last line of the screen shown: what the class read just before the choice. */
  private context(): string {
    const view = this.host.app().view;
    if (!view) return '';
    const screen = splitScreens(view.allLines())[view.currentScreen] ?? [];
    return screen.at(-1)?.text ?? '';
  }

  private momentOf(choice: StoryChoice, beat: Beat): string | null {
    return choice.tags.history[0] ?? beat.choices.flatMap((candidate) => candidate.tags.history)[0] ?? null;
  }

  /** The endnote of the scene (the last one its lines reached), or the day's first. */
  private sceneNote(beat: Beat): string | null {
    const { content } = this.host;
    const app = this.host.app();
    const lines = app.view?.allLines() ?? beat.lines;
    const notes = lines.flatMap((line) => line.tags.notes).filter((id) => content.notes.has(id));
    return notes.at(-1) ?? dayNote(this.host.data(), content, app.runner?.day ?? -1);
  }

  /** What prisoners actually did at this point, with its source; or that the choice is the viewpoint's own. */
  private historyFor(choice: StoryChoice, beat: Beat): HTMLElement {
    const s = cs();
    const { content } = this.host;
    const momentId = this.momentOf(choice, beat);
    const moment = momentId ? content.moments.get(momentId) : undefined;
    const section = el('section', { className: 'history-panel', attrs: { 'aria-labelledby': 'history-heading' } }, [el('h3', { id: 'history-heading', text: s.whatPrisonersDid })]);
    if (moment) {
      const note = content.notes.get(moment.note);
      section.append(el('p', { className: 'moment-title', text: moment.moment }), el('p', { className: 'moment-text', text: moment.whatPrisonersDid }), note ? noteArticle(note, content, 'h4') : '');
      return section;
    }
    const noteId = this.sceneNote(beat);
    const note = noteId ? content.notes.get(noteId) : undefined;
    section.append(el('p', { className: 'moment-text', text: note ? s.ownChoice : s.ownChoiceNoNote }));
    if (note) section.append(el('h4', { className: 'day-note-heading', text: s.dayNote }), noteArticle(note, content, 'h4'));
    return section;
  }

  private record(beat: Beat, position: number, votes: (number | null)[], tie: boolean, method: VoteMethod): void {
    const { content } = this.host;
    const lesson = this.host.lesson();
    if (!lesson) return;
    const choice = beat.choices[position];
    const moment = this.momentOf(choice, beat);
    lesson.votes.push({
      day: this.host.app().runner?.day ?? -1,
      context: this.context(),
      method,
      options: beat.choices.map((option, index) => ({ text: option.text, votes: votes[index] ?? null })),
      chosen: position,
      tie,
      moment: moment && content.moments.has(moment) ? moment : null,
      note: moment && content.moments.has(moment) ? null : this.sceneNote(beat),
    });
    this.host.saveLesson();
  }

  /** Opens the vote card on the choices shown (a waiting pause point opens first). */
  open(): void {
    const { pauses } = this.host;
    const app = this.host.app();
    const view = app.view;
    const beat = view?.currentBeat;
    if (!view || !beat?.choices.length || view.showing !== 'choices' || openCard()) return;
    if (pauses.waiting) { pauses.openNext(); return; }
    const method: VoteMethod = this.host.lesson()?.method === 'numbers' ? 'numbers' : 'hands';
    openVoteCard({
      choices: beat.choices,
      context: this.context(),
      method,
      history: (choice) => this.historyFor(choice, beat),
      decide: (outcome) => {
        this.record(beat, outcome.position, outcome.votes, outcome.tie, method);
        app.choose(beat.choices[outcome.position].index);
      },
    });
  }

  /** A choice taken on screen, not by a vote: true when it is held (a pause point, or a key decision's history first). */
  beforeChoose(index: number, beat: Beat): boolean {
    const { pauses } = this.host;
    const lesson = this.host.lesson();
    if (pauses.waiting) { pauses.openNext(); return true; }
    if (!lesson || lesson.rehearsal) return false;
    const position = beat.choices.findIndex((choice) => choice.index === index);
    const choice = beat.choices[position];
    if (!choice?.tags.history.length) return false;
    // A key decision taken by the teacher without a vote: still show what prisoners did.
    openHistoryCard(choice, this.historyFor(choice, beat), () => {
      this.record(beat, position, beat.choices.map(() => null), false, 'teacher');
      this.host.app().choose(index);
    });
    return true;
  }
}
