import { readFile } from 'node:fs/promises';

/** A failure of the client's own set-up (endpoint, credentials, network): the request never got an answer. */
export class ClientError extends Error {}

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * The sections of an AWS shared-credentials file. A tiny INI reader is enough: the format has no nesting,
 * and pulling in the SDK's whole credential-provider chain would also pull in its IMDS and SSO lookups.
 */
export function parseSharedCredentials(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
    if (header?.[1] !== undefined) {
      // The config file's "[profile name]" spelling is tolerated, as the SDKs do.
      const name = header[1].replace(/^profile\s+/, '');
      current = sections.get(name) ?? new Map<string, string>();
      sections.set(name, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current && eq > 0) current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return sections;
}

/** Reads one profile; every failure says which file and profile, and how to get them. */
export async function loadCredentials(file: string, profile: string, hint: string): Promise<Credentials> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ClientError(
      code === 'ENOENT'
        ? `no credentials file at ${file}; ${hint}`
        : `cannot read credentials file ${file}: ${(error as Error).message}`,
    );
  }
  const keys = parseSharedCredentials(text).get(profile);
  if (!keys) throw new ClientError(`no [${profile}] profile in ${file}; ${hint}`);
  const accessKeyId = keys.get('aws_access_key_id');
  const secretAccessKey = keys.get('aws_secret_access_key');
  if (!accessKeyId || !secretAccessKey) {
    throw new ClientError(`profile [${profile}] in ${file} lacks aws_access_key_id or aws_secret_access_key`);
  }
  const sessionToken = keys.get('aws_session_token');
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
