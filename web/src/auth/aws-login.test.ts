import { describe, expect, it } from 'vitest';
import type { AwsConsoleConfig } from '../config.js';
import { hostedUiLogoutUrl, identityPoolCredentials } from './aws-login.js';

/** AWS mode is tested at the HTTP boundary only: these requests are what Cognito Identity's JSON API expects. */
const CONFIG: AwsConsoleConfig = {
  mode: 'aws',
  apiBaseUrl: 'https://api.example.com/prod',
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_AbC123',
  userPoolClientId: 'client123',
  identityPoolId: 'eu-west-1:1111-2222',
  cognitoDomain: 'https://dlt.auth.eu-west-1.amazoncognito.com',
  iotEndpoint: 'abc-ats.iot.eu-west-1.amazonaws.com',
};

describe('identityPoolCredentials', () => {
  it('calls GetId then GetCredentialsForIdentity with the ID token as the user-pool login', async () => {
    const calls: Array<{ url: string; target: string | null; body: Record<string, unknown> }> = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      const target = headers.get('x-amz-target');
      calls.push({ url, target, body: JSON.parse(String(init.body)) });
      expect(headers.get('content-type')).toBe('application/x-amz-json-1.1');
      const body =
        target === 'AWSCognitoIdentityService.GetId'
          ? { IdentityId: 'eu-west-1:identity-1' }
          : {
              Credentials: {
                AccessKeyId: 'ASIAX',
                SecretKey: 'sk',
                SessionToken: 'st',
                Expiration: 1_800_000_000,
              },
            };
      return new Response(JSON.stringify(body), { status: 200 });
    }) as unknown as typeof fetch;

    const creds = await identityPoolCredentials(CONFIG, 'id.token.jwt', fetchImpl);
    const logins = { 'cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123': 'id.token.jwt' };
    expect(calls).toEqual([
      {
        url: 'https://cognito-identity.eu-west-1.amazonaws.com/',
        target: 'AWSCognitoIdentityService.GetId',
        body: { IdentityPoolId: 'eu-west-1:1111-2222', Logins: logins },
      },
      {
        url: 'https://cognito-identity.eu-west-1.amazonaws.com/',
        target: 'AWSCognitoIdentityService.GetCredentialsForIdentity',
        body: { IdentityId: 'eu-west-1:identity-1', Logins: logins },
      },
    ]);
    expect(creds).toEqual({
      identityId: 'eu-west-1:identity-1',
      accessKeyId: 'ASIAX',
      secretAccessKey: 'sk',
      sessionToken: 'st',
      expiration: new Date(1_800_000_000_000).toISOString(),
    });
  });

  it('turns a Cognito refusal into a readable error', async () => {
    const fetchImpl = (async () =>
      new Response(JSON.stringify({ __type: 'NotAuthorizedException', message: 'Invalid login token.' }), {
        status: 400,
      })) as unknown as typeof fetch;
    await expect(identityPoolCredentials(CONFIG, 'bad', fetchImpl)).rejects.toThrow(
      'Cognito Identity GetId failed: Invalid login token.',
    );
  });

  it('signs out through the Hosted UI logout with client_id and logout_uri', () => {
    expect(hostedUiLogoutUrl(CONFIG, 'https://console.example.com')).toBe(
      'https://dlt.auth.eu-west-1.amazoncognito.com/logout?client_id=client123&logout_uri=https%3A%2F%2Fconsole.example.com%2Flogin',
    );
  });
});
