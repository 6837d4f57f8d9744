// Schemas of the content registries (notes, sources, glossary, prompts, places, people, endings,
// history moments, document cards). Data lives in story/data; these schemas validate it at build and test time.
import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'ids are lower_snake_case'));
const text = v.pipe(v.string(), v.trim(), v.minLength(1));
/** "1954", "1954-05" or "1954-05-16": as precise as the sources allow. */
const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD'));

export const SourceKinds = ['archival', 'memoir', 'scholarly', 'encyclopedia', 'press', 'popular', 'intelligence'] as const;
export const sourceSchema = v.strictObject({
  id,
  /** The number of this work in the fact base bibliography (§10 and addendum §16). */
  factBaseNumber: v.pipe(v.number(), v.integer(), v.minValue(1)),
  author: v.optional(text),
  title: text,
  year: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(\u2013\d{4})?$|^n\.d\.$/))),
  kind: v.picklist(SourceKinds),
  published: v.optional(text),
  url: v.optional(v.pipe(v.string(), v.url())),
  /** One line on how far to trust it, from the fact base's "Source reliability". */
  reliability: text,
  /** Known to the fact base only through another source. */
  secondHand: v.optional(v.boolean()),
});

export const noteSchema = v.strictObject({
  id,
  title: text,
  date: v.strictObject({ from: partialDate, to: v.optional(partialDate), label: text }),
  /** 60 to 200 words, plain language, our own words. */
  body: text,
  /** Where sources disagree, who says what. */
  disputed: v.optional(text),
  sources: v.pipe(v.array(id), v.minLength(1)),
  /** A place on the map this note belongs to. */
  place: v.optional(id),
  /** The note names a popular myth in order to correct it (the myth checker allows it here). */
  discussesMyth: v.optional(v.boolean()),
});

export const HistoricalSkills = ['sourcing', 'context', 'corroboration', 'agency'] as const;
export const promptSchema = v.strictObject({
  id,
  question: text,
  skill: v.picklist(HistoricalSkills),
  /** What really happened at this point, in two to four sentences. */
  reveal: text,
  note: id,
});

/** A key decision compared, after an ending, with what prisoners actually did. Tag: `# history: id` on each of its choices. */
export const momentSchema = v.strictObject({
  id,
  /** The situation, as a heading: "When the walls were rebuilt (23 May)". */
  moment: text,
  /** What prisoners actually did, as far as sources say. */
  whatPrisonersDid: text,
  note: id,
});

export const Languages = ['ru', 'uk', 'lt', 'et', 'lv', 'tt', 'de', 'la', 'pl', 'kk', 'en'] as const;
export const glossarySchema = v.strictObject({
  id,
  term: text,
  lang: v.picklist(Languages),
  /** Spellings as they appear in story text (case-insensitive); the first use in a scene becomes a link. */
  forms: v.pipe(v.array(text), v.minLength(1)),
  definition: text,
});

export const personSchema = v.strictObject({
  id,
  name: text,
  /** Fictional composite, or a documented person (who may only act as sources record). */
  kind: v.picklist(['fictional', 'documented']),
  description: text,
  note: v.optional(id),
});

export const placeSchema = v.strictObject({
  id,
  label: text,
  /** Zone it belongs to, or "outside". */
  zone: v.picklist(['women_zone', 'service_yard', 'lagpunkt_2', 'lagpunkt_3', 'prison_zone', 'perimeter', 'outside']),
  description: text,
  /** Position on the reconstruction plan, 0..1000 across, 0..600 down. */
  x: v.pipe(v.number(), v.minValue(0), v.maxValue(1000)),
  y: v.pipe(v.number(), v.minValue(0), v.maxValue(600)),
  /** True where the position is a reconstruction rather than documented (nearly everything inside). */
  reconstructed: v.boolean(),
});

export const endingSchema = v.strictObject({
  id: v.picklist(['killed', 'wounded', 'transferred', 'arrested', 'walked_out', 'stayed']),
  title: text,
  summary: text,
  /** The killed ending shows a memorial page, never a failure screen. */
  memorial: v.boolean(),
  note: id,
});

/** A disputed fact, with the accounts set side by side. The game never settles it. */
export const disputeSchema = v.strictObject({
  id,
  title: text,
  /** What the accounts disagree about, as a question. */
  question: text,
  accounts: v.pipe(v.array(v.strictObject({
    /** Who says it: "The MVD's operation report", "Survivors, as quoted in ...". */
    who: text,
    says: text,
    sources: v.pipe(v.array(id), v.minLength(1)),
  })), v.minLength(2)),
  /** Why the accounts may differ. */
  whyTheyDiffer: text,
  /** The question put to the player. */
  askPlayer: text,
  note: v.optional(id),
});

/**
 * A document card (`# document: id`): a facsimile of a text of the revolt, only as the fact base
 * records it. Each passage says whether it is the fact base's paraphrase or a quotation; a
 * paraphrase may carry short quoted phrases (`quotes`), each of which must appear in its text.
 */
export const DocumentKinds = ['demands', 'leaflet', 'order', 'appeal', 'announcement'] as const;
export const documentPassageSchema = v.pipe(
  v.strictObject({
    form: v.picklist(['quoted', 'paraphrased']),
    text,
    /** Numbered points of the passage (the demands), each in the passage's form. */
    items: v.optional(v.pipe(v.array(text), v.minLength(1))),
    /** Phrases quoted verbatim inside a paraphrase, as the fact base quotes them (English translation). */
    quotes: v.optional(v.pipe(v.array(text), v.minLength(1))),
  }),
  v.check((passage) => (passage.quotes ?? []).every((quote) => passage.text.includes(quote) || (passage.items ?? []).some((item) => item.includes(quote))), 'every quoted phrase must appear in its passage'),
  v.check((passage) => passage.form === 'paraphrased' || !passage.quotes, 'a quoted passage is a quotation whole; list phrases only in a paraphrase'),
);
export const documentSchema = v.strictObject({
  id,
  kind: v.picklist(DocumentKinds),
  title: text,
  date: v.strictObject({ from: partialDate, to: v.optional(partialDate), label: text }),
  /** Who issued it and how it reached people: "Read aloud by ...", "Over the camp loudspeakers". */
  issuer: text,
  /** The document's text, as the fact base records it. */
  passages: v.pipe(v.array(documentPassageSchema), v.minLength(1)),
  /** The line under the card: what is quoted, what is paraphrased, what is not preserved. */
  provenance: text,
  /** Context in our own words, outside the facsimile (who wrote it, what happened next). */
  context: v.optional(text),
  sources: v.pipe(v.array(id), v.minLength(1)),
  /** The endnote that tells the event. */
  note: v.optional(id),
});

export const contentPackSchema = v.strictObject({
  notes: v.optional(v.array(noteSchema), []),
  prompts: v.optional(v.array(promptSchema), []),
  moments: v.optional(v.array(momentSchema), []),
  glossary: v.optional(v.array(glossarySchema), []),
  disputes: v.optional(v.array(disputeSchema), []),
});

export type Source = v.InferOutput<typeof sourceSchema>;
export type Note = v.InferOutput<typeof noteSchema>;
export type Prompt = v.InferOutput<typeof promptSchema>;
export type Moment = v.InferOutput<typeof momentSchema>;
export type GlossaryEntry = v.InferOutput<typeof glossarySchema>;
export type Person = v.InferOutput<typeof personSchema>;
export type Place = v.InferOutput<typeof placeSchema>;
export type Dispute = v.InferOutput<typeof disputeSchema>;
export type Ending = v.InferOutput<typeof endingSchema>;
export type DocumentCard = v.InferOutput<typeof documentSchema>;
export type DocumentPassage = v.InferOutput<typeof documentPassageSchema>;
export type EndingId = Ending['id'];
/** What a writer puts in a pack file (story/data/packs/*.ts). */
export type ContentPack = v.InferInput<typeof contentPackSchema>;
