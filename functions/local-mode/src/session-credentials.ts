import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived console credentials, the local twin of what Cognito's identity pool hands DLT's console on AWS
 * (STS session credentials): an access key id starting `ASIA`, a secret and a session token, valid for an hour.
 * They live in this process's memory only, so stopping local mode revokes them all; the console then needs a
 * new login link (`dlt local up` prints one; `dlt local login-link` asks a running stack for another).
 */

export const DEFAULT_SESSION_TTL_MS = 3600_000;
/** Expired sessions are remembered this long, so a late request hears "expired" rather than "invalid". */
const EXPIRED_MEMORY_MS = 24 * 3600_000;

export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** ISO 8601. */
  expiration: string;
}

export interface SessionKey {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export type SessionCheck = { ok: true } | { ok: false; reason: 'expired' | 'invalid' };

export interface SessionStore {
  issue(ttlMs?: number): SessionCredentials;
  /** The session of an `ASIA…` key, expired or not (until forgotten); undefined for any other key. */
  find(accessKeyId: string): SessionKey | undefined;
  /** Only an unexpired session: what a verifier that cannot say "expired" should see. */
  active(accessKeyId: string): SessionKey | undefined;
  /** Whether `token` is the session's token and the session has not expired. */
  check(session: SessionKey, token: string | undefined): SessionCheck;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** 'ASIA' marks temporary credentials in AWS; 'LOCAL' their origin. 20 characters, as AWS. */
function newSessionKeyId(): string {
  let id = 'ASIALOCAL';
  while (id.length < 20) id += ALPHANUMERIC.charAt(randomInt(ALPHANUMERIC.length));
  return id;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Equal-length digests, so the comparison takes the same time whatever the token presented. */
export function sameToken(expected: string, presented: string): boolean {
  return timingSafeEqual(digest(expected), digest(presented));
}

export function createSessionStore(now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, SessionKey>();
  const prune = (at: number) => {
    for (const [id, s] of sessions) if (s.expiresAt + EXPIRED_MEMORY_MS <= at) sessions.delete(id);
  };
  return {
    issue(ttlMs = DEFAULT_SESSION_TTL_MS) {
      if (!(ttlMs > 0 && Number.isFinite(ttlMs)))
        throw new RangeError(`ttlMs must be positive, got ${ttlMs}`);
      const at = now();
      prune(at);
      let accessKeyId = newSessionKeyId();
      while (sessions.has(accessKeyId)) accessKeyId = newSessionKeyId();
      const session: SessionKey = {
        accessKeyId,
        secretAccessKey: randomBytes(30).toString('base64url'),
        sessionToken: randomBytes(96).toString('base64url'),
        expiresAt: at + ttlMs,
      };
      sessions.set(accessKeyId, session);
      const { expiresAt, ...keys } = session;
      return { ...keys, expiration: new Date(expiresAt).toISOString() };
    },
    find: (accessKeyId) => sessions.get(accessKeyId),
    active(accessKeyId) {
      const session = sessions.get(accessKeyId);
      return session !== undefined && now() < session.expiresAt ? session : undefined;
    },
    check(session, token) {
      if (token === undefined || !sameToken(session.sessionToken, token))
        return { ok: false, reason: 'invalid' };
      return now() < session.expiresAt ? { ok: true } : { ok: false, reason: 'expired' };
    },
  };
}
