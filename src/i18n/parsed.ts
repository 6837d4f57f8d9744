// ICU messages parsed at build time (tools/vite/icu-plugin.ts registers each catalog's table when
// its module loads), so the browser ships intl-messageformat's formatter without its parser.
// A message with no braces and no apostrophes is its own text and needs no entry.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type ParsedMessage = MessageFormatElement[];

const parsedMessages = new Map<string, ParsedMessage>();

/** Called by the catalog modules (the build adds the call) and by the pseudo-locale. */
export function registerParsed(table: Iterable<readonly [string, ParsedMessage]>): void {
  for (const [message, parsed] of table) parsedMessages.set(message, parsed);
}

/** True when ICU reads something in the message besides its text (the plugin's NEEDS_PARSING). */
export function needsParsing(message: string): boolean {
  return /[{}']/.test(message);
}

/** The message's parsed form, if a catalog registered it. */
export function parsedMessage(message: string): ParsedMessage | undefined {
  return parsedMessages.get(message);
}
