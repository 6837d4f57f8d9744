// The settings dialog and how settings show on the page (data attributes read by the CSS).
import { FONTS, TEXT_SIZES, THEMES, type Settings, type SettingsStore } from '../engine/index.ts';
import { el } from './dom.ts';
import { openDialog } from './dialogs.ts';
import { format, strings } from './strings.ts';
import { languageMenu } from './languageMenu.ts';

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--text-scale', String(settings.textSize / 100));
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.reduceMotion = String(settings.reduceMotion);
}

function radioGroup<T extends string | number>(legend: string, name: string, values: readonly T[], labels: (value: T) => string, current: T, onChange: (value: T) => void): HTMLElement {
  return el('fieldset', { className: `setting setting-${name}` }, [
    el('legend', { text: legend }),
    ...values.map((value) => {
      const id = `setting-${name}-${value}`;
      const input = el('input', { id, attrs: { type: 'radio', name, value: String(value), checked: value === current } });
      input.addEventListener('change', () => { if (input.checked) onChange(value); });
      return el('div', { className: 'radio' }, [input, el('label', { attrs: { for: id }, text: labels(value) })]);
    }),
  ]);
}

function checkbox(name: string, label: string, help: string, checked: boolean, onChange: (value: boolean) => void): HTMLElement {
  const id = `setting-${name}`;
  const helpId = `${id}-help`;
  const input = el('input', { id, attrs: { type: 'checkbox', checked, 'aria-describedby': helpId } });
  input.addEventListener('change', () => onChange(input.checked));
  return el('div', { className: `setting setting-${name} checkbox` }, [
    input, el('label', { attrs: { for: id }, text: label }), el('p', { className: 'setting-help', id: helpId, text: help }),
  ]);
}

function volumeSlider(volume: number, onChange: (value: number) => void): HTMLElement {
  const s = strings().sound;
  const input = el('input', {
    id: 'setting-volume',
    attrs: { type: 'range', min: '0', max: '100', step: '5', value: String(volume), 'aria-valuetext': format(s.volumeValue, { volume }) },
  });
  input.addEventListener('input', () => {
    const value = Number(input.value);
    input.setAttribute('aria-valuetext', format(s.volumeValue, { volume: value }));
    onChange(value);
  });
  return el('div', { className: 'setting setting-volume' }, [el('label', { attrs: { for: 'setting-volume' }, text: s.volume }), input]);
}

export function openSettings(store: SettingsStore, options: { allowGentle?: boolean } = {}): void {
  const s = strings();
  openDialog(s.settings, (body, close) => {
    const current = store.value;
    const fontLabels: Record<string, string> = { serif: s.fontSerif, hyperlegible: s.fontHyperlegible, dyslexic: s.fontDyslexic };
    const parts = [
      // The dialog closes on a new language: the screen under it is drawn again in that language.
      languageMenu('settings-language', close),
      radioGroup(s.textSize, 'text-size', TEXT_SIZES, (value) => `${value}%`, current.textSize, (textSize) => store.update({ textSize })),
      radioGroup(s.theme, 'theme', THEMES, (value) => (value === 'paper' ? s.themePaper : s.themeContrast), current.theme, (theme) => store.update({ theme })),
      radioGroup(s.font, 'font', FONTS, (value) => fontLabels[value], current.font, (font) => store.update({ font })),
      checkbox('reduce-motion', s.reduceMotion, s.reduceMotionHelp, current.reduceMotion, (reduceMotion) => store.update({ reduceMotion })),
      checkbox('choice-keys', s.choiceKeys, s.choiceKeysHelp, current.choiceKeys, (choiceKeys) => store.update({ choiceKeys })),
      checkbox('sound', s.sound.setting, s.sound.settingHelp, current.sound, (sound) => store.update({ sound })),
      volumeSlider(current.volume, (volume) => store.update({ volume })),
      options.allowGentle === false ? null : checkbox('gentle', s.gentleMode, s.gentleModeHelp, current.gentle, (gentle) => store.update({ gentle })),
      el('p', { className: 'setting-help', text: s.settingsSaved }),
    ];
    body.append(...parts.filter((node): node is HTMLElement => node !== null));
  }, { className: 'settings-dialog', menu: true });
}
