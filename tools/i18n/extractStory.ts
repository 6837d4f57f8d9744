// Every ink line and choice that carries an id, with what a translator needs beside it: the file
// and line, the knot, the line before, the speaker, the placeholders and the writer's `//`
// comment on the line. Reads the same slots as the id stamper (tools/story/ids/scan.ts).
import { scanInk } from '../story/ids/scan.ts';
import { inkText, placeholderNote, withoutTags, type Placeholder } from './inkText.ts';

export interface SourceFile { file: string; source: string }

export interface Entry {
  /** msgctxt: the line's id, or the content key (`note:<id>:title`). */
  key: string;
  /** msgid: the English (a template when the line has placeholders). */
  english: string;
  /** `#:` references: `story/halyna/01_walls.ink:86`. */
  reference: string;
  /** `#.` extracted comments, one per line. */
  notes: string[];
  placeholders?: Placeholder[];
}

/** Index of the `]` closing a choice's `[`, skipping braces and escapes; [-1, -1] without brackets. */
function brackets(code: string, from: number): [number, number] {
  let depth = 0;
  let open = -1;
  for (let i = from; i < code.length; i += 1) {
    const c = code[i];
    if (c === '\\') { i += 1; continue; }
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if (depth === 0 && c === '#' && open < 0) return [-1, -1];
    else if (depth === 0 && c === '[' && open < 0) open = i;
    else if (depth === 0 && c === ']' && open >= 0) return [open, i];
  }
  return [-1, -1];
}

const speakerOf = (code: string) => /#\s*speaker:\s*(\w+)/.exec(code)?.[1] ?? null;
const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);

/** The story's entries in story order (files as given, main.ink's INCLUDE order). */
export function extractStory(files: readonly SourceFile[], relative: (file: string) => string): Entry[] {
  const entries: Entry[] = [];
  for (const { file, source } of files) {
    const scan = scanInk(source);
    let previous: string | null = null;
    scan.lines.forEach((scanned, index) => {
      if (!scanned) return;
      const { code, contentStart } = scanned;
      const [open, close] = brackets(code, contentStart);
      scanned.slots.forEach((slot, n) => {
        if (!slot.id) return;
        const end = scanned.at[n];
        let content: string;
        if (slot.kind === 'choice' && close >= 0) content = code.slice(contentStart, open) + withoutTags(code.slice(open + 1, close));
        else if (slot.kind === 'line' && close >= 0) content = code.slice(contentStart, open) + code.slice(close + 1, end);
        else content = code.slice(contentStart, end);
        const { template, placeholders } = inkText(withoutTags(content));
        if (!template) return;
        const notes = [`${slot.kind === 'choice' ? 'Choice' : 'Line'} in ${slot.knot || 'the top of the file'}`];
        const speaker = speakerOf(code);
        if (speaker) notes.push(`Speaker: ${speaker}`);
        if (previous) notes.push(`After: ${short(previous)}`);
        notes.push(...placeholderNote(placeholders));
        const comment = scanned.comment.replace(/^\/\/\s*/, '').trim();
        if (comment) notes.push(`Writer: ${comment}`);
        entries.push({ key: slot.id, english: template, reference: `${relative(file)}:${index + 1}`, notes, ...(placeholders.length ? { placeholders } : {}) });
        if (slot.kind === 'line') previous = template;
      });
    });
  }
  return entries;
}
