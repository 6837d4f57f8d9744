// npm run i18n:extract: writes story/l10n/<lang>/{story,history}.po (tools/i18n/extract.ts).
// npm run i18n:extract -- --check: writes nothing; prints each language's report (tools/i18n/checks.ts)
// and fails on a broken translation (placeholders, tags, copied English, terms).
import { runnerImport } from 'vite';

const root = process.cwd();
if (process.argv.includes('--check')) {
  const { module: checks } = await runnerImport('./tools/i18n/checks.ts');
  const reports = checks.checkAll(root);
  for (const report of reports) console.log(checks.formatReport(report, process.argv.includes('--list')));
  process.exit(reports.some((report) => report.errors.length) ? 1 : 0);
}
const { module: extract } = await runnerImport('./tools/i18n/extract.ts');
const { changed, counts, functionText } = extract.extractAll(root);
if (functionText.length) console.log(`${functionText.length} line(s) print words from an ink function, which stay English in every language:\n  ${functionText.join('\n  ')}`);
console.log(`${counts.story} story lines and choices, ${counts.history} history strings; ${changed.length ? `wrote ${changed.join(', ')}` : 'no file changed'}.`);
