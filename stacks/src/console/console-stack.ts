import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition/index.js';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object/index.js';
import { Fn } from 'cdktf';
import type { Construct } from 'constructs';
import { namePrefixVariable } from '../lib/common-variables.js';
import { v, x } from '../lib/expr.js';
import { type ModuleDoc, ModuleStack } from '../lib/module-stack.js';
import { createSite } from './site.js';
import { consoleVariables } from './variables.js';

/** Where the web app reads its runtime settings (fetched at start-up, never cached by CloudFront). */
export const CONFIG_KEY = 'config.json';

export class ConsoleStack extends ModuleStack {
  readonly doc: ModuleDoc = {
    title: 'console',
    summary:
      'The web console: a private S3 bucket served by CloudFront through Origin Access Control, a ' +
      'response-headers policy (CSP with no third-party origins, HSTS, frame-deny, referrer policy, ' +
      "nosniff), SPA routing (403/404 → `/index.html`), an optional custom domain, and `config.json` with core's " +
      'runtime settings for the web app.',
    status: [
      'Incomplete: only `config.json` is uploaded. The built web console (with per-file content types) is ' +
        'uploaded by this module once the web console issue lands; until then the distribution answers every ' +
        'path with 403/404 → `/index.html`, which does not exist yet (untested).',
      'The CSP allows `connect-src` to this deployment only: the REST API origin, Cognito in `core_region`, the ' +
        "scenarios bucket and, when `iot_endpoint` is set, IoT over WebSocket. `style-src` allows 'unsafe-inline' " +
        'because PrimeVue (styled mode) injects its theme as style elements at run time.',
      'Core does not yet set CORS on the scenarios bucket for this origin, nor output an IoT endpoint ' +
        '(pass `iot_endpoint` yourself, or leave it null until live data exists).',
      'Custom domain: the certificate must be in us-east-1 (CloudFront). The DNS record is yours to create: ' +
        'an alias to `distribution_domain_name` / `distribution_hosted_zone_id`.',
    ],
  };

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const namePrefix = namePrefixVariable(this);
    const vars = consoleVariables(this);
    const partition = new DataAwsPartition(this, 'current');

    const dns = partition.dnsSuffix;
    const region = vars.coreRegion.stringValue;
    // Only this deployment's endpoints: the console never talks to anything else.
    this.local('connect_src', [
      "'self'",
      x(`regex("^https://[^/]+", ${v(vars.apiEndpoint)})`),
      `https://cognito-idp.${region}.${dns}`,
      `https://cognito-identity.${region}.${dns}`,
      `https://${vars.scenariosBucketName.stringValue}.s3.${region}.${dns}`,
      x(`${v(vars.iotEndpoint)} == null ? "" : "wss://\${${v(vars.iotEndpoint)}}"`),
    ]);
    const csp = this.local(
      'content_security_policy',
      x(
        `join("; ", [${[
          "default-src 'none'",
          "script-src 'self'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          'connect-src ${join(" ", compact(local.connect_src))}',
          "manifest-src 'self'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'",
          "object-src 'none'",
          'upgrade-insecure-requests',
        ]
          .map((d) => `"${d}"`)
          .join(', ')}])`,
      ),
    );

    const site = createSite(this, {
      namePrefix: namePrefix.stringValue,
      forceDestroy: vars.forceDestroy,
      priceClass: vars.priceClass,
      domainName: vars.domainName,
      acmCertificateArn: vars.acmCertificateArn,
      contentSecurityPolicy: csp.asString,
    });

    const config = new S3Object(this, 'config', {
      bucket: site.bucket.id,
      key: CONFIG_KEY,
      contentType: 'application/json',
      cacheControl: 'no-cache',
      content: Fn.jsonencode({
        apiEndpoint: vars.apiEndpoint.stringValue,
        region,
        userPoolId: vars.userPoolId.stringValue,
        userPoolClientId: vars.userPoolClientId.stringValue,
        identityPoolId: vars.identityPoolId.stringValue,
        scenariosBucket: vars.scenariosBucketName.stringValue,
        iotEndpoint: vars.iotEndpoint.stringValue,
      }),
    });

    const domain = v(vars.domainName);
    this.output(
      'url',
      'HTTPS URL of the console (the custom domain when set, otherwise the CloudFront domain).',
      x(`"https://\${${domain} == null ? aws_cloudfront_distribution.console.domain_name : ${domain}}"`),
    );
    this.output(
      'distribution_id',
      'ID of the CloudFront distribution (for invalidations).',
      site.distribution.id,
    );
    this.output('distribution_arn', 'ARN of the CloudFront distribution.', site.distribution.arn);
    this.output(
      'distribution_domain_name',
      'CloudFront domain name (the target of your DNS alias when using domain_name).',
      site.distribution.domainName,
    );
    this.output(
      'distribution_hosted_zone_id',
      'Route 53 hosted zone ID of CloudFront, for an alias record.',
      site.distribution.hostedZoneId,
    );
    this.output('bucket_name', 'Name of the private bucket holding the console files.', site.bucket.bucket);
    this.output('bucket_arn', 'ARN of the console bucket.', site.bucket.arn);
    this.output('config_json', 'The runtime settings written to config.json.', config.content);
  }
}
