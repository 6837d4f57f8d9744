// The debrief and teacher-guide screens: a printable article (debrief.ts, guide.ts) under a
// toolbar to print it, download it as one file (printable.ts) or go back to the start screen.
import { button, el } from '../../ui/dom.ts';
import { downloadHtml } from './printable.ts';
import { cs } from './strings.ts';

function pageToolbar(fileName: string, title: string, page: () => HTMLElement | null, back: () => void, extra: HTMLElement[] = []): HTMLElement {
  const s = cs();
  return el('nav', { className: 'page-toolbar no-print', attrs: { 'aria-label': title } }, [
    button(s.print, () => window.print(), { className: 'primary', id: 'print-page' }),
    button(s.download, () => { const element = page(); if (element) downloadHtml(fileName, title, element); }, { className: 'secondary', id: 'download-page' }),
    ...extra,
    button(s.backToStart, back, { className: 'tertiary', id: 'page-back' }),
  ]);
}

export function debriefScreen(article: HTMLElement, actions: { showGuide(): void; back(): void }): HTMLElement {
  const s = cs();
  return el('main', { className: 'classroom-page debrief-page', id: 'main' }, [
    pageToolbar('kengir-lesson-debrief.html', s.debriefTitle, () => article, () => actions.back(), [button(s.teacherGuide, () => actions.showGuide(), { className: 'secondary', id: 'debrief-guide' })]),
    article,
  ]);
}

export function guideScreen(article: HTMLElement, actions: { back(): void }): HTMLElement {
  const s = cs();
  return el('main', { className: 'classroom-page guide-page', id: 'main' }, [pageToolbar('kengir-teacher-guide.html', s.guideTitle, () => article, () => actions.back()), article]);
}
