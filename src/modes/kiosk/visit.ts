// One visit: a GameApp whose settings, journal and story live in memory only, under the kiosk's
// policy: the registry's kiosk cut, the key choices counted anonymously, "how visitors chose" and
// Finish on the end panel, and "leave the story?" instead of the title screen.
import type { Content } from '../../content/registry.ts';
import { defaultSettings, MemoryStorage, SaveSlot, SettingsStore, type Beat, type Clock } from '../../engine/index.ts';
import { GameApp, type StoryData } from '../../ui/app.ts';
import { Journal } from '../../ui/journal.ts';
import { openDialog } from '../../ui/dialogs.ts';
import { button, el } from '../../ui/dom.ts';
import type { ShownLine } from '../../ui/storyView.ts';
import { defaultViewpoint } from '../../viewpoints/registry.ts';
import type { EndPanelSlot, ModePolicy, SlotAction } from '../policy.ts';
import type { LoadMap } from './attract.ts';
import type { KioskCounters } from './counters.ts';
import { kioskStrings } from './strings.ts';
import { howVisitorsChose } from './visitorsChose.ts';

/** What one visitor did, in memory for the end panel only: the next page (or reset) drops it. */
export interface Visit {
  /** History moment id → the text this visitor chose there. */
  choices: Map<string, string>;
  moments: string[];
  ending: string | null;
  finished: boolean;
  /** A choice's English (the key it is counted by) → its text in the language it was shown in. */
  labels: Map<string, string>;
}

export function newVisit(): Visit {
  return { choices: new Map(), moments: [], ending: null, finished: false, labels: new Map() };
}

export interface VisitHost {
  /** The visit under way; none once it has ended. */
  visit(): Visit | null;
  counters: KioskCounters;
  content: Content;
  /** Splits show only once this many visitors reached a choice today. */
  minVisitors: number;
  /** A screen was shown (the idle watch and the tap guard follow it). */
  screenShown(): void;
  end(reason: 'finished' | 'left'): void;
}

function recordChoice(host: VisitHost, index: number, beat: Beat): void {
  const visit = host.visit();
  const choice = beat.choices.find((candidate) => candidate.index === index);
  if (!visit || !choice) return;
  for (const moment of choice.tags.history) {
    // Counted by the English the ink printed, so visitors in every language add up; shown in the visitor's language.
    const candidates = beat.choices.filter((candidate) => candidate.tags.history.includes(moment));
    for (const candidate of candidates) visit.labels.set(candidate.english ?? candidate.text, candidate.text);
    host.counters.choiceMade(moment, choice.english ?? choice.text, candidates.map((candidate) => candidate.english ?? candidate.text));
    visit.choices.set(moment, choice.english ?? choice.text);
    if (!visit.moments.includes(moment)) visit.moments.push(moment);
  }
}

function screenShown(host: VisitHost, lines: ShownLine[]): void {
  const visit = host.visit();
  for (const line of lines) if (line.tags.ending && visit) visit.ending = line.tags.ending;
  host.screenShown();
}

/** The end-panel slot: how other visitors chose, and "Finish" in place of "Back to the title screen". */
function endPanel(host: VisitHost, actions: SlotAction[]): EndPanelSlot {
  const visit = host.visit();
  if (!visit) return { actions };
  if (!visit.finished) {
    visit.finished = true;
    host.counters.visitFinished(visit.ending);
  }
  const k = kioskStrings();
  const finish: SlotAction = { label: k.finish, run: () => host.end('finished'), className: 'primary kiosk-finish', id: 'kiosk-finish', describedBy: 'kiosk-finish-help' };
  return {
    before: howVisitorsChose(host.content, host.counters.today(), visit.choices, visit.moments, host.minVisitors, (english) => visit.labels.get(english) ?? english),
    actions: actions.map((action) => (action.id === 'end-to-title' ? finish : action)),
    after: el('p', { className: 'kiosk-finish-help', id: 'kiosk-finish-help', text: k.finishHelp }),
  };
}

function confirmLeave(host: VisitHost): void {
  const k = kioskStrings();
  openDialog(k.leaveTitle, (body, close) => {
    body.append(
      el('p', { text: k.leaveBody }),
      el('div', { className: 'button-row' }, [
        button(k.leaveNo, close, { className: 'secondary', id: 'kiosk-leave-no', attrs: { autofocus: true } }),
        button(k.leaveYes, () => { close(); host.end('left'); }, { className: 'primary', id: 'kiosk-leave-yes' }),
      ]),
    );
  }, { className: 'kiosk-leave-dialog' });
}

function visitPolicy(host: VisitHost): ModePolicy {
  // The kiosk plays the first viewpoint's short cut (its flag and its own day variable come from the registry).
  const cut = defaultViewpoint().kioskCut;
  return {
    name: 'kiosk',
    saves: false,
    presets: cut ? { [cut.flag]: true } : {},
    dayVariable: cut?.dayVariable,
    beforeChoose: (index, beat) => { recordChoice(host, index, beat); return false; },
    screenShown: (lines) => screenShown(host, lines),
    endPanel: (actions) => endPanel(host, actions),
    toTitle: () => { confirmLeave(host); return true; },
  };
}

export interface VisitGame {
  root: HTMLElement;
  story: StoryData;
  content: Content;
  clock: Clock;
  loadMap: LoadMap | undefined;
  reducedMotion: boolean;
  /** The config's volume; 0 is silent. */
  sound: number;
}

/** The visitor's game, nothing of it stored: the MemoryStorage goes with the page (or the reset). */
export function visitApp(game: VisitGame, host: VisitHost): GameApp {
  const storage = new MemoryStorage();
  // Sound follows the config: off unless it sets a volume (docs/kiosk.md).
  const settings = new SettingsStore(storage, { ...defaultSettings(game.reducedMotion), sound: game.sound > 0, volume: game.sound || 60 });
  return new GameApp({
    root: game.root,
    story: game.story,
    content: game.content,
    settings,
    saves: new SaveSlot(storage),
    journal: new Journal(storage),
    clock: game.clock,
    policy: visitPolicy(host),
    loadMap: game.loadMap,
  });
}
