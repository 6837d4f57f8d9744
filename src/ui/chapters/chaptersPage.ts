// Chapters and endings reached: per viewpoint, the endings reached (names only, no score) and,
// after its first ending, every day reached as a chapter to play again from (its checkpoint, kept
// by the progress store). Starting one is the app's business (it asks before replacing a game).
import type { Content } from '../../content/registry.ts';
import type { DayCheckpoint } from '../../engine/index.ts';
import type { ProgressStore } from '../../engine/progressStore.ts';
import { viewpoints, type Viewpoint } from '../../viewpoints/registry.ts';
import { button, el } from '../dom.ts';
import { ACTS } from '../progressStrip.ts';
import { dayTitle } from '../readBack.ts';
import { viewpointShortName, viewpointText } from '../screens/viewpoint.ts';
import { format, strings } from '../strings.ts';

export interface ChaptersDeps {
  progress: ProgressStore;
  content: Content;
  start(viewpoint: Viewpoint, checkpoint: DayCheckpoint): void;
}

function chapterList(viewpoint: Viewpoint, chapters: DayCheckpoint[], deps: ChaptersDeps): HTMLElement[] {
  const s = strings();
  return ACTS.flatMap((act, index) => {
    const inAct = chapters.filter((chapter) => chapter.day >= act.first && chapter.day <= act.last);
    if (!inAct.length) return [];
    return [
      el('h4', { className: 'chapter-act', text: `${s.actNumbers[index]}. ${s.acts[act.key]}` }),
      el('ul', { className: 'chapter-list' }, inAct.map((chapter) => el('li', {}, [
        button(format(s.chapters.start, { day: dayTitle(chapter.day) }), () => deps.start(viewpoint, chapter), {
          className: 'secondary chapter-start', id: `chapter-${viewpoint.id}-${chapter.day}`,
        }),
      ]))),
    ];
  });
}

export function fillChapters(body: HTMLElement, deps: ChaptersDeps): void {
  const s = strings();
  body.append(el('p', { className: 'page-intro', text: s.chapters.intro }));
  for (const viewpoint of viewpoints.values()) {
    const who = viewpointShortName(viewpoint);
    const endings = deps.progress.endings(viewpoint.id);
    const chapters = deps.progress.chapters(viewpoint.id);
    body.append(el('section', { className: 'chapters-viewpoint', dataset: { viewpoint: viewpoint.id } }, [
      el('h2', { text: viewpointText(viewpoint, 'name') }),
      el('h3', { text: s.chapters.endingsHeading }),
      endings.length
        ? el('ul', { className: 'endings-reached' }, endings.map((id) => el('li', { dataset: { ending: id }, text: deps.content.endings.get(id)?.title ?? id })))
        : el('p', { className: 'chapters-none', text: format(s.chapters.noEnding, { name: who }) }),
      el('h3', { text: s.chapters.chaptersHeading }),
      ...(chapters.length ? chapterList(viewpoint, chapters, deps) : [el('p', { className: 'chapters-none', text: format(s.chapters.chaptersLocked, { name: who }) })]),
    ]));
  }
}
