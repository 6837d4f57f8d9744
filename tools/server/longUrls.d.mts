import type { Server } from 'node:http';
import type { Plugin } from 'vite';
export const MAX_HEADER_BYTES: number;
export function allowLongUrls(server: Server): void;
export function longUrlsPlugin(): Plugin;
