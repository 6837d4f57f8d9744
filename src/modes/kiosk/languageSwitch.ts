// The kiosk's language switches, one at a time: the interface, the story and the history move to
// the new language together (its files fetched the first time), and the last request wins.
import type { Content } from '../../content/registry.ts';
import type { LanguageCode } from '../../i18n/catalog.ts';
import { switchLanguage } from '../../i18n/languages.ts';
import { relocalizeContent } from '../../i18n/story/history.ts';
import { useCatalog } from '../../ui/strings.ts';
import { kioskUiCatalog } from './strings.ts';

export class LanguageSwitch {
  /** The switch in progress, if any: a visit begins only once it has finished. */
  private current: Promise<void> | null = null;
  private token = 0;

  constructor(private readonly content: Content) {}

  get inProgress(): Promise<void> | null { return this.current; }

  /** Switches to `code`, then puts the kiosk's wording of the shared interface back on top. */
  use(code: LanguageCode): Promise<void> {
    const token = ++this.token;
    const previous = this.current ?? Promise.resolve();
    const switching = previous.then(async () => {
      if (token !== this.token) return;
      try {
        const translation = await switchLanguage(code);
        relocalizeContent(this.content, translation?.history ?? null);
      } catch (error) {
        // The language's files could not be loaded: the kiosk stays in the language it has.
        console.warn('Kiosk language not loaded:', error);
      }
      useCatalog(kioskUiCatalog());
    });
    this.current = switching;
    void switching.then(() => { if (this.current === switching) this.current = null; });
    return switching;
  }
}
