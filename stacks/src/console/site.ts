import { CloudfrontDistribution } from '@cdktf/provider-aws/lib/cloudfront-distribution/index.js';
import { CloudfrontOriginAccessControl } from '@cdktf/provider-aws/lib/cloudfront-origin-access-control/index.js';
import { CloudfrontResponseHeadersPolicy } from '@cdktf/provider-aws/lib/cloudfront-response-headers-policy/index.js';
import { DataAwsCloudfrontCachePolicy } from '@cdktf/provider-aws/lib/data-aws-cloudfront-cache-policy/index.js';
import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy/index.js';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration/index.js';
import type { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { v, x } from '../lib/expr.js';
import { policyDocument } from '../lib/iam.js';
import { privateBucket } from '../lib/private-bucket.js';

/** The web app's entry point; also what unknown paths are rewritten to (client-side routing). */
export const INDEX = 'index.html';
const ORIGIN_ID = 'console-bucket';

export interface SiteProps {
  namePrefix: string;
  forceDestroy: TerraformVariable;
  priceClass: TerraformVariable;
  domainName: TerraformVariable;
  acmCertificateArn: TerraformVariable;
  /** A Terraform expression (local) holding the Content-Security-Policy value. */
  contentSecurityPolicy: string;
}

export interface Site {
  bucket: S3Bucket;
  distribution: CloudfrontDistribution;
}

/** Private bucket + CloudFront (OAC) + security headers; the objects are put by the caller. */
export function createSite(scope: Construct, props: SiteProps): Site {
  const bucket = privateBucket(scope, 'console', props);
  // SSE-S3: CloudFront with OAC reads SSE-KMS objects only with an extra key-policy grant; nothing here is secret.
  new S3BucketServerSideEncryptionConfigurationA(scope, 'console_bucket_encryption', {
    bucket: bucket.id,
    rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
  });

  // Same Terraform name as the distribution, another construct id (one id per scope, one name per type).
  const oac = new CloudfrontOriginAccessControl(scope, 'console_oac', {
    name: `${props.namePrefix}-console`,
    description: 'CloudFront reads the console bucket with SigV4',
    originAccessControlOriginType: 's3',
    signingBehavior: 'always',
    signingProtocol: 'sigv4',
  });
  oac.overrideLogicalId('console');
  const headers = new CloudfrontResponseHeadersPolicy(scope, 'console_security_headers', {
    name: `${props.namePrefix}-console-security-headers`,
    comment: 'DLT console: CSP without third-party origins, HSTS, no framing',
    securityHeadersConfig: {
      contentSecurityPolicy: { contentSecurityPolicy: props.contentSecurityPolicy, override: true },
      strictTransportSecurity: { accessControlMaxAgeSec: 63072000, includeSubdomains: true, override: true },
      frameOptions: { frameOption: 'DENY', override: true },
      referrerPolicy: { referrerPolicy: 'same-origin', override: true },
      contentTypeOptions: { override: true },
    },
  });
  const optimized = new DataAwsCloudfrontCachePolicy(scope, 'caching_optimized', {
    name: 'Managed-CachingOptimized',
  });
  const disabled = new DataAwsCloudfrontCachePolicy(scope, 'caching_disabled', {
    name: 'Managed-CachingDisabled',
  });

  const cert = v(props.acmCertificateArn);
  const domain = v(props.domainName);
  const behavior = {
    targetOriginId: ORIGIN_ID,
    viewerProtocolPolicy: 'redirect-to-https',
    allowedMethods: ['GET', 'HEAD'],
    cachedMethods: ['GET', 'HEAD'],
    compress: true,
    responseHeadersPolicyId: headers.id,
  };
  const distribution = new CloudfrontDistribution(scope, 'console', {
    enabled: true,
    comment: `${props.namePrefix} load testing console`,
    defaultRootObject: INDEX,
    httpVersion: 'http2and3',
    isIpv6Enabled: true,
    priceClass: props.priceClass.stringValue,
    aliases: x(`${domain} == null ? [] : [${domain}]`) as unknown as string[],
    origin: [
      {
        originId: ORIGIN_ID,
        domainName: bucket.bucketRegionalDomainName,
        originAccessControlId: oac.id,
      },
    ],
    defaultCacheBehavior: { ...behavior, cachePolicyId: optimized.id },
    // Runtime settings change with every apply of core; never serve a stale copy.
    orderedCacheBehavior: [{ ...behavior, pathPattern: '/config.json', cachePolicyId: disabled.id }],
    // The bucket answers 403 for a missing key (no s3:ListBucket); both become the app, which routes itself.
    customErrorResponse: [403, 404].map((errorCode) => ({
      errorCode,
      responseCode: 200,
      responsePagePath: `/${INDEX}`,
      errorCachingMinTtl: 10,
    })),
    restrictions: { geoRestriction: { restrictionType: 'none' } },
    viewerCertificate: {
      cloudfrontDefaultCertificate: x(`${cert} == null`) as unknown as boolean,
      acmCertificateArn: props.acmCertificateArn.stringValue,
      sslSupportMethod: x(`${cert} == null ? null : "sni-only"`),
      minimumProtocolVersion: x(`${cert} == null ? "TLSv1" : "TLSv1.2_2021"`),
    },
    lifecycle: {
      precondition: [
        {
          condition: x(`(${domain} == null) == (${cert} == null)`),
          errorMessage: 'Set domain_name and acm_certificate_arn together, or neither.',
        },
      ],
    },
  });

  const policy = policyDocument(scope, 'console_bucket_policy_doc', [
    {
      sid: 'DenyInsecureTransport',
      effect: 'Deny',
      actions: ['s3:*'],
      resources: [bucket.arn, `${bucket.arn}/*`],
      principals: [{ type: '*', identifiers: ['*'] }],
      condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
    },
    {
      sid: 'CloudFrontReadsThroughOac',
      effect: 'Allow',
      actions: ['s3:GetObject'],
      resources: [`${bucket.arn}/*`],
      principals: [{ type: 'Service', identifiers: ['cloudfront.amazonaws.com'] }],
      condition: [{ test: 'StringEquals', variable: 'AWS:SourceArn', values: [distribution.arn] }],
    },
  ]);
  new S3BucketPolicy(scope, 'console_bucket_policy', { bucket: bucket.id, policy: policy.json });
  return { bucket, distribution };
}
