// Vite plugin: parses the interface catalogs' ICU messages at build time (issue 12), so that the
// browser needs only intl-messageformat's formatter, never its parser (7.8 KB gzip).
// - Each catalog module (src/i18n/<language>/<namespace>.ts) gets one extra statement that
//   registers the parsed form of its messages with src/i18n/parsed.ts; the table loads with the
//   namespace's own chunk. Only messages ICU reads something in (braces, apostrophes) are listed:
//   a message without them is its own text.
// - A message that does not parse fails the build (and shows in the dev overlay) with its text.
// - In a build, intl-messageformat's import of the parser resolves to the package's `no-parser`
//   entry. src/i18n/format.ts never hands it a string, so dev, tests and builds behave alike.
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { fileURLToPath } from 'node:url';
import { parseSync, type Plugin } from 'vite';

/** The catalog modules: one namespace of one language (en/index.ts only gathers them for tools; src/i18n/story is code, not a catalog). */
const CATALOG = /[\\/]src[\\/]i18n[\\/](?!story[\\/])[a-z-]+[\\/](?!index\.ts)[^\\/]+\.ts$/;
const PARSER = '@formatjs/icu-messageformat-parser';
const NO_PARSER = fileURLToPath(new URL('../../node_modules/@formatjs/icu-messageformat-parser/no-parser.js', import.meta.url));

/** What ICU reads besides plain text; src/i18n/parsed.ts uses the same test at run time. */
export const NEEDS_PARSING = /[{}']/;

/** The options intl-messageformat would parse with (src/i18n/format.ts). */
export function parseMessage(message: string): MessageFormatElement[] {
  return parse(message, { ignoreTag: true });
}

/** Every string literal in a module's source (template literals without expressions too). */
export function stringLiterals(fileName: string, code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    const record = node as Record<string, unknown>;
    if (record.type === 'Literal' && typeof record.value === 'string') found.push(record.value);
    if (record.type === 'TemplateLiteral' && Array.isArray(record.expressions) && record.expressions.length === 0) {
      const quasi = (record.quasis as { value: { cooked: string | null } }[])[0];
      if (quasi?.value.cooked != null) found.push(quasi.value.cooked);
    }
    for (const [key, value] of Object.entries(record)) if (key !== 'type') visit(value);
  };
  const result = parseSync(fileName, code, { lang: 'ts' });
  if (result.errors.length) throw new Error(`${fileName}: ${result.errors[0].message}`);
  visit(result.program);
  return found;
}

/** The parsed messages of one catalog module, as [message, AST] pairs. */
export function parsedTable(fileName: string, code: string): [string, MessageFormatElement[]][] {
  const table = new Map<string, MessageFormatElement[]>();
  for (const message of stringLiterals(fileName, code)) {
    if (!NEEDS_PARSING.test(message) || table.has(message)) continue;
    try {
      table.set(message, parseMessage(message));
    } catch (error) {
      throw new Error(`${fileName}: this message is not valid ICU MessageFormat (${(error as Error).message}): ${message}`);
    }
  }
  return [...table];
}

export function icuPlugin(): Plugin {
  let building = false;
  return {
    name: 'icu-messages',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    async resolveId(source, importer, options) {
      if (!building || source !== PARSER || !importer || !/[\\/]node_modules[\\/]intl-messageformat[\\/]/.test(importer)) return null;
      return this.resolve(NO_PARSER, importer, { ...options, skipSelf: true });
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!CATALOG.test(file)) return null;
      let table: [string, MessageFormatElement[]][];
      try {
        table = parsedTable(file, code);
      } catch (error) {
        this.error((error as Error).message);
      }
      if (!table.length) return null;
      return { code: `${code}\nimport { registerParsed as __registerParsed } from '../parsed.ts';\n__registerParsed(${JSON.stringify(table)});\n`, map: null };
    },
  };
}
