// Cognito at the SDK boundary: a fake server side of SRP-6a, written here independently of srp.ts (its own
// padding, hashing and Node's standard HKDF), checks the client's password proof as Cognito would.
import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityClient,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  NotAuthorizedException,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from '../api-client/credentials.js';
import { loginCommand, logoutCommand } from '../commands/login.js';
import { saveProfile } from '../profiles/config-file.js';
import { cognitoCredentialProvider, loginWithSrp } from './cognito.js';
import { cognitoTimestamp } from './srp.js';
import { loadTokens, saveTokens, tokenFile } from './token-store.js';

// --- the server side, from the SRP-6a description -------------------------------------------------------------
const PRIME =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';
const n = BigInt(`0x${PRIME}`);
const g = 2n;

/** Big-endian two's-complement bytes of a positive integer (a 0x00 in front when the top bit is set). */
function bytesOf(x: bigint): Buffer {
  let hex = x.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const buf = Buffer.from(hex, 'hex');
  return buf[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), buf]) : buf;
}
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const int = (buf: Buffer) => BigInt(`0x${buf.toString('hex')}`);
function power(base: bigint, exp: bigint): bigint {
  let r = 1n;
  let b = base % n;
  for (let e = exp; e > 0n; e /= 2n) {
    if (e % 2n === 1n) r = (r * b) % n;
    b = (b * b) % n;
  }
  return r;
}

const POOL_ID = 'eu-west-1_TestPool9';
const POOL_NAME = 'TestPool9';
const USER_ID = 'a1b2c3d4-user-id';
const PASSWORD = 'correct horse battery staple';
const CLIENT_ID = 'client123';

/** One login attempt as Cognito sees it: it knows the verifier, never the password. */
function fakeCognito(password: string) {
  const salt = randomBytes(16);
  const saltInt = int(salt);
  const x = int(
    sha(
      bytesOf(saltInt),
      Buffer.from(createHash('sha256').update(`${POOL_NAME}${USER_ID}:${password}`).digest('hex'), 'hex'),
    ),
  );
  const v = power(g, x);
  const k = int(sha(bytesOf(n), bytesOf(g)));
  const b = int(randomBytes(64));
  const B = (k * v + power(g, b)) % n;
  const secretBlock = randomBytes(48).toString('base64');
  let A = 0n;
  return {
    challenge(srpA: string) {
      A = BigInt(`0x${srpA}`);
      return {
        SALT: salt.toString('hex'),
        SRP_B: B.toString(16),
        SECRET_BLOCK: secretBlock,
        USER_ID_FOR_SRP: USER_ID,
        USERNAME: USER_ID,
      };
    },
    verify(responses: Record<string, string>): boolean {
      if (A % n === 0n) return false;
      const u = int(sha(bytesOf(A), bytesOf(B)));
      const S = power(A * power(v, u), b);
      const key = Buffer.from(
        hkdfSync('sha256', bytesOf(S), bytesOf(u), Buffer.from('Caldera Derived Key'), 16),
      );
      const expected = createHmac('sha256', key)
        .update(
          Buffer.concat([
            Buffer.from(POOL_NAME),
            Buffer.from(USER_ID),
            Buffer.from(secretBlock, 'base64'),
            Buffer.from(responses.TIMESTAMP ?? ''),
          ]),
        )
        .digest('base64');
      return (
        responses.USERNAME === USER_ID &&
        responses.PASSWORD_CLAIM_SECRET_BLOCK === secretBlock &&
        responses.PASSWORD_CLAIM_SIGNATURE === expected
      );
    },
  };
}

const idp = mockClient(CognitoIdentityProviderClient);
const identity = mockClient(CognitoIdentityClient);
const settings = { userPoolId: POOL_ID, clientId: CLIENT_ID, identityPoolId: 'eu-west-1:pool-guid' };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlt-cognito-'));
});
afterAll(async () => {
  idp.restore();
  identity.restore();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  idp.reset();
  identity.reset();
});

/** Wires the fake server, whose stored password is `serverPassword`, into the mocked SDK client. */
function serveSrp(serverPassword: string) {
  const server = fakeCognito(serverPassword);
  const seen: { timestamp?: string } = {};
  idp.on(InitiateAuthCommand).callsFake((input) => {
    expect(input).toMatchObject({ AuthFlow: 'USER_SRP_AUTH', ClientId: CLIENT_ID });
    expect(input.AuthParameters.USERNAME).toBe('alice');
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      Session: 'sess-1',
      ChallengeParameters: server.challenge(input.AuthParameters.SRP_A),
    };
  });
  idp.on(RespondToAuthChallengeCommand).callsFake((input) => {
    expect(input).toMatchObject({
      ChallengeName: 'PASSWORD_VERIFIER',
      ClientId: CLIENT_ID,
      Session: 'sess-1',
    });
    seen.timestamp = input.ChallengeResponses.TIMESTAMP;
    if (!server.verify(input.ChallengeResponses)) {
      throw new NotAuthorizedException({ message: 'Incorrect username or password.', $metadata: {} });
    }
    return {
      AuthenticationResult: {
        IdToken: 'id-1',
        AccessToken: 'access-1',
        RefreshToken: 'refresh-1',
        ExpiresIn: 3600,
      },
    };
  });
  return seen;
}

describe('SRP login', () => {
  it('proves the password to a server that only holds its verifier', async () => {
    const when = new Date(Date.UTC(2025, 2, 4, 9, 5, 7));
    const seen = serveSrp(PASSWORD);
    const tokens = await loginWithSrp(settings, 'eu-west-1', 'alice', PASSWORD, () => when);
    expect(tokens).toMatchObject({
      idToken: 'id-1',
      accessToken: 'access-1',
      refreshToken: 'refresh-1',
      via: 'srp',
    });
    expect(seen.timestamp).toBe('Tue Mar 4 09:05:07 UTC 2025');
    expect(idp.commandCalls(RespondToAuthChallengeCommand)).toHaveLength(1);
  });

  it('is refused with a wrong password, and says so in one sentence', async () => {
    serveSrp(PASSWORD);
    const error = await loginWithSrp(settings, 'eu-west-1', 'alice', 'wrong password').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ClientError);
    expect((error as Error).message).toBe(
      'Cognito refused the login: NotAuthorizedException: Incorrect username or password.',
    );
  });

  it('many logins in a row all verify (random a and b, odd-length and top-bit values)', async () => {
    for (let i = 0; i < 8; i++) {
      serveSrp(PASSWORD);
      await expect(loginWithSrp(settings, 'eu-west-1', 'alice', PASSWORD)).resolves.toMatchObject({
        idToken: 'id-1',
      });
      idp.reset();
    }
  });

  it('refuses a challenge other than PASSWORD_VERIFIER', async () => {
    idp.on(InitiateAuthCommand).resolves({ ChallengeName: 'CUSTOM_CHALLENGE', ChallengeParameters: {} });
    await expect(loginWithSrp(settings, 'eu-west-1', 'alice', PASSWORD)).rejects.toThrow(
      /asked for CUSTOM_CHALLENGE instead of PASSWORD_VERIFIER/,
    );
  });

  it('formats timestamps as Cognito wants them', () => {
    expect(cognitoTimestamp(new Date(Date.UTC(2024, 11, 25, 23, 59, 1)))).toBe(
      'Wed Dec 25 23:59:01 UTC 2024',
    );
  });
});

describe('cognitoCredentialProvider', () => {
  const env = () => ({ DLT_CONFIG_DIR: dir });
  const logins = { [`cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`]: expect.any(String) };

  it('renews an expired id token with the refresh token, exchanges it, and stores both (mode 0600)', async () => {
    const now = new Date('2025-06-01T12:00:00Z');
    await saveTokens(env(), 'ci', {
      idToken: 'old-id',
      accessToken: 'old-access',
      refreshToken: 'refresh-1',
      expiresAt: '2025-06-01T11:00:00Z',
      via: 'srp',
    });
    idp.on(InitiateAuthCommand, { AuthFlow: 'REFRESH_TOKEN_AUTH' }).resolves({
      AuthenticationResult: { IdToken: 'new-id', AccessToken: 'new-access', ExpiresIn: 3600 },
    });
    identity.on(GetIdCommand).resolves({ IdentityId: 'eu-west-1:identity-1' });
    identity.on(GetCredentialsForIdentityCommand).resolves({
      IdentityId: 'eu-west-1:identity-1',
      Credentials: {
        AccessKeyId: 'ASIAEXAMPLE',
        SecretKey: 'secret',
        SessionToken: 'session',
        Expiration: new Date('2025-06-01T13:00:00Z'),
      },
    });
    const provider = cognitoCredentialProvider({
      env: env(),
      profileName: 'ci',
      region: 'eu-west-1',
      settings,
      now: () => now,
    });
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'ASIAEXAMPLE', sessionToken: 'session' });
    expect(idp.commandCalls(InitiateAuthCommand)[0]!.args[0].input.AuthParameters).toEqual({
      REFRESH_TOKEN: 'refresh-1',
    });
    expect(identity.commandCalls(GetIdCommand)[0]!.args[0].input).toEqual({
      IdentityPoolId: settings.identityPoolId,
      Logins: logins,
    });
    expect(identity.commandCalls(GetCredentialsForIdentityCommand)[0]!.args[0].input.Logins).toEqual({
      [`cognito-idp.eu-west-1.amazonaws.com/${POOL_ID}`]: 'new-id',
    });
    const stored = await loadTokens(env(), 'ci');
    expect(stored).toMatchObject({
      idToken: 'new-id',
      refreshToken: 'refresh-1',
      identityId: 'eu-west-1:identity-1',
    });
    expect((await stat(tokenFile(env()))).mode & 0o777).toBe(0o600);

    // Cached credentials are used while they last: no further Cognito call.
    idp.reset();
    identity.reset();
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'ASIAEXAMPLE' });
    expect(identity.commandCalls(GetCredentialsForIdentityCommand)).toHaveLength(0);
  });

  it('asks for a login when there are no tokens or the refresh fails', async () => {
    const provider = (name: string) =>
      cognitoCredentialProvider({ env: env(), profileName: name, region: 'eu-west-1', settings });
    await expect(provider('nobody')()).rejects.toThrow(
      'not logged in to profile nobody; run `dlt login --profile nobody`',
    );
    await saveTokens(env(), 'stale', {
      idToken: 'x',
      accessToken: 'y',
      refreshToken: 'revoked',
      expiresAt: '2000-01-01T00:00:00Z',
      via: 'browser',
    });
    idp
      .on(InitiateAuthCommand)
      .rejects(new NotAuthorizedException({ message: 'Refresh Token has expired', $metadata: {} }));
    await expect(provider('stale')()).rejects.toThrow(
      'the session could not be renewed (NotAuthorizedException: Refresh Token has expired); run `dlt login --profile stale`',
    );
  });
});

describe('dlt login --username / dlt logout', () => {
  it('logs in with SRP, exchanges at the identity pool at once, and stores the session; logout forgets it', async () => {
    const env = { DLT_CONFIG_DIR: join(dir, 'login') };
    await saveProfile(env, 'ci', {
      endpoint: 'https://a.execute-api.eu-west-1.amazonaws.com/prod',
      region: 'eu-west-1',
      auth: 'cognito',
      cognito: settings,
    });
    serveSrp(PASSWORD);
    identity.on(GetIdCommand).resolves({ IdentityId: 'eu-west-1:id-9' });
    identity.on(GetCredentialsForIdentityCommand).resolves({
      Credentials: {
        AccessKeyId: 'ASIALOGIN',
        SecretKey: 's',
        SessionToken: 't',
        Expiration: new Date(Date.now() + 3600_000),
      },
    });
    const out: string[] = [];
    const err: string[] = [];
    const io = { env, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    const code = await loginCommand(['--profile', 'ci', '--username', 'alice'], {
      ...io,
      readPassword: async () => PASSWORD,
    });
    expect(code, err.join('')).toBe(0);
    expect(out.join('')).toBe(`logged in to profile ci; tokens in ${tokenFile(env)}\n`);
    expect(await loadTokens(env, 'ci')).toMatchObject({
      idToken: 'id-1',
      identityId: 'eu-west-1:id-9',
      aws: { accessKeyId: 'ASIALOGIN' },
    });

    serveSrp(PASSWORD);
    const wrong = await loginCommand(['--profile', 'ci', '--username', 'alice'], {
      ...io,
      readPassword: async () => 'nope',
    });
    expect(wrong).toBe(2);
    expect(err.join('')).toContain('dlt: Cognito refused the login: NotAuthorizedException');

    expect(await logoutCommand(['--profile', 'ci'], io)).toBe(0);
    expect(await loadTokens(env, 'ci')).toBeUndefined();
  });
});
