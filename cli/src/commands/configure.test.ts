import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveApiConfig } from '../api-client/config.js';
import { configFile } from '../profiles/config-file.js';
import { configureCommand, regionHint } from './configure.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlt-configure-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function configure(argv: string[], env: NodeJS.ProcessEnv, answers?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const prompter = answers && {
    ask: async (label: string) => {
      asked.push(label);
      return answers.shift() ?? '';
    },
    close: () => undefined,
  };
  const code = await configureCommand(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    ...(prompter ? { prompter } : {}),
  });
  return { code, out: out.join(''), err: err.join(''), asked };
}

describe('dlt configure', () => {
  it('writes a Cognito profile from flags alone, mode 0600, with the region taken from the pool id', async () => {
    const env = { DLT_CONFIG_DIR: join(dir, 'a') };
    const res = await configure(
      [
        '--profile',
        'prod',
        '--endpoint',
        'https://abc.execute-api.eu-west-1.amazonaws.com/prod',
        '--auth',
        'cognito',
        '--user-pool-id',
        'eu-central-1_Pool',
        '--client-id',
        'cid',
        '--identity-pool-id',
        'eu-central-1:guid',
      ],
      env,
    );
    expect(res.code, res.err).toBe(0);
    expect(res.out).toContain('next: dlt login --profile prod');
    const file = configFile(env);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      profiles: {
        prod: {
          endpoint: 'https://abc.execute-api.eu-west-1.amazonaws.com/prod',
          region: 'eu-central-1',
          auth: 'cognito',
          cognito: { userPoolId: 'eu-central-1_Pool', clientId: 'cid', identityPoolId: 'eu-central-1:guid' },
        },
      },
    });
  });

  it('without a terminal, a missing value is a usage error naming the flag', async () => {
    const res = await configure(['--auth', 'iam'], { DLT_CONFIG_DIR: join(dir, 'b') });
    expect(res.code).toBe(2);
    expect(res.err).toBe('dlt: API endpoint URL is required (no terminal to ask on: pass it as a flag)\n');
  });

  it('asks for what is missing on a terminal, and keeps existing values as defaults', async () => {
    const env = { DLT_CONFIG_DIR: join(dir, 'c') };
    const first = await configure([], env, [
      'https://x.execute-api.us-west-2.amazonaws.com/prod',
      'iam',
      'ci-role',
      '',
    ]);
    expect(first.code, first.err).toBe(0);
    expect(first.asked).toEqual([
      'API endpoint URL',
      'auth mode (iam or cognito)',
      'AWS profile to sign with (optional)',
      'region',
    ]);
    const again = await configure(['--region', 'us-east-2'], env, ['', '', '']);
    expect(again.code, again.err).toBe(0);
    const saved = JSON.parse(await readFile(configFile(env), 'utf8')) as {
      profiles: Record<string, unknown>;
    };
    expect(saved.profiles.default).toEqual({
      endpoint: 'https://x.execute-api.us-west-2.amazonaws.com/prod',
      region: 'us-east-2',
      auth: 'iam',
      awsProfile: 'ci-role',
    });
  });

  it('finds the region in an API Gateway URL', () => {
    expect(regionHint('https://a1.execute-api.ap-southeast-2.amazonaws.com/prod', undefined)).toBe(
      'ap-southeast-2',
    );
    expect(regionHint('https://dlt.example.com/api', undefined)).toBeUndefined();
  });
});

describe('resolveApiConfig with profiles', () => {
  it('uses the default profile when nothing else names a target, and --endpoint overrides its URL', async () => {
    const env = { DLT_CONFIG_DIR: join(dir, 'p') };
    await configure(
      [
        '--endpoint',
        'https://p.execute-api.eu-west-1.amazonaws.com/prod',
        '--auth',
        'iam',
        '--region',
        'eu-west-1',
      ],
      env,
    );
    const fromProfile = await resolveApiConfig({ env });
    expect(fromProfile).toMatchObject({
      endpoint: 'https://p.execute-api.eu-west-1.amazonaws.com/prod',
      region: 'eu-west-1',
      source: 'profile default',
    });
    expect(typeof fromProfile.credentials).toBe('function');
    const overridden = await resolveApiConfig({
      env,
      profile: 'default',
      endpoint: 'https://other.example/api',
    });
    expect(overridden).toMatchObject({ endpoint: 'https://other.example/api', source: 'profile default' });
    // An explicit --endpoint without --profile is not signed with the default profile's login.
    expect((await resolveApiConfig({ env, endpoint: 'https://other.example/api' })).source).toBe('flag');
  });

  it('names the profiles there are when an unknown one is asked for', async () => {
    const env = { DLT_CONFIG_DIR: join(dir, 'p') };
    await expect(resolveApiConfig({ env, profile: 'staging' })).rejects.toThrow(
      `no profile "staging" in ${configFile(env)} (profiles: default); run \`dlt configure --profile staging\``,
    );
  });
});
