import type { ConsoleConfig } from '@dlt/shared/browser';

export type {
  AwsConsoleConfig,
  ConsoleConfig,
  LocalConsoleConfig,
  LoginCredentials,
} from '@dlt/shared/browser';

/** Reads `/config.json` (written by `dlt local up` or the console Terraform module) and checks its shape. */
export async function loadConfig(
  fetchImpl: typeof fetch = fetch,
  url = '/config.json',
): Promise<ConsoleConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store' });
  } catch (error) {
    throw new Error(`The console settings (${url}) could not be loaded: ${(error as Error).message}`);
  }
  if (!response.ok)
    throw new Error(`The console settings (${url}) could not be loaded: HTTP ${response.status}.`);
  const config = (await response.json()) as Partial<ConsoleConfig> | null;
  return checkConfig(config);
}

export function checkConfig(config: Partial<ConsoleConfig> | null): ConsoleConfig {
  const missing = (fields: string[]) =>
    fields.filter(
      (f) =>
        typeof (config as Record<string, unknown> | null)?.[f] !== 'string' ||
        !(config as Record<string, string>)[f],
    );
  if (config?.mode === 'local') {
    const gaps = missing(['apiBaseUrl', 'region', 'loginPath']);
    if (gaps.length === 0) return config as ConsoleConfig;
    throw new Error(`/config.json (local mode) lacks: ${gaps.join(', ')}.`);
  }
  if (config?.mode === 'aws') {
    const gaps = missing([
      'apiBaseUrl',
      'region',
      'userPoolId',
      'userPoolClientId',
      'identityPoolId',
      'cognitoDomain',
      'iotEndpoint',
    ]);
    if (gaps.length === 0) return config as ConsoleConfig;
    throw new Error(`/config.json (AWS mode) lacks: ${gaps.join(', ')}.`);
  }
  throw new Error('/config.json must have "mode": "local" or "aws".');
}
