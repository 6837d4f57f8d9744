// The journal's documents: the cards a player has read (`# document:` tags, kept in the
// journal), listed in story order in a side panel, each opening as a facsimile. Classroom mode
// and a reached ending open them all, like the chronicle.
import type { DocumentCard } from '../../content/schema.ts';
import { button, el } from '../dom.ts';
import type { HistoryContext } from '../history/context.ts';
import { openSidePanel } from '../history/sidePanel.ts';
import { format, strings } from '../strings.ts';
import { documentCard } from './card.ts';
import './documents.css';

export { documentCard, withQuotes } from './card.ts';

/** The cards a player may open: the ones read, in the order read (all of them when everything is open). */
export function readableDocuments(ctx: Pick<HistoryContext, 'content' | 'allOpen' | 'documentsUnlocked'>): DocumentCard[] {
  const all = [...ctx.content.documents.values()];
  if (ctx.allOpen()) return all;
  return (ctx.documentsUnlocked?.() ?? []).map((id) => ctx.content.documents.get(id)).filter((doc): doc is DocumentCard => doc !== undefined);
}

function noteOpener(ctx: HistoryContext): ((id: string) => void) | undefined {
  return (id) => { if (ctx.allOpen() || ctx.unlocked().includes(id)) ctx.openNote(id); };
}

/** One card in its own side panel. */
export function openDocument(ctx: HistoryContext, id: string): void {
  const doc = ctx.content.documents.get(id);
  if (!doc || !readableDocuments(ctx).includes(doc)) { openDocuments(ctx); return; }
  openSidePanel(format(strings().documents.open, { title: doc.title }), (body) => {
    body.append(documentCard(doc, ctx.content, { onNote: noteOpener(ctx) }));
  }, { className: 'document-dialog' });
}

/** Buttons to the readable cards and a count of the others: the journal's documents section. */
export function documentLinks(ctx: HistoryContext): HTMLElement {
  const d = strings().documents;
  const readable = readableDocuments(ctx);
  const hidden = ctx.content.documents.size - readable.length;
  return el('div', { className: 'document-links' }, [
    readable.length
      ? el('ul', { className: 'document-list' }, readable.map((doc) => el('li', {}, [
        button(doc.title, () => openDocument(ctx, doc.id), { className: 'link-button', dataset: { document: doc.id } }),
        el('span', { className: 'document-list-date', text: ` · ${doc.date.label}` }),
      ])))
      : el('p', { className: 'documents-empty', text: d.empty }),
    hidden > 0 ? el('p', { className: 'documents-locked', text: format(d.locked, { count: hidden }) }) : null,
  ]);
}

/** The documents panel, or one card when `focus` names a readable one. */
export function openDocuments(ctx: HistoryContext, focus?: string): void {
  if (focus && ctx.content.documents.has(focus) && readableDocuments(ctx).some((doc) => doc.id === focus)) { openDocument(ctx, focus); return; }
  const d = strings().documents;
  openSidePanel(d.title, (body) => {
    body.append(el('p', { className: 'dialog-intro', text: d.intro }), documentLinks(ctx));
  }, { className: 'documents-dialog' });
}
