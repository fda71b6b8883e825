import { request } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type LiveBroker, startLiveBroker } from './broker.js';
import { presignLiveUrl } from './presign.js';

const REGION = 'us-east-1';
const credentials = {
  accessKeyId: 'AKIALOCALTEST0000001',
  secretAccessKey: 'L0calSecretKeyForTests-0123456789abcdefgh',
};
const OPTIONS: IClientOptions = { reconnectPeriod: 0, connectTimeout: 10_000, protocolVersion: 4 };

const clients: MqttClient[] = [];

/** Connects like the console: MQTT 3.1.1 over WebSocket to a presigned URL. */
function open(url: string): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    const client = connect(url, OPTIONS);
    clients.push(client);
    client.once('connect', () => resolve(client));
    client.once('error', reject);
    client.once('close', () => reject(new Error('closed before CONNACK')));
  });
}

/**
 * Why a connection attempt failed. mqtt.js swallows the WebSocket's error before CONNACK, so the socket is
 * created here to read it: it carries the upgrade's HTTP status.
 */
function refusal(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let reason = 'closed without an error';
    const client = connect(url, {
      ...OPTIONS,
      createWebsocket: (target, protocols) => {
        const ws = new WebSocket(target, protocols);
        ws.on('error', (error) => {
          reason = error.message;
        });
        return ws;
      },
    });
    clients.push(client);
    client.once('connect', () => reject(new Error('expected the connection to be refused')));
    client.once('close', () => resolve(reason));
  });
}

/** The raw HTTP answer to a WebSocket upgrade, to see exactly what the broker sends. */
function upgrade(url: string): Promise<{ status: number; body: string; errorType?: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({
      host: u.hostname,
      port: u.port,
      path: `${u.pathname}${u.search}`,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': Buffer.from('0123456789abcdef').toString('base64'),
        'sec-websocket-protocol': 'mqtt',
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, body: '' });
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => {
        const errorType = res.headers['x-amzn-errortype'];
        resolve({
          status: res.statusCode ?? 0,
          body,
          ...(typeof errorType === 'string' ? { errorType } : {}),
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The SUBACK code for one filter: 0 granted (QoS 0), 128 refused. */
function subscribe(client: MqttClient, filter: string): Promise<number> {
  return new Promise((resolve, reject) => {
    client.subscribe(filter, { qos: 0 }, (error, _granted, packet) => {
      const code = (packet as { granted?: number[] } | undefined)?.granted?.[0];
      if (code !== undefined) resolve(code);
      else reject(error ?? new Error('no SUBACK'));
    });
  });
}

function nextMessage(client: MqttClient): Promise<{ topic: string; payload: unknown }> {
  return new Promise((resolve) => {
    client.once('message', (topic, payload) => resolve({ topic, payload: JSON.parse(payload.toString()) }));
  });
}

function closed(client: MqttClient): Promise<void> {
  return new Promise((resolve) => {
    if (!client.connected) resolve();
    else client.once('close', () => resolve());
  });
}

describe('the live broker', () => {
  let broker: LiveBroker;

  beforeAll(async () => {
    broker = await startLiveBroker({ region: REGION, credentials });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await broker.close();
  });

  it('listens on loopback at /mqtt', () => {
    expect(broker.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/mqtt$/);
  });

  it('delivers what publisher.publish sends to a presigned subscriber', async () => {
    const client = await open(presignLiveUrl(broker.wsUrl, credentials, REGION));
    expect(await subscribe(client, 'dlt/test1')).toBe(0);
    const received = nextMessage(client);
    await broker.publisher.publish('dlt/test1', { 'us-east-1': [{ testId: 'test1', vu: 2 }] });
    expect(await received).toEqual({
      topic: 'dlt/test1',
      payload: { 'us-east-1': [{ testId: 'test1', vu: 2 }] },
    });
  });

  it('filters by test: a dlt/<testId> subscriber sees only its test, dlt/# sees all', async () => {
    const one = await open(presignLiveUrl(broker.wsUrl, credentials, REGION));
    const all = await open(presignLiveUrl(broker.wsUrl, credentials, REGION));
    await subscribe(one, 'dlt/a');
    expect(await subscribe(all, 'dlt/#')).toBe(0);
    const seenByOne: string[] = [];
    const seenByAll: string[] = [];
    one.on('message', (topic) => seenByOne.push(topic));
    all.on('message', (topic) => seenByAll.push(topic));
    const lastForOne = nextMessage(one);
    await broker.publisher.publish('dlt/b', 1);
    await broker.publisher.publish('dlt/a', 2);
    await lastForOne;
    await broker.publisher.publish('dlt/c', 3);
    while (seenByAll.length < 3) await nextMessage(all);
    expect(seenByOne).toEqual(['dlt/a']);
    expect(seenByAll).toEqual(['dlt/b', 'dlt/a', 'dlt/c']);
  });

  it('accepts a URL presigned by the AWS SDK signer for iotdevicegateway', async () => {
    const u = new URL(broker.wsUrl);
    const signer = new SignatureV4({
      service: 'iotdevicegateway',
      region: REGION,
      credentials,
      sha256: Sha256,
    });
    const signed = await signer.presign(
      {
        method: 'GET',
        protocol: 'ws:',
        hostname: u.hostname,
        port: Number(u.port),
        path: u.pathname,
        query: {},
        headers: { host: u.host },
      },
      { expiresIn: 300 },
    );
    const query = new URLSearchParams(signed.query as Record<string, string>).toString();
    const client = await open(`${broker.wsUrl}?${query}`);
    expect(client.connected).toBe(true);
  });

  it.each([
    ['unsigned', () => broker.wsUrl],
    [
      'signed with a wrong secret',
      () => presignLiveUrl(broker.wsUrl, { ...credentials, secretAccessKey: 'x'.repeat(40) }, REGION),
    ],
    [
      'signed with an unknown key',
      () => presignLiveUrl(broker.wsUrl, { ...credentials, accessKeyId: 'AKIAOTHER00000000000' }, REGION),
    ],
    [
      'signed 16 minutes ago',
      () => presignLiveUrl(broker.wsUrl, credentials, REGION, new Date(Date.now() - 16 * 60_000)),
    ],
    ['signed for another region', () => presignLiveUrl(broker.wsUrl, credentials, 'eu-west-1')],
    [
      'carrying a session token the local key does not have',
      () => presignLiveUrl(broker.wsUrl, { ...credentials, sessionToken: 't' }, REGION),
    ],
  ])('refuses an upgrade %s with 403, before MQTT starts', async (_, url) => {
    const answer = await upgrade(url());
    expect(answer.status).toBe(403);
    expect(answer.errorType).toMatch(/Exception$/);
    expect(JSON.parse(answer.body).message).toEqual(expect.any(String));
    expect(await refusal(url())).toContain('403');
  });

  it('accepts a URL signed 14 minutes ago', async () => {
    const url = presignLiveUrl(broker.wsUrl, credentials, REGION, new Date(Date.now() - 14 * 60_000));
    expect((await upgrade(url)).status).toBe(101);
  });

  it('answers 404 on another path and 426 to plain HTTP', async () => {
    const other = presignLiveUrl(broker.wsUrl.replace('/mqtt', '/other'), credentials, REGION);
    expect((await upgrade(other)).status).toBe(404);
    const res = await fetch(broker.wsUrl.replace('ws:', 'http:'));
    expect(res.status).toBe(426);
    expect(await res.json()).toEqual({ message: expect.stringContaining('/mqtt') });
  });

  it('refuses subscriptions outside dlt/<testId> and dlt/#, and keeps the connection', async () => {
    const client = await open(presignLiveUrl(broker.wsUrl, credentials, REGION));
    for (const filter of ['#', '$SYS/#', 'other/x', 'dlt/+', 'dlt/a/b', 'dlt', 'dlt/a/#']) {
      expect({ filter, qos: await subscribe(client, filter) }).toEqual({ filter, qos: 128 });
    }
    expect(client.connected).toBe(true);
    expect(await subscribe(client, 'dlt/ok')).toBe(0);
  });

  it('refuses client publishes: the publisher is disconnected and nothing is delivered', async () => {
    const listener = await open(presignLiveUrl(broker.wsUrl, credentials, REGION));
    await subscribe(listener, 'dlt/pub');
    const seen: unknown[] = [];
    listener.on('message', (_topic, payload) => seen.push(JSON.parse(payload.toString())));

    const intruder = await open(presignLiveUrl(broker.wsUrl, credentials, REGION));
    intruder.on('error', () => undefined);
    const gone = closed(intruder);
    intruder.publish('dlt/pub', JSON.stringify('forged'));
    const delivered = nextMessage(listener).then((m) => {
      throw new Error(`a client publish was delivered: ${JSON.stringify(m)}`);
    });
    await Promise.race([gone, delivered]);
    delivered.catch(() => undefined);

    const marker = nextMessage(listener);
    await broker.publisher.publish('dlt/pub', 'marker');
    await marker;
    expect(seen).toEqual(['marker']);
  });

  it('the publisher refuses topics that are not dlt/<testId>', async () => {
    await expect(broker.publisher.publish('dlt/#', {})).rejects.toThrow('not a live-data topic');
    await expect(broker.publisher.publish('$SYS/x', {})).rejects.toThrow('not a live-data topic');
  });
});

describe('close()', () => {
  const handles = () =>
    process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap' || r === 'TCPSocketWrap').length;
  // aedes starts two intervals (heartbeat, will clean-up) that must stop with it.
  const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

  it('ends clients, stops listening and leaves no sockets or servers behind', async () => {
    const before = handles();
    const timersBefore = timers();
    const local = await startLiveBroker({ region: REGION, credentials });
    const client = connect(presignLiveUrl(local.wsUrl, credentials, REGION), OPTIONS);
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', reject);
    });
    await subscribe(client, 'dlt/x');
    const clientClosed = closed(client);
    // A connection that never sends a request: server.close() alone would wait minutes for it.
    const idle = tcpConnect(Number(new URL(local.wsUrl).port), '127.0.0.1');
    await new Promise((resolve) => idle.once('connect', resolve));
    const idleClosed = new Promise((resolve) => idle.once('close', resolve));

    await Promise.all([local.close(), local.close()]);
    await clientClosed;
    await idleClosed;
    await client.endAsync(true);

    await expect(local.publisher.publish('dlt/x', {})).rejects.toThrow('closed');
    const { port } = new URL(local.wsUrl);
    const refused = await new Promise<string>((resolve) => {
      const socket = tcpConnect(Number(port), '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      let code = '';
      socket.once('error', (error: NodeJS.ErrnoException) => {
        code = error.code ?? error.message;
      });
      // 'close' comes once the handle is released, so the count below does not see the probe itself.
      socket.once('close', () => resolve(code));
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(handles()).toBe(before);
    // At most as many: a timer left by an earlier test may end meanwhile; a new one left behind is a leak.
    expect(timers()).toBeLessThanOrEqual(timersBefore);
  });

  it('a port already in use is an error with its code, and leaves nothing running', async () => {
    const first = await startLiveBroker({ region: REGION, credentials });
    const before = handles();
    const timersBefore = timers();
    const port = Number(new URL(first.wsUrl).port);
    await expect(startLiveBroker({ region: REGION, credentials, port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    // A failed listen releases its handle on the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(handles()).toBe(before);
    expect(timers()).toBe(timersBefore);
    await first.close();
  });
});
