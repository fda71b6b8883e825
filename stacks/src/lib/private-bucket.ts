import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls/index.js';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block/index.js';
import type { TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';

/**
 * A bucket no one can make public: all four public-access blocks and owner-enforced objects (no ACLs).
 * Addresses are `<name>_bucket`, `<name>_bucket_public_access` and `<name>_bucket_ownership`; encryption,
 * versioning and policy differ per bucket and stay with the caller.
 */
export function privateBucket(
  scope: Construct,
  name: string,
  props: { namePrefix: string; forceDestroy: TerraformVariable },
): S3Bucket {
  const bucket = new S3Bucket(scope, `${name}_bucket`, {
    bucketPrefix: `${props.namePrefix}-${name}-`,
    forceDestroy: props.forceDestroy.booleanValue,
  });
  new S3BucketPublicAccessBlock(scope, `${name}_bucket_public_access`, {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  new S3BucketOwnershipControls(scope, `${name}_bucket_ownership`, {
    bucket: bucket.id,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
  });
  return bucket;
}
