// The glossary: every term, with its language marked for screen readers, the language's name
// and the definition; a filter narrows the list as the reader types.
import type { GlossaryEntry } from '../../content/schema.ts';
import { el } from '../dom.ts';
import { languageName } from '../glossaryText.ts';
import { format, strings } from '../strings.ts';
import type { HistoryContext } from './context.ts';
import { openSidePanel } from './sidePanel.ts';

/** Terms in alphabetical order, ignoring case and accents. */
export function sortedTerms(entries: Iterable<GlossaryEntry>): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/**
 * The term with `lang` on its foreign spelling only: "khozdvor (service yard)" marks "khozdvor",
 * so the English gloss is read in English; a term that does not start with its first spelling
 * is marked whole.
 */
export function termElement(entry: GlossaryEntry): HTMLElement {
  const first = entry.forms[0] ?? entry.term;
  const dfn = el('dfn', { className: 'glossary-term' });
  if (entry.term.toLowerCase().startsWith(first.toLowerCase()) && entry.term.length > first.length) {
    dfn.append(el('span', { attrs: { lang: entry.lang }, text: entry.term.slice(0, first.length) }), entry.term.slice(first.length));
  } else {
    dfn.append(el('span', { attrs: { lang: entry.lang }, text: entry.term }));
  }
  return dfn;
}

/** Does a filter text match a term (its name, spellings or definition)? */
export function termMatches(entry: GlossaryEntry, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [entry.term, ...entry.forms, entry.definition].some((text) => text.toLowerCase().includes(needle));
}

export function openGlossary(ctx: HistoryContext): void {
  const h = strings().history;
  openSidePanel(h.glossaryTitle, (body) => {
    const entries = sortedTerms(ctx.content.glossary.values());
    const filterId = 'glossary-filter';
    const filter = el('input', { id: filterId, className: 'glossary-filter', attrs: { type: 'search', autocomplete: 'off', spellcheck: 'false' } });
    const count = el('p', { className: 'glossary-count', attrs: { 'aria-live': 'polite' }, text: format(h.glossaryCount, { count: entries.length, total: entries.length }) });
    const rows = entries.map((entry) => el('div', { className: 'glossary-row', dataset: { term: entry.id } }, [
      el('dt', {}, [termElement(entry), el('span', { className: 'glossary-language', text: ` · ${languageName(entry.lang)}` })]),
      el('dd', { text: entry.definition }),
    ]));
    filter.addEventListener('input', () => {
      let shown = 0;
      entries.forEach((entry, index) => {
        const match = termMatches(entry, filter.value);
        rows[index].hidden = !match;
        if (match) shown += 1;
      });
      count.textContent = format(h.glossaryCount, { count: shown, total: entries.length });
    });
    body.append(
      el('p', { className: 'dialog-intro', text: h.glossaryIntro }),
      el('p', { className: 'glossary-search' }, [el('label', { attrs: { for: filterId }, text: h.glossaryFilter }), ' ', filter]),
      count,
      el('dl', { className: 'glossary-list' }, rows),
    );
  }, { className: 'glossary-dialog' });
}
