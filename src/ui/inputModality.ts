// Which input the player last used, as `data-input` on the root ("keyboard" or "pointer"), so
// the CSS shows key hints ("Enter or Space", the 1-9 badges) only to keyboard users. A mouse
// does not count as a pointer here: a desktop player may click and type in turn.
export function watchInputModality(root: HTMLElement = document.documentElement): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab' || event.key === 'Enter' || event.key === ' ' || /^[1-9]$/.test(event.key)) root.dataset.input = 'keyboard';
  };
  const onPointer = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || event.pointerType === 'pen') root.dataset.input = 'pointer';
  };
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('pointerdown', onPointer, true);
  return () => {
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('pointerdown', onPointer, true);
  };
}
