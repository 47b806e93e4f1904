// The demo server behind `npm start`: serves the repository read-only so the
// portal example can load the built bundle. Plain node:http, no dependencies.
//
//   PORT  (default 8000)   HOST  (default 127.0.0.1; 0.0.0.0 to reach it from elsewhere)
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = await realpath(resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST || '127.0.0.1';
const start = '/examples/portal/';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8', // sources behind the source maps
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// Verified in Chromium: Lit applies its styles as constructable stylesheets
// (adoptedStyleSheets), which style-src does not govern, so no 'unsafe-inline'.
// (Only browsers without constructable stylesheets, Safari before 16.4, make Lit
// fall back to <style> elements, which this policy would block.)
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

function send(res, status, text, headers = {}) {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : `${text}\n`);
}

function isInside(path) {
  return path === root || path.startsWith(root + sep);
}

/** Maps a URL path to a file under the root, or null when it must not be served. */
async function locate(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // No NUL bytes, no backslashes (Windows separators), no dot segments or dotfiles (.git, .npmrc).
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) return null;
  const path = resolve(root, `.${decoded}`);
  if (!isInside(path)) return null;
  try {
    // Follow symlinks (workspace links in node_modules) but never out of the repository.
    const real = await realpath(path);
    if (!isInside(real)) return null;
    return { path: real, stats: await stat(real) };
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  // Concatenated, not resolved: `//host/x` must stay a path, not become another host.
  const { pathname } = new URL(`http://localhost${req.url ?? '/'}`);
  if (pathname === '/') {
    send(res, 302, `Found: ${start}`, { Location: start });
    return;
  }

  let found = await locate(pathname);
  if (found?.stats.isDirectory()) {
    if (!pathname.endsWith('/')) {
      send(res, 301, `Moved: ${pathname}/`, { Location: `${pathname}/` });
      return;
    }
    found = await locate(`${pathname}index.html`); // no directory listings
  }
  if (!found?.stats.isFile()) {
    // Browsers ask for /favicon.ico on their own; the demo has none, and a 404 would be console noise.
    if (pathname === '/favicon.ico') res.writeHead(204, COMMON_HEADERS).end();
    else send(res, 404, 'Not found');
    return;
  }

  const type = TYPES[extname(found.path).toLowerCase()] ?? 'application/octet-stream';
  const headers = { ...COMMON_HEADERS, 'Content-Type': type, 'Content-Length': found.stats.size };
  if (type.startsWith('text/html'))
    Object.assign(headers, { 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY' });
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.path)
    .on('error', () => res.destroy())
    .pipe(res);
});

server.on('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: set PORT to another port (PORT=8001 npm start).`
      : `duty-handover demo server failed: ${error.message}`,
  );
  process.exit(1);
});

server.listen(port, host, () => {
  const actualPort = server.address().port;
  const local = ['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost'].includes(host);
  const shown = local ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`duty-handover demo: http://${shown}:${actualPort}${start}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
