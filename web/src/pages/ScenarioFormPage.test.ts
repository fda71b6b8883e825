import { mount } from '@vue/test-utils';
import PrimeVue from 'primevue/config';
import ConfirmationService from 'primevue/confirmationservice';
import ToastService from 'primevue/toastservice';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { CAPACITY_ROUTES, fakeFetch, signedInSession } from '../test-support.js';
import ScenarioFormPage from './ScenarioFormPage.vue';

async function mountForm() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/scenarios/create', component: ScenarioFormPage },
      { path: '/scenarios/:testId', component: { template: '<p>details</p>' } },
      { path: '/scenarios', component: { template: '<p>list</p>' } },
    ],
  });
  await router.push('/scenarios/create');
  const wrapper = mount(ScenarioFormPage, {
    attachTo: document.body,
    global: { plugins: [router, [PrimeVue, { theme: 'none' }], ToastService, ConfirmationService] },
  });
  // Signing uses WebCrypto, which resolves outside the microtask queue: wait for the page, not for promises.
  await vi.waitFor(() => expect(wrapper.find('[data-testid="test-name"]').exists()).toBe(true));
  return { wrapper, router };
}

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

describe('ScenarioFormPage', () => {
  it('shows every error at its field and sends nothing when the form is invalid', async () => {
    const api = fakeFetch({ ...CAPACITY_ROUTES, 'POST /scenarios': { body: {} } });
    signedInSession(api.fetch);
    const { wrapper } = await mountForm();
    cleanup.push(() => wrapper.unmount());

    await wrapper.get('[data-testid="request-0-url"]').setValue('not a url');
    await wrapper.get('[data-testid="request-0-headers"]').setValue('{broken');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#test-name-error').exists()).toBe(true));

    const nameError = wrapper.get('#test-name-error');
    expect(nameError.text()).toBe('Enter a name.');
    expect(wrapper.get('#test-name').attributes('aria-describedby')).toBe('test-name-error');
    expect(wrapper.get('#test-name').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#req-0-url-error').text()).toMatch(/full URL/);
    expect(wrapper.get('#req-0-headers-error').text()).toMatch(/valid JSON/);
    expect(wrapper.get('#test-description-error').text()).toMatch(/at least 3/);
    expect(wrapper.get('[data-testid="form-error"]').text()).toMatch(/nothing was sent/);
    expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('sends the scenario once the form is valid and goes to its page', async () => {
    const api = fakeFetch({ ...CAPACITY_ROUTES, 'POST /scenarios': { body: { testId: 'x' } } });
    signedInSession(api.fetch);
    const { wrapper, router } = await mountForm();
    cleanup.push(() => wrapper.unmount());

    await wrapper.get('[data-testid="test-name"]').setValue('Checkout');
    await wrapper.get('[data-testid="test-description"]').setValue('The checkout flow');
    await wrapper.get('[data-testid="request-0-url"]').setValue('http://127.0.0.1:8080/');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.path).not.toBe('/scenarios/create'));

    const posts = api.calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({
      testName: 'Checkout',
      testType: 'simple',
      testTaskConfigs: [{ region: 'us-east-1', taskCount: 1, concurrency: 10 }],
      regionalTaskDetails: { 'us-east-1': { dltAvailableTasks: 16 } },
    });
    expect(posts[0]?.headers.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIALOCALTEST0000001\//,
    );
    expect(router.currentRoute.value.path).toBe(
      `/scenarios/${(posts[0]!.body as { testId: string }).testId}`,
    );
  });

  it('keeps the form across an expired session: the draft is saved before the redirect and restored after', async () => {
    const navigations: string[] = [];
    const api = fakeFetch({
      ...CAPACITY_ROUTES,
      'POST /scenarios': {
        status: 403,
        body: { message: 'The security token included in the request is expired' },
      },
    });
    signedInSession(api.fetch, (url) => navigations.push(url));
    const first = await mountForm();
    await first.wrapper.get('[data-testid="test-name"]').setValue('Half-written scenario');
    await first.wrapper.get('[data-testid="test-description"]').setValue('Typed before the session ran out');
    await first.wrapper.get('[data-testid="request-0-url"]').setValue('http://127.0.0.1:8080/slow');
    await first.wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(navigations).toHaveLength(1));
    expect(navigations).toEqual(['/login?expired=1']);
    expect(sessionStorage.getItem('dlt.returnTo')).toBe('/scenarios/create');
    expect(sessionStorage.getItem('dlt.credentials')).toBeNull();
    first.wrapper.unmount();

    // Signed in again (new credentials), the user comes back to the same page.
    const again = fakeFetch({ ...CAPACITY_ROUTES });
    const draft = Object.entries(sessionStorage).find(([k]) => k.startsWith('dlt.draft:'));
    signedInSession(again.fetch);
    if (draft) sessionStorage.setItem(draft[0], draft[1]);
    const second = await mountForm();
    cleanup.push(() => second.wrapper.unmount());
    expect(second.wrapper.find('[data-testid="draft-restored"]').exists()).toBe(true);
    expect((second.wrapper.get('[data-testid="test-name"]').element as HTMLInputElement).value).toBe(
      'Half-written scenario',
    );
    expect((second.wrapper.get('[data-testid="request-0-url"]').element as HTMLInputElement).value).toBe(
      'http://127.0.0.1:8080/slow',
    );
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('dlt.draft:'))).toEqual([]);
  });
});
