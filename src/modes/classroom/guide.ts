// The teacher guide, generated from the game's own data: each path's segments and their prompts
// (story/data/segments.ts + story/data/segments/<viewpoint>.json), the lessons that compare the
// paths on one crossing, the glossary, the dated endnotes as a timeline,
// the `# history:` decisions with where each choice leads, and the bibliography. Nothing in it is
// kept in sync by hand; the prose around the data is in ./strings.ts.
import type { Content } from '../../content/registry.ts';
import { el } from '../../ui/dom.ts';
import { sortedTerms, termElement } from '../../ui/history/glossary.ts';
import { chronicle } from '../../ui/history/timeline.ts';
import { sourceCitation } from '../../ui/historyViews.ts';
import { format, strings } from '../../ui/strings.ts';
import { describeChange } from './outcomes.ts';
import { comparisons, type ComparisonInput } from '../../../story/data/segments.ts';
import type { ClassroomData, ClassroomLibrary, Segment } from './segments.ts';
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

/** The person whose path a list of segments plays ("Halyna Savchuk"). */
export type PathName = (path: ClassroomData) => string;

/** A lesson that sets every path's segment holding one crossing day side by side. */
function comparisonPlan(comparison: ComparisonInput, library: ClassroomLibrary, content: Content, pathName: PathName): HTMLElement[] {
  const p = cs().guidePlans;
  const text = p.comparisons[comparison.id as keyof typeof p.comparisons];
  if (!text) return [];
  const holding = library.paths.flatMap((path) => {
    const segment = path.segments.find((candidate) => comparison.day >= candidate.from && comparison.day <= candidate.to);
    return segment ? [{ path, segment }] : [];
  });
  if (holding.length < 2) return [el('h3', { text: text.title }), el('p', { text: p.compareNoPath })];
  const list = holding.map(({ path, segment }) => format(cs().guideCompareSegment, { name: pathName(path), segment: format(cs().segmentNumber, { number: segment.number }), title: segment.title, minutes: segment.lessonMinutes })).join('; ');
  const minutes = Math.max(...holding.map(({ segment }) => Math.round(segment.readingMinutes)));
  const values = { note: content.notes.get(comparison.note)?.title ?? comparison.note, dispute: content.disputes.get(comparison.dispute)?.title ?? comparison.dispute, list, minutes };
  return [
    el('h3', { text: text.title }),
    el('p', { text: text.intro }),
    el('ol', { className: 'guide-comparison', dataset: { comparison: comparison.id } }, text.steps.map((step) => el('li', { text: format(step, values) }))),
  ];
}

function planSection(library: ClassroomLibrary, content: Content, pathName: PathName): HTMLElement {
  const s = cs();
  const p = s.guidePlans;
  const label = (path: ClassroomData, segment: Segment) => `${library.paths.length > 1 ? `${pathName(path)} ` : ''}${segment.number}`;
  const fits = library.paths.flatMap((path) => path.segments.filter((segment) => segment.lessonMinutes <= 30).map((segment) => ({ path, segment })));
  const typical = Math.round(fits.reduce((sum, { segment }) => sum + segment.lessonMinutes, 0) / Math.max(1, fits.length));
  const disputes = [...content.disputes.values()].map((dispute) => dispute.title);
  return section('plans', [
    el('h3', { text: p.one }),
    el('ol', {}, p.oneSteps.map((step) => el('li', { text: format(step, { minutes: typical }) }))),
    el('p', { text: format(p.oneFits, { list: fits.map(({ path, segment }) => format(s.guideSegmentFits, { label: label(path, segment), title: segment.title, minutes: segment.lessonMinutes })).join('; ') || '—' }) }),
    el('h3', { text: p.two }),
    el('ol', {}, p.twoSteps.map((step) => el('li', { text: format(step, { disputes: disputes.length ? disputes.join('; ') : content.notes.get('casualties_dispute')?.title ?? '' }) }))),
    ...comparisons.flatMap((comparison) => comparisonPlan(comparison, library, content, pathName)),
    el('h3', { text: p.project }),
    el('p', { text: p.projectIntro }),
    ...library.paths.flatMap((path) => [
      library.paths.length > 1 ? el('h4', { text: format(p.paths, { name: pathName(path) }) }) : null,
      el('ol', { dataset: { viewpoint: path.viewpoint } }, projectBlocks(path.segments).map((block, index) => el('li', {
        text: format(p.projectBlock, {
          number: index + 1,
          list: block.map((segment) => format(s.guideSegmentQuoted, { number: segment.number, title: segment.title })).join(', '),
          minutes: block.reduce((sum, segment) => sum + segment.lessonMinutes, 0),
        }),
      }))),
    ]),
    el('p', { text: p.projectEnd }),
  ]);
}

function segmentEntry(segment: Segment, data: ClassroomData, content: Content): HTMLElement {
  // Under a path's own heading (h3): the segment is an h4, its prompts an h5.
  const s = cs();
  const prompts = segment.prompts.map((id) => content.prompts.get(id)).filter((prompt) => prompt !== undefined);
  const moments = data.keyChoices.filter((choice) => choice.day >= segment.from && choice.day <= segment.to);
  return el('article', { className: 'guide-segment', dataset: { segment: segment.id } }, [
    el('h4', { text: `${format(s.segmentNumber, { number: segment.number })}: ${segment.title}` }),
    el('p', { className: 'meta', text: `${segment.dates} · ${format(s.guideDays, { from: segment.from, to: segment.to })} · ${format(s.guideMinutes, { reading: segment.readingMinutes, lesson: segment.lessonMinutes, words: segment.words })}` }),
    ...segment.summary.map((line) => el('p', { text: line })),
    el('p', {}, [el('strong', { text: `${s.focus}: ` }), segment.focus]),
    el('p', {}, [el('strong', { text: `${s.contentNotes}: ` }), segment.contentNotes.length ? segment.contentNotes.join(' ') : s.noContentNotes]),
    el('h5', { text: s.guidePrompts }),
    prompts.length
      ? el('ol', { className: 'guide-prompts' }, prompts.map((prompt) => el('li', { dataset: { prompt: prompt.id } }, [
        el('p', {}, [el('strong', { text: prompt.question }), ` (${s.skills[prompt.skill] ?? prompt.skill})`]),
        el('p', { className: 'reveal' }, [el('em', { text: `${s.revealed}: ` }), prompt.reveal]),
      ])))
      : el('p', { text: s.guideNoPrompts }),
    moments.length ? el('p', {}, [el('strong', { text: `${s.guideKeyChoices}: ` }), moments.map((choice) => content.moments.get(choice.moment)?.moment ?? choice.moment).join('; ')]) : null,
  ]);
}

function cheatSheet(library: ClassroomLibrary, content: Content, pathName: PathName): HTMLElement {
  const s = cs();
  return section('cheatSheet', library.paths.flatMap((path) => [el('h3', { text: format(s.guidePlans.paths, { name: pathName(path) }) }), ...path.keyChoices.map((key) => {
    const moment = content.moments.get(key.moment);
    return el('article', { className: 'guide-key-choice', dataset: { moment: key.moment, viewpoint: path.viewpoint } }, [
      el('h4', { text: `${moment?.moment ?? format(s.guideNoMoment, { id: key.moment })} · ${dayLabel(key.day)}` }),
      el('table', {}, [
        el('thead', {}, [el('tr', {}, [
          el('th', { attrs: { scope: 'col' }, text: s.debriefOption }),
          el('th', { attrs: { scope: 'col' }, text: s.leadsTo }),
          el('th', { attrs: { scope: 'col' }, text: s.guideChanges }),
        ])]),
        el('tbody', {}, key.choices.map((choice) => el('tr', {}, [
          el('td', { text: choice.text }),
          el('td', { text: words(choice.leadsTo, 30) }),
          el('td', { text: choice.changes.length ? choice.changes.map((change) => describeChange(change, { variables: s.storyVariables, values: s.storyValues })).join('; ') : s.noChanges }),
        ]))),
      ]),
      moment ? el('p', { className: 'history' }, [el('strong', { text: `${s.guideHistory}: ` }), moment.whatPrisonersDid]) : null,
    ]);
  })]));
}

/** The whole guide as one printable article. */
export function teacherGuide(library: ClassroomLibrary, content: Content, pathName: PathName = (path) => path.viewpoint): HTMLElement {
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
        ...library.paths.map((path) => el('tbody', { dataset: { viewpoint: path.viewpoint } }, [
          el('tr', {}, [el('th', { attrs: { scope: 'colgroup', colspan: '3' }, text: format(s.guidePlans.paths, { name: pathName(path) }) })]),
          ...path.segments.map((segment) => el('tr', {}, [
            el('td', { text: `${segment.number}. ${segment.title}` }),
            el('td', { text: segment.contentKinds.map((kind) => ui.cnKinds[kind] ?? kind).join(', ') || '—' }),
            el('td', { text: segment.contentNotes.join(' ') || s.noContentNotes }),
          ])),
        ])),
      ]),
    ]),
    planSection(library, content, pathName),
    section('segments', [
      el('p', { className: 'meta' }, [el('strong', { text: `${s.guideMethod}: ` }), format(s.guideMethodText, { wordsPerMinute: library.paths[0].wordsPerMinute, minutesPerPause: library.paths[0].minutesPerPause })]),
      ...library.paths.flatMap((path) => [
        el('h3', { className: 'guide-path', text: format(s.guidePlans.paths, { name: pathName(path) }) }),
        ...path.segments.map((segment) => segmentEntry(segment, path, content)),
      ]),
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
    cheatSheet(library, content, pathName),
    section('bibliography', [el('ol', { className: 'guide-bibliography' }, [...content.sources.values()].sort((a, b) => a.factBaseNumber - b.factBaseNumber).map((source) => el('li', { dataset: { source: source.id } }, [
      sourceCitation(source),
      el('span', { className: 'meta', text: ` · ${s.sourceKinds[source.kind] ?? source.kind}. ${ui.reliability}: ${source.reliability}` }),
      source.url ? el('span', { className: 'url-text', text: ` ${source.url}` }) : null,
    ])))]),
  ]);
}
