// Turns the ink source of one line or choice into the text a translator sees: plain text as it
// is, an inline conditional `{cond: A|B}` as an ICU select on a placeholder named after the
// condition (`{gentle, select, true {A} other {B}}`), a printed variable or function as `{name}`,
// a sequence `{a|b|c}` as a select with keys s1, s2, other. The runtime reads the values back from
// the English ink printed (src/i18n/story/template.ts), so the names only have to be unique and
// readable. Pure string work.

export interface Placeholder {
  name: string;
  /** The ink expression behind it, for the translator's note. */
  ink: string;
  kind: 'condition' | 'print' | 'function' | 'sequence';
}

export interface InkText { template: string; placeholders: Placeholder[] }

/** A placeholder name from an ink expression: `letter == "maia"` → `letter_is_maia`. */
export function placeholderName(expression: string): string {
  const words = expression
    .replace(/\(\s*\)/g, '')
    .replace(/==/g, ' is ').replace(/!=/g, ' is_not ').replace(/>=/g, ' ge ').replace(/<=/g, ' le ')
    .replace(/</g, ' lt ').replace(/>/g, ' gt ').replace(/&&/g, ' and ').replace(/\|\|/g, ' or ').replace(/!/g, ' not ')
    .replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase();
  return words || 'value';
}

/** Quotes what ICU would read as syntax in plain text. */
const icuText = (text: string) => text.replace(/[{}]/g, (brace) => `'${brace}'`);

/** Strips tags (`# place: x`) at brace depth 0 and the escapes' backslashes stay for the parser. */
export function withoutTags(content: string): string {
  let depth = 0;
  for (let i = 0; i < content.length; i += 1) {
    const c = content[i];
    if (c === '\\') { i += 1; continue; }
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if (c === '#' && depth === 0) return content.slice(0, i);
  }
  return content;
}

/** Index of the top-level `:` that ends a condition in `{...}` content from `from`, or -1. */
function conditionEnd(content: string, from: number): number {
  let parens = 0;
  for (let i = from; i < content.length; i += 1) {
    const c = content[i];
    if (c === '"') { const end = content.indexOf('"', i + 1); if (end < 0) return -1; i = end; continue; }
    if (c === '(') parens += 1;
    else if (c === ')') parens -= 1;
    else if (parens === 0 && (c === '|' || c === '&') && content[i + 1] === c) i += 1;
    else if (parens === 0 && (c === '|' || c === '}' || c === '{')) return -1;
    else if (parens === 0 && c === ':') return i;
  }
  return -1;
}

/** The translatable form of a piece of ink content (already without tags, diverts and glue). */
export function inkText(content: string): InkText {
  const placeholders: Placeholder[] = [];
  const named = new Map<string, string>();
  const nameFor = (ink: string, kind: Placeholder['kind']): string => {
    const key = `${kind}:${ink}`;
    const known = named.get(key);
    if (known) return known;
    const base = kind === 'sequence' ? 'seq' : placeholderName(ink);
    let name = base;
    for (let n = 2; placeholders.some((p) => p.name === name); n += 1) name = `${base}_${n}`;
    named.set(key, name);
    placeholders.push({ name, ink, kind });
    return name;
  };
  let at = 0;
  // Reads text and braces up to an unmatched `}` or, inside braces, a `|` at this level.
  const sequence = (inBraces: boolean): string => {
    let out = '';
    let text = '';
    const flush = () => { out += icuText(text); text = ''; };
    while (at < content.length) {
      const c = content[at];
      if (c === '\\') { text += content[at + 1] ?? ''; at += 2; continue; }
      if (inBraces && (c === '}' || c === '|')) break;
      if (c !== '{') { text += c; at += 1; continue; }
      flush();
      out += braces();
    }
    flush();
    return out;
  };
  const braces = (): string => {
    const open = at;
    at += 1;
    const colon = conditionEnd(content, at);
    if (colon >= 0) {
      const condition = content.slice(at, colon).trim();
      at = colon + 1;
      const branches = [sequence(true)];
      while (content[at] === '|') { at += 1; branches.push(sequence(true)); }
      at += 1; // the closing `}`
      const name = nameFor(condition, 'condition');
      return `{${name}, select, true {${branches[0]}} other {${branches.slice(1).join('')}}}`;
    }
    const marker = /^[~&!$]/.exec(content.slice(at))?.[0] ?? '';
    const start = at + marker.length;
    at = start;
    const branches = [sequence(true)];
    while (content[at] === '|') { at += 1; branches.push(sequence(true)); }
    at += 1;
    if (branches.length === 1) {
      const expression = content.slice(start, at - 1).trim();
      return `{${nameFor(expression, /\(/.test(expression) ? 'function' : 'print')}}`;
    }
    const name = nameFor(content.slice(open, at), 'sequence');
    const options = branches.map((branch, n) => `${n === branches.length - 1 ? 'other' : `s${n + 1}`} {${branch}}`);
    return `{${name}, select, ${options.join(' ')}}`;
  };
  const template = sequence(false).replace(/\s+/g, ' ').trim();
  return { template, placeholders };
}

/** The translator's note on a line's placeholders. */
export function placeholderNote(placeholders: readonly Placeholder[]): string[] {
  return placeholders.map((p) => {
    if (p.kind === 'condition') return `{${p.name}}: "true" when the ink condition (${p.ink}) holds`;
    if (p.kind === 'sequence') return `{${p.name}}: which of the ink sequence's texts is shown (s1, s2, ..., other for the last)`;
    if (p.kind === 'function') return `{${p.name}}: text printed by the ink function ${p.ink}, in English: rephrase so the line reads without it if you can`;
    return `{${p.name}}: the value of the ink variable ${p.ink}`;
  });
}
