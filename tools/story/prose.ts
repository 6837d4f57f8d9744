// The readable text of ink sources (narration and choices), without logic, tags or comments:
// what the myth checker and the glossary check read.

export function proseLines(source: string): string[] {
  const lines: string[] = [];
  let inBlockComment = false;
  for (const raw of source.split('\n')) {
    let line = raw;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) continue;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    const start = line.indexOf('/*');
    if (start >= 0) { inBlockComment = !line.includes('*/', start); line = line.slice(0, start); }
    line = line.replace(/\/\/.*$/, '').trim();
    if (!line || /^(~|INCLUDE|VAR|CONST|LIST|={1,}|->|<-|#)/.test(line)) continue;
    const prose = line
      .replace(/^[*+\-\s]+(\([\w]+\)\s*)?/, '')
      .replace(/#[^\]\n]*/g, ' ')
      .replace(/->\s*[\w.]+/g, ' ')
      .replace(/\{[^{}|:]*:/g, ' ')
      .replace(/[{}|[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (prose) lines.push(prose);
  }
  return lines;
}

export function storyProse(sources: string[]): string {
  return sources.flatMap(proseLines).join('\n');
}
