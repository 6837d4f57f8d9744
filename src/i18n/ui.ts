// The interface namespace: what the first screen needs, in the entry bundle.
import { namespace } from './catalog.ts';
import { ui } from './en/ui.ts';

export const uiStrings = namespace('ui', ui);
export const englishUi = ui;
