import { createHash, randomBytes, randomInt } from 'node:crypto';
import { chmod, link, lstat, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCAL_PROFILE = 'dlt-local';

export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  profile: typeof LOCAL_PROFILE;
  /** The shared-credentials file: point AWS_SHARED_CREDENTIALS_FILE at it and use AWS_PROFILE=dlt-local. */
  file: string;
  /** True when this call generated the key pair. */
  created: boolean;
  /** Things fixed on the way, for the host to print. */
  warnings: string[];
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
// Loose enough for a hand-edited file, strict enough that a typo'd or truncated line is caught.
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const SECRET_ACCESS_KEY = /^[A-Za-z0-9+/=_-]{16,128}$/;
// POSIX mode bits mean nothing on Windows, where the file inherits the profile directory's ACL.
const CHECK_MODES = process.platform !== 'win32';

/** 'AKIA' marks a long-term key in AWS; 'LOCAL' makes the origin obvious in logs. 20 characters, as AWS. */
function newAccessKeyId(): string {
  let id = 'AKIALOCAL';
  while (id.length < 20) id += ALPHANUMERIC.charAt(randomInt(ALPHANUMERIC.length));
  return id;
}

/** 30 random bytes are exactly 40 base64url characters, the length of an AWS secret key. */
function newSecretAccessKey(): string {
  return randomBytes(30).toString('base64url');
}

function render(accessKeyId: string, secretAccessKey: string, file: string): string {
  return [
    '# Created by dlt local mode. Use with:',
    `#   AWS_SHARED_CREDENTIALS_FILE=${file} AWS_PROFILE=${LOCAL_PROFILE}`,
    `[${LOCAL_PROFILE}]`,
    `aws_access_key_id = ${accessKeyId}`,
    `aws_secret_access_key = ${secretAccessKey}`,
    '',
  ].join('\n');
}

/** The keys of one `[profile]` section; comments, blank lines and other sections are skipped. */
function readProfile(text: string, profile: string): Map<string, string> | undefined {
  let section: string | undefined;
  let found: Map<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header) {
      section = header[1];
      if (section === profile) found ??= new Map();
      continue;
    }
    const eq = line.indexOf('=');
    if (section === profile && found && eq > 0)
      found.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return found;
}

function malformed(file: string, why: string): Error {
  return new Error(
    `${file}: ${why}. Fix the [${LOCAL_PROFILE}] profile (aws_access_key_id, aws_secret_access_key) or ` +
      'delete the file to generate new local credentials.',
  );
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

/**
 * Creates the local key pair on first start and reads it back on every later one. The file is created
 * complete or not at all (written aside, then hard-linked into place, which fails if it exists), so two hosts
 * starting at once agree on one key pair and none ever reads half a file.
 */
export async function ensureLocalCredentials(stateDir: string): Promise<LocalCredentials> {
  const warnings: string[] = [];
  const madeDir = await mkdir(stateDir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask; set it outright on the one directory that holds the secret.
  if (madeDir !== undefined && CHECK_MODES) await chmod(stateDir, 0o700);
  const file = join(stateDir, 'credentials');

  let created = false;
  if (!(await exists(file))) {
    const accessKeyId = newAccessKeyId();
    const secretAccessKey = newSecretAccessKey();
    const temp = join(stateDir, `.credentials.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    await writeFile(temp, render(accessKeyId, secretAccessKey, file), { mode: 0o600, flag: 'wx' });
    try {
      if (CHECK_MODES) await chmod(temp, 0o600);
      await link(temp, file);
      created = true;
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    } finally {
      await unlink(temp);
    }
  }

  const stats = await lstat(file);
  if (!stats.isFile()) throw malformed(file, 'not a regular file');
  const mode = stats.mode & 0o777;
  if (CHECK_MODES && mode !== 0o600) {
    await chmod(file, 0o600);
    warnings.push(`${file} had permissions ${mode.toString(8).padStart(4, '0')}; set them to 0600.`);
  }

  const keys = readProfile(await readFile(file, 'utf8'), LOCAL_PROFILE);
  if (!keys) throw malformed(file, `no [${LOCAL_PROFILE}] profile`);
  const accessKeyId = keys.get('aws_access_key_id');
  const secretAccessKey = keys.get('aws_secret_access_key');
  if (accessKeyId === undefined || !ACCESS_KEY_ID.test(accessKeyId)) {
    throw malformed(file, 'aws_access_key_id is missing or not an access key id');
  }
  if (secretAccessKey === undefined || !SECRET_ACCESS_KEY.test(secretAccessKey)) {
    throw malformed(file, 'aws_secret_access_key is missing or malformed');
  }
  return { accessKeyId, secretAccessKey, profile: LOCAL_PROFILE, file, created, warnings };
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}

export interface LoginTokens {
  /** A single-use token valid for ttlMs; 32 random bytes, base64url. */
  issue(ttlMs?: number): string;
  /** True once per issued, unexpired token. */
  redeem(token: string): boolean;
}

const DEFAULT_LOGIN_TTL_MS = 10 * 60_000;

function digest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/**
 * One-time login links for the console. Only hashes are kept, so a heap dump or debug print of the store
 * yields nothing usable; lookup is by hash, so there is no secret-dependent comparison to time.
 */
export function createLoginTokens(now: () => number = Date.now): LoginTokens {
  const expiries = new Map<string, number>();
  const prune = (at: number) => {
    for (const [hash, expiry] of expiries) if (expiry <= at) expiries.delete(hash);
  };
  return {
    issue(ttlMs = DEFAULT_LOGIN_TTL_MS) {
      if (!(ttlMs > 0 && Number.isFinite(ttlMs)))
        throw new RangeError(`ttlMs must be positive, got ${ttlMs}`);
      const at = now();
      prune(at);
      const token = randomBytes(32).toString('base64url');
      expiries.set(digest(token), at + ttlMs);
      return token;
    },
    redeem(token) {
      if (typeof token !== 'string') return false;
      const hash = digest(token);
      const expiry = expiries.get(hash);
      if (expiry === undefined) return false;
      expiries.delete(hash);
      return now() < expiry;
    },
  };
}
