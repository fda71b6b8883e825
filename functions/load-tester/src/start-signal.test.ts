import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isReplacementStart,
  parseStartSignalSource,
  STALE_START_SIGNAL_MS,
  waitForStartSignal,
} from './start-signal.js';

describe('start signal', () => {
  it('parses the sources a task can be given', () => {
    expect(parseStartSignalSource(undefined)).toEqual({ kind: 'now' });
    expect(parseStartSignalSource('/tmp/start.json')).toEqual({ kind: 'file', path: '/tmp/start.json' });
    expect(parseStartSignalSource('file:///tmp/s.json')).toEqual({ kind: 'file', path: '/tmp/s.json' });
    expect(parseStartSignalSource('http://127.0.0.1:1/s')).toEqual({
      kind: 'url',
      url: 'http://127.0.0.1:1/s',
    });
    expect(() => parseStartSignalSource('s3://bucket/key')).toThrow(/s3:\/\//);
  });

  it('waits for a file that appears later, ignoring a half-written one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dlt-signal-'));
    const path = join(dir, 'start.json');
    setTimeout(() => writeFile(path, '{"startAt": 17'), 30);
    setTimeout(() => writeFile(path, '{"startAt": 1700000000000}'), 120);
    await expect(
      waitForStartSignal({ kind: 'file', path }, { timeoutMs: 10_000, pollMs: 10 }),
    ).resolves.toEqual({
      startAt: 1_700_000_000_000,
    });
  });

  it('polls a URL until it answers', async () => {
    let calls = 0;
    const server = createServer((_, res) => {
      calls++;
      if (calls < 3) res.writeHead(404).end();
      else res.end('{"startAt": 42}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/start`;
    try {
      await expect(
        waitForStartSignal({ kind: 'url', url }, { timeoutMs: 10_000, pollMs: 10 }),
      ).resolves.toEqual({
        startAt: 42,
      });
      expect(calls).toBe(3);
    } finally {
      server.close();
    }
  });

  it('gives up after its timeout and when stopped', async () => {
    const path = join(tmpdir(), 'dlt-no-such-signal.json');
    await expect(waitForStartSignal({ kind: 'file', path }, { timeoutMs: 50, pollMs: 10 })).rejects.toThrow(
      /no start signal/,
    );
    const stop = new AbortController();
    stop.abort();
    await expect(
      waitForStartSignal({ kind: 'file', path }, { timeoutMs: 10_000, pollMs: 10, signal: stop.signal }),
    ).rejects.toThrow(/stopped/);
  });

  it('polls a probe source until it answers', async () => {
    let calls = 0;
    const probe = async () => (++calls < 3 ? undefined : { startAt: 7, signalTime: 7 });
    await expect(
      waitForStartSignal({ kind: 'probe', name: 'test', probe }, { timeoutMs: 10_000, pollMs: 10 }),
    ).resolves.toEqual({ startAt: 7, signalTime: 7 });
    expect(calls).toBe(3);
  });

  it('stops waiting between polls as soon as it is stopped', async () => {
    const stop = new AbortController();
    const probe = async () => {
      setTimeout(() => stop.abort(), 10);
      return undefined;
    };
    // A poll interval far beyond the test timeout: only an interrupted pause lets this settle.
    await expect(
      waitForStartSignal(
        { kind: 'probe', name: 'test', probe },
        { timeoutMs: 3_600_000, pollMs: 3_600_000, signal: stop.signal },
      ),
    ).rejects.toThrow(/stopped/);
  });

  it('tells a replacement task by the age of the signal', () => {
    const now = 1_700_000_000_000;
    expect(isReplacementStart({ startAt: now }, now)).toBe(false);
    expect(isReplacementStart({ startAt: now, signalTime: now + 5000 }, now)).toBe(false);
    expect(isReplacementStart({ startAt: now, signalTime: now - STALE_START_SIGNAL_MS }, now)).toBe(false);
    expect(isReplacementStart({ startAt: now, signalTime: now - STALE_START_SIGNAL_MS - 1 }, now)).toBe(true);
  });
});
