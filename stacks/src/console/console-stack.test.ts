import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EvalScope, evaluate } from '../lib/expression-eval.js';
import { synthModule } from '../modules.js';
import { CONTENT_TYPES, IMMUTABLE, NO_CACHE } from './site-files.js';

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the synthesized JSON freely
type Json = Record<string, any>;

const json = synthModule('console', mkdtempSync(join(tmpdir(), 'dlt-console-'))).json as Json;
const site = json.resource.aws_s3_object.site;
const IOT = 'abc-ats.iot.us-east-1.amazonaws.com';

function scope(overrides: Record<string, unknown> = {}, extra: EvalScope = {}): EvalScope {
  const defaults = Object.fromEntries(
    Object.entries(json.variable as Json).map(([name, spec]) => [name, spec.default ?? null]),
  );
  const vars = {
    ...defaults,
    api_endpoint: 'https://api1.execute-api.us-east-1.amazonaws.com/prod/',
    core_region: 'us-east-1',
    user_pool_id: 'us-east-1_pool',
    user_pool_client_id: 'client1',
    identity_pool_id: 'us-east-1:identity',
    cognito_domain: 'https://dlt-x.auth.us-east-1.amazoncognito.com',
    scenarios_bucket_name: 'scenarios-1',
    ...overrides,
  };
  const refs = {
    'data.aws_iot_endpoint.core[*].endpoint_address': [IOT],
    'data.aws_partition.current.dns_suffix': 'amazonaws.com',
  };
  return { vars, locals: json.locals, refs, ...extra };
}

/** The fields of `AwsConsoleConfig` as written in the contract file the web console is built against. */
function contractFields(): { required: string[]; optional: string[] } {
  const source = readFileSync(
    join(import.meta.dirname, '../../../functions/shared/src/console/config.ts'),
    'utf8',
  );
  const body = /export interface AwsConsoleConfig \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  const fields = [...body.matchAll(/^\s+(\w+)(\??):/gm)];
  return {
    required: fields.filter((f) => f[2] === '').map((f) => f[1] ?? ''),
    optional: fields.filter((f) => f[2] === '?').map((f) => f[1] ?? ''),
  };
}

describe('console: site upload', () => {
  it('uploads every built file but dotfiles and config.json, and nothing from an empty site/', () => {
    const files = (list: string[]) => evaluate('${local.site_files}', scope({}, { files: list }));
    expect(files(['.gitkeep'])).toEqual([]);
    expect(files([])).toEqual([]);
    expect(files(['index.html', 'config.json', 'assets/index-AbC123xy.js', '.gitkeep'])).toEqual([
      'assets/index-AbC123xy.js',
      'index.html',
    ]);
    expect(site.for_each).toBe('${local.site_files}');
    expect(json.locals.site_dir).toBe('${path.module}/site');
    expect(site.source).toBe('${local.site_dir}/${each.value}');
    expect(site.etag).toBe('${filemd5("${local.site_dir}/${each.value}")}');
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8', NO_CACHE],
    ['assets/index-AbC123xy.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['assets/worker-AbC123xy.mjs', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['assets/index-AbC123xy.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['assets/index-AbC123xy.js.map', 'application/json', IMMUTABLE],
    ['assets/inter-AbC123xy.woff2', 'font/woff2', IMMUTABLE],
    ['assets/logo-AbC123xy.SVG', 'image/svg+xml', IMMUTABLE],
    ['favicon.ico', 'image/x-icon', NO_CACHE],
    ['icon.png', 'image/png', NO_CACHE],
    ['manifest.json', 'application/json', NO_CACHE],
    ['robots.txt', 'text/plain; charset=utf-8', NO_CACHE],
    ['LICENSE', 'application/octet-stream', NO_CACHE],
    ['assets/font.ttf', 'application/octet-stream', IMMUTABLE],
  ])('%s: %s, %s', (file, contentType, cacheControl) => {
    const s = scope({}, { each: { key: file, value: file } });
    expect(evaluate(site.content_type, s)).toBe(contentType);
    expect(evaluate(site.cache_control, s)).toBe(cacheControl);
    expect(evaluate(site.key, s)).toBe(file);
  });

  it('maps exactly the listed extensions', () => {
    expect(Object.keys(json.locals.content_types).sort()).toEqual(
      ['css', 'html', 'ico', 'js', 'json', 'map', 'mjs', 'png', 'svg', 'txt', 'woff2'].sort(),
    );
    expect(json.locals.content_types).toEqual(CONTENT_TYPES);
    expect(NO_CACHE).toBe('no-cache');
    expect(IMMUTABLE).toMatch(/max-age=31536000.*immutable/);
  });
});

describe('console: config.json', () => {
  const config = json.resource.aws_s3_object.config;

  it('is never cached and typed as JSON', () => {
    expect(config).toMatchObject({
      key: 'config.json',
      content_type: 'application/json',
      cache_control: 'no-cache',
      content: '${jsonencode(local.console_config)}',
    });
  });

  it('has exactly the fields of AwsConsoleConfig, the optional ones only when set', () => {
    const { required, optional } = contractFields();
    expect(required).toContain('cognitoDomain');
    expect(optional).toEqual(['mcpEndpoint']);
    const without = evaluate('${local.console_config}', scope()) as Json;
    expect(Object.keys(without).sort()).toEqual([...required].sort());
    const withMcp = evaluate('${local.console_config}', scope({ mcp_endpoint: 'https://m/mcp' })) as Json;
    expect(Object.keys(withMcp).sort()).toEqual([...required, ...optional].sort());
  });

  it('fills each field from core outputs', () => {
    const value = JSON.parse(
      String(evaluate(config.content, scope({ mcp_endpoint: 'https://m.example.com/mcp' }))),
    );
    expect(value).toEqual({
      mode: 'aws',
      apiBaseUrl: 'https://api1.execute-api.us-east-1.amazonaws.com/prod',
      region: 'us-east-1',
      userPoolId: 'us-east-1_pool',
      userPoolClientId: 'client1',
      identityPoolId: 'us-east-1:identity',
      cognitoDomain: 'https://dlt-x.auth.us-east-1.amazoncognito.com',
      iotEndpoint: IOT,
      mcpEndpoint: 'https://m.example.com/mcp',
    });
    const given = evaluate('${local.console_config}', scope({ iot_endpoint: 'iot.example.com' })) as Json;
    expect(given.iotEndpoint).toBe('iot.example.com');
  });
});

describe('console: security', () => {
  it('lets the console reach the API, Cognito, the identity pool and IoT over WebSocket, nothing else', () => {
    const sources = (evaluate('${compact(local.connect_src)}', scope()) as string[]).sort();
    expect(sources).toEqual(
      [
        "'self'",
        'https://api1.execute-api.us-east-1.amazonaws.com',
        'https://cognito-idp.us-east-1.amazonaws.com',
        'https://cognito-identity.us-east-1.amazonaws.com',
        'https://dlt-x.auth.us-east-1.amazoncognito.com',
        'https://scenarios-1.s3.us-east-1.amazonaws.com',
        `wss://${IOT}`,
      ].sort(),
    );
    const csp = String(evaluate('${local.content_security_policy}', scope()));
    expect(csp).toContain(`connect-src 'self' https://api1.execute-api.us-east-1.amazonaws.com`);
    expect(csp).toContain(`wss://${IOT}`);
    expect(csp).toContain("default-src 'none'");
  });

  it('keeps the bucket private: all public access blocked, no ACLs, no website hosting', () => {
    const resource = json.resource as Json;
    expect(resource.aws_s3_bucket_public_access_block.console_bucket_public_access).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(resource.aws_s3_bucket_ownership_controls.console_bucket_ownership.rule.object_ownership).toBe(
      'BucketOwnerEnforced',
    );
    expect(resource.aws_s3_bucket_acl).toBeUndefined();
    expect(resource.aws_s3_bucket_website_configuration).toBeUndefined();
    for (const object of Object.values(resource.aws_s3_object as Json)) expect(object.acl).toBeUndefined();
    const statements = json.data.aws_iam_policy_document.console_bucket_policy_doc.statement as Json[];
    const allows = statements.filter((s) => s.effect === 'Allow');
    expect(allows.map((s) => s.principals)).toEqual([
      [{ type: 'Service', identifiers: ['cloudfront.amazonaws.com'] }],
    ]);
  });
});

describe("console urls: the origins core's console_urls takes", () => {
  it('lists the CloudFront origin, then the custom domain when one is set, each https with no path', () => {
    expect(json.output.urls.value).toBe(
      '${concat(["https://${aws_cloudfront_distribution.console.domain_name}"], var.domain_name == null ? [] : ["https://${var.domain_name}"])}',
    );
    // The sign-in page core registers as `<origin>/login` is where web/src/auth/aws-login.ts redirects.
    expect(readFileSync(join(import.meta.dirname, '../../../web/src/auth/aws-login.ts'), 'utf8')).toContain(
      'redirect_uri: `${origin}/login`',
    );
  });
});
