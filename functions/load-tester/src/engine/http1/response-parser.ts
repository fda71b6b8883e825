/**
 * An incremental HTTP/1.1 response parser for a load generator: it finds where each response ends and keeps
 * the status, the body size and whether the connection may be reused. It does not keep headers or body bytes.
 * Framing follows RFC 9112 §6: no body for HEAD, 1xx, 204 and 304; else chunked, else Content-Length, else
 * the body runs until the server closes the connection.
 */
export enum Parse {
  NeedMore = 0,
  Complete = 1,
  Error = -1,
}

enum State {
  Head,
  Body,
  BodyUntilClose,
  ChunkSize,
  ChunkData,
  ChunkDataEnd,
  Trailers,
  Done,
}

const MAX_HEAD_BYTES = 64 * 1024;
const CR = 13;
const LF = 10;

export class ResponseParser {
  status = 0;
  /** Body bytes as sent on the wire (chunk framing excluded). */
  bodyBytes = 0;
  keepAlive = true;
  error = '';
  private state = State.Head;
  private expectBody = true;
  private head: Buffer | null = null;
  private remaining = 0;
  private line = '';

  reset(isHeadRequest: boolean): void {
    this.status = 0;
    this.bodyBytes = 0;
    this.keepAlive = true;
    this.error = '';
    this.state = State.Head;
    this.expectBody = !isHeadRequest;
    this.head = null;
    this.remaining = 0;
    this.line = '';
  }

  /** Feeds bytes; returns Complete with `leftover` set when bytes beyond this response arrived. */
  feed(chunk: Buffer): Parse {
    let offset = 0;
    while (offset < chunk.length || this.state === State.Done) {
      switch (this.state) {
        case State.Head: {
          const r = this.feedHead(chunk, offset);
          if (r < 0) return r === -2 ? Parse.NeedMore : Parse.Error;
          offset = r;
          break;
        }
        case State.Body: {
          const take = Math.min(this.remaining, chunk.length - offset);
          this.bodyBytes += take;
          this.remaining -= take;
          offset += take;
          if (this.remaining === 0) this.state = State.Done;
          break;
        }
        case State.BodyUntilClose:
          this.bodyBytes += chunk.length - offset;
          return Parse.NeedMore;
        case State.ChunkSize:
        case State.Trailers:
        case State.ChunkDataEnd: {
          const end = chunk.indexOf(LF, offset);
          if (end < 0) {
            this.line += chunk.toString('latin1', offset, chunk.length);
            if (this.line.length > 4096) return this.fail('chunk line too long');
            return Parse.NeedMore;
          }
          const text =
            this.line +
            chunk.toString('latin1', offset, end > offset && chunk[end - 1] === CR ? end - 1 : end);
          const line = text.endsWith('\r') ? text.slice(0, -1) : text;
          this.line = '';
          offset = end + 1;
          if (this.onLine(line) === Parse.Error) return Parse.Error;
          break;
        }
        case State.ChunkData: {
          const take = Math.min(this.remaining, chunk.length - offset);
          this.bodyBytes += take;
          this.remaining -= take;
          offset += take;
          if (this.remaining === 0) this.state = State.ChunkDataEnd;
          break;
        }
        case State.Done:
          if (offset < chunk.length) return this.fail('the server sent bytes after the response');
          return Parse.Complete;
      }
    }
    return Parse.NeedMore;
  }

  /** The server closed the connection: completes a body that runs until close, fails anything else. */
  end(): Parse {
    if (this.state === State.BodyUntilClose) {
      this.keepAlive = false;
      this.state = State.Done;
      return Parse.Complete;
    }
    if (this.state === State.Done) return Parse.Complete;
    return this.fail('connection closed before the response was complete');
  }

  private fail(message: string): Parse {
    this.error = message;
    return Parse.Error;
  }

  /** Returns the offset after the head, -1 on error, -2 when more bytes are needed. */
  private feedHead(chunk: Buffer, offset: number): number {
    const held = this.head;
    const buf = held === null ? chunk : Buffer.concat([held, chunk.subarray(offset)]);
    const from = held === null ? offset : 0;
    const end = buf.indexOf('\r\n\r\n', from, 'latin1');
    if (end < 0) {
      if (buf.length - from > MAX_HEAD_BYTES) {
        this.fail('response head larger than 64 KiB');
        return -1;
      }
      this.head = held === null ? Buffer.from(chunk.subarray(offset)) : buf;
      return -2;
    }
    this.head = null;
    if (!this.parseHead(buf.toString('latin1', from, end))) return -1;
    // Back to the caller's chunk coordinates.
    return held === null ? end + 4 : offset + end + 4 - held.length;
  }

  private parseHead(head: string): boolean {
    // Status line: HTTP/1.x SSS reason
    if (!head.startsWith('HTTP/1.') || head.length < 12 || head.charCodeAt(8) !== 32) {
      this.fail('not an HTTP/1.x response');
      return false;
    }
    const status = Number(head.slice(9, 12));
    if (!Number.isInteger(status) || status < 100 || status > 999) {
      this.fail('bad status line');
      return false;
    }
    const http10 = head.charCodeAt(7) === 48;
    let contentLength = -1;
    let chunked = false;
    let connection = '';
    let pos = head.indexOf('\r\n');
    while (pos >= 0) {
      const next = head.indexOf('\r\n', pos + 2);
      const lineEnd = next < 0 ? head.length : next;
      const colon = head.indexOf(':', pos + 2);
      if (colon > 0 && colon < lineEnd) {
        const nameLength = colon - pos - 2;
        if (nameLength === 14 || nameLength === 17 || nameLength === 10) {
          const name = head.slice(pos + 2, colon).toLowerCase();
          const value = head.slice(colon + 1, lineEnd).trim();
          if (name === 'content-length') {
            if (!/^\d+$/.test(value) || (contentLength >= 0 && Number(value) !== contentLength)) {
              this.fail('bad content-length');
              return false;
            }
            contentLength = Number(value);
          } else if (name === 'transfer-encoding') {
            chunked = value.toLowerCase().endsWith('chunked');
          } else if (name === 'connection') {
            connection = value.toLowerCase();
          }
        }
      }
      pos = next;
    }
    if (status < 200 && status !== 101) {
      // Interim response (100 Continue, 103 Early Hints): the real one follows.
      this.state = State.Head;
      return true;
    }
    this.status = status;
    this.keepAlive = http10 ? connection.includes('keep-alive') : !connection.includes('close');
    if (!this.expectBody || status === 204 || status === 304 || status === 101) {
      this.state = State.Done;
    } else if (chunked) {
      this.state = State.ChunkSize;
    } else if (contentLength >= 0) {
      this.remaining = contentLength;
      this.state = contentLength === 0 ? State.Done : State.Body;
    } else {
      this.keepAlive = false;
      this.state = State.BodyUntilClose;
    }
    return true;
  }

  private onLine(line: string): Parse {
    if (this.state === State.ChunkDataEnd) {
      if (line !== '') return this.fail('missing CRLF after chunk data');
      this.state = State.ChunkSize;
      return Parse.NeedMore;
    }
    if (this.state === State.Trailers) {
      if (line === '') this.state = State.Done;
      return Parse.NeedMore;
    }
    const semicolon = line.indexOf(';');
    const hex = (semicolon < 0 ? line : line.slice(0, semicolon)).trim();
    if (!/^[0-9a-fA-F]{1,12}$/.test(hex)) return this.fail('bad chunk size');
    const size = Number.parseInt(hex, 16);
    if (size === 0) {
      this.state = State.Trailers;
    } else {
      this.remaining = size;
      this.state = State.ChunkData;
    }
    return Parse.NeedMore;
  }
}
