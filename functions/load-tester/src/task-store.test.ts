import { createStorageClients, ObjectStore } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStorage, type TestStorage } from '../../shared/src/storage/test-support.js';
import { TaskStore, withRetries } from './task-store.js';

let storage: TestStorage;
let store: TaskStore;
const fast = { attempts: 3, firstDelayMs: 1 };

beforeAll(async () => {
  storage = await startTestStorage();
  store = new TaskStore(storage.objects, fast);
});
afterAll(() => storage?.close());

describe('TaskStore start signal', () => {
  it('is absent until written', async () => {
    expect(await store.probeStartSignal('start-signal/none/p/r/start')).toBeUndefined();
    expect(store.lastPollError).toBeUndefined();
  });

  it('reads {"startAt"} as the instant to start, which is also its age', async () => {
    await storage.objects.putJson('start-signal/json/p/r/start', { startAt: 1234 });
    expect(await store.probeStartSignal('start-signal/json/p/r/start')).toEqual({
      startAt: 1234,
      signalTime: 1234,
    });
  });

  it('reads an empty marker as "now", aged by its write time', async () => {
    const key = 'start-signal/empty/p/r/start';
    await storage.objects.put(key, '');
    const before = Date.now();
    const signal = await store.probeStartSignal(key);
    expect(signal?.startAt).toBeGreaterThanOrEqual(before);
    expect(signal?.signalTime).toBe((await storage.objects.head(key))?.lastModified?.getTime());
  });

  it('refuses a body that is neither empty nor a start instant', async () => {
    await storage.objects.put('start-signal/bad/p/r/start', 'go!');
    await expect(store.probeStartSignal('start-signal/bad/p/r/start')).rejects.toThrow(
      /is neither empty nor \{"startAt": <epoch ms>\}: go!/,
    );
    await storage.objects.putJson('start-signal/bad2/p/r/start', { startAt: 'soon' });
    await expect(store.probeStartSignal('start-signal/bad2/p/r/start')).rejects.toThrow(/neither empty/);
  });

  it('treats an unreachable S3 as "not yet" and remembers why', async () => {
    const closed = createStorageClients({
      region: 'us-east-1',
      s3Endpoint: 'http://127.0.0.1:1',
      credentials: storage.standIns.credentials,
    });
    try {
      const offline = new TaskStore(new ObjectStore(closed.s3, 'bucket'), fast);
      expect(await offline.probeStartSignal('start-signal/x/p/r/start')).toBeUndefined();
      expect(offline.lastPollError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      closed.destroy();
    }
  });
});

describe('withRetries', () => {
  it('retries until an attempt succeeds', async () => {
    let calls = 0;
    const value = await withRetries(
      'flaky',
      async () => {
        if (++calls < 3) throw new Error(`failure ${calls}`);
        return 'ok';
      },
      fast,
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt, naming what failed', async () => {
    let calls = 0;
    await expect(
      withRetries(
        'uploading s3://b/k',
        async () => {
          calls++;
          throw new Error('AccessDenied');
        },
        fast,
      ),
    ).rejects.toThrow('uploading s3://b/k failed after 3 attempts: AccessDenied');
    expect(calls).toBe(3);
  });
});
