// Turns a paragraph into text nodes plus glossary buttons: the first use of a term in a scene
// becomes a button that opens its definition just below the paragraph, so the reader keeps
// their place. Everything is built as text nodes; story text is never parsed as HTML.
import type { GlossaryEntry } from '../content/schema.ts';
import { el } from './dom.ts';
import { language } from '../i18n/catalog.ts';

export interface GlossaryMatcher { pattern: RegExp; byForm: Map<string, GlossaryEntry> }

export function glossaryMatcher(entries: Iterable<GlossaryEntry>): GlossaryMatcher | null {
  const byForm = new Map<string, GlossaryEntry>();
  for (const entry of entries) for (const form of entry.forms) byForm.set(form.toLowerCase(), entry);
  if (!byForm.size) return null;
  const escaped = [...byForm.keys()].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Letters on either side mean the form is part of a longer word.
  return { pattern: new RegExp(`(?<![\\p{L}])(${escaped.join('|')})(?![\\p{L}])`, 'giu'), byForm };
}

let definitionCounter = 0;

/**
 * Appends `text` to `paragraph`, linking the first use of each term not yet in `usedInScene`.
 * Returns definition elements to insert after the paragraph.
 */
export function renderWithGlossary(paragraph: HTMLElement, text: string, matcher: GlossaryMatcher | null, usedInScene: Set<string>): HTMLElement[] {
  if (!matcher) { paragraph.append(text); return []; }
  const definitions: HTMLElement[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const entry = matcher.byForm.get(match[0].toLowerCase());
    if (!entry || usedInScene.has(entry.id)) continue;
    usedInScene.add(entry.id);
    const start = match.index ?? 0;
    paragraph.append(text.slice(last, start));
    const definitionId = `gloss-def-${++definitionCounter}`;
    const definition = el('p', { className: 'gloss-definition', id: definitionId, attrs: { hidden: true } }, [
      // Only the foreign spelling carries `lang`, so a screen reader reads the English gloss in English.
      el('dfn', { attrs: { lang: entry.lang } }, [entry.forms[0]]),
      entry.lang === 'en' ? `: ${entry.definition}` : ` (${languageName(entry.lang)}): ${entry.definition}`,
    ]);
    const trigger = el('button', {
      className: 'gloss-term',
      attrs: { type: 'button', lang: entry.lang, 'aria-expanded': 'false', 'aria-controls': definitionId, 'data-term': entry.id },
    }, [match[0]]);
    trigger.addEventListener('click', () => {
      const open = definition.hidden;
      definition.hidden = !open;
      trigger.setAttribute('aria-expanded', String(open));
    });
    paragraph.append(trigger);
    definitions.push(definition);
    last = start + match[0].length;
  }
  paragraph.append(text.slice(last));
  return definitions;
}

/** A language's name in the interface's language ("Russian"), from Intl.DisplayNames. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([language().intlLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
