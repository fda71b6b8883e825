/**
 * `POST /iot/attach` (additive, not in DLT): attaches core's live-data IoT policy to the caller's own Cognito
 * identity, so the console may open its MQTT WebSocket. IoT Core authorizes an *authenticated* Cognito identity
 * only when both its identity-pool role (IAM) and an IoT policy attached to the identity allow the action; the
 * role has the IAM half, and this route does the attaching, so signed-in users need no `iot:AttachPolicy` of
 * their own (with it, they could attach the policy to any certificate or identity).
 *
 * The AWS side signs IoT's REST call (`PUT /target-policies/{policyName}`) itself: the IoT control-plane SDK
 * client is not a dependency of this package. UNTESTED against AWS: tested over real HTTP on loopback only.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { ApiError } from './http.js';

/** Attaches the live-data policy to one Cognito identity; idempotent (IoT accepts a repeated attachment). */
export interface LiveDataAccess {
  policyName: string;
  attachTo(identityId: string): Promise<void>;
}

/** Cognito identity IDs are `<region>:<uuid>`. */
const IDENTITY_ID = /^[a-z]{2}(-gov)?-[a-z]+-\d:[0-9a-f-]{36}$/;

export const NO_COGNITO_IDENTITY =
  'This route attaches the live-data policy to a Cognito identity: call it with credentials from the identity pool (signing in to the console or `dlt login`), not with IAM user or role credentials';

export async function attachLiveDataPolicy(
  access: LiveDataAccess | undefined,
  identityId: string | undefined,
): Promise<{ identityId: string; policyName: string }> {
  if (!access) throw new ApiError('NOT_IMPLEMENTED', 'Live data is not configured on this deployment', 501);
  if (!identityId || !IDENTITY_ID.test(identityId))
    throw new ApiError('NOT_A_COGNITO_IDENTITY', NO_COGNITO_IDENTITY, 403);
  await access.attachTo(identityId);
  return { identityId, policyName: access.policyName };
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface IotPolicyAttacherOptions {
  region: string;
  policyName: string;
  credentials: () => Promise<AwsCredentials>;
  /** `https://iot.<region>.amazonaws.com` unless given (tests point it at a loopback server). */
  endpoint?: string;
  fetch?: typeof fetch;
}

/**
 * IoT's AttachPolicy over its REST API. IoT's control plane signs as `execute-api` (its service model's signing
 * name), not `iot`.
 */
export class IotPolicyAttacher implements LiveDataAccess {
  readonly policyName: string;
  private readonly endpoint: string;
  private readonly signer: SignatureV4;
  private readonly fetchImpl: typeof fetch;

  constructor(options: IotPolicyAttacherOptions) {
    this.policyName = options.policyName;
    this.endpoint = (options.endpoint ?? `https://iot.${options.region}.amazonaws.com`).replace(/\/+$/, '');
    this.signer = new SignatureV4({
      service: 'execute-api',
      region: options.region,
      credentials: options.credentials,
      sha256: Sha256,
    });
    this.fetchImpl = options.fetch ?? fetch;
  }

  async attachTo(identityId: string): Promise<void> {
    const url = new URL(`${this.endpoint}/target-policies/${encodeURIComponent(this.policyName)}`);
    const body = JSON.stringify({ target: identityId });
    const signed = await this.signer.sign({
      method: 'PUT',
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      headers: { host: url.host, 'content-type': 'application/json' },
      body,
    });
    const { host: _host, ...headers } = signed.headers;
    const res = await this.fetchImpl(url, {
      method: 'PUT',
      headers,
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      throw new Error(`IoT AttachPolicy answered HTTP ${res.status}: ${text.slice(0, 300)}`);
    }
  }
}

/** The Lambda's own credentials, as the runtime puts them in the environment. */
export function lambdaCredentials(env: Record<string, string | undefined>): () => Promise<AwsCredentials> {
  return async () => {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) throw new Error('AWS credentials are not in the environment');
    return {
      accessKeyId,
      secretAccessKey,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  };
}
