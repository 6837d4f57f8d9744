// Where a choice leads: the story variables it changes. Shared by the rehearsal previews in the
// browser and the teacher guide's cheat sheet (tools/teacher-guide/segments.ts). No DOM.
import type { InkValue, Valuation } from '../../engine/index.ts';

/** Variables that are history or presentation, the same on every path: not a consequence of a choice. */
export const NOT_CONSEQUENCES = new Set(['gentle', 'kiosk_cut', 'viewpoint', 'day', 'kiosk_day', 'time_of_day', 'weather', 'walls', 'defences', 'loudspeakers', 'kites', 'hunger', 'tanks']);

export interface Change { name: string; from: InkValue; to: InkValue }

/** What changed among the story's own variables between two valuations. */
export function consequences(before: Valuation, after: Valuation): Change[] {
  return Object.keys(after)
    .filter((name) => !NOT_CONSEQUENCES.has(name) && before[name] !== after[name])
    .map((name) => ({ name, from: before[name], to: after[name] }));
}

/** How a change reads: the variable's and the values' labels in the reader's language, or their ids. */
export interface ChangeLabels { variables: Readonly<Record<string, string>>; values: Readonly<Record<string, string>> }

export function describeChange(change: Change, labels?: ChangeLabels): string {
  // A value may read differently for one variable (`p5_matvei.kept`: his name kept on the list) than
  // the same id does elsewhere (`kept`: kept silent), so the variable's own label comes first.
  const value = (raw: InkValue) => labels?.values[`${change.name}.${String(raw)}`] ?? labels?.values[String(raw)] ?? String(raw);
  return `${labels?.variables[change.name] ?? change.name.replace(/_/g, ' ')}: ${value(change.from)} → ${value(change.to)}`;
}
