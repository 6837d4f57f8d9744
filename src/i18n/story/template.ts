// Story lines with placeholders (a line that mixes text with an inline conditional or a printed
// variable is translated whole): the small part of ICU MessageFormat they use, `{name}` and
// `{name, select, true {…} other {…}}`, read and filled here without the ICU parser (which does
// not ship to the browser). Which branch ink took is read back from the English text it printed:
// the English template is turned into a pattern and matched, so no ink condition is evaluated
// twice and a visit count or a function works like a variable. DOM-free.

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'select'; name: string; options: { key: string; nodes: TemplateNode[] }[] };

export class TemplateError extends Error {}

/** Parses a template. Apostrophes are literal except `'{'` and `'}'` (ICU's quoting of braces). */
export function parseTemplate(source: string): TemplateNode[] {
  let at = 0;
  const fail = (message: string): never => { throw new TemplateError(`${message} at ${at} in: ${source}`); };
  const name = (): string => {
    const match = /^\s*([\p{L}\p{N}_.-]+)\s*/u.exec(source.slice(at));
    if (!match) fail('a placeholder name was expected');
    at += match![0].length;
    return match![1];
  };
  const nodes = (): TemplateNode[] => {
    const out: TemplateNode[] = [];
    let text = '';
    const flush = () => { if (text) out.push({ kind: 'text', text }); text = ''; };
    while (at < source.length) {
      const c = source[at];
      if (c === "'" && (source[at + 1] === '{' || source[at + 1] === '}') && source[at + 2] === "'") { text += source[at + 1]; at += 3; continue; }
      if (c === '}') break;
      if (c !== '{') { text += c; at += 1; continue; }
      flush();
      at += 1;
      const argument = name();
      if (source[at] === '}') { at += 1; out.push({ kind: 'arg', name: argument }); continue; }
      if (source[at] !== ',') fail('"," or "}" was expected');
      at += 1;
      if (name() !== 'select' || source[at] !== ',') fail('only "select" is supported');
      at += 1;
      const options: { key: string; nodes: TemplateNode[] }[] = [];
      for (;;) {
        while (/\s/.test(source[at] ?? '')) at += 1;
        if (source[at] === '}') { at += 1; break; }
        const key = name();
        if (source[at] !== '{') fail('"{" was expected after a select key');
        at += 1;
        options.push({ key, nodes: nodes() });
        if (source[at] !== '}') fail('an unclosed select option');
        at += 1;
      }
      if (!options.some((option) => option.key === 'other')) fail('a select needs an "other" option');
      out.push({ kind: 'select', name: argument, options });
    }
    flush();
    return out;
  };
  const parsed = nodes();
  if (at < source.length) fail('an unmatched "}"');
  return parsed;
}

export type TemplateValues = Record<string, string>;

/** The placeholder names a template uses (arguments and selects, nested ones too). */
export function placeholderNames(nodes: readonly TemplateNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    into.add(node.name);
    if (node.kind === 'select') for (const option of node.options) placeholderNames(option.nodes, into);
  }
  return into;
}

/** Ink prints runs of spaces as one and trims each line: a rendered template does the same. */
/** Collapses the spaces a template's empty branches leave. A no-break space is the translator's
 *  typography (before a dash, between a number and its word): it stays, and absorbs a plain space
 *  beside it. */
export const tidy = (text: string): string => text.replace(/[^\S\u00a0]+/g, ' ').replace(/ ?\u00a0 ?/g, '\u00a0').trim();

/** Fills a template: a select takes the option named by its value, else `other`. */
export function renderTemplate(nodes: readonly TemplateNode[], values: TemplateValues): string {
  const render = (list: readonly TemplateNode[]): string => list.map((node) => {
    if (node.kind === 'text') return node.text;
    if (node.kind === 'arg') return values[node.name] ?? '';
    const option = node.options.find((candidate) => candidate.key === values[node.name]) ?? node.options.find((candidate) => candidate.key === 'other')!;
    return render(option.nodes);
  }).join('');
  return tidy(render(nodes));
}

interface Compiled { pattern: RegExp; groups: { name: string; key: string | null }[] }

const escapeText = (text: string) => text.split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');

function compile(nodes: readonly TemplateNode[]): Compiled {
  const groups: Compiled['groups'] = [];
  const build = (list: readonly TemplateNode[]): string => list.map((node) => {
    if (node.kind === 'text') return escapeText(node.text);
    if (node.kind === 'arg') { groups.push({ name: node.name, key: null }); return '(.*?)'; }
    return `(?:${node.options.map((option) => {
      groups.push({ name: node.name, key: option.key });
      return `(${build(option.nodes)})`;
    }).join('|')})`;
  }).join('');
  // Groups are numbered in the order their "(" appears, which is the order pushed above.
  return { pattern: new RegExp(`^\\s*${build(nodes)}\\s*$`, 'su'), groups };
}

const compiledCache = new Map<string, Compiled>();

/**
 * The values that make `english` (the template's English) print `shown` (what ink printed), or
 * null when the text does not fit the template (the caller then shows the English).
 */
export function matchTemplate(english: string, shown: string): TemplateValues | null {
  let compiled = compiledCache.get(english);
  if (!compiled) {
    compiled = compile(parseTemplate(english));
    compiledCache.set(english, compiled);
  }
  const match = compiled.pattern.exec(tidy(shown));
  if (!match) return null;
  const values: TemplateValues = {};
  compiled.groups.forEach((group, n) => {
    const captured = match[n + 1];
    if (captured === undefined || group.name in values) return;
    values[group.name] = group.key ?? captured;
  });
  return values;
}
