export {
  ApiClient,
  type ApiClientOptions,
  ApiError,
  type Method,
  parseApiError,
  type Query,
} from './client.js';
export * from './command.js';
export {
  type ApiConfig,
  type ApiConfigInput,
  type CredentialSource,
  DEFAULT_REGION,
  resolveApiConfig,
} from './config.js';
export { ClientError, type Credentials, loadCredentials, parseSharedCredentials } from './credentials.js';
export { type Column, renderKeyValues, renderTable } from './table.js';
