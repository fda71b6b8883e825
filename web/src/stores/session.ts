import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { ApiClient, type SigningCredentials } from '../api/client.js';
import { endpoints } from '../api/endpoints.js';
import { createUserManager, hostedUiLogoutUrl, identityPoolCredentials } from '../auth/aws-login.js';
import { persistDrafts } from '../auth/drafts.js';
import { redeemLoginToken } from '../auth/local-login.js';
import {
  clearConsoleStorage,
  RETURN_TO_KEY,
  readCredentials,
  writeCredentials,
} from '../auth/session-storage.js';
import type { ConsoleConfig } from '../config.js';

export interface SessionDeps {
  fetch?: typeof fetch;
  /** Leaves the app for the sign-in page (a full navigation, so no stale state survives). */
  navigate?: (url: string) => void;
  currentPath?: () => string;
}

/**
 * Who is signed in and the API client that signs for them. Credentials live in sessionStorage so a reload
 * keeps the session and closing the tab ends it.
 */
export const useSessionStore = defineStore('session', () => {
  const config = shallowRef<ConsoleConfig | null>(null);
  const credentials = ref<SigningCredentials | undefined>(readCredentials());
  const deps = shallowRef<SessionDeps>({});
  const signedIn = computed(() => credentials.value !== undefined);

  function configure(value: ConsoleConfig, options: SessionDeps = {}) {
    config.value = value;
    deps.value = options;
  }

  function requireConfig(): ConsoleConfig {
    if (!config.value) throw new Error('The console settings are not loaded yet.');
    return config.value;
  }

  function setCredentials(creds: SigningCredentials) {
    credentials.value = creds;
    writeCredentials(creds);
  }

  const client = computed(() => {
    const cfg = config.value;
    if (!cfg) return undefined;
    return new ApiClient({
      baseUrl: cfg.apiBaseUrl,
      region: cfg.region,
      credentials: () => credentials.value,
      renew,
      ...(deps.value.fetch ? { fetch: deps.value.fetch } : {}),
    });
  });

  const api = computed(() => {
    const c = client.value;
    if (!c) throw new Error('The console settings are not loaded yet.');
    return endpoints(c);
  });

  async function loginWithToken(token: string) {
    const cfg = requireConfig();
    if (cfg.mode !== 'local') throw new Error('Login links are for local mode only.');
    setCredentials(await redeemLoginToken(cfg, token, deps.value.fetch));
  }

  /** AWS: sends the browser to the Cognito Hosted UI. */
  async function startHostedLogin() {
    const cfg = requireConfig();
    if (cfg.mode !== 'aws') return;
    const manager = await createUserManager(cfg);
    await manager.signinRedirect();
  }

  /** AWS: completes the code + PKCE exchange on /login?code=…, then gets identity-pool credentials. */
  async function completeHostedLogin() {
    const cfg = requireConfig();
    if (cfg.mode !== 'aws') return;
    const manager = await createUserManager(cfg);
    const user = await manager.signinRedirectCallback();
    if (!user.id_token) throw new Error('Cognito returned no ID token.');
    setCredentials(await identityPoolCredentials(cfg, user.id_token, deps.value.fetch));
  }

  /**
   * Fresh credentials without leaving the page (AWS: the refresh token, then the identity pool again). When
   * that is impossible, the form in progress is saved and the user is sent to sign in.
   */
  async function renew(): Promise<boolean> {
    const cfg = config.value;
    if (cfg?.mode === 'aws') {
      try {
        const manager = await createUserManager(cfg);
        const user = await manager.signinSilent();
        if (user?.id_token) {
          setCredentials(await identityPoolCredentials(cfg, user.id_token, deps.value.fetch));
          return true;
        }
      } catch {
        // Falls through to a full sign-in.
      }
    }
    sendToLogin();
    return false;
  }

  function sendToLogin() {
    persistDrafts();
    const path = deps.value.currentPath?.() ?? `${window.location.pathname}${window.location.search}`;
    if (!path.startsWith('/login')) sessionStorage.setItem(RETURN_TO_KEY, path);
    credentials.value = undefined;
    sessionStorage.removeItem('dlt.credentials');
    (deps.value.navigate ?? ((url: string) => window.location.assign(url)))('/login?expired=1');
  }

  function takeReturnPath(): string {
    const path = sessionStorage.getItem(RETURN_TO_KEY);
    sessionStorage.removeItem(RETURN_TO_KEY);
    return path?.startsWith('/') && !path.startsWith('//') ? path : '/';
  }

  function signOut() {
    const cfg = config.value;
    credentials.value = undefined;
    clearConsoleStorage();
    const navigate = deps.value.navigate ?? ((url: string) => window.location.assign(url));
    navigate(cfg?.mode === 'aws' ? hostedUiLogoutUrl(cfg) : '/login?signedOut=1');
  }

  return {
    config,
    credentials,
    signedIn,
    client,
    api,
    configure,
    setCredentials,
    loginWithToken,
    startHostedLogin,
    completeHostedLogin,
    renew,
    sendToLogin,
    takeReturnPath,
    signOut,
  };
});
