/**
 * Write-through read caches for the scenarios and history tables, local mode only.
 *
 * Why: dynalite answers a Scan of 1,000 scenarios in tens of milliseconds of this process's CPU, and
 * GET /scenarios scans on every call (DLT has no server pagination), so 50 concurrent clients queue for
 * seconds. On AWS, DynamoDB does that work elsewhere and the same API code runs uncached.
 *
 * Why it is safe here: in local mode this process is the only writer of both tables. The API, the local
 * scheduler (which calls the API handler) and every orchestration step run in-process on these very store
 * instances; worker processes write only to S3; and a second stack on the same state dir cannot start
 * (LevelDB's lock). Anything that writes the tables through its own client, bypassing these stores (a test
 * poking dynalite directly, say), is not seen: do not do that while a stack runs.
 *
 * How: every write method clears the cache before and after the write; a read only fills the cache when no
 * write started or finished while it was in flight, so a read that raced a write can never store what the
 * write replaced. Callers get copies (rows) or a frozen array of frozen objects (the scenario list), so they
 * cannot alter what the next caller sees.
 */
import {
  type ConditionalWriteOptions,
  type HistoryRow,
  HistoryStore,
  type ListRunsOptions,
  type RegionRow,
  type RunsPage,
  type ScenarioRow,
  ScenarioStore,
  type ScenarioSummary,
  type UpdateSpec,
  type WriteResult,
} from '@dlt/shared/storage';

/** Distinct tag filters remembered at once; past this the list cache starts over. */
const MAX_LIST_VARIANTS = 64;

/** Orders cache fills against writes: see the module comment. */
class WriteGate {
  private generation = 0;
  private writing = 0;

  constructor(private readonly clear: () => void) {}

  async write<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    this.generation++;
    this.clear();
    try {
      return await work();
    } finally {
      this.generation++;
      this.writing--;
      this.clear();
    }
  }

  async read<K, V>(cache: Map<K, V>, key: K, load: () => Promise<V>): Promise<V> {
    if (cache.has(key)) return cache.get(key) as V;
    const seen = this.generation;
    const value = await load();
    if (seen === this.generation && this.writing === 0) cache.set(key, value);
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const copy = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

/** The scenario methods that write, all overridden below; a test checks that no writer is left out. */
export const SCENARIO_WRITES = [
  'put',
  'delete',
  'updateStatus',
  'update',
  'increment',
  'setBaseline',
  'clearBaseline',
  'putRegion',
  'deleteRegion',
] as const;
export const SCENARIO_CACHED_READS = ['list', 'get', 'getRegion', 'listRegions'] as const;

export class CachedScenarioStore extends ScenarioStore {
  private readonly lists = new Map<string, ScenarioSummary[]>();
  private readonly rows = new Map<string, ScenarioRow | undefined>();
  private readonly regions = new Map<string, RegionRow | undefined>();
  private readonly regionLists = new Map<boolean, RegionRow[]>();
  private readonly gate = new WriteGate(() => {
    this.lists.clear();
    this.rows.clear();
    this.regions.clear();
    this.regionLists.clear();
  });

  /**
   * The same frozen array until the next write (read-only: copy it to sort or change it). Handing out one
   * instance lets the API serialize it once (see listTests).
   */
  override async list(opts: { tags?: readonly string[] } = {}): Promise<ScenarioSummary[]> {
    const key = JSON.stringify(opts.tags ?? []);
    if (!this.lists.has(key) && this.lists.size >= MAX_LIST_VARIANTS) this.lists.clear();
    return this.gate.read(this.lists, key, async () => deepFreeze(await super.list(opts)));
  }

  override async get(testId: string): Promise<ScenarioRow | undefined> {
    return copy(await this.gate.read(this.rows, testId, () => super.get(testId)));
  }

  override async getRegion(region: string): Promise<RegionRow | undefined> {
    return copy(await this.gate.read(this.regions, region, () => super.getRegion(region)));
  }

  override async listRegions(opts: { includeRemoved?: boolean } = {}): Promise<RegionRow[]> {
    const key = opts.includeRemoved === true;
    return copy(await this.gate.read(this.regionLists, key, () => super.listRegions(opts)));
  }

  override put(row: ScenarioRow, opts?: ConditionalWriteOptions): Promise<WriteResult> {
    return this.gate.write(() => super.put(row, opts));
  }
  override delete(testId: string, opts?: ConditionalWriteOptions) {
    return this.gate.write(() => super.delete(testId, opts));
  }
  override updateStatus(...args: Parameters<ScenarioStore['updateStatus']>) {
    return this.gate.write(() => super.updateStatus(...args));
  }
  override update(testId: string, spec: UpdateSpec) {
    return this.gate.write(() => super.update(testId, spec));
  }
  override increment(testId: string, attribute: 'totalTestRuns' | 'taskFailureCount', by?: number) {
    return this.gate.write(() => super.increment(testId, attribute, by));
  }
  override setBaseline(testId: string, testRunId: string) {
    return this.gate.write(() => super.setBaseline(testId, testRunId));
  }
  override clearBaseline(testId: string) {
    return this.gate.write(() => super.clearBaseline(testId));
  }
  override putRegion(row: RegionRow) {
    return this.gate.write(() => super.putRegion(row));
  }
  override deleteRegion(region: string) {
    return this.gate.write(() => super.deleteRegion(region));
  }
}

export const HISTORY_WRITES = ['put', 'update', 'updateStatus', 'deleteRuns', 'deleteAllForTest'] as const;
export const HISTORY_CACHED_READS = ['get', 'listRuns', 'listAll', 'count'] as const;

export class CachedHistoryStore extends HistoryStore {
  private readonly rows = new Map<string, HistoryRow | undefined>();
  private readonly pages = new Map<string, RunsPage>();
  private readonly all = new Map<string, HistoryRow[]>();
  private readonly gate = new WriteGate(() => {
    this.rows.clear();
    this.pages.clear();
    this.all.clear();
  });

  override async get(testId: string, testRunId: string): Promise<HistoryRow | undefined> {
    const key = JSON.stringify([testId, testRunId]);
    return copy(await this.gate.read(this.rows, key, () => super.get(testId, testRunId)));
  }

  override async listRuns(testId: string, opts: ListRunsOptions = {}): Promise<RunsPage> {
    const key = JSON.stringify([testId, opts]);
    return copy(await this.gate.read(this.pages, key, () => super.listRuns(testId, opts)));
  }

  override async listAll(testId: string): Promise<HistoryRow[]> {
    return copy(await this.gate.read(this.all, testId, () => super.listAll(testId)));
  }

  /**
   * Counted from the test's cached rows: GET /scenarios/{id} asks for the count and then the rows, and one
   * query serves both (dynalite reads every item to count them anyway).
   */
  override async count(testId: string): Promise<number> {
    return (await this.gate.read(this.all, testId, () => super.listAll(testId))).length;
  }

  override put(run: HistoryRow, opts?: { ifAbsent?: boolean }) {
    return this.gate.write(() => super.put(run, opts));
  }
  override update(testId: string, testRunId: string, spec: UpdateSpec) {
    return this.gate.write(() => super.update(testId, testRunId, spec));
  }
  override updateStatus(...args: Parameters<HistoryStore['updateStatus']>) {
    return this.gate.write(() => super.updateStatus(...args));
  }
  override deleteRuns(testId: string, testRunIds: readonly string[]) {
    return this.gate.write(() => super.deleteRuns(testId, testRunIds));
  }
  override deleteAllForTest(testId: string) {
    return this.gate.write(() => super.deleteAllForTest(testId));
  }
}
