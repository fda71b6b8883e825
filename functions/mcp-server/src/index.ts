export { callTool, describeIssues, toolError } from './call-tool.js';
export { defaultCredentials } from './credentials.js';
export {
  ApiError,
  ApiUnreachableError,
  type AwsCredentials,
  type CredentialSource,
  DltApi,
  type DltApiOptions,
} from './dlt-api.js';
export {
  createLambdaHandler,
  type HttpApiEvent,
  type HttpApiResult,
  type LambdaServerOptions,
  lambdaOptionsFromEnv,
} from './lambda.js';
export {
  createDltMcpServer,
  type DltMcpServerOptions,
  SERVER_NAME,
  SERVER_VERSION,
  toolMap,
} from './server.js';
export { type StdioServerOptions, serveStdio } from './stdio.js';
export { ALL_TOOLS, toolsFor, WRITE_TOOL_NAMES } from './tools/index.js';
