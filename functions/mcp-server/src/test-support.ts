// Test-only: a real local stack (dynalite, s3rver, the API behind the SigV4-verifying host) in a temp folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalCredentials, type LocalStack, localApiHandler, startLocalStack } from '@dlt/local-mode';
import type { AwsCredentials } from './dlt-api.js';

export interface TestStack {
  stack: LocalStack;
  credentials: AwsCredentials;
  close(): Promise<void>;
}

export async function startTestStack(): Promise<TestStack> {
  const stateDir = await mkdtemp(join(tmpdir(), 'dlt-mcp-'));
  const stack = await startLocalStack({
    stateDir,
    port: 0,
    log: () => undefined,
    createHandler: (deps) => localApiHandler(deps),
  });
  const { accessKeyId, secretAccessKey } = await ensureLocalCredentials(stateDir);
  return {
    stack,
    credentials: { accessKeyId, secretAccessKey },
    async close() {
      await stack.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

/** A scenario saved without running (saveOnly), so listings have something in them. */
export function savedScenario(name: string): Record<string, unknown> {
  return {
    testName: name,
    testDescription: 'saved by the MCP server tests',
    testType: 'simple',
    saveOnly: true,
    testTaskConfigs: [{ region: 'us-east-1', taskCount: 1, concurrency: 1 }],
    regionalTaskDetails: { 'us-east-1': { dltAvailableTasks: 4 } },
    testScenario: {
      execution: [{ 'hold-for': '1s', scenario: name }],
      scenarios: { [name]: { requests: [{ url: 'http://127.0.0.1:9/', method: 'GET' }] } },
    },
  };
}

/** A loopback port nothing listens on: bound to port 0, then released. */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
