import { mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import Tooltip from 'primevue/tooltip';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeFetch, signedInSession } from '../test-support.js';
import ScenariosPage from './ScenariosPage.vue';

const ITEMS = [
  {
    testId: 'aaa111',
    testName: 'Checkout',
    status: 'complete',
    tags: ['shop'],
    totalTestRuns: 3,
    startTime: '2026-11-26 10:00:00',
  },
  {
    testId: 'bbb222',
    testName: 'Search',
    status: 'running',
    tags: ['catalog'],
    totalTestRuns: 1,
    startTime: '2026-11-27 10:00:00',
  },
  {
    testId: 'ccc333',
    testName: 'Login',
    status: 'scheduled',
    tags: [],
    totalTestRuns: 0,
    nextRun: '2026-12-01 09:00:00',
    scheduleTimezone: 'Europe/Paris',
  },
];

async function mountList(routes: Parameters<typeof fakeFetch>[0]) {
  const api = fakeFetch(routes);
  signedInSession(api.fetch);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: ScenariosPage }],
  });
  await router.push('/scenarios');
  const wrapper = mount(ScenariosPage, {
    attachTo: document.body,
    global: {
      plugins: [router, [PrimeVue, { theme: 'none' }], ToastService, ConfirmationService],
      directives: { tooltip: Tooltip },
    },
  });
  return { wrapper, api, router };
}

describe('ScenariosPage', () => {
  it('lists scenarios newest first, filters by name, ID or tag, and disables changes while a test runs', async () => {
    const { wrapper } = await mountList({ 'GET /scenarios': { body: { Items: ITEMS } } });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid^="scenario-link-"]')).toHaveLength(3));
    expect(wrapper.findAll('[data-testid^="scenario-link-"]').map((a) => a.text())).toEqual([
      'Search',
      'Checkout',
      'Login',
    ]);
    expect(wrapper.text()).toContain('2026-12-01 09:00:00 Europe/Paris');

    const filter = wrapper.get('#scenario-filter');
    await filter.setValue('SHOP');
    expect(wrapper.findAll('[data-testid^="scenario-link-"]').map((a) => a.text())).toEqual(['Checkout']);
    await filter.setValue('ccc');
    expect(wrapper.findAll('[data-testid^="scenario-link-"]').map((a) => a.text())).toEqual(['Login']);
    await filter.setValue('');

    expect(wrapper.find('[aria-label="Cancel Search"]').exists()).toBe(true);
    expect(wrapper.get('[aria-label="Edit Search"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[aria-label="Delete Search"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[aria-label="Edit Checkout"]').attributes('disabled')).toBeUndefined();
    wrapper.unmount();
  });

  it('shows the empty state, and an error with a retry when the list cannot be loaded', async () => {
    let fail = true;
    const { wrapper } = await mountList({
      'GET /scenarios': () => (fail ? { status: 500, body: 'InternalError: boom' } : { body: { Items: [] } }),
    });
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.text()).toContain('boom (InternalError)');
    fail = false;
    await wrapper.get('[role="alert"] button').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="empty-state"]').exists()).toBe(true));
    wrapper.unmount();
  });
});
