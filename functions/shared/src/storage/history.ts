import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { InvalidNextTokenError, isConditionalCheckFailed } from './errors.js';
import {
  ExpressionBuilder,
  guardedStatusUpdate,
  type StatusUpdateResult,
  type UpdateFields,
  type UpdateSpec,
  updateExpression,
} from './expressions.js';
import type { HistoryRow } from './rows.js';
import type { TestStatus } from './status.js';
import { HISTORY_START_TIME_INDEX } from './tables.js';
import { toDltTimestamp } from './timestamps.js';

export const DEFAULT_RUNS_LIMIT = 20;
export const MAX_RUNS_LIMIT = 100;
/** BatchWriteItem's limit per request. */
export const BATCH_WRITE_SIZE = 25;
const MAX_BATCH_ATTEMPTS = 8;

export interface ListRunsOptions {
  /** 1–100, default 20. */
  limit?: number;
  /** A `nextToken` from the previous page. */
  nextToken?: string | null;
  /** ISO 8601; inclusive bounds on startTime (compared in the stored UTC form). */
  startTimestamp?: string;
  endTimestamp?: string;
}

export interface RunsPage {
  /** Newest start first. */
  items: HistoryRow[];
  /** base64(JSON(LastEvaluatedKey)), as DLT's `next_token`; null on the last page. */
  nextToken: string | null;
}

const TOKEN_KEYS = ['startTime', 'testId', 'testRunId'];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function encodeNextToken(lastEvaluatedKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(lastEvaluatedKey)).toString('base64');
}

/**
 * Only a key this store could have produced for this test is accepted: handing DynamoDB a forged key for
 * another testId would page through someone else's runs.
 */
export function decodeNextToken(token: string, testId: string): Record<string, string> {
  if (!BASE64.test(token) || token.length % 4 !== 0) throw new InvalidNextTokenError('not base64');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    throw new InvalidNextTokenError('not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidNextTokenError('not a key');
  }
  const entries = Object.entries(parsed);
  const keys = entries.map(([k]) => k).sort();
  if (keys.join() !== TOKEN_KEYS.join() || !entries.every(([, v]) => typeof v === 'string' && v.length > 0)) {
    throw new InvalidNextTokenError('not a key of this index');
  }
  const key = parsed as Record<string, string>;
  if (key.testId !== testId) throw new InvalidNextTokenError('issued for another test');
  return key;
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RUNS_LIMIT) {
    throw new RangeError(`limit must be an integer from 1 to ${MAX_RUNS_LIMIT}`);
  }
}

/** The history table: one row per run, keyed by testId + testRunId. */
export class HistoryStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    readonly table: string,
  ) {}

  /** With `ifAbsent`, an existing run is left untouched and false is returned (the canceler's first write). */
  async put(run: HistoryRow, opts: { ifAbsent?: boolean } = {}): Promise<boolean> {
    try {
      await this.ddb.send(
        new PutCommand({
          TableName: this.table,
          Item: run,
          ...(opts.ifAbsent
            ? {
                ConditionExpression: 'attribute_not_exists(#r)',
                ExpressionAttributeNames: { '#r': 'testRunId' },
              }
            : {}),
        }),
      );
      return true;
    } catch (error) {
      if (opts.ifAbsent && isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async get(testId: string, testRunId: string): Promise<HistoryRow | undefined> {
    const out = await this.ddb.send(
      new GetCommand({ TableName: this.table, Key: { testId, testRunId }, ConsistentRead: true }),
    );
    return out.Item as HistoryRow | undefined;
  }

  /**
   * One page of runs from the `testId-startTime-index` GSI, newest first. Runs without a startTime are not
   * in the (sparse) index. Like DynamoDB, a full page may be followed by an empty one.
   */
  async listRuns(testId: string, opts: ListRunsOptions = {}): Promise<RunsPage> {
    const limit = opts.limit ?? DEFAULT_RUNS_LIMIT;
    checkLimit(limit);
    const startKey = opts.nextToken ? decodeNextToken(opts.nextToken, testId) : undefined;
    const from = opts.startTimestamp === undefined ? undefined : toDltTimestamp(opts.startTimestamp);
    const to = opts.endTimestamp === undefined ? undefined : toDltTimestamp(opts.endTimestamp);
    // DynamoDB refuses BETWEEN with bounds the wrong way round; no run can match them anyway.
    if (from !== undefined && to !== undefined && from > to) return { items: [], nextToken: null };

    const values: Record<string, unknown> = { ':id': testId };
    let condition = '#id = :id';
    if (from !== undefined && to !== undefined) {
      condition += ' AND #st BETWEEN :from AND :to';
      Object.assign(values, { ':from': from, ':to': to });
    } else if (from !== undefined) {
      condition += ' AND #st >= :from';
      values[':from'] = from;
    } else if (to !== undefined) {
      condition += ' AND #st <= :to';
      values[':to'] = to;
    }
    try {
      const out = await this.ddb.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: HISTORY_START_TIME_INDEX,
          KeyConditionExpression: condition,
          // DynamoDB refuses unused names, so #st only appears with a time bound.
          ExpressionAttributeNames: {
            '#id': 'testId',
            ...(condition.includes('#st') ? { '#st': 'startTime' } : {}),
          },
          ExpressionAttributeValues: values,
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: startKey,
        }),
      );
      return {
        items: (out.Items ?? []) as HistoryRow[],
        nextToken: out.LastEvaluatedKey ? encodeNextToken(out.LastEvaluatedKey) : null,
      };
    } catch (error) {
      // A well-formed key outside the query's range (e.g. reused with other time filters).
      if (startKey && error instanceof Error && error.name === 'ValidationException') {
        throw new InvalidNextTokenError(error.message);
      }
      throw error;
    }
  }

  /**
   * Every run of a test (the scenario details' `history`), newest start first and runs without a startTime
   * last. Read from the table rather than the sparse GSI so no run is missed.
   */
  async listAll(testId: string): Promise<HistoryRow[]> {
    const runs = (await this.queryAll(testId)) as HistoryRow[];
    return runs.sort((a, b) => {
      if (a.startTime === b.startTime) return a.testRunId < b.testRunId ? -1 : 1;
      if (a.startTime === undefined) return 1;
      if (b.startTime === undefined) return -1;
      return a.startTime < b.startTime ? 1 : -1;
    });
  }

  /** The number of runs, strongly consistent (the GSI could lag a run written a moment ago). */
  async count(testId: string): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.ddb.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: '#id = :id',
          ExpressionAttributeNames: { '#id': 'testId' },
          ExpressionAttributeValues: { ':id': testId },
          Select: 'COUNT',
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      count += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return count;
  }

  /** Updates other fields of an existing run (results, succPercent…); false when no such run. */
  async update(testId: string, testRunId: string, spec: UpdateSpec): Promise<boolean> {
    if ('status' in (spec.set ?? {}) || 'status' in (spec.setIfMissing ?? {})) {
      throw new TypeError('status is only written through updateStatus');
    }
    const b = new ExpressionBuilder();
    const expression = updateExpression(b, spec, ['testId', 'testRunId']);
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { testId, testRunId },
          UpdateExpression: expression,
          ConditionExpression: `attribute_exists(${b.name('testRunId')})`,
          ...b.attributes(),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  /** Status of one run under the same rule as the scenario's (see `canTransition`). */
  updateStatus(
    testId: string,
    testRunId: string,
    to: TestStatus,
    extra: UpdateFields = {},
    opts: Pick<UpdateSpec, 'setIfMissing'> = {},
  ): Promise<StatusUpdateResult> {
    return guardedStatusUpdate(this.ddb, {
      table: this.table,
      key: { testId, testRunId },
      to,
      set: extra,
      ...opts,
    });
  }

  /**
   * Deletes the given runs (unknown ids are no-ops, duplicates collapse). Returns how many distinct ids were
   * submitted: BatchWriteItem does not say which keys existed.
   */
  async deleteRuns(testId: string, testRunIds: readonly string[]): Promise<number> {
    const ids = [...new Set(testRunIds)];
    for (let i = 0; i < ids.length; i += BATCH_WRITE_SIZE) {
      const chunk = ids.slice(i, i + BATCH_WRITE_SIZE);
      await this.batchDelete(chunk.map((testRunId) => ({ testId, testRunId })));
    }
    return ids.length;
  }

  /** Deletes every run of a test (scenario deletion); returns how many there were. */
  async deleteAllForTest(testId: string): Promise<number> {
    const keys = await this.queryAll(testId, '#id, #run');
    return this.deleteRuns(
      testId,
      keys.map((key) => String(key.testRunId)),
    );
  }

  /** All rows of a test from the table itself, strongly consistent; optionally only some attributes. */
  private async queryAll(testId: string, projection?: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.ddb.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: '#id = :id',
          ExpressionAttributeNames: { '#id': 'testId', ...(projection ? { '#run': 'testRunId' } : {}) },
          ExpressionAttributeValues: { ':id': testId },
          ...(projection ? { ProjectionExpression: projection } : {}),
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /** BatchWriteItem may hand back unprocessed keys under throttling; they are resent with backoff. */
  private async batchDelete(keys: Record<string, string>[]): Promise<void> {
    let pending = keys.map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_BATCH_ATTEMPTS) {
        throw new Error(
          `BatchWriteItem left ${pending.length} deletes unprocessed after ${MAX_BATCH_ATTEMPTS} attempts`,
        );
      }
      if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const out = await this.ddb.send(new BatchWriteCommand({ RequestItems: { [this.table]: pending } }));
      pending = (out.UnprocessedItems?.[this.table] ?? []).filter(
        (request): request is { DeleteRequest: { Key: Record<string, string> } } =>
          request.DeleteRequest?.Key !== undefined,
      );
    }
  }
}
