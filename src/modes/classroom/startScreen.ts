// The classroom start screen: the teacher picks a segment on one of the paths, gentle wording and
// how the class votes, then starts the lesson, a rehearsal, the guide or the endnotes.
import { viewpointById } from '../../viewpoints/registry.ts';
import { button, el } from '../../ui/dom.ts';
import { viewpointText } from '../../ui/screens/viewpoint.ts';
import { format, strings } from '../../ui/strings.ts';
import { VOTE_METHODS } from './lesson.ts';
import type { Plan } from './plan.ts';
import type { ClassroomData, ClassroomLibrary } from './segments.ts';
import { cs } from './strings.ts';

export interface StartScreenInput {
  library: ClassroomLibrary;
  plan: Readonly<Plan>;
  /** The teacher changed the plan (the screen is not redrawn: the inputs already show it). */
  changePlan(change: Partial<Plan>): void;
  /** Offers the last lesson's debrief (a reload mid-lesson keeps it). */
  hasLesson: boolean;
  begin(rehearsal: boolean): void;
  showGuide(): void;
  openAllNotes(): void;
  showDebrief(): void;
}

/** The person whose path a segment list plays: "Halyna Savchuk". */
export function pathName(path: ClassroomData): string {
  const viewpoint = viewpointById(path.viewpoint);
  return viewpoint ? viewpointText(viewpoint, 'name') : path.viewpoint;
}

function segmentItems(path: ClassroomData, input: StartScreenInput): HTMLElement[] {
  const s = cs();
  return path.segments.map((segment) => {
    const id = `segment-${segment.id}`;
    const radio = el('input', { id, attrs: { type: 'radio', name: 'segment', value: segment.id, checked: segment.id === input.plan.segment, 'aria-describedby': `${id}-details` } });
    radio.addEventListener('change', () => { if (radio.checked) input.changePlan({ segment: segment.id }); });
    const kinds = segment.contentKinds.map((kind) => strings().cnKinds[kind] ?? kind);
    return el('li', { className: 'segment-option' }, [
      radio,
      el('label', { attrs: { for: id } }, [
        el('span', { className: 'segment-number', text: format(s.segmentNumber, { number: segment.number }) }), ' ',
        el('span', { className: 'segment-title', text: segment.title }),
      ]),
      el('div', { className: 'segment-details', id: `${id}-details` }, [
        el('p', { className: 'segment-meta', text: format(s.segmentMeta, { dates: segment.dates, from: segment.from, to: segment.to, reading: Math.round(segment.readingMinutes), lesson: segment.lessonMinutes }) }),
        el('p', { className: 'segment-summary', text: segment.summary.join(' ') }),
        el('p', { className: 'segment-focus' }, [el('strong', { text: `${s.focus}: ` }), segment.focus]),
        el('p', { className: 'segment-cn' }, [el('strong', { text: `${s.contentNotes}: ` }), segment.contentNotes.length ? segment.contentNotes.join(' ') : s.noContentNotes, kinds.length ? ` (${kinds.join(', ')})` : '']),
      ]),
    ]);
  });
}

export function startScreen(input: StartScreenInput): HTMLElement {
  const s = cs();
  const gentle = el('input', { id: 'classroom-gentle', attrs: { type: 'checkbox', checked: input.plan.gentle, 'aria-describedby': 'classroom-gentle-help' } });
  gentle.addEventListener('change', () => input.changePlan({ gentle: gentle.checked }));
  const methods = VOTE_METHODS.map((method) => {
    const id = `vote-method-${method}`;
    const radio = el('input', { id, attrs: { type: 'radio', name: 'vote-method', value: method, checked: method === input.plan.method } });
    radio.addEventListener('change', () => { if (radio.checked) input.changePlan({ method }); });
    return el('div', { className: 'radio' }, [radio, el('label', { attrs: { for: id }, text: s.voteMethods[method] })]);
  });
  return el('main', { className: 'classroom-start', id: 'main' }, [
    el('header', { className: 'classroom-start-header' }, [
      el('p', { className: 'title-kicker', text: `${strings().appTitle} · ${s.kicker}` }),
      el('h1', { text: s.startTitle }),
      el('p', { className: 'lead', text: s.startIntro }),
      el('p', { className: 'content-note', attrs: { role: 'note' }, text: strings().contentNote }),
    ]),
    el('div', { className: 'classroom-start-body' }, [
      el('fieldset', { className: 'segment-picker' }, [
        el('legend', { text: s.segmentsLegend }),
        ...input.library.paths.flatMap((path) => {
          const headingId = `segment-path-${path.viewpoint}`;
          return [
            el('h2', { className: 'segment-path', id: headingId, text: format(s.pathHeading, { name: pathName(path) }) }),
            el('ol', { className: 'segment-list', dataset: { viewpoint: path.viewpoint }, attrs: { 'aria-labelledby': headingId } }, segmentItems(path, input)),
          ];
        }),
      ]),
      el('div', { className: 'classroom-options' }, [
        el('fieldset', { className: 'setting' }, [
          el('legend', { text: s.optionsLegend }),
          el('div', { className: 'setting checkbox' }, [gentle, el('label', { attrs: { for: 'classroom-gentle' }, text: s.gentle }), el('p', { className: 'setting-help', id: 'classroom-gentle-help', text: s.gentleHelp })]),
        ]),
        el('fieldset', { className: 'setting vote-methods' }, [el('legend', { text: s.votesLegend }), ...methods]),
        el('div', { className: 'classroom-actions' }, [
          button(s.startLesson, () => input.begin(false), { className: 'primary', id: 'start-lesson' }),
          button(s.rehearse, () => input.begin(true), { className: 'secondary', id: 'rehearse' }),
          button(s.teacherGuide, () => input.showGuide(), { className: 'secondary', id: 'open-guide' }),
          button(s.allNotes, () => input.openAllNotes(), { className: 'secondary', id: 'all-notes' }),
          input.hasLesson ? button(s.lastDebrief, () => input.showDebrief(), { className: 'tertiary', id: 'last-debrief' }) : null,
        ]),
        el('p', { className: 'privacy-note', text: s.privacy }),
      ]),
    ]),
  ]);
}
