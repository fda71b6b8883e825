import { ref } from 'vue';

/** A start-up failure (no /config.json) the whole app shows instead of its pages. */
export const fatalError = ref<string>();
