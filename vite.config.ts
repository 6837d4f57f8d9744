import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY, cspPlugin } from './tools/vite/csp.ts';
import { contentPlugin } from './tools/vite/content-plugin.ts';
import { icuPlugin } from './tools/vite/icu-plugin.ts';
import { inkPlugin } from './tools/vite/ink-plugin.ts';
import { l10nPlugin } from './tools/vite/l10n-plugin.ts';
import { kioskHtmlPlugin } from './tools/vite/kiosk-html.ts';
import { testSwitchesMarker } from './tools/vite/test-switches.ts';
import { longUrlsPlugin } from './tools/server/longUrls.mjs';

export default defineConfig({
  // Relative paths: the build runs from any folder (a museum's kiosk, a school's file server).
  base: './',
  // An optional label for a build (`KENGIR_BUILD_STAMP=2026-11-26 npm run build`), shown on the
  // kiosk's staff screen next to the version. Unset, builds stay reproducible.
  // KENGIR_TEST_SWITCHES=1 keeps the test switches (kiosk presets, ?debug) in a build: the e2e
  // suite, the bench and the soak runs use one. Production builds leave them out (src/buildFlags.ts).
  define: {
    __KENGIR_BUILD_STAMP__: JSON.stringify(process.env.KENGIR_BUILD_STAMP ?? ''),
    __KENGIR_TEST_SWITCHES__: JSON.stringify(process.env.KENGIR_TEST_SWITCHES === '1'),
  },
  plugins: [
    inkPlugin(), contentPlugin(), l10nPlugin(), icuPlugin(), cspPlugin(), kioskHtmlPlugin(), testSwitchesMarker(process.env.KENGIR_TEST_SWITCHES === '1'), longUrlsPlugin(),
    // Offline for the museum kiosk: a Workbox service worker precaching every file of the build.
    // Registered only by kiosk mode (src/modes/kiosk/serviceWorker.ts), never by an inline script.
    // A new version installs into a new cache and waits until the kiosk's attract loop switches it on.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,woff,woff2,ttf,svg,png,jpg,webp,ico,txt}'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
        navigateFallback: 'index.html',
        // One self-contained sw.js. With the runtime in a separate workbox-*.js, an update check
        // that catches the network going down fetched sw.js, failed to import the runtime inside
        // a promise, and still installed a worker with no handlers (seen in the two-build test).
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Phaser in its own long-cacheable chunk, loaded only after the first story text.
        advancedChunks: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', globalSetup: ['tests/helpers/compileStoryOnce.ts'], setupFiles: ['tests/helpers/provideContent.ts'] } },
      { extends: true, test: { name: 'story', include: ['tests/story/**/*.test.ts'], environment: 'node', testTimeout: 300_000, globalSetup: ['tests/helpers/compileStoryOnce.ts'], setupFiles: ['tests/helpers/provideContent.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'], testTimeout: 180_000, hookTimeout: 60_000, fileParallelism: false,
        },
      },
    ],
  },
});
