import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  safetyNetHarness,
  startTestStorage,
  type TestStorage,
} from '../../orchestration/src/steps/safety-net-test-support.js';
import { createOrphanCleanupHandler } from './handler.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(async () => {
  await storage?.close();
});

describe('createOrphanCleanupHandler', () => {
  it('sweeps on a scheduled event', async () => {
    const { deps, launcher, executions } = safetyNetHarness(storage);
    launcher.add({ testId: 'live', testRunId: 'live-run', region: 'us-east-1' });
    launcher.add({ testId: 'lost', testRunId: 'lost-run', region: 'us-east-1' });
    executions.running.add('live-run');
    const scheduled = { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} };
    const result = await createOrphanCleanupHandler(deps)(scheduled);
    expect(result).toEqual({ checked: 2, orphanedRuns: 1, stoppedRegions: 1, failures: 0 });
    expect(launcher.active.map((t) => t.testRunId)).toEqual(['live-run']);
  });
});
