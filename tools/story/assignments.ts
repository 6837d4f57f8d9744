// Which global variables a piece of ink assigns, read statically from its source: `~ x = ...`,
// `~ x += ...`, `~ x++`, and calls of functions that assign globals themselves (`~ hope_down()`) or
// through a `ref` parameter (`~ bond_up(bond_jonas)`). Used to keep "nothing in his path changes
// hers" (docs/briefs/crossings.md §3.5): the paths assign disjoint sets, except the
// viewpoint-neutral variables every path sets the same way.

/** Variables any viewpoint may assign (crossings.md §1.1): the person's state, the calendar, the camp, the app's presets. */
export const VIEWPOINT_NEUTRAL = [
  'hope', 'health', 'position', 'fate', 'saved',
  'day', 'time_of_day', 'weather',
  'walls', 'defences', 'loudspeakers', 'kites', 'hunger', 'tanks',
  'viewpoint', 'gentle', 'kiosk_cut',
  // The reader's scene-or-summary choice on 26 June, the same content note on every path.
  'dawn_summary',
];

interface FunctionInk { params: string[]; refs: boolean[]; body: string[] }
export interface FunctionEffects { globals: Set<string>; refs: Set<number> }

const code = (line: string) => line.replace(/\/\/.*$/, '');
const ASSIGN = /^\s*~\s*(?:temp\s+)?([A-Za-z_]\w*)\s*(?:=(?!=)|\+=|-=|\+\+|--)/;
const CALL = /([A-Za-z_]\w*)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;

function splitArgs(list: string): string[] {
  return list.split(',').map((arg) => arg.trim()).filter(Boolean);
}

/** `=== function name(ref a, b) ===` bodies in the sources. */
export function functionsIn(sources: string[]): Map<string, FunctionInk> {
  const functions = new Map<string, FunctionInk>();
  for (const source of sources) {
    let current: FunctionInk | null = null;
    for (const raw of source.split('\n')) {
      const line = code(raw);
      const header = /^\s*={2,}\s*function\s+([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?/.exec(line);
      if (header) {
        const params = splitArgs(header[2] ?? '');
        current = { params: params.map((param) => param.replace(/^ref\s+/, '')), refs: params.map((param) => /^ref\s/.test(param)), body: [] };
        functions.set(header[1], current);
        continue;
      }
      if (/^\s*={2,}/.test(line)) { current = null; continue; }
      current?.body.push(line);
    }
  }
  return functions;
}

/** What each function assigns: globals directly or through calls, and which of its ref parameters. */
export function functionEffects(functions: Map<string, FunctionInk>): Map<string, FunctionEffects> {
  const effects = new Map<string, FunctionEffects>();
  const visit = (name: string, stack: Set<string>): FunctionEffects => {
    const known = effects.get(name);
    if (known) return known;
    const result: FunctionEffects = { globals: new Set(), refs: new Set() };
    const fn = functions.get(name);
    if (!fn || stack.has(name)) return result;
    stack.add(name);
    const temps = new Set<string>();
    const bind = (target: string) => {
      const param = fn.params.indexOf(target);
      if (param >= 0) { if (fn.refs[param]) result.refs.add(param); return; }
      if (!temps.has(target)) result.globals.add(target);
    };
    for (const line of fn.body) {
      if (/^\s*~\s*temp\s+([A-Za-z_]\w*)/.test(line)) temps.add(/^\s*~\s*temp\s+([A-Za-z_]\w*)/.exec(line)![1]);
      const assigned = ASSIGN.exec(line);
      if (assigned && !/^\s*~\s*temp\s/.test(line) && !/^\s*~\s*return\b/.test(line)) bind(assigned[1]);
      for (const call of line.matchAll(CALL)) {
        if (!functions.has(call[1])) continue;
        const inner = visit(call[1], stack);
        for (const global of inner.globals) bind(global);
        splitArgs(call[2]).forEach((arg, index) => { if (inner.refs.has(index) && /^[A-Za-z_]\w*$/.test(arg)) bind(arg); });
      }
    }
    stack.delete(name);
    effects.set(name, result);
    return result;
  };
  for (const name of functions.keys()) visit(name, new Set());
  return effects;
}

/** The globals (among `globals`) that a story source assigns, directly or through the functions. */
export function assignedVariables(source: string, effects: Map<string, FunctionEffects>, globals: ReadonlySet<string>): Set<string> {
  const assigned = new Set<string>();
  const bind = (name: string) => { if (globals.has(name)) assigned.add(name); };
  for (const raw of source.split('\n')) {
    const line = code(raw);
    if (!/^\s*[-*+]*\s*~/.test(line) && !/\{[^}]*\(/.test(line)) continue;
    const direct = ASSIGN.exec(line.replace(/^\s*[-*+]+\s*/, ''));
    if (direct) bind(direct[1]);
    for (const call of line.matchAll(CALL)) {
      const effect = effects.get(call[1]);
      if (!effect) continue;
      for (const global of effect.globals) bind(global);
      splitArgs(call[2]).forEach((arg, index) => { if (effect.refs.has(index)) bind(arg); });
    }
  }
  return assigned;
}

/** `VAR name = ...` declarations in the sources. */
export function declaredGlobals(sources: string[]): Set<string> {
  const names = new Set<string>();
  for (const source of sources) for (const match of source.matchAll(/^\s*VAR\s+([A-Za-z_]\w*)/gm)) names.add(match[1]);
  return names;
}
