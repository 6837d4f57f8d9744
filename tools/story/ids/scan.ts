// Reads ink source line by line and finds the *slots* that carry a stable id: each line of text
// and each choice. Pure string work, no compiler: the stamper must run on a story that does not
// compile yet, and must leave every byte it does not own untouched.
//
// Where an id goes:
// - a text line (narration, a gather with text, a branch of a `{ - cond: }` block): at the end
//   of the line, before a trailing divert `-> x` or glue `<>`, after any other tags;
// - a choice with brackets (`* [Go # place: x]`): inside the brackets, so it tags the choice and
//   not the text printed after it; text after `]` is a separate line with its own id;
// - a choice without brackets (`* Go`): at the end; ink puts the tag on the choice and its echo.
// A line glued to another with `<>`, or ending in a divert, gets none: its text runs on into the
// next, and inkjs would carry its tags onto the lines after it. The check reports these.

export type SlotKind = 'line' | 'choice';

export interface Slot {
  kind: SlotKind;
  /** Index of the line in the file (0-based). */
  line: number;
  /** The id the source already carries there, if any. */
  id: string | null;
  /** The knot (or `knot.stitch`) the slot is in, for new ids. */
  knot: string;
}

export interface ScannedLine {
  /** The line without its id tags, split where the slots' ids are inserted. */
  code: string;
  comment: string;
  /** Insertion offsets into `code`, one per slot, in slot order. */
  at: number[];
  /** Where the slot's content starts in `code` (after bullets, labels, conditions): the translation extractor reads from here. */
  contentStart: number;
  slots: Slot[];
}

export interface Warning { line: number; message: string }

export interface ScanResult {
  lines: (ScannedLine | null)[];
  slots: Slot[];
  warnings: Warning[];
  /** Lines with text that cannot carry an id (glued to another line). */
  unstampable: number[];
}

/** An id tag as the stamper writes it: `#id:h.d03.a1f2`. */
export const ID_TAG = /\s*#\s*id\s*:\s*([A-Za-z0-9_.-]+)/g;
export const ID_FORMAT = /^[a-z][a-z0-9]*(\.[a-z0-9_]+)+$/;

const SKIP = /^(INCLUDE|VAR|CONST|LIST|EXTERNAL|TODO\b|~|->|<-|#)/;

/** Splits `line` into code and `//` comment (an escaped `\/` or `://` in text is not a comment). */
function splitComment(line: string): [string, string] {
  for (let i = 0; i < line.length - 1; i += 1) {
    if (line[i] === '\\') { i += 1; continue; }
    if (line[i] === '/' && line[i + 1] === '/' && line[i - 1] !== ':') return [line.slice(0, i), line.slice(i)];
  }
  return [line, ''];
}

/** Net `{` minus `}` in code, ignoring escapes. */
function braceBalance(code: string): number {
  let depth = 0;
  for (let i = 0; i < code.length; i += 1) {
    if (code[i] === '\\') { i += 1; continue; }
    if (code[i] === '{') depth += 1;
    else if (code[i] === '}') depth -= 1;
  }
  return depth;
}

/** Index of the `]` closing the `[` at `open`, skipping `{...}` and escapes; -1 if none. */
function closingBracket(code: string, open: number): number {
  let braces = 0;
  for (let i = open + 1; i < code.length; i += 1) {
    const c = code[i];
    if (c === '\\') { i += 1; continue; }
    if (c === '{') braces += 1;
    else if (c === '}') braces -= 1;
    else if (c === ']' && braces === 0) return i;
  }
  return -1;
}

/** Index of the first `[` outside braces, or -1. */
function openingBracket(code: string, from: number): number {
  let braces = 0;
  for (let i = from; i < code.length; i += 1) {
    const c = code[i];
    if (c === '\\') { i += 1; continue; }
    if (c === '{') braces += 1;
    else if (c === '}') braces -= 1;
    else if (c === '[' && braces === 0) return i;
    else if (c === '#' && braces === 0) return -1;
  }
  return -1;
}

/**
 * What a reader would see of a piece of ink content: without tags, diverts, glue, the
 * conditions of `{cond: a|b}` and the braces and bars themselves. Only used to decide whether
 * there is any text at all, so it need not be exact.
 */
export function visibleText(content: string): string {
  let out = '';
  let i = 0;
  while (i < content.length) {
    const c = content[i];
    if (c === '\\') { out += content[i + 1] ?? ''; i += 2; continue; }
    if (c === '#') {
      // A tag runs to the end, or to the `]` that closes a choice's brackets.
      const close = content.indexOf(']', i);
      i = close < 0 ? content.length : close;
      continue;
    }
    if (c === '-' && content[i + 1] === '>') {
      i += 2;
      const target = /^\s*[\w.]*(\([^)]*\))?/.exec(content.slice(i));
      i += target ? target[0].length : 0;
      continue;
    }
    if (c === '<' && content[i + 1] === '>') { i += 2; continue; }
    if (c === '{') {
      // `{cond: a|b}`: skip the condition (what precedes a ':' at this level).
      const head = conditionHead(content, i + 1);
      i = head ?? i + 1;
      continue;
    }
    if (c === '}' || c === '|' || c === '[' || c === ']') { i += 1; continue; }
    out += c;
    i += 1;
  }
  return out;
}

/** If the brace content from `from` starts with `cond:`, the index after the ':'; else null. */
function conditionHead(content: string, from: number): number | null {
  let depth = 0;
  for (let i = from; i < content.length; i += 1) {
    const c = content[i];
    if (c === '"') { const end = content.indexOf('"', i + 1); if (end < 0) return null; i = end; continue; }
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (depth === 0 && (c === '|' || c === '&') && content[i + 1] === c) i += 1; // `||`, `&&` in a condition
    else if (depth === 0 && (c === '|' || c === '}' || c === '{')) return null;
    else if (depth === 0 && c === ':') return i + 1;
  }
  return null;
}

const hasText = (content: string) => /[\p{L}\p{N}]/u.test(visibleText(content));

/** Where a line's id goes: the end of the code, before trailing diverts and glue. */
function lineIdOffset(code: string): number {
  let end = code.trimEnd().length;
  for (;;) {
    const head = code.slice(0, end);
    const tail = /(\s*->\s*[\w.]+(\([^)]*\))?|\s*<>)\s*$/.exec(head);
    if (!tail || tail.index === 0) return end;
    end = tail.index;
  }
}

/** The file's lines with their slots, knots, block depth and the warnings for translators. */
export function scanInk(source: string): ScanResult {
  const rawLines = source.split('\n');
  const lines: (ScannedLine | null)[] = [];
  const slots: Slot[] = [];
  const warnings: Warning[] = [];
  const unstampable: number[] = [];
  let knot = '';
  let inFunction = false;
  let blockDepth = 0;
  let inBlockComment = false;
  let previousGlued = false;

  rawLines.forEach((raw, index) => {
    lines.push(null);
    if (inBlockComment) {
      if (raw.includes('*/')) inBlockComment = false;
      return;
    }
    if (/^\s*\/\*/.test(raw) && !raw.includes('*/')) { inBlockComment = true; return; }
    const [withIds, comment] = splitComment(raw);
    const ids = [...withIds.matchAll(ID_TAG)].map((match) => match[1]);
    const code = withIds.replace(ID_TAG, '');
    const trimmed = code.trim();
    const depthBefore = blockDepth;
    blockDepth = Math.max(0, blockDepth + braceBalance(code));
    if (!trimmed) return;

    const knotMatch = /^={2,}\s*(function\s+)?(\w+)/.exec(trimmed);
    if (knotMatch) { knot = knotMatch[2]; inFunction = Boolean(knotMatch[1]); return; }
    const stitch = /^=\s*(\w+)/.exec(trimmed);
    if (stitch) { knot = `${knot.split('.')[0]}.${stitch[1]}`; return; }
    if (SKIP.test(trimmed)) return;

    const lead = /^\s*/.exec(code)![0].length;
    let contentStart = lead;
    let kind: SlotKind = 'line';
    const bullets = /^(\s*[*+])+\s*/.exec(code);
    const dashes = /^(\s*-(?!>))+\s*/.exec(code);
    if (bullets) {
      kind = 'choice';
      contentStart = bullets[0].length;
      const label = /^\(\w+\)\s*/.exec(code.slice(contentStart));
      if (label) contentStart += label[0].length;
      // Conditions on a choice: `* {cond} {other} [text]`.
      for (let condition = /^\{[^{}]*\}\s*/.exec(code.slice(contentStart)); condition; condition = /^\{[^{}]*\}\s*/.exec(code.slice(contentStart))) {
        contentStart += condition[0].length;
      }
    } else if (dashes && depthBefore > 0) {
      // A branch of a multi-line block: `- cond:` and maybe text after the ':'.
      const head = conditionHead(code, dashes[0].length);
      contentStart = head ?? dashes[0].length;
    } else if (dashes) {
      contentStart = dashes[0].length;
      const label = /^\(\w+\)\s*/.exec(code.slice(contentStart));
      if (label) contentStart += label[0].length;
    } else if (code.trimStart().startsWith('{') && braceBalance(code) > 0) {
      // The first line of a multi-line block: `{ cond:`, `{ var:` or `{`.
      const open = code.indexOf('{');
      contentStart = conditionHead(code, open + 1) ?? open + 1;
    } else if (code.trimStart().startsWith('}')) {
      contentStart = code.indexOf('}') + 1;
    }

    const content = code.slice(contentStart);
    if (/^\s*(~|->|<-)/.test(content)) return; // `- cond: ~ x = 1` or `- cond: -> knot`: logic only
    const glued = /^\s*<>/.test(content) || /<>\s*(->\s*[\w.]+\s*)?$/.test(content);
    const startsGlued = previousGlued;
    previousGlued = /<>\s*(->\s*[\w.]+\s*)?$/.test(content);
    if (!hasText(content)) {
      if (kind === 'choice' && !/\[/.test(content)) return; // a fallback choice `* -> x`
      if (kind === 'line') return;
    }
    if (inFunction) {
      warnings.push({ line: index, message: 'text inside a function: it prints into the calling line, so it cannot carry an id or be translated whole' });
      return;
    }
    if (glued || startsGlued) {
      // inkjs carries tags across glue onto the lines after it, so a glued line gets no id.
      warnings.push({ line: index, message: 'text joined to another line with glue <>: it cannot be translated whole or carry an id; write it as one line' });
      unstampable.push(index);
      return;
    }

    if (kind === 'line' && braceBalance(code) > 0 && !code.trimStart().startsWith('{')) {
      // Text that opens a multi-line block mid-line: an id tag at its end would land inside the block.
      warnings.push({ line: index, message: 'text that opens a multi-line { block at its end: it cannot carry an id; start the block on a line of its own' });
      unstampable.push(index);
      return;
    }
    if (kind === 'line' && /->\s*[\w.]+(\([^)]*\))?\s*$/.test(content)) {
      // Ink prints no line break before a divert at the end of a line: the text runs on into
      // whatever the divert reaches first, which may be reached from elsewhere too.
      warnings.push({ line: index, message: 'text ending in a divert runs on into the next text: it cannot be translated whole or carry an id; put the divert on a line of its own' });
      unstampable.push(index);
      return;
    }
    const at: number[] = [];
    const lineSlots: Slot[] = [];
    const take = (slotKind: SlotKind, offset: number) => {
      const slot: Slot = { kind: slotKind, line: index, id: null, knot };
      at.push(offset);
      lineSlots.push(slot);
    };
    if (kind === 'choice') {
      const open = openingBracket(code, contentStart);
      const close = open < 0 ? -1 : closingBracket(code, open);
      if (close < 0) {
        take('choice', lineIdOffset(code));
      } else {
        take('choice', code.slice(0, close).trimEnd().length);
        const before = code.slice(contentStart, open);
        const after = code.slice(close + 1);
        if (hasText(before)) warnings.push({ line: index, message: 'choice text before its brackets is shared by the choice and the line after it: it cannot be translated whole' });
        if (hasText(after)) {
          warnings.push({ line: index, message: 'choice text after its brackets: the printed line is built from two pieces' });
          take('line', lineIdOffset(code));
        }
      }
    } else {
      take('line', lineIdOffset(code));
    }
    // Existing ids fill the slots in the order they were written.
    lineSlots.forEach((slot, n) => { slot.id = ids[n] ?? null; });
    slots.push(...lineSlots);
    lines[index] = { code, comment, at, contentStart, slots: lineSlots };
  });
  return { lines, slots, warnings, unstampable };
}

/** The line rebuilt with each slot's id inserted at its place. */
export function renderLine(scanned: ScannedLine): string {
  const order = scanned.at.map((offset, n) => ({ offset, id: scanned.slots[n].id })).sort((a, b) => b.offset - a.offset);
  let code = scanned.code;
  for (const { offset, id } of order) {
    if (!id) continue;
    const before = code.slice(0, offset).trimEnd();
    const after = code.slice(offset);
    code = `${before} #id:${id}${after && !/^\s/.test(after) && !after.startsWith(']') ? ' ' : ''}${after}`;
  }
  return code + scanned.comment;
}
