// The full-screen cards of a lesson: "pause and discuss" at a `# discuss:` tag, and the class vote
// at a choice, with what prisoners actually did. Native modal dialogs (focus trapped and
// restored, Escape closes); each step of a card names what a presenter remote's Next and Back do.
import type { Content } from '../../content/registry.ts';
import type { Prompt } from '../../content/schema.ts';
import type { StoryChoice } from '../../engine/index.ts';
import { button, el } from '../../ui/dom.ts';
import { openDialog } from '../../ui/dialogs.ts';
import { noteArticle } from '../../ui/historyViews.ts';
import { format } from '../../ui/strings.ts';
import { leaders, parseTally, type VoteMethod } from './lesson.ts';
import { cs } from './strings.ts';

export const CARD_CLASS = 'classroom-card';

/** The open classroom card, if any. */
export function openCard(): HTMLDialogElement | null {
  return document.querySelector<HTMLDialogElement>(`dialog[open].${CARD_CLASS}`);
}

interface RemoteActions { next?: () => void; back?: () => void }
/** What Next and Back do on the card's present step: the same functions its buttons run. */
let remote: RemoteActions = {};
const onRemote = (actions: RemoteActions): void => { remote = actions; };

/** A presenter remote's Next or Back on an open card; false when the card has no such step. */
export function presenterKey(direction: 'next' | 'back'): boolean {
  const action = openCard() ? remote[direction] : undefined;
  action?.();
  return action !== undefined;
}

function formatTime(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What really happened: the prompt's reveal text and its endnote with sources. */
function revealRegion(prompt: Prompt, content: Content, id: string): HTMLElement {
  const note = content.notes.get(prompt.note);
  return el('section', { className: 'reveal', id, attrs: { hidden: true, 'aria-labelledby': `${id}-heading` } }, [
    el('h3', { id: `${id}-heading`, text: cs().revealed }),
    el('p', { className: 'reveal-text', text: prompt.reveal }),
    note ? noteArticle(note, content, 'h4') : null,
  ]);
}

export interface DiscussOptions { onReveal?(promptId: string): void; onClose?(): void }

/** The pause card: question, skill, an optional think-pair-share timer, and the reveal. */
export function openDiscussCard(promptId: string, content: Content, options: DiscussOptions = {}): void {
  const s = cs();
  const prompt = content.prompts.get(promptId);
  if (!prompt) return;
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => { if (timer !== null) clearInterval(timer); timer = null; };
  openDialog(s.pauseTitle, (body, close) => {
    const display = el('p', { className: 'timer', attrs: { role: 'timer', 'aria-live': 'off' }, text: s.timerIdle });
    const stopButton = button(s.stopTimer, () => { stop(); display.textContent = s.timerIdle; stopButton.hidden = true; }, { className: 'secondary', attrs: { hidden: true } });
    const startStep = (step: (typeof s.steps)[number]) => {
      stop();
      const ends = Date.now() + step.minutes * 60_000;
      const tick = () => {
        const left = ends - Date.now();
        if (left <= 0) {
          stop();
          display.textContent = format(s.timerDone, { step: step.label });
          display.classList.add('done');
          return;
        }
        display.classList.remove('done');
        display.textContent = format(s.timerRunning, { step: step.label, time: formatTime(left) });
      };
      tick();
      timer = setInterval(tick, 1000);
      stopButton.hidden = false;
    };
    const revealId = `reveal-${promptId}`;
    const reveal = revealRegion(prompt, content, revealId);
    const revealButton = button(s.reveal, () => {
      const opening = reveal.hidden;
      reveal.hidden = !opening;
      revealButton.setAttribute('aria-expanded', String(opening));
      if (opening) {
        options.onReveal?.(promptId);
        reveal.querySelector<HTMLElement>('h3')?.setAttribute('tabindex', '-1');
        reveal.querySelector<HTMLElement>('h3')?.focus();
      }
    }, { className: 'secondary reveal-button', id: 'reveal-button', attrs: { 'aria-expanded': 'false', 'aria-controls': revealId } });
    body.append(
      el('p', { className: 'card-skill' }, [
        el('strong', { text: format(s.skill, { skill: s.skills[prompt.skill] ?? prompt.skill }) }), ' · ', s.skillHelp[prompt.skill] ?? '',
      ]),
      el('p', { className: 'card-question', attrs: { autofocus: true }, text: prompt.question }),
      el('section', { className: 'routine', attrs: { 'aria-labelledby': 'routine-heading' } }, [
        el('h3', { id: 'routine-heading', text: s.routineTitle }),
        el('p', { className: 'routine-intro', text: s.routineIntro }),
        el('ol', { className: 'routine-steps' }, s.steps.map((step) => el('li', {}, [
          button(format(s.startStep, { step: step.label, minutes: step.minutes }), () => startStep(step), { className: 'secondary', dataset: { step: step.id } }),
          el('span', { className: 'step-help', text: step.help }),
        ]))),
        el('div', { className: 'timer-row' }, [display, stopButton]),
      ]),
      el('div', { className: 'button-row card-actions' }, [
        revealButton,
        button(s.backToStory, close, { className: 'primary', id: 'discuss-done' }),
      ]),
      reveal,
    );
    onRemote({ next: close, back: close });
  }, { className: `${CARD_CLASS} discuss-card`, onClose: () => { stop(); options.onClose?.(); } });
}

export interface VoteOutcome { position: number; votes: (number | null)[]; tie: boolean }

export interface VoteCardOptions {
  choices: StoryChoice[];
  context: string;
  method: VoteMethod;
  /** What prisoners actually did at this point (or that the choice is the character's own). */
  history(choice: StoryChoice): HTMLElement;
  /** The class's decision is final: record it and take the choice. */
  decide(outcome: VoteOutcome): void;
}

/** The class vote: large options with a counter each, the majority, a tie the teacher breaks, then history. */
export function openVoteCard(options: VoteCardOptions): void {
  const s = cs();
  const tallies = options.choices.map(() => 0);
  openDialog(s.voteTitle, (body, close) => {
    const showTallies = () => {
      const total = el('p', { className: 'vote-total', attrs: { 'aria-live': 'polite' }, text: format(s.voteTotal, { total: 0 }) });
      const updateTotal = () => { total.textContent = format(s.voteTotal, { total: tallies.reduce((a, b) => a + b, 0) }); };
      const list = el('ol', { className: 'vote-options' }, options.choices.map((choice, position) => {
        const number = position + 1;
        const labelId = `vote-option-${position}`;
        let control: HTMLElement;
        if (options.method === 'numbers') {
          const input = el('input', {
            className: 'vote-input', id: `vote-input-${position}`,
            attrs: { type: 'number', min: 0, max: 999, step: 1, inputmode: 'numeric', value: String(tallies[position]), 'aria-labelledby': `${labelId} vote-input-label-${position}` },
          });
          input.addEventListener('input', () => { tallies[position] = parseTally(input.value); updateTotal(); });
          control = el('div', { className: 'vote-counter' }, [el('span', { className: 'visually-hidden', id: `vote-input-label-${position}`, text: format(s.votesFor, { number }) }), input]);
        } else {
          const count = el('output', { className: 'vote-count', attrs: { 'aria-live': 'polite' }, text: String(tallies[position]) });
          const change = (delta: number) => {
            tallies[position] = Math.max(0, Math.min(999, tallies[position] + delta));
            count.textContent = String(tallies[position]);
            updateTotal();
          };
          control = el('div', { className: 'vote-counter', attrs: { role: 'group', 'aria-labelledby': labelId } }, [
            button('−', () => change(-1), { className: 'secondary vote-minus', attrs: { 'aria-label': format(s.removeVote, { number }) } }),
            count,
            button('+', () => change(1), { className: 'primary vote-plus', attrs: { 'aria-label': format(s.addVote, { number }) }, dataset: { option: String(position) } }),
          ]);
        }
        return el('li', { className: 'vote-option' }, [
          el('p', { className: 'vote-text', id: labelId }, [el('span', { className: 'choice-key', attrs: { 'aria-hidden': 'true' }, text: String(number) }), ' ', choice.text]),
          control,
        ]);
      }));
      updateTotal();
      body.replaceChildren(
        options.context ? el('p', { className: 'vote-context', text: options.context }) : '',
        el('p', { className: 'card-question', attrs: { autofocus: true, tabindex: '-1' }, text: s.voteQuestion }),
        list,
        total,
        el('div', { className: 'button-row card-actions' }, [
          button(s.cancelVote, close, { className: 'secondary' }),
          button(s.takeMajority, () => count(), { className: 'primary', id: 'take-majority' }),
        ]),
      );
      onRemote({ next: count, back: close });
      body.querySelector<HTMLElement>('[autofocus]')?.focus();
    };
    const count = () => {
      const top = leaders(tallies);
      if (top.length === 1) { showResult(top[0], false); return; }
      const noVotes = tallies.every((tally) => tally === 0);
      body.replaceChildren(
        el('h3', { className: 'card-question', attrs: { tabindex: '-1' }, text: s.tieTitle }),
        el('p', { text: noVotes ? s.noVotes : s.tieBody }),
        el('div', { className: 'tie-options' }, top.map((position) => button(format(s.teacherPicks, { text: options.choices[position].text }), () => showResult(position, true), { className: 'secondary tie-option' }))),
        el('div', { className: 'button-row card-actions' }, [button(s.backToVote, showTallies, { className: 'secondary' })]),
      );
      onRemote({ back: showTallies });
      body.querySelector<HTMLElement>('h3')?.focus();
    };
    const showResult = (position: number, tie: boolean) => {
      const choice = options.choices[position];
      const total = tallies.reduce((a, b) => a + b, 0);
      const record: VoteOutcome = { position, votes: options.method === 'teacher' ? options.choices.map(() => null) : [...tallies], tie };
      const decide = () => { close(); options.decide(record); };
      body.replaceChildren(
        el('p', { className: 'card-question vote-result', attrs: { tabindex: '-1' } }, [
          format(tie ? s.teacherChose : s.classChose, { text: choice.text }),
          total > 0 ? el('span', { className: 'vote-result-tally', text: ` (${format(s.classChoseTally, { votes: tallies[position], total })})` }) : '',
        ]),
        options.history(choice),
        el('div', { className: 'button-row card-actions' }, [
          button(s.backToVote, showTallies, { className: 'secondary' }),
          button(s.continueStory, decide, { className: 'primary', id: 'vote-continue' }),
        ]),
      );
      onRemote({ next: decide, back: showTallies });
      body.querySelector<HTMLElement>('.vote-result')?.focus();
    };
    showTallies();
  }, { className: `${CARD_CLASS} vote-card` });
}

/** After the teacher takes a key choice directly: what prisoners actually did, then on with the story. */
export function openHistoryCard(choice: StoryChoice, history: HTMLElement, go: () => void): void {
  const s = cs();
  openDialog(s.whatPrisonersDid, (body, close) => {
    const onward = () => { close(); go(); };
    body.append(
      el('p', { className: 'card-question vote-result', attrs: { autofocus: true, tabindex: '-1' }, text: format(s.teacherChose, { text: choice.text }) }),
      history,
      el('div', { className: 'button-row card-actions' }, [
        button(s.backToStory, close, { className: 'secondary' }),
        button(s.continueStory, onward, { className: 'primary', id: 'history-continue' }),
      ]),
    );
    onRemote({ next: onward, back: close });
  }, { className: `${CARD_CLASS} history-card` });
}
