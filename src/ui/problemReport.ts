// "Report a problem" in the accessibility statement: a plain-text description of the player's
// setup (browser, screen, settings, the current screen's line id) to paste into a message. No
// request leaves the page and nothing personal is collected; the player sees every word first.
import { el, button } from './dom.ts';
import { strings } from './strings.ts';

export interface ReportFacts {
  userAgent: string;
  viewport: string;
  language: string;
  settings: Record<string, unknown>;
  /** Where in the story, when a story is open (viewpoint, day and the first line's id). */
  place: string | null;
}

export function reportText(facts: ReportFacts): string {
  return [
    'Kengir, forty days: problem report',
    `Browser: ${facts.userAgent}`,
    `Window: ${facts.viewport}`,
    `Language: ${facts.language}`,
    `Settings: ${Object.entries(facts.settings).map(([key, value]) => `${key}=${String(value)}`).join(', ')}`,
    `Where: ${facts.place ?? 'no story open'}`,
    'What happened, and what you expected:',
    '',
  ].join('\n');
}

/** The facts of this page now: the browser's, the settings and where the story is. */
export function pageFacts(settings: object, place: string | null): ReportFacts {
  return {
    userAgent: navigator.userAgent,
    viewport: `${window.innerWidth}x${window.innerHeight}, ${window.devicePixelRatio || 1}x`,
    language: document.documentElement.lang || 'en',
    settings: { ...settings },
    place,
  };
}

/** The section's controls: the report in a read-only text box and a button that copies it. */
export function problemReportControls(facts: () => ReportFacts): HTMLElement {
  const s = strings();
  const box = el('textarea', { className: 'problem-report', attrs: { readonly: true, rows: 7, 'aria-label': s.problemReportLabel } });
  const status = el('p', { className: 'setting-help', attrs: { role: 'status' } });
  box.value = reportText(facts());
  const copy = button(s.problemReportCopy, () => {
    box.value = reportText(facts());
    box.select();
    // Clipboard access can be refused (a kiosk, an old browser): the selected text stays to copy by hand.
    const done = () => { status.textContent = s.problemReportCopied; };
    const manual = () => { status.textContent = s.problemReportManual; };
    try {
      if (navigator.clipboard) navigator.clipboard.writeText(box.value).then(done, manual);
      else manual();
    } catch { manual(); }
  }, { className: 'secondary' });
  return el('div', { className: 'problem-report-controls' }, [box, el('div', { className: 'button-row' }, [copy]), status]);
}
