import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectTooLargeError } from './errors.js';
import {
  completionMarkerKey,
  completionPrefix,
  resultsPrefix,
  runPrefix,
  scriptKey,
  taskConfigKey,
} from './layout.js';
import { startTestStorage, type TestStorage } from './test-support.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(() => storage.close());

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every byte value, in an order no text codec would preserve. */
function binary(size: number): Buffer {
  const data = randomBytes(size);
  for (let i = 0; i < 256; i++) data[i] = i;
  return data;
}

describe('ObjectStore reads and writes', () => {
  it('round-trips strings, buffers and JSON; missing objects read as undefined', async () => {
    await storage.objects.put('a/text.txt', 'héllo ✓', { contentType: 'text/plain' });
    expect(await storage.objects.getText('a/text.txt')).toBe('héllo ✓');
    const data = binary(70_000);
    await storage.objects.put('a/data.bin', data);
    expect(sha256((await storage.objects.get('a/data.bin')) ?? Buffer.alloc(0))).toBe(sha256(data));
    await storage.objects.put('a/empty', '');
    expect(await storage.objects.get('a/empty')).toEqual(Buffer.alloc(0));

    const config = { execution: [{ concurrency: 5, taskCount: 2 }], reporting: [{ module: 'final-stats' }] };
    await storage.objects.putJson(taskConfigKey('t1', 'us-east-1'), config);
    expect(await storage.objects.getJson('test-scenarios/t1-us-east-1.json')).toEqual(config);

    expect(await storage.objects.get('a/missing')).toBeUndefined();
    expect(await storage.objects.getText('a/missing')).toBeUndefined();
    expect(await storage.objects.getJson('a/missing')).toBeUndefined();
  });

  it('heads objects', async () => {
    await storage.objects.put('h/x.json', '{"a":1}', { contentType: 'application/json' });
    const info = await storage.objects.head('h/x.json');
    expect(info).toMatchObject({ key: 'h/x.json', size: 7, contentType: 'application/json' });
    expect(info?.lastModified).toBeInstanceOf(Date);
    expect(await storage.objects.head('h/none')).toBeUndefined();
  });

  it('stores a streamed binary upload byte for byte (no aws-chunked framing in the body)', async () => {
    const data = binary(3 * 1024 * 1024 + 17);
    // Uneven chunks, as a file or network stream would deliver them.
    const chunks: Buffer[] = [];
    for (let offset = 0; offset < data.length; offset += 65_537)
      chunks.push(data.subarray(offset, offset + 65_537));
    await storage.objects.putStream('s/stream.bin', Readable.from(chunks), {
      contentLength: data.length,
      contentType: 'application/octet-stream',
    });
    const read = await storage.objects.get('s/stream.bin');
    expect(read?.length).toBe(data.length);
    expect(sha256(read ?? Buffer.alloc(0))).toBe(sha256(data));
  });

  it('deletes one object', async () => {
    await storage.objects.put('d/one', 'x');
    await storage.objects.delete('d/one');
    expect(await storage.objects.head('d/one')).toBeUndefined();
    await storage.objects.delete('d/one');
  });
});

describe('ObjectStore listing and prefix deletes', () => {
  const prefix = runPrefix('run1', new Date('2025-01-01T00:00:00Z'));

  beforeAll(async () => {
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 25; i++) {
      writes.push(
        storage.objects.put(
          `${resultsPrefix('lt', prefix)}task${String(i).padStart(2, '0')}-us-east-1.xml`,
          `<x>${i}</x>`,
        ),
      );
    }
    for (let i = 0; i < 4; i++)
      writes.push(storage.objects.put(completionMarkerKey('lt', prefix, 'us-east-1', `task${i}`), ''));
    writes.push(storage.objects.put(completionMarkerKey('lt', prefix, 'eu-west-1', 'task9'), ''));
    writes.push(storage.objects.put(`${resultsPrefix('lt2')}other.xml`, 'x'));
    await Promise.all(writes);
  });

  it('lists a prefix across pages, in key order, and nothing outside it', async () => {
    const keys = (await storage.objects.listAll(resultsPrefix('lt'), { pageSize: 7 })).map((o) => o.key);
    expect(keys).toHaveLength(30);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(30);
    expect(keys.some((k) => k.startsWith(resultsPrefix('lt2')))).toBe(false);
  });

  it('counts completion markers per region, as the status checker does', async () => {
    let count = 0;
    for await (const object of storage.objects.list(completionPrefix('lt', prefix, 'us-east-1'), {
      pageSize: 2,
    })) {
      expect(object.size).toBe(0);
      count++;
    }
    expect(count).toBe(4);
    expect(await storage.objects.listAll(completionPrefix('lt', prefix))).toHaveLength(5);
  });

  it('deletes by prefix, leaving neighbours alone', async () => {
    expect(await storage.objects.deleteByPrefix(resultsPrefix('lt'))).toBe(30);
    expect(await storage.objects.listAll(resultsPrefix('lt'))).toEqual([]);
    expect(await storage.objects.listAll(resultsPrefix('lt2'))).toHaveLength(1);
    expect(await storage.objects.deleteByPrefix('nothing/here/')).toBe(0);
    await expect(storage.objects.deleteByPrefix('')).rejects.toThrow(RangeError);
  });

  it('deletes more than one DeleteObjects batch', async () => {
    const keys = Array.from({ length: 1005 }, (_, i) => `bulk/${String(i).padStart(4, '0')}`);
    for (let i = 0; i < keys.length; i += 100) {
      await Promise.all(keys.slice(i, i + 100).map((key) => storage.objects.put(key, '')));
    }
    expect(await storage.objects.deleteByPrefix('bulk/')).toBe(1005);
    expect(await storage.objects.listAll('bulk/')).toEqual([]);
  });
});

describe('ObjectStore presigned URLs', () => {
  it('a presigned PUT then a presigned GET round-trip a binary script through plain fetch', async () => {
    const key = scriptKey('jmeter', 'abc123', 'zip');
    const data = binary(200_000);
    const upload = await storage.objects.presignPut(key, { contentType: 'application/zip', expiresIn: 300 });
    expect(upload.method).toBe('PUT');
    expect(upload.expiresAt.getTime()).toBeGreaterThan(Date.now() + 290_000);
    const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: data });
    expect(put.status).toBe(200);

    const info = await storage.objects.head(key);
    expect(info).toMatchObject({ size: data.length, contentType: 'application/zip' });

    const url = await storage.objects.presignGet(key, { expiresIn: 60, downloadName: 'my "script".zip' });
    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toBe('attachment; filename="my _script_.zip"');
    expect(sha256(new Uint8Array(await got.arrayBuffer()))).toBe(sha256(data));
  });

  it('signs an exact content length when given, and refuses to sign one over maxBytes', async () => {
    const body = 'print("hi")\n';
    const upload = await storage.objects.presignPut('public/test-scenarios/locust/x.py', {
      contentType: 'text/x-python',
      contentLength: Buffer.byteLength(body),
      maxBytes: 50 * 1024 * 1024,
      expiresIn: 60,
    });
    expect(upload.headers).toEqual({
      'content-type': 'text/x-python',
      'content-length': String(body.length),
    });
    expect(new URL(upload.url).searchParams.get('X-Amz-SignedHeaders')).toBe(
      'content-length;content-type;host',
    );
    expect((await fetch(upload.url, { method: 'PUT', headers: upload.headers, body })).status).toBe(200);
    expect(await storage.objects.getText('public/test-scenarios/locust/x.py')).toBe(body);

    await expect(
      storage.objects.presignPut('k', { contentType: 'a/b', contentLength: 11, maxBytes: 10, expiresIn: 60 }),
    ).rejects.toThrow(ObjectTooLargeError);
    await expect(
      storage.objects.presignPut('k', { contentType: 'a/b', maxBytes: 10, expiresIn: 60 }),
    ).rejects.toThrow(/needs contentLength/);
    for (const expiresIn of [0, 7 * 24 * 3600 + 1, 1.5]) {
      await expect(storage.objects.presignGet('k', { expiresIn })).rejects.toThrow(RangeError);
    }
  });

  it('removes an upload that turned out larger than allowed', async () => {
    await storage.objects.put('up/big', binary(2048));
    await storage.objects.put('up/small', 'ok');
    expect(await storage.objects.enforceMaxSize('up/small', 1024)).toBe('ok');
    expect(await storage.objects.enforceMaxSize('up/big', 1024)).toBe('too-large');
    expect(await storage.objects.head('up/big')).toBeUndefined();
    expect(await storage.objects.enforceMaxSize('up/none', 1024)).toBe('missing');
  });
});
