// The lesson debrief: the segment played, every vote with its tally, what really happened, the
// sources, and three follow-up questions from the prompts of the scenes played. One element,
// shown on screen, printed with the print stylesheet, or downloaded as a self-contained page.
import type { Content } from '../../content/registry.ts';
import { el } from '../../ui/dom.ts';
import { noteArticle } from '../../ui/historyViews.ts';
import { format, strings } from '../../ui/strings.ts';
import { followUpPrompts, lessonSources, type LessonRecord, type VoteRecord } from './lesson.ts';
import { sourceList } from './printable.ts';
import type { ClassroomData } from './segments.ts';
import { cs } from './strings.ts';
import { dayLabel } from './dates.ts';

function voteSection(vote: VoteRecord, position: number, content: Content): HTMLElement {
  const s = cs();
  const moment = vote.moment ? content.moments.get(vote.moment) : undefined;
  const noteId = moment?.note ?? vote.note;
  const note = noteId ? content.notes.get(noteId) : undefined;
  const counted = vote.options.some((option) => option.votes !== null);
  return el('section', { className: 'debrief-vote', dataset: { vote: String(position) } }, [
    el('h3', { text: `${position + 1}. ${dayLabel(vote.day)}${moment ? ` · ${moment.moment}` : ''}` }),
    vote.context ? el('p', { className: 'meta', text: format(s.debriefContext, { text: vote.context }) }) : null,
    el('table', { className: 'debrief-tally' }, [
      el('thead', {}, [el('tr', {}, [el('th', { attrs: { scope: 'col' }, text: s.debriefOption }), counted ? el('th', { attrs: { scope: 'col' }, text: s.debriefVotesColumn }) : null])]),
      el('tbody', {}, vote.options.map((option, index) => el('tr', { className: index === vote.chosen ? 'chosen' : '' }, [
        el('td', {}, [option.text, index === vote.chosen ? el('strong', { text: ` (${s.debriefChosen})` }) : null]),
        counted ? el('td', { text: String(option.votes ?? 0) }) : null,
      ]))),
    ]),
    vote.tie ? el('p', { className: 'meta', text: s.debriefTie }) : null,
    !counted ? el('p', { className: 'meta', text: s.debriefTeacher }) : null,
    el('h4', { text: s.whatPrisonersDid }),
    el('div', { className: 'history' }, [
      el('p', { text: moment ? moment.whatPrisonersDid : (note ? s.ownChoice : s.ownChoiceNoNote) }),
      note ? noteArticle(note, content, 'h4') : null,
    ]),
  ]);
}

/** The debrief of a lesson, as one printable article. */
export function debriefPage(lesson: LessonRecord, data: ClassroomData, content: Content): HTMLElement {
  const s = cs();
  const played = data.segments.filter((segment) => lesson.segments.includes(segment.id));
  const daysPlayed = data.days.filter((day) => day.day >= lesson.firstDay && day.day <= lesson.lastDay).flatMap((day) => day.prompts);
  const distance = (day: number) => (day < lesson.firstDay ? lesson.firstDay - day : Math.max(0, day - lesson.lastDay));
  const nearby = [...data.days].sort((a, b) => distance(a.day) - distance(b.day) || a.day - b.day).flatMap((day) => day.prompts);
  const followUps = followUpPrompts(content, lesson.prompts, daysPlayed, played.flatMap((segment) => segment.prompts), nearby);
  const sources = lessonSources(content, lesson, followUps);
  const discussed = lesson.prompts.map((id) => content.prompts.get(id)).filter((prompt) => prompt !== undefined);
  return el('article', { className: 'printable debrief', attrs: { 'aria-labelledby': 'debrief-title' } }, [
    el('h1', { id: 'debrief-title', text: s.debriefTitle }),
    el('p', { className: 'subtitle', text: strings().appTitle }),
    el('section', { className: 'debrief-segment' }, [
      el('h2', { text: s.debriefSegment }),
      ...played.map((segment) => el('div', { className: 'debrief-segment-entry' }, [
        el('p', {}, [el('strong', { text: format(s.debriefPlayed, { number: segment.number, title: segment.title, dates: segment.dates, from: Math.max(segment.from, lesson.firstDay), to: Math.min(segment.to, lesson.lastDay) }) })]),
        el('p', { text: segment.summary[0] }),
        el('p', { className: 'meta', text: `${s.focus}: ${segment.focus}` }),
      ])),
      lesson.rehearsal ? el('p', { className: 'meta', text: s.debriefRehearsal }) : null,
      lesson.gentle ? el('p', { className: 'meta', text: s.debriefGentle }) : null,
    ]),
    el('section', { className: 'debrief-votes' }, [
      el('h2', { text: s.debriefVotes }),
      ...(lesson.votes.length ? lesson.votes.map((vote, index) => voteSection(vote, index, content)) : [el('p', { text: s.debriefNoVotes })]),
    ]),
    el('section', { className: 'debrief-discussions' }, [
      el('h2', { text: s.debriefDiscussions }),
      discussed.length
        ? el('ol', {}, discussed.map((prompt) => el('li', {}, [
          el('p', {}, [el('strong', { text: prompt.question }), ` (${s.skills[prompt.skill] ?? prompt.skill})`]),
          el('p', { className: 'reveal', text: prompt.reveal }),
        ])))
        : el('p', { text: s.debriefNoDiscussions }),
    ]),
    el('section', { className: 'debrief-followup' }, [
      el('h2', { text: s.debriefFollowUp }),
      el('p', { text: s.debriefFollowUpIntro }),
      el('ol', { className: 'follow-up' }, followUps.map((id) => {
        const prompt = content.prompts.get(id)!;
        return el('li', { dataset: { prompt: id } }, [prompt.question, el('span', { className: 'meta', text: ` (${s.skills[prompt.skill] ?? prompt.skill})` })]);
      })),
    ]),
    el('section', { className: 'debrief-sources' }, [
      el('h2', { text: s.debriefSources }),
      sourceList(content, sources),
    ]),
  ]);
}
