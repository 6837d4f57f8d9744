// What a rehearsal adds to the play screen: a bar to jump to any day or open every endnote, and
// under the choices a preview of where each one leads (found by rehearsal.ts's ChoicePreviewer).
import { button, el } from '../../ui/dom.ts';
import { format } from '../../ui/strings.ts';
import { dateOfDay } from './dates.ts';
import { describeChange } from './outcomes.ts';
import type { ChoicePreview } from './rehearsal.ts';
import type { DayData } from './segments.ts';
import { cs } from './strings.ts';

export function rehearsalBar(days: readonly DayData[], firstDay: number, actions: { jump(day: number): void; openAllNotes(): void }): HTMLElement {
  const s = cs();
  const select = el('select', { id: 'rehearsal-day' }, days.map((day) => el('option', {
    attrs: { value: String(day.day), selected: day.day === firstDay },
    text: day.day === 0 ? s.prologueOption : format(s.dayOption, { day: day.day, date: dateOfDay(day.day) }),
  })));
  return el('section', { className: 'rehearsal-bar', attrs: { 'aria-labelledby': 'rehearsal-heading' } }, [
    el('h2', { id: 'rehearsal-heading', className: 'rehearsal-heading', text: s.rehearsalTitle }),
    el('p', { className: 'rehearsal-intro', text: s.rehearsalIntro }),
    el('div', { className: 'rehearsal-tools' }, [
      el('label', { attrs: { for: 'rehearsal-day' }, text: s.jumpToDay }), select,
      button(s.jump, () => actions.jump(Number(select.value)), { className: 'secondary', id: 'rehearsal-jump' }),
      button(s.allNotes, () => actions.openAllNotes(), { className: 'secondary', id: 'rehearsal-notes' }),
    ]),
  ]);
}

export function rehearsalPreviews(previews: readonly ChoicePreview[]): HTMLElement {
  const s = cs();
  return el('section', { className: 'rehearsal-previews', attrs: { 'aria-labelledby': 'previews-heading' } }, [
    el('h2', { id: 'previews-heading', text: s.leadsTo }),
    el('ol', {}, previews.map((preview) => el('li', { dataset: { choiceIndex: String(preview.index) } }, [
      el('p', { className: 'preview-choice', text: preview.text }),
      el('p', { className: 'preview-leads' }, [el('strong', { text: `${s.leadsTo}: ` }), preview.leadsTo ?? s.previewUnavailable]),
      el('p', { className: 'preview-changes' }, [el('strong', { text: `${s.changes}: ` }), preview.changes.length ? preview.changes.map((change) => describeChange(change, { variables: s.storyVariables, values: s.storyValues })).join('; ') : s.noChanges]),
    ]))),
  ]);
}
