// `?lang=` at start: the document's lang attribute follows the active language, an unknown code
// falls back to English (and is reported for a warning), the pseudo-locale exists in development.
import { afterEach, describe, expect, it } from 'vitest';
import { language, useLanguage } from '../../../src/i18n/catalog.ts';
import { startLanguage } from '../../../src/i18n/document.ts';
import { strings } from '../../../src/ui/strings.ts';

afterEach(() => useLanguage('en'));

describe('startLanguage', () => {
  it('sets <html lang> from the active language and keeps it in step', async () => {
    const root = { lang: '' } as HTMLElement;
    expect(await startLanguage(null, root)).toBeNull();
    expect(root.lang).toBe('en');
    useLanguage('pseudo');
    expect(root.lang).toBe('en-XA');
  });

  it('reports an unknown language and stays in English', async () => {
    const root = { lang: '' } as HTMLElement;
    expect(await startLanguage('xx', root)).toBe('xx');
    expect(language().code).toBe('en');
    expect(strings().newGame).toBe('New game');
  });

  it('offers the pseudo-locale in development', async () => {
    const root = { lang: '' } as HTMLElement;
    await startLanguage('pseudo', root);
    expect(root.lang).toBe('en-XA');
    expect(strings().newGame).toMatch(/^⟦Ñéŵ ĝáɱé/);
  });
});
