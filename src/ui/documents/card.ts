// One document card: the text typeset as a facsimile (paper, typed face, a stamp, all CSS) with
// its words as real DOM, and under the paper what is quoted versus paraphrased, the context and
// the sources. Quoted phrases inside a paraphrase are <q> elements; the data keeps the quotation
// marks in the text, so the marks are read and copied with it.
import type { Content } from '../../content/registry.ts';
import type { DocumentCard, DocumentPassage } from '../../content/schema.ts';
import { button, el } from '../dom.ts';
import { sourceCitation } from '../historyViews.ts';
import { format, strings } from '../strings.ts';

// The quotation marks around a quoted phrase: English “…”, Ukrainian and Russian «…» (and „…“ inside them).
const MARKS = [['\u201c', '\u201d'], ['\u00ab', '\u00bb'], ['\u201e', '\u201c']] as const;

/** Splits text at the quoted phrases (with their marks, “…” or «…»), wrapping each in <q>. */
export function withQuotes(text: string, quotes: readonly string[]): (string | HTMLElement)[] {
  const marked = quotes.flatMap((quote) => MARKS.map(([open, close]) => `${open}${quote}${close}`)).filter((quote) => text.includes(quote));
  if (!marked.length) return [text];
  const pattern = new RegExp(`(${marked.map((quote) => quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text.split(pattern).filter(Boolean).map((part) => (marked.includes(part) ? el('q', { className: 'doc-quote', text: part }) : part));
}

function passageElement(passage: DocumentPassage): HTMLElement {
  const d = strings().documents;
  const quotes = passage.quotes ?? [];
  const body = passage.form === 'quoted'
    ? el('blockquote', { className: 'doc-text' }, [el('p', { text: passage.text }), passage.items ? el('ol', {}, passage.items.map((item) => el('li', { text: item }))) : null])
    : el('div', { className: 'doc-text' }, [
      el('p', {}, withQuotes(passage.text, quotes)),
      passage.items ? el('ol', {}, passage.items.map((item) => el('li', {}, withQuotes(item, quotes)))) : null,
    ]);
  return el('div', { className: `doc-passage doc-${passage.form}`, dataset: { form: passage.form } }, [
    el('p', { className: 'doc-form', text: passage.form === 'quoted' ? d.quoted : d.paraphrased }),
    body,
  ]);
}

function stampText(doc: DocumentCard): string {
  const d = strings().documents;
  const forms = new Set(doc.passages.map((passage) => passage.form));
  const hasQuotes = doc.passages.some((passage) => passage.quotes?.length);
  if (!forms.has('paraphrased')) return d.stampQuoted;
  return forms.has('quoted') || hasQuotes ? d.stampMixed : d.stampParaphrase;
}

/** The card. `onNote` opens the endnote the card belongs to, when the player may read it. */
export function documentCard(doc: DocumentCard, content: Content, options: { headingLevel?: 'h2' | 'h3'; onNote?: (id: string) => void } = {}): HTMLElement {
  const s = strings();
  const d = s.documents;
  const heading = options.headingLevel ?? 'h3';
  const sub = heading === 'h2' ? 'h3' : 'h4';
  const headingId = `document-${doc.id}-title`;
  const sources = doc.sources.map((id) => content.sources.get(id)).filter((source) => source !== undefined);
  const note = doc.note ? content.notes.get(doc.note) : undefined;
  return el('article', { className: 'document-card', dataset: { document: doc.id }, attrs: { 'aria-labelledby': headingId } }, [
    el('div', { className: `facsimile facsimile-${doc.kind}` }, [
      el('p', { className: 'doc-kind', text: d.kinds[doc.kind] ?? doc.kind }),
      el(heading, { id: headingId, className: 'doc-title', text: doc.title }),
      el('p', { className: 'doc-date' }, [el('time', { attrs: { datetime: doc.date.from }, text: doc.date.label })]),
      el('p', { className: 'doc-issuer' }, [el('span', { className: 'doc-label', text: `${d.from}: ` }), doc.issuer]),
      ...doc.passages.map(passageElement),
      el('p', { className: 'doc-stamp', text: stampText(doc) }),
    ]),
    el('p', { className: 'doc-facsimile-note', text: d.facsimile }),
    el('p', { className: 'doc-provenance' }, [el('strong', { text: `${d.provenance}: ` }), doc.provenance]),
    doc.context ? el('p', { className: 'doc-context' }, [el('strong', { text: `${d.context}: ` }), doc.context]) : null,
    sources.length ? el(sub, { className: 'doc-sources-heading', text: s.sourcesHeading }) : null,
    sources.length ? el('ol', { className: 'note-sources doc-sources' }, sources.map((source) => el('li', { dataset: { source: source.id } }, [sourceCitation(source)]))) : null,
    note && options.onNote ? el('p', { className: 'doc-note-link' }, [button(format(d.note, { title: note.title }), () => options.onNote!(note.id), { className: 'link-button', dataset: { note: note.id } })]) : null,
  ]);
}
