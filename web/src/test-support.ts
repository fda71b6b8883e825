/**
 * Test helpers: a fake `fetch` that answers API routes from a table and records every call, and a configured
 * session. The API client still signs every request; only the network is replaced.
 */
import { createPinia, setActivePinia } from 'pinia';
import type { LocalConsoleConfig } from './config.js';
import { useSessionStore } from './stores/session.js';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

export type Route = (call: RecordedCall) => { status?: number; body?: unknown } | undefined;

export const LOCAL_CONFIG: LocalConsoleConfig = {
  mode: 'local',
  apiBaseUrl: 'http://127.0.0.1:9/api',
  region: 'us-east-1',
  loginPath: '/auth/login',
};

export function fakeFetch(routes: Record<string, Route | { status?: number; body?: unknown }>) {
  const calls: RecordedCall[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api/, '');
    const call: RecordedCall = {
      method,
      path,
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: new Headers(init?.headers),
    };
    calls.push(call);
    const route = routes[`${method} ${path}`];
    const answer = typeof route === 'function' ? route(call) : route;
    if (!answer)
      return new Response(JSON.stringify(`NOT_FOUND: no fake for ${method} ${path}`), { status: 404 });
    return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { fetch: impl, calls };
}

export const CAPACITY_ROUTES = {
  'GET /stack-info': { body: { version: '0.1.0', region: 'us-east-1' } },
  'GET /regions': {
    body: { regions: [{ region: 'us-east-1', version: '0.1.0', compatible: true }], url: '' },
  },
  'GET /vCPUDetails': { body: { 'us-east-1': { vCPULimit: 16, vCPUsInUse: 0, vCPUsPerTask: 1 } } },
  'GET /tasks': { body: [{ region: 'us-east-1', taskArns: [] }] },
};

/** A fresh Pinia with a signed-in local session whose API calls go to `fetch`. */
export function signedInSession(fetchImpl: typeof fetch, navigate: (url: string) => void = () => {}) {
  setActivePinia(createPinia());
  sessionStorage.clear();
  const session = useSessionStore();
  session.configure(LOCAL_CONFIG, { fetch: fetchImpl, navigate, currentPath: () => '/scenarios/create' });
  session.setCredentials({
    accessKeyId: 'ASIALOCALTEST0000001',
    secretAccessKey: 'secret-secret-secret-secret',
    sessionToken: 'token-1',
    expiration: new Date(Date.now() + 3600_000).toISOString(),
  });
  return session;
}
