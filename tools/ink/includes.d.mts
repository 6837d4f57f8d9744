export function inkFiles(mainFile: string): string[];
