import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';

export class UsageError extends Error {}

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** `${NAME}` and `${NAME:-default}` in string values come from the environment, as in shell and compose files. */
export function expandEnv(value: unknown, env: NodeJS.ProcessEnv, path = ''): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_, name: string, fallback: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== '') return v;
      if (fallback !== undefined) return fallback;
      throw new UsageError(
        `${path || 'value'} uses \${${name}}, but ${name} is not set (write \${${name}:-default} for a default)`,
      );
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, env, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, expandEnv(v, env, path === '' ? k : `${path}.${k}`)]),
    );
  }
  return value;
}

/** Reads a scenario file: JSON, or YAML for .yaml/.yml. Errors name the file and say what is wrong. */
export async function readScenarioFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(err as Error).message}`);
  }
  // .json is JSON; anything else is read as YAML, which also accepts JSON.
  const isJson = extname(file).toLowerCase() === '.json';
  let body: unknown;
  try {
    body = isJson ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new UsageError(`${file} is not valid ${isJson ? 'JSON' : 'YAML'}: ${(err as Error).message}`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new UsageError(
      `${file} must hold an object (the scenario), not ${Array.isArray(body) ? 'an array' : typeof body}`,
    );
  }
  return expandEnv(body, env);
}
