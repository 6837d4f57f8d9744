// The translation checks, per language (npm run i18n:check; the build prints the summary):
// - what falls back to English: ids with no translation, an empty one, or a fuzzy one (listed);
// - errors: a translation whose placeholders or select keys differ from the English, that does
//   not parse, whose markup or ink tags differ, that copies the English (text with letters; not a
//   source's author, title or publication line, which may stay as published), or that
//   lacks a term-list stem where the English has the term (story/l10n/terms.ts; not in a source's
//   author, title or publication line).
import { parseTemplate, placeholderNames, TemplateError, type TemplateNode } from '../../src/i18n/story/template.ts';
import { terms } from '../../story/l10n/terms.ts';
import { PO_LANGUAGES, type PoRecord } from './po.ts';
import { readRecords } from './table.ts';

/** The term list's entries (story/l10n/terms.ts). */
export type TermEntry = (typeof terms)[number];

export interface Problem { key: string; message: string }

export interface LanguageReport {
  language: string;
  domains: { domain: 'story' | 'history'; total: number; translated: number; fallback: string[]; fuzzy: string[] }[];
  errors: Problem[];
}

function selectKeys(nodes: readonly TemplateNode[], into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const node of nodes) {
    if (node.kind !== 'select') continue;
    const keys = into.get(node.name) ?? new Set<string>();
    for (const option of node.options) { keys.add(option.key); selectKeys(option.nodes, into); }
    into.set(node.name, keys);
  }
  return into;
}

// Ink tags (`# place: x`) stay in the ink; one typed into a translation would show as text.
const inkTags = (text: string) => [...text.matchAll(/(?:^|\s)#\s*[a-z_]+\s*:?/g)].map((match) => match[0].trim()).sort().join(' ');
const markup = (text: string) => [...text.matchAll(/<\/?[a-z][^>]*>/gi)].map((match) => match[0].toLowerCase()).sort().join(' ');
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((item) => b.has(item));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A source's author, title and publication line are often a name, a published title or a web
// address with nothing to translate, so the same string as the English is a translation there; and
// a title kept as published (Latin script) cannot carry the term list's Cyrillic spelling.
const MAY_EQUAL_ENGLISH = /^source:[^:]+:(author|title|published)$/;

/** The problems of one translated entry (empty and fuzzy entries are fallbacks, not errors). */
export function checkRecord(record: PoRecord, language: string, terms: readonly TermEntry[]): string[] {
  const problems: string[] = [];
  const { english, translation } = record;
  if (translation.trim() === english.trim() && /\p{L}/u.test(english) && !MAY_EQUAL_ENGLISH.test(record.key)) problems.push('the translation is the English copied');
  if (inkTags(english) !== inkTags(translation)) problems.push(`ink tags differ: English has [${inkTags(english)}], the translation [${inkTags(translation)}]`);
  if (markup(english) !== markup(translation)) problems.push(`markup differs: English has [${markup(english)}], the translation [${markup(translation)}]`);
  if (record.icu || /[{}]/.test(english) || /[{}]/.test(translation)) {
    try {
      const source = parseTemplate(english);
      const target = parseTemplate(translation);
      const want = placeholderNames(source);
      const have = placeholderNames(target);
      // A function's English output may be rephrased away (the translator's note offers it), never added.
      const required = new Set([...want].filter((name) => !(record.optional ?? []).includes(name) || have.has(name)));
      if (!sameSet(required, have)) problems.push(`placeholders differ: English {${[...want].join('} {')}}, the translation {${[...have].join('} {')}}`);
      const englishKeys = selectKeys(source);
      for (const [name, keys] of selectKeys(target)) {
        const known = englishKeys.get(name);
        const unknown = [...keys].filter((key) => !known?.has(key));
        if (unknown.length) problems.push(`{${name}} has select keys the English lacks: ${unknown.join(', ')}`);
      }
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      problems.push(`the translation does not parse: ${error.message}`);
    }
  }
  // Placeholder names (`{bond_jonas_ge_1, select,`) and web addresses (Gulag.online) name no term.
  const prose = english.replace(/\{\s*\w+\s*(?=[,}])/g, ' ').replace(/\b[\w-]+(?:\.[a-z]{2,})+\b/gi, ' ');
  for (const term of MAY_EQUAL_ENGLISH.test(record.key) ? [] : terms) {
    const stem = language === 'uk' ? term.ukStem : language === 'ru' ? term.ruStem : '';
    if (!stem || !new RegExp(`(^|[^\\p{L}])${escapeRegExp(term.en)}`, 'iu').test(prose)) continue;
    if (!translation.toLocaleLowerCase(language).includes(stem.toLocaleLowerCase(language))) problems.push(`term "${term.en}" should be "${language === 'uk' ? term.uk : term.ru}" (stem "${stem}")`);
  }
  return problems;
}

export function checkLanguage(language: string, domains: Record<'story' | 'history', PoRecord[]>, terms: readonly TermEntry[]): LanguageReport {
  const report: LanguageReport = { language, domains: [], errors: [] };
  for (const domain of ['story', 'history'] as const) {
    const records = domains[domain];
    const fallback: string[] = [];
    const fuzzy: string[] = [];
    let translated = 0;
    for (const record of records) {
      if (!record.translation.trim()) { fallback.push(record.key); continue; }
      if (record.fuzzy) { fuzzy.push(record.key); fallback.push(record.key); continue; }
      const problems = checkRecord(record, language, terms);
      if (problems.length) {
        fallback.push(record.key);
        report.errors.push(...problems.map((message) => ({ key: record.key, message })));
        continue;
      }
      translated += 1;
    }
    report.domains.push({ domain, total: records.length, translated, fallback, fuzzy });
  }
  return report;
}

export function checkAll(root: string, languages: readonly string[] = PO_LANGUAGES, termList: readonly TermEntry[] = terms): LanguageReport[] {
  return languages.map((language) => checkLanguage(language, { story: readRecords(root, language, 'story'), history: readRecords(root, language, 'history') }, termList));
}

/** The report as the build and the CLI print it; `list` adds every fallback id. */
export function formatReport(report: LanguageReport, list = false): string {
  const lines = report.domains.map(({ domain, total, translated, fallback, fuzzy }) =>
    `  ${domain}: ${translated} of ${total} translated (${total ? Math.round((translated / total) * 1000) / 10 : 100}%); ${fallback.length} fall back to English${fuzzy.length ? `, ${fuzzy.length} of them fuzzy (English changed): ${fuzzy.join(', ')}` : ''}${list && fallback.length ? `\n    ${fallback.join('\n    ')}` : ''}`);
  const errors = report.errors.map((problem) => `  error ${problem.key}: ${problem.message}`);
  return [`${report.language}:`, ...lines, ...errors].join('\n');
}
