// Side views (endnotes, chronicle, glossary, sources differ, About, documents) open as a side
// panel: a native modal <dialog> (dialogs.ts: labelled by its heading, focus moved in and
// returned, Escape closes) docked to the right edge at full height and sized to what it holds;
// on phones it is a full page. Only the layout differs from the centred pop-up.
import { openDialog, type DialogHandle } from '../dialogs.ts';
import './panels.css';

/** How wide the panel may grow: reading text, a wide timeline, or accounts side by side. */
export type PanelWidth = 'reading' | 'wide';

export function openSidePanel(
  title: string,
  fill: (body: HTMLElement, close: () => void) => void,
  options: { className?: string; width?: PanelWidth; onClose?: () => void } = {},
): DialogHandle {
  const classes = ['side-panel', `side-panel-${options.width ?? 'reading'}`, options.className ?? ''].join(' ').trim();
  return openDialog(title, fill, { className: classes, onClose: options.onClose });
}
