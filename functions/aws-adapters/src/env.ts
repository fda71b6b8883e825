/**
 * The environment variables the orchestration Lambdas read. The Terraform stacks set them; the README has the
 * table of which Lambda needs which.
 */
export const RUNTIME_ENV = {
  scenariosTable: 'SCENARIOS_TABLE',
  historyTable: 'HISTORY_TABLE',
  bucket: 'SCENARIOS_BUCKET',
  /** Set by Lambda itself: the hub region, where the tables and the bucket are. */
  region: 'AWS_REGION',
  stateMachineArn: 'STATE_MACHINE_ARN',
  testCleanupFunction: 'TEST_CLEANUP_FUNCTION',
  resultsParserFunction: 'RESULTS_PARSER_FUNCTION',
  iotEndpoint: 'IOT_ENDPOINT',
  /** The region the IoT endpoint belongs to (core's), when the Lambda runs elsewhere (the regional publisher). */
  iotRegion: 'IOT_REGION',
  readinessTimeoutSeconds: 'READINESS_TIMEOUT_SECONDS',
  completionGraceSeconds: 'COMPLETION_GRACE_SECONDS',
  healthyThreshold: 'HEALTHY_THRESHOLD',
} as const;

export type Environment = Readonly<Record<string, string | undefined>>;

export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

/** The values of `names`; throws one error naming every variable that is unset or empty. */
export function requireEnv<const N extends string>(
  env: Environment,
  names: readonly N[],
  purpose: string,
): Record<N, string> {
  const missing = names.filter((name) => !env[name]);
  if (missing.length > 0) throw new EnvironmentError(missingMessage(missing, purpose));
  return Object.fromEntries(names.map((name) => [name, env[name]])) as Record<N, string>;
}

export function missingMessage(missing: readonly string[], purpose: string): string {
  const list = missing.join(', ');
  return `${missing.length === 1 ? 'Environment variable' : 'Environment variables'} ${list} must be set ${purpose}.`;
}

/**
 * An optional numeric override: undefined when unset, else the number, or a problem description pushed onto
 * `problems` when it is not a number in [min, max].
 */
export function numberFromEnv(
  env: Environment,
  name: string,
  range: { min: number; max?: number; integer?: boolean },
  problems: string[],
): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  const ok =
    raw.trim() !== '' &&
    Number.isFinite(value) &&
    value >= range.min &&
    (range.max === undefined || value <= range.max) &&
    (!range.integer || Number.isInteger(value));
  if (!ok) {
    const kind = range.integer ? 'an integer' : 'a number';
    const bounds = range.max === undefined ? `>= ${range.min}` : `from ${range.min} to ${range.max}`;
    problems.push(`${name} must be ${kind} ${bounds}, got ${JSON.stringify(raw)}`);
    return undefined;
  }
  return value;
}
