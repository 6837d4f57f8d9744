// The interface's strings, as the UI reads them: a thin layer over the language catalogs in
// src/i18n. `strings()` is the active language's interface catalog (with a mode's overrides, such
// as the kiosk's), `format()` fills an ICU message. Story text is not here: it lives in the ink.
import { onLanguageChange } from '../i18n/catalog.ts';
import { monthNames, weekdayNames } from '../i18n/dates.ts';
import { englishUi, uiStrings } from '../i18n/ui.ts';
export { format } from '../i18n/format.ts';

type UiCatalog = typeof englishUi;

/**
 * The interface catalog. `weekdays` and `months` come from Intl.DateTimeFormat in the active
 * language (src/i18n/dates.ts formats whole dates; these remain for code that still builds them).
 */
export type Strings = UiCatalog & { weekdays: string[]; months: string[] };

/** English, for code that derives a catalog from it (the kiosk's overrides). */
export const en: Strings = withDateNames(englishUi);

let overrides: Partial<UiCatalog> | null = null;
let active: Strings | null = null;
onLanguageChange(() => { active = null; });

function withDateNames(ui: UiCatalog): Strings {
  return { ...ui, weekdays: weekdayNames(), months: monthNames() };
}

export function strings(): Strings {
  active ??= withDateNames({ ...uiStrings(), ...overrides });
  return active;
}

/** A mode's changes to the interface catalog (only the keys it changes), kept across languages. */
export function useCatalog(changes: Partial<UiCatalog>): void {
  overrides = changes;
  active = null;
}
