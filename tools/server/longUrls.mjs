// Long addresses on the project's Node servers (tools/kiosk/serve.mjs and `vite preview`, issue 18
// D9). Node refuses request headers over 16 KB with a bare HTTP 431; a shared link with a long
// query got a blank error. Both servers now take headers up to MAX_HEADER_BYTES, and anything
// longer gets a short page that says what happened and links to the game's start.

export const MAX_HEADER_BYTES = 256 * 1024;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kengir, forty days: address too long</title></head>
<body><main><h1>Kengir, forty days</h1>
<p>This address is too long for the game's server (more than ${MAX_HEADER_BYTES / 1024} KB), so the page could not open.</p>
<p><a href="/">Open the game</a></p></main></body></html>
`;

/** Raises the header limit of a Node http.Server and answers an overflow with a plain page. */
export function allowLongUrls(server) {
  // Read by Node's parser for each new connection (set from createServer's maxHeaderSize option).
  server.maxHeaderSize = MAX_HEADER_BYTES;
  // First in line: Vite's own handler answers a bare 431 and skips sockets already answered.
  server.prependListener('clientError', (error, socket) => {
    if (!socket.writable) { socket.destroy(); return; }
    if (error?.code === 'HPE_HEADER_OVERFLOW') {
      socket.end(`HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(PAGE)}\r\nConnection: close\r\n\r\n${PAGE}`);
      return;
    }
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
}

/** The same for `vite preview` (and the dev server), as a Vite plugin. */
export function longUrlsPlugin() {
  return {
    name: 'long-urls',
    configurePreviewServer(server) { if (server.httpServer) allowLongUrls(server.httpServer); },
    configureServer(server) { if (server.httpServer) allowLongUrls(server.httpServer); },
  };
}
