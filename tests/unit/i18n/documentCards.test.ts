// Document cards in Ukrainian and Russian (issue 17, item 4): every shown field of every card is
// in story/l10n/<lang>/history.po and reaches the card, and each quoted phrase of a translated
// passage still stands, in the language's quotation marks, in that passage (the card marks it as a
// quotation only where it finds it).
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../src/content/bundled.ts';
import { localizeContent } from '../../../src/i18n/story/history.ts';
import { readTable } from '../../../tools/i18n/table.ts';

const english = bundledContent();

describe.each(['uk', 'ru'])('document cards in %s', (language) => {
  const content = localizeContent(english, readTable(process.cwd(), language).history);

  it('translates every text a card shows', () => {
    expect(english.documents.size).toBeGreaterThan(0);
    for (const [id, card] of english.documents) {
      const translated = content.documents.get(id)!;
      const texts = (doc: typeof card) => [doc.title, doc.date.label, doc.issuer, doc.provenance, doc.context ?? null,
        ...doc.passages.flatMap((passage) => [passage.text, ...(passage.items ?? []), ...(passage.quotes ?? [])])];
      const before = texts(card);
      const after = texts(translated);
      after.forEach((text, n) => { if (before[n] !== null) expect(text, `${id}: ${before[n]}`).not.toBe(before[n]); });
      expect(translated.sources).toEqual(card.sources);
      expect(translated.passages.map((passage) => passage.form)).toEqual(card.passages.map((passage) => passage.form));
    }
  });

  it('keeps each quoted phrase inside its passage, in «…»', () => {
    for (const [id, card] of content.documents) {
      for (const passage of card.passages) {
        for (const quote of passage.quotes ?? []) {
          const text = [passage.text, ...(passage.items ?? [])].join('\n');
          expect(text, `${id}: «${quote}»`).toContain(`\u00ab${quote}\u00bb`);
        }
      }
    }
  });
});
