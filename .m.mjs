import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { undoLatency, choiceLatency } from './tools/bench/core.mjs';
const PORT = 4391;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
const baseUrl = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) { try { if ((await fetch(baseUrl)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 100)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'] });
const show = (name, raw) => { const s = raw.sort((a, b) => a - b); const p = (q) => s[Math.min(s.length - 1, Math.floor(s.length * q))].toFixed(1); console.log(name, s.length, 'p50', p(0.5), 'p95', p(0.95), 'max', s.at(-1).toFixed(1)); };
try {
  show('choice', await choiceLatency(browser, baseUrl, 50));
  show('undo', await undoLatency(browser, baseUrl, 30));
} finally { await browser.close(); server.kill(); }
