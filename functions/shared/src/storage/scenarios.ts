import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  ScanCommand,
  type ScanCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { normalizeTag } from '../scenario/tags.js';
import { isConditionalCheckFailed } from './errors.js';
import {
  ExpressionBuilder,
  explainRefusal,
  guardedStatusUpdate,
  type StatusUpdateResult,
  type UpdateFields,
  type UpdateSpec,
  updateExpression,
  type WriteRefused,
} from './expressions.js';
import type { RegionRow, ScenarioRow, ScenarioSummary } from './rows.js';
import type { TestStatus } from './status.js';

/** Registered regions share the scenarios table under this key prefix (DLT v4 §6). */
export const REGION_ROW_PREFIX = 'region-';

export function regionRowId(region: string): string {
  return `${REGION_ROW_PREFIX}${region}`;
}

/** DLT's `listTests` projection. */
export const SCENARIO_LIST_ATTRIBUTES = [
  'testId',
  'testName',
  'testDescription',
  'status',
  'startTime',
  'nextRun',
  'scheduleRecurrence',
  'cronValue',
  'scheduleTimezone',
  'tags',
  'totalTestRuns',
] as const;

export type WriteResult = { ok: true } | WriteRefused;
export type BaselineResult =
  | { ok: true; previousBaselineId: string | undefined }
  | { ok: false; reason: 'not-found' };

export interface ConditionalWriteOptions {
  /**
   * Write only when the row is absent, has no status, or has one of these statuses (the API's
   * TEST_RUNNING check, made race-free).
   */
  ifStatusIn?: readonly TestStatus[];
}

const KEY = ['testId'] as const;

function isRegionId(testId: string): boolean {
  return testId.startsWith(REGION_ROW_PREFIX);
}

function assertScenarioId(testId: string): void {
  // testId's pattern ([a-zA-Z0-9-]+) allows "region-…", which would overwrite a registered region.
  if (isRegionId(testId)) throw new RangeError(`testId "${testId}" is reserved for region rows`);
}

/** Newest first; rows never started (saved or scheduled only) go last, in testId order. */
function byStartTimeDesc(a: ScenarioSummary, b: ScenarioSummary): number {
  if (a.startTime !== b.startTime) {
    if (a.startTime === undefined) return 1;
    if (b.startTime === undefined) return -1;
    return a.startTime < b.startTime ? 1 : -1;
  }
  return a.testId < b.testId ? -1 : a.testId > b.testId ? 1 : 0;
}

/** The scenarios table: one row per scenario plus the `region-*` rows. */
export class ScenarioStore {
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    readonly table: string,
  ) {}

  /** Writes the whole row (create, update, re-run). Unconditional unless `ifStatusIn` is given. */
  async put(row: ScenarioRow, opts: ConditionalWriteOptions = {}): Promise<WriteResult> {
    assertScenarioId(row.testId);
    const b = new ExpressionBuilder();
    let condition: string | undefined;
    if (opts.ifStatusIn) {
      const status = b.name('status');
      const allowed = opts.ifStatusIn.map((s) => b.value(s));
      const inList = allowed.length > 0 ? ` OR ${status} IN (${allowed.join(', ')})` : '';
      condition = `attribute_not_exists(${b.name('testId')}) OR attribute_not_exists(${status})${inList}`;
    }
    try {
      await this.ddb.send(
        new PutCommand({
          TableName: this.table,
          Item: row,
          ...(condition ? { ConditionExpression: condition, ...b.attributes() } : {}),
        }),
      );
      return { ok: true };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    return explainRefusal(this.ddb, this.table, { testId: row.testId });
  }

  /** Strongly consistent, so a status written a moment ago is seen. Region rows are not scenarios. */
  async get(testId: string): Promise<ScenarioRow | undefined> {
    if (isRegionId(testId)) return undefined;
    const out = await this.ddb.send(
      new GetCommand({ TableName: this.table, Key: { testId }, ConsistentRead: true }),
    );
    return out.Item as ScenarioRow | undefined;
  }

  /** True when a row was deleted. With `ifStatusIn`, a row in another status is kept and reported. */
  async delete(testId: string, opts: ConditionalWriteOptions = {}): Promise<WriteResult> {
    assertScenarioId(testId);
    const b = new ExpressionBuilder();
    const id = b.name('testId');
    let condition = `attribute_exists(${id})`;
    if (opts.ifStatusIn) {
      const status = b.name('status');
      const allowed = opts.ifStatusIn.map((s) => b.value(s));
      const inList = allowed.length > 0 ? ` OR ${status} IN (${allowed.join(', ')})` : '';
      condition += ` AND (attribute_not_exists(${status})${inList})`;
    }
    try {
      await this.ddb.send(
        new DeleteCommand({
          TableName: this.table,
          Key: { testId },
          ConditionExpression: condition,
          ...b.attributes(),
        }),
      );
      return { ok: true };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    return explainRefusal(this.ddb, this.table, { testId });
  }

  /**
   * DLT's scenario list: the projected fields of every scenario (never the region rows), newest start first.
   * `tags` match when the scenario has any of them, after DLT's normalisation; no usable tag means no filter.
   */
  async list(opts: { tags?: readonly string[] } = {}): Promise<ScenarioSummary[]> {
    const b = new ExpressionBuilder();
    const projection = SCENARIO_LIST_ATTRIBUTES.map((attribute) => b.name(attribute)).join(', ');
    let filter = `NOT begins_with(${b.name('testId')}, ${b.value(REGION_ROW_PREFIX)})`;
    const tags = [...new Set((opts.tags ?? []).map(normalizeTag).filter((tag) => tag.length > 0))];
    if (tags.length > 0) {
      const tagName = b.name('tags');
      filter += ` AND (${tags.map((tag) => `contains(${tagName}, ${b.value(tag)})`).join(' OR ')})`;
    }
    const items = await this.scanAll({
      ProjectionExpression: projection,
      FilterExpression: filter,
      ...b.attributes(),
    });
    return items
      .map((item) => ({
        ...(item as Omit<ScenarioSummary, 'tags' | 'totalTestRuns'>),
        tags: Array.isArray(item.tags) ? (item.tags as string[]) : [],
        totalTestRuns: typeof item.totalTestRuns === 'number' ? item.totalTestRuns : 0,
      }))
      .sort(byStartTimeDesc);
  }

  /**
   * Sets `status` (and `extra`, where `undefined` removes an attribute) unless the current status forbids it:
   * see `canTransition`. `setIfMissing` fields keep an existing value (DLT's first errorReason wins).
   */
  async updateStatus(
    testId: string,
    to: TestStatus,
    extra: UpdateFields = {},
    opts: Pick<UpdateSpec, 'setIfMissing'> = {},
  ): Promise<StatusUpdateResult> {
    assertScenarioId(testId);
    return guardedStatusUpdate(this.ddb, { table: this.table, key: { testId }, to, set: extra, ...opts });
  }

  /** Updates other fields of an existing scenario (results, nextRun…). `status` goes through `updateStatus`. */
  async update(testId: string, spec: UpdateSpec): Promise<WriteResult> {
    assertScenarioId(testId);
    if ('status' in (spec.set ?? {}) || 'status' in (spec.setIfMissing ?? {})) {
      throw new TypeError('status is only written through updateStatus');
    }
    const b = new ExpressionBuilder();
    const expression = updateExpression(b, spec, KEY);
    try {
      await this.ddb.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { testId },
          UpdateExpression: expression,
          ConditionExpression: `attribute_exists(${b.name('testId')})`,
          ...b.attributes(),
        }),
      );
      return { ok: true };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    return { ok: false, reason: 'not-found' };
  }

  /** Atomic counter (`totalTestRuns`, `taskFailureCount`): the new value, or undefined when no such scenario. */
  async increment(
    testId: string,
    attribute: 'totalTestRuns' | 'taskFailureCount',
    by = 1,
  ): Promise<number | undefined> {
    assertScenarioId(testId);
    try {
      const out = await this.ddb.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { testId },
          UpdateExpression: 'ADD #a :by',
          ConditionExpression: 'attribute_exists(#id)',
          ExpressionAttributeNames: { '#a': attribute, '#id': 'testId' },
          ExpressionAttributeValues: { ':by': by },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return out.Attributes?.[attribute] as number;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return undefined;
      throw error;
    }
  }

  /** The API checks that the run exists first (TESTRUN_NOT_FOUND); this only records the id. */
  async setBaseline(testId: string, testRunId: string): Promise<BaselineResult> {
    return this.changeBaseline(testId, 'SET #b = :id', { ':id': testRunId });
  }

  /** `previousBaselineId` undefined means none was set (DLT's NO_BASELINE_SET). */
  async clearBaseline(testId: string): Promise<BaselineResult> {
    return this.changeBaseline(testId, 'REMOVE #b');
  }

  private async changeBaseline(
    testId: string,
    expression: string,
    values?: Record<string, unknown>,
  ): Promise<BaselineResult> {
    assertScenarioId(testId);
    try {
      const out = await this.ddb.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { testId },
          UpdateExpression: expression,
          ConditionExpression: 'attribute_exists(#id)',
          ExpressionAttributeNames: { '#b': 'baselineId', '#id': 'testId' },
          ...(values ? { ExpressionAttributeValues: values } : {}),
          ReturnValues: 'UPDATED_OLD',
        }),
      );
      const previous = out.Attributes?.baselineId;
      return { ok: true, previousBaselineId: typeof previous === 'string' ? previous : undefined };
    } catch (error) {
      if (isConditionalCheckFailed(error)) return { ok: false, reason: 'not-found' };
      throw error;
    }
  }

  /** Registers (or re-registers) a regional stack or local pool. */
  async putRegion(row: RegionRow): Promise<void> {
    if (!row.region) throw new TypeError('region is required');
    await this.ddb.send(
      new PutCommand({ TableName: this.table, Item: { ...row, testId: regionRowId(row.region) } }),
    );
  }

  async getRegion(region: string): Promise<RegionRow | undefined> {
    const out = await this.ddb.send(
      new GetCommand({ TableName: this.table, Key: { testId: regionRowId(region) }, ConsistentRead: true }),
    );
    return out.Item ? stripKey(out.Item) : undefined;
  }

  /**
   * Registered regions, sorted by name. A stack deletion blanks its row (`taskCluster = ""`); such rows are
   * left out unless asked for, as DLT's readers do. Rows without the attribute (local pools) are kept.
   */
  async listRegions(opts: { includeRemoved?: boolean } = {}): Promise<RegionRow[]> {
    const b = new ExpressionBuilder();
    let filter = `begins_with(${b.name('testId')}, ${b.value(REGION_ROW_PREFIX)})`;
    if (!opts.includeRemoved) {
      const cluster = b.name('taskCluster');
      filter += ` AND (attribute_not_exists(${cluster}) OR ${cluster} <> ${b.value('')})`;
    }
    const items = await this.scanAll({ FilterExpression: filter, ...b.attributes() });
    return items.map(stripKey).sort((x, y) => (x.region < y.region ? -1 : x.region > y.region ? 1 : 0));
  }

  async deleteRegion(region: string): Promise<void> {
    await this.ddb.send(new DeleteCommand({ TableName: this.table, Key: { testId: regionRowId(region) } }));
  }

  /** Scan pages end at 1 MB, so a table of large scenarios spans several. */
  private async scanAll(input: Omit<ScanCommandInput, 'TableName'>): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.ddb.send(
        new ScanCommand({ ...input, TableName: this.table, ExclusiveStartKey: start }),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }
}

function stripKey(item: Record<string, unknown>): RegionRow {
  const { testId: _key, ...rest } = item;
  return rest as RegionRow;
}
