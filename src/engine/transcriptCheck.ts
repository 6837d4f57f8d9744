// Saves are data, not screens (issue 18, D7). A save carries the lines that were on screen, but
// a file can say anything: an edited save showed "FORGED: the uprising never happened." after
// "Save loaded", and a save without a transcript showed an empty story pane. So the lines shown
// after loading are derived again from the save's choice log, and the ink state is checked
// against them; the file's own transcript only chooses which screen of the beat to open.
import type { Restored, ReplayObserver, SaveEnvelope } from './saves.ts';
import { ReplayError, StoryRuntimeError, type Beat, type StoryRunner } from './storyRunner.ts';

export interface CheckedRestore extends Restored {
  /** The file's transcript differed from the story's own lines (and was not shown). */
  transcriptReplaced: boolean;
}

function sameChoices(a: Beat, b: Beat): boolean {
  return a.ended === b.ended && a.choices.length === b.choices.length && a.choices.every((choice, index) => (choice.english ?? choice.text) === (b.choices[index]!.english ?? b.choices[index]!.text));
}

/**
 * Given a save restored by restoreSave(), returns what to show. For an exact ink state: the
 * choice log is replayed on the same runner to derive the beat's lines; if it leads to the same
 * choices the exact state is loaded again and shown with the derived lines; if the log and the
 * state disagree, the replayed state is kept (it is what the lines describe); if the log cannot
 * be replayed, the day restarts from its checkpoint. Replays and checkpoints show the runner's
 * own lines already. Throws only StoryRuntimeError, as restoreSave does.
 */
export function checkRestoredTranscript(runner: StoryRunner, save: SaveEnvelope, restored: Restored, onBeat?: ReplayObserver): CheckedRestore {
  if (restored.method !== 'state') return { ...restored, transcriptReplaced: false };
  let derived: Beat | null = null;
  try {
    derived = runner.replayLog(save.choiceLog, save.origin ?? null, onBeat).beat;
  } catch (error) {
    if (!(error instanceof ReplayError) && !(error instanceof StoryRuntimeError)) throw error;
  }
  if (!derived) {
    if (!save.dayCheckpoint) throw new StoryRuntimeError('This save cannot be restored: its choices do not lead to its story state.');
    return { beat: runner.restoreCheckpoint(save.dayCheckpoint, save.choiceLog), method: 'checkpoint', transcript: { lines: [], screen: 0 }, transcriptReplaced: true };
  }
  // The English ink printed: a save's transcript does not depend on the language it was made in.
  const lines = derived.lines.map((line) => ({ ...(line.id ? { id: line.id } : {}), text: line.english ?? line.text, tags: line.rawTags, variables: line.variables }));
  const saved = save.transcript.lines;
  const transcriptReplaced = saved.length !== lines.length || saved.some((line, index) => line.text !== lines[index]!.text);
  if (!sameChoices(derived, restored.beat)) {
    return { beat: derived, method: 'replay', transcript: { lines: [], screen: 0 }, transcriptReplaced: true };
  }
  const beat = runner.restoreInkState(save.inkState, save.choiceLog, save.dayCheckpoint, save.origin ?? null);
  return { beat, method: 'state', transcript: { lines, screen: transcriptReplaced ? 0 : save.transcript.screen }, transcriptReplaced };
}
