import { gunzipSync, gzipSync } from 'node:zlib';
import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createLivePublisherHandler, decodeLogsEvent, publishLiveLines } from './handler.js';
import { liveLine, RecordingPublisher, recordingLogger } from './test-support.js';

const T0 = 1_714_564_800;

/** What CloudWatch Logs delivers to a subscribed Lambda. */
function logsEvent(messages: string[], messageType = 'DATA_MESSAGE'): CloudWatchLogsEvent {
  const data: CloudWatchLogsDecodedData = {
    owner: '123456789012',
    logGroup: '/ecs/dlt-load-tester',
    logStream: 'load-tester/load-tester/0123456789abcdef',
    subscriptionFilters: ['dlt-live'],
    messageType,
    logEvents: messages.map((message, i) => ({ id: String(i), timestamp: T0 * 1000 + i, message })),
  };
  return { awslogs: { data: gzipSync(JSON.stringify(data)).toString('base64') } };
}

const line = (testId: string | undefined, region: string | undefined, taskId: string, t: number) =>
  JSON.stringify(
    liveLine({
      taskId,
      t,
      requests: 2,
      second: { latenciesMs: [[10, 30]] },
      ...(testId === undefined ? {} : { testId }),
      ...(region === undefined ? {} : { region }),
    }),
  );

describe('createLivePublisherHandler', () => {
  it('decodes the gzipped, base64 CloudWatch payload', () => {
    const event = logsEvent(['hello', 'wörld ✓']);
    expect(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).length).toBeGreaterThan(0);
    expect(decodeLogsEvent(event).logEvents.map((e) => e.message)).toEqual(['hello', 'wörld ✓']);
  });

  it('publishes once per test on dlt/{testId}, grouped by region, ignoring other lines', async () => {
    const publisher = new RecordingPublisher();
    const logger = recordingLogger();
    const handle = createLivePublisherHandler({ publisher, logger });
    const summary = await handle(
      logsEvent([
        line('testA', 'us-east-1', 'us-east-1-task-0', T0),
        JSON.stringify({ type: 'ready', taskId: 'us-east-1-task-0' }),
        line('testB', 'us-east-1', 'us-east-1-task-0', T0),
        'INFO: some other log line',
        line('testA', 'eu-west-1', 'eu-west-1-task-0', T0),
        line('testA', 'us-east-1', 'us-east-1-task-1', T0 + 1),
      ]),
    );
    expect(summary).toEqual({ published: { testA: 3, testB: 1 }, ignored: 2, unrouted: 0, failed: [] });
    expect(publisher.messages.map((m) => m.topic).sort()).toEqual(['dlt/testA', 'dlt/testB']);
    const a = publisher.messages.find((m) => m.topic === 'dlt/testA')!.payload as Record<string, unknown[]>;
    expect(Object.keys(a).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(a['us-east-1']).toEqual([
      {
        testId: 'testA',
        vu: 1,
        succ: 2,
        fail: 0,
        avgRt: expect.any(Number),
        timestamp: T0 * 1000,
        p95: expect.any(Number),
        rps: 2,
      },
      expect.objectContaining({ timestamp: (T0 + 1) * 1000 }),
    ]);
  });

  it('drops lines without testId or region and says why', async () => {
    const publisher = new RecordingPublisher();
    const logger = recordingLogger();
    const summary = await createLivePublisherHandler({ publisher, logger })(
      logsEvent([line(undefined, 'us-east-1', 't', T0), line('x', undefined, 't', T0)]),
    );
    expect(summary.unrouted).toBe(2);
    expect(publisher.messages).toEqual([]);
    expect(logger.entries.some((e) => e.level === 'warn' && e.message.includes('testId/region'))).toBe(true);
  });

  it("ignores CloudWatch's control message", async () => {
    const publisher = new RecordingPublisher();
    const handle = createLivePublisherHandler({ publisher, logger: recordingLogger() });
    await handle(
      logsEvent(['CWL CONTROL MESSAGE: Checking health of destination Lambda'], 'CONTROL_MESSAGE'),
    );
    expect(publisher.messages).toEqual([]);
  });

  it("a failed publish is logged and does not stop the other tests' data", async () => {
    const publisher = new RecordingPublisher();
    publisher.failTopics.add('dlt/testA');
    const logger = recordingLogger();
    const summary = await createLivePublisherHandler({ publisher, logger })(
      logsEvent([line('testA', 'r', 't', T0), line('testB', 'r', 't', T0)]),
    );
    expect(summary.failed).toEqual(['testA']);
    expect(publisher.messages.map((m) => m.topic)).toEqual(['dlt/testB']);
    expect(logger.entries.some((e) => e.level === 'error' && e.extra?.testId === 'testA')).toBe(true);
  });
});

describe('publishLiveLines (local mode)', () => {
  it('publishes the given region under the given test, ignoring routing fields on the lines', async () => {
    const publisher = new RecordingPublisher();
    const lines = [JSON.parse(line('other', 'elsewhere', 't0', T0)), { type: 'done' }];
    expect(await publishLiveLines(publisher, 'local1', 'us-east-1', lines)).toBe(1);
    expect(publisher.messages).toEqual([
      {
        topic: 'dlt/local1',
        payload: { 'us-east-1': [expect.objectContaining({ testId: 'local1', rps: 2 })] },
      },
    ]);
  });

  it('publishes nothing when there is no live line', async () => {
    const publisher = new RecordingPublisher();
    expect(await publishLiveLines(publisher, 'local1', 'us-east-1', [{ type: 'ready' }])).toBe(0);
    expect(publisher.messages).toEqual([]);
  });
});
