import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentials } from './dlt-api.js';

/**
 * The standard AWS chain (environment, shared files with AWS_PROFILE / AWS_SHARED_CREDENTIALS_FILE, SSO, web
 * identity, container and instance roles), resolved on first use and refreshed before expiry by the SDK.
 * Against local mode: AWS_SHARED_CREDENTIALS_FILE=<state-dir>/credentials AWS_PROFILE=dlt-local.
 */
export function defaultCredentials(): () => Promise<AwsCredentials> {
  return fromNodeProviderChain();
}
