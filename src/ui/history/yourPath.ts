// "Your path and the history": after an ending, the player's key choices beside what prisoners
// actually did at those moments, each with its endnote. Built from the choice log's `# history:`
// ids and the moments registry, never written per path. A full page of its own (src/ui/pages.ts),
// with a heading and a way back, not a modal.
import type { ChoiceRecord } from '../../engine/index.ts';
import { button, el } from '../dom.ts';
import { openPage } from '../pages.ts';
import { format, strings } from '../strings.ts';
import type { HistoryContext } from './context.ts';
import { pathMoments } from './path.ts';

/** Fills a page body with the moments of a path. */
export function fillYourPath(body: HTMLElement, ctx: HistoryContext, log: readonly ChoiceRecord[], who: string): void {
  const h = strings().history;
  body.classList.add('path-page');
  body.append(el('p', { className: 'page-intro', text: format(h.pathIntro, { name: who }) }));
  const moments = pathMoments(log, ctx.content.moments);
  if (!moments.length) { body.append(el('p', { className: 'path-empty', text: h.pathEmpty })); return; }
  body.append(el('ol', { className: 'path-moments' }, moments.map(({ moment, chosen }) => {
    const note = ctx.content.notes.get(moment.note);
    return el('li', { className: 'path-moment', dataset: { moment: moment.id } }, [
      el('h2', { text: moment.moment }),
      el('div', { className: 'path-columns' }, [
        el('div', { className: 'path-side path-yours' }, chosen.map((text) => el('p', { className: 'path-chose', text: format(h.pathYouChose, { text }) }))),
        el('div', { className: 'path-side path-theirs' }, [
          el('h3', { text: h.pathWhatPrisonersDid }),
          el('p', { className: 'path-history', text: moment.whatPrisonersDid }),
          note ? el('p', { className: 'note-link' }, [button(format(h.pathNote, { title: note.title }), () => ctx.openNote(note.id), { className: 'link-button', dataset: { note: note.id } })]) : null,
        ]),
      ]),
    ]);
  })));
}

/** `who`: the viewpoint's short name ("At some moments Jonas had to decide"); `root`: where the page goes. */
export function openYourPath(ctx: HistoryContext, log: readonly ChoiceRecord[], who: string, root: HTMLElement): void {
  openPage(root, strings().history.pathTitle, (body) => fillYourPath(body, ctx, log, who), { className: 'path-full-page' });
}
