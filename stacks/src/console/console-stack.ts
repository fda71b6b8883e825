import { DataAwsIotEndpoint } from '@cdktf/provider-aws/lib/data-aws-iot-endpoint/index.js';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition/index.js';
import { S3Object } from '@cdktf/provider-aws/lib/s3-object/index.js';
import type { Construct } from 'constructs';
import { namePrefixVariable } from '../lib/common-variables.js';
import { countIf, v, x } from '../lib/expr.js';
import { type ModuleDoc, ModuleStack } from '../lib/module-stack.js';
import { CONFIG_KEY, consoleConfigExpression } from './console-config.js';
import { createSite } from './site.js';
import { NO_CACHE, uploadSite } from './site-files.js';
import { consoleVariables } from './variables.js';

export { CONFIG_KEY } from './console-config.js';

export class ConsoleStack extends ModuleStack {
  readonly doc: ModuleDoc = {
    title: 'console',
    summary:
      'The web console: a private S3 bucket served by CloudFront through Origin Access Control, a ' +
      'response-headers policy (CSP with no third-party origins, HSTS, frame-deny, referrer policy, ' +
      "nosniff), SPA routing (403/404 → `/index.html`), an optional custom domain, and `config.json` with core's " +
      'runtime settings for the web app.',
    status: [
      'The built web console is uploaded from `site/` inside the module (one object per file, `for_each` over ' +
        '`fileset`), with its content type by extension and `etag = filemd5(...)`. Files under `assets/` ' +
        '(content-hashed by Vite) are cached for a year as immutable; `index.html`, `config.json` and other ' +
        'files are `no-cache` (revalidated). Until the web console is built into the module, `site/` holds only ' +
        'a `.gitkeep`, nothing is uploaded, and every path answers 403/404 → `/index.html`, which does not exist.',
      '`config.json` follows `AwsConsoleConfig` (functions/shared/src/console/config.ts) exactly: `mode`, ' +
        '`apiBaseUrl`, `region`, `userPoolId`, `userPoolClientId`, `identityPoolId`, `cognitoDomain`, ' +
        '`iotEndpoint`, and `mcpEndpoint` only when `mcp_endpoint` is set. `iot_endpoint` null looks up the ' +
        "account's ATS endpoint in `core_region`.",
      'The CSP allows `connect-src` to this deployment only: the REST API origin, Cognito (user pool API, ' +
        'identity pool and the Hosted UI domain), the scenarios bucket and IoT over WebSocket (`wss://`). ' +
        "`style-src` allows 'unsafe-inline' because PrimeVue (styled mode) injects its theme as style elements " +
        'at run time.',
      "Pass core's `cognito_domain` output as `cognito_domain`, and this module's `urls` output back to core as " +
        "`console_urls`: core registers `<url>/login` as the app client's callback and sign-out URLs and lets these " +
        'origins upload to the scenarios bucket (CORS). Terraform resolves module inputs and outputs value by value, ' +
        "so the two-way wiring is no cycle: `urls` depends only on the distribution, which needs core's domain " +
        'and API, not its app client (untested with Terraform itself).',
      'Custom domain: the certificate must be in us-east-1 (CloudFront). The DNS record is yours to create: ' +
        'an alias to `distribution_domain_name` / `distribution_hosted_zone_id`.',
      'Untested: the upload and the headers against AWS; an apply with a built `site/` and a browser session ' +
        '(sign-in, API call, live-data WebSocket) with the CSP enforced would test it.',
    ],
  };

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const namePrefix = namePrefixVariable(this);
    const vars = consoleVariables(this);
    const partition = new DataAwsPartition(this, 'current');

    const dns = partition.dnsSuffix;
    const region = vars.coreRegion.stringValue;
    new DataAwsIotEndpoint(this, 'core', {
      count: countIf(`${v(vars.iotEndpoint)} == null`),
      endpointType: 'iot:Data-ATS',
      region,
    });
    this.local(
      'iot_endpoint',
      x(
        `${v(vars.iotEndpoint)} != null ? ${v(vars.iotEndpoint)} : one(data.aws_iot_endpoint.core[*].endpoint_address)`,
      ),
    );
    // Only this deployment's endpoints: the console never talks to anything else.
    this.local('connect_src', [
      "'self'",
      x(`regex("^https://[^/]+", ${v(vars.apiEndpoint)})`),
      `https://cognito-idp.${region}.${dns}`,
      `https://cognito-identity.${region}.${dns}`,
      x(`regex("^https://[^/]+", ${v(vars.cognitoDomain)})`),
      `https://${vars.scenariosBucketName.stringValue}.s3.${region}.${dns}`,
      // MQTT over WebSocket (SigV4-signed `wss://<endpoint>/mqtt`) for live data.
      'wss://${local.iot_endpoint}',
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

    uploadSite(this, site.bucket, CONFIG_KEY);
    this.local('console_config', consoleConfigExpression(vars, 'local.iot_endpoint'));
    const config = new S3Object(this, 'config', {
      bucket: site.bucket.id,
      key: CONFIG_KEY,
      contentType: 'application/json',
      cacheControl: NO_CACHE,
      content: x('jsonencode(local.console_config)'),
    });

    const domain = v(vars.domainName);
    this.output(
      'url',
      'HTTPS URL of the console (the custom domain when set, otherwise the CloudFront domain).',
      x(`"https://\${${domain} == null ? aws_cloudfront_distribution.console.domain_name : ${domain}}"`),
    );
    this.output(
      'urls',
      "Every origin the console answers on (the CloudFront domain, then the custom domain when set): core's " +
        '`console_urls`.',
      x(
        `concat(["https://\${aws_cloudfront_distribution.console.domain_name}"], ${domain} == null ? [] : ["https://\${${domain}}"])`,
      ),
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
