// The panel at the end of the story: "The end" or "To be continued", then the actions. The
// actions are a slot: the mode receives the default list and returns its own. And the end page:
// a full page with the ending's name, what this character did or the memorial, and the ways on.
import type { Ending } from '../../content/schema.ts';
import type { Beat } from '../../engine/index.ts';
import type { SessionLine } from '../../session/index.ts';
import type { EndPanelSlot } from '../../modes/policy.ts';
import { button, el } from '../dom.ts';
import { format, strings } from '../strings.ts';

/** `who`: the viewpoint's short name, for "The end of Jonas's path". */
export function endPanel(beat: Beat, parts: EndPanelSlot, who: string): HTMLElement {
  const s = strings();
  const panel = el('div', { className: 'end-panel' });
  if (parts.heading) panel.append(el('h2', { text: parts.heading.title }), parts.heading.body ? el('p', { text: parts.heading.body }) : '');
  else if (beat.toBeContinued) panel.append(el('h2', { text: s.toBeContinued }), el('p', { text: format(s.toBeContinuedBody, { name: who }) }));
  else panel.append(el('h2', { text: format(s.theEnd, { name: who }) }));
  if (parts.before) panel.append(parts.before);
  panel.append(el('div', { className: 'button-row' }, parts.actions.map((action) => button(action.label, action.run, {
    className: action.className ?? 'secondary', id: action.id, attrs: action.describedBy ? { 'aria-describedby': action.describedBy } : undefined,
  }))));
  if (parts.after) panel.append(parts.after);
  return panel;
}

/** The end page's facts, gathered from the session before the page opens. */
export interface EndFacts {
  /** The viewpoint's short name ("Halyna") and full name ("Halyna Savchuk"). */
  who: string;
  fullName: string;
  ending: Ending;
  /** The lines of the beat that reached the ending, as the session showed them. */
  lines: readonly Pick<SessionLine, 'id' | 'text' | 'tags'>[];
}

/**
 * What the ending says this character did: from the screen that carries `# ending:` to the last
 * line of the viewpoint's own ending text (the lines whose stamped id shares the ending line's
 * prefix, "h.d42."), before the shared epilogue. Unstamped ink gives the ending's screen alone.
 */
export function endingText(lines: readonly Pick<SessionLine, 'id' | 'text' | 'tags'>[]): string[] {
  const at = lines.findIndex((line) => line.tags.ending);
  if (at < 0) return [];
  let start = at;
  while (start > 0 && !lines[start].tags.clear) start -= 1;
  const id = lines[at].id;
  const prefix = id && id.includes('.') ? id.slice(0, id.lastIndexOf('.') + 1) : null;
  const texts: string[] = [];
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index];
    if (index > at) {
      if (prefix ? !line.id?.startsWith(prefix) : line.tags.clear) break;
    }
    if (line.text.trim()) texts.push(line.text);
  }
  return texts;
}

/** A designed end page: the ending's name, what this character did (or the memorial), its endnote, and the ways on. */
export function fillEndPage(body: HTMLElement, facts: EndFacts, actions: { label: string; run: () => void; id: string; className?: string }[], noteLink: HTMLElement | null): void {
  const s = strings();
  const memorial = facts.ending.memorial;
  body.classList.add('end-page');
  if (memorial) body.classList.add('memorial');
  body.append(
    el('p', { className: 'page-intro', text: format(s.endPage.lead, { name: facts.who }) }),
    el('section', { className: 'end-did', attrs: { 'aria-labelledby': 'end-did-heading' } }, [
      el('h2', { id: 'end-did-heading', text: memorial ? s.endPage.memorialHeading : format(s.endPage.didHeading, { name: facts.who }) }),
      ...endingText(facts.lines).map((text) => el('p', { className: 'end-line', text })),
    ]),
    noteLink ?? '',
    el('nav', { className: 'button-row end-actions', attrs: { 'aria-label': s.endPage.open } }, actions.map((action) => button(action.label, action.run, { className: action.className ?? 'secondary', id: action.id }))),
  );
}

/** The page's title: the ending's name, or the memorial's. */
export function endPageTitle(facts: EndFacts): string {
  const s = strings();
  return facts.ending.memorial ? format(s.endPage.memorialTitle, { name: facts.fullName }) : format(s.endPage.title, { title: facts.ending.title, name: facts.who });
}
