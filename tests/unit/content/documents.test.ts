// Document cards: the schema keeps quotation and paraphrase apart, the data cites what exists,
// every quoted phrase is quoted in the fact base itself, and `# document:` tags resolve.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../src/content/bundled.ts';
import { buildContent } from '../../../src/content/registry.ts';
import { documentSchema, type DocumentCard } from '../../../src/content/schema.ts';
import { parseTags } from '../../../src/engine/tags.ts';
import { Journal, JOURNAL_KEY } from '../../../src/ui/journal.ts';
import * as data from '../../../story/data/index.ts';
import { checkTag, tagsInSources } from '../../../tools/story/checks.ts';

const card: DocumentCard = {
  id: 'a_card', kind: 'order', title: 'An order', date: { from: '1954-06', label: 'June 1954' },
  issuer: 'The camp authorities.',
  passages: [{ form: 'paraphrased', text: 'By a \u201cGulag order\u201d, the division is disbanded.', quotes: ['Gulag order'] }],
  provenance: 'Paraphrased, two words quoted.', sources: ['solzhenitsyn_gulag'],
};
const parse = (value: unknown) => v.safeParse(documentSchema, value);

describe('document schema', () => {
  it('accepts a paraphrase that carries its quoted phrase', () => {
    expect(parse(card).success).toBe(true);
  });

  it('rejects a quoted phrase that is not in its passage', () => {
    const bad = { ...card, passages: [{ ...card.passages[0], quotes: ['Magadan order'] }] };
    const result = parse(bad);
    expect(result.success).toBe(false);
    expect(v.summarize(result.issues!)).toMatch(/every quoted phrase/);
  });

  it('rejects phrase lists on a passage that is quoted whole', () => {
    expect(parse({ ...card, passages: [{ ...card.passages[0], form: 'quoted' }] }).success).toBe(false);
  });

  it('rejects a card without sources, provenance or passages, or with an unknown form', () => {
    expect(parse({ ...card, sources: [] }).success).toBe(false);
    expect(parse({ ...card, provenance: ' ' }).success).toBe(false);
    expect(parse({ ...card, passages: [] }).success).toBe(false);
    expect(parse({ ...card, passages: [{ form: 'summarised', text: 'x' }] }).success).toBe(false);
  });

  it('buildContent names a bad document and rejects a duplicate id', () => {
    const source = (documents: unknown[]) => ({ ...data, documents }) as unknown as Parameters<typeof buildContent>[0];
    expect(() => buildContent(source([{ ...card, id: 'Bad Id' }]))).toThrow(/document Bad Id/);
    expect(() => buildContent(source([card, card]))).toThrow(/duplicate id "a_card"/);
    expect(buildContent(source([card])).documents.get('a_card')?.title).toBe('An order');
  });
});

describe('story/data/documents.ts', () => {
  const content = bundledContent();
  const documents = [...content.documents.values()];

  it('holds the demands, a leaflet, the loudspeaker order, the commission appeal and a reconstructed notice', () => {
    expect(documents.map((doc) => doc.kind).sort()).toEqual(['announcement', 'appeal', 'demands', 'leaflet', 'order']);
    // A card of a text no source preserves says so in its title and its provenance.
    const notice = documents.find((doc) => doc.kind === 'announcement')!;
    expect(notice.title).toMatch(/reconstruction/i);
    expect(notice.provenance).toMatch(/^Reconstruction/);
  });

  it('cites sources of the bibliography and endnotes that exist', () => {
    for (const doc of documents) {
      for (const id of doc.sources) expect(content.sources.has(id), `${doc.id} cites ${id}`).toBe(true);
      if (doc.note) expect(content.notes.has(doc.note), `${doc.id} note`).toBe(true);
    }
  });

  it('says on every card what is quoted and what is paraphrased', () => {
    for (const doc of documents) {
      const quoted = doc.passages.some((passage) => passage.form === 'quoted' || passage.quotes);
      expect(doc.provenance, doc.id).toMatch(/paraphrase/i);
      if (quoted) expect(doc.provenance, doc.id).toMatch(/quoted/i);
      else expect(doc.provenance, doc.id).toMatch(/nothing on this card is quoted/i);
      for (const quote of doc.passages.flatMap((passage) => passage.quotes ?? [])) expect(doc.provenance, `${doc.id} names ${quote}`).toContain(quote);
    }
  });

  // The fact base sits beside the project (../shared/history); every phrase a card quotes must be
  // quoted there, in the same words, so no card invents a document's wording.
  const factBaseDir = resolve(process.cwd(), '../shared/history');
  it.skipIf(!existsSync(factBaseDir))('quotes only phrases the fact base itself quotes', () => {
    const factBase = readdirSync(factBaseDir).filter((name) => name.endsWith('.md')).map((name) => readFileSync(resolve(factBaseDir, name), 'utf8')).join('\n');
    const quotes = documents.flatMap((doc) => doc.passages.flatMap((passage) => [
      ...(passage.quotes ?? []),
      ...(passage.form === 'quoted' ? [passage.text, ...(passage.items ?? [])] : []),
    ]).map((quote) => ({ doc: doc.id, quote })));
    expect(quotes.length).toBeGreaterThan(0);
    for (const { doc, quote } of quotes) expect(factBase.includes(`"${quote}"`), `${doc}: "${quote}"`).toBe(true);
  });
});

describe('# document: tags', () => {
  const content = bundledContent();

  it('parse into the line tags', () => {
    expect(parseTags(['document: demands_may27', 'note: may27_demands']).documents).toEqual(['demands_may27']);
    expect(parseTags(['document: Not An Id']).unknown).toEqual(['document: Not An Id']);
  });

  it('resolve against the documents registry', () => {
    expect(checkTag('document: demands_may27', content)).toBeNull();
    expect(checkTag('document: no_such_card', content)).toMatch(/names no document/);
  });

  // The commission's own notice passes only the clerk's desk (Pavel's path); every other card is
  // a public text every path meets.
  const clerkOnly = new Set(['commission_notice']);
  it('unlock every card on Pavel\u2019s path, and every public card on the others', () => {
    for (const folder of ['halyna', 'jonas', 'pavel']) {
      const dir = resolve(process.cwd(), 'story', folder);
      const files = readdirSync(dir).filter((name) => name.endsWith('.ink'));
      const tags = tagsInSources(files.map((name) => readFileSync(resolve(dir, name), 'utf8')), files);
      const unlocked = new Set(tags.filter(({ tag }) => tag.startsWith('document:')).map(({ tag }) => tag.slice('document:'.length).trim()));
      const expected = [...content.documents.keys()].filter((id) => folder === 'pavel' || !clerkOnly.has(id));
      expect([...unlocked].sort(), folder).toEqual(expected.sort());
    }
  });
});

describe('the journal keeps document cards', () => {
  it('unlocks each once and persists them beside the notes', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (key: string) => store.get(key) ?? null, setItem: (key: string, value: string) => { store.set(key, value); }, removeItem: (key: string) => { store.delete(key); } };
    const journal = new Journal(storage as never);
    expect(journal.unlockDocument('leaflet_kite')).toBe(true);
    expect(journal.unlockDocument('leaflet_kite')).toBe(false);
    expect(JSON.parse(store.get(JOURNAL_KEY)!).documents).toEqual(['leaflet_kite']);
    expect(new Journal(storage as never).documents).toEqual(['leaflet_kite']);
  });
});
