// Printable pages (the debrief, the teacher guide): shown in the app with a print stylesheet, and
// downloadable as one self-contained HTML file (no scripts, no links out, every text escaped: the
// page is built as DOM text nodes and serialised, never from strings of markup).
import type { Content } from '../../content/registry.ts';
import { language } from '../../i18n/catalog.ts';
import { el } from '../../ui/dom.ts';
import { sourceCitation } from '../../ui/historyViews.ts';

/** The style of a downloaded page: plain, printable, readable without the game. */
export const PAGE_CSS = `
body { font-family: Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.5; font-size: 12pt; }
h1 { font-size: 1.9rem; margin: 0 0 .3em; } h2 { font-size: 1.4rem; margin: 1.6em 0 .5em; border-bottom: 1px solid #888; padding-bottom: .2em; }
h3 { font-size: 1.12rem; margin: 1.2em 0 .4em; } h4 { font-size: 1rem; margin: 1em 0 .3em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; } th, td { border: 1px solid #888; padding: .3em .5em; text-align: left; vertical-align: top; }
.subtitle, .meta, .note-date { color: #444; } .chosen { font-weight: bold; }
.note, .history, .reveal { border-left: 3px solid #888; padding-left: .8em; margin: .6em 0; }
.no-print, button { display: none !important; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } section, article, tr { break-inside: avoid-page; } }
`.trim();

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * One self-contained HTML document of a printable element. The page is a detached copy of the
 * DOM, serialised by the browser (which escapes every text); only the constant style sheet and
 * the escaped title are written as strings. No style element is ever created in the live page,
 * so the strict CSP (style-src 'self') has nothing to object to.
 */
export function standaloneHtml(title: string, page: HTMLElement): string {
  const copy = page.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.no-print, button, script, style, link')) hidden.remove();
  return [
    '<!DOCTYPE html>',
    `<html lang="${language().htmlLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>\n${PAGE_CSS}\n</style>`,
    '</head>',
    '<body>',
    copy.outerHTML,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Saves a page as a file through a Blob link: nothing leaves the device. */
export function downloadHtml(fileName: string, title: string, page: HTMLElement): void {
  const blob = new Blob([standaloneHtml(title, page)], { type: 'text/html;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A numbered list of sources by id, as the bibliography cites them. */
export function sourceList(content: Content, ids: readonly string[]): HTMLElement {
  return el('ol', { className: 'source-list' }, ids.map((id) => content.sources.get(id)).filter((source) => source !== undefined).map((source) => el('li', { dataset: { source: source.id } }, [
    sourceCitation(source),
    source.url ? el('span', { className: 'source-url' }, [' · ', el('span', { className: 'url-text', text: source.url })]) : null,
  ])));
}
