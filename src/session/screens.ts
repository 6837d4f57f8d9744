// Lines as the session keeps and shows them, and the split of a beat into screens at `# clear`.
import { parseTags, type StoryLine, type StoryTags, type Valuation } from '../engine/index.ts';
import { storyText } from '../engine/storyLanguage.ts';

export interface SessionLine {
  /** The stable line id (`# id:`), null in unstamped ink and in older saves. */
  id: string | null;
  /** In the active language. */
  text: string;
  /** What ink printed (saves store it, so that they do not depend on the language). */
  english?: string;
  tags: StoryTags;
  rawTags: string[];
  variables: Valuation | null;
}

/** A transcript line as a save stores it: the English ink printed, shown again by id in any language. */
export interface SavedLine { id?: string; text: string; tags: string[]; variables?: Valuation }

export function fromStoryLine(line: StoryLine): SessionLine {
  return { id: line.id, text: line.text, english: line.english ?? line.text, tags: line.tags, rawTags: line.rawTags, variables: line.variables };
}

export function fromSavedLine(line: SavedLine): SessionLine {
  const tags = parseTags(line.tags);
  const id = line.id ?? tags.id;
  return { id, text: storyText(id, line.text).text, english: line.text, tags, rawTags: line.tags, variables: line.variables ?? null };
}

export function toSavedLine(line: SessionLine): SavedLine {
  return { ...(line.id ? { id: line.id } : {}), text: line.english ?? line.text, tags: line.rawTags, ...(line.variables ? { variables: line.variables } : {}) };
}

/** Splits lines into screens: a `# clear` starts a new one (never an empty one). */
export function splitScreens<T extends { tags: { clear: boolean } }>(lines: readonly T[]): T[][] {
  const screens: T[][] = [];
  for (const line of lines) {
    if (!screens.length || (line.tags.clear && screens[screens.length - 1].length > 0)) screens.push([]);
    screens[screens.length - 1].push(line);
  }
  return screens.length ? screens : [[]];
}
