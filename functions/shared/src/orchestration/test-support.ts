import type { OrchestrationArns } from './state-machine.js';

/** Tests only: one Lambda ARN per role, as the stacks would pass them. */
export function exampleArns(account = '123456789012'): OrchestrationArns {
  const arn = (name: string) => `arn:aws:lambda:us-east-1:${account}:function:dlt-${name}`;
  return {
    taskRunner: arn('task-runner'),
    readinessCheck: arn('readiness-check'),
    regionalSync: arn('regional-sync'),
    startCommand: arn('start-command'),
    taskStatusChecker: arn('task-status-checker'),
    resultsParser: arn('results-parser'),
    taskCanceler: arn('task-canceler'),
    testCleanup: arn('test-cleanup'),
  };
}
