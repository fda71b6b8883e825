import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { Endpoint } from './request.js';
import { Parse, ResponseParser } from './response-parser.js';

export interface ResponseSink {
  onResponse(status: number, bodyBytes: number): void;
  onFailure(error: Error): void;
}

export interface ConnectionOptions {
  rejectUnauthorized: boolean;
}

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * One keep-alive HTTP/1.1 connection owned by one VU, with at most one request in flight. A request is never
 * sent twice: when the server closes a reused connection just as a request goes out, that request counts as a
 * reset. Retrying would keep the error count cleaner but could make the target see a request the report omits.
 */
export class Http1Connection {
  private socket: Socket | null = null;
  private connected = false;
  private readonly parser = new ResponseParser();
  private sink: ResponseSink | null = null;
  private request: Buffer | null = null;
  private lastError: Error | null = null;

  constructor(
    private readonly endpoint: Endpoint,
    private readonly options: ConnectionOptions,
  ) {}

  send(request: Buffer, isHead: boolean, sink: ResponseSink): void {
    this.sink = sink;
    this.request = request;
    this.parser.reset(isHead);
    if (this.socket === null) this.open();
    else if (this.connected) this.socket.write(request);
  }

  /** Opens the connection ahead of the first request, so that connecting does not count against the run. */
  preconnect(): void {
    if (this.socket === null) this.open();
  }

  /**
   * Fails the request in flight as timed out. The VU's owner sweeps for these: one sweep over all VUs is far
   * cheaper than re-arming a timer on every socket read and write.
   */
  expire(timeoutMs: number): void {
    if (this.sink === null || this.socket === null) return;
    this.lastError = codedError('DLT_TIMEOUT', `no complete response within ${timeoutMs} ms`);
    this.socket.destroy();
  }

  /** Cuts the connection; a request in flight fails as aborted. */
  destroy(): void {
    if (this.socket !== null) {
      this.lastError = codedError('DLT_ABORTED', 'request aborted when the test stopped');
      this.socket.destroy();
    }
  }

  close(): void {
    this.socket?.end();
    this.socket = null;
  }

  private open(): void {
    const { host, port, tls } = this.endpoint;
    const socket = tls
      ? tlsConnect({
          host,
          port,
          servername: host,
          rejectUnauthorized: this.options.rejectUnauthorized,
          ALPNProtocols: ['http/1.1'],
        })
      : netConnect({ host, port });
    this.socket = socket;
    this.connected = false;
    this.lastError = null;
    socket.setNoDelay(true);
    socket.on(tls ? 'secureConnect' : 'connect', () => {
      if (this.socket !== socket) return;
      this.connected = true;
      if (this.sink !== null && this.request !== null) socket.write(this.request);
    });
    socket.on('data', (chunk: Buffer) => {
      if (this.socket === socket) this.onData(chunk);
    });
    socket.on('error', (err) => {
      if (this.socket === socket) this.lastError ??= err;
    });
    socket.on('close', () => {
      if (this.socket === socket) this.onClose();
    });
  }

  private onData(chunk: Buffer): void {
    if (this.sink === null) {
      // Bytes nobody asked for: the connection can no longer be trusted.
      this.socket?.destroy();
      return;
    }
    const result = this.parser.feed(chunk);
    if (result === Parse.Complete) {
      if (!this.parser.keepAlive) {
        this.socket?.end();
        this.socket = null;
      }
      this.complete();
    } else if (result === Parse.Error) {
      const err = codedError('DLT_PROTOCOL', `invalid HTTP response: ${this.parser.error}`);
      this.socket?.destroy();
      this.socket = null;
      this.fail(err);
    }
  }

  private onClose(): void {
    this.socket = null;
    this.connected = false;
    if (this.sink === null) return;
    if (this.parser.end() === Parse.Complete) {
      this.complete();
      return;
    }
    this.fail(
      this.lastError ?? codedError('ECONNRESET', 'connection closed before the response was complete'),
    );
  }

  private complete(): void {
    const sink = this.sink!;
    this.sink = null;
    sink.onResponse(this.parser.status, this.parser.bodyBytes);
  }

  private fail(err: Error): void {
    const sink = this.sink!;
    this.sink = null;
    sink.onFailure(err);
  }
}
