// "Your path and the history", computed: the key decisions a playthrough passed, read from the
// choice log's `# history:` ids, each with what the player chose. Nothing is written per path.
import type { Moment } from '../../content/schema.ts';
import type { ChoiceRecord } from '../../engine/index.ts';
import { storyText } from '../../engine/storyLanguage.ts';

export interface PathMoment {
  moment: Moment;
  /** What the player chose at this moment, in order (a moment met twice lists both). */
  chosen: string[];
  /** The day of the first choice at this moment. */
  day: number;
}

/** The moments a choice log passed, in the order the player met them. Unknown ids are skipped. */
export function pathMoments(log: readonly ChoiceRecord[], moments: ReadonlyMap<string, Moment>): PathMoment[] {
  const found = new Map<string, PathMoment>();
  for (const entry of log) {
    for (const id of entry.history ?? []) {
      const moment = moments.get(id);
      if (!moment) continue;
      // The log keeps the English; it is shown in the active language by the choice's id.
      const text = storyText(entry.id, entry.text.trim()).text;
      const known = found.get(id);
      if (!known) found.set(id, { moment, chosen: [text], day: entry.day });
      else if (!known.chosen.includes(text)) known.chosen.push(text);
    }
  }
  return [...found.values()];
}
