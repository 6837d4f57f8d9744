// The kiosk config: the shipped file is valid, bad values fall back with a warning, only named
// presets are accepted, and millimetres become pixels for the configured screen.
import { describe, expect, it } from 'vitest';
import fileConfig from '../../../kiosk.config.json';
import { DEFAULT_CONFIG, PRESETS, presetFromSearch, resolveKioskConfig, startLanguageFor, touchTargetPx } from '../../../src/modes/kiosk/config.ts';

describe('kiosk config', () => {
  it('the shipped kiosk.config.json is valid and holds the documented thresholds', () => {
    const warnings: string[] = [];
    const config = resolveKioskConfig(fileConfig, null, (message) => warnings.push(message));
    expect(warnings).toEqual([]);
    expect(config.idle).toEqual({ readingSeconds: 90, menuSeconds: 45, warningSeconds: 30 });
    expect(config.staff.taps).toBe(5);
    expect(config.staff.tapWindowSeconds).toBe(3);
    expect(config.inPageReset).toBe(false);
    expect(touchTargetPx(config)).toBe(64);
  });

  it('keeps the default for a wrong value and reports it; never throws', () => {
    const warnings: string[] = [];
    const config = resolveKioskConfig({ pin: 1234, idle: { readingSeconds: -5, menuSeconds: 60, bogus: 1 }, staff: { corner: 'middle' }, inPageReset: true, extra: 1 }, null, (message) => warnings.push(message));
    expect(config.pin).toBe(DEFAULT_CONFIG.pin);
    expect(config.idle).toEqual({ readingSeconds: 90, menuSeconds: 60, warningSeconds: 30 });
    expect(config.staff.corner).toBe('top-left');
    expect(config.inPageReset).toBe(false);
    expect(warnings.length).toBe(6);
    expect(resolveKioskConfig('nonsense').idle.readingSeconds).toBe(90);
    expect(resolveKioskConfig(null).pin).toBe(DEFAULT_CONFIG.pin);
  });

  it('languages: the shipped file offers all three in English first; unknown codes are dropped, an empty list offers all', () => {
    expect(resolveKioskConfig(fileConfig)).toMatchObject({ languages: ['en', 'uk', 'ru'], defaultLanguage: 'en' });
    const resolve = (file: Record<string, unknown>) => {
      const warnings: string[] = [];
      const config = resolveKioskConfig(file, null, (message) => warnings.push(message));
      return { languages: config.languages, defaultLanguage: config.defaultLanguage, warnings: warnings.length };
    };
    expect(resolve({ languages: ['uk', 'en', 'ru'], defaultLanguage: 'uk' })).toEqual({ languages: ['uk', 'en', 'ru'], defaultLanguage: 'uk', warnings: 0 });
    expect(resolve({ languages: ['uk', 'de', 'ru', 7, 'uk'] })).toEqual({ languages: ['uk', 'ru'], defaultLanguage: 'uk', warnings: 3 });
    expect(resolve({ languages: [] })).toEqual({ languages: ['en', 'uk', 'ru'], defaultLanguage: 'en', warnings: 1 });
    expect(resolve({ languages: ['xx', 'pseudo'] })).toEqual({ languages: ['en', 'uk', 'ru'], defaultLanguage: 'en', warnings: 3 });
    expect(resolve({ languages: 'uk' })).toEqual({ languages: ['en', 'uk', 'ru'], defaultLanguage: 'en', warnings: 1 });
    // The default must be offered; otherwise English if offered, else the first.
    expect(resolve({ languages: ['uk', 'en'], defaultLanguage: 'ru' })).toEqual({ languages: ['uk', 'en'], defaultLanguage: 'en', warnings: 1 });
    expect(resolve({ languages: ['ru', 'uk'], defaultLanguage: 'de' })).toEqual({ languages: ['ru', 'uk'], defaultLanguage: 'ru', warnings: 1 });
    expect(resolve({ defaultLanguage: 'ru' })).toEqual({ languages: ['en', 'uk', 'ru'], defaultLanguage: 'ru', warnings: 0 });
  });

  it('the start language: ?lang= in the launch address when offered, else the default', () => {
    const config = resolveKioskConfig({ languages: ['uk', 'en'], defaultLanguage: 'uk' });
    expect(startLanguageFor(config, '?mode=kiosk')).toBe('uk');
    expect(startLanguageFor(config, '?mode=kiosk&lang=en')).toBe('en');
    const warnings: string[] = [];
    expect(startLanguageFor(config, '?lang=ru', (message) => warnings.push(message))).toBe('uk');
    expect(warnings).toHaveLength(1);
  });

  it('sound: silent by default, a volume from 0 to 100, anything else falls back to silent', () => {
    expect(resolveKioskConfig(fileConfig).sound).toBe(0);
    expect(resolveKioskConfig({ sound: 40 }).sound).toBe(40);
    for (const bad of [-1, 101, 12.5, '40', true]) {
      const warnings: string[] = [];
      expect(resolveKioskConfig({ sound: bad }, null, (message) => warnings.push(message)).sound).toBe(0);
      expect(warnings).toHaveLength(1);
    }
  });

  it('never lets a config file move the attract captions on faster than every 8 s (WCAG 2.2.2)', () => {
    const warnings: string[] = [];
    expect(resolveKioskConfig({ attract: { stepSeconds: 3 } }, null, (message) => warnings.push(message)).attract.stepSeconds).toBe(8);
    expect(warnings).toEqual(['kiosk config: "attract.stepSeconds" must be at least 8; using 8']);
    expect(resolveKioskConfig({ attract: { stepSeconds: 12 } }).attract.stepSeconds).toBe(12);
  });

  it('accepts only named presets from the URL', () => {
    const warnings: string[] = [];
    expect(presetFromSearch('?mode=kiosk&kiosk-config=test')).toBe('test');
    expect(resolveKioskConfig(fileConfig, 'test').idle.readingSeconds).toBe(PRESETS.test.idle!.readingSeconds);
    expect(resolveKioskConfig(fileConfig, 'bench').inPageReset).toBe(true);
    const odd = resolveKioskConfig(fileConfig, 'https://example.org/evil.json', (message) => warnings.push(message));
    expect(odd.preset).toBe('default');
    expect(odd.idle.readingSeconds).toBe(90);
    expect(resolveKioskConfig(fileConfig, '__proto__', (message) => warnings.push(message)).preset).toBe('default');
    expect(warnings).toHaveLength(2);
  });

  it('converts 15 mm to CSS pixels for the configured screen', () => {
    const at = (diagonalInches: number, widthPx: number, heightPx: number, dpr = 1) => touchTargetPx({ ...DEFAULT_CONFIG, screen: { diagonalInches, widthPx, heightPx } }, dpr);
    // Figures from the research notes (edu-kiosk-anchors §B4): 24" 1080p ≈ 54 px, 43" 4K ≈ 61 px.
    expect(at(24, 1920, 1080)).toBe(55);
    expect(at(43, 3840, 2160)).toBe(61);
    expect(at(43, 3840, 2160, 2)).toBe(44); // 31 CSS px at 200 % scaling, raised to the 44 px floor
    expect(at(15.6, 1920, 1080)).toBe(84);
  });
});
