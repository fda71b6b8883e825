/**
 * `/config.json`: the runtime settings the web console reads at start, so one build serves both local mode
 * (written by `dlt local up`) and AWS (written by the console Terraform module). Types only: the console
 * imports this with `import type`.
 */
export interface LocalConsoleConfig {
  mode: 'local';
  /** Base of the REST API, e.g. `http://127.0.0.1:7420/api`. */
  apiBaseUrl: string;
  /** The region SigV4 signs for (the local stack's region). */
  region: string;
  /** Where the console redeems a one-time login token: POST `{ token }` → LoginCredentials. */
  loginPath: '/auth/login';
  /** The MCP endpoint to show on the MCP settings page; local mode serves MCP over stdio (`dlt mcp`). */
  mcpEndpoint?: string;
}

export interface AwsConsoleConfig {
  mode: 'aws';
  apiBaseUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  identityPoolId: string;
  /** The Cognito Hosted UI domain, e.g. `https://dlt-xyz.auth.us-east-1.amazoncognito.com`. */
  cognitoDomain: string;
  /** AWS IoT Core data endpoint for live data, e.g. `abc-ats.iot.us-east-1.amazonaws.com`. */
  iotEndpoint: string;
  mcpEndpoint?: string;
}

export type ConsoleConfig = LocalConsoleConfig | AwsConsoleConfig;

/** What POST /auth/login returns in local mode: short-lived SigV4 credentials. */
export interface LoginCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for session credentials; sent as X-Amz-Security-Token. */
  sessionToken?: string;
  /** ISO 8601. */
  expiration: string;
}
