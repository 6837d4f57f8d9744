// The plan's typed face. The UI self-hosts PT Mono (@fontsource/pt-mono); canvas text only uses
// a web font once it has loaded, so the map waits briefly for it and redraws when it arrives.
export const MAP_FONT_STACK = '"PT Mono", "DejaVu Sans Mono", "Liberation Mono", monospace';

/** Resolve once PT Mono is usable, or after `timeoutMs` (the map then draws with a fallback). */
export async function whenMapFontReady(timeoutMs = 1500): Promise<void> {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  if (!fonts?.load) return;
  await Promise.race([
    fonts.load('12px "PT Mono"').then(() => undefined, () => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}
