// The panel at the end of the story: "The end" or "To be continued", then the actions. The
// actions are a slot: the mode receives the default list and returns its own.
import type { Beat } from '../../engine/index.ts';
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
