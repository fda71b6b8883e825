import { defineStore } from 'pinia';
import { ref } from 'vue';
import { describeError } from '../api/errors.js';
import type { RegionsResponse, StackInfo, TasksResponse, VcpuDetails } from '../api/types.js';
import { useSessionStore } from './session.js';

/** The deployment: stack info, registered regions, Fargate capacity and running tasks. */
export const useStackStore = defineStore('stack', () => {
  const info = ref<StackInfo>();
  const regions = ref<RegionsResponse>();
  const vcpu = ref<VcpuDetails>();
  const tasks = ref<TasksResponse>();
  const loading = ref(false);
  const error = ref<string>();
  let inFlight: Promise<void> | undefined;

  async function load(force = false) {
    if (inFlight) return inFlight;
    if (!force && info.value && regions.value && vcpu.value && tasks.value) return;
    const api = useSessionStore().api;
    loading.value = true;
    error.value = undefined;
    inFlight = (async () => {
      try {
        const [i, r, v, t] = await Promise.all([
          api.stackInfo(),
          api.regions(),
          api.vcpuDetails(),
          api.tasks(),
        ]);
        info.value = i;
        regions.value = r;
        vcpu.value = v;
        tasks.value = t;
      } catch (e) {
        error.value = describeError(e);
      } finally {
        loading.value = false;
        inFlight = undefined;
      }
    })();
    return inFlight;
  }

  return { info, regions, vcpu, tasks, loading, error, load };
});
