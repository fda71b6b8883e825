import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveApiConfig } from './config.js';
import { ClientError, loadCredentials, parseSharedCredentials } from './credentials.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlt-cli-creds-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FILE = `# comment
[default]
aws_access_key_id = AKIADEFAULT
aws_secret_access_key=secret/with=equals

; another comment
[ dlt-local ]
AWS_ACCESS_KEY_ID = AKIALOCAL
aws_secret_access_key = s3cret
aws_session_token = tok
[profile named]
aws_access_key_id = A
`;

describe('parseSharedCredentials', () => {
  it('reads sections and keys, case-insensitive keys, values keeping their "="', () => {
    const sections = parseSharedCredentials(FILE.replaceAll('\n', '\r\n'));
    expect([...sections.keys()]).toEqual(['default', 'dlt-local', 'named']);
    expect(sections.get('default')?.get('aws_secret_access_key')).toBe('secret/with=equals');
    expect(sections.get('dlt-local')?.get('aws_access_key_id')).toBe('AKIALOCAL');
  });
});

describe('loadCredentials', () => {
  it('returns the profile, with its session token', async () => {
    const file = join(dir, 'credentials');
    await writeFile(file, FILE);
    await expect(loadCredentials(file, 'dlt-local', 'hint')).resolves.toEqual({
      accessKeyId: 'AKIALOCAL',
      secretAccessKey: 's3cret',
      sessionToken: 'tok',
    });
    await expect(loadCredentials(file, 'default', 'hint')).resolves.toEqual({
      accessKeyId: 'AKIADEFAULT',
      secretAccessKey: 'secret/with=equals',
    });
  });

  it('names the file, the profile and the fix', async () => {
    const file = join(dir, 'credentials');
    await writeFile(file, FILE);
    await expect(loadCredentials(join(dir, 'nope'), 'x', 'run it')).rejects.toThrow(
      new ClientError(`no credentials file at ${join(dir, 'nope')}; run it`),
    );
    await expect(loadCredentials(file, 'other', 'run it')).rejects.toThrow(
      `no [other] profile in ${file}; run it`,
    );
    await expect(loadCredentials(file, 'named', 'run it')).rejects.toThrow(
      `profile [named] in ${file} lacks aws_access_key_id or aws_secret_access_key`,
    );
  });
});

describe('resolveApiConfig', () => {
  it('prefers --endpoint over DLT_ENDPOINT, and --region over AWS_REGION', async () => {
    const stateDir = join(dir, 'state');
    await rm(stateDir, { recursive: true, force: true });
    await mkdir(stateDir);
    await writeFile(join(stateDir, 'credentials'), FILE);
    const env = { DLT_ENDPOINT: 'http://127.0.0.1:2/api/', AWS_REGION: 'eu-west-1' };
    const fromEnv = await resolveApiConfig({ stateDir, env });
    expect(fromEnv).toMatchObject({ endpoint: 'http://127.0.0.1:2/api', region: 'eu-west-1' });
    expect((fromEnv.credentials as { accessKeyId: string }).accessKeyId).toBe('AKIALOCAL');
    const fromFlags = await resolveApiConfig({
      stateDir,
      env,
      endpoint: 'http://127.0.0.1:3/api',
      region: 'ap-south-1',
    });
    expect(fromFlags).toMatchObject({ endpoint: 'http://127.0.0.1:3/api', region: 'ap-south-1' });
    expect(
      (await resolveApiConfig({ stateDir, env: { DLT_ENDPOINT: 'http://127.0.0.1:2/api' } })).region,
    ).toBe('us-east-1');
    await expect(resolveApiConfig({ stateDir, env: { DLT_ENDPOINT: 'not a url' } })).rejects.toThrow(
      'DLT_ENDPOINT is not a URL',
    );
  });

  it('reports a local.json whose process is gone', async () => {
    const stateDir = join(dir, 'stale');
    await mkdir(stateDir, { recursive: true });
    // A pid far above any pid_max is never alive.
    const info = { pid: 2 ** 30, port: 1, host: '127.0.0.1', url: 'http://127.0.0.1:1', startedAt: '' };
    await writeFile(join(stateDir, 'local.json'), JSON.stringify(info));
    await expect(resolveApiConfig({ stateDir, env: {} })).rejects.toThrow(
      `local mode is not running (pid ${2 ** 30} in ${join(stateDir, 'local.json')} has exited)`,
    );
  });
});
