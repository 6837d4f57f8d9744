// URL parameters, validated. Anything unknown is ignored with a console warning, never an error.
export type Mode = 'home' | 'kiosk' | 'classroom';

export interface LaunchOptions {
  mode: Mode;
  /** Development and test aid: a story variable preset such as gentle. */
  gentle: boolean | null;
  debug: boolean;
  /** `?lang=`: the interface language asked for (src/i18n decides whether this build has it). */
  lang: string | null;
  unknown: string[];
}

// maprenderer and maptransitions are test aids read by the map module (src/map); kiosk-reset marks
// a kiosk's own fresh start between visitors (src/modes/kiosk/resetUrl.ts).
const KNOWN = new Set(['mode', 'gentle', 'debug', 'lang', 'kiosk-config', 'kiosk-reset', 'maprenderer', 'maptransitions']);

export function parseLaunchOptions(search: string, buildMode: Mode = 'home'): LaunchOptions {
  const params = new URLSearchParams(search);
  const unknown: string[] = [];
  let mode: Mode = buildMode;
  let gentle: boolean | null = null;
  let lang: string | null = null;
  for (const [name, value] of params) {
    if (!KNOWN.has(name)) { unknown.push(name); continue; }
    if (name === 'mode') {
      if (value === 'home' || value === 'kiosk' || value === 'classroom') mode = value;
      else unknown.push(`mode=${value}`);
    }
    if (name === 'lang') lang = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$|^pseudo$/.test(value) ? value : null;
    if (name === 'gentle') gentle = value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : null;
  }
  return { mode, gentle, debug: params.has('debug'), lang, unknown };
}
