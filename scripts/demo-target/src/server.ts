import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, isIP, type Socket } from 'node:net';

export interface DemoTargetOptions {
  /** Interface to bind. Default `127.0.0.1`; a non-loopback host is refused unless `allowNonLoopback`. */
  host?: string;
  /** Port to bind; `0` (the default) picks an ephemeral port. */
  port?: number;
  /** Delay applied to every answered request that does not set its own (`/delay/<ms>`, `?delay=`). Default 0. */
  defaultDelayMs?: number;
  /** Status of every answered request that does not set its own (`/status/<code>`, `?status=`). Default 200. */
  defaultStatus?: number;
  /**
   * Fraction (0..1) of answered requests that get `errorStatus` instead. Deterministic: with a fraction of 1/k
   * exactly every k-th answered request fails, and after n requests exactly floor(n * errorRate) have failed.
   */
  errorRate?: number;
  /** Status used for `errorRate` failures. Default 500. */
  errorStatus?: number;
  /** Size of the response payload when the request has no `?bytes=`. Unset: a small JSON body. */
  bodyBytes?: number;
  /** Seed of the PRNG behind `?jitter=`, so runs are reproducible. Default 1. */
  seed?: number;
  /** Allow binding to a host that is not a loopback address. Default false. */
  allowNonLoopback?: boolean;
}

export interface DemoTargetStats {
  /** Counted requests: every request except `/stats` and `/reset`, including `/close` and `/hang`. */
  requests: number;
  /** Counted requests by path (without the query string). */
  byPath: Record<string, number>;
  /** Answered requests by status; `/close` and `/hang` have none. */
  byStatus: Record<string, number>;
}

export interface DemoTarget {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  stats(): DemoTargetStats;
  /** Zeroes the counters and restarts the deterministic failure sequences and the jitter PRNG. */
  resetStats(): void;
  /** Stops listening, destroys every open socket (including `/hang` ones) and cancels pending delays. */
  close(): Promise<void>;
}

/** Largest accepted delay or jitter, in milliseconds (one hour). */
export const MAX_DELAY_MS = 3_600_000;
/** Largest accepted payload size (`bodyBytes`, `?bytes=`). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Distinct paths tracked in `byPath`; further paths are counted under {@link OTHER_PATHS_KEY}. */
export const MAX_PATH_KEYS = 10_000;
export const OTHER_PATHS_KEY = '(other)';

const KEEP_ALIVE_TIMEOUT_MS = 120_000;
const PPM = 1_000_000;
const MIN_STATUS = 200;
const MAX_STATUS = 599;
const DIGITS = /^\d{1,10}$/;
const FRACTION = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** True for `localhost`, 127.0.0.0/8, `::1` and IPv4-mapped 127.0.0.0/8. */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost') return true;
  const family = isIP(bare);
  if (family === 4) return bare.startsWith('127.');
  if (family !== 6) return false;
  // The WHATWG URL parser gives IPv6 literals one canonical spelling.
  const canonical = new URL(`http://[${bare}]/`).hostname;
  return canonical === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(canonical);
}

/**
 * The n-th draw fails when floor(n * fraction) grows, so failures are spread evenly and exactly
 * floor(n * fraction) of the first n draws fail. Integer parts-per-million avoid float drift.
 */
class FailureSequence {
  private n = 0;
  private readonly ppm: number;

  constructor(fraction: number) {
    this.ppm = Math.round(fraction * PPM);
  }

  next(): boolean {
    this.n++;
    return Math.floor((this.n * this.ppm) / PPM) > Math.floor(((this.n - 1) * this.ppm) / PPM);
  }

  reset(): void {
    this.n = 0;
  }
}

/** xorshift32 over a scrambled seed: tiny, fast and reproducible; returns uniform floats in [0, 1). */
function seededRandom(seed: number): () => number {
  // murmur3's 32-bit finaliser spreads small seeds over all bits, so the first draws are not tiny.
  let x = seed >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  x = (x ^ (x >>> 16)) >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4_294_967_296;
  };
}

function parseUint(text: string, max: number): number | undefined {
  if (!DIGITS.test(text)) return undefined;
  const value = Number(text);
  return value <= max ? value : undefined;
}

function parseStatus(text: string): number | undefined {
  const value = parseUint(text, MAX_STATUS);
  return value !== undefined && value >= MIN_STATUS ? value : undefined;
}

function parseFraction(text: string): number | undefined {
  if (!FRACTION.test(text)) return undefined;
  const value = Number(text);
  return value <= 1 ? value : undefined;
}

function checkOption(name: string, value: number | undefined, ok: (v: number) => boolean): void {
  if (value !== undefined && !(Number.isFinite(value) && ok(value))) {
    throw new RangeError(`demo-target: invalid ${name}: ${value}`);
  }
}

function hasRequestBody(req: IncomingMessage): boolean {
  const headers = req.headers;
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function noop(): void {}

/** Runs `then` once the request body (if any) has been read to the end. */
function afterBody(req: IncomingMessage, then: () => void): void {
  req.on('error', noop);
  req.on('end', then);
  req.resume();
}

interface CachedResponse {
  headers: string[];
  body: Buffer;
}

function jsonResponse(body: string): CachedResponse {
  const buffer = Buffer.from(body);
  return {
    headers: ['content-type', 'application/json', 'content-length', String(buffer.length)],
    body: buffer,
  };
}

function withDelayHeader(headers: string[], delayMs: number): string[] {
  return delayMs > 0 ? [...headers, 'x-demo-delay-ms', String(delayMs)] : headers;
}

/** Starts the demo target and resolves once it is listening. */
export async function startDemoTarget(opts: DemoTargetOptions = {}): Promise<DemoTarget> {
  const host = opts.host ?? '127.0.0.1';
  const defaultDelayMs = opts.defaultDelayMs ?? 0;
  const defaultStatus = opts.defaultStatus ?? 200;
  const errorRate = opts.errorRate ?? 0;
  const errorStatus = opts.errorStatus ?? 500;
  const defaultBytes = opts.bodyBytes ?? -1;
  const seed = opts.seed ?? 1;

  if (!opts.allowNonLoopback && !isLoopbackHost(host)) {
    throw new Error(`demo-target: refusing to bind non-loopback host ${host} (set allowNonLoopback)`);
  }
  const intIn = (min: number, max: number) => (v: number) => Number.isInteger(v) && v >= min && v <= max;
  checkOption('port', opts.port, intIn(0, 65_535));
  checkOption('defaultDelayMs', opts.defaultDelayMs, intIn(0, MAX_DELAY_MS));
  checkOption('defaultStatus', opts.defaultStatus, intIn(MIN_STATUS, MAX_STATUS));
  checkOption('errorRate', opts.errorRate, (v) => v >= 0 && v <= 1);
  checkOption('errorStatus', opts.errorStatus, intIn(MIN_STATUS, MAX_STATUS));
  checkOption('bodyBytes', opts.bodyBytes, intIn(0, MAX_BODY_BYTES));
  checkOption('seed', opts.seed, Number.isInteger);

  // Counters. Status counts live in a typed array indexed by code, paths in a Map.
  let requests = 0;
  const byPath = new Map<string, number>();
  const byStatus = new Float64Array(MAX_STATUS + 1);
  const errorSequence = new FailureSequence(errorRate);
  const failSequences = new Map<number, FailureSequence>();
  let random = seededRandom(seed);

  // Precomputed bodies: one small JSON document per status, and one shared run of filler bytes.
  const jsonByStatus: (CachedResponse | undefined)[] = [];
  const statusBody = (status: number): CachedResponse => {
    let cached = jsonByStatus[status];
    if (cached === undefined) {
      cached = jsonResponse(`{"ok":${status < 400},"status":${status}}\n`);
      jsonByStatus[status] = cached;
    }
    return cached;
  };
  let filler = Buffer.alloc(Math.max(defaultBytes, 0), 'x');
  const payload = (bytes: number): Buffer => {
    if (bytes > filler.length) filler = Buffer.alloc(bytes, 'x');
    return filler.subarray(0, bytes);
  };
  const payloadHeaders = (bytes: number): string[] => [
    'content-type',
    'application/octet-stream',
    'content-length',
    String(bytes),
  ];
  const defaultPayloadHeaders = payloadHeaders(Math.max(defaultBytes, 0));

  const countPath = (path: string): void => {
    const count = byPath.get(path);
    if (count !== undefined) byPath.set(path, count + 1);
    else if (byPath.size < MAX_PATH_KEYS) byPath.set(path, 1);
    else byPath.set(OTHER_PATHS_KEY, (byPath.get(OTHER_PATHS_KEY) ?? 0) + 1);
  };

  const stats = (): DemoTargetStats => {
    const statuses: Record<string, number> = {};
    for (let code = MIN_STATUS; code <= MAX_STATUS; code++) {
      const count = byStatus[code]!;
      if (count > 0) statuses[String(code)] = count;
    }
    return { requests, byPath: Object.fromEntries(byPath), byStatus: statuses };
  };

  const resetStats = (): void => {
    requests = 0;
    byPath.clear();
    byStatus.fill(0);
    errorSequence.reset();
    failSequences.clear();
    random = seededRandom(seed);
  };

  const send = (res: ServerResponse, status: number, bytes: number, delayMs: number): void => {
    if (status === 204 || status === 304) {
      res.writeHead(status, withDelayHeader([], delayMs));
      res.end();
    } else if (status === 205) {
      res.writeHead(status, withDelayHeader(['content-length', '0'], delayMs));
      res.end();
    } else if (bytes < 0) {
      const cached = statusBody(status);
      res.writeHead(status, withDelayHeader(cached.headers, delayMs));
      res.end(cached.body);
    } else {
      const headers = bytes === defaultBytes ? defaultPayloadHeaders : payloadHeaders(bytes);
      res.writeHead(status, withDelayHeader(headers, delayMs));
      res.end(payload(bytes));
    }
  };

  const timers = new Set<NodeJS.Timeout>();
  const sendLater = (res: ServerResponse, status: number, bytes: number, delayMs: number): void => {
    if (delayMs === 0) {
      send(res, status, bytes, 0);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      send(res, status, bytes, delayMs);
    }, delayMs);
    timers.add(timer);
    // A client that goes away early must not leave its timer behind.
    res.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  };

  const sendControl = (req: IncomingMessage, res: ServerResponse, body: () => string): void => {
    const reply = (): void => {
      const response = jsonResponse(`${body()}\n`);
      res.writeHead(200, [...response.headers, 'cache-control', 'no-store']);
      res.end(response.body);
    };
    if (hasRequestBody(req)) afterBody(req, reply);
    else reply();
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    let url = req.url ?? '/';
    if (url.charCodeAt(0) !== 47 /* '/' */) {
      // Absolute-form request target (proxy style); anything unparsable is treated as '/'.
      try {
        const parsed = new URL(url);
        url = parsed.pathname + parsed.search;
      } catch {
        url = '/';
      }
    }
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);

    if (path === '/stats') {
      sendControl(req, res, () => JSON.stringify(stats()));
      return;
    }
    if (path === '/reset') {
      resetStats();
      sendControl(req, res, () => '{"ok":true,"reset":true}');
      return;
    }

    requests++;
    countPath(path);
    const hasBody = hasRequestBody(req);

    if (path === '/hang') {
      if (hasBody) afterBody(req, noop); // read the body, then never answer
      return;
    }
    if (path === '/close') {
      const fin = queryAt !== -1 && new URLSearchParams(url.slice(queryAt + 1)).get('fin') === '1';
      const destroy = (): void => {
        const socket = req.socket;
        if (fin || typeof socket.resetAndDestroy !== 'function') socket.destroy();
        else socket.resetAndDestroy();
      };
      if (hasBody) afterBody(req, destroy);
      else destroy();
      return;
    }

    let status = defaultStatus;
    let delayMs = defaultDelayMs;
    let bytes = defaultBytes;
    let jitterMs = 0;
    let failSequence: FailureSequence | undefined;
    let invalid: string | undefined;

    if (queryAt !== -1) {
      for (const [name, value] of new URLSearchParams(url.slice(queryAt + 1))) {
        let parsed: number | undefined;
        switch (name) {
          case 'delay':
            parsed = parseUint(value, MAX_DELAY_MS);
            if (parsed !== undefined) delayMs = parsed;
            break;
          case 'status':
            parsed = parseStatus(value);
            if (parsed !== undefined) status = parsed;
            break;
          case 'bytes':
            parsed = parseUint(value, MAX_BODY_BYTES);
            if (parsed !== undefined) bytes = parsed;
            break;
          case 'jitter':
            parsed = parseUint(value, MAX_DELAY_MS);
            if (parsed !== undefined) jitterMs = parsed;
            break;
          case 'fail': {
            parsed = parseFraction(value);
            if (parsed === undefined) break;
            const key = Math.round(parsed * PPM);
            failSequence = failSequences.get(key);
            if (failSequence === undefined) {
              failSequence = new FailureSequence(parsed);
              failSequences.set(key, failSequence);
            }
            break;
          }
          default:
            continue; // unknown parameters are ignored
        }
        if (parsed === undefined) invalid = `invalid ${name}: ${value}`;
      }
    }
    // A path segment is more specific than a query parameter, so it wins.
    if (path.startsWith('/delay/')) {
      const parsed = parseUint(path.slice(7), MAX_DELAY_MS);
      if (parsed === undefined) invalid = `invalid delay: ${path.slice(7)}`;
      else delayMs = parsed;
    } else if (path.startsWith('/status/')) {
      const parsed = parseStatus(path.slice(8));
      if (parsed === undefined) invalid = `invalid status: ${path.slice(8)}`;
      else status = parsed;
    }

    if (invalid !== undefined) {
      byStatus[400]!++;
      const response = jsonResponse(`${JSON.stringify({ ok: false, status: 400, error: invalid })}\n`);
      const reply = (): void => {
        res.writeHead(400, response.headers);
        res.end(response.body);
      };
      if (hasBody) afterBody(req, reply);
      else reply();
      return;
    }

    // Everything that decides the outcome happens on arrival, so the sequences follow arrival order.
    const errorHit = errorRate > 0 && errorSequence.next();
    if (failSequence?.next()) status = 500;
    else if (errorHit) status = errorStatus;
    if (jitterMs > 0) delayMs += Math.floor(random() * (jitterMs + 1));
    byStatus[status]!++;

    if (hasBody) afterBody(req, () => sendLater(res, status, bytes, delayMs));
    else sendLater(res, status, bytes, delayMs);
  };

  const server = createServer(
    {
      keepAlive: true,
      noDelay: true,
      requestTimeout: 0, // `/hang` and long delays must not be cut short by the server
      headersTimeout: KEEP_ALIVE_TIMEOUT_MS + 5_000,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      requireHostHeader: false,
    },
    onRequest,
  );
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;

  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const urlHost =
    address.family === 'IPv6' || isIP(address.address) === 6 ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    });
    return closing;
  };

  return { url: `http://${urlHost}:${address.port}`, port: address.port, stats, resetStats, close };
}
