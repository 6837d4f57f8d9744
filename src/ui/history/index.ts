// The history layer: chronicle, disputed facts side by side, glossary, "your path and the
// history". GameApp creates one layer and hands it to the menus and the notes drawer.
import type { Content } from '../../content/registry.ts';
import type { ChoiceRecord } from '../../engine/index.ts';
import { openNotesDrawer } from '../historyViews.ts';
import type { Journal } from '../journal.ts';
import { openChronicle } from './chronicle.ts';
import type { HistoryContext } from './context.ts';
import { openDisputes } from './disputes.ts';
import { openGlossary } from './glossary.ts';
import { openYourPath } from './yourPath.ts';
import { documentLinks, openDocuments } from '../documents/index.ts';

export type { HistoryContext, HistoryLinks } from './context.ts';
export { openChronicle } from './chronicle.ts';
export { disputeLinks, forgetReflections, openDispute, openDisputes } from './disputes.ts';
export { openGlossary } from './glossary.ts';
export { openYourPath } from './yourPath.ts';
export { pathMoments } from './path.ts';

export interface HistoryLayer extends HistoryContext {
  yourPath(log: readonly ChoiceRecord[], who: string): void;
}

export function createHistoryLayer(deps: {
  content: Content; journal: Journal; allOpen: () => boolean;
  /** The path's days for the chronicle's timeline; absent outside play. */
  pathDays?: () => { days: readonly number[]; current: number | null };
  /** Where full pages ("your path and the history") open; the document's #app by default. */
  pageRoot?: () => HTMLElement;
}): HistoryLayer {
  const layer: HistoryLayer = {
    content: deps.content,
    unlocked: () => deps.journal.notes,
    documentsUnlocked: () => deps.journal.documents,
    pathDays: () => deps.pathDays?.() ?? { days: [], current: null },
    allOpen: deps.allOpen,
    openNote: (id) => {
      const notes = deps.journal.notes;
      openNotesDrawer(deps.content, notes.includes(id) ? notes : [...notes, id], id, layer);
    },
    chronicle: () => openChronicle(layer),
    disputes: (focus) => openDisputes(layer, focus),
    glossary: () => openGlossary(layer),
    documents: (focus) => openDocuments(layer, focus),
    documentsSection: () => documentLinks(layer),
    yourPath: (log, who) => openYourPath(layer, log, who, deps.pageRoot?.() ?? document.getElementById('app') ?? document.body),
  };
  return layer;
}
