// What a build may switch on by URL. Production builds have no test switches (issue 18, D6): the
// kiosk's test presets (`?kiosk-config=`) and `?debug` (the game object on window) exist only in
// dev, in the unit tests, and in builds made with KENGIR_TEST_SWITCHES=1 (the e2e suite, the
// bench, the soak runs). `__KENGIR_TEST_SWITCHES__` is a literal set by vite.config.ts, so in a
// production build every branch behind it is dead code and the minifier drops it.
declare const __KENGIR_TEST_SWITCHES__: boolean;

export const TEST_SWITCHES: boolean = import.meta.env.DEV || __KENGIR_TEST_SWITCHES__;
