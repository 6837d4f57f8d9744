// The static plan's labels in each shipped language, laid out with that language active: its map
// catalog (src/i18n/<lang>/map.ts) and its places' labels (story/l10n/<lang>/history.po), as the
// live map shows them. Widths and overlaps differ per language, so each gets its own layout.
// Node only (reads the PO files); the English map is left active afterwards.
import { getContent } from '../../src/content/registry.ts';
import { addTranslations, SHIPPED_LANGUAGES, useLanguage, type LanguageCode } from '../../src/i18n/catalog.ts';
import { ru } from '../../src/i18n/ru/index.ts';
import { relocalizeContent } from '../../src/i18n/story/history.ts';
import { uk } from '../../src/i18n/uk/index.ts';
import { staticPlanLabels, type StaticPlanLabels } from '../../src/map/static/staticPlan.ts';
import { readTable } from '../i18n/table.ts';

const CATALOGS: Partial<Record<LanguageCode, Record<string, unknown>>> = { uk, ru };

/** The shipped languages other than English: each has its own labels file (assets/map/plan-labels.<lang>.json). */
export const STATIC_PLAN_LANGUAGES = SHIPPED_LANGUAGES.filter((code) => code !== 'en');

/** The static plan's labels with `code` active (its catalogs and history table from `root`). */
export function staticPlanLabelsIn(code: LanguageCode, root = process.cwd()): StaticPlanLabels {
  const content = getContent();
  try {
    const catalog = CATALOGS[code];
    if (catalog) for (const [name, messages] of Object.entries(catalog)) addTranslations(code, name, messages);
    relocalizeContent(content, code === 'en' ? null : readTable(root, code).history);
    useLanguage(code);
    return staticPlanLabels();
  } finally {
    relocalizeContent(content, null);
    useLanguage('en');
  }
}
