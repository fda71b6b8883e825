import { presignSigV4Url } from '@dlt/shared';
import { ensureLocalCredentials } from './credentials.js';
import { isPidAlive, LocalStackError, readLocalInfo } from './local-stack.js';
import { LOGIN_LINK_PATH } from './server.js';

/**
 * Asks the local stack running for `stateDir` for a fresh one-time console login link, signed with the
 * long-lived local key pair (only that pair may ask). For `dlt local login-link`: the console's session
 * credentials die with the stack and expire after an hour, and the link `dlt local up` printed works once.
 */
export async function requestLoginLink(stateDir: string): Promise<string> {
  const info = await readLocalInfo(stateDir);
  if (!info || !isPidAlive(info.pid)) {
    throw new LocalStackError(`local mode is not running for ${stateDir}; start it with: dlt local up`);
  }
  const { accessKeyId, secretAccessKey } = await ensureLocalCredentials(stateDir);
  const url = presignSigV4Url({
    url: `${info.url}${LOGIN_LINK_PATH}`,
    service: 'execute-api',
    region: 'us-east-1',
    credentials: { accessKeyId, secretAccessKey },
    expiresS: 60,
  });
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const body = (await res.json().catch(() => ({}))) as { loginUrl?: unknown; message?: unknown };
  if (!res.ok || typeof body.loginUrl !== 'string') {
    const why = typeof body.message === 'string' ? body.message : `HTTP ${res.status}`;
    throw new LocalStackError(`the local stack at ${info.url} refused a login link: ${why}`);
  }
  return body.loginUrl;
}
