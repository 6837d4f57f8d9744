// Disputed facts, side by side: the accounts in columns that reflow on small screens, each with
// its numbered sources, why they may differ, and the question to the player. The player may mark
// an account as more convincing and write why; that stays in this module's memory only (never
// stored, never sent, never scored), and no account is ever marked correct.
import type { Dispute, Source } from '../../content/schema.ts';
import { button, el } from '../dom.ts';
import { sourceCitation } from '../historyViews.ts';
import { format, strings } from '../strings.ts';
import type { HistoryContext } from './context.ts';
import { openSidePanel } from './sidePanel.ts';

interface Reflection { convincing: number | null; why: string }
/** The player's private reflections, for this page load only. */
const reflections = new Map<string, Reflection>();

/** Forgets every reflection (a kiosk reset, a test). */
export function forgetReflections(): void { reflections.clear(); }

/** The disputes that link an endnote. */
export function disputesForNote(disputes: Iterable<Dispute>, noteId: string): Dispute[] {
  return [...disputes].filter((dispute) => dispute.note === noteId);
}

/** Sources numbered once per card, in order of first citation. */
export function numberSources(dispute: Dispute): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const account of dispute.accounts) for (const id of account.sources) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

function reflectionFor(id: string): Reflection {
  let reflection = reflections.get(id);
  if (!reflection) { reflection = { convincing: null, why: '' }; reflections.set(id, reflection); }
  return reflection;
}

/** One card: the question, the accounts side by side, why they differ, the player's turn. */
export function disputeCard(dispute: Dispute, ctx: HistoryContext): HTMLElement {
  const h = strings().history;
  const numbers = numberSources(dispute);
  const reflection = reflectionFor(dispute.id);
  const pressButtons: HTMLButtonElement[] = [];
  const columns: HTMLElement[] = [];
  const mark = (position: number | null) => {
    reflection.convincing = position;
    pressButtons.forEach((item, index) => {
      const chosen = index === position;
      item.setAttribute('aria-pressed', String(chosen));
      columns[index].classList.toggle('chosen', chosen);
    });
  };
  const accounts = el('ol', { className: 'accounts', attrs: { 'aria-label': h.accounts } }, dispute.accounts.map((account, position) => {
    const sources = account.sources
      .map((id) => [id, ctx.content.sources.get(id)] as const)
      .filter((pair): pair is readonly [string, Source] => pair[1] !== undefined);
    const press = el('button', { className: 'convincing secondary', attrs: { type: 'button', 'aria-pressed': 'false' } }, [
      el('span', { className: 'convincing-label', text: h.convincing }),
      el('span', { className: 'visually-hidden', text: `: ${account.who}` }),
    ]);
    press.addEventListener('click', () => mark(reflection.convincing === position ? null : position));
    pressButtons.push(press);
    const column = el('li', { className: 'account', dataset: { account: String(position) } }, [
      el('h4', { className: 'account-who', text: account.who }),
      el('p', { className: 'account-says', text: account.says }),
      el('p', { className: 'account-sources-heading', text: h.accountSources }),
      el('ol', { className: 'citations' }, sources.map(([id, source]) => el('li', { attrs: { value: numbers.get(id) }, dataset: { source: id } }, [sourceCitation(source)]))),
      press,
    ]);
    columns.push(column);
    return column;
  }));
  const whyId = `dispute-why-${dispute.id}`;
  const textarea = el('textarea', { id: whyId, className: 'reflection-why', attrs: { rows: 3, autocomplete: 'off', spellcheck: 'true' } });
  textarea.value = reflection.why;
  textarea.addEventListener('input', () => { reflection.why = textarea.value; });
  const note = dispute.note ? ctx.content.notes.get(dispute.note) : undefined;
  const noteOpen = note && (ctx.allOpen() || ctx.unlocked().includes(note.id));
  const card = el('article', { className: 'dispute-card', dataset: { dispute: dispute.id } }, [
    el('h3', { text: h.question }),
    el('p', { className: 'dispute-question', text: dispute.question }),
    el('h3', { text: h.accounts }),
    accounts,
    el('h3', { text: h.whyTheyDiffer }),
    el('p', { className: 'dispute-why', text: dispute.whyTheyDiffer }),
    el('section', { className: 'reflection', attrs: { 'aria-labelledby': `${whyId}-heading` } }, [
      el('h3', { id: `${whyId}-heading`, text: h.yourTurn }),
      el('p', { className: 'ask-player', text: dispute.askPlayer }),
      el('p', { className: 'reflection-private', text: h.reflectionPrivate }),
      el('label', { attrs: { for: whyId }, text: h.why }),
      textarea,
    ]),
    noteOpen ? el('p', { className: 'dispute-note' }, [button(format(h.relatedNote, { title: note.title }), () => ctx.openNote(note.id), { className: 'link-button' })]) : null,
  ]);
  mark(reflection.convincing);
  return card;
}

/** One disputed fact in its own dialog. */
export function openDispute(ctx: HistoryContext, id: string): void {
  const dispute = ctx.content.disputes.get(id);
  if (!dispute) { openDisputes(ctx); return; }
  openSidePanel(format(strings().history.disputesOpen, { title: dispute.title }), (body) => {
    body.append(disputeCard(dispute, ctx));
  }, { className: 'dispute-dialog', width: 'wide' });
}

/** Buttons that open each dispute card (the index dialog and the About page use them). */
export function disputeLinks(ctx: HistoryContext): HTMLElement {
  return el('ul', { className: 'dispute-links' }, [...ctx.content.disputes.values()].map((dispute) => el('li', {}, [
    button(dispute.title, () => openDispute(ctx, dispute.id), { className: 'link-button', dataset: { dispute: dispute.id } }),
    el('span', { className: 'dispute-link-question', text: ` ${dispute.question}` }),
  ])));
}

/** The index of disputed facts, or one card when `focus` names a dispute. */
export function openDisputes(ctx: HistoryContext, focus?: string): void {
  if (focus) { openDispute(ctx, focus); return; }
  const h = strings().history;
  openSidePanel(h.disputesTitle, (body) => {
    body.append(el('p', { className: 'dialog-intro', text: h.disputesIntro }));
    body.append(ctx.content.disputes.size ? disputeLinks(ctx) : el('p', { text: h.disputesEmpty }));
  }, { className: 'disputes-dialog' });
}
