// The kiosk's settings: every threshold lives in kiosk.config.json (repo root), read at build
// time. A bad or missing value falls back to its default with a console warning, never an error.
// Tests and the bench pick a named preset with `?kiosk-config=<name>`; only the names below are
// accepted (never a URL or a file), and a preset only shortens times or flips test aids.

import { TEST_SWITCHES } from '../../buildFlags.ts';
import { SHIPPED_LANGUAGES, type LanguageCode } from '../../i18n/catalog.ts';

export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface ScreenSize { diagonalInches: number; widthPx: number; heightPx: number }

export interface KioskConfig {
  /** Staff PIN, 4 to 12 digits. */
  pin: string;
  /** The physical screen, for converting millimetres to pixels; null uses defaultTouchTargetPx. */
  screen: ScreenSize | null;
  touchTargetMm: number;
  defaultTouchTargetPx: number;
  /** Body text size at 100% (visitors can still enlarge it in Settings). */
  textSizePx: number;
  /** Force reduced motion on this kiosk, whatever the system setting says. */
  reduceMotion: boolean;
  /** A second tap on the story's buttons this soon after a new screen is ignored (double taps). */
  tapGuardMs: number;
  idle: { readingSeconds: number; menuSeconds: number; warningSeconds: number };
  attract: { stepSeconds: number };
  staff: {
    corner: Corner; cornerPx: number; taps: number; tapWindowSeconds: number;
    failuresBeforeLockout: number; lockoutSeconds: number; maxLockoutSeconds: number;
  };
  errors: { returnSeconds: number };
  howVisitorsChose: { minVisitors: number };
  counters: { keepDays: number; errorLogSize: number };
  /** The languages the attract screen offers, in this order (each one shipped by the build). */
  languages: LanguageCode[];
  /** The language every visit starts in: one of `languages`; the attract screen returns to it after each visit. */
  defaultLanguage: LanguageCode;
  /** Sound volume in percent on this kiosk; 0 (the default) keeps it silent. Visitors can still mute it. */
  sound: number;
  /** Test aid, settable only by a preset: reset in the page instead of reloading it (the bench). */
  inPageReset: boolean;
  /** The preset in use, for the staff screen. */
  preset: string;
}

/** Captions that change by themselves stay at least this long (WCAG 2.2.2); test presets may go faster. */
export const MIN_STEP_SECONDS = 8;

export const DEFAULT_CONFIG: KioskConfig = {
  pin: '2468',
  screen: null,
  touchTargetMm: 15,
  defaultTouchTargetPx: 64,
  textSizePx: 28,
  reduceMotion: false,
  tapGuardMs: 300,
  idle: { readingSeconds: 90, menuSeconds: 45, warningSeconds: 30 },
  // WCAG 2.2.2: a caption that moves on by itself stays at least 8 s (MIN_STEP_SECONDS).
  attract: { stepSeconds: 8 },
  staff: { corner: 'top-left', cornerPx: 96, taps: 5, tapWindowSeconds: 3, failuresBeforeLockout: 3, lockoutSeconds: 30, maxLockoutSeconds: 900 },
  errors: { returnSeconds: 2 },
  howVisitorsChose: { minVisitors: 5 },
  counters: { keepDays: 120, errorLogSize: 50 },
  sound: 0,
  languages: [...SHIPPED_LANGUAGES],
  defaultLanguage: 'en',
  inPageReset: false,
  preset: 'default',
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends null ? T[K] : DeepPartial<T[K]>) : T[K] };

/** Named presets for tests, the soak run and the bench. Nothing else can be selected by URL. */
const TEST_PRESET: DeepPartial<KioskConfig> = {
  tapGuardMs: 0,
  // Long enough that a slow test machine never sees an idle warning it did not ask for.
  idle: { readingSeconds: 600, menuSeconds: 600, warningSeconds: 30 },
  attract: { stepSeconds: 1.5 },
  staff: { tapWindowSeconds: 10, lockoutSeconds: 2, maxLockoutSeconds: 8 },
  errors: { returnSeconds: 1 },
  howVisitorsChose: { minVisitors: 1 },
};

/**
 * Named presets for tests, the soak run and the bench. Nothing else can be selected by URL, and
 * production builds have none of them (src/buildFlags.ts): there the PIN lockout is the file's.
 */
export const PRESETS: Record<string, DeepPartial<KioskConfig>> = !TEST_SWITCHES ? { default: {} } : {
  default: {},
  test: TEST_PRESET,
  'test-idle': { ...TEST_PRESET, idle: { readingSeconds: 6, menuSeconds: 4, warningSeconds: 12 } },
  soak: {
    idle: { readingSeconds: 5, menuSeconds: 4, warningSeconds: 3 },
    attract: { stepSeconds: 1 },
    staff: { lockoutSeconds: 1, maxLockoutSeconds: 2 },
    errors: { returnSeconds: 1 },
    howVisitorsChose: { minVisitors: 1 },
  },
  bench: { inPageReset: true, tapGuardMs: 0, howVisitorsChose: { minVisitors: 1 } },
};

const CORNERS: readonly Corner[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

function positive(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max;
}

/**
 * Merges a value read from JSON over the defaults, field by field: a field of the wrong type or
 * out of range keeps its default and is reported. Unknown fields are reported and ignored.
 */
export function resolveKioskConfig(file: unknown, presetName: string | null = null, warn: (message: string) => void = () => {}): KioskConfig {
  const config: KioskConfig = structuredClone(DEFAULT_CONFIG);
  const raw = (file && typeof file === 'object' && !Array.isArray(file) ? file : {}) as Record<string, unknown>;
  if (file !== undefined && raw !== file) warn('kiosk config: not an object; using the defaults');

  const section = (name: 'idle' | 'attract' | 'staff' | 'errors' | 'howVisitorsChose' | 'counters', limits: Record<string, number>) => {
    const value = raw[name];
    if (value === undefined) return;
    if (!value || typeof value !== 'object') { warn(`kiosk config: "${name}" is not an object; using its defaults`); return; }
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      const target = config[name] as unknown as Record<string, unknown>;
      if (!(key in target)) { warn(`kiosk config: unknown setting "${name}.${key}" ignored`); continue; }
      if (name === 'staff' && key === 'corner') {
        if (CORNERS.includes(entry as Corner)) target[key] = entry;
        else warn(`kiosk config: "staff.corner" must be one of ${CORNERS.join(', ')}`);
        continue;
      }
      if (positive(entry, limits[key] ?? 100_000)) target[key] = entry;
      else warn(`kiosk config: "${name}.${key}" must be a number above 0 and at most ${limits[key] ?? 100_000}; using ${String(target[key])}`);
    }
  };

  for (const key of Object.keys(raw)) {
    if (!(key in DEFAULT_CONFIG) || key === 'inPageReset' || key === 'preset') warn(`kiosk config: unknown setting "${key}" ignored`);
  }
  if (raw.pin !== undefined) {
    if (typeof raw.pin === 'string' && /^\d{4,12}$/.test(raw.pin)) config.pin = raw.pin;
    else warn('kiosk config: "pin" must be a string of 4 to 12 digits; using the default PIN');
  }
  if (raw.screen !== undefined && raw.screen !== null) {
    const screen = raw.screen as Partial<ScreenSize>;
    if (positive(screen?.diagonalInches, 200) && positive(screen?.widthPx, 20_000) && positive(screen?.heightPx, 20_000)) {
      config.screen = { diagonalInches: screen.diagonalInches, widthPx: screen.widthPx, heightPx: screen.heightPx };
    } else warn('kiosk config: "screen" needs diagonalInches, widthPx and heightPx (numbers); using defaultTouchTargetPx');
  }
  if (raw.touchTargetMm !== undefined) {
    if (positive(raw.touchTargetMm, 60) && raw.touchTargetMm >= 15) config.touchTargetMm = raw.touchTargetMm;
    else warn('kiosk config: "touchTargetMm" must be between 15 and 60');
  }
  if (raw.defaultTouchTargetPx !== undefined) {
    if (positive(raw.defaultTouchTargetPx, 400) && raw.defaultTouchTargetPx >= 44) config.defaultTouchTargetPx = raw.defaultTouchTargetPx;
    else warn('kiosk config: "defaultTouchTargetPx" must be between 44 and 400');
  }
  if (raw.textSizePx !== undefined) {
    if (positive(raw.textSizePx, 96) && raw.textSizePx >= 16) config.textSizePx = raw.textSizePx;
    else warn('kiosk config: "textSizePx" must be between 16 and 96');
  }
  if (raw.tapGuardMs !== undefined) {
    if (typeof raw.tapGuardMs === 'number' && raw.tapGuardMs >= 0 && raw.tapGuardMs <= 2000) config.tapGuardMs = raw.tapGuardMs;
    else warn('kiosk config: "tapGuardMs" must be between 0 and 2000');
  }
  if (raw.reduceMotion !== undefined) {
    if (typeof raw.reduceMotion === 'boolean') config.reduceMotion = raw.reduceMotion;
    else warn('kiosk config: "reduceMotion" must be true or false');
  }
  if (raw.sound !== undefined) {
    if (typeof raw.sound === 'number' && Number.isInteger(raw.sound) && raw.sound >= 0 && raw.sound <= 100) config.sound = raw.sound;
    else warn('kiosk config: "sound" must be a whole number from 0 (silent) to 100; using 0');
  }
  resolveLanguages(config, raw, warn);
  section('idle', { readingSeconds: 3600, menuSeconds: 3600, warningSeconds: 600 });
  section('attract', { stepSeconds: 60 });
  if (config.attract.stepSeconds < MIN_STEP_SECONDS) {
    warn(`kiosk config: "attract.stepSeconds" must be at least ${MIN_STEP_SECONDS}; using ${MIN_STEP_SECONDS}`);
    config.attract.stepSeconds = MIN_STEP_SECONDS;
  }
  section('staff', { cornerPx: 400, taps: 20, tapWindowSeconds: 30, failuresBeforeLockout: 20, lockoutSeconds: 86_400, maxLockoutSeconds: 86_400 });
  section('errors', { returnSeconds: 5 });
  section('howVisitorsChose', { minVisitors: 1000 });
  section('counters', { keepDays: 3660, errorLogSize: 1000 });
  for (const key of ['taps', 'failuresBeforeLockout'] as const) config.staff[key] = Math.max(1, Math.round(config.staff[key]));
  config.staff.maxLockoutSeconds = Math.max(config.staff.maxLockoutSeconds, config.staff.lockoutSeconds);
  config.counters.keepDays = Math.max(1, Math.round(config.counters.keepDays));
  config.counters.errorLogSize = Math.max(1, Math.round(config.counters.errorLogSize));
  config.howVisitorsChose.minVisitors = Math.max(1, Math.round(config.howVisitorsChose.minVisitors));

  if (presetName !== null && presetName !== 'default') {
    const preset = Object.prototype.hasOwnProperty.call(PRESETS, presetName) ? PRESETS[presetName] : undefined;
    if (!preset) warn(`kiosk config: unknown preset "${presetName}" ignored (known: ${Object.keys(PRESETS).join(', ')})`);
    else {
      applyPreset(config, preset);
      config.preset = presetName;
    }
  }
  return config;
}

/**
 * `languages`: codes the build ships, in the museum's order; an unknown or repeated code is dropped
 * with a warning, and a list left empty offers every shipped language. `defaultLanguage` must be
 * one of them, else the first offered (English when offered) is used.
 */
function resolveLanguages(config: KioskConfig, raw: Record<string, unknown>, warn: (message: string) => void): void {
  const shipped = SHIPPED_LANGUAGES as readonly string[];
  if (raw.languages !== undefined) {
    if (!Array.isArray(raw.languages)) warn(`kiosk config: "languages" must be a list of language codes (${shipped.join(', ')}); offering all of them`);
    else {
      const offered: LanguageCode[] = [];
      for (const code of raw.languages as unknown[]) {
        if (typeof code !== 'string' || !shipped.includes(code)) warn(`kiosk config: unknown language ${JSON.stringify(code)} in "languages" dropped (known: ${shipped.join(', ')})`);
        else if (offered.includes(code as LanguageCode)) warn(`kiosk config: language "${code}" listed twice in "languages"`);
        else offered.push(code as LanguageCode);
      }
      if (offered.length) config.languages = offered;
      else warn(`kiosk config: "languages" offers no known language; offering all of them (${shipped.join(', ')})`);
    }
  }
  const fallback = config.languages.includes('en') ? 'en' : config.languages[0];
  if (raw.defaultLanguage === undefined) { config.defaultLanguage = fallback; return; }
  if (typeof raw.defaultLanguage === 'string' && config.languages.includes(raw.defaultLanguage as LanguageCode)) config.defaultLanguage = raw.defaultLanguage as LanguageCode;
  else {
    warn(`kiosk config: "defaultLanguage" must be one of "languages" (${config.languages.join(', ')}); using ${fallback}`);
    config.defaultLanguage = fallback;
  }
}

/**
 * The language a visit starts in: the launch address's `?lang=` when the kiosk offers it (one
 * build can serve two screens with different defaults), else the config's default. The kiosk
 * never writes a visitor's choice into the address, so a reset comes back to this.
 */
export function startLanguageFor(config: Pick<KioskConfig, 'languages' | 'defaultLanguage'>, search: string, warn: (message: string) => void = () => {}): LanguageCode {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === null || asked === '' || asked === 'pseudo') return config.defaultLanguage;
  if (config.languages.includes(asked as LanguageCode)) return asked as LanguageCode;
  warn(`kiosk: ?lang=${asked} is not one of this kiosk's languages (${config.languages.join(', ')}); starting in ${config.defaultLanguage}`);
  return config.defaultLanguage;
}

function applyPreset(config: KioskConfig, preset: DeepPartial<KioskConfig>): void {
  for (const [key, value] of Object.entries(preset)) {
    const target = (config as unknown as Record<string, unknown>)[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && target && typeof target === 'object') Object.assign(target, value);
    else (config as unknown as Record<string, unknown>)[key] = value;
  }
}

/**
 * The smallest touch target in CSS pixels: `mm` millimetres on the configured screen, or the
 * default when no screen is configured; never below 44 px (WCAG 2.5.5).
 */
export function touchTargetPx(config: Pick<KioskConfig, 'screen' | 'touchTargetMm' | 'defaultTouchTargetPx'>, devicePixelRatio = 1): number {
  if (!config.screen) return Math.round(config.defaultTouchTargetPx);
  const { diagonalInches, widthPx, heightPx } = config.screen;
  const pixelsPerInch = Math.hypot(widthPx, heightPx) / diagonalInches;
  const devicePixels = (config.touchTargetMm / 25.4) * pixelsPerInch;
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  return Math.max(44, Math.ceil(devicePixels / ratio));
}

/** The preset named in the page's URL (`kiosk-config`), or null. */
export function presetFromSearch(search: string): string | null {
  if (!TEST_SWITCHES) return null;
  const value = new URLSearchParams(search).get('kiosk-config');
  return value === null || value === '' ? null : value;
}
