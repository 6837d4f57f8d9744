// npm test: every suite in order — lint, types, unit and story tests, the build, end-to-end in
// Chromium — then one line "N passed, N failed" summing them all. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv.slice(2);
const results = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, { vitestReport } = {}) {
  if (only.length && !only.includes(label)) return;
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  if (vitestReport) rmSync(vitestReport, { force: true });
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (vitestReport) {
    let passed = 0;
    let failed = 0;
    if (existsSync(vitestReport)) {
      const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
      passed = report.numPassedTests ?? 0;
      failed = report.numFailedTests ?? 0;
      if (result.status !== 0 && failed === 0) failed = 1;
    } else {
      failed = 1;
    }
    results.push({ label, passed, failed, seconds });
  } else {
    results.push({ label, passed: result.status === 0 ? 1 : 0, failed: result.status === 0 ? 0 : 1, seconds });
  }
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
run('lint', process.execPath, ['node_modules/eslint/bin/eslint.js', '.']);
run('types', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
run('unit', process.execPath, [...vitest, '--project', 'unit', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], { vitestReport: 'test-results/unit.json' });
run('story', process.execPath, [...vitest, '--project', 'story', '--reporter=default', '--reporter=json', '--outputFile=test-results/story.json'], { vitestReport: 'test-results/story.json' });
// The e2e suite runs on a build with the test switches (tools/build/testBuild.mjs).
run('build', process.execPath, ['tools/build/testBuild.mjs']);
if (!only.length || only.includes('e2e')) {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.error('\nChromium is missing: install it with `apt-get install -y chromium` (Debian) to run the end-to-end tests.');
    results.push({ label: 'e2e', passed: 0, failed: 1, seconds: '0' });
  } else {
    run('e2e', process.execPath, [...vitest, '--project', 'e2e', '--reporter=default', '--reporter=json', '--outputFile=test-results/e2e.json'], { vitestReport: 'test-results/e2e.json' });
  }
}

console.log('\nSuite      passed  failed  seconds');
for (const r of results) console.log(`${r.label.padEnd(10)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.seconds.padStart(7)}`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
