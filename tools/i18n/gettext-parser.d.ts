// The part of gettext-parser 10 (no bundled types) the translation tools use.
declare module 'gettext-parser' {
  export interface PoComments { translator?: string; reference?: string; extracted?: string; flag?: string; previous?: string }
  export interface PoEntry { msgctxt?: string; msgid: string; msgid_plural?: string; msgstr: string[]; comments?: PoComments; obsolete?: boolean }
  export type PoSection = Record<string, Record<string, PoEntry>>;
  export interface PoTable { charset: string; headers: Record<string, string>; translations: PoSection; obsolete?: PoSection }
  export const po: {
    parse(input: string | Uint8Array, options?: { defaultCharset?: string; validation?: boolean }): PoTable;
    compile(table: PoTable, options?: { foldLength?: number; sort?: boolean | ((a: PoEntry, b: PoEntry) => number); escapeCharacters?: boolean; eol?: string }): Uint8Array;
  };
}
