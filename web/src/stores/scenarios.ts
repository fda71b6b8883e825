import { defineStore } from 'pinia';
import { ref } from 'vue';
import { describeError } from '../api/errors.js';
import type { ScenarioSummary } from '../api/types.js';
import { regionalTaskDetails, rerunBody } from '../lib/scenario-body.js';
import { useSessionStore } from './session.js';
import { useStackStore } from './stack.js';

/** The scenario list and the row actions that change it. */
export const useScenariosStore = defineStore('scenarios', () => {
  const items = ref<ScenarioSummary[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = ref<string>();

  async function load() {
    loading.value = true;
    error.value = undefined;
    try {
      const { Items } = await useSessionStore().api.listScenarios();
      items.value = Items;
      loaded.value = true;
    } catch (e) {
      error.value = describeError(e);
    } finally {
      loading.value = false;
    }
  }

  async function remove(testId: string) {
    await useSessionStore().api.deleteScenario(testId);
    items.value = items.value.filter((s) => s.testId !== testId);
  }

  async function cancel(testId: string) {
    await useSessionStore().api.cancelScenario(testId);
    patch(testId, { status: 'cancelling' });
  }

  /** Runs the scenario again with its stored configuration, as DLT's "Run" does. */
  async function runNow(testId: string) {
    const session = useSessionStore();
    const stack = useStackStore();
    await stack.load(true);
    if (!stack.vcpu || !stack.tasks) throw new Error(stack.error ?? 'Region capacity could not be loaded.');
    const details = await session.api.getScenario(testId, { history: false, latest: false });
    await session.api.saveScenario(rerunBody(details, regionalTaskDetails(stack.vcpu, stack.tasks, true)));
    patch(testId, { status: 'queued' });
  }

  function patch(testId: string, change: Partial<ScenarioSummary>) {
    items.value = items.value.map((s) => (s.testId === testId ? { ...s, ...change } : s));
  }

  return { items, loaded, loading, error, load, remove, cancel, runNow };
});
