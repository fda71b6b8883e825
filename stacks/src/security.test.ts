import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_NODE_RUNTIMES } from './lib/lambda.js';
import { MODULES, type ModuleName, synthModule } from './modules.js';

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the synthesized JSON freely
type Json = Record<string, any>;

const outdir = mkdtempSync(join(tmpdir(), 'dlt-stacks-test-'));
const modules = Object.fromEntries(
  (Object.keys(MODULES) as ModuleName[]).map((name) => [name, synthModule(name, outdir).json as Json]),
) as Record<ModuleName, Json>;

/** Actions AWS only authorizes on `Resource: "*"` (no resource-level permissions), and why we need them. */
const STAR_RESOURCE_ALLOWED = new Set([
  'xray:PutTraceSegments', // Lambda active tracing
  'xray:PutTelemetryRecords',
  'ecr:GetAuthorizationToken', // registry login before an image pull
  'xray:GetSamplingRules', // Step Functions tracing
  'xray:GetSamplingTargets',
  // Step Functions delivers execution logs through CloudWatch Logs' vended-log API (no resource-level permissions)
  'logs:CreateLogDelivery',
  'logs:GetLogDelivery',
  'logs:UpdateLogDelivery',
  'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries',
  'logs:PutResourcePolicy',
  'logs:DescribeResourcePolicies',
  'logs:DescribeLogGroups',
  // authorizes on container instances, which Fargate has none of; always scoped by an ecs:cluster condition (below)
  'ecs:ListTasks',
  // GET /vCPUDetails reads the Fargate vCPU quota; GetServiceQuota has no resource-level permissions
  'servicequotas:GetServiceQuota',
  // POST /iot/attach: the target is a Cognito identity ID, which has no ARN (AttachPolicy's resource types are
  // certificates and thing groups); only the api Lambda has it, and only for the caller's own identity (below)
  'iot:AttachPolicy',
]);

/** Roles (policy documents) that may hold a STAR_RESOURCE_ALLOWED action that would be risky anywhere else. */
const STAR_ACTION_HOLDERS: Record<string, string[]> = {
  'iot:AttachPolicy': ['api_role_policy_doc'],
  'servicequotas:GetServiceQuota': ['api_role_policy_doc'],
};

const byType = (json: Json, type: string): [string, Json][] => Object.entries(json.resource?.[type] ?? {});
const statements = (json: Json): [string, Json][] =>
  Object.entries(json.data?.aws_iam_policy_document ?? {}).flatMap(([name, doc]) =>
    ((doc as Json).statement as Json[]).map((s): [string, Json] => [name, s]),
  );

describe.each(Object.keys(modules) as ModuleName[])('%s module security posture', (name) => {
  const json = modules[name];

  it('has no Allow statement with Action "*" or a service wildcard like "s3:*"', () => {
    for (const [doc, s] of statements(json)) {
      if (s.effect === 'Deny') continue;
      for (const action of s.actions ?? []) expect(action, doc).not.toMatch(/(^\*$|:\*$)/);
      expect(s.not_actions, doc).toBeUndefined();
    }
  });

  it('uses Resource "*" only for actions that have no resource-level permissions', () => {
    for (const [doc, s] of statements(json)) {
      if (!(s.resources ?? []).includes('*')) continue;
      for (const action of s.actions ?? [])
        expect(STAR_RESOURCE_ALLOWED, `${doc}: ${action}`).toContain(action);
      for (const action of s.actions ?? []) {
        const holders = STAR_ACTION_HOLDERS[action];
        if (holders) expect(holders, `${doc}: ${action}`).toContain(doc);
      }
      if ((s.actions ?? []).includes('ecs:ListTasks'))
        expect(
          (s.condition ?? []).map((c: Json) => c.variable),
          doc,
        ).toContain('ecs:cluster');
    }
  });

  it('keeps every bucket private, encrypted and TLS-only', () => {
    const buckets = byType(json, 'aws_s3_bucket').map(([id]) => id);
    const covers = (type: string) =>
      byType(json, type).map(([, r]) => String(r.bucket).match(/aws_s3_bucket\.(\w+)\.id/)?.[1]);
    for (const bucket of buckets) {
      expect(covers('aws_s3_bucket_public_access_block'), bucket).toContain(bucket);
      expect(covers('aws_s3_bucket_server_side_encryption_configuration'), bucket).toContain(bucket);
      expect(covers('aws_s3_bucket_policy'), bucket).toContain(bucket);
    }
    for (const [, pab] of byType(json, 'aws_s3_bucket_public_access_block')) {
      expect(pab).toMatchObject({
        block_public_acls: true,
        block_public_policy: true,
        ignore_public_acls: true,
        restrict_public_buckets: true,
      });
    }
    for (const [, policy] of byType(json, 'aws_s3_bucket_policy')) {
      const doc = String(policy.policy).match(/aws_iam_policy_document\.(\w+)\.json/)?.[1] ?? '';
      const tls = (json.data.aws_iam_policy_document[doc].statement as Json[]).find(
        (s) => s.effect === 'Deny' && s.condition?.[0]?.variable === 'aws:SecureTransport',
      );
      expect(tls, doc).toBeDefined();
    }
    for (const [, acl] of byType(json, 'aws_s3_bucket_acl')) expect(acl.acl).not.toMatch(/public/);
  });

  it('encrypts every table and keeps point-in-time recovery on', () => {
    for (const [id, table] of byType(json, 'aws_dynamodb_table')) {
      expect(table.server_side_encryption?.enabled, id).toBe(true);
      expect(table.point_in_time_recovery?.enabled, id).toBe(true);
      expect(table.billing_mode, id).toBe('PAY_PER_REQUEST');
    }
  });

  it('sets a retention on every log group', () => {
    for (const [id, group] of byType(json, 'aws_cloudwatch_log_group')) {
      expect(group.retention_in_days, id).toBeDefined();
    }
  });

  it('runs every Lambda on arm64 and a supported Node runtime, with tracing', () => {
    for (const [id, fn] of byType(json, 'aws_lambda_function')) {
      expect(fn.architectures, id).toEqual(['arm64']);
      expect(SUPPORTED_NODE_RUNTIMES, id).toContain(fn.runtime);
      expect(fn.tracing_config?.mode, id).toBe('Active');
    }
  });

  it('tags every taggable resource with var.tags', () => {
    for (const [type, byName] of Object.entries(json.resource as Json)) {
      for (const [id, r] of Object.entries(byName as Json)) {
        if ('tags' in (r as Json)) expect(String((r as Json).tags), `${type}.${id}`).toMatch(/var\.tags/);
      }
    }
  });
});

describe('core', () => {
  const core = modules.core;

  it('protects every REST API method with IAM auth and stages with logs, tracing and throttling', () => {
    for (const [id, method] of byType(core, 'aws_api_gateway_method'))
      expect(method.authorization, id).toBe('AWS_IAM');
    const [, stage] = byType(core, 'aws_api_gateway_stage')[0] ?? [];
    expect(stage?.xray_tracing_enabled).toBe(true);
    expect(stage?.access_log_settings?.destination_arn).toMatch(/aws_cloudwatch_log_group/);
    const [, settings] = byType(core, 'aws_api_gateway_method_settings')[0] ?? [];
    expect(settings?.settings).toMatchObject({
      throttling_rate_limit: '${var.api_throttling_rate_limit}',
      throttling_burst_limit: '${var.api_throttling_burst_limit}',
    });
  });

  it('lets only administrators create users, with a strong password policy', () => {
    const pool = core.resource.aws_cognito_user_pool.user_pool;
    expect(pool.admin_create_user_config.allow_admin_create_user_only).toBe(true);
    expect(pool.password_policy.minimum_length).toBeGreaterThanOrEqual(12);
    expect(core.resource.aws_cognito_identity_pool.identity_pool.allow_unauthenticated_identities).toBe(
      false,
    );
  });

  it('has the history GSI by start time', () => {
    const gsi = core.resource.aws_dynamodb_table.history.global_secondary_index[0];
    expect(gsi).toMatchObject({ name: 'testId-startTime-index', hash_key: 'testId', range_key: 'startTime' });
  });

  it('expires results/ by a variable and blocks object ACLs', () => {
    const rule = core.resource.aws_s3_bucket_lifecycle_configuration.scenarios_bucket_lifecycle.rule[0];
    expect(rule.filter[0].prefix).toBe('results/');
    expect(rule.expiration[0].days).toMatch(/var\.results_expiration_days/);
    const ownership = core.resource.aws_s3_bucket_ownership_controls.scenarios_bucket_ownership;
    expect(ownership.rule.object_ownership).toBe('BucketOwnerEnforced');
  });
});

describe('regional', () => {
  const regional = modules.regional;

  it('sets the provider-6 region argument on every regional resource and data source', () => {
    const global = new Set(['aws_iam_role', 'aws_iam_role_policy']);
    for (const [type, byName] of Object.entries(regional.resource as Json)) {
      if (global.has(type)) continue;
      for (const [id, r] of Object.entries(byName as Json)) {
        expect((r as Json).region, `${type}.${id}`).toMatch(/^\$\{var\.(region|core_region)\}$/);
      }
    }
    expect(regional.data.aws_availability_zones.available.region).toBe('${var.region}');
    expect(regional.resource.aws_dynamodb_table_item.registration.region).toBe('${var.core_region}');
  });

  it('keeps task and execution roles apart, and egress on the CIDR variable', () => {
    const td = regional.resource.aws_ecs_task_definition.load_tester;
    expect(td.task_role_arn).not.toBe(td.execution_role_arn);
    expect(td.runtime_platform.cpu_architecture).toBe('${var.cpu_architecture}');
    expect(regional.variable.task_cpu.default).toBe(2048);
    expect(regional.variable.task_memory.default).toBe(4096);
    expect(regional.resource.aws_vpc_security_group_egress_rule.tasks_egress.cidr_ipv4).toBe(
      '${var.egress_cidr}',
    );
    expect(regional.resource.aws_security_group.tasks.ingress).toBeUndefined();
  });
});

describe('console', () => {
  const console_ = modules.console;
  const distribution = console_.resource.aws_cloudfront_distribution.console;

  it('serves the private bucket only through CloudFront with Origin Access Control', () => {
    const oac = console_.resource.aws_cloudfront_origin_access_control.console;
    expect(oac).toMatchObject({ origin_access_control_origin_type: 's3', signing_behavior: 'always' });
    expect(distribution.origin[0].origin_access_control_id).toBe(
      '${aws_cloudfront_origin_access_control.console.id}',
    );
    expect(distribution.origin[0].s3_origin_config).toBeUndefined();
    const read = (console_.data.aws_iam_policy_document.console_bucket_policy_doc.statement as Json[]).find(
      (s) => s.effect === 'Allow',
    );
    expect(read?.principals).toEqual([{ type: 'Service', identifiers: ['cloudfront.amazonaws.com'] }]);
    expect(read?.condition[0]).toMatchObject({
      variable: 'AWS:SourceArn',
      values: ['${aws_cloudfront_distribution.console.arn}'],
    });
  });

  it('sends security headers with a CSP that names no third-party origin', () => {
    const headers =
      console_.resource.aws_cloudfront_response_headers_policy.console_security_headers
        .security_headers_config;
    expect(headers.strict_transport_security.access_control_max_age_sec).toBeGreaterThanOrEqual(31536000);
    expect(headers.frame_options.frame_option).toBe('DENY');
    expect(headers.referrer_policy.referrer_policy).toBeDefined();
    expect(headers.content_type_options.override).toBe(true);
    expect(headers.content_security_policy.content_security_policy).toBe('${local.content_security_policy}');
    const csp = String(console_.locals.content_security_policy);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Every connect-src entry is this deployment's own endpoint, built from variables.
    for (const src of console_.locals.connect_src as string[]) {
      expect(src).toMatch(
        /^('self'|\$\{regex\(.*var\.(api_endpoint|cognito_domain)\)\}|https:\/\/.*\$\{var\.|wss:\/\/\$\{local\.iot_endpoint\}$)/,
      );
    }
    for (const behavior of [distribution.default_cache_behavior, ...distribution.ordered_cache_behavior]) {
      expect(behavior.response_headers_policy_id).toMatch(/aws_cloudfront_response_headers_policy/);
      expect(behavior.viewer_protocol_policy).toBe('redirect-to-https');
    }
  });

  it('routes 403/404 to the app and uses a custom domain only when one is given', () => {
    expect(distribution.default_root_object).toBe('index.html');
    expect(distribution.custom_error_response.map((r: Json) => [r.error_code, r.response_page_path])).toEqual(
      [
        [403, '/index.html'],
        [404, '/index.html'],
      ],
    );
    expect(distribution.aliases).toBe('${var.domain_name == null ? [] : [var.domain_name]}');
    expect(distribution.viewer_certificate.cloudfront_default_certificate).toBe(
      '${var.acm_certificate_arn == null}',
    );
    const config = console_.resource.aws_s3_object.config;
    expect(config).toMatchObject({ key: 'config.json', content_type: 'application/json' });
    expect(config.content).toBe('${jsonencode(local.console_config)}');
    for (const v of [
      'var.api_endpoint',
      'var.user_pool_id',
      'var.user_pool_client_id',
      'var.identity_pool_id',
      'var.cognito_domain',
      'local.iot_endpoint',
    ])
      expect(console_.locals.console_config).toContain(v);
  });
});

describe('mcp', () => {
  const mcp = modules.mcp;

  it('puts a Cognito JWT authorizer on every route', () => {
    const authorizer = mcp.resource.aws_apigatewayv2_authorizer.cognito_jwt;
    expect(authorizer.authorizer_type).toBe('JWT');
    expect(authorizer.jwt_configuration).toEqual({
      issuer: '${var.jwt_issuer}',
      audience: '${var.jwt_audience}',
    });
    for (const [id, route] of byType(mcp, 'aws_apigatewayv2_route')) {
      expect(route.authorization_type, id).toBe('JWT');
      expect(route.authorizer_id, id).toBe('${aws_apigatewayv2_authorizer.cognito_jwt[0].id}');
    }
    const stage = mcp.resource.aws_apigatewayv2_stage.default;
    expect(stage.access_log_settings.destination_arn).toMatch(/aws_cloudwatch_log_group/);
    expect(stage.default_route_settings.throttling_rate_limit).toBe('${var.throttling_rate_limit}');
  });

  it('lets the Lambda invoke the core API stage and nothing else beyond its logs and traces', () => {
    const doc = mcp.data.aws_iam_policy_document.mcp_role_policy_doc.statement as Json[];
    expect(doc.map((s) => s.sid)).toEqual(['WriteOwnLogs', 'Tracing', 'InvokeCoreApi']);
    expect(doc[2]).toMatchObject({
      actions: ['execute-api:Invoke'],
      resources: ['${var.core_api_stage_execution_arn}/*'],
    });
    expect(mcp.variable.endpoint_type.validation[0].condition).toBe(
      '${contains(["http_api","agentcore"], var.endpoint_type)}',
    );
  });
});
