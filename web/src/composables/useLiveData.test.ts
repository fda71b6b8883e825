// AWS mode only: IoT Core cannot exist here, so mqtt.js's connect is replaced at that boundary; the API calls
// still go through the signing client to a recorded fake fetch.

import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { AwsConsoleConfig } from '../config.js';
import { useSessionStore } from '../stores/session.js';
import { fakeFetch, signedInSession } from '../test-support.js';
import { useLiveData } from './useLiveData.js';

const connects: Array<{ url: string; clientId?: string }> = [];
vi.mock('mqtt', () => ({
  default: {
    connect: (url: string, opts: { clientId?: string }) => {
      connects.push({ url, clientId: opts.clientId });
      return { on: () => undefined, subscribe: () => undefined, end: () => undefined };
    },
  },
}));

const AWS_CONFIG: AwsConsoleConfig = {
  mode: 'aws',
  apiBaseUrl: 'http://127.0.0.1:9/api',
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_pool',
  userPoolClientId: 'client',
  identityPoolId: 'eu-west-1:pool',
  cognitoDomain: 'https://dlt.auth.eu-west-1.amazoncognito.com',
  iotEndpoint: 'abc-ats.iot.eu-west-1.amazonaws.com',
};

describe('useLiveData on AWS', () => {
  it('attaches the IoT policy once per identity, then connects with the identity id as client id', async () => {
    const api = fakeFetch({
      'POST /iot/attach': { body: { identityId: 'eu-west-1:abc', policyName: 'dlt-live' } },
    });
    signedInSession(api.fetch);
    const session = useSessionStore();
    session.configure(AWS_CONFIG, { fetch: api.fetch });
    session.setCredentials({
      accessKeyId: 'ASIATEST',
      secretAccessKey: 'secret',
      sessionToken: 'token',
      expiration: new Date(Date.now() + 3600_000).toISOString(),
      identityId: 'eu-west-1:abc',
    } as Parameters<typeof session.setCredentials>[0]);

    const scope = effectScope();
    const live = scope.run(() => useLiveData())!;
    await live.connect('T1');
    live.disconnect();
    await live.connect('T2');
    scope.stop();

    expect(api.calls.filter((c) => c.method === 'POST' && c.path === '/iot/attach')).toHaveLength(1);
    expect(connects).toHaveLength(2);
    expect(connects[0]?.clientId).toBe('eu-west-1:abc');
    expect(connects[0]?.url).toMatch(/^wss:\/\/abc-ats\.iot\.eu-west-1\.amazonaws\.com\/mqtt\?/);
    expect(live.error.value).toBeUndefined();
  });
});
