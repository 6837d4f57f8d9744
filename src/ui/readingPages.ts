// The reading pages GameApp opens over its screens (src/ui/pages.ts): the read-back of the path,
// the end page, and chapters and endings. What they need from the app comes through ReadingHost,
// so the app only wires them.
import type { Content } from '../content/registry.ts';
import type { Beat, DayCheckpoint } from '../engine/index.ts';
import type { ProgressStore } from '../engine/progressStore.ts';
import type { PlaySession } from '../session/index.ts';
import type { Viewpoint } from '../viewpoints/registry.ts';
import { fillChapters } from './chapters/chaptersPage.ts';
import { button, el } from './dom.ts';
import type { HistoryLayer } from './history/index.ts';
import { openNotesDrawer } from './historyViews.ts';
import type { Journal } from './journal.ts';
import { openPage } from './pages.ts';
import { fillReadBack } from './readBack.ts';
import './styles/reading.css';
import { endPageTitle, fillEndPage, type EndFacts } from './screens/end.ts';
import { viewpointShortName, viewpointText } from './screens/viewpoint.ts';
import { format, strings } from './strings.ts';

export interface ReadingHost {
  root: HTMLElement;
  content: Content;
  journal: Journal;
  history: HistoryLayer;
  progress: ProgressStore | null;
  session(): PlaySession | null;
  toTitle(): void;
  /** Starts a fresh play at a day's checkpoint (the app asks before replacing a game). */
  startChapter(viewpoint: Viewpoint, checkpoint: DayCheckpoint): void;
}

export function openReadBack(host: ReadingHost): void {
  const session = host.session();
  if (!session) return;
  const documents = {
    title: (id: string) => host.content.documents.get(id)?.title,
    open: host.history.documents ? (id: string) => host.history.documents?.(id) : undefined,
  };
  openPage(host.root, strings().readBack.title, (body) => fillReadBack(body, session.pathSoFar(), documents), { className: 'readback-page' });
}

export function openChapters(host: ReadingHost): void {
  const progress = host.progress;
  if (!progress) return;
  openPage(host.root, strings().chapters.title, (body) => fillChapters(body, {
    progress, content: host.content, start: (viewpoint, checkpoint) => host.startChapter(viewpoint, checkpoint),
  }), { className: 'chapters-page' });
}

/** The facts of the ending on screen, or null when the story stopped without one (to be continued). */
export function endFacts(host: ReadingHost, beat: Beat): EndFacts | null {
  const session = host.session();
  if (!session) return null;
  const lines = session.currentLines;
  const id = beat.ending ?? lines.find((line) => line.tags.ending)?.tags.ending ?? null;
  const ending = id ? host.content.endings.get(id) : undefined;
  if (!ending) return null;
  return { who: viewpointShortName(session.viewpoint), fullName: viewpointText(session.viewpoint, 'name'), ending, lines };
}

export function openEndPage(host: ReadingHost, facts: EndFacts): void {
  const s = strings();
  const session = host.session();
  if (!session) return;
  const log = [...session.runner.choiceLog];
  const viewpoint = session.viewpoint;
  const note = host.content.notes.get(facts.ending.note);
  const noteLink = note
    ? el('p', { className: 'note-link end-note' }, [button(format(s.endPage.endingNote, { title: note.title }), () => host.history.openNote(note.id), { className: 'link-button', dataset: { note: note.id } })])
    : null;
  openPage(host.root, endPageTitle(facts), (body, close) => fillEndPage(body, facts, [
    { label: s.history.pathTitle, run: () => host.history.yourPath(log, facts.who), id: 'end-page-your-path', className: 'primary' },
    { label: s.endPage.readBack, run: () => openReadBack(host), id: 'end-page-readback' },
    { label: s.notes, run: () => openNotesDrawer(host.content, host.journal.notes, undefined, host.history), id: 'end-page-notes' },
    { label: s.history.chronicle, run: () => host.history.chronicle(), id: 'end-page-chronicle' },
    ...(host.progress?.chapters(viewpoint.id).length ? [{ label: s.endPage.chapters, run: () => openChapters(host), id: 'end-page-chapters' }] : []),
    { label: s.toTitle, run: () => { close(); host.toTitle(); }, id: 'end-page-to-title' },
  ], noteLink), { className: 'end-full-page' });
}
