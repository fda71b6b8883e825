// npm run bench:orchestration — local mode, loopback target:
//   1. time from POST /scenarios to the first request at the target (target < 2 s);
//   2. start skew across 4 tasks (2 regions x 2), first request of each (target < 50 ms);
//   3. a simulated 24-hour, 5-region run of the real state machine (counted, no waiting): the largest execution
//      history stays under Step Functions' 25,000-event limit.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ensureLocalCredentials,
  localApiHandler,
  runStateMachineLocally,
  startLocalStack,
} from '@dlt/local-mode';
import { buildStateMachineDefinition, pollIntervalSeconds, runExecutionInput } from '@dlt/shared';
import { ApiClient } from '../../cli/src/api-client/client.js';
import { exampleArns } from '../../functions/shared/src/orchestration/test-support.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const HISTORY_LIMIT = 25_000;

/** A loopback target that notes when each connection (one per task at concurrency 1) sends its first request. */
async function startTarget(): Promise<{ url: string; firsts: Map<Socket, number>; server: Server }> {
  const firsts = new Map<Socket, number>();
  const server = createServer((req: IncomingMessage, res) => {
    if (!firsts.has(req.socket)) firsts.set(req.socket, performance.timeOrigin + performance.now());
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}/`, firsts, server };
}

async function measureStart(): Promise<Array<{ toFirstMs: number; skewMs: number }>> {
  const stateDir = await mkdtemp(join(tmpdir(), 'dlt-bench-orch-'));
  const target = await startTarget();
  const stack = await startLocalStack({
    stateDir,
    port: 0,
    regions: REGIONS,
    log: () => undefined,
    createHandler: (d) => localApiHandler(d),
  });
  try {
    const credentials = await ensureLocalCredentials(stateDir);
    const client = new ApiClient({ endpoint: stack.apiUrl, region: 'us-east-1', credentials });
    const out: Array<{ toFirstMs: number; skewMs: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      target.firsts.clear();
      const t0 = performance.timeOrigin + performance.now();
      const { testId } = await client.request<{ testId: string }>('POST', '/scenarios', {
        body: {
          testName: `bench orchestration ${i}`,
          testDescription: 'bench',
          testType: 'simple',
          showLive: false,
          testTaskConfigs: REGIONS.map((region) => ({ region, taskCount: 2, concurrency: 1 })),
          regionalTaskDetails: Object.fromEntries(REGIONS.map((r) => [r, { dltAvailableTasks: 8 }])),
          testScenario: {
            execution: [{ 'ramp-up': '0s', 'hold-for': '1s', scenario: 'bench' }],
            scenarios: { bench: { requests: [{ url: target.url, method: 'GET' }] } },
          },
        },
      });
      const deadline = Date.now() + 60_000;
      let status = '';
      while (Date.now() < deadline) {
        status = (await client.request<{ status: string }>('GET', `/scenarios/${testId}`)).status;
        if (['complete', 'failed', 'cancelled'].includes(status)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      if (status !== 'complete') throw new Error(`run ${i} ended ${status}`);
      const firsts = [...target.firsts.values()].sort((a, b) => a - b);
      if (firsts.length !== 4) throw new Error(`expected 4 task connections, saw ${firsts.length}`);
      out.push({ toFirstMs: firsts[0]! - t0, skewMs: firsts[3]! - firsts[0]! });
    }
    return out;
  } finally {
    await stack.close();
    target.server.close();
    await rm(stateDir, { recursive: true, force: true });
  }
}

// Step Functions history events per state (entered + exited, plus a Task's scheduled/started/succeeded).
const EVENTS = { task: 5, choice: 2, wait: 2, pass: 2, execution: 2 };

/** Runs the real definition for a 24-hour, 5-region test with counting handlers and no waiting. */
async function simulateDay(): Promise<{ polls: number; childEvents: number; parentEvents: number }> {
  const arns = exampleArns();
  const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
  const testDuration = 86_400;
  const input = runExecutionInput({
    testId: 't',
    testRunId: 'r',
    prefix: 'p',
    testType: 'simple',
    fileType: 'none',
    showLive: false,
    testDuration,
    testTaskConfig: regions.map((region) => ({ region, taskCount: 10, concurrency: 100 })),
  });
  // Worst case: every region polls until its deadline (duration + 300 s grace).
  const pollsToDeadline = Math.ceil((testDuration + 300) / input.pollIntervalSeconds);
  const polls = new Map<string, number>();
  let parentTasks = 0;
  const regionOf = (i: unknown) => (i as { config: { region: string } }).config.region;
  const result = await runStateMachineLocally(
    buildStateMachineDefinition(arns),
    input,
    {
      [arns.taskRunner]: async () => ({ launched: 10, launchedAt: 0 }),
      [arns.readinessCheck]: async () => ({ status: 'READY', ready: 10, stopped: 0 }),
      [arns.regionalSync]: async (i) => {
        parentTasks++;
        const r = (i as { regions: unknown[] }).regions;
        return { allReady: true, failedRegions: [], startAt: 0, regions: r };
      },
      [arns.startCommand]: async () => ({ startAt: 0 }),
      [arns.taskStatusChecker]: async (i) => {
        const region = regionOf(i);
        const n = (polls.get(region) ?? 0) + 1;
        polls.set(region, n);
        return { isComplete: n >= pollsToDeadline, timedOut: false, completed: 0, failed: 0 };
      },
      [arns.resultsParser]: async () => {
        parentTasks++;
        return { testResult: 'pass' };
      },
      [arns.testCleanup]: async () => {
        parentTasks++;
        return { status: 'complete' };
      },
    },
    { waitOverrideMs: 0 },
  );
  if (result.status !== 'succeeded') throw new Error(`simulation ended ${result.status}`);
  const perRegion = Math.max(...polls.values());
  // One region's child execution (DISTRIBUTED map): start signal, then per poll a Task, a Choice and a Wait,
  // except the last poll, which goes to the Pass that ends the region.
  const childEvents =
    EVENTS.execution +
    EVENTS.task +
    perRegion * (EVENTS.task + EVENTS.choice) +
    (perRegion - 1) * EVENTS.wait +
    EVENTS.pass;
  // The parent: the inline launch Map's states per region (launch, one readiness check, choice, pass), the
  // sync and its choice, the map run's own events (about 6), parse, cleanup, succeed.
  const parentEvents =
    EVENTS.execution +
    4 + // the two Map states' entered/exited
    regions.length * (2 * EVENTS.task + EVENTS.choice + EVENTS.pass) +
    parentTasks * EVENTS.task +
    EVENTS.choice +
    6 +
    2;
  return { polls: perRegion, childEvents, parentEvents };
}

async function main(): Promise<void> {
  console.log(`local mode, ${REGIONS.length} regions x 2 tasks, concurrency 1, ${RUNS} runs\n`);
  const runs = await measureStart();
  for (const [i, r] of runs.entries()) {
    console.log(
      `run ${i + 1}: POST → first request ${r.toFirstMs.toFixed(0)} ms   start skew across 4 tasks ${r.skewMs.toFixed(1)} ms`,
    );
  }
  const worstFirst = Math.max(...runs.map((r) => r.toFirstMs));
  const worstSkew = Math.max(...runs.map((r) => r.skewMs));
  console.log(
    `\nworst: POST → first request ${worstFirst.toFixed(0)} ms (target < 2000: ${worstFirst < 2000 ? 'met' : 'MISSED'})` +
      `, skew ${worstSkew.toFixed(1)} ms (target < 50: ${worstSkew < 50 ? 'met' : 'MISSED'})`,
  );

  const day = await simulateDay();
  console.log(
    `\n24-hour, 5-region run (poll every ${pollIntervalSeconds(86_400)} s): ${day.polls} completion polls per region;` +
      ` largest history: a region's child execution, ${day.childEvents} events; parent ${day.parentEvents}` +
      ` (limit ${HISTORY_LIMIT}: ${day.childEvents < HISTORY_LIMIT && day.parentEvents < HISTORY_LIMIT ? 'under' : 'OVER'})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
