// Rehearsal aids: where each choice of the current scene leads. Each choice is tried on a second
// StoryRunner loaded with a copy of the lesson runner's ink state, so the lesson is never touched.
import { StoryRunner, type Valuation } from '../../engine/index.ts';
import { consequences, type Change } from './outcomes.ts';

export interface ChoicePreview { index: number; text: string; leadsTo: string | null; changes: Change[]; day: number | null }

export class ChoicePreviewer {
  private runner: StoryRunner | null = null;

  constructor(private readonly json: string, private readonly presets: () => Valuation) {}

  /** Tries every choice open in `source` and reports the first line shown after it. */
  preview(source: StoryRunner): ChoicePreview[] {
    const beat = source.currentBeat;
    if (!beat?.choices.length) return [];
    this.runner ??= new StoryRunner(this.json, { presets: this.presets() });
    const runner = this.runner;
    for (const [name, value] of Object.entries(this.presets())) runner.setPreset(name, value);
    const state = source.saveInkState();
    const before = source.variables();
    return beat.choices.map((choice) => {
      try {
        runner.restoreInkState(state, [], null);
        const after = runner.choose(choice.index);
        const first = after.lines.find((line) => line.text.trim());
        const sameDay = after.lines.filter((line) => line.variables.day === before.day);
        const end = runner.day === before.day ? after.variables : (sameDay.at(-1)?.variables ?? after.variables);
        return { index: choice.index, text: choice.text, leadsTo: first?.text ?? null, changes: consequences(before, end), day: first ? Number(first.variables.day) : null };
      } catch (error) {
        console.warn('Preview failed:', error);
        return { index: choice.index, text: choice.text, leadsTo: null, changes: [], day: null };
      }
    });
  }
}
