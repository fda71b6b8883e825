import { gunzipSync } from 'node:zlib';
import type { StepLogger } from '@dlt/orchestration';
import type { LivePublisher } from '@dlt/shared';
import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent } from 'aws-lambda';
import { parseLiveLine } from './live-line.js';
import {
  countEntries,
  type LivePayload,
  liveEntry,
  liveTopic,
  splitPayload,
  toLivePayload,
} from './payload.js';

/**
 * Publishes one region's live lines for one test on `dlt/{testId}`: local mode's path, where the launcher
 * reads the worker's stdout and already knows the test and the region. Returns the number of entries sent.
 */
export async function publishLiveLines(
  publisher: LivePublisher,
  testId: string,
  region: string,
  lines: Iterable<unknown>,
): Promise<number> {
  return publishPayload(publisher, testId, toLivePayload(testId, region, lines));
}

async function publishPayload(publisher: LivePublisher, testId: string, payload: LivePayload) {
  for (const message of splitPayload(payload)) await publisher.publish(liveTopic(testId), message);
  return countEntries(payload);
}

/** CloudWatch Logs hands subscription data over gzipped and base64-encoded. */
export function decodeLogsEvent(event: CloudWatchLogsEvent): CloudWatchLogsDecodedData {
  const json = gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8');
  return JSON.parse(json) as CloudWatchLogsDecodedData;
}

export interface LivePublisherDeps {
  publisher: LivePublisher;
  logger: StepLogger;
}

export interface LivePublishSummary {
  /** Entries published per test. */
  published: Record<string, number>;
  /** Log events that were not live lines (or were malformed). */
  ignored: number;
  /** Live lines without `testId`/`region`: written by a load tester older than this contract. */
  unrouted: number;
  /** Tests whose publish failed (logged; live data is not worth a retry that would duplicate the rest). */
  failed: string[];
}

/**
 * The Lambda behind each region's subscription filter on the load-tester log group. One publish per test
 * (more only past IoT's message size limit), whatever the batch holds.
 */
export function createLivePublisherHandler(deps: LivePublisherDeps) {
  const { publisher, logger } = deps;
  return async (event: CloudWatchLogsEvent): Promise<LivePublishSummary> => {
    const summary: LivePublishSummary = { published: {}, ignored: 0, unrouted: 0, failed: [] };
    const data = decodeLogsEvent(event);
    // CloudWatch sends one CONTROL_MESSAGE when the filter is created, to check that the target is reachable.
    if (data.messageType !== 'DATA_MESSAGE') return summary;

    const byTest = new Map<string, LivePayload>();
    for (const logEvent of data.logEvents ?? []) {
      const line = parseLiveLine(logEvent.message);
      if (!line) {
        summary.ignored++;
        continue;
      }
      if (!line.testId || !line.region) {
        summary.unrouted++;
        continue;
      }
      const payload = byTest.get(line.testId) ?? {};
      byTest.set(line.testId, payload);
      try {
        const entries = payload[line.region] ?? [];
        entries.push(liveEntry(line.testId, line));
        payload[line.region] = entries;
      } catch {
        summary.ignored++;
      }
    }
    if (summary.unrouted > 0) {
      logger.warn('live lines without testId/region were dropped; the load tester image is out of date', {
        count: summary.unrouted,
        logGroup: data.logGroup,
      });
    }

    await Promise.all(
      [...byTest].map(async ([testId, payload]) => {
        try {
          summary.published[testId] = await publishPayload(publisher, testId, payload);
        } catch (error) {
          summary.failed.push(testId);
          logger.error('publishing live data failed', { testId, error: (error as Error).message });
        }
      }),
    );
    logger.debug('live data published', { ...summary });
    return summary;
  };
}
