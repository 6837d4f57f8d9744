// The development pseudo-locale: every catalog string 40% longer, accented and bracketed, so text
// that overflows its box, and text that never went through a catalog (plain English on screen),
// are easy to see. ICU syntax is kept: only the text at even brace depth (the message and the
// insides of plural and select branches) changes, so placeholders and plurals still work. The
// parsed form of each pseudo message is derived from the English one's (the browser has no ICU
// parser: src/i18n/parsed.ts).
import { isLiteralElement, isPluralElement, isSelectElement } from '@formatjs/icu-messageformat-parser/no-parser.js';
import { needsParsing, parsedMessage, registerParsed, type ParsedMessage } from './parsed.ts';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const accent = (text: string): string => [...text].map((c) => ACCENTED[c] ?? c).join('');

/** One message in pseudo: accented, 40% longer (in breakable groups), marked with ⟦ ⟧. */
export function pseudoMessage(message: string): string {
  if (!message) return message;
  let out = '';
  let depth = 0;
  for (const c of message) {
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    out += depth % 2 === 0 && ACCENTED[c] ? ACCENTED[c] : c;
  }
  const extra = Math.ceil(message.length * 0.4);
  const padding = Array.from({ length: extra }, (_, n) => (n % 6 === 5 ? ' ' : '·')).join('').trim();
  const tail = `${padding ? ` ${padding}` : ''}⟧`;
  const pseudo = `⟦${out}${tail}`;
  const parsed = needsParsing(message) ? parsedMessage(message) : undefined;
  if (parsed) registerParsed([[pseudo, [{ type: 0, value: '⟦' }, ...accentParsed(parsed), { type: 0, value: tail }]]]);
  return pseudo;
}

/** The text of a parsed message accented: what pseudoMessage does at even brace depth. */
function accentParsed(elements: ParsedMessage): ParsedMessage {
  return elements.map((element) => {
    if (isLiteralElement(element)) return { ...element, value: accent(element.value) };
    if (isPluralElement(element) || isSelectElement(element)) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: accentParsed(option.value) }]));
      return { ...element, options };
    }
    return element;
  });
}

/** Any catalog value in pseudo: strings changed, numbers (a step's minutes) kept. */
export function pseudoValue<T>(value: T): T {
  if (typeof value === 'string') return pseudoMessage(value) as T;
  if (Array.isArray(value)) return value.map(pseudoValue) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoValue(inner)])) as T;
  }
  return value;
}
