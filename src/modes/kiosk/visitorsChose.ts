// "How visitors chose": at the end of a visit, today's anonymous split at the kiosk cut's key
// choices, next to what the prisoners actually did (the history moments' whatPrisonersDid).
// Splits show only once a few visitors have reached a choice today, so no one can read off the
// previous visitor's choice.
import type { Content } from '../../content/registry.ts';
import { el } from '../../ui/dom.ts';
import { format } from '../../ui/strings.ts';
import type { Tally } from './counters.ts';
import { kioskStrings } from './strings.ts';

export interface ChoiceShare { text: string; count: number; percent: number; yours: boolean }

/** Shares that add up to 100 (largest remainder), in the order the options were shown. */
export function shares(split: Record<string, number>, yours: string | undefined): ChoiceShare[] {
  const entries = Object.entries(split);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (!total) return entries.map(([text, count]) => ({ text, count, percent: 0, yours: text === yours }));
  const exact = entries.map(([, n]) => (n * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, n) => sum + n, 0);
  const order = exact.map((value, index) => ({ index, rest: value - floors[index] })).sort((a, b) => b.rest - a.rest);
  for (const { index } of order) { if (left <= 0) break; floors[index] += 1; left -= 1; }
  return entries.map(([text, count], index) => ({ text, count, percent: floors[index], yours: text === yours }));
}

/**
 * The panel. `today` is today's tally (this visit included); `yours` maps moment ids to this
 * visitor's choice; `moments` lists the moment ids in story order. Choices are counted by the
 * English the ink printed, so a visitor in any language adds to the same count; `label` gives a
 * counted choice's text in the visitor's language.
 */
export function howVisitorsChose(content: Content, today: Tally, yours: ReadonlyMap<string, string>, moments: readonly string[], minVisitors: number, label: (counted: string) => string = (counted) => counted): HTMLElement | null {
  const k = kioskStrings().chose;
  const shown = moments.filter((id) => content.moments.has(id) && today.choices[id]);
  if (!shown.length) return null;
  const section = el('section', { className: 'kiosk-chose', attrs: { 'aria-labelledby': 'kiosk-chose-title' } }, [
    el('h3', { id: 'kiosk-chose-title', text: k.title }),
    el('p', { className: 'kiosk-chose-intro', text: k.intro }),
  ]);
  for (const id of shown) {
    const moment = content.moments.get(id)!;
    const split = today.choices[id];
    const total = Object.values(split).reduce((sum, n) => sum + n, 0);
    const item = el('article', { className: 'kiosk-moment', dataset: { moment: id } }, [
      el('h4', { text: moment.moment }),
    ]);
    if (total >= minVisitors) {
      item.append(el('p', { className: 'kiosk-moment-count', text: format(k.visitors, { count: total }) }));
      const list = el('ul', { className: 'kiosk-shares' });
      for (const share of shares(split, yours.get(id))) {
        const bar = el('span', { className: 'kiosk-share-bar', attrs: { 'aria-hidden': 'true' } });
        // CSSOM, not a style attribute: the page's CSP allows no inline styles.
        bar.style.setProperty('--share', `${share.percent}%`);
        list.append(el('li', { className: share.yours ? 'kiosk-share yours' : 'kiosk-share' }, [
          el('span', { className: 'kiosk-share-text' }, [
            label(share.text),
            share.yours ? el('span', { className: 'kiosk-share-yours', text: ` (${k.yours})` }) : null,
          ]),
          el('span', { className: 'kiosk-share-percent', text: format(k.percent, { percent: share.percent }) }),
          bar,
        ]));
      }
      item.append(list);
    } else {
      const mine = yours.get(id);
      if (mine) item.append(el('p', { className: 'kiosk-share yours' }, [`${label(mine)} (${k.yours})`]));
      item.append(el('p', { className: 'kiosk-moment-count', text: format(k.tooFew, { min: minVisitors }) }));
    }
    item.append(
      el('h5', { className: 'kiosk-did-title', text: k.whatPrisonersDid }),
      el('p', { className: 'kiosk-did', text: moment.whatPrisonersDid }),
    );
    section.append(item);
  }
  return section;
}
