// How the consequence figures (tools/story/echo.ts) are printed for writers and kept in
// bench/results.json. Shared by `npm run story:echo` and `npm run story:check`.
import type { ChoicePointFigure, EchoReport, OverlapFigure, ShareFigure } from './echo.ts';

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
const listed = (options: string[]) => options.map((text) => `"${text}"`).join(' / ');
const pointLine = (point: ChoicePointFigure) => `    day ${String(point.day).padStart(2)}${point.place ? ` (${point.place})` : ''}  ${listed(point.options)}`;

/** Both texts from the first word where they part, shortened: what the player reads differently. */
export function whereTextsPart(a: string, b: string, length = 70): [string, string] {
  const wordsA = a.split(/(?<=\s)/);
  const wordsB = b.split(/(?<=\s)/);
  let common = 0;
  while (common < wordsA.length && wordsA[common] === wordsB[common]) common += 1;
  const clip = (words: string[]) => {
    const rest = words.slice(common).join('').replace(/\s+/g, ' ').trim();
    return `${common ? '…' : ''}${rest.length > length ? `${rest.slice(0, length)}…` : rest || '(nothing)'}`;
  };
  return [clip(wordsA), clip(wordsB)];
}

/** The figures, then the choice points that never echo by day (and, with `why`, where the others do). */
export function formatEcho(label: string, report: EchoReport, options: { why?: boolean } = {}): string {
  const row = (name: string, figure: ShareFigure) => `  ${name.padEnd(12)} ${percent(figure.share).padStart(6)}  ${percent(figure.laterDayShare).padStart(14)}   ${figure.echoing} and ${figure.laterDay} of ${figure.points} choice points`;
  const pair = (figure: OverlapFigure) => `${figure.second} after ${figure.first} ${percent(figure.share)}`;
  const lines = [
    `Consequence (bible §10), ${label}: walks ${report.walks.join(', ')}; ${(report.milliseconds / 1000).toFixed(1)} s (${(report.cpuMilliseconds / 1000).toFixed(1)} s of CPU)`,
    `  ${''.padEnd(12)} ${'echo'.padStart(6)}  ${'on a later day'.padStart(14)}`,
    row('all days', report.all),
    row(`days ${report.days.from}-${report.days.to}`, report.days),
    row('visits', report.visits),
    `  replay overlap, opposite choices: ${percent(report.overlap.oppositeMean)} (${report.overlap.opposite.map(pair).join('; ')})`,
    `  replay overlap, random runs:      ${percent(report.overlap.randomMean)} (${report.overlap.random.map(pair).join('; ')})`,
    '  choice points that never change a later screen:',
    ...report.points.filter((point) => !point.echoes).map(pointLine),
  ];
  if (options.why) {
    // The opposite pairs' overlap day by day: the same screens over all screens, summed over the pairs.
    const days = new Map<number, { screens: number; same: number }>();
    for (const figure of report.overlap.opposite) {
      for (const [day, counts] of figure.byDay) {
        const sum = days.get(day) ?? { screens: 0, same: 0 };
        sum.screens += counts.screens;
        sum.same += counts.same;
        days.set(day, sum);
      }
    }
    lines.push('  replay overlap by day (opposite choices; same screens of all screens):');
    lines.push(`    ${[...days.entries()].sort(([a], [b]) => a - b).map(([day, { screens, same }]) => `${day}: ${same}/${screens}`).join(', ')}`);
    lines.push('  choice points that echo, and the first later screen that differs:');
    for (const point of report.points) {
      if (!point.where) continue;
      const [walked, other] = whereTextsPart(point.where.walked, point.where.other);
      const when = point.where.day === point.day ? 'the same day' : `day ${point.where.day}`;
      const remembered = point.laterDayEchoes ? '; a later day differs too' : '';
      lines.push(pointLine(point), `            ${point.where.screensAfter} screen(s) later, ${when}${remembered}: "${walked}" | "${other}"`);
    }
  }
  return lines.join('\n');
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The figures kept in bench/results.json (story.echo.<viewpoint>). */
export function benchFigures(report: EchoReport, storyHash: string | null) {
  const pair = (figure: OverlapFigure) => ({ first: figure.first, second: figure.second, share: round(figure.share) });
  return {
    measuredAt: new Date().toISOString(),
    storyHash,
    walks: report.walks,
    echoShare: round(report.all.share),
    echoingChoicePoints: report.all.echoing,
    choicePoints: report.all.points,
    [`echoShareDays${report.days.from}to${report.days.to}`]: round(report.days.share),
    echoShareOfVisits: round(report.visits.share),
    laterDayEchoShare: round(report.all.laterDayShare),
    [`laterDayEchoShareDays${report.days.from}to${report.days.to}`]: round(report.days.laterDayShare),
    replayOverlapOpposite: round(report.overlap.oppositeMean),
    replayOverlapRandom: round(report.overlap.randomMean),
    pairs: [...report.overlap.opposite, ...report.overlap.random].map(pair),
    milliseconds: report.milliseconds,
    cpuMilliseconds: report.cpuMilliseconds,
    target: `echo share >= 60%, days ${report.days.from}-${report.days.to} >= 50%, opposite replay overlap <= 40% (issue 13, bible §10)`,
  };
}
