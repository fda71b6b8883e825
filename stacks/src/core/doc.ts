import type { ModuleDoc } from '../lib/module-stack.js';

/** The core module's README text: what is here, and what is known to be missing or untested. */
export const CORE_DOC: ModuleDoc = {
  title: 'core',
  summary:
    'The control plane: DynamoDB tables, the scenarios bucket, the REST API (IAM auth) with its Lambda, Cognito ' +
    'sign-in, the test-run state machine with its orchestration Lambdas, the safety-net EventBridge rules, the ' +
    'EventBridge Scheduler group and role for scheduled tests, and the IoT policy for live data. Deploy once, in ' +
    'the region that hosts the API; add one `regional` module per region that runs load.',
  status: [
    'Present: the Step Functions state machine (STANDARD, X-Ray tracing, logs in ' +
      '`/aws/vendedlogs/states/<name_prefix>-test-run` at `state_machine_log_level`, execution data never logged). ' +
      'Its definition is `buildStateMachineDefinition` from `@dlt/shared`, the same function local mode runs, with ' +
      'the Lambda ARNs as Terraform references; a test shows the two are byte-identical once the ARNs are ' +
      'substituted. Its role may invoke exactly its seven step Lambdas and start/describe/stop its own child ' +
      'executions (the per-region run Map is DISTRIBUTED).',
    'Present: ten orchestration Lambdas (arm64, nodejs22.x, one log group each) sharing one bundle, ' +
      '`functions/orchestration/` (one entry file per step). Each gets only the environment and rights its step ' +
      'uses. The task canceler is not deployed: the api cancels runs itself, as local mode does.',
    'Present: EventBridge rules: an ECS task of a DLT run stopped (in this region) → task-failure-handler; the ' +
      'state machine ended FAILED, TIMED_OUT or ABORTED → sfn-failure-handler; hourly → orphan-cleanup. ECS events ' +
      "of other regions reach these rules only if the regional module forwards them to core's bus (`event_bus_arn`).",
    'Present: the scheduler group `<name_prefix>-schedules` and the role Scheduler assumes to invoke the api ' +
      "Lambda; the IoT policy `<name_prefix>-live-data` (connect as one's own Cognito identity, subscribe and " +
      'receive `dlt/*`) and the same rights on the Cognito authenticated role. Users have no `iot:AttachPolicy` ' +
      "(it cannot be limited to one's own identity): the api's `POST /iot/attach` attaches the policy to the " +
      "caller's Cognito identity (the api role has `iot:AttachPolicy` on `*`, the only resource a Cognito " +
      'identity matches).',
    'Present: Cognito sign-in for the console and the CLI: the Hosted UI domain (`cognito_domain` output; prefix ' +
      '`cognito_domain_prefix`, default `<name_prefix>-<hash of the account ID>`, classic UI) and one public app ' +
      'client with the authorization code flow (PKCE), scopes openid/email/profile, SRP and refresh-token sign-in. ' +
      'Callback and sign-out URLs are `<console origin>/login` for each of `console_urls`, plus `cli_callback_urls` ' +
      '(default `http://localhost:7521/callback`, `dlt login`).',
    'Present: CORS on the scenarios bucket for `console_urls` (GET and PUT, ETag exposed); none while the list ' +
      'is empty.',
    'IAM posture: `iam:PassRole` only on `role/<name_prefix>-task-*` and `role/<name_prefix>-exec-*` (the ' +
      'regional naming contract) with `iam:PassedToService = ecs-tasks.amazonaws.com`; `ecs:RunTask` only on ' +
      '`task-definition/<name_prefix>-load-tester:*` and `ecs:StopTask` only on tasks, both conditioned on ' +
      '`ecs:cluster` = `cluster/<name_prefix>-load-testing` and `aws:ResourceTag/dlt:stack` = `stack_name`. Pass ' +
      'the same `name_prefix` and `stack_name` to every regional instance.',
    'The api Lambda code in `functions/api/` and the orchestration code are built by `scripts/bundles` ' +
      '(`npm run synth:modules`). `GET /vCPUDetails` reads the Fargate On-Demand vCPU quota ' +
      '(`servicequotas:GetServiceQuota`, which only takes `*`) and counts the vCPUs of Fargate tasks in this ' +
      "deployment's cluster of each region (DLT counts every cluster of the account; other workloads' Fargate use " +
      'is not subtracted here); the vCPUs per task come from the registration row (`taskCpu`).',
    'Untested: everything against AWS. Nothing here has run: the IAM conditions (notably RunTask with ' +
      '`aws:ResourceTag` on the task definition, and ListTasks on `*` conditioned on `ecs:cluster`), the ' +
      'EventBridge patterns (and events forwarded from other regions matching them), the Distributed Map child ' +
      "executions, Scheduler invoking the api, the IoT policy with Cognito identities (and the api signing IoT's " +
      'AttachPolicy as `execute-api`), the Hosted UI redirects (Cognito documents plain http only for localhost, ' +
      'so the default CLI callback is `http://localhost:7521/callback`). What would test them: an apply in a sandbox account with one regional instance, ' +
      'then a test run, a cancel, a scheduled run, a task killed mid-run, and the console watching live data.',
  ],
};
