import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue/index.js';
import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { lowerBound, type ModuleDoc, ModuleStack } from './module-stack.js';

class Probe extends ModuleStack {
  readonly doc: ModuleDoc = { title: 'probe', summary: '', status: [] };
  constructor(build: (stack: Probe) => void) {
    super(Testing.app(), 'probe');
    build(this);
  }
}

const synth = (build: (stack: Probe) => void) => JSON.parse(Testing.synth(new Probe(build)));

describe('ModuleStack', () => {
  it('emits a child module: no provider or backend, lower-bound requirements, hashicorp sources', () => {
    const json = synth((s) => new S3Bucket(s, 'bucket', {}));
    expect(json.provider).toBeUndefined();
    expect(json.terraform.backend).toBeUndefined();
    expect(json.terraform.required_providers.aws).toEqual({ source: 'hashicorp/aws', version: '>= 6.25' });
    expect(json.terraform.required_version).toMatch(/^>= /);
  });

  it('merges var.tags into taggable resources and leaves untaggable ones alone', () => {
    const json = synth((s) => {
      new S3Bucket(s, 'plain', {});
      new SqsQueue(s, 'named', { tags: { Name: 'x' } });
    });
    expect(json.resource.aws_s3_bucket.plain.tags).toBe('${var.tags}');
    expect(json.resource.aws_sqs_queue.named.tags).toBe('${merge(var.tags, {"Name" = "x"})}');
  });

  it('names variables and outputs without prefixes even when they share a name', () => {
    const json = synth((s) => {
      const v = s.variable('bucket_name', { type: 'string', description: 'd' });
      s.output('bucket_name', 'd', v.value);
    });
    expect(Object.keys(json.variable)).toContain('bucket_name');
    expect(json.output.bucket_name.value).toBe('${var.bucket_name}');
  });

  it('refuses a path-hashed address, so refactoring cannot silently move resources', () => {
    const stack = new Probe((s) => new S3Bucket(new Construct(s, 'nested'), 'bucket', {}));
    expect(() => Testing.synth(stack)).toThrow(/not snake_case/);
  });

  it('accepts a nested resource whose logical id is overridden', () => {
    const json = synth((s) =>
      new S3Bucket(new Construct(s, 'nested'), 'bucket', {}).overrideLogicalId('bucket'),
    );
    expect(json.resource.aws_s3_bucket.bucket).toBeDefined();
  });

  it('refuses two elements with one address', () => {
    const stack = new Probe((s) => {
      new S3Bucket(s, 'a', {}).overrideLogicalId('same');
      new S3Bucket(s, 'b', {}).overrideLogicalId('same');
    });
    expect(() => Testing.synth(stack)).toThrow(/duplicate Terraform address aws_s3_bucket.same/);
  });

  it('derives lower bounds from pinned versions', () => {
    expect(lowerBound('6.25.0')).toBe('>= 6.25');
    expect(() => lowerBound('latest')).toThrow();
  });
});
