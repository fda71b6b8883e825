/** The MCP server's only way to the product: the signed REST API client shared with the CLI. */
export {
  ApiError,
  ApiUnreachableError,
  type AwsCredentials,
  type CredentialSource,
  parseApiError,
  type Query,
  SignedApiClient as DltApi,
  type SignedApiClientOptions as DltApiOptions,
} from '@dlt/api-client';
