import {
  DescribeExecutionCommand,
  type SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { RunExecutions } from '@dlt/shared';
import { isAwsError } from './aws-errors.js';

/** Step Functions' limit on execution names. */
export const EXECUTION_NAME_MAX_LENGTH = 80;
/** StopExecution's limit on `cause`. */
const CAUSE_MAX_LENGTH = 32_768;

/**
 * Execution names may not hold whitespace, brackets, wildcards or most punctuation, and names outside
 * [A-Za-z0-9-_] break CloudWatch Logs; anything else becomes `_`. Start and stop use the same rule, so the
 * ARN built from a test run id always names the execution started for it.
 */
export function executionName(name: string): string {
  const sanitised = name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, EXECUTION_NAME_MAX_LENGTH);
  if (sanitised.length === 0) throw new Error('An execution name cannot be empty.');
  return sanitised;
}

/** The state machine's executions, named by test run id. */
export class StepFunctionsExecutions implements RunExecutions {
  private readonly executionArnPrefix: string;

  constructor(
    private readonly sfn: SFNClient,
    private readonly stateMachineArn: string,
  ) {
    // arn:partition:states:region:account:stateMachine:name → arn:partition:states:region:account:execution:name:
    const parts = stateMachineArn.split(':');
    if (parts.length !== 7 || parts[0] !== 'arn' || parts[2] !== 'states' || parts[5] !== 'stateMachine') {
      throw new Error(
        `"${stateMachineArn}" is not a state machine ARN (expected arn:aws:states:<region>:<account>:stateMachine:<name>).`,
      );
    }
    parts[5] = 'execution';
    this.executionArnPrefix = `${parts.join(':')}:`;
  }

  async start(name: string, input: unknown): Promise<{ executionId: string }> {
    const execution = executionName(name);
    try {
      const out = await this.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: execution,
          input: JSON.stringify(input),
        }),
      );
      return { executionId: out.executionArn ?? this.executionArn(execution) };
    } catch (err) {
      if (isAwsError(err, 'ExecutionAlreadyExists')) {
        throw new Error(
          `An execution named "${execution}" already exists for this state machine: test run ${name} was already started.`,
          { cause: err },
        );
      }
      throw err;
    }
  }

  async stop(testRunId: string, cause: string): Promise<boolean> {
    const executionArn = this.executionArn(executionName(testRunId));
    if (!(await this.isRunningArn(executionArn))) return false;
    try {
      await this.sfn.send(
        new StopExecutionCommand({ executionArn, cause: cause.slice(0, CAUSE_MAX_LENGTH) }),
      );
      return true;
    } catch (err) {
      // Gone between the two calls (history expired): nothing was running.
      if (isAwsError(err, 'ExecutionDoesNotExist')) return false;
      throw err;
    }
  }

  isRunning(testRunId: string): Promise<boolean> {
    return this.isRunningArn(this.executionArn(executionName(testRunId)));
  }

  /** The ARN Step Functions gives the execution named `name` of this state machine. */
  executionArn(name: string): string {
    return this.executionArnPrefix + name;
  }

  private async isRunningArn(executionArn: string): Promise<boolean> {
    try {
      const out = await this.sfn.send(new DescribeExecutionCommand({ executionArn }));
      return out.status === 'RUNNING';
    } catch (err) {
      if (isAwsError(err, 'ExecutionDoesNotExist')) return false;
      throw err;
    }
  }
}
