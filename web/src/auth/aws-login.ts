import type { SigningCredentials } from '../api/client.js';
import type { AwsConsoleConfig } from '../config.js';

/**
 * AWS mode (UNTESTED against real Cognito; tested only at the HTTP boundary with a fake fetch): the Cognito
 * Hosted UI signs the user in (authorization code + PKCE, oidc-client-ts), and the ID token is exchanged for
 * identity-pool credentials with the Cognito Identity JSON API, which is what DLT's console does via Amplify.
 */
export function userPoolIssuer(config: AwsConsoleConfig): string {
  return `https://cognito-idp.${config.region}.amazonaws.com/${config.userPoolId}`;
}

export function identityProviderName(config: AwsConsoleConfig): string {
  return `cognito-idp.${config.region}.amazonaws.com/${config.userPoolId}`;
}

/** oidc-client-ts stays out of the first load: only the AWS sign-in path needs it. */
export async function createUserManager(config: AwsConsoleConfig, origin = window.location.origin) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: userPoolIssuer(config),
    client_id: config.userPoolClientId,
    redirect_uri: `${origin}/login`,
    post_logout_redirect_uri: `${origin}/login`,
    response_type: 'code',
    scope: 'openid email profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    metadataSeed: {
      authorization_endpoint: `${config.cognitoDomain}/oauth2/authorize`,
      token_endpoint: `${config.cognitoDomain}/oauth2/token`,
      end_session_endpoint: `${config.cognitoDomain}/logout`,
    },
  });
}

/** Cognito's logout needs client_id and logout_uri, not the OIDC end-session parameters. */
export function hostedUiLogoutUrl(config: AwsConsoleConfig, origin = window.location.origin): string {
  const q = new URLSearchParams({ client_id: config.userPoolClientId, logout_uri: `${origin}/login` });
  return `${config.cognitoDomain}/logout?${q}`;
}

async function identityCall<T>(
  config: AwsConsoleConfig,
  target: 'GetId' | 'GetCredentialsForIdentity',
  body: unknown,
  fetchImpl: typeof fetch,
): Promise<T> {
  const response = await fetchImpl(`https://cognito-identity.${config.region}.amazonaws.com/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityService.${target}`,
    },
    body: JSON.stringify(body),
  });
  const data = (await response.json().catch(() => ({}))) as T & { message?: string; __type?: string };
  if (!response.ok) {
    throw new Error(
      `Cognito Identity ${target} failed: ${data.message ?? data.__type ?? `HTTP ${response.status}`}`,
    );
  }
  return data;
}

export async function identityPoolCredentials(
  config: AwsConsoleConfig,
  idToken: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SigningCredentials & { identityId: string }> {
  const logins = { [identityProviderName(config)]: idToken };
  const { IdentityId } = await identityCall<{ IdentityId: string }>(
    config,
    'GetId',
    { IdentityPoolId: config.identityPoolId, Logins: logins },
    fetchImpl,
  );
  const { Credentials } = await identityCall<{
    Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string; Expiration: number };
  }>(config, 'GetCredentialsForIdentity', { IdentityId, Logins: logins }, fetchImpl);
  return {
    identityId: IdentityId,
    accessKeyId: Credentials.AccessKeyId,
    secretAccessKey: Credentials.SecretKey,
    sessionToken: Credentials.SessionToken,
    // The JSON API gives epoch seconds.
    expiration: new Date(Credentials.Expiration * 1000).toISOString(),
  };
}
