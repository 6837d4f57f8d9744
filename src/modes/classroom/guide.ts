// The teacher guide, generated from the game's own data: the segments and their prompts
// (story/data/segments.ts + segments-state.json), the glossary, the dated endnotes as a timeline,
// the `# history:` decisions with where each choice leads, and the bibliography. Nothing in it is
// kept in sync by hand; the prose around the data is in ./strings.ts.
import type { Content } from '../../content/registry.ts';
import { el } from '../../ui/dom.ts';
import { sortedTerms, termElement } from '../../ui/history/glossary.ts';
import { chronicle } from '../../ui/history/timeline.ts';
import { sourceCitation } from '../../ui/historyViews.ts';
import { format, strings } from '../../ui/strings.ts';
import { describeChange } from './outcomes.ts';
import type { ClassroomData, Segment } from './segments.ts';
import { cs } from './strings.ts';
import { dayLabel } from './dates.ts';

const SECTION_IDS = ['overview', 'content', 'plans', 'segments', 'vocabulary', 'timeline', 'cheatSheet', 'bibliography'] as const;
type SectionId = (typeof SECTION_IDS)[number];

function section(id: SectionId, children: (Node | null)[]): HTMLElement {
  const title = cs().sections[id];
  return el('section', { className: `guide-section guide-${id}`, id: `guide-${id}`, attrs: { 'aria-labelledby': `guide-${id}-heading` } }, [
    el('h2', { id: `guide-${id}-heading`, text: title }),
    ...children,
  ]);
}

function words(text: string, limit: number): string {
  const parts = text.trim().split(/\s+/);
  return parts.length <= limit ? text.trim() : `${parts.slice(0, limit).join(' ')} …`;
}

/** Groups segments, in order, into blocks of about `minutes` of lesson time. */
export function projectBlocks(segments: readonly Segment[], minutes = 35): Segment[][] {
  const blocks: Segment[][] = [];
  let current: Segment[] = [];
  let used = 0;
  for (const segment of segments) {
    if (current.length && used + segment.lessonMinutes > minutes + 5) {
      blocks.push(current);
      current = [];
      used = 0;
    }
    current.push(segment);
    used += segment.lessonMinutes;
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function planSection(data: ClassroomData, content: Content): HTMLElement {
  const s = cs();
  const p = s.guidePlans;
  const fits = data.segments.filter((segment) => segment.lessonMinutes <= 30);
  const typical = Math.round(fits.reduce((sum, segment) => sum + segment.lessonMinutes, 0) / Math.max(1, fits.length));
  const disputes = [...content.disputes.values()].map((dispute) => dispute.title);
  const blocks = projectBlocks(data.segments);
  return section('plans', [
    el('h3', { text: p.one }),
    el('ol', {}, p.oneSteps.map((step) => el('li', { text: format(step, { minutes: typical }) }))),
    el('p', { text: format(p.oneFits, { list: fits.map((segment) => `${segment.number} (${segment.title}, ${segment.lessonMinutes} min)`).join('; ') || '—' }) }),
    el('h3', { text: p.two }),
    el('ol', {}, p.twoSteps.map((step) => el('li', { text: format(step, { disputes: disputes.length ? disputes.join('; ') : content.notes.get('casualties_dispute')?.title ?? '' }) }))),
    el('h3', { text: p.project }),
    el('p', { text: p.projectIntro }),
    el('ol', {}, blocks.map((block, index) => el('li', {
      text: format(p.projectBlock, {
        number: index + 1,
        list: block.map((segment) => `${segment.number} “${segment.title}”`).join(', '),
        minutes: block.reduce((sum, segment) => sum + segment.lessonMinutes, 0),
      }),
    }))),
    el('p', { text: p.projectEnd }),
  ]);
}

function segmentEntry(segment: Segment, data: ClassroomData, content: Content): HTMLElement {
  const s = cs();
  const prompts = segment.prompts.map((id) => content.prompts.get(id)).filter((prompt) => prompt !== undefined);
  const moments = data.keyChoices.filter((choice) => choice.day >= segment.from && choice.day <= segment.to);
  return el('article', { className: 'guide-segment', dataset: { segment: segment.id } }, [
    el('h3', { text: `${format(s.segmentNumber, { number: segment.number })}: ${segment.title}` }),
    el('p', { className: 'meta', text: `${segment.dates} · days ${segment.from}–${segment.to} · ${format(s.guideMinutes, { reading: segment.readingMinutes, lesson: segment.lessonMinutes, words: segment.words })}` }),
    ...segment.summary.map((line) => el('p', { text: line })),
    el('p', {}, [el('strong', { text: `${s.focus}: ` }), segment.focus]),
    el('p', {}, [el('strong', { text: `${s.contentNotes}: ` }), segment.contentNotes.length ? segment.contentNotes.join(' ') : s.noContentNotes]),
    el('h4', { text: s.guidePrompts }),
    prompts.length
      ? el('ol', { className: 'guide-prompts' }, prompts.map((prompt) => el('li', { dataset: { prompt: prompt.id } }, [
        el('p', {}, [el('strong', { text: prompt.question }), ` (${s.skills[prompt.skill] ?? prompt.skill})`]),
        el('p', { className: 'reveal' }, [el('em', { text: `${s.revealed}: ` }), prompt.reveal]),
      ])))
      : el('p', { text: s.guideNoPrompts }),
    moments.length ? el('p', {}, [el('strong', { text: `${s.guideKeyChoices}: ` }), moments.map((choice) => content.moments.get(choice.moment)?.moment ?? choice.moment).join('; ')]) : null,
  ]);
}

function cheatSheet(data: ClassroomData, content: Content): HTMLElement {
  const s = cs();
  return section('cheatSheet', data.keyChoices.map((key) => {
    const moment = content.moments.get(key.moment);
    return el('article', { className: 'guide-key-choice', dataset: { moment: key.moment } }, [
      el('h3', { text: `${moment?.moment ?? format(s.guideNoMoment, { id: key.moment })} · ${dayLabel(key.day)}` }),
      el('table', {}, [
        el('thead', {}, [el('tr', {}, [
          el('th', { attrs: { scope: 'col' }, text: s.debriefOption }),
          el('th', { attrs: { scope: 'col' }, text: s.leadsTo }),
          el('th', { attrs: { scope: 'col' }, text: s.guideChanges }),
        ])]),
        el('tbody', {}, key.choices.map((choice) => el('tr', {}, [
          el('td', { text: choice.text }),
          el('td', { text: words(choice.leadsTo, 30) }),
          el('td', { text: choice.changes.length ? choice.changes.map(describeChange).join('; ') : s.noChanges }),
        ]))),
      ]),
      moment ? el('p', { className: 'history' }, [el('strong', { text: `${s.guideHistory}: ` }), moment.whatPrisonersDid]) : null,
    ]);
  }));
}

/** The whole guide as one printable article. */
export function teacherGuide(data: ClassroomData, content: Content): HTMLElement {
  const s = cs();
  const ui = strings();
  const eras = chronicle(content.notes.values(), [], true);
  const contents = el('nav', { className: 'guide-contents', attrs: { 'aria-labelledby': 'guide-contents-heading' } }, [
    el('h2', { id: 'guide-contents-heading', text: s.contents }),
    el('ol', {}, SECTION_IDS.map((id) => el('li', {}, [el('a', { attrs: { href: `#guide-${id}` }, text: s.sections[id] })]))),
  ]);
  return el('article', { className: 'printable teacher-guide', attrs: { 'aria-labelledby': 'guide-title' } }, [
    el('h1', { id: 'guide-title', text: s.guideTitle }),
    el('p', { className: 'subtitle', text: s.guideSubtitle }),
    el('p', { className: 'meta no-print', text: s.print_hint }),
    contents,
    section('overview', s.guideOverview.map((text) => el('p', { text }))),
    section('content', [
      ...s.guideAge.map((text) => el('p', { text })),
      el('table', {}, [
        el('thead', {}, [el('tr', {}, [
          el('th', { attrs: { scope: 'col' }, text: s.guideContentTable.segment }),
          el('th', { attrs: { scope: 'col' }, text: s.guideContentTable.kinds }),
          el('th', { attrs: { scope: 'col' }, text: s.guideContentTable.notes }),
        ])]),
        el('tbody', {}, data.segments.map((segment) => el('tr', {}, [
          el('td', { text: `${segment.number}. ${segment.title}` }),
          el('td', { text: segment.contentKinds.map((kind) => ui.cnKinds[kind] ?? kind).join(', ') || '—' }),
          el('td', { text: segment.contentNotes.join(' ') || s.noContentNotes }),
        ]))),
      ]),
    ]),
    planSection(data, content),
    section('segments', [
      el('p', { className: 'meta' }, [el('strong', { text: `${s.guideMethod}: ` }), data.method]),
      ...data.segments.map((segment) => segmentEntry(segment, data, content)),
    ]),
    section('vocabulary', [el('dl', { className: 'guide-glossary' }, sortedTerms(content.glossary.values()).flatMap((entry) => [
      el('dt', {}, [termElement(entry)]),
      el('dd', { text: entry.definition }),
    ]))]),
    section('timeline', eras.filter((era) => era.entries.length).flatMap((era) => [
      el('h3', { text: ui.history.eras[era.era] ?? era.era }),
      el('ol', { className: 'guide-timeline' }, era.entries.map(({ note }) => el('li', { dataset: { note: note.id } }, [
        el('strong', { text: note.date.label }), ` · ${note.title}. `, words(note.body, 28),
      ]))),
    ])),
    cheatSheet(data, content),
    section('bibliography', [el('ol', { className: 'guide-bibliography' }, [...content.sources.values()].sort((a, b) => a.factBaseNumber - b.factBaseNumber).map((source) => el('li', { dataset: { source: source.id } }, [
      sourceCitation(source),
      el('span', { className: 'meta', text: ` · ${source.kind}. ${ui.reliability}: ${source.reliability}` }),
      source.url ? el('span', { className: 'url-text', text: ` ${source.url}` }) : null,
    ])))]),
  ]);
}
