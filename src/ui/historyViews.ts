// The history layer's reading views: an endnote, the notes drawer, the bibliography.
import type { Content } from '../content/registry.ts';
import type { Note } from '../content/schema.ts';
import { button, el } from './dom.ts';
import { openDialog } from './dialogs.ts';
import { strings } from './strings.ts';

/** One endnote: title, date, body, what is disputed, numbered sources. */
export function noteArticle(note: Note, content: Content, headingLevel: 'h2' | 'h3' = 'h3'): HTMLElement {
  const s = strings();
  const sources = note.sources.map((id) => content.sources.get(id)).filter((source) => source !== undefined);
  return el('article', { className: 'note', dataset: { note: note.id } }, [
    el(headingLevel, { className: 'note-title', text: note.title }),
    el('p', { className: 'note-date', text: note.date.label }),
    ...note.body.split(/\n\s*\n/).map((paragraph) => el('p', { text: paragraph.trim() })),
    note.disputed ? el('div', { className: 'note-disputed', attrs: { role: 'note' } }, [el('strong', { text: `${s.disputed}: ` }), note.disputed]) : null,
    sources.length ? el('h4', { className: 'note-sources-heading', text: s.sourcesHeading }) : null,
    sources.length ? el('ol', { className: 'note-sources' }, sources.map((source) => el('li', {}, [sourceCitation(source)]))) : null,
  ]);
}

export function sourceCitation(source: NonNullable<ReturnType<Content['sources']['get']>>): HTMLElement {
  const parts = [source.author ? `${source.author}. ` : '', source.title, source.year ? ` (${source.year})` : '', source.published ? `. ${source.published}` : ''];
  return el('span', { className: 'citation' }, [parts.join(''), source.secondHand ? el('span', { className: 'badge', text: ` ${strings().secondHand}` }) : null]);
}

/** The drawer of unlocked endnotes, newest story order first, one opened on request. */
export function openNotesDrawer(content: Content, unlocked: readonly string[], focusNote?: string): void {
  const s = strings();
  openDialog(s.notes, (body) => {
    const notes = unlocked.map((id) => content.notes.get(id)).filter((note): note is Note => !!note);
    body.append(el('p', { className: 'dialog-intro', text: s.notesIntro }));
    if (!notes.length) { body.append(el('p', { text: s.notesEmpty })); return; }
    const list = el('div', { className: 'notes-list' });
    for (const note of notes) {
      const details = el('details', { className: 'note-entry', attrs: { open: note.id === focusNote } }, [
        el('summary', {}, [el('span', { className: 'note-summary-title', text: note.title }), el('span', { className: 'note-summary-date', text: ` · ${note.date.label}` })]),
        noteArticle(note, content),
      ]);
      list.append(details);
    }
    body.append(list);
    const target = focusNote ? list.querySelector<HTMLElement>(`[data-note="${focusNote}"] .note-title`) : null;
    if (target) { target.setAttribute('tabindex', '-1'); target.setAttribute('autofocus', ''); }
  }, { className: 'notes-dialog' });
}

export function openBibliography(content: Content): void {
  const s = strings();
  openDialog(s.bibliography, (body) => {
    body.append(el('p', { className: 'dialog-intro', text: s.bibliographyIntro }));
    const sources = [...content.sources.values()].sort((a, b) => a.factBaseNumber - b.factBaseNumber);
    body.append(el('ol', { className: 'bibliography' }, sources.map((source) => el('li', { dataset: { source: source.id } }, [
      sourceCitation(source),
      el('span', { className: 'source-kind', text: ` · ${source.kind}` }),
      el('p', { className: 'source-reliability' }, [el('strong', { text: `${s.reliability}: ` }), source.reliability]),
      source.url ? el('p', { className: 'source-url' }, [`${s.openOnline}: `, el('span', { className: 'url-text', text: source.url })]) : null,
    ]))));
  }, { className: 'bibliography-dialog' });
}

export function openAbout(content: Content): void {
  const s = strings();
  openDialog(s.aboutTitle, (body) => {
    for (const paragraph of s.aboutParagraphs) body.append(el('p', { text: paragraph }));
    body.append(el('p', { className: 'content-note', text: s.contentNote }));
    body.append(el('h3', { text: s.accessibilityTitle }), el('p', { text: s.accessibilityBody }));
    body.append(el('h3', { text: s.privacyTitle }), el('p', { text: s.privacyBody }));
    body.append(el('div', { className: 'button-row' }, [button(s.bibliography, () => openBibliography(content), { className: 'secondary' })]));
  }, { className: 'about-dialog' });
}
