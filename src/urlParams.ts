// URL parameters, validated. Anything unknown or unusable is ignored with a console warning,
// never an error: an unknown name, a value a parameter does not take (`?gentle=maybe`), a
// parameter given twice (`?mode=kiosk&mode=home`: the first counts), and in production builds the
// test switches, which do not exist there (src/buildFlags.ts).
export type Mode = 'home' | 'kiosk' | 'classroom';

export interface LaunchOptions {
  mode: Mode;
  /** Development and test aid: a story variable preset such as gentle. */
  gentle: boolean | null;
  debug: boolean;
  /** `?lang=`: the interface language asked for (src/i18n decides whether this build has it). */
  lang: string | null;
  /** Unknown names, and `mode=<value>` for a mode that does not exist. */
  unknown: string[];
  /** Known parameters that were given a value they do not take, or given more than once. */
  problems: LaunchProblem[];
}

export type LaunchProblem =
  | { kind: 'invalid'; name: string; value: string }
  | { kind: 'duplicate'; name: string; used: string };

// maprenderer and maptransitions are test aids read by the map module (src/map); kiosk-reset marks
// a kiosk's own fresh start between visitors (src/modes/kiosk/resetUrl.ts).
const KNOWN = new Set(['mode', 'gentle', 'debug', 'lang', 'kiosk-config', 'kiosk-reset', 'maprenderer', 'maptransitions']);
/** Known only to builds with test switches. */
const TEST_ONLY = new Set(['debug', 'kiosk-config']);
const GENTLE: Record<string, boolean> = { 1: true, true: true, 0: false, false: false };

export function parseLaunchOptions(search: string, buildMode: Mode = 'home', testSwitches = true): LaunchOptions {
  const params = new URLSearchParams(search);
  const unknown: string[] = [];
  const problems: LaunchProblem[] = [];
  const seen = new Map<string, string>();
  let mode: Mode = buildMode;
  let gentle: boolean | null = null;
  let lang: string | null = null;
  for (const [name, value] of params) {
    if (!KNOWN.has(name) || (!testSwitches && TEST_ONLY.has(name))) { unknown.push(name); continue; }
    if (seen.has(name)) { problems.push({ kind: 'duplicate', name, used: seen.get(name)! }); continue; }
    seen.set(name, value);
    if (name === 'mode') {
      if (value === 'home' || value === 'kiosk' || value === 'classroom') mode = value;
      else unknown.push(`mode=${value}`);
    }
    if (name === 'lang') {
      lang = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$|^pseudo$/.test(value) ? value : null;
      if (lang === null) unknown.push(`lang=${value}`);
    }
    if (name === 'gentle') {
      gentle = Object.prototype.hasOwnProperty.call(GENTLE, value) ? GENTLE[value]! : null;
      if (gentle === null) problems.push({ kind: 'invalid', name, value });
    }
  }
  return { mode, gentle, debug: testSwitches && params.has('debug'), lang, unknown, problems };
}
