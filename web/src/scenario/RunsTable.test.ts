import { mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useRunsStore } from '../stores/runs.js';
import { fakeFetch, signedInSession } from '../test-support.js';
import RunsTable from './RunsTable.vue';

const TOTAL = 5000;

function summary(i: number) {
  return {
    testRunId: `run${String(i).padStart(6, '0')}`,
    status: 'complete',
    scheduleTimezone: 'UTC',
    startTime: '2026-11-27 10:00:00',
    requests: 100 + i,
    success: 100 + i,
    errors: 0,
    requestsPerSecond: 10,
    avgResponseTime: 5,
    avgLatency: 0,
    avgConnectionTime: 0,
    avgBandwidth: 0,
    percentiles: { p0: 1, p50: 2, p90: 3, p95: 4, p99: 5, p99_9: 6, p100: 7 },
  };
}

/** 5,000 runs served 100 at a time with next_token, as the API pages them. */
function pagedRuns() {
  return fakeFetch({
    'GET /scenarios/big/testruns': (call) => {
      const start = Number(call.query.get('next_token') ?? '0');
      const limit = Number(call.query.get('limit'));
      const end = Math.min(TOTAL, start + limit);
      const testRuns = Array.from({ length: end - start }, (_, k) => summary(start + k));
      return {
        body: {
          testRuns,
          pagination: { limit, next_token: end < TOTAL ? String(end) : null, total_count: TOTAL },
        },
      };
    },
    'GET /scenarios/big/baseline': { body: { testId: 'big', baselineId: null, message: 'none' } },
  });
}

describe('RunsTable with 5,000 runs', () => {
  it('loads one page at a time, and renders only the visible rows once many are loaded', {
    timeout: 60_000,
  }, async () => {
    const api = pagedRuns();
    signedInSession(api.fetch);
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:p(.*)*', component: { template: '<p/>' } }],
    });
    const wrapper = mount(RunsTable, {
      props: { testId: 'big' },
      global: { plugins: [router, [PrimeVue, { theme: 'none' }], ToastService, ConfirmationService] },
    });
    await vi.waitFor(() => expect(wrapper.text()).toContain(`100 of ${TOTAL} loaded`));
    expect(wrapper.findAll('[data-testid^="run-link-"]')).toHaveLength(100);

    await wrapper.get('[data-testid="load-more-runs"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.text()).toContain(`200 of ${TOTAL} loaded`));

    const store = useRunsStore();
    await store.loadAll();
    expect(store.runs).toHaveLength(TOTAL);
    expect(new Set(store.runs.map((r) => r.testRunId)).size).toBe(TOTAL);
    await vi.waitFor(() => expect(wrapper.text()).toContain(`${TOTAL} of ${TOTAL} loaded`));
    expect(wrapper.find('[data-testid="load-more-runs"]').exists()).toBe(false);
    // Virtual scrolling: the DOM holds a window of rows, not all 5,000.
    expect(wrapper.findAll('[data-testid^="run-link-"]').length).toBeLessThan(200);
    expect(api.calls.filter((c) => c.path === '/scenarios/big/testruns')).toHaveLength(TOTAL / 100);
    wrapper.unmount();
  });
});
