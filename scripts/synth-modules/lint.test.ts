import { describe, expect, it } from 'vitest';
import { interpolations, lintModule, traversals } from './lint.js';

// biome-ignore lint/suspicious/noExplicitAny: test fixtures are mutated freely
type Json = Record<string, any>;

const clean = (): Json => ({
  terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '>= 6.25' } } },
  variable: {
    name: { type: 'string', description: 'Name.' },
    list: { type: 'list(string)', description: 'L.' },
  },
  locals: { ids: '${[for s in var.list : upper(s)]}' },
  data: {
    aws_region: { current: {} },
    archive_file: { code: { source_dir: '${path.module}/functions/api' } },
  },
  resource: {
    aws_s3_bucket: { b: { bucket: '${var.name}-${data.aws_region.current.region}', count: 1 } },
    aws_s3_bucket_policy: {
      p: {
        bucket: '${aws_s3_bucket.b[0].id}',
        policy: '${jsonencode({"a" = "x.y", "b" = "$${not.a_ref}"})}',
      },
    },
    aws_sqs_queue: { q: { name: '${each.key}', depends_on: ['aws_s3_bucket.b'], tags: '${local.ids}' } },
  },
  output: { bucket: { description: 'Bucket.', value: '${aws_s3_bucket.b[*].arn}' } },
});

const lint = (json: Record<string, unknown>, child = true) =>
  lintModule(json, { child, forbiddenPrefixes: ['/work/'] });

describe('module lint', () => {
  it('accepts a clean module', () => {
    expect(lint(clean())).toEqual([]);
  });

  it('requires typed, described variables and described outputs', () => {
    const json = clean();
    (json.variable as Record<string, unknown>).bad = { description: ' ' };
    (json.output as Record<string, unknown>).bad = { value: 1 };
    expect(lint(json)).toEqual([
      'variable bad: no type',
      'variable bad: no description',
      'output bad: no description',
    ]);
  });

  it('rejects provider and backend blocks and exact provider pins in child modules', () => {
    const json: Json = { ...clean(), provider: { aws: [{}] } };
    json.terraform = {
      backend: { local: {} },
      required_providers: { aws: { source: 'hashicorp/aws', version: '6.25.0' } },
    };
    expect(lint(json)).toEqual([
      'child module has a provider block',
      'child module has a backend/cloud block',
      'required_providers.aws: child modules take a lower bound (>= x.y), got 6.25.0',
    ]);
    expect(lint({ ...json, terraform: {} }, false)).toContain('terraform.required_providers missing');
  });

  it('reports references that resolve to nothing', () => {
    const json: Json = clean();
    json.resource.aws_s3_bucket.c = {
      bucket:
        '${var.missing}-${local.nope}-${module.m.x}-${data.aws_vpc.x.id}-${aws_vpc.main.id}-${path.nowhere}',
      tags: '${merge(var.name, {"k" = "${foo.bar}"})}',
      depends_on: ['aws_vpc.gone'],
    };
    expect(lint(json).map((p) => p.replace(/^[^:]+: /, ''))).toEqual([
      'undeclared variable in var.missing',
      'undeclared local in local.nope',
      'undeclared module in module.m.x',
      'undeclared data source in data.aws_vpc.x.id',
      'undeclared resource in aws_vpc.main.id',
      'unknown path attribute in path.nowhere',
      'unknown reference foo.bar',
      'undeclared resource in aws_vpc.gone',
    ]);
  });

  it('rejects absolute paths, machine paths and local-exec', () => {
    const json: Json = clean();
    json.data.archive_file.code.source_dir = '/home/me/functions';
    json.resource.null_resource = {
      x: { provisioner: [{ 'local-exec': { command: 'echo' } }], triggers: { a: '/work/x' } },
    };
    expect(lint(json)).toEqual([
      'data.archive_file.code.source_dir: absolute path /home/me/functions',
      'resource.null_resource.x.triggers.a: contains the machine path /work/',
      'uses a local-exec provisioner',
    ]);
  });

  it('parses interpolations with escapes, nesting and for-expressions', () => {
    expect(interpolations('a ${var.x} $${var.y} ${merge({a = "${var.z}"}, {})}')).toEqual([
      'var.x',
      'merge({a = "${var.z}"}, {})',
    ]);
    expect(traversals('[for k, v in var.m : v.id if k != each.key]').map((t) => t.root)).toEqual([
      'var',
      'each',
    ]);
    expect(traversals('module.r[each.key].out')).toEqual([
      { root: 'module', parts: ['r', 'out'] },
      { root: 'each', parts: ['key'] },
    ]);
    expect(traversals('[for v in var.l : a_b.c[v.i]]').map((t) => t.root)).toEqual(['var', 'a_b']);
  });
});
