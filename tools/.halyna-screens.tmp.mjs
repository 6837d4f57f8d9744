// Walk every path of days 0-4 and report screens outside 30-70 words.
import { compileInk } from '/work/main/tools/ink/compile.mjs';
import { Story } from 'inkjs';
const compiled = compileInk('/work/main/story/main.ink');
const gentle = process.argv[2] === 'gentle';
const story = new Story(compiled.json);
story.variablesState.gentle = gentle;
const bad = new Map(); const all = new Map();
const seen = new Set();
const words = (t) => t.trim() ? t.trim().split(/\s+/).length : 0;
function walk(screen) {
  while (story.canContinue) {
    const line = story.Continue();
    if (story.variablesState.day >= 5) { flush(screen); return; }
    const tags = story.currentTags || [];
    if (tags.some((t) => t.trim() === 'clear') && screen.text.trim()) { flush(screen); screen = { text: '' }; }
    screen.text += line;
  }
  const choices = story.currentChoices;
  flush(screen);
  if (!choices.length) return;
  const key = story.state.ToJson();
  if (seen.has(key)) return; seen.add(key);
  const saved = story.state.ToJson();
  choices.forEach((c, i) => {
    if (i > 0) story.state.LoadJson(saved);
    story.ChooseChoiceIndex(c.index);
    walk({ text: '' });
  });
}
function flush(screen) {
  const t = screen.text.trim(); if (!t) return;
  const n = words(t);
  const k = t.slice(0, 60);
  all.set(k, n);
  if (n < 30 || n > 70) bad.set(k, n);
}
walk({ text: '' });
console.log(`${all.size} distinct screens; outside 30-70:`);
for (const [k, n] of bad) console.log(n, '|', k);
