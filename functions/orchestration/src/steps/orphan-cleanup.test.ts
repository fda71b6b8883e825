import type { TestStatus } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUpOrphans, ORPHAN_ERROR_REASON, ORPHAN_STOP_REASON } from './orphan-cleanup.js';
import { safetyNetHarness, startTestStorage, type TestStorage } from './safety-net-test-support.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(async () => {
  await storage?.close();
});

let seq = 0;
async function seedRun(status: TestStatus = 'running', opts: { current?: string } = {}) {
  seq += 1;
  const testId = `orphan-test-${seq}`;
  const testRunId = `orphan-run-${seq}`;
  await storage.scenarios.put({ testId, status, currentTestRunId: opts.current ?? testRunId });
  await storage.history.put({ testId, testRunId, status });
  return { testId, testRunId };
}

describe('cleanUpOrphans', () => {
  it('leaves a run with a running execution alone', async () => {
    const { deps, launcher, executions } = safetyNetHarness(storage);
    const run = await seedRun();
    launcher.add({ ...run, region: 'us-east-1' }, 2);
    executions.running.add(run.testRunId);

    const result = await cleanUpOrphans(deps);
    expect(result).toEqual({ checked: 1, orphanedRuns: 0, stoppedRegions: 0, failures: 0 });
    expect(launcher.stops).toHaveLength(0);
    expect(launcher.active).toHaveLength(2);
    expect((await storage.scenarios.get(run.testId))?.status).toBe('running');
  });

  it('stops an orphaned run in every region and marks it failed', async () => {
    const { deps, launcher } = safetyNetHarness(storage);
    const run = await seedRun();
    launcher.add({ ...run, region: 'us-east-1' }, 3);
    launcher.add({ ...run, region: 'eu-west-1' }, 1);

    const result = await cleanUpOrphans(deps);
    expect(result).toEqual({ checked: 1, orphanedRuns: 1, stoppedRegions: 2, failures: 0 });
    expect(launcher.stops.map((s) => [s.ref.region, s.reason]).sort()).toEqual([
      ['eu-west-1', ORPHAN_STOP_REASON],
      ['us-east-1', ORPHAN_STOP_REASON],
    ]);
    expect(launcher.active).toHaveLength(0);
    expect(await storage.scenarios.get(run.testId)).toMatchObject({
      status: 'failed',
      errorReason: ORPHAN_ERROR_REASON,
    });
    expect(await storage.history.get(run.testId, run.testRunId)).toMatchObject({
      status: 'failed',
      errorReason: ORPHAN_ERROR_REASON,
    });
  });

  it('counts a failing stop and still stops the other regions and runs', async () => {
    const { deps, launcher, logger } = safetyNetHarness(storage);
    const first = await seedRun();
    const second = await seedRun();
    launcher.add({ ...first, region: 'us-east-1' });
    launcher.add({ ...first, region: 'eu-west-1' });
    launcher.add({ ...second, region: 'us-east-1' });
    launcher.failingStops.add(`${first.testRunId}/us-east-1`);

    const result = await cleanUpOrphans(deps);
    expect(result).toEqual({ checked: 2, orphanedRuns: 2, stoppedRegions: 2, failures: 1 });
    expect(launcher.active.map((t) => [t.testRunId, t.region])).toEqual([[first.testRunId, 'us-east-1']]);
    expect(logger.events('OrphanCleanupFailure')[0]?.extra).toMatchObject({
      testRunId: first.testRunId,
      region: 'us-east-1',
      error: 'cluster in us-east-1 is unreachable',
    });
    // The execution is gone either way, so both runs end.
    expect((await storage.scenarios.get(first.testId))?.status).toBe('failed');
    expect((await storage.scenarios.get(second.testId))?.status).toBe('failed');
  });

  it('does not touch the scenario of a newer run, nor a terminal status', async () => {
    const { deps, launcher } = safetyNetHarness(storage);
    const superseded = await seedRun('running', { current: 'newer-run' });
    const finished = await seedRun('complete');
    launcher.add({ ...superseded, region: 'us-east-1' });
    launcher.add({ ...finished, region: 'us-east-1' });

    const result = await cleanUpOrphans(deps);
    expect(result).toMatchObject({ orphanedRuns: 2, stoppedRegions: 2, failures: 0 });
    expect((await storage.scenarios.get(superseded.testId))?.status).toBe('running');
    // The superseded run's own history row still ends.
    expect((await storage.history.get(superseded.testId, superseded.testRunId))?.status).toBe('failed');
    const row = await storage.scenarios.get(finished.testId);
    expect(row?.status).toBe('complete');
    expect(row?.errorReason).toBeUndefined();
  });

  it('concludes a cancel whose execution is gone', async () => {
    const { deps, launcher } = safetyNetHarness(storage);
    const run = await seedRun('cancelling');
    launcher.add({ ...run, region: 'us-east-1' });
    await cleanUpOrphans(deps);
    expect((await storage.scenarios.get(run.testId))?.status).toBe('cancelled');
    expect((await storage.history.get(run.testId, run.testRunId))?.status).toBe('cancelled');
  });

  it('counts a failed execution check and skips that run', async () => {
    const { deps, launcher, executions } = safetyNetHarness(storage);
    const run = await seedRun();
    launcher.add({ ...run, region: 'us-east-1' });
    executions.isRunning = async () => {
      throw new Error('ListExecutions throttled');
    };
    const result = await cleanUpOrphans(deps);
    expect(result).toEqual({ checked: 1, orphanedRuns: 0, stoppedRegions: 0, failures: 1 });
    expect(launcher.stops).toHaveLength(0);
  });
});
