import { request } from 'node:http';
import { connect, type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../session-credentials.js';
import { type LiveBroker, startLiveBroker } from './broker.js';
import { presignLiveUrl } from './presign.js';

const REGION = 'us-east-1';
const longLived = {
  accessKeyId: 'AKIALOCALTEST0000001',
  secretAccessKey: 'L0calSecretKeyForTests-0123456789abcdefgh',
};
// The broker judges X-Amz-Date by the real clock; only the session store's clock is moved.
let clock = Date.now();
const sessions = createSessionStore(() => clock);
let broker: LiveBroker;
const clients: MqttClient[] = [];

beforeAll(async () => {
  broker = await startLiveBroker({ region: REGION, credentials: longLived, sessions });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.endAsync(true)));
  await broker.close();
});

/** The HTTP status a WebSocket upgrade to `url` gets: 101 when admitted. */
function upgradeStatus(url: string): Promise<{ status: number; errorType?: string }> {
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
      resolve({ status: res.statusCode ?? 0 });
    });
    req.on('response', (res) => {
      res.resume();
      const errorType = res.headers['x-amzn-errortype'];
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ...(typeof errorType === 'string' ? { errorType } : {}) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the live broker with console session credentials', () => {
  it('admits a session key presigned with its token, and delivers to it', async () => {
    const session = sessions.issue();
    const url = presignLiveUrl(broker.wsUrl, session, REGION);
    expect(new URL(url).searchParams.get('X-Amz-Security-Token')).toBe(session.sessionToken);
    const client = await new Promise<MqttClient>((resolve, reject) => {
      const c = connect(url, { reconnectPeriod: 0, connectTimeout: 10_000, protocolVersion: 4 });
      clients.push(c);
      c.once('connect', () => resolve(c));
      c.once('error', reject);
    });
    await client.subscribeAsync('dlt/sess1', { qos: 0 });
    const received = new Promise<string>((resolve) =>
      client.once('message', (_t, p) => resolve(p.toString())),
    );
    await broker.publisher.publish('dlt/sess1', { ok: 1 });
    expect(JSON.parse(await received)).toEqual({ ok: 1 });
  });

  it('refuses a session key without its token or with another one', async () => {
    const session = sessions.issue();
    const other = sessions.issue();
    const { sessionToken: _t, ...keysOnly } = session;
    expect(await upgradeStatus(presignLiveUrl(broker.wsUrl, keysOnly, REGION))).toEqual({
      status: 403,
      errorType: 'UnrecognizedClientException',
    });
    const swapped = { ...session, sessionToken: other.sessionToken };
    expect((await upgradeStatus(presignLiveUrl(broker.wsUrl, swapped, REGION))).status).toBe(403);
  });

  it('refuses an expired session key', async () => {
    const session = sessions.issue(60_000);
    expect((await upgradeStatus(presignLiveUrl(broker.wsUrl, session, REGION))).status).toBe(101);
    clock += 60_000;
    expect((await upgradeStatus(presignLiveUrl(broker.wsUrl, session, REGION))).status).toBe(403);
    clock -= 60_000;
  });

  it('still admits the long-lived key pair, without a token', async () => {
    expect((await upgradeStatus(presignLiveUrl(broker.wsUrl, longLived, REGION))).status).toBe(101);
    const withToken = { ...longLived, sessionToken: sessions.issue().sessionToken };
    expect((await upgradeStatus(presignLiveUrl(broker.wsUrl, withToken, REGION))).status).toBe(403);
  });
});
