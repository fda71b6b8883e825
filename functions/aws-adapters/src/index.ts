export { describeError, isAwsError } from './aws-errors.js';
export {
  batchSizes,
  EcsTaskLauncher,
  type EcsTaskLauncherOptions,
  RUN_TASK_MAX_COUNT,
  STOP_REASON_MAX_LENGTH,
} from './ecs-launcher.js';
export { DESCRIBE_TASKS_MAX, taskIdFromArn, toTaskStatus } from './ecs-tasks.js';
export { type Environment, EnvironmentError, RUNTIME_ENV } from './env.js';
export { IotLivePublisher } from './iot-publisher.js';
export { type InvokedStep, LambdaStepInvoker } from './lambda-invoker.js';
export { AwsRegionInfo, type AwsRegionInfoOptions, type RegionTaskCounts } from './region-info.js';
export {
  endpointUrl,
  orchestrationDepsFromEnv,
  orchestrationLambda,
  type RuntimeOptions,
} from './runtime.js';
export {
  assertScheduleName,
  EventBridgeScheduler,
  type EventBridgeSchedulerOptions,
  ScheduleValidationError,
} from './scheduler.js';
export { EXECUTION_NAME_MAX_LENGTH, executionName, StepFunctionsExecutions } from './sfn-executions.js';
