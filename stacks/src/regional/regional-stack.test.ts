import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orchestrationDepsFromEnv } from '@dlt/aws-adapters';
import { DEFAULT_SETTINGS } from '@dlt/orchestration';
import { readTaskEnvironment, TASK_ENV, taskEnvironment } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import { type EvalScope, evaluate } from '../lib/expression-eval.js';
import { LAMBDA_ARCHITECTURE, NODE_RUNTIME } from '../lib/lambda.js';
import { synthModule } from '../modules.js';
import { READY_FILE, STACK_TAG, START_TIMEOUT_SECONDS } from './regional-stack.js';

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the synthesized JSON freely
type Json = Record<string, any>;

const json = synthModule('regional', mkdtempSync(join(tmpdir(), 'dlt-regional-'))).json as Json;
const resource = json.resource as Json;

/** Variable defaults, as Terraform would use them, overridden per case. */
function scope(overrides: Record<string, unknown> = {}, extra: EvalScope = {}): EvalScope {
  const defaults = Object.fromEntries(
    Object.entries(json.variable as Json).map(([name, spec]) => [name, spec.default ?? null]),
  );
  return { vars: { ...defaults, ...overrides }, locals: json.locals, ...extra };
}
const count = (value: unknown, s: EvalScope) => evaluate(value, s) as number;

describe('regional: private subnets, NAT gateways and Elastic IPs', () => {
  const counted = [
    ['aws_eip', 'nat'],
    ['aws_nat_gateway', 'nat'],
    ['aws_route_table', 'private_routes'],
    ['aws_route', 'private_nat'],
  ] as const;

  it.each([
    [{}, 0, 0],
    [{ create_private_subnets: true }, 1, 2],
    [{ create_private_subnets: true, nat_gateway_count: 2 }, 2, 2],
    [{ create_private_subnets: true, private_subnet_cidrs: ['10.0.0.0/24'] }, 1, 1],
    // Private subnets need the module's VPC; with the caller's network nothing is created.
    [{ create_private_subnets: true, create_vpc: false, vpc_id: 'vpc-1', subnet_ids: ['s'] }, 0, 0],
  ])('%j: %i NAT gateways (one EIP each), %i private subnets', (vars, nats, subnets) => {
    const s = scope(vars);
    for (const [type, name] of counted) expect(count(resource[type][name].count, s), type).toBe(nats);
    expect(count(resource.aws_subnet.private.count, s)).toBe(subnets);
    expect(count(resource.aws_route_table_association.private.count, s)).toBe(subnets);
  });

  it('puts NAT gateway i in public subnet i with EIP i, and routes private subnet j through NAT j % n', () => {
    const nat = resource.aws_nat_gateway.nat;
    expect(nat.allocation_id).toBe('${aws_eip.nat[count.index].id}');
    expect(nat.subnet_id).toBe('${aws_subnet.public[count.index % length(aws_subnet.public)].id}');
    expect(nat.depends_on).toEqual(['aws_internet_gateway.internet_gateway']);
    expect(resource.aws_eip.nat.domain).toBe('vpc');
    expect(resource.aws_route.private_nat).toMatchObject({
      destination_cidr_block: '0.0.0.0/0',
      nat_gateway_id: '${aws_nat_gateway.nat[count.index].id}',
    });
    expect(resource.aws_route_table_association.private.route_table_id).toBe(
      '${aws_route_table.private_routes[count.index % local.nat_gateway_count].id}',
    );
    expect(resource.aws_subnet.private.map_public_ip_on_launch).toBe(false);
  });

  it.each([
    [{}, 'aws_subnet.public[*].id', true, 'ENABLED'],
    [{ create_private_subnets: true }, 'aws_subnet.private[*].id', false, 'DISABLED'],
    [{ create_vpc: false, vpc_id: 'v', subnet_ids: ['s-1'] }, ['s-1'], true, 'ENABLED'],
    [{ create_vpc: false, subnet_ids: ['s-1'], assign_public_ip: false }, ['s-1'], false, 'DISABLED'],
  ])('%j: tasks run in %j, public IP %s (registration %s)', (vars, subnets, publicIp, setting) => {
    const s = scope(vars);
    expect(evaluate('${local.subnet_ids}', s)).toEqual(subnets);
    expect(evaluate(json.output.assign_public_ip.value, s)).toBe(publicIp);
    expect(evaluate('${local.assign_public_ip_setting}', s)).toBe(setting);
  });

  it('registers the public-IP setting and outputs the EIPs with an allow-list description', () => {
    expect(resource.aws_dynamodb_table_item.registration.item).toContain(
      '"assignPublicIp" = {"S" = local.assign_public_ip_setting}',
    );
    expect(json.output.nat_public_ips.value).toBe('${aws_eip.nat[*].public_ip}');
    expect(json.output.nat_public_ips.description).toMatch(/allow-list/);
  });

  it('refuses private subnets without the module VPC and more NAT gateways than public subnets', () => {
    const conditions = resource.aws_security_group.tasks.lifecycle.precondition.map((p: Json) => p.condition);
    const holds = (vars: Record<string, unknown>) =>
      conditions.every((c: string) => evaluate(c, scope(vars)));
    expect(holds({ create_private_subnets: true, nat_gateway_count: 2 })).toBe(true);
    expect(holds({ create_private_subnets: true, nat_gateway_count: 3 })).toBe(false);
    expect(holds({ create_private_subnets: true, create_vpc: false, vpc_id: 'v', subnet_ids: ['s'] })).toBe(
      false,
    );
    expect(holds({ create_private_subnets: true, private_subnet_cidrs: [] })).toBe(false);
    const natValidation = json.variable.nat_gateway_count.validation[0].condition;
    expect(evaluate(natValidation, scope({ nat_gateway_count: 0 }))).toBe(false);
    expect(evaluate(natValidation, scope({ nat_gateway_count: 1.5 }))).toBe(false);
  });
});

describe('regional: live-data publisher', () => {
  const fn = resource.aws_lambda_function.live_data_publisher;

  it('subscribes the publisher to live lines only, after granting CloudWatch Logs the invoke', () => {
    const filter = resource.aws_cloudwatch_log_subscription_filter.live_data;
    expect(filter.filter_pattern).toBe('{ $.type = "live" }');
    expect(filter.log_group_name).toBe('${aws_cloudwatch_log_group.load_tester_logs.name}');
    expect(filter.destination_arn).toBe('${aws_lambda_function.live_data_publisher.arn}');
    expect(filter.depends_on).toEqual(['aws_lambda_permission.live_data_from_logs']);
    expect(resource.aws_lambda_permission.live_data_from_logs).toMatchObject({
      action: 'lambda:InvokeFunction',
      principal: 'logs.amazonaws.com',
      source_arn: '${aws_cloudwatch_log_group.load_tester_logs.arn}:*',
      function_name: '${aws_lambda_function.live_data_publisher.function_name}',
    });
  });

  it('runs the bundled handler on arm64 and Node 22, with its own log group and retention', () => {
    expect(fn).toMatchObject({
      architectures: [LAMBDA_ARCHITECTURE],
      runtime: NODE_RUNTIME,
      handler: 'index.handler',
    });
    expect(NODE_RUNTIME).toBe('nodejs22.x');
    expect(json.data.archive_file.live_data_publisher_code.source_dir).toBe(
      '${path.module}/functions/live-data-publisher',
    );
    expect(resource.aws_cloudwatch_log_group.live_data_publisher_logs.retention_in_days).toBe(
      '${var.log_retention_days}',
    );
    for (const [id, group] of Object.entries(resource.aws_cloudwatch_log_group as Json))
      expect(group.retention_in_days, id).toBe('${var.log_retention_days}');
  });

  it('may publish only to dlt/* in core region', () => {
    const statements = json.data.aws_iam_policy_document.live_data_publisher_role_policy_doc.statement;
    const publish = statements.find((s: Json) => s.sid === 'PublishLiveData');
    expect(publish.actions).toEqual(['iot:Publish']);
    expect(publish.resources).toEqual([
      'arn:${data.aws_partition.current.partition}:iot:${var.core_region}:' +
        '${data.aws_caller_identity.current_account.account_id}:topic/dlt/*',
    ]);
  });

  it("has every variable the publisher's runtime checks at start-up", () => {
    const env = Object.fromEntries(
      Object.keys(fn.environment.variables).map((name) => [name, `value-of-${name}`]),
    );
    expect(() => orchestrationDepsFromEnv({})).toThrow(/must be set/);
    // Lambda sets AWS_REGION itself; the others must come from the module.
    const deps = orchestrationDepsFromEnv({ ...env, AWS_REGION: 'eu-west-1' });
    expect(deps.live).toBeDefined();
  });

  it('looks the IoT endpoint up in core region unless one is given', () => {
    expect(json.data.aws_iot_endpoint.core).toMatchObject({
      endpoint_type: 'iot:Data-ATS',
      region: '${var.core_region}',
    });
    const refs = {
      'data.aws_iot_endpoint.core[*].endpoint_address': ['abc-ats.iot.us-east-1.amazonaws.com'],
    };
    expect(evaluate('${local.iot_endpoint}', scope({}, { refs }))).toBe(
      'abc-ats.iot.us-east-1.amazonaws.com',
    );
    expect(evaluate('${local.iot_endpoint}', scope({ iot_endpoint: 'custom.example.com' }, { refs }))).toBe(
      'custom.example.com',
    );
    expect(count(json.data.aws_iot_endpoint.core.count, scope({ iot_endpoint: 'x' }))).toBe(0);
  });
});

describe('regional: load-tester task', () => {
  const td = resource.aws_ecs_task_definition.load_tester;
  /** `{"name" = "X", "value" = <expr>}` entries of the container environment. */
  const containerEnv = Object.fromEntries(
    [...String(td.container_definitions).matchAll(/\{"name" = "(\w+)", "value" = ([^}]+)\}/g)].map((m) => [
      m[1],
      String(
        evaluate(
          `\${${m[2]}}`,
          scope({ region: 'eu-west-1', core_region: 'us-east-1', scenarios_bucket_name: 'bucket-1' }),
        ),
      ),
    ]),
  );

  it('sets the ready file the health check waits for', () => {
    expect(containerEnv.DLT_READY_FILE).toBe(READY_FILE);
    expect(td.container_definitions).toContain(`"CMD-SHELL", "test -f ${READY_FILE}"`);
  });

  it("outwaits the orchestration's readiness timeout before giving up on the start signal", () => {
    expect(Number(containerEnv.DLT_START_TIMEOUT_SECONDS)).toBe(START_TIMEOUT_SECONDS);
    expect(START_TIMEOUT_SECONDS).toBeGreaterThan(DEFAULT_SETTINGS.readinessTimeoutSeconds);
  });

  it("with the launcher's per-run overrides, gives task-host mode every variable it requires", () => {
    const perRun = taskEnvironment({
      mainRegion: 'us-east-1',
      bucket: 'b',
      testId: 'aBcD123xyz',
      testRunId: 'run1234567',
      testType: 'simple',
      fileType: 'none',
      showLive: true,
      taskCount: 2,
      prefix: '2026-11-27T10-00-00',
      region: 'eu-west-1',
    });
    expect(() => readTaskEnvironment(containerEnv)).toThrow(/TEST_ID is not set/);
    const task = readTaskEnvironment({ ...containerEnv, ...perRun });
    expect(task).toMatchObject({ mainRegion: 'us-east-1', region: 'eu-west-1', taskCount: 2 });
    // The worker starts in task-host mode when S3_BUCKET is set and no --config is given.
    expect(containerEnv[TASK_ENV.bucket]).toBe('bucket-1');
    expect(containerEnv[TASK_ENV.mainRegion]).toBe('us-east-1');
  });

  it('names the roles <name_prefix>-task-<region> and <name_prefix>-exec-<region> for PassRole scoping', () => {
    const name = (role: string) =>
      String(evaluate(resource.aws_iam_role[role].name, scope({ name_prefix: 'dlt', region: 'eu-west-1' })));
    expect(name('task_role')).toBe('dlt-task-eu-west-1');
    expect(name('execution_role')).toBe('dlt-exec-eu-west-1');
    const glob = (pattern: string) => new RegExp(`^${pattern.replace('*', '.*')}$`);
    expect(name('task_role')).toMatch(glob('dlt-task-*'));
    expect(name('execution_role')).not.toMatch(glob('dlt-task-*'));
    expect(name('live_data_publisher_role')).not.toMatch(/^dlt-(task|exec)-/);
    expect(td.task_role_arn).toBe('${aws_iam_role.task_role.arn}');
    expect(td.execution_role_arn).toBe('${aws_iam_role.execution_role.arn}');
  });

  it(`tags the cluster and task definition with ${STACK_TAG} (stack_name, else name_prefix)`, () => {
    for (const r of [resource.aws_ecs_cluster.cluster, td])
      expect(r.tags).toBe(`\${merge(var.tags, {"${STACK_TAG}" = local.stack_name})}`);
    expect(evaluate('${local.stack_name}', scope({ name_prefix: 'dlt' }))).toBe('dlt');
    expect(evaluate('${local.stack_name}', scope({ name_prefix: 'dlt', stack_name: 'load-prod' }))).toBe(
      'load-prod',
    );
  });
});

describe("regional: stopped-task events to core's event bus", () => {
  const forwarding = [
    ['aws_cloudwatch_event_rule', 'task_stopped_forward'],
    ['aws_cloudwatch_event_target', 'task_stopped_forward_target'],
    ['aws_iam_role', 'event_forwarder'],
    ['aws_iam_role_policy', 'event_forwarder_policy'],
  ] as const;
  const docs = json.data.aws_iam_policy_document as Json;

  it.each([
    ['eu-west-1', 'us-east-1', 1],
    ['us-east-1', 'us-east-1', 0],
  ])(
    'in %s with core in %s: %i forwarding rule (core sees its own region; no double delivery)',
    (region, core, n) => {
      const s = scope({ region, core_region: core });
      for (const [type, name] of forwarding) expect(count(resource[type][name].count, s), type).toBe(n);
      for (const name of ['event_forwarder_trust', 'event_forwarder_policy_doc'])
        expect(count(docs[name].count, s), name).toBe(n);
      expect(evaluate(json.output.task_events_forwarded.value, s)).toBe(n === 1);
    },
  );

  it("forwards only our cluster's STOPPED task events, to core's bus, with a role that may only put events there", () => {
    const rule = resource.aws_cloudwatch_event_rule.task_stopped_forward;
    expect(rule.region).toBe('${var.region}');
    expect(rule.event_pattern).toBe(
      '${jsonencode({"source" = ["aws.ecs"], "detail-type" = ["ECS Task State Change"], "detail" = {"lastStatus" = ["STOPPED"], "clusterArn" = [aws_ecs_cluster.cluster.arn]}})}',
    );
    const target = resource.aws_cloudwatch_event_target.task_stopped_forward_target;
    expect(target).toMatchObject({
      arn: '${var.core_event_bus_arn}',
      role_arn: '${aws_iam_role.event_forwarder[0].arn}',
      rule: '${aws_cloudwatch_event_rule.task_stopped_forward[0].name}',
    });
    expect(docs.event_forwarder_policy_doc.statement).toEqual([
      { sid: 'PutOnCoreBus', actions: ['events:PutEvents'], resources: ['${var.core_event_bus_arn}'] },
    ]);
    const [trust] = docs.event_forwarder_trust.statement as Json[];
    expect(trust?.principals).toEqual([{ type: 'Service', identifiers: ['events.amazonaws.com'] }]);
    expect(((trust?.condition ?? []) as Json[]).map((c) => [c.variable, c.values])).toEqual([
      ['aws:SourceAccount', ['${data.aws_caller_identity.current_account.account_id}']],
      ['aws:SourceArn', ['${aws_cloudwatch_event_rule.task_stopped_forward[0].arn}']],
    ]);
    // Account-global name with the region, outside core's PassRole patterns (<prefix>-task-*, <prefix>-exec-*).
    const name = String(
      evaluate(
        resource.aws_iam_role.event_forwarder.name,
        scope({ name_prefix: 'dlt', region: 'eu-west-1' }),
      ),
    );
    expect(name).toBe('dlt-events-eu-west-1');
    expect(json.variable.core_event_bus_arn.default).toBeUndefined();
  });

  it("registers the task's CPU units, which the api divides the Fargate vCPU quota by", () => {
    expect(resource.aws_dynamodb_table_item.registration.item).toContain('"taskCpu" = {"S" = var.task_cpu}');
  });
});
