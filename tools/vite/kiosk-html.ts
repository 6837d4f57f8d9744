// The dedicated kiosk build (VITE_MODE=kiosk, `npm run kiosk`) marks <html data-mode="kiosk"> in
// index.html itself, so the no-pinch rules hold from the first touch on a freshly loaded page,
// before any script has run. main.ts takes the mark off again if the page is opened in another mode.
import type { Plugin } from 'vite';

export function kioskHtmlPlugin(mode: string | undefined = process.env.VITE_MODE): Plugin {
  return {
    name: 'kiosk-html-mark',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (mode === 'kiosk' ? html.replace(/<html([^>]*)>/, '<html$1 data-mode="kiosk">') : html),
    },
  };
}
