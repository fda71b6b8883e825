import { onScopeDispose, ref, shallowRef } from 'vue';
import { type LivePayload, LiveSeries, presignLiveUrl } from '../lib/live-data.js';
import { useSessionStore } from '../stores/session.js';
import { useStackStore } from '../stores/stack.js';

export type LiveState = 'idle' | 'connecting' | 'connected' | 'error' | 'closed';

/**
 * Subscribes to `dlt/{testId}` over MQTT-over-WebSocket while a test runs. mqtt.js is loaded on first use, so
 * pages without live data never pay for it. `version` bumps on every message so charts can redraw.
 */
export function useLiveData() {
  const series = shallowRef(new LiveSeries());
  const version = ref(0);
  const state = ref<LiveState>('idle');
  const error = ref<string>();
  let client: { end(force?: boolean): unknown } | undefined;
  let current: string | undefined;

  async function endpoint(): Promise<string> {
    const session = useSessionStore();
    const cfg = session.config;
    if (cfg?.mode === 'aws') return `wss://${cfg.iotEndpoint}/mqtt`;
    const stack = useStackStore();
    await stack.load();
    const url = stack.info?.live_data_endpoint;
    if (!url) throw new Error('This stack publishes no live data endpoint.');
    return url;
  }

  /**
   * On AWS an authenticated Cognito identity may use IoT only once the live-data policy is attached to it, which
   * the API does for the caller (POST /iot/attach); once per identity and browser session is enough.
   */
  async function attachLiveDataOnce(identityId: string | undefined) {
    const key = `dlt.iotAttached.${identityId ?? 'unknown'}`;
    if (sessionStorage.getItem(key) === '1') return;
    await useSessionStore().api.attachLiveData();
    sessionStorage.setItem(key, '1');
  }

  async function connect(testId: string) {
    if (current === testId && (state.value === 'connected' || state.value === 'connecting')) return;
    disconnect();
    current = testId;
    series.value = new LiveSeries();
    state.value = 'connecting';
    error.value = undefined;
    try {
      const session = useSessionStore();
      const creds = session.credentials;
      const cfg = session.config;
      if (!creds || !cfg) throw new Error('Not signed in.');
      const identityId = (creds as { identityId?: string }).identityId;
      if (cfg.mode === 'aws') await attachLiveDataOnce(identityId);
      const url = await presignLiveUrl(await endpoint(), creds, cfg.region);
      const mqtt = (await import('mqtt')).default;
      if (current !== testId) return;
      const c = mqtt.connect(url, {
        protocolVersion: 4,
        // IoT Core ties a Cognito identity's connection to its identity id as the client id.
        clientId: identityId ?? `dlt-console-${Math.random().toString(36).slice(2, 12)}`,
        // The presigned URL is only good for 15 minutes: a reconnect needs a new one, so no automatic retries.
        reconnectPeriod: 0,
        connectTimeout: 10_000,
        // mqtt.js would otherwise run its keep-alive timer in a blob: worker, which the console's CSP refuses.
        timerVariant: 'native',
      });
      client = c;
      c.on('connect', () => {
        state.value = 'connected';
        c.subscribe(`dlt/${testId}`);
      });
      c.on('message', (_topic: string, message: Uint8Array) => {
        try {
          series.value.add(JSON.parse(new TextDecoder().decode(message)) as LivePayload);
          version.value++;
        } catch {
          // A message that is not JSON is not live data; skip it.
        }
      });
      c.on('error', (e: Error) => {
        state.value = 'error';
        error.value = `Live data connection failed: ${e.message}`;
      });
      c.on('close', () => {
        if (state.value === 'connected') state.value = 'closed';
      });
    } catch (e) {
      state.value = 'error';
      error.value = `Live data is unavailable: ${(e as Error).message}`;
    }
  }

  function disconnect() {
    client?.end(true);
    client = undefined;
    current = undefined;
    if (state.value !== 'idle') state.value = 'closed';
  }

  onScopeDispose(disconnect);

  return { series, version, state, error, connect, disconnect };
}
