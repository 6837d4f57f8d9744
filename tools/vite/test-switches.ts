// A build made with KENGIR_TEST_SWITCHES=1 carries `test-switches.txt`, so the e2e setup, the
// bench and the soak runs can tell it from a production build (which has no test switches, see
// src/buildFlags.ts) and rebuild when dist/ is the wrong kind.
import type { Plugin } from 'vite';

export const TEST_SWITCHES_MARKER = 'test-switches.txt';

export function testSwitchesMarker(enabled: boolean): Plugin {
  return {
    name: 'test-switches-marker',
    apply: 'build',
    generateBundle() {
      if (!enabled) return;
      this.emitFile({ type: 'asset', fileName: TEST_SWITCHES_MARKER, source: 'This build keeps the test switches (?debug, ?kiosk-config). Never deploy it.\n' });
    },
  };
}
