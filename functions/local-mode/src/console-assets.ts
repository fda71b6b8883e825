/**
 * Serves the built web console (`web/dist`) in local mode, as CloudFront serves it on AWS: files as they are,
 * index.html for every other page path (the console routes in the browser), and `/config.json` generated from
 * the running stack so one build works anywhere.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalConsoleConfig } from '@dlt/shared/browser';

export const CONSOLE_CONFIG_PATH = '/config.json';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Vite's output names: `name-<8+ character hash>.ext` under assets/. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export interface ConsoleAssetsOptions {
  /** The built console; default `web/dist` of this repository. */
  distDir?: string;
  /** The settings `/config.json` answers; read per request, so it can depend on the bound port. */
  config: () => LocalConsoleConfig;
  /** Hosts the live-data WebSocket may be on (CSP connect-src); default the loopback names. */
  liveHosts?: string[];
  /** Other origins the console calls directly, e.g. the S3 stand-in that presigned script uploads go to. */
  connectOrigins?: string[];
}

export type ServeStatic = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;

/** `web/dist` beside this package in the repository, or wherever `@dlt/web` is installed. */
export function defaultConsoleDir(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@dlt/web/package.json')), 'dist');
  } catch {
    // Not linked as a workspace: the repository layout, from functions/local-mode/src.
    return resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
  }
}

/** The console's security headers: scripts from this origin only, no framing, no referrer, no sniffing. */
export function consoleSecurityHeaders(
  liveHosts: readonly string[],
  connectOrigins: readonly string[] = [],
): Record<string, string> {
  const live = [...liveHosts.map((host) => `ws://${host}:*`), ...connectOrigins].join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // PrimeVue and chart.js set inline style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${live}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

// No network references: the page must work offline and must not leak the login token anywhere.
function placeholderPage(distDir: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dlt local</title></head>
<body><h1>dlt local mode is running</h1>
<p>The API is served under <code>/api</code>.</p>
<p>The web console is not built (no index.html in <code>${escapeHtml(distDir)}</code>). Build it with
<code>npm run build -w @dlt/web</code> and reload this page.</p></body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | string,
  headers: Record<string, string>,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(200, { ...headers, 'Content-Length': bytes.length });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/**
 * The file a URL path names inside `root`, or undefined when it names none or could step outside. The server
 * already refuses `.`/`..` segments; decoding happens here, so encoded separators and NULs are refused too.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  const segments: string[] = [];
  for (const raw of urlPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  const file = resolve(root, ...segments);
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/** A regular file inside `root` after symlinks are followed, or undefined. */
async function readInside(root: string, file: string): Promise<Buffer | undefined> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return undefined;
    if (!(await stat(realFile)).isFile()) return undefined;
    return await readFile(realFile);
  } catch {
    return undefined;
  }
}

export function createConsoleAssets(opts: ConsoleAssetsOptions): ServeStatic {
  const root = resolve(opts.distDir ?? defaultConsoleDir());
  const htmlHeaders = {
    'Content-Type': CONTENT_TYPES['.html']!,
    'Cache-Control': NO_CACHE,
    ...consoleSecurityHeaders(opts.liveHosts ?? ['127.0.0.1', 'localhost'], opts.connectOrigins),
  };

  return async (req, res, path) => {
    if (path === CONSOLE_CONFIG_PATH) {
      send(req, res, JSON.stringify(opts.config()), {
        'Content-Type': CONTENT_TYPES['.json']!,
        'Cache-Control': NO_CACHE,
        'X-Content-Type-Options': 'nosniff',
      });
      return true;
    }
    const index = await readInside(root, join(root, 'index.html'));
    if (index === undefined) {
      if (path !== '/' && path !== '/login') return false;
      send(req, res, placeholderPage(root), { ...htmlHeaders, 'Cache-Control': 'no-store' });
      return true;
    }
    const file = path === '/' ? undefined : resolveInside(root, path);
    const data = file === undefined ? undefined : await readInside(root, file);
    if (file !== undefined && data !== undefined) {
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const isHtml = type === CONTENT_TYPES['.html'];
      send(req, res, data, {
        ...(isHtml ? htmlHeaders : { 'X-Content-Type-Options': 'nosniff' }),
        'Content-Type': type,
        'Cache-Control': HASHED_ASSET.test(path) ? IMMUTABLE : NO_CACHE,
      });
      return true;
    }
    // A missing asset is a 404, not the page: a script answered with HTML only hides the real error.
    if (path.startsWith('/assets/')) return false;
    send(req, res, index, htmlHeaders);
    return true;
  };
}
