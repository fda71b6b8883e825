import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { LambdaStepInvoker } from './lambda-invoker.js';

const functions = { 'test-cleanup': 'dlt-test-cleanup', 'results-parser': 'dlt-results-parser' };

function setUp() {
  const client = new LambdaClient({ region: 'eu-west-1' });
  const mock = mockClient(client);
  return { mock, invoker: new LambdaStepInvoker(client, functions) };
}

describe('LambdaStepInvoker', () => {
  it("invokes the step's function asynchronously with the JSON payload", async () => {
    const { mock, invoker } = setUp();
    mock.on(InvokeCommand).resolves({ StatusCode: 202 });

    await invoker.invoke('test-cleanup', { testId: 'T1', region: 'eu-west-1', finalStatus: 'cancelled' });
    await invoker.invoke('results-parser', { testId: 'T1' });

    const inputs = mock.commandCalls(InvokeCommand).map((call) => call.args[0].input);
    expect(inputs.map((input) => [input.FunctionName, input.InvocationType])).toEqual([
      ['dlt-test-cleanup', 'Event'],
      ['dlt-results-parser', 'Event'],
    ]);
    expect(new TextDecoder().decode(inputs[0]?.Payload as Uint8Array)).toBe(
      '{"testId":"T1","region":"eu-west-1","finalStatus":"cancelled"}',
    );
  });

  it('throws, naming the function, when the invocation is not accepted', async () => {
    const { mock, invoker } = setUp();
    mock
      .on(InvokeCommand)
      .resolvesOnce({ StatusCode: 202, FunctionError: 'Unhandled' })
      .resolvesOnce({ StatusCode: 200 });

    await expect(invoker.invoke('test-cleanup', {})).rejects.toThrow(
      'Invoking dlt-test-cleanup (test-cleanup) failed: Unhandled',
    );
    await expect(invoker.invoke('results-parser', {})).rejects.toThrow(
      'Invoking dlt-results-parser (results-parser) was not accepted: status 200, expected 202.',
    );
  });

  it('throws, naming the function, when the SDK call fails', async () => {
    const { mock, invoker } = setUp();
    mock
      .on(InvokeCommand)
      .rejects(Object.assign(new Error('Function not found'), { name: 'ResourceNotFoundException' }));
    await expect(invoker.invoke('test-cleanup', {})).rejects.toThrow(
      'Could not invoke dlt-test-cleanup (test-cleanup): ResourceNotFoundException: Function not found',
    );
  });
});
