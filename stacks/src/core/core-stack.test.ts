import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNCLEAN_EXECUTION_STATUSES as HANDLED_STATUSES } from '@dlt/orchestration';
import { LOAD_TESTER_CONTAINER, startedByForRun } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import { synthModule } from '../modules.js';
import { STACK_TAG as REGIONAL_STACK_TAG } from '../regional/regional-stack.js';
import { CLI_CALLBACK_URL, OAUTH_SCOPES } from './auth.js';
import { UNCLEAN_EXECUTION_STATUSES } from './events.js';
import { ORCHESTRATION_SOURCE_DIR, STEPS } from './orchestration.js';
import { STACK_TAG } from './permissions.js';
import { CONSOLE_CORS_METHODS } from './storage.js';

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the synthesized JSON freely
type Json = Record<string, any>;

const core = synthModule('core', mkdtempSync(join(tmpdir(), 'dlt-core-test-'))).json as Json;
const repo = join(import.meta.dirname, '..', '..', '..');

const functions = core.resource.aws_lambda_function as Record<string, Json>;
const docs = core.data.aws_iam_policy_document as Record<string, { statement: Json[] }>;
const allStatements: Json[] = Object.entries(docs).flatMap(([doc, d]) =>
  d.statement.map((s) => ({ doc, ...s })),
);
const withAction = (action: string) => allStatements.filter((s) => (s.actions as string[]).includes(action));
const conditionOn = (s: Json, variable: string) =>
  (s.condition as Json[] | undefined)?.find((c) => c.variable === variable);
const policyOf = (fn: string) => docs[`${fn}_role_policy_doc`]?.statement ?? [];
const actionsOf = (fn: string) => new Set(policyOf(fn).flatMap((s) => s.actions as string[]));

/** What functions/aws-adapters/src/env.ts and functions/api/src/lambda.ts read. */
const KNOWN_ENV = new Set([
  'SCENARIOS_TABLE',
  'HISTORY_TABLE',
  'SCENARIOS_BUCKET',
  'STATE_MACHINE_ARN',
  'TEST_CLEANUP_FUNCTION',
  'RESULTS_PARSER_FUNCTION',
  'IOT_ENDPOINT',
  'IOT_POLICY_NAME',
  'POWERTOOLS_SERVICE_NAME',
  'SCHEDULE_GROUP',
  'SCHEDULER_ROLE_ARN',
  'SCHEDULE_TARGET_ARN',
  'DLT_VERSION',
]);

describe('core IAM posture', () => {
  it('passes roles only to ECS tasks (the regional roles) and to Scheduler (its own role)', () => {
    const passRole = withAction('iam:PassRole');
    expect(passRole.length).toBeGreaterThan(0);
    for (const s of passRole) {
      expect(s.actions, s.doc).toEqual(['iam:PassRole']);
      const service = conditionOn(s, 'iam:PassedToService');
      expect(service?.test, s.doc).toBe('StringEquals');
      if (service?.values[0] === 'ecs-tasks.amazonaws.com') {
        expect(s.resources.map((r: string) => r.replace(/^.*:role\//, ''))).toEqual([
          '${var.name_prefix}-task-*',
          '${var.name_prefix}-exec-*',
        ]);
      } else {
        expect(service?.values, s.doc).toEqual(['scheduler.amazonaws.com']);
        expect(s.resources, s.doc).toEqual(['${aws_iam_role.scheduler_role.arn}']);
      }
    }
    expect(withAction('iam:PassRole').map((s) => s.doc)).toEqual(
      expect.arrayContaining(['task_runner_role_policy_doc', 'api_role_policy_doc']),
    );
  });

  it("runs and stops only tagged tasks on this deployment's clusters", () => {
    for (const action of ['ecs:RunTask', 'ecs:StopTask']) {
      const found = withAction(action);
      expect(found.length, action).toBeGreaterThan(0);
      for (const s of found) {
        expect(conditionOn(s, 'ecs:cluster')?.values[0], s.doc).toMatch(
          /:cluster\/\$\{var\.name_prefix\}-load-testing$/,
        );
        expect(conditionOn(s, `aws:ResourceTag/${STACK_TAG}`)?.values, s.doc).toEqual([
          '${local.stack_name}',
        ]);
        for (const r of s.resources as string[]) expect(r, s.doc).not.toBe('*');
      }
    }
    expect(core.locals.stack_name).toBe('${coalesce(var.stack_name, var.name_prefix)}');
    expect(STACK_TAG).toBe(REGIONAL_STACK_TAG);
  });

  it('gives each Lambda only the rights its step uses', () => {
    const ecsMutations = ['ecs:RunTask', 'ecs:StopTask', 'iam:PassRole'];
    const mutators = Object.keys(STEPS).filter((id) => ecsMutations.some((a) => actionsOf(id).has(a)));
    expect(mutators.sort()).toEqual(['orphan_cleanup', 'task_runner', 'test_cleanup']);
    expect(actionsOf('task_runner').has('ecs:StopTask')).toBe(false);
    expect(actionsOf('sfn_failure_handler').has('lambda:InvokeFunction')).toBe(true);
    expect(actionsOf('orphan_cleanup').has('states:DescribeExecution')).toBe(true);
    for (const id of ['regional_sync', 'start_command', 'results_parser', 'task_failure_handler']) {
      expect(
        [...actionsOf(id)].filter((a) => !/^(dynamodb|s3|logs|xray):/.test(a)),
        id,
      ).toEqual([]);
    }
    // The api starts, finds and stops runs, invokes cleanup on cancel, and manages its schedules.
    for (const a of [
      'states:StartExecution',
      'states:StopExecution',
      'scheduler:CreateSchedule',
      'ecs:ListTasks',
    ])
      expect(actionsOf('api').has(a), a).toBe(true);
    expect(actionsOf('api').has('ecs:RunTask')).toBe(false);
  });
});

describe('core orchestration Lambdas', () => {
  it('run one entry each of the shared orchestration bundle, which exists in the module', () => {
    for (const [id, spec] of Object.entries(STEPS)) {
      const fn = functions[id];
      expect(fn?.handler, id).toBe(`${spec.entry}.handler`);
      expect(fn?.filename, id).toBe('${data.archive_file.orchestration_code.output_path}');
      expect(
        existsSync(join(repo, 'modules', 'core', ORCHESTRATION_SOURCE_DIR, `${spec.entry}.mjs`)),
        id,
      ).toBe(true);
      expect(core.resource.aws_cloudwatch_log_group[`${id}_logs`]?.retention_in_days, id).toBeDefined();
    }
    expect(core.data.archive_file.orchestration_code.source_dir).toBe(
      '${path.module}/functions/orchestration',
    );
  });

  it('set only environment variables the runtime reads', () => {
    for (const [id, fn] of Object.entries(functions)) {
      for (const name of Object.keys(fn.environment?.variables ?? {}))
        expect(KNOWN_ENV, `${id}: ${name}`).toContain(name);
    }
    expect(functions.orphan_cleanup?.environment.variables.STATE_MACHINE_ARN).toMatch(/:stateMachine:/);
    expect(functions.sfn_failure_handler?.environment.variables.TEST_CLEANUP_FUNCTION).toBe(
      '${var.name_prefix}-test-cleanup',
    );
    // Lambdas the state machine calls cannot name it without a cycle in the Terraform graph.
    for (const id of ['task_runner', 'readiness_check', 'task_status_checker', 'test_cleanup'])
      expect(functions[id]?.environment.variables.STATE_MACHINE_ARN, id).toBeUndefined();
  });
});

describe('core events, scheduling and live data', () => {
  const rules = core.resource.aws_cloudwatch_event_rule as Record<string, Json>;
  const targets = core.resource.aws_cloudwatch_event_target as Record<string, Json>;

  it('sends stopped load-tester tasks of our runs to the task-failure handler', () => {
    const pattern = JSON.parse(rules.task_stopped?.event_pattern);
    expect(pattern).toEqual({
      source: ['aws.ecs'],
      'detail-type': ['ECS Task State Change'],
      detail: {
        lastStatus: ['STOPPED'],
        startedBy: [{ prefix: startedByForRun('') }],
        containers: { name: [LOAD_TESTER_CONTAINER] },
      },
    });
    expect(targets.task_stopped_target?.arn).toBe('${aws_lambda_function.task_failure_handler.arn}');
  });

  it('sends failed, timed-out and aborted executions of our state machine to the sfn-failure handler', () => {
    const pattern = JSON.parse(rules.execution_failed?.event_pattern);
    expect(pattern.detail).toEqual({
      status: UNCLEAN_EXECUTION_STATUSES,
      stateMachineArn: ['${aws_sfn_state_machine.state_machine.arn}'],
    });
    expect([...UNCLEAN_EXECUTION_STATUSES].sort()).toEqual([...HANDLED_STATUSES].sort());
    expect(targets.execution_failed_target?.arn).toBe('${aws_lambda_function.sfn_failure_handler.arn}');
  });

  it('sweeps orphans hourly, and lets each rule invoke only its own target', () => {
    expect(rules.orphan_cleanup_schedule?.schedule_expression).toBe('rate(1 hour)');
    for (const [id, permission] of Object.entries(
      core.resource.aws_lambda_permission as Record<string, Json>,
    )) {
      if (permission.principal !== 'events.amazonaws.com') continue;
      const rule = id.replace(/_invoke$/, '');
      expect(permission.source_arn, id).toBe(`\${aws_cloudwatch_event_rule.${rule}.arn}`);
      expect(permission.function_name, id).toBe(
        targets[`${rule}_target`]?.arn.replace('.arn}', '.function_name}'),
      );
    }
  });

  it('has a schedule group and a role Scheduler assumes only for it, to invoke only the api Lambda', () => {
    expect(core.resource.aws_scheduler_schedule_group.schedules.name).toBe('${var.name_prefix}-schedules');
    const trust = docs.scheduler_role_trust?.statement[0] as Json;
    expect(trust.principals).toEqual([{ type: 'Service', identifiers: ['scheduler.amazonaws.com'] }]);
    expect(conditionOn(trust, 'aws:SourceArn')?.values).toEqual([
      '${aws_scheduler_schedule_group.schedules.arn}',
    ]);
    expect(docs.scheduler_role_policy_doc?.statement).toEqual([
      {
        sid: 'InvokeApi',
        actions: ['lambda:InvokeFunction'],
        resources: [expect.stringMatching(/:function:\$\{var\.name_prefix\}-api$/)],
      },
    ]);
    const api = functions.api?.environment.variables;
    expect(api.SCHEDULE_GROUP).toBe('${aws_scheduler_schedule_group.schedules.name}');
    expect(api.SCHEDULER_ROLE_ARN).toBe('${aws_iam_role.scheduler_role.arn}');
    expect(api.SCHEDULE_TARGET_ARN).toBe(docs.scheduler_role_policy_doc?.statement[0]?.resources[0]);
    expect(functions.api?.function_name).toBe('${var.name_prefix}-api');
  });

  it('lets signed-in users connect as themselves and subscribe and receive on dlt/* only', () => {
    const iot = (doc: string) =>
      docs[doc]?.statement.filter((s) => (s.actions as string[])[0]?.startsWith('iot:'));
    const expected = [
      ['iot:Connect', /:client\/&\{cognito-identity\.amazonaws\.com:sub\}$/],
      ['iot:Subscribe', /:topicfilter\/dlt\/\*$/],
      ['iot:Receive', /:topic\/dlt\/\*$/],
    ] as const;
    for (const doc of ['live_data_policy_doc', 'authenticated_role_policy_doc']) {
      const found = iot(doc) ?? [];
      for (const [action, resource] of expected) {
        const s = found.find((x) => x.actions[0] === action);
        expect(s?.actions, `${doc}: ${action}`).toEqual([action]);
        expect(s?.resources[0], `${doc}: ${action}`).toMatch(resource);
      }
    }
    // Users may not attach IoT policies (to anyone); the api attaches the live-data policy to the caller.
    expect(withAction('iot:AttachPolicy').map((s) => s.doc)).toEqual(['api_role_policy_doc']);
    expect(functions.api?.environment.variables.IOT_POLICY_NAME).toBe('${aws_iot_policy.live_data.name}');
    expect(core.resource.aws_iot_policy.live_data.policy).toBe(
      '${data.aws_iam_policy_document.live_data_policy_doc.json}',
    );
  });

  it('documents every output the regional module and the console need', () => {
    for (const name of [
      'state_machine_arn',
      'live_data_topic_prefix',
      'live_data_topic_arn',
      'iot_endpoint',
      'scenarios_table_name',
      'scenarios_table_arn',
      'history_table_name',
      'scenarios_bucket_name',
      'scenarios_bucket_arn',
      'stack_name',
      'event_bus_arn',
      'schedule_group_name',
    ]) {
      expect(core.output[name]?.description, name).toMatch(/\S/);
    }
  });
});

describe('core Cognito sign-in for the console and the CLI', () => {
  const client = core.resource.aws_cognito_user_pool_client.user_pool_client as Json;
  const domain = core.resource.aws_cognito_user_pool_domain.user_pool_domain as Json;
  /** The variable's validation regexes are RE2 and JavaScript alike; run them over sample prefixes. */
  const prefixCondition = String(core.variable.cognito_domain_prefix.validation[0].condition);
  const [shape, reserved] = [...prefixCondition.matchAll(/regex\("([^"]+)"/g)].map(
    (m) => new RegExp(m[1] ?? ''),
  );
  const prefixAccepted = (p: string) => Boolean(shape?.test(p)) && !reserved?.test(p);

  it('creates the Hosted UI domain (classic UI) from a prefix that defaults to name_prefix and a hash of the account', () => {
    expect(domain).toMatchObject({
      domain: '${local.cognito_domain_prefix}',
      user_pool_id: '${aws_cognito_user_pool.user_pool.id}',
      managed_login_version: 1,
    });
    expect(core.locals.cognito_domain_prefix).toBe(
      '${var.cognito_domain_prefix != null ? var.cognito_domain_prefix : "${var.name_prefix}-${substr(sha1(data.aws_caller_identity.current_account.account_id), 0, 10)}"}',
    );
    expect(core.variable.cognito_domain_prefix.default).toBeNull();
    expect(domain.lifecycle.precondition[0].condition).toContain('local.cognito_domain_prefix');
    expect(core.output.cognito_domain.value).toBe(
      '${"https://${aws_cognito_user_pool_domain.user_pool_domain.domain}.auth.${data.aws_region.current_region.region}.amazoncognito.com"}',
    );
  });

  it.each([
    ['dlt-0123456789', true],
    ['a', true],
    ['my-load-tests', true],
    ['-dlt', false],
    ['dlt-', false],
    ['DLT', false],
    ['my-aws-tests', false],
    ['amazonish', false],
    ['cognito1', false],
    ['x'.repeat(64), false],
  ])('cognito_domain_prefix %j accepted: %s', (prefix, ok) => {
    expect(prefixAccepted(prefix)).toBe(ok);
  });

  it('lets the app client use the authorization code flow (public client, PKCE) and SRP, nothing implicit', () => {
    expect(client).toMatchObject({
      generate_secret: false,
      allowed_oauth_flows_user_pool_client: true,
      allowed_oauth_flows: ['code'],
      allowed_oauth_scopes: OAUTH_SCOPES,
      supported_identity_providers: ['COGNITO'],
      explicit_auth_flows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      callback_urls: '${local.cognito_callback_urls}',
      logout_urls: '${local.console_sign_in_urls}',
    });
    expect(OAUTH_SCOPES).toEqual(['openid', 'email', 'profile']);
    expect(client.lifecycle.precondition[0].condition).toBe('${length(local.cognito_callback_urls) > 0}');
  });

  it("registers each console origin's /login page and the CLI's loopback callback", () => {
    expect(core.locals.console_sign_in_urls).toBe('${[for u in var.console_urls : "${u}/login"]}');
    expect(core.locals.cognito_callback_urls).toBe(
      '${concat(local.console_sign_in_urls, var.cli_callback_urls)}',
    );
    expect(core.variable.console_urls.default).toEqual([]);
    // The CLI's default callback (cli/src/auth/browser-login.ts listens on 7521, path /callback).
    expect(core.variable.cli_callback_urls.default).toEqual([CLI_CALLBACK_URL]);
    expect(CLI_CALLBACK_URL).toBe('http://localhost:7521/callback');
    const origin = new RegExp(
      /regex\("([^"]+)"/.exec(String(core.variable.console_urls.validation[0].condition))?.[1] ?? '',
    );
    expect(['https://d1.cloudfront.net', 'https://load.example.com'].every((u) => origin.test(u))).toBe(true);
    for (const bad of ['http://load.example.com', 'https://load.example.com/', 'https://x.com/app'])
      expect(origin.test(bad), bad).toBe(false);
  });
});

describe('core scenarios bucket CORS for the console', () => {
  const cors = core.resource.aws_s3_bucket_cors_configuration.scenarios_bucket_cors as Json;

  it('allows only GET and PUT from the console origins, exposing ETag, and exists only with a console', () => {
    expect(cors.bucket).toBe('${aws_s3_bucket.scenarios_bucket.id}');
    expect(cors.count).toBe('${length(var.console_urls) > 0 ? 1 : 0}');
    expect(cors.cors_rule).toHaveLength(1);
    const [rule] = cors.cors_rule as Json[];
    expect(rule?.allowed_origins).toBe('${var.console_urls}');
    expect([...(rule?.allowed_methods ?? [])].sort()).toEqual(['GET', 'PUT']);
    expect(CONSOLE_CORS_METHODS).toEqual(['GET', 'PUT']);
    expect(rule?.expose_headers).toEqual(['ETag']);
    expect(rule?.allowed_headers).not.toContain('*');
  });
});

describe('core api rights for /vCPUDetails', () => {
  it('reads the Fargate vCPU quota and nothing else of Service Quotas', () => {
    const quota = policyOf('api').find((s) =>
      (s.actions as string[]).includes('servicequotas:GetServiceQuota'),
    );
    expect(quota).toMatchObject({ actions: ['servicequotas:GetServiceQuota'], resources: ['*'] });
    expect(withAction('servicequotas:GetServiceQuota').map((s) => s.doc)).toEqual(['api_role_policy_doc']);
    // Tasks are read on our clusters only (the quota is divided by the registered task size, no task definitions).
    expect(actionsOf('api').has('ecs:DescribeTaskDefinition')).toBe(false);
    expect(actionsOf('api').has('ecs:ListClusters')).toBe(false);
  });

  it('accepts ECS events forwarded from other regions: the task-stopped pattern names no region or account', () => {
    const pattern = JSON.parse(core.resource.aws_cloudwatch_event_rule.task_stopped.event_pattern);
    expect(pattern.region).toBeUndefined();
    expect(pattern.account).toBeUndefined();
    expect(core.output.event_bus_arn.value).toMatch(
      /:events:\$\{data\.aws_region\.current_region\.region\}:.*:event-bus\/default$/,
    );
  });
});
