// Notices that must not block play (storage trouble, a second tab): a polite live region at the
// foot of the window, outside the screens, so changing screens never loses one. Each notice has
// an id; showing it again replaces it. Nothing here takes focus.
import { button, el } from '../dom.ts';
import { strings } from '../strings.ts';

let region: HTMLElement | null = null;

function noticeRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = el('section', { className: 'reliability-notices', attrs: { 'aria-live': 'polite', 'aria-label': strings().slots.title } });
  document.body.append(region);
  return region;
}

export interface NoticeAction { label: string; run: () => void; id?: string }

export function showNotice(id: string, message: string, actions: NoticeAction[] = []): HTMLElement {
  const host = noticeRegion();
  host.querySelector(`[data-notice="${id}"]`)?.remove();
  const notice = el('div', { className: 'reliability-notice', dataset: { notice: id }, attrs: { role: 'status' } });
  const dismiss = () => notice.remove();
  notice.append(
    el('p', { text: message }),
    el('div', { className: 'button-row' }, [
      ...actions.map((action) => button(action.label, () => action.run(), { className: 'secondary', ...(action.id ? { id: action.id } : {}) })),
      button(strings().dismiss, dismiss, { className: 'tertiary' }),
    ]),
  );
  host.append(notice);
  return notice;
}

export function hideNotice(id: string): void {
  region?.querySelector(`[data-notice="${id}"]`)?.remove();
}
