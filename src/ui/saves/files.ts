// Saves as files: a download of a save's text, and reading a chosen file within the size limit.
import { MAX_SAVE_BYTES } from '../../engine/saves.ts';
import { el } from '../dom.ts';

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file's text, or '' for a file over the limit or one that cannot be read (parseSave says why). */
export async function readSaveFile(file: File): Promise<{ text: string; tooLarge: boolean }> {
  if (file.size > MAX_SAVE_BYTES) return { text: '', tooLarge: true };
  try {
    return { text: await file.text(), tooLarge: false };
  } catch {
    return { text: '', tooLarge: false };
  }
}
