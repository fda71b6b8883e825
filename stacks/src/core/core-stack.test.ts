import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNCLEAN_EXECUTION_STATUSES as HANDLED_STATUSES } from '@dlt/orchestration';
import { LOAD_TESTER_CONTAINER, startedByForRun } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import { synthModule } from '../modules.js';
import { STACK_TAG as REGIONAL_STACK_TAG } from '../regional/regional-stack.js';
import { UNCLEAN_EXECUTION_STATUSES } from './events.js';
import { ORCHESTRATION_SOURCE_DIR, STEPS } from './orchestration.js';
import { STACK_TAG } from './permissions.js';

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
    expect(
      iot('authenticated_role_policy_doc')?.find((s) => s.actions[0] === 'iot:AttachPolicy')?.resources,
    ).toEqual(['${aws_iot_policy.live_data.arn}']);
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
