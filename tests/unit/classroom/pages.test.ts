// @vitest-environment happy-dom
// The printable pages built from data: the debrief shows every vote with its tally and what
// really happened; the downloaded page is self-contained and escapes story text; the teacher
// guide has every section, every segment and every key choice.
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../src/content/bundled.ts';
import { debriefPage } from '../../../src/modes/classroom/debrief.ts';
import { projectBlocks, teacherGuide } from '../../../src/modes/classroom/guide.ts';
import { newLesson } from '../../../src/modes/classroom/lesson.ts';
import { standaloneHtml } from '../../../src/modes/classroom/printable.ts';
import { buildClassroomLibrary } from '../../../src/modes/classroom/segments.ts';
import { classroomStrings } from '../../../src/modes/classroom/strings.ts';

const content = bundledContent();
const library = buildClassroomLibrary();
const data = library.paths[0];

function lessonWithVotes() {
  const segment = data.segments[2];
  const lesson = newLesson(segment.id, segment.from, { gentle: true, method: 'hands', rehearsal: false });
  lesson.lastDay = segment.to;
  const moment = [...content.moments.values()][0];
  lesson.votes.push({ day: segment.from, context: 'The lock turns <b>in</b> the door & stays.', method: 'hands', options: [{ text: 'Sing <loud>', votes: 11 }, { text: 'Lie down', votes: 7 }], chosen: 0, tie: false, moment: moment.id, note: null });
  lesson.votes.push({ day: segment.to, context: '', method: 'hands', options: [{ text: 'Left', votes: 4 }, { text: 'Right', votes: 4 }], chosen: 1, tie: true, moment: null, note: content.notes.keys().next().value! });
  lesson.prompts.push(...segment.prompts.slice(0, 1));
  return { lesson, segment, moment };
}

describe('the debrief', () => {
  it('lists the segment, every vote with its tally, what really happened, sources and three follow-ups', () => {
    const { lesson, segment, moment } = lessonWithVotes();
    const page = debriefPage(lesson, data, content);
    const text = page.textContent ?? '';
    expect(text).toContain(segment.title);
    expect(page.querySelectorAll('.debrief-vote')).toHaveLength(2);
    expect(page.querySelector('.debrief-vote tbody')?.textContent).toContain('11');
    expect(text).toContain(moment.whatPrisonersDid);
    expect(text).toContain(classroomStrings.debriefTie);
    expect(page.querySelectorAll('.follow-up li')).toHaveLength(3);
    expect(page.querySelectorAll('.debrief-sources li').length).toBeGreaterThan(0);
  });

  it('downloads as one self-contained page with story text escaped', () => {
    const { lesson } = lessonWithVotes();
    const html = standaloneHtml('Lesson debrief', debriefPage(lesson, data, content));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('&lt;b&gt;in&lt;/b&gt;');
    expect(html).toContain('Sing &lt;loud&gt;');
    expect(html).not.toContain('<b>in</b>');
    expect(html).not.toMatch(/<script|<link|src=|href="http/i);
    expect(html).toContain('<style>');
  });
});

describe('the teacher guide', () => {
  it('has every section, every segment of every path with its prompts, the vocabulary, timeline, cheat sheet and bibliography', () => {
    const guide = teacherGuide(library, content, (path) => `Path ${path.viewpoint}`);
    const headings = [...guide.querySelectorAll('h2')].map((h) => h.textContent);
    for (const title of Object.values(classroomStrings.sections)) expect(headings).toContain(title);
    const segments = library.paths.flatMap((path) => path.segments);
    expect(guide.querySelectorAll('.guide-segment')).toHaveLength(segments.length);
    expect([...guide.querySelectorAll('.guide-path')].map((h) => h.textContent)).toEqual(['Segments of Path halyna\u2019s path', 'Segments of Path jonas\u2019s path', 'Segments of Path pavel\u2019s path']);
    const prompts = library.paths.reduce((sum, path) => sum + new Set(path.segments.flatMap((segment) => segment.prompts)).size, 0);
    expect(guide.querySelectorAll('.guide-prompts li[data-prompt]').length).toBe(prompts);
    expect(guide.querySelectorAll('.guide-glossary dt')).toHaveLength(content.glossary.size);
    expect(guide.querySelectorAll('.guide-timeline li')).toHaveLength(content.notes.size);
    expect(guide.querySelectorAll('.guide-key-choice')).toHaveLength(library.paths.reduce((sum, path) => sum + path.keyChoices.length, 0));
    expect(guide.querySelectorAll('.guide-key-choice[data-viewpoint="jonas"]').length).toBeGreaterThan(0);
    expect(guide.querySelectorAll('.guide-bibliography li')).toHaveLength(content.sources.size);
  });

  it('groups the segments into project-day blocks of about 35 minutes, in order', () => {
    const blocks = projectBlocks(data.segments);
    expect(blocks.flat().map((segment) => segment.id)).toEqual(data.segments.map((segment) => segment.id));
    for (const block of blocks) {
      if (block.length > 1) expect(block.reduce((sum, segment) => sum + segment.lessonMinutes, 0)).toBeLessThanOrEqual(40);
    }
  });

  it('plans a lesson that sets both paths side by side on the night they meet, naming each path\u2019s segment and the dispute to read', () => {
    const guide = teacherGuide(library, content, (path) => `Path ${path.viewpoint}`);
    const steps = [...guide.querySelectorAll('.guide-comparison[data-comparison="second_night"] li')].map((li) => li.textContent ?? '');
    expect(steps).toHaveLength(4);
    const [halynaSegment] = library.paths[0].segments.filter((segment) => segment.from <= 2 && segment.to >= 2);
    const [jonasSegment] = library.paths[1].segments.filter((segment) => segment.from <= 2 && segment.to >= 2);
    expect(steps[1]).toContain(`Path halyna, Segment ${halynaSegment.number} \u201c${halynaSegment.title}\u201d`);
    expect(steps[1]).toContain(`Path jonas, Segment ${jonasSegment.number} \u201c${jonasSegment.title}\u201d`);
    expect(steps[0]).toContain(content.notes.get('crossings')!.title);
    expect(steps[3]).toContain(content.disputes.get('shootings_may')!.title);
  });
});
