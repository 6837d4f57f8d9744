// A save as a file: download the current one, read one the player picked (size-limited, never throwing).
import { MAX_SAVE_BYTES, parseSave, type ParsedSave, type SaveEnvelope } from '../engine/index.ts';
import { el } from './dom.ts';

export function downloadSave(save: SaveEnvelope, day: number): void {
  const blob = new Blob([JSON.stringify(save, null, 1)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: `kengir-save-day-${day}.json` } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function readSaveFile(file: File): Promise<ParsedSave> {
  if (file.size > MAX_SAVE_BYTES) return { ok: false, problem: 'too_large', detail: '' };
  let text = '';
  try {
    text = await file.text();
  } catch {
    text = '';
  }
  return parseSave(text);
}
