// The history layer's reading views: an endnote, the notes drawer, the bibliography, About.
// The chronicle, disputes, glossary and "your path" live in ./history/ and are reached through
// HistoryLinks, so this file imports them as types only.
import type { Content } from '../content/registry.ts';
import type { Note } from '../content/schema.ts';
import { button, el } from './dom.ts';
import type { HistoryLinks } from './history/context.ts';
import { openSidePanel } from './history/sidePanel.ts';
import { problemReportControls, type ReportFacts } from './problemReport.ts';
import { format, strings } from './strings.ts';

const SUBHEADING = { h2: 'h3', h3: 'h4', h4: 'h5' } as const;

/** One endnote: title, date, body, what is disputed, numbered sources. */
export function noteArticle(note: Note, content: Content, headingLevel: 'h2' | 'h3' | 'h4' = 'h3', links?: HistoryLinks): HTMLElement {
  const s = strings();
  const sources = note.sources.map((id) => content.sources.get(id)).filter((source) => source !== undefined);
  const disputes = links ? [...content.disputes.values()].filter((dispute) => dispute.note === note.id) : [];
  return el('article', { className: 'note', dataset: { note: note.id } }, [
    el(headingLevel, { className: 'note-title', text: note.title }),
    el('p', { className: 'note-date', text: note.date.label }),
    ...note.body.split(/\n\s*\n/).map((paragraph) => el('p', { text: paragraph.trim() })),
    note.disputed ? el('div', { className: 'note-disputed', attrs: { role: 'note' } }, [el('strong', { text: `${s.disputed}: ` }), note.disputed]) : null,
    ...disputes.map((dispute) => el('p', { className: 'note-dispute-link' }, [
      button(format(s.history.disputesOpen, { title: dispute.title }), () => links!.disputes(dispute.id), { className: 'link-button', dataset: { dispute: dispute.id } }),
    ])),
    sources.length ? el(SUBHEADING[headingLevel], { className: 'note-sources-heading', text: s.sourcesHeading }) : null,
    sources.length ? el('ol', { className: 'note-sources' }, sources.map((source) => el('li', {}, [sourceCitation(source)]))) : null,
  ]);
}

export function sourceCitation(source: NonNullable<ReturnType<Content['sources']['get']>>): HTMLElement {
  const parts = [source.author ? `${source.author}. ` : '', source.title, source.year ? ` (${source.year})` : '', source.published ? `. ${source.published}` : ''];
  return el('span', { className: 'citation' }, [parts.join(''), source.secondHand ? el('span', { className: 'badge', text: ` ${strings().secondHand}` }) : null]);
}

/** The drawer of unlocked endnotes, newest story order first, one opened on request. */
export function openNotesDrawer(content: Content, unlocked: readonly string[], focusNote?: string, links?: HistoryLinks): void {
  const s = strings();
  openSidePanel(s.notes, (body) => {
    const notes = unlocked.map((id) => content.notes.get(id)).filter((note): note is Note => !!note);
    body.append(el('p', { className: 'dialog-intro', text: s.notesIntro }));
    if (links) body.append(historyNav(links));
    const documents = links?.documentsSection?.();
    if (documents) {
      body.append(el('section', { className: 'journal-documents', attrs: { 'aria-labelledby': 'journal-documents-heading' } }, [
        el('h3', { id: 'journal-documents-heading', text: s.documents.title }), documents,
      ]));
    }
    if (documents && notes.length) body.append(el('h3', { className: 'journal-notes-heading', text: s.notes }));
    if (!notes.length) { body.append(el('p', { text: s.notesEmpty })); return; }
    const list = el('div', { className: 'notes-list' });
    for (const note of notes) {
      const details = el('details', { className: 'note-entry', attrs: { open: note.id === focusNote } }, [
        el('summary', {}, [el('span', { className: 'note-summary-title', text: note.title }), el('span', { className: 'note-summary-date', text: ` · ${note.date.label}` })]),
        noteArticle(note, content, 'h3', links),
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
  openSidePanel(s.bibliography, (body) => {
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

/** Buttons to the chronicle, the disputed facts and the glossary. */
export function historyNav(links: HistoryLinks): HTMLElement {
  const h = strings().history;
  return el('nav', { className: 'history-nav', attrs: { 'aria-label': h.moreHistory } }, [
    button(h.chronicle, () => links.chronicle(), { className: 'secondary', dataset: { history: 'chronicle' } }),
    button(h.disputesTitle, () => links.disputes(), { className: 'secondary', dataset: { history: 'disputes' } }),
    button(h.glossaryTitle, () => links.glossary(), { className: 'secondary', dataset: { history: 'glossary' } }),
    links.documents ? button(strings().documents.title, () => links.documents?.(), { className: 'secondary', dataset: { history: 'documents' } }) : null,
  ]);
}

export function openAbout(content: Content, links?: HistoryLinks, report?: () => ReportFacts): void {
  const s = strings();
  const h = s.history;
  const section = (title: string, paragraphs: string[], values: Record<string, string | number> = {}) => [
    el('h3', { text: title }), ...paragraphs.map((paragraph) => el('p', { text: format(paragraph, values) })),
  ];
  openSidePanel(s.aboutTitle, (body) => {
    for (const paragraph of s.aboutParagraphs) body.append(el('p', { text: paragraph }));
    body.append(el('p', { className: 'content-note', text: s.contentNote }));
    body.append(...section(h.aboutMade, h.aboutMadeBody, { sources: content.sources.size }));
    body.append(...section(h.aboutReconstruction, h.aboutReconstructionBody));
    body.append(...section(h.aboutMethod, h.aboutMethodBody));
    if (links && content.disputes.size) {
      body.append(el('section', { className: 'about-disputes', attrs: { 'aria-labelledby': 'about-disputes-title' } }, [
        el('h3', { id: 'about-disputes-title', text: h.disputesTitle }),
        el('p', { text: h.aboutDisputesIntro }),
        el('ul', { className: 'dispute-links' }, [...content.disputes.values()].map((dispute) => el('li', {}, [
          button(dispute.title, () => links.disputes(dispute.id), { className: 'link-button', dataset: { dispute: dispute.id } }),
        ]))),
      ]));
    }
    body.append(...section(h.aboutContent, h.aboutContentBody));
    body.append(el('h3', { text: s.accessibilityTitle }), el('p', { text: s.accessibilityBody }), el('p', { text: h.aboutAccessibilityMore }));
    body.append(el('h4', { text: s.accessibilityLimitsTitle }), el('ul', { className: 'known-limits' }, s.accessibilityLimits.map((limit) => el('li', { text: limit }))));
    if (report) body.append(el('h4', { text: s.accessibilityReportTitle }), el('p', { text: s.accessibilityReport }), problemReportControls(report));
    body.append(el('h3', { text: s.privacyTitle }), el('p', { text: s.privacyBody }));
    body.append(el('div', { className: 'button-row' }, [
      button(s.bibliography, () => openBibliography(content), { className: 'secondary' }),
      links ? button(h.chronicle, () => links.chronicle(), { className: 'secondary' }) : null,
      links ? button(h.glossaryTitle, () => links.glossary(), { className: 'secondary' }) : null,
    ]));
  }, { className: 'about-dialog' });
}
