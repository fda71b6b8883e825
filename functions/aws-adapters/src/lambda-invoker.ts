import { InvokeCommand, type InvokeCommandOutput, type LambdaClient } from '@aws-sdk/client-lambda';
import type { StepInvoker } from '@dlt/shared';
import { describeError } from './aws-errors.js';

export type InvokedStep = Parameters<StepInvoker['invoke']>[0];

/** Lambda's status code for an accepted asynchronous (`Event`) invocation. */
const ACCEPTED = 202;

/** Starts another step's Lambda asynchronously: the caller does not wait for it to finish. */
export class LambdaStepInvoker implements StepInvoker {
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly lambda: LambdaClient,
    private readonly functions: Readonly<Record<InvokedStep, string>>,
  ) {}

  async invoke(step: InvokedStep, payload: unknown): Promise<void> {
    const functionName = this.functions[step];
    if (!functionName) throw new Error(`No Lambda function is configured for the ${step} step.`);
    let out: InvokeCommandOutput;
    try {
      out = await this.lambda.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: 'Event',
          Payload: this.encoder.encode(JSON.stringify(payload)),
        }),
      );
    } catch (err) {
      throw new Error(`Could not invoke ${functionName} (${step}): ${describeError(err)}`, { cause: err });
    }
    if (out.FunctionError) {
      throw new Error(`Invoking ${functionName} (${step}) failed: ${out.FunctionError}`);
    }
    if (out.StatusCode !== ACCEPTED) {
      throw new Error(
        `Invoking ${functionName} (${step}) was not accepted: status ${out.StatusCode ?? 'unknown'}, expected ${ACCEPTED}.`,
      );
    }
  }
}
