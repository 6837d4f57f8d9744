// The museum kiosk's local server: `npm run kiosk` builds the kiosk build (VITE_MODE=kiosk, into
// dist-kiosk/) and serves it on 127.0.0.1 only, with the game's CSP as a header; then it prints
// the Chromium launch line. `npm run kiosk:serve` serves an existing build (the systemd unit).
// Options: --build, --port 4180, --dir dist-kiosk, --quiet. No dependencies beyond Node.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { allowLongUrls } from '../server/longUrls.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const PORT = Number(option('port', process.env.KIOSK_PORT ?? '4180'));
const DIR = resolve(option('dir', process.env.KIOSK_DIR ?? 'dist-kiosk'));
const HOST = '127.0.0.1';

if (args.includes('--build')) {
  console.log('Building the kiosk build into', DIR);
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIR, '--emptyOutDir'], {
    stdio: 'inherit', env: { ...process.env, VITE_MODE: 'kiosk' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(DIR, 'index.html'))) {
  console.error(`No build in ${DIR}: run \`npm run kiosk\` (builds, then serves).`);
  process.exit(1);
}

// The CSP the build put in index.html, sent as a header too (frame-ancestors works only there).
const indexHtml = readFileSync(join(DIR, 'index.html'), 'utf8');
const unescapeHtml = (text) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const cspMeta = unescapeHtml(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1] ?? "default-src 'self'");
const HEADERS = {
  'Content-Security-Policy': `${cspMeta}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const server = createServer((request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...HEADERS, Allow: 'GET, HEAD' }).end();
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400, HEADERS).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(DIR, path));
  if (!file.startsWith(DIR + sep)) { response.writeHead(403, HEADERS).end(); return; }
  let target = file;
  if (!existsSync(target) || !statSync(target).isFile()) {
    // Unknown page paths fall back to the game; unknown files are a plain 404.
    if (extname(path)) { response.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain' }).end('Not found'); return; }
    target = join(DIR, 'index.html');
  }
  const name = target.slice(DIR.length + 1).split(sep).join('/');
  // Hashed assets never change; the page, the service worker and its runtime must always be fresh.
  const cache = name.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(200, { ...HEADERS, 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream', 'Cache-Control': cache });
  if (request.method === 'HEAD') { response.end(); return; }
  createReadStream(target).pipe(response);
});

// Long addresses: up to 256 KB, then a clear page instead of a bare HTTP 431.
allowLongUrls(server);

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${PORT} is in use: is the kiosk server already running? (--port to choose another)` : error);
  process.exit(1);
});
server.listen(PORT, HOST, () => {
  const url = `http://${HOST}:${PORT}/`;
  if (args.includes('--quiet')) { console.log(`Kiosk served on ${url}`); return; }
  const profile = '"$HOME/.local/share/kengir-kiosk/profile"';
  console.log(`
Kengir, forty days: the museum kiosk is served on ${url} (this machine only).

Launch Chromium as a kiosk (one line; tools/kiosk/launch.sh does this, and restarts it nightly):

  chromium --kiosk --noerrdialogs --disable-session-crashed-bubble --disable-infobars \\
    --disable-pinch --overscroll-history-navigation=0 --disable-features=TranslateUI,Translate \\
    --no-first-run --disable-component-update --password-store=basic \\
    --user-data-dir=${profile} ${url}

Staff: five taps in the top-left corner within 3 s, then the PIN from kiosk.config.json.
Set-up, autostart and troubleshooting: docs/kiosk.md. Stop the server with Ctrl+C.
`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
