import type { TerraformVariable } from 'cdktf';
import type { ModuleStack } from '../lib/module-stack.js';

export function consoleVariables(stack: ModuleStack) {
  const variable = stack.variable.bind(stack);
  return {
    apiEndpoint: variable('api_endpoint', {
      type: 'string',
      description: "Core's `api_endpoint` output (REST API invoke URL).",
      validation: [
        {
          condition: '${can(regex("^https://[^/]+", var.api_endpoint))}',
          errorMessage: 'api_endpoint must be an https:// URL.',
        },
      ],
    }),
    coreRegion: variable('core_region', {
      type: 'string',
      description: "Core's `region` output: where the API, Cognito and the scenarios bucket live.",
    }),
    userPoolId: variable('user_pool_id', { type: 'string', description: "Core's `user_pool_id` output." }),
    userPoolClientId: variable('user_pool_client_id', {
      type: 'string',
      description: "Core's `user_pool_client_id` output.",
    }),
    identityPoolId: variable('identity_pool_id', {
      type: 'string',
      description: "Core's `identity_pool_id` output.",
    }),
    scenariosBucketName: variable('scenarios_bucket_name', {
      type: 'string',
      description: "Core's `scenarios_bucket_name` output (the console uploads test scripts there).",
    }),
    cognitoDomain: variable('cognito_domain', {
      type: 'string',
      description:
        "Cognito Hosted UI domain of core's user pool as an https:// URL, e.g. " +
        '"https://dlt-xyz.auth.us-east-1.amazoncognito.com" (the console signs in there).',
      validation: [
        {
          condition: '${can(regex("^https://[^/]+/?$", var.cognito_domain))}',
          errorMessage: 'cognito_domain must be an https:// URL with no path.',
        },
      ],
    }),
    iotEndpoint: variable('iot_endpoint', {
      type: 'string',
      description:
        'IoT Core data endpoint for live results over MQTT/WebSocket, without scheme; null looks up the ' +
        "account's ATS endpoint in core_region.",
      default: null,
    }),
    mcpEndpoint: variable('mcp_endpoint', {
      type: 'string',
      description: "The mcp module's `endpoint` output, shown on the console's MCP page; null for none.",
      default: null,
    }),
    domainName: variable('domain_name', {
      type: 'string',
      description: 'Custom domain of the console (e.g. load.example.com); null uses the CloudFront domain.',
      default: null,
    }),
    acmCertificateArn: variable('acm_certificate_arn', {
      type: 'string',
      description: 'ARN of an ACM certificate in us-east-1 covering domain_name; set with domain_name.',
      default: null,
      validation: [
        {
          condition:
            '${var.acm_certificate_arn == null || can(regex("^arn:[a-z-]+:acm:us-east-1:", var.acm_certificate_arn))}',
          errorMessage: 'CloudFront takes certificates from us-east-1 only.',
        },
      ],
    }),
    priceClass: variable('price_class', {
      type: 'string',
      description: 'CloudFront price class: PriceClass_100, PriceClass_200 or PriceClass_All.',
      default: 'PriceClass_100',
      validation: [
        {
          condition: '${contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)}',
          errorMessage: 'price_class must be PriceClass_100, PriceClass_200 or PriceClass_All.',
        },
      ],
    }),
    forceDestroy: variable('force_destroy', {
      type: 'bool',
      description: 'Let `terraform destroy` delete the console bucket with its files (all reproducible).',
      default: true,
    }),
  } satisfies Record<string, TerraformVariable>;
}
