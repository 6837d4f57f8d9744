// The last-resort screen when the game cannot start (a missing story file or asset).
import { button, el } from './dom.ts';
import { strings } from './strings.ts';

export function showFatalError(root: HTMLElement): void {
  const s = strings();
  root.replaceChildren(el('main', { className: 'fatal-screen', id: 'main', attrs: { role: 'alert' } }, [
    el('h1', { text: s.loadErrorTitle }),
    el('p', { text: s.loadErrorBody }),
    button(s.reload, () => window.location.reload(), { className: 'primary' }),
  ]));
  root.dataset.screen = 'fatal';
}
