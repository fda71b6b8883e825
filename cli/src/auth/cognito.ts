/**
 * Cognito at the SDK boundary: USER_SRP_AUTH login, refresh-token renewal, and the identity pool exchange that
 * turns an id token into the temporary AWS credentials every API call is signed with (DLT's API is IAM-only).
 */
import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  type AuthenticationResultType,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { ClientError, type Credentials } from '../api-client/credentials.js';
import type { CognitoSettings } from '../profiles/config-file.js';
import { type PasswordVerifierChallenge, startSrp } from './srp.js';
import { loadTokens, type StoredAwsCredentials, type StoredTokens, saveTokens } from './token-store.js';

/** Renew this long before expiry, so a token never runs out between signing and the API checking it. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

function idpClient(region: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ region });
}

function tokensFrom(
  result: AuthenticationResultType | undefined,
  via: StoredTokens['via'],
  now: number,
  previousRefresh?: string,
): StoredTokens {
  if (!result?.IdToken || !result.AccessToken) {
    throw new ClientError('Cognito answered without tokens');
  }
  const refreshToken = result.RefreshToken ?? previousRefresh;
  return {
    idToken: result.IdToken,
    accessToken: result.AccessToken,
    ...(refreshToken ? { refreshToken } : {}),
    expiresAt: new Date(now + (result.ExpiresIn ?? 3600) * 1000).toISOString(),
    via,
  };
}

function cognitoMessage(error: unknown): string {
  const e = error as { name?: string; message?: string };
  return `${e.name ?? 'Error'}: ${e.message ?? String(error)}`;
}

async function refusedAsClientError<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new ClientError(`Cognito refused the login: ${cognitoMessage(error)}`);
  }
}

/** Logs in with username and password without sending the password (SRP-6a). */
export async function loginWithSrp(
  settings: CognitoSettings,
  region: string,
  username: string,
  password: string,
  now: () => Date = () => new Date(),
): Promise<StoredTokens> {
  const client = idpClient(region);
  try {
    const srp = startSrp(settings.userPoolId);
    const init = await refusedAsClientError(() =>
      client.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_SRP_AUTH',
          ClientId: settings.clientId,
          AuthParameters: { USERNAME: username, SRP_A: srp.srpA },
        }),
      ),
    );
    if (init.ChallengeName !== 'PASSWORD_VERIFIER' || !init.ChallengeParameters) {
      throw new ClientError(
        `Cognito asked for ${init.ChallengeName ?? 'nothing'} instead of PASSWORD_VERIFIER; ` +
          'this login is not supported by the CLI (is USER_SRP_AUTH enabled on the app client?)',
      );
    }
    const claim = srp.respond(
      init.ChallengeParameters as unknown as PasswordVerifierChallenge,
      password,
      now(),
    );
    const answer = await refusedAsClientError(() =>
      client.send(
        new RespondToAuthChallengeCommand({
          ChallengeName: 'PASSWORD_VERIFIER',
          ClientId: settings.clientId,
          Session: init.Session,
          ChallengeResponses: { ...claim },
        }),
      ),
    );
    if (answer.ChallengeName) {
      throw new ClientError(
        `Cognito wants ${answer.ChallengeName} before this user can log in (e.g. a new password or MFA); ` +
          'finish that in the web console first, then run `dlt login` again',
      );
    }
    return tokensFrom(answer.AuthenticationResult, 'srp', now().getTime());
  } finally {
    client.destroy();
  }
}

/** REFRESH_TOKEN_AUTH: new id and access tokens; Cognito keeps the refresh token unless rotation is on. */
export async function refreshTokens(
  settings: CognitoSettings,
  region: string,
  tokens: StoredTokens,
  now: () => Date,
): Promise<StoredTokens> {
  if (!tokens.refreshToken) throw new ClientError('the session has expired and cannot be renewed');
  const client = idpClient(region);
  try {
    const res = await client.send(
      new InitiateAuthCommand({
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: settings.clientId,
        AuthParameters: { REFRESH_TOKEN: tokens.refreshToken },
      }),
    );
    return tokensFrom(res.AuthenticationResult, tokens.via, now().getTime(), tokens.refreshToken);
  } catch (error) {
    if (error instanceof ClientError) throw error;
    throw new ClientError(`the session could not be renewed (${cognitoMessage(error)})`);
  } finally {
    client.destroy();
  }
}

/** The identity pool's credentials for an authenticated user of the pool. */
export async function identityPoolCredentials(
  settings: CognitoSettings,
  region: string,
  idToken: string,
  identityId?: string,
): Promise<{ identityId: string; aws: NonNullable<StoredTokens['aws']> }> {
  const client = new CognitoIdentityClient({ region });
  const logins = { [`cognito-idp.${region}.amazonaws.com/${settings.userPoolId}`]: idToken };
  try {
    const id =
      identityId ??
      (await client.send(new GetIdCommand({ IdentityPoolId: settings.identityPoolId, Logins: logins })))
        .IdentityId;
    if (!id) throw new ClientError('the identity pool returned no identity id');
    const res = await client.send(new GetCredentialsForIdentityCommand({ IdentityId: id, Logins: logins }));
    const c = res.Credentials;
    if (!c?.AccessKeyId || !c.SecretKey || !c.SessionToken) {
      throw new ClientError('the identity pool returned no credentials');
    }
    return {
      identityId: id,
      aws: {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretKey,
        sessionToken: c.SessionToken,
        expiration: (c.Expiration ?? new Date(Date.now() + 3600_000)).toISOString(),
      },
    };
  } catch (error) {
    if (error instanceof ClientError) throw error;
    throw new ClientError(`the identity pool refused the token (${cognitoMessage(error)})`);
  } finally {
    client.destroy();
  }
}

const fresh = (iso: string | undefined, now: Date) =>
  iso !== undefined && Date.parse(iso) - now.getTime() > EXPIRY_MARGIN_MS;

/**
 * A credential provider for SigV4 over a stored Cognito login: cached AWS credentials while they last, else
 * the id token (renewed with the refresh token when needed) exchanged at the identity pool. Every renewal is
 * written back, so the next command starts from it.
 */
export function cognitoCredentialProvider(opts: {
  env: NodeJS.ProcessEnv;
  profileName: string;
  region: string;
  settings: CognitoSettings;
  now?: () => Date;
}): () => Promise<Credentials> {
  const now = opts.now ?? (() => new Date());
  const relogin = `run \`dlt login${opts.profileName === 'default' ? '' : ` --profile ${opts.profileName}`}\``;
  // The signer asks before every request; the file is read once per process while its credentials last.
  let memo: StoredAwsCredentials | undefined;
  return async () => {
    if (memo && fresh(memo.expiration, now())) return memo;
    let tokens = await loadTokens(opts.env, opts.profileName);
    if (!tokens) throw new ClientError(`not logged in to profile ${opts.profileName}; ${relogin}`);
    if (tokens.aws && fresh(tokens.aws.expiration, now())) {
      memo = tokens.aws;
      return memo;
    }
    if (!fresh(tokens.expiresAt, now())) {
      try {
        tokens = await refreshTokens(opts.settings, opts.region, tokens, now);
      } catch (error) {
        throw new ClientError(`${(error as Error).message}; ${relogin}`);
      }
    }
    const exchanged = await identityPoolCredentials(
      opts.settings,
      opts.region,
      tokens.idToken,
      tokens.identityId,
    );
    tokens = { ...tokens, identityId: exchanged.identityId, aws: exchanged.aws };
    await saveTokens(opts.env, opts.profileName, tokens);
    memo = exchanged.aws;
    return memo;
  };
}
