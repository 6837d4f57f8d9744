// The kiosk's strings in the active language (English: src/i18n/en/kiosk.ts), and the few
// strings of the shared interface that read differently on a museum screen.
import { namespace } from '../../i18n/catalog.ts';
import { kiosk } from '../../i18n/en/kiosk.ts';
import type { Strings } from '../../ui/strings.ts';

export type KioskStrings = Omit<typeof kiosk, 'ui'>;
/** English, for tests and code that needs the source text. */
export const kioskEn: KioskStrings = kiosk;

const kioskCatalog = namespace('kiosk', kiosk);
export function kioskStrings(): KioskStrings { return kioskCatalog(); }

/** The shared catalog's keys as a museum screen says them: settings and privacy last one visit. */
export function kioskUiCatalog(): Partial<Strings> {
  return kioskCatalog().ui;
}
