import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromIni } from '@aws-sdk/credential-provider-ini';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLoginTokens, ensureLocalCredentials } from './credentials.js';

const posix = process.platform !== 'win32';
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dlt-credentials-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('ensureLocalCredentials', () => {
  it('creates a 0600 shared-credentials file in a new 0700 state dir', async () => {
    const dir = join(root, 'state', 'nested');
    const creds = await ensureLocalCredentials(dir);

    expect(creds).toMatchObject({
      profile: 'dlt-local',
      file: join(dir, 'credentials'),
      created: true,
      warnings: [],
    });
    expect(creds.accessKeyId).toMatch(/^AKIALOCAL[A-Z0-9]{11}$/);
    expect(creds.secretAccessKey).toMatch(/^[A-Za-z0-9_-]{40}$/);
    if (posix) {
      expect(await modeOf(creds.file)).toBe(0o600);
      expect(await modeOf(dir)).toBe(0o700);
    }
    expect(await readdir(dir)).toEqual(['credentials']);
  });

  it('writes a file the AWS SDK reads as the dlt-local profile', async () => {
    const creds = await ensureLocalCredentials(root);
    const text = await readFile(creds.file, 'utf8');
    expect(text).toMatch(/^\[dlt-local\]$/m);
    expect(text).toContain(`aws_access_key_id = ${creds.accessKeyId}\n`);

    const resolved = await fromIni({
      profile: 'dlt-local',
      filepath: creds.file,
      configFilepath: join(root, 'no-config'),
      ignoreCache: true,
    })();
    expect(resolved).toMatchObject({
      accessKeyId: creds.accessKeyId,
      secretAccessKey: creds.secretAccessKey,
    });
  });

  it('returns the same keys on later starts, and new keys elsewhere', async () => {
    const first = await ensureLocalCredentials(root);
    const again = await ensureLocalCredentials(root);
    expect(again).toEqual({ ...first, created: false });
    const elsewhere = await ensureLocalCredentials(join(root, 'other'));
    expect(elsewhere.accessKeyId).not.toBe(first.accessKeyId);
    expect(elsewhere.secretAccessKey).not.toBe(first.secretAccessKey);
  });

  it('agrees on one key pair when several starts race', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => ensureLocalCredentials(root)));
    expect(new Set(all.map((c) => c.accessKeyId)).size).toBe(1);
    expect(all.filter((c) => c.created)).toHaveLength(1);
    expect(await readdir(root)).toEqual(['credentials']);
  });

  it.skipIf(!posix)('fixes loose permissions and says so', async () => {
    const first = await ensureLocalCredentials(root);
    await chmod(first.file, 0o644);
    const again = await ensureLocalCredentials(root);
    expect(again.accessKeyId).toBe(first.accessKeyId);
    expect(again.warnings).toEqual([`${first.file} had permissions 0644; set them to 0600.`]);
    expect(await modeOf(first.file)).toBe(0o600);
  });

  it('reads a hand-edited file with comments and other profiles', async () => {
    const file = join(root, 'credentials');
    await writeFile(
      file,
      '; mine\r\n[default]\r\naws_access_key_id=AKIAOTHER00000000000\r\n\r\n[ dlt-local ]\r\n' +
        'aws_secret_access_key=abcdefghijklmnopqrstuvwxyz0123456789ABCD\r\n' +
        'aws_access_key_id = AKIALOCALHANDMADE01\r\n',
      { mode: 0o600 },
    );
    const creds = await ensureLocalCredentials(root);
    expect(creds).toMatchObject({ accessKeyId: 'AKIALOCALHANDMADE01', created: false });
  });

  it.each([
    [
      'no dlt-local profile',
      '[default]\naws_access_key_id = AKIAOTHER00000000000\n',
      /no \[dlt-local\] profile/,
    ],
    ['an empty file', '', /no \[dlt-local\] profile/],
    ['a missing secret', '[dlt-local]\naws_access_key_id = AKIALOCAL00000000000\n', /aws_secret_access_key/],
    [
      'a malformed key id',
      `[dlt-local]\naws_access_key_id = not a key\naws_secret_access_key = ${'s'.repeat(40)}\n`,
      /aws_access_key_id is missing or not/,
    ],
  ])('fails on %s, naming the file, without overwriting it', async (_, content, reason) => {
    const file = join(root, 'credentials');
    await writeFile(file, content, { mode: 0o600 });
    const failure = ensureLocalCredentials(root);
    await expect(failure).rejects.toThrow(reason);
    await expect(failure).rejects.toThrow(file);
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('fails when the credentials path is not a regular file', async () => {
    await ensureLocalCredentials(join(root, 'credentials'));
    await expect(ensureLocalCredentials(root)).rejects.toThrow(/not a regular file/);
  });
});

describe('createLoginTokens', () => {
  function clock(start = 1_000_000) {
    let t = start;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  }

  it('issues 32-byte base64url tokens that redeem once', () => {
    const tokens = createLoginTokens();
    const token = tokens.issue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens.redeem(token)).toBe(true);
    expect(tokens.redeem(token)).toBe(false);
  });

  it('refuses unknown tokens and keeps the real one usable', () => {
    const tokens = createLoginTokens();
    const token = tokens.issue();
    expect(tokens.redeem(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(tokens.redeem('')).toBe(false);
    expect(tokens.redeem(token)).toBe(true);
  });

  it('expires after the ttl (10 minutes by default)', () => {
    const c = clock();
    const tokens = createLoginTokens(c.now);
    const short = tokens.issue(1000);
    const standard = tokens.issue();
    const late = tokens.issue();
    c.advance(999);
    expect(tokens.redeem(short)).toBe(true);
    c.advance(10 * 60_000 - 999 - 1);
    expect(tokens.redeem(standard)).toBe(true);
    c.advance(1);
    expect(tokens.redeem(late)).toBe(false);
  });

  it('an expired token stays refused even before it is pruned', () => {
    const c = clock();
    const tokens = createLoginTokens(c.now);
    const token = tokens.issue(1000);
    c.advance(1000);
    expect(tokens.redeem(token)).toBe(false);
  });

  it('rejects a non-positive ttl', () => {
    const tokens = createLoginTokens();
    expect(() => tokens.issue(0)).toThrow(RangeError);
    expect(() => tokens.issue(Number.NaN)).toThrow(RangeError);
  });
});
