// Side views (endnotes, chronicle, glossary, sources differ, About, documents) open as a side
// panel: a native modal <dialog> (dialogs.ts: labelled by its heading, focus moved in and
// returned, Escape closes) docked to the right edge at full height and sized to what it holds;
// on phones it is a full page. Only the layout differs from the centred pop-up.
//
// Links between the views (an endnote's "sources differ", a dispute's "read the endnote") stack
// panels, so Escape walks back the way the reader came. A link to a kind of panel already open
// lower in the stack goes back to that level instead of stacking a loop: reading in circles
// never leaves more panels to close than there are kinds.
import { openDialog, type DialogHandle } from '../dialogs.ts';
import './panels.css';

/** How wide the panel may grow: reading text, a wide timeline, or accounts side by side. */
export type PanelWidth = 'reading' | 'wide';

const stack: { kind: string; handle: DialogHandle }[] = [];

export function openSidePanel(
  title: string,
  fill: (body: HTMLElement, close: () => void) => void,
  options: { className?: string; width?: PanelWidth; onClose?: () => void } = {},
): DialogHandle {
  const kind = options.className ?? `side-panel-${title}`;
  const level = stack.findIndex((entry) => entry.kind === kind);
  if (level >= 0) {
    // Top first, so each closing panel hands focus back to the one below it.
    for (const entry of stack.slice(level).reverse()) entry.handle.close();
  }
  const classes = ['side-panel', `side-panel-${options.width ?? 'reading'}`, options.className ?? ''].join(' ').trim();
  const handle = openDialog(title, fill, {
    className: classes,
    onClose: () => {
      const index = stack.findIndex((entry) => entry.handle === handle);
      if (index >= 0) stack.splice(index, 1);
      options.onClose?.();
    },
  });
  stack.push({ kind, handle });
  return handle;
}
