import { defineStore } from 'pinia';
import { ref } from 'vue';
import { describeError } from '../api/errors.js';
import type { BaselineInfo, TestRunSummary } from '../api/types.js';
import { useSessionStore } from './session.js';

export interface RunsFilter {
  start?: Date;
  end?: Date;
}

/** Runs are fetched a page at a time (server paging with next_token), so a scenario with 5,000 runs stays fast. */
export const PAGE_SIZE = 100;

/** One scenario's run history and baseline. */
export const useRunsStore = defineStore('runs', () => {
  const testId = ref<string>();
  const runs = ref<TestRunSummary[]>([]);
  const nextToken = ref<string | null>(null);
  const total = ref(0);
  const filter = ref<RunsFilter>({});
  const loading = ref(false);
  const error = ref<string>();
  const baseline = ref<BaselineInfo>();

  function query(token?: string) {
    return {
      limit: PAGE_SIZE,
      ...(token ? { next_token: token } : {}),
      ...(filter.value.start ? { start_timestamp: filter.value.start.toISOString() } : {}),
      ...(filter.value.end ? { end_timestamp: filter.value.end.toISOString() } : {}),
    };
  }

  async function open(id: string, nextFilter: RunsFilter = {}) {
    testId.value = id;
    filter.value = nextFilter;
    runs.value = [];
    nextToken.value = null;
    await Promise.all([loadPage(), loadBaseline()]);
  }

  async function loadPage(token?: string) {
    if (!testId.value) return;
    loading.value = true;
    error.value = undefined;
    try {
      const page = await useSessionStore().api.listRuns(testId.value, query(token));
      runs.value = token ? [...runs.value, ...page.testRuns] : page.testRuns;
      nextToken.value = page.pagination.next_token;
      total.value = page.pagination.total_count;
    } catch (e) {
      error.value = describeError(e);
    } finally {
      loading.value = false;
    }
  }

  async function loadMore() {
    if (nextToken.value) await loadPage(nextToken.value);
  }

  /** Every run in the filter, page by page (for the CSV export); bounded so a runaway token cannot loop. */
  async function loadAll(maxPages = 200) {
    for (let i = 0; i < maxPages && nextToken.value; i++) await loadPage(nextToken.value);
  }

  async function refresh() {
    if (testId.value) await Promise.all([loadPage(), loadBaseline()]);
  }

  async function loadBaseline() {
    if (!testId.value) return;
    try {
      baseline.value = await useSessionStore().api.getBaseline(testId.value, true);
    } catch {
      baseline.value = undefined;
    }
  }

  async function setBaseline(testRunId: string) {
    if (!testId.value) return;
    await useSessionStore().api.setBaseline(testId.value, testRunId);
    await loadBaseline();
  }

  async function clearBaseline() {
    if (!testId.value) return;
    await useSessionStore().api.clearBaseline(testId.value);
    await loadBaseline();
  }

  async function remove(ids: string[]) {
    if (!testId.value || ids.length === 0) return 0;
    const { deletedCount } = await useSessionStore().api.deleteRuns(testId.value, ids);
    const gone = new Set(ids);
    runs.value = runs.value.filter((r) => !gone.has(r.testRunId));
    total.value = Math.max(0, total.value - deletedCount);
    return deletedCount;
  }

  return {
    testId,
    runs,
    nextToken,
    total,
    filter,
    loading,
    error,
    baseline,
    open,
    loadMore,
    loadAll,
    refresh,
    setBaseline,
    clearBaseline,
    remove,
  };
});
